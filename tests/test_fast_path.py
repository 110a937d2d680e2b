"""The loader's fast path: the converter's rules, without cattrs, for valid data.

:func:`binational.loader._convert.fast_structure` must accept only what the converter
accepts, and build the same objects; anything else it hands back (``Fallback``), and
the loader asks the converter what is wrong. These tests hold it to that, on the real
data files and on generated ones, valid and corrupt.
"""

from __future__ import annotations

import json
import subprocess
import sys
import typing
import unicodedata
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binational.corpus._corpus import normalize
from binational.loader import _records
from binational.loader._convert import (
    Fallback,
    QuoteContext,
    fast_structure,
    field_types,
    make_converter,
    quote_context,
)
from binational.loader._load import data_dir, seeds_dir
from tests.test_convert import CTX, MODEL_TYPES, _as_written, _strategy, plain

conv = make_converter()

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=5,
)


def _paths(raw: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value, as a tuple of keys and indices."""
    out = [at]
    if isinstance(raw, dict):
        for k, v in raw.items():
            out += _paths(v, (*at, k))
    elif isinstance(raw, list):
        for i, v in enumerate(raw):
            out += _paths(v, (*at, i))
    return out


def _mutate(raw: Any, data: st.DataObject) -> Any:
    """``raw`` with one thing changed: a value replaced, a key removed or added."""
    raw = json.loads(json.dumps(raw))
    path = data.draw(st.sampled_from(_paths(raw)), label="path")
    if not path:
        return data.draw(_json, label="value")
    parent = raw
    for step in path[:-1]:
        parent = parent[step]
    how = data.draw(st.sampled_from(["replace", "remove", "add"]), label="how")
    if how == "replace":
        parent[path[-1]] = data.draw(_json, label="value")
    elif how == "remove":
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[data.draw(st.text(max_size=8), label="key")] = data.draw(_json, label="value")
    else:
        parent.insert(path[-1], data.draw(_json, label="value"))
    return raw


def _both(raw: Any, cls: Any) -> tuple[Any, Any]:
    """(fast result or Fallback, converter result or the exception it raised)."""
    with quote_context(CTX):
        try:
            fast: Any = fast_structure(raw, cls)
        except Exception as e:  # noqa: BLE001 - any refusal sends the loader to the converter
            fast = e
        try:
            slow: Any = conv.structure(raw, cls)
        except Exception as e:  # noqa: BLE001
            slow = e
    return fast, slow


class TestSameAsTheConverter:
    def test_on_every_real_data_file(self) -> None:
        """Every packaged data file, structured both ways, gives equal objects."""
        data, texts = data_dir(), seeds_dir()
        for name, cls in (
            ("actors.json", _records.ActorsFile),
            ("initiatives.json", _records.InitiativesFile),
            ("places.json", _records.PlacesFile),
        ):
            raw = json.loads((data / name).read_bytes())
            assert plain(fast_structure(raw, cls)) == plain(conv.structure(raw, cls)), name
        seeds = sorted((data / "seeds").iterdir(), key=lambda f: f.name)
        assert len(seeds) == 4
        for item in seeds:
            raw = json.loads(item.read_bytes())
            sections = raw["sections"]
            ctx = QuoteContext(
                source=raw["source"]["id"],
                text=(texts / raw["source"]["seed"]["file"]).read_text(encoding="utf-8"),
                section_starts=tuple(s["start"] for s in sections),
                section_titles=tuple(s["title"] for s in sections),
            )
            with quote_context(ctx):
                fast = fast_structure(raw, _records.SeedFile)
                assert plain(fast) == plain(conv.structure(raw, _records.SeedFile)), item.name
            assert len(fast.recommendations) > 10

    @pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda cls: cls.__name__)
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_valid_objects_take_the_fast_path(self, cls: type[Any], data: st.DataObject) -> None:
        """Any valid object of any model type is structured by the fast path, unchanged."""
        obj = data.draw(_strategy(cls), label=cls.__name__)
        raw = _as_written(json.loads(json.dumps(conv.unstructure(obj), allow_nan=False)))
        with quote_context(CTX):
            assert plain(fast_structure(raw, cls)) == plain(obj)

    @pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda cls: cls.__name__)
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_corrupt_data_never_passes_the_fast_path_alone(
        self, cls: type[Any], data: st.DataObject
    ) -> None:
        """What the fast path takes, the converter takes too, giving an equal object."""
        obj = data.draw(_strategy(cls), label=cls.__name__)
        raw = _as_written(json.loads(json.dumps(conv.unstructure(obj), allow_nan=False)))
        fast, slow = _both(_mutate(raw, data), cls)
        if not isinstance(fast, Exception):
            assert not isinstance(slow, Exception), (
                f"fast path took what the converter refuses: {slow}"
            )
            assert plain(fast) == plain(slow)

    @pytest.mark.parametrize(
        "raw",
        [
            {"year": True},
            {"year": 2020.0},
            {"year": "2020"},
            {"year": 2020, "extra": 1},
            {"month": 1},
            [2020],
            None,
        ],
    )
    def test_what_the_fast_path_hands_back(self, raw: Any) -> None:
        """Coercions the converter refuses are refused here too, with Fallback."""
        from binational import PartialDate

        with pytest.raises(Fallback):
            fast_structure(raw, PartialDate)


def test_field_types_are_the_type_hints() -> None:
    """The cached annotation evaluation gives what typing.get_type_hints gives."""
    for cls in MODEL_TYPES:
        assert field_types(cls) == typing.get_type_hints(cls), cls.__name__
    assert attrs.has(_records.SeedFile)


def _normalize_reference(s: str) -> str:
    import re

    decomposed = unicodedata.normalize("NFKD", s.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", bare))


@given(st.text() | st.text(alphabet=st.characters(max_codepoint=127)))
def test_normalize_is_the_same_on_its_ascii_shortcut(s: str) -> None:
    """The ASCII shortcut of normalize() agrees with the full Unicode path."""
    assert normalize(s) == _normalize_reference(s)


def test_import_is_light() -> None:
    """``import binational`` loads the model, not cattrs, the loader or the styles."""
    code = (
        "import sys, binational; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('cattrs', 'importlib.resources', 'json', 'hashlib', 'pathlib') "
        "or m.startswith('binational.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = set(eval(out))  # noqa: S307 - our own subprocess's list of names
    assert loaded == {
        "binational.model",
        "binational.views",
        "binational.views._display",
        "binational.model._field_docs",
        "binational.model._model",
        "binational.exceptions",
    }
    code = "import sys, binational; binational.load(); print('cattrs' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False", "a valid corpus loads without cattrs"


def test_the_objects_the_fast_path_made_are_the_ones_a_walk_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The loader checks the objects the fast path lists: each one a walk finds, once."""
    from binational.loader import _load
    from binational.loader._load import _Loader, _objects, _Root

    loader = _Loader([_Root("", data_dir(), seeds_dir())])
    root = loader.roots[0]
    for item in loader.seed_items(root):
        with monkeypatch.context() as m:  # the fast path's list, not a walk
            m.setattr(_load, "_objects", _walked)
            loaded = loader.read_seed_file(root, item)
        assert loaded is not None
        walked = _objects(loaded.record)
        listed = [o for objects in loaded.by_class.values() for o in objects]
        assert len(listed) == len(walked) > 100
        assert {id(o) for o in listed} == {id(o) for o in walked}
        assert all(type(o) is cls for cls, objs in loaded.by_class.items() for o in objs)


def test_a_record_the_converter_made_is_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the fast path gives up on a file, the objects checked are the converter's."""
    from binational.loader import _convert
    from binational.loader._load import _Loader, _objects, _Root

    loader = _Loader([_Root("", data_dir(), seeds_dir())])
    root = loader.roots[0]
    item = loader.seed_items(root)[0]
    monkeypatch.setattr(_convert, "fast_structure", _fallback)
    loaded = loader.read_seed_file(root, item)
    assert loaded is not None
    listed = {id(o) for objects in loaded.by_class.values() for o in objects}
    assert listed == {id(o) for o in _objects(loaded.record)}


def _fallback(raw: Any, t: Any) -> Any:  # noqa: ARG001 - fast_structure's signature
    from binational.loader._convert import Fallback

    raise Fallback


def _walked(record: Any) -> Any:  # noqa: ARG001 - _objects' signature
    pytest.fail("the fast path's objects were walked again")


@pytest.mark.parametrize(
    "raw",
    [
        {"given": "Ana\ud800", "family": "Lopez"},
        {"given": "Ana", "family": "L\udfffopez"},
        {"given": "Ana", "family": "Lopez", "suffix": 3},
    ],
)
def test_a_lone_surrogate_or_a_wrong_type_is_handed_back(raw: Any) -> None:
    """A string holding a lone surrogate never passes the fast path; the converter says why."""
    from binational import Person

    with pytest.raises(Fallback):
        fast_structure(raw, Person)


def test_strings_of_a_list_are_checked_for_surrogates() -> None:
    """A list of strings passes only if no string holds a lone surrogate."""
    assert fast_structure(["Mérida", "x"], tuple[str, ...]) == ("Mérida", "x")
    with pytest.raises(Fallback):
        fast_structure(["Mérida", "x\ud800"], tuple[str, ...])


def test_the_collector_is_paused_only_during_a_load(tmp_path: Any) -> None:
    """A load pauses the cyclic garbage collector and gives it back, even on a DataError."""
    import gc
    import shutil

    from binational import DataError
    from binational.loader._load import load_from

    assert gc.isenabled()
    load_from(data_dir(), seeds_dir())
    assert gc.isenabled()
    broken = tmp_path / "data"
    shutil.copytree(str(data_dir()), broken)
    (broken / "actors.json").write_text("[", encoding="utf-8")
    with pytest.raises(DataError):
        load_from(broken, seeds_dir())
    assert gc.isenabled()
    gc.disable()
    try:
        load_from(data_dir(), seeds_dir())
        assert not gc.isenabled(), "a caller's choice to pause the collector is kept"
    finally:
        gc.enable()


# -- the functions compiled ahead (tools/fast_code.py) ------------------------------------


def test_the_compiled_functions_are_current() -> None:
    """The module of compiled functions matches the model (tools/fast_code.py --check)."""
    tool = Path(__file__).resolve().parents[1] / "tools" / "fast_code.py"
    if not tool.exists():
        pytest.skip("the tools folder is not beside these tests (installed wheel)")
    done = subprocess.run(
        [sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_load_compiles_nothing() -> None:
    """Every class a load structures runs code compiled ahead, not compiled on load."""
    code = (
        "import builtins, binational\n"
        "calls = []\n"
        "real = builtins.compile\n"
        "builtins.compile = lambda *a, **k: calls.append(a[1]) or real(*a, **k)\n"
        "binational.load()\n"
        "print([c for c in calls if 'fast structure' in c])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_stale_compiled_function_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """A class whose source no longer matches the module gets code compiled from today's."""
    from binational.loader import _convert, _fast_code
    from binational.loader._convert import fast_structure, source_key
    from binational.model._model import Period

    key = source_key(Period)
    assert _fast_code.SOURCES[key] == _convert.record_source(Period).text
    monkeypatch.setattr(_convert, "_FAST", {})
    monkeypatch.setitem(_fast_code.SOURCES, key, _fast_code.SOURCES[key].replace("n = ", "n= "))
    period = fast_structure({"start": 2019, "end": 2024}, Period)
    assert period == Period(start=2019, end=2024)
    assert _convert._FAST[Period].__code__.co_filename == "<binational fast structure Period>"
    with pytest.raises(_convert.Fallback):
        fast_structure({"start": 2019, "end": 2024, "extra": 1}, Period)


@attrs.frozen(kw_only=True, cache_hash=True)
class _CachedHash:
    a: int
    b: str = "x"


@attrs.frozen(kw_only=True)
class _Validated:
    a: int = attrs.field(validator=attrs.validators.ge(0))


def test_a_class_whose_init_does_more_is_made_by_its_init() -> None:
    """Slots are set directly only where ``__init__`` does nothing else."""
    from binational.loader._convert import record_source

    assert "_new(_cls)" in record_source(_records.SectionRecord).text
    for cls in (_CachedHash, _Validated):
        assert "_new(_cls)" not in record_source(cls).text
    made = fast_structure({"a": 1}, _CachedHash)
    assert made == _CachedHash(a=1)
    assert hash(made) == hash(_CachedHash(a=1))
    with pytest.raises(Fallback):
        fast_structure({"a": -1}, _Validated)  # the validator ran
