"""The whole corpus as one JSON document, read back, and its JSON Schema.

The export is lossless: every object of every collection with all its fields (enums as
their values, quotes whole with seed, offsets, text and section), the seed texts and
their sections. :func:`corpus_from_json` rebuilds an equal corpus from it, checking
every quote against the exported texts; :func:`corpus_json_schema` describes it for
programs written in other languages, generated from the model.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from binational.corpus import CLASS_OF, Corpus
from binational.exceptions import DataError, Problem
from binational.model import Kind, Organization, Person, Section

__all__ = ["FORMAT", "as_json", "corpus_from_json", "corpus_json", "corpus_json_schema"]

FORMAT = "binational-corpus/1"
"""The ``format`` field of an export; a reader refuses any other."""


def corpus_json(corpus: Corpus | None = None) -> dict[str, Any]:
    """The corpus as JSON-ready data: ``json.dumps`` it to save it.

    >>> import json
    >>> data = corpus_json()
    >>> data["format"], len(data["recommendations"]) > 100
    ('binational-corpus/1', True)
    >>> json.loads(json.dumps(data)) == data
    True
    """
    from binational.loader._convert import make_converter

    if corpus is None:
        from binational.loader._load import load

        corpus = load()
    conv = make_converter()
    seeds = [s.id for s in corpus.seeds]
    out: dict[str, Any] = {"format": FORMAT}
    for kind in Kind:
        out[kind.value] = [_jsonable(conv.unstructure(o)) for o in corpus.collection(kind)]
    out["texts"] = {s: corpus.text(s) for s in seeds}
    out["sections"] = {
        s: [_jsonable(conv.unstructure(x)) for x in corpus.sections(s)] for s in seeds
    }
    return out


def as_json(obj: Any) -> Any:
    """Any object of the corpus (or a list of them) as JSON-ready data.

    Enums are their values, quotes are whole; ``json.dumps`` takes the result as it is,
    as the export does (:func:`corpus_json`).

    >>> import json, binational
    >>> rec = binational.load().recommendations["nsc-phased-strategy"]
    >>> json.loads(json.dumps(as_json(rec)))["themes"][:2]
    ['binational-coordination', 'enforcement']
    """
    from binational.loader._convert import make_converter

    if isinstance(obj, list | tuple):
        return [as_json(o) for o in obj]
    if not attrs.has(type(obj)):
        raise TypeError(f"as_json() takes an object of the corpus, not {type(obj).__name__}")
    return _jsonable(make_converter().unstructure(obj))


def _jsonable(value: Any) -> Any:
    """Tuples as lists, recursively (what ``json`` writes them as)."""
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def corpus_from_json(data: Mapping[str, Any]) -> Corpus:
    """A corpus rebuilt from :func:`corpus_json`'s data; every quote checked.

    Raises :class:`~binational.DataError` (file ``export``, the JSON path and the
    problem) if the data is not an export of this format or does not hold together.

    >>> corpus_from_json(corpus_json()).recommendations["nsc-phased-strategy"].id
    'nsc-phased-strategy'
    """
    from binational.loader._convert import error_lines, make_converter

    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise DataError([Problem(file="export", path="$.format", message=f"expected {FORMAT!r}")])
    texts = data.get("texts")
    if not isinstance(texts, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in texts.items()
    ):
        raise DataError([Problem(file="export", path="$.texts", message="expected seed texts")])
    conv = make_converter(texts=texts)
    problems: list[Problem] = []
    collections: dict[str, Any] = {}
    model = CLASS_OF
    for kind in Kind:
        try:
            many: Any = types.GenericAlias(tuple, (model[kind], ...))
            collections[kind.value] = conv.structure(data.get(kind.value), many)
        except Exception as e:  # noqa: BLE001 - every structuring error becomes a Problem
            problems += [
                Problem(file="export", path=f"$.{kind.value}{p[1:]}", message=m)
                for p, m in error_lines(e)
            ]
    sections: dict[str, tuple[Section, ...]] = {}
    for seed in texts:
        try:
            sections[seed] = conv.structure(
                (data.get("sections") or {}).get(seed), tuple[Section, ...]
            )
        except Exception as e:  # noqa: BLE001
            problems += [
                Problem(file="export", path=f"$.sections.{seed}{p[1:]}", message=m)
                for p, m in error_lines(e)
            ]
    if problems:
        raise DataError(problems)
    return Corpus(**collections, texts=dict(texts), sections=sections)


# ----------------------------------------------------------------- the schema


def corpus_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`corpus_json`'s output, from the model.

    >>> schema = corpus_json_schema()
    >>> schema["properties"]["format"]["const"]
    'binational-corpus/1'
    >>> sorted(schema["$defs"]["Quote"]["required"])
    ['end', 'source', 'start', 'text']
    """
    defs: dict[str, Any] = {}
    props: dict[str, Any] = {"format": {"const": FORMAT}}
    for kind, cls in CLASS_OF.items():
        props[kind.value] = {"type": "array", "items": _schema(cls, defs)}
    props["texts"] = {"type": "object", "additionalProperties": {"type": "string"}}
    props["sections"] = {
        "type": "object",
        "additionalProperties": {"type": "array", "items": _schema(Section, defs)},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "binational corpus export",
        "description": "Every object of the corpus, the seed texts and their sections.",
        "type": "object",
        "properties": props,
        "required": sorted(props),
        "additionalProperties": False,
        "$defs": defs,
    }


def _schema(t: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one annotated type, attrs classes collected in ``defs``."""
    if t is str:
        return {"type": "string"}
    if t is bool:
        return {"type": "boolean"}
    if t is int:
        return {"type": "integer"}
    if t is float:
        return {"type": "number"}
    if t is type(None):
        return {"type": "null"}
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return {"enum": [m.value for m in t]}
    origin = typing.get_origin(t)
    if origin is tuple:
        return {"type": "array", "items": _schema(typing.get_args(t)[0], defs)}
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(t)
        if set(options) == {Person, Organization}:
            return {"oneOf": [_schema(Person, defs), _schema(Organization, defs)]}
        return {"anyOf": [_schema(o, defs) for o in options]}
    if isinstance(t, type) and attrs.has(t):
        name = t.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = typing.get_type_hints(t)
            fields = attrs.fields(t)
            props = {f.name: _schema(hints[f.name], defs) for f in fields}
            required = [f.name for f in fields if f.default is attrs.NOTHING]
            if t in (Person, Organization):  # the tagged union's tag
                props["type"] = {"const": t.__name__.lower()}
                required.append("type")
            defs[name] = {
                "type": "object",
                "description": (t.__doc__ or "").strip().splitlines()[0],
                "properties": props,
                "required": required,
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {t!r}")
