"""The converter: strict structuring, tagged creators, quotes checked against their seed."""

from __future__ import annotations

import enum
import json
import types
import typing
from decimal import Decimal
from typing import Any

import attrs
import pytest
from cattrs.errors import ClassValidationError, IterableValidationError
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from binational import Creator, Organization, PartialDate, Person, Quote, Source
from binational.loader import _records
from binational.loader._convert import (
    QuoteContext,
    error_lines,
    exact_json,
    make_converter,
    quote_context,
)
from binational.model import _dates as dates_module
from binational.model import _model, _sources, _text

TEXT = "Heading\nThe first sentence. Second heading\nThe Mérida Initiative (2008)."
CTX = QuoteContext(
    source="seed", text=TEXT, section_starts=(0, 29), section_titles=("Heading", "Second heading")
)
conv = make_converter()


def errors(raw: Any, cls: Any) -> list[tuple[str, str]]:
    with (
        pytest.raises((ClassValidationError, IterableValidationError, ValueError)) as info,
        quote_context(CTX),
    ):
        conv.structure(raw, cls)
    return list(error_lines(info.value))


class TestQuotes:
    @settings(deadline=None)  # timings vary on a busy CI machine
    @given(st.data())
    def test_any_slice_of_the_text_is_a_valid_quote(self, data: st.DataObject) -> None:
        """Any non-empty slice structures into a Quote with its seed and section."""
        start = data.draw(st.integers(0, len(TEXT) - 1))
        end = data.draw(st.integers(start + 1, len(TEXT)))
        with quote_context(CTX):
            q = conv.structure({"text": TEXT[start:end], "start": start, "end": end}, Quote)
        assert (q.source, q.text) == ("seed", TEXT[start:end])
        assert q.section == ("Heading" if start < 29 else "Second heading")

    @settings(deadline=None)  # timings vary on a busy CI machine
    @given(st.data())
    def test_a_changed_quote_is_rejected(self, data: st.DataObject) -> None:
        """A quote that differs from the text at its offsets by one character is rejected."""
        start = data.draw(st.integers(0, len(TEXT) - 2))
        end = data.draw(st.integers(start + 1, len(TEXT)))
        i = data.draw(st.integers(start, end - 1))
        char = data.draw(st.characters())
        assume(char != TEXT[i])
        assume(not "\ud800" <= char <= "\udfff")  # refused sooner: a lone surrogate
        quote = TEXT[start:i] + char + TEXT[i + 1 : end]
        (line,) = errors({"text": quote, "start": start, "end": end}, Quote)
        assert "does not match the seed text" in line[1]

    def test_the_error_says_where_the_quote_really_is(self) -> None:
        """A quote with wrong offsets is told where the text occurs."""
        (line,) = errors({"text": "Mérida", "start": 0, "end": 6}, Quote)
        at = TEXT.index("Mérida")
        assert f"(the quote occurs at [{at}:{at + 6}])" in line[1]

    @pytest.mark.parametrize(
        ("raw", "words"),
        [
            ({"text": "x", "start": 5, "end": 5}, "outside the seed text"),
            ({"text": "x", "start": 0, "end": 999}, "outside the seed text"),
            ({"text": "H", "start": 0}, "missing end"),
            ({"text": "H", "start": 0, "end": 1, "source": "x"}, "unknown source"),
            ("Heading", "a quote must be an object"),
        ],
    )
    def test_malformed_quotes(self, raw: Any, words: str) -> None:
        """Malformed quotes are rejected with a message that says why."""
        assert words in errors(raw, Quote)[0][1]

    def test_a_quote_outside_a_seed_file_is_rejected(self) -> None:
        """Quotes only make sense against a seed text."""
        with pytest.raises(ValueError, match="only appear in a seed file"):
            conv.structure({"text": "H", "start": 0, "end": 1}, Quote)


