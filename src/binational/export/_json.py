"""The whole corpus as one JSON document, any object as JSON, and the export's schema.

The export is lossless: every object of every collection with all its fields (enums as
their values, quotes whole with seed, offsets, text and section, an exact number as an
integer if whole and otherwise as its numeral in a string, ``"8.3"``), the seed texts
and their sections. :func:`binational.corpus_from_json` rebuilds an equal corpus from it,
checking every quote against the exported texts; :func:`corpus_json_schema` describes
it for programs written in other languages, generated from the model.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Sequence
from decimal import Decimal
from typing import TypeAlias

import attrs
import cattrs

from binational.corpus import CLASS_OF, Corpus, Object, corpus_given
from binational.loader import FORMAT, load, make_converter
from binational.model import Claim, Kind, Organization, Person, Quote, Section

__all__ = ["JSON", "as_json", "corpus_json", "corpus_json_schema"]

JSON: TypeAlias = dict[str, "JSON"] | list["JSON"] | str | int | float | bool | None
"""A JSON value as :func:`json.loads` returns it and :func:`json.dumps` takes it."""


@functools.cache
def _converter() -> cattrs.Converter:
    """The loader's converter, made once: it unstructures by the rules it structures."""
    return make_converter()


def corpus_json(corpus: Corpus | None = None) -> dict[str, JSON]:
    """The corpus as JSON-ready data: ``json.dumps`` it to save it.

    >>> import json
    >>> data = corpus_json()
    >>> data["format"], len(data["recommendations"]) > 100
    ('binational-corpus/1', True)
    >>> json.loads(json.dumps(data)) == data
    True
    """
    corpus = corpus_given(corpus, "corpus_json()")
    if corpus is None:
        corpus = load()
    conv = _converter()
    seeds = [s.id for s in corpus.seeds]
    out: dict[str, JSON] = {"format": FORMAT}
    for kind in Kind:
        out[kind.value] = [_jsonable(conv.unstructure(o)) for o in corpus.collection(kind)]
    out["texts"] = {s: corpus.text(s) for s in seeds}
    out["sections"] = {
        s: [_jsonable(conv.unstructure(x)) for x in corpus.sections(s)] for s in seeds
    }
    return out


def as_json(obj: Object | Claim | Quote | Sequence[Object | Claim | Quote]) -> JSON:
    """Any object of the corpus (or a list of them) as JSON-ready data.

    Enums are their values, quotes are whole; ``json.dumps`` takes the result as it is,
    as the export does (:func:`corpus_json`).

    >>> import json, binational
    >>> rec = binational.load().recommendations["nsc-phased-strategy"]
    >>> json.loads(json.dumps(as_json(rec)))["themes"][:2]
    ['binational-coordination', 'enforcement']
    """
    if isinstance(obj, list | tuple):
        return [as_json(o) for o in obj]
    if not attrs.has(type(obj)):
        raise TypeError(
            f"as_json() takes obj, an object of the corpus or a list of them, "
            f"not {type(obj).__name__}"
        )
    return _jsonable(_converter().unstructure(obj))


def _jsonable(value: object) -> JSON:
    """Tuples as lists, recursively (what ``json`` writes them as)."""
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return typing.cast("JSON", value)


# ----------------------------------------------------------------- the schema


def corpus_json_schema() -> dict[str, JSON]:
    """The JSON Schema (draft 2020-12) of :func:`corpus_json`'s output, from the model.

    >>> schema = corpus_json_schema()
    >>> schema["properties"]["format"]["const"]
    'binational-corpus/1'
    >>> sorted(schema["$defs"]["Quote"]["required"])
    ['end', 'source', 'start', 'text']
    """
    defs: dict[str, JSON] = {}
    props: dict[str, JSON] = {"format": {"const": FORMAT}}
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
        "required": list[JSON](sorted(props)),
        "additionalProperties": False,
        "$defs": defs,
    }


def _schema(t: object, defs: dict[str, JSON]) -> dict[str, JSON]:
    """The schema of one annotated type, attrs classes collected in ``defs``."""
    if t is str:
        return {"type": "string"}
    if t is bool:
        return {"type": "boolean"}
    if t is int:
        return {"type": "integer"}
    if t is float:
        return {"type": "number"}
    if t is Decimal:  # exact: an integer if whole, else the numeral in a string
        return {
            "oneOf": [
                {"type": "integer"},
                {"type": "string", "pattern": "^-?(0|[1-9][0-9]*)\\.[0-9]+$"},
            ]
        }
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
            props: dict[str, JSON] = {f.name: _schema(hints[f.name], defs) for f in fields}
            required: list[JSON] = [f.name for f in fields if f.default is attrs.NOTHING]
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
