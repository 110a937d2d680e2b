"""The public surface: what the top level holds, and the names that moved from it."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

import binational
from binational import cite, export

MOVED = binational._MOVED


class TestTopLevel:
    """The top level keeps the model, ``load`` and the errors; topics are modules."""

    def test_all_is_sorted_and_importable(self) -> None:
        """``__all__`` is sorted and every name in it resolves without a warning."""
        assert sorted(binational.__all__) == binational.__all__
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            for name in binational.__all__:
                getattr(binational, name)

    def test_moved_names_are_not_in_all(self) -> None:
        """``from binational import *`` brings no deprecated alias."""
        assert set() == set(MOVED) & set(binational.__all__)

    def test_modules_are_public(self) -> None:
        """``binational.cite``, ``.compare``, ``.export`` and ``.plot`` are modules."""
        for name in ("cite", "compare", "export", "plot"):
            assert getattr(binational, name).__name__ == f"binational.{name}"

    def test_unknown_name_is_an_attribute_error(self) -> None:
        """An unknown top-level name raises AttributeError naming it."""
        with pytest.raises(AttributeError, match="no_such_thing"):
            binational.no_such_thing  # noqa: B018

    def test_import_loads_no_topic_module(self) -> None:
        """``import binational`` loads neither the loader nor a topic module."""
        code = (
            "import sys, binational; print(sorted(m for m in sys.modules if m.split('.')[:2]"
            " in (['binational', 'loader'], ['binational', 'cite'], ['binational', 'export'],"
            " ['binational', 'compare'], ['binational', 'plot']) or m in ('cattrs', 'pandas')))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        )
        assert out.stdout.strip() == "[]", out.stderr


@pytest.mark.parametrize("name", sorted(MOVED))
def test_a_moved_name_warns_and_is_the_module_s(name: str) -> None:
    """Each old top-level name still works for one minor release, with a warning."""
    module = {"cite": cite, "export": export}[MOVED[name]]
    with pytest.warns(DeprecationWarning, match=rf"binational\.{MOVED[name]}\.{name}"):
        value = getattr(binational, name)
    assert getattr(module, name) is value


def test_calling_the_cite_module_warns_and_cites(corpus: binational.Corpus) -> None:
    """``binational.cite(obj)`` (a function before 0.2) warns, then cites as before."""
    rec = corpus.recommendations["nsc-joint-enforcement-task-forces"]
    with pytest.warns(DeprecationWarning, match=r"binational\.cite\.cite"):
        old = binational.cite(rec)  # type: ignore[operator]
    assert cite.cite(rec) == old


def _public_callables() -> list[tuple[str, object]]:
    """Every public function, class and method of the top level and the topic modules."""
    import inspect

    from binational import compare, plot

    found: list[tuple[str, object]] = []
    for module in (binational, cite, compare, export, plot):
        for name in module.__all__:
            if name.startswith("_") or (
                module is binational and name in ("cite", "compare", "export", "plot")
            ):
                continue
            value = getattr(module, name)
            where = f"{module.__name__}.{name}"
            if inspect.isfunction(value):
                found.append((where, value))
            elif inspect.isclass(value):
                found.extend(
                    (f"{where}.{m}", f)
                    for m, f in vars(value).items()
                    if inspect.isfunction(f) and (not m.startswith("_") or m == "__init__")
                )
    return found


@pytest.mark.parametrize(
    ("where", "function"), _public_callables(), ids=lambda x: x if isinstance(x, str) else ""
)
def test_no_any_in_public_signatures(where: str, function: object) -> None:
    """No public parameter or return type is ``Any`` (nor holds it)."""
    import re
    import typing

    try:
        hints: dict[str, object] = typing.get_type_hints(function, include_extras=True)
    except NameError:  # a type imported for type checking only (pandas, matplotlib)
        hints = dict(function.__annotations__)  # type: ignore[attr-defined]

    def holds_any(t: object) -> bool:
        if isinstance(t, str):
            return re.search(r"\bAny\b", t) is not None
        return t is typing.Any or any(holds_any(a) for a in typing.get_args(t))

    assert [name for name, t in hints.items() if holds_any(t)] == [], where