class TestStrictness:
    @pytest.mark.parametrize(
        ("raw", "path", "words"),
        [
            ({"year": "2024"}, "$.year", "expected an integer, got string"),
            ({"year": 2024.0}, "$.year", "expected an integer, got number"),
            ({"year": 2024, "month": False}, "$.month", "expected an integer, got boolean"),
            ({"year": 2024, "week": 3}, "$", "unknown key(s): week"),
            ({}, "$.year", "required field missing"),
        ],
    )
    def test_partial_date(self, raw: Any, path: str, words: str) -> None:
        """Dates take integers only, and only the fields they have."""
        assert (path, words) in [(p, m[: len(words)]) for p, m in errors(raw, PartialDate)]

    def test_creator_needs_a_known_tag(self) -> None:
        """A creator is a person or an organization, said by its type tag."""
        with pytest.raises(Exception, match="robot"):
            conv.structure({"type": "robot", "name": "x"}, Creator)  # type: ignore[arg-type]


class TestExactNumbers:
    """An exact number is a JSON integer if whole, else its numeral in a string; never a float."""

    @pytest.mark.parametrize(
        ("raw", "value"),
        [(300000, Decimal(300000)), ("8.3", Decimal("8.3")), ("-2.5", Decimal("-2.5")), (0, 0)],
    )
    def test_taken(self, raw: object, value: Decimal) -> None:
        """An integer, or a string holding a numeral with a fraction, is taken exactly."""
        found = conv.structure(raw, Decimal)
        assert (value, Decimal) == (found, type(found))

    @pytest.mark.parametrize(
        ("raw", "words"),
        [
            (8.3, "expected an exact number, got number 8.3: a number with a fraction"),
            (8.0, "expected an exact number, got number 8.0"),
            (float("nan"), "expected an exact number, got NaN"),
            ("300000", "a whole number is written as a JSON integer, not as the string '300000'"),
            ("8.3e9", "expected a decimal numeral such as"),
            ("+8.3", "expected a decimal numeral such as"),
            (" 8.3", "expected a decimal numeral such as"),
            ("08.3", "expected a decimal numeral such as"),
            ("NaN", "expected a decimal numeral such as"),
            ("8,3", "expected a decimal numeral such as"),
            (True, 'expected an exact number (an integer, or a string such as "8.3"), got boolean'),
            (None, 'expected an exact number (an integer, or a string such as "8.3"), got null'),
        ],
    )
    def test_refused(self, raw: object, words: str) -> None:
        """A float, a non-finite number, a whole number in a string or a bad numeral is refused."""
        with pytest.raises(ValueError) as info:
            conv.structure(raw, Decimal)
        assert str(info.value).startswith(words)

    @given(
        st.integers(0, 8).flatmap(
            lambda places: st.decimals(
                min_value=-(10**15), max_value=10**15, places=places, allow_nan=False
            )
        )
    )
    def test_written_as_read(self, value: Decimal) -> None:
        """An exact number written out (exact_json) is read back equal, digits kept."""
        raw = json.loads(json.dumps(exact_json(value)))
        back = conv.structure(raw, Decimal)
        assert back == value
        assert str(back) == str(value) or isinstance(raw, int)

    def test_the_converter_writes_the_same_form(self) -> None:
        """The converter unstructures an exact number as exact_json does."""
        assert conv.unstructure(Decimal("43.8")) == "43.8"
        assert conv.unstructure(Decimal(8300000000)) == 8300000000


names = st.text(
    alphabet=st.characters(categories=("L",), include_characters=" -'"), min_size=1, max_size=30
)
persons = st.builds(
    Person,
    family=names,
    given=st.one_of(st.none(), names),
    particle=st.one_of(st.none(), st.sampled_from(["de la", "van", "del"])),
)
creators = st.one_of(persons, st.builds(Organization, name=names))


@given(creators)
def test_creators_round_trip(creator: Person | Organization) -> None:
    """Unstructuring and structuring a creator gives it back, diacritics included."""
    raw = conv.unstructure(creator, Creator)  # type: ignore[arg-type]
    assert raw["type"] in ("person", "organization")
    assert conv.structure(raw, Creator) == creator  # type: ignore[arg-type]


@given(st.builds(PartialDate, year=st.integers(1, 9999)))
def test_dates_round_trip(date: PartialDate) -> None:
    """Dates survive a round trip through their JSON form."""
    assert conv.structure(conv.unstructure(date), PartialDate) == date


