"""Every public function refuses a wrong argument with a typed error naming it.

The walk covers :mod:`binational`, :mod:`binational.compare`, :mod:`binational.cite`,
:mod:`binational.export`, :mod:`binational.plot` and the methods of
:class:`~binational.Corpus` and :class:`~binational.Collection`: each parameter in turn
gets values of the wrong type (an int, a bare ``object()``, a str where an iterable is
wanted, a str where a bool is wanted), the other arguments valid. Only a
:exc:`TypeError`, a :exc:`ValueError` or an :class:`~binational.UnknownIdError` may come
out, and its message must name the parameter.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import binational
from binational import cite, compare, export, plot
from binational.exceptions import UnknownIdError

CORPUS = binational.load()
REC = CORPUS.recommendations["nsc-joint-enforcement-task-forces"]
GREENWAY = CORPUS.sources["greenway-2025-military-options-border"]
WORK = next(s for s in CORPUS.sources if s.seed is None)
CITATION = CORPUS.citations.objects()[0]
FIGURE = CORPUS.figures.objects()[0]
OPTION = CORPUS.options.objects()[0]
MERIDA = CORPUS.initiatives["merida-initiative"]
MEXICO = CORPUS.actors["mexico"]

# The valid positional arguments of the functions that need some (the rest take none).
BASE: dict[str, tuple[Any, ...]] = {
    "compare.agreements": ("000", "003"),
    "compare.disagreements": ("000", "003"),
    "compare.diff": (REC, REC),
    "compare.framing": ("mexico",),
    "compare.mentions": ("mexico",),
    "compare.concordance": ("border",),
    "compare.keyness": ("000",),
    "cite.bibliography": (REC,),
    "cite.cite": (REC,),
    "cite.quote": (REC,),
    "cite.cited_by": (WORK,),
    "cite.references": (GREENWAY,),
    "cite.csl_json": (GREENWAY,),
    "cite.format_csl": ([{"id": "a", "type": "book", "title": "A"}], "apa"),
    "binational.format_csl": ([{"id": "a", "type": "book", "title": "A"}], "apa"),
    "export.as_json": (REC,),
    "export.to_bibtex": (GREENWAY,),
    "export.to_csl_json": (GREENWAY,),
    "export.to_ris": (GREENWAY,),
    "export.to_csv": ([{"a": 1}],),
    "Corpus.get": ("mexico",),
    "Corpus.resolve": ("mexico",),
    "Corpus.collection": (binational.Kind.ACTOR,),
    "Corpus.text": ("000",),
    "Corpus.sections": ("000",),
    "Corpus.addressees": (REC,),
    "Corpus.builds_on": (REC,),
    "Corpus.parent": (MEXICO,),
    "Corpus.children": (MEXICO,),
    "Corpus.affiliates": (MEXICO,),
    "Corpus.linked": (MEXICO,),
    "Corpus.related": (MERIDA, binational.RelationKind.SUCCEEDED_BY),
    "Corpus.successors": (MERIDA,),
    "Corpus.predecessors": (MERIDA,),
    "Corpus.figures_about": (MEXICO,),
    "Corpus.citations_of": (WORK,),
    "Corpus.cited_works": (CITATION,),
    "Corpus.mentioning": (MEXICO,),
    "Corpus.search": ("asylum",),
    "Corpus.search_text": ("asylum",),
    "Collection.get": ("mexico",),
    "Collection.by_source": ("000",),
    "Collection.suggest": ("mexico",),
}

# Functions left out of the walk, and why.
SKIP = {
    "binational.load_from": "reads files; its paths are checked by tests/test_load.py",
    "export.write_text": "writes files; checked by tests/test_export_files.py",
    "export.write_tables": "writes files; its corpus and format are checked below",
}


# Parameters that take any value (a default to return).
ANY_VALUE = {("Collection.get", "default")}


def _public() -> Iterator[tuple[str, Callable[..., object]]]:
    """Every public function and method the walk covers, by its dotted name."""
    for prefix, module in (
        ("binational", binational),
        ("compare", compare),
        ("cite", cite),
        ("export", export),
        ("plot", plot),
    ):
        for name in getattr(module, "__all__", ()):
            f = getattr(module, name)
            if inspect.isfunction(f):
                yield f"{prefix}.{name}", f
    for owner, cls in (
        (CORPUS, binational.Corpus),
        (CORPUS.actors, binational.Collection),
    ):
        for name, _member in inspect.getmembers(cls, inspect.isfunction):
            if not name.startswith("_"):
                yield f"{cls.__name__}.{name}", getattr(owner, name)


def _cases() -> Iterator[Any]:
    for dotted, f in _public():
        if dotted in SKIP:
            continue
        try:
            sig = inspect.signature(f)
        except (TypeError, ValueError):  # pragma: no cover - builtins
            continue
        params = [p for p in sig.parameters.values() if p.kind is not p.VAR_KEYWORD]
        for i, p in enumerate(params):
            hint = str(p.annotation)
            if (dotted, p.name) in ANY_VALUE:
                continue
            bad: list[object] = [object()] if "int" in hint else [123, object()]
            if "Iterable" in hint or "Sequence" in hint:
                bad.append("x")
            if hint == "bool":
                bad.append("yes")
            for value in bad:
                yield pytest.param(dotted, f, i, p, value, id=f"{dotted}-{p.name}-{value!r:.12}")


def _call(
    dotted: str, f: Callable[..., object], i: int, p: inspect.Parameter, value: object
) -> Any:
    args = list(BASE.get(dotted, ()))
    if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and i < len(args):
        args[i] = value
        return f(*args)
    if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and i == len(args):
        return f(*args, value)
    return f(*args, **{p.name: value})


@pytest.mark.parametrize(("dotted", "f", "i", "param", "value"), list(_cases()))
def test_a_wrong_argument_is_a_typed_error_naming_it(
    dotted: str, f: Callable[..., object], i: int, param: inspect.Parameter, value: object
) -> None:
    """A wrong value raises TypeError, ValueError or UnknownIdError naming the parameter."""
    if dotted.startswith("plot."):
        pytest.importorskip("matplotlib")
    try:
        _call(dotted, f, i, param, value)
    except (TypeError, ValueError, UnknownIdError) as e:
        message = str(e)
        named = re.search(rf"(?<![\w.]){param.name}\b", message)
        assert named, f"{dotted}({param.name}={value!r:.40}): {message}"
        assert len(message) < 2000
    else:
        pytest.fail(f"{dotted}({param.name}={value!r:.40}) raised nothing")