def test_seed_source_round_trips_through_json(corpus: Any) -> None:
    """The seed's source record, unstructured and read back against its text, is unchanged."""
    seed: Source = corpus.sources["nsc-migration-policy-brief"]
    raw = conv.unstructure(seed)
    for q in [*raw["evidence"], *raw["issued"]["evidence"]]:
        del q["source"], q["section"]
    text = corpus.text(seed)
    sections = corpus.sections(seed)
    ctx = QuoteContext(
        source=seed.id,
        text=text,
        section_starts=tuple(s.start for s in sections),
        section_titles=tuple(s.title for s in sections),
    )
    with quote_context(ctx):
        assert conv.structure(raw, Source) == seed


def _strategy(tp: Any) -> st.SearchStrategy[Any]:
    """Values of the type ``tp``, as the data files may hold them."""
    special: dict[Any, st.SearchStrategy[Any]] = {
        Quote: _quotes(),
        PartialDate: _dates,
        str: st.text(max_size=12),
        bool: st.booleans(),
        int: st.integers(),
        float: st.floats(allow_nan=False, allow_infinity=False),
        Decimal: st.integers(0, 6).flatmap(
            lambda places: st.decimals(
                min_value=-(10**12), max_value=10**12, places=places, allow_nan=False
            )
        ),
        type(None): st.none(),
    }
    if tp in special:
        return special[tp]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(tp)
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple:
        return st.lists(_strategy(args[0]), max_size=2).map(tuple)
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return st.one_of(*map(_strategy, args))
    hints = typing.get_type_hints(tp)
    return st.builds(tp, **{f.name: _strategy(hints[f.name]) for f in attrs.fields(tp)})


@st.composite
def _quotes(draw: st.DrawFn) -> Quote:
    start = draw(st.integers(0, len(TEXT) - 1))
    end = draw(st.integers(start + 1, len(TEXT)))
    return Quote(
        source="seed", start=start, end=end, text=TEXT[start:end], section=CTX.section_at(start)
    )


_dates = st.one_of(
    st.builds(PartialDate, year=st.integers(1, 9999)),
    st.builds(PartialDate, year=st.integers(1, 9999), month=st.integers(1, 12)),
    st.dates().map(lambda d: PartialDate(year=d.year, month=d.month, day=d.day)),
)


def _as_written(raw: Any) -> Any:
    """The JSON of an object as a data file holds it: quotes are text, start, end."""
    if isinstance(raw, list):
        return [_as_written(v) for v in raw]
    if isinstance(raw, dict):
        if set(raw) == {"source", "start", "end", "text", "section"}:
            return {k: raw[k] for k in ("text", "start", "end")}
        return {k: _as_written(v) for k, v in raw.items()}
    return raw


def plain(obj: Any) -> Any:
    """An object as plain data, its class named, for comparing classes without ``==``.

    The records of the data files (:mod:`binational.loader._records`) compare by identity: they
    are read and dropped by the loader.
    """
    if attrs.has(type(obj)):
        return (
            type(obj).__name__,
            {f.name: plain(getattr(obj, f.name)) for f in attrs.fields(type(obj))},
        )
    if isinstance(obj, tuple):
        return tuple(plain(v) for v in obj)
    return obj


MODEL_TYPES = [
    cls
    for module in (_text, dates_module, _sources, _model, _records)
    for cls in (getattr(module, name) for name in module.__all__)
    if attrs.has(cls) and cls is not _model.SearchHit  # a search result, not data
]


class TestRoundTrip:
    @pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda cls: cls.__name__)
    @settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_every_model_type_round_trips_through_json(
        self, cls: type[Any], data: st.DataObject
    ) -> None:
        """Unstructured, written as JSON, read back and structured, an object is unchanged."""
        obj = data.draw(_strategy(cls), label=cls.__name__)
        raw = json.loads(json.dumps(conv.unstructure(obj), allow_nan=False))
        with quote_context(CTX):
            assert plain(conv.structure(_as_written(raw), cls)) == plain(obj)

    def test_every_model_type_is_covered(self) -> None:
        """Each attrs class of the model and of the data files is round-tripped."""
        assert {c.__name__ for c in MODEL_TYPES} >= {"Source", "Figure", "SeedFile", "Quote"}
        assert len(MODEL_TYPES) == 39


# -- detailed validation off: the loader's happy path -----------------------------------

fast = make_converter(detailed_validation=False)

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=5,
)


def _places(raw: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value, as a tuple of keys and indices."""
    out = [at]
    if isinstance(raw, dict):
        for k, v in raw.items():
            out += _places(v, (*at, k))
    elif isinstance(raw, list):
        for i, v in enumerate(raw):
            out += _places(v, (*at, i))
    return out


def _mutate(raw: Any, data: st.DataObject) -> Any:
    """``raw`` with one thing changed: a value replaced, a key removed or added."""
    raw = json.loads(json.dumps(raw))
    path = data.draw(st.sampled_from(_places(raw)), label="path")
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


def _outcome(converter: Any, raw: Any, cls: Any) -> Any:
    """What ``converter`` makes of ``raw``: the object, or the exception it raised."""
    with quote_context(CTX):
        try:
            return plain(converter.structure(raw, cls))
        except Exception as e:  # noqa: BLE001 - compared, not raised
            return e


class TestWithoutDetailedValidation:
    """Without detailed validation the converter takes and refuses exactly the same data."""

    @pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda cls: cls.__name__)
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_valid_objects_are_the_same(self, cls: type[Any], data: st.DataObject) -> None:
        """Any valid object of any model type is structured into an equal object."""
        obj = data.draw(_strategy(cls), label=cls.__name__)
        raw = _as_written(json.loads(json.dumps(conv.unstructure(obj), allow_nan=False)))
        assert plain(obj) == _outcome(fast, raw, cls)

    @pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda cls: cls.__name__)
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_corrupt_data_is_refused_by_both(self, cls: type[Any], data: st.DataObject) -> None:
        """A corrupted object is refused by both converters, or made equal by both."""
        obj = data.draw(_strategy(cls), label=cls.__name__)
        raw = _mutate(_as_written(json.loads(json.dumps(conv.unstructure(obj)))), data)
        quick, detailed = _outcome(fast, raw, cls), _outcome(conv, raw, cls)
        if isinstance(detailed, Exception):
            assert isinstance(quick, Exception), f"taken without detailed validation: {detailed}"
        else:
            assert quick == detailed

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
    def test_no_coercion(self, raw: Any) -> None:
        """Coercions the detailed converter refuses are refused without it too."""
        with pytest.raises(Exception):  # noqa: B017 - which one is not said
            fast.structure(raw, PartialDate)

    @pytest.mark.parametrize(
        ("raw", "cls"),
        [
            ({"given": "Ana\ud800", "family": "Lopez"}, Person),
            ({"given": "Ana", "family": "L\udfffopez"}, Person),
            ({"given": "Ana", "family": "Lopez", "suffix": 3}, Person),
            (["Mérida", "x\ud800"], tuple[str, ...]),
            ("Mérida", tuple[str, ...]),
            ({"type": "robot", "name": "x"}, Creator),
            ({"text": "Heading", "start": 0, "end": 6}, Quote),
        ],
    )
    def test_refused_like_the_detailed_converter(self, raw: Any, cls: Any) -> None:
        """Lone surrogates, a string for a list, an unknown tag, a wrong quote: refused too."""
        assert isinstance(_outcome(conv, raw, cls), Exception)
        assert isinstance(_outcome(fast, raw, cls), Exception)

    def test_every_packaged_data_file_is_the_same(self) -> None:
        """Every packaged data file gives equal objects with and without detailed validation."""
        from binational.loader._load import data_dir, seeds_dir

        data, texts = data_dir(), seeds_dir()
        for name, cls in (
            ("actors.json", _records.ActorsFile),
            ("initiatives.json", _records.InitiativesFile),
            ("places.json", _records.PlacesFile),
        ):
            raw = json.loads((data / name).read_bytes())
            assert plain(fast.structure(raw, cls)) == plain(conv.structure(raw, cls)), name
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
                record = fast.structure(raw, _records.SeedFile)
                assert plain(record) == plain(conv.structure(raw, _records.SeedFile)), item.name
            assert len(record.recommendations) > 10
