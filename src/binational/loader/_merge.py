"""The corpus from the checked records of every root: merged, ids unique, references resolved.

Actors, initiatives and places are split in the data files: an *entry* of a vocabulary
gives the identity, a *mention* in each seed file gives that seed's evidence. They are
merged here into one object each (:func:`merge`); every id must then name one object
of the corpus (:func:`check_ids`), and every reference an object of a kind it takes
(:func:`~binational.loader._checks.check_references`). :func:`build` does it all and
gives the :class:`~binational.Corpus`, or raises :class:`~binational.DataError`
listing every problem found.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import attrs
from attrs import AttrsInstance

from binational.corpus import Corpus, normalize
from binational.exceptions import DataError
from binational.loader._checks import Problems, article, check_references, field_types
from binational.loader._names import check_names
from binational.loader._read import Loaded
from binational.model import Actor, Initiative, Kind, Place

if typing.TYPE_CHECKING:
    from binational.loader._records import (
        ActorEntry,
        ActorMention,
        InitiativeEntry,
        InitiativeMention,
        PlaceEntry,
        PlaceMention,
    )

    Entry = ActorEntry | InitiativeEntry | PlaceEntry
    Mention = ActorMention | InitiativeMention | PlaceMention

__all__ = ["build"]

R = TypeVar("R")

_SHARED: tuple[tuple[str, type[Any]], ...] = (
    ("actors", Actor),
    ("initiatives", Initiative),
    ("places", Place),
)
"""The kinds split into vocabulary entries and mentions, with the class they merge into."""


def build(
    problems: Problems,
    files: Sequence[Loaded],
    vocabularies: Mapping[str, Sequence[tuple[str, int, Any]]],
    *,
    bundles: bool,
) -> Corpus:
    """The corpus of the seed ``files`` and ``vocabularies`` (by key: file, index, entry).

    Raises :class:`~binational.DataError` if any problem was found, before or here.
    """
    merged: dict[str, list[Any]] = {}
    for key, model in _SHARED:
        mentions = [(f, getattr(f.record, key)) for f in files]
        merged[key] = merge(problems, key, vocabularies[key], mentions, model, bundles=bundles)
        _check_aliases(problems, key, vocabularies[key])
        check_names(problems, key, vocabularies[key])
    _check_hierarchy(problems, vocabularies["actors"], merged["actors"])

    def cat(attr: str) -> list[Any]:
        return [o for f in files for o in getattr(f.record, attr)]

    collections: dict[str, list[Any]] = {
        "sources": [f.record.source for f in files] + cat("sources"),
        **merged,
        "options": cat("options"),
        "recommendations": cat("recommendations"),
        "figures": cat("figures"),
        "framings": cat("framings"),
        "citations": cat("citations"),
        "positions": cat("positions"),
        "characterizations": cat("characterizations"),
    }
    ids = check_ids(problems, files, collections, vocabularies)
    for f in files:
        check_references(problems, f.name, f.record, f.objects, ids)
    if problems.found:
        raise DataError(problems.found)
    return Corpus(
        **collections,
        texts={f.record.source.id: f.text for f in files},
        sections={f.record.source.id: f.sections for f in files},
    )


def merge(
    problems: Problems,
    key: str,
    entries: Sequence[tuple[str, int, Entry]],
    mentions: Sequence[tuple[Loaded, Sequence[Mention]]],
    cls: type[R],
    *,
    bundles: bool,
) -> list[R]:
    """One object per vocabulary entry, with the evidence of every seed's mention.

    Entries come from every root (the packaged vocabulary, then each bundle's); an id
    defined twice is a problem, never an overwrite.
    """
    by_id: dict[str, list[Mention]] = {}
    for f, ms in mentions:
        seen: set[str] = set()
        for i, m in enumerate(ms):
            if m.id in seen:
                problems.add(
                    f.name, f"$.{key}[{i}].id", f"{m.id!r} is mentioned twice in this file"
                )
            seen.add(m.id)
            by_id.setdefault(m.id, []).append(m)
    known = {e.id for _, _, e in entries}
    for f, ms in mentions:
        for i, m in enumerate(ms):
            if m.id not in known:
                where = " of the data or of any bundle" if bundles else ""
                problems.add(f.name, f"$.{key}[{i}].id", f"{m.id!r} is not in {key}.json{where}")
    out: list[R] = []
    first: dict[str, str] = {}
    for file, i, e in entries:
        if e.id in first:
            where = "" if first[e.id] == file else f" (already defined in {first[e.id]})"
            problems.add(file, f"$.{key}[{i}].id", f"duplicate id {e.id!r}{where}")
            continue
        first[e.id] = file
        ms = by_id.get(e.id, [])
        if not ms:
            problems.add(
                file, f"$.{key}[{i}]", f"{e.id!r} is mentioned by no seed: it has no evidence"
            )
            continue
        fields: dict[str, Any] = {f.name: getattr(e, f.name) for f in attrs.fields(type(e))}
        for m in ms:
            many, single = _mention_fields(typing.cast("type", type(m)))
            for name in many:  # tuples: every seed's, in order
                value = getattr(m, name)
                if value:
                    fields[name] = fields.get(name, ()) + value
            for name in single:  # one value: the seeds that give it must agree
                value = getattr(m, name)
                if value is not None:
                    if fields.get(name) not in (None, value):
                        problems.add(file, f"$.{key}[{i}]", f"seeds disagree on {name} of {e.id!r}")
                    fields[name] = value
        out.append(cls(**fields))
    return out


@functools.cache
def _mention_fields(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The fields of a mention class but its id: those holding tuples, and the others."""
    types = {k: v for k, v in field_types(cls).items() if k != "id"}
    many = tuple(k for k, t in types.items() if typing.get_origin(t) is tuple)
    return many, tuple(k for k in types if k not in many)


def _check_aliases(problems: Problems, key: str, entries: Sequence[tuple[str, int, Entry]]) -> None:
    """No two entries share a name or alias (compared as :func:`~binational.Corpus` looks up)."""
    owner: dict[str, str] = {}
    for file, i, e in entries:
        for name in (e.id, e.name, *e.aliases):
            n = normalize(name)
            if owner.setdefault(n, e.id) != e.id:
                problems.add(
                    file, f"$.{key}[{i}]", f"name or alias {name!r} also names {owner[n]!r}"
                )


def _check_hierarchy(
    problems: Problems, entries: Sequence[tuple[str, int, Entry]], actors: Sequence[Actor]
) -> None:
    """No actor is, through its parents, part of itself (reported once per cycle)."""
    parent = {a.id: a.parent.actor for a in actors if a.parent is not None}
    where = {e.id: (file, i) for file, i, e in entries}
    reported: set[str] = set()
    for start in parent:
        chain = [start]
        while chain[-1] in parent and parent[chain[-1]] not in chain:
            chain.append(parent[chain[-1]])
        if chain[-1] not in parent:
            continue
        cycle = chain[chain.index(parent[chain[-1]]) :]
        if reported.isdisjoint(cycle):
            reported.update(cycle)
            file, i = where.get(cycle[0], ("actors.json", 0))
            path = " → ".join([*cycle, cycle[0]])
            problems.add(file, f"$.actors[{i}]", f"parents form a cycle: {path}")


def check_ids(
    problems: Problems,
    files: Sequence[Loaded],
    collections: Mapping[str, Sequence[Any]],
    vocabularies: Mapping[str, Sequence[tuple[str, int, Any]]],
) -> dict[str, Kind]:
    """Every id once in the corpus; a second use is reported where it is, naming the first.

    Gives the kind of the object each id names.
    """
    first: dict[str, tuple[Kind, Any]] = {}
    for kind in Kind:
        for obj in collections[kind.value]:
            seen = first.setdefault(obj.id, (kind, obj))
            if seen[1] is obj:
                continue
            file, path = _locate(files, vocabularies, kind, obj)
            other_file, other_path = _locate(files, vocabularies, *seen)
            problems.add(
                file,
                path,
                f"id {obj.id!r} is used twice (also {article(seen[0].value[:-1])}, "
                f"at {other_file} {other_path})",
            )
    return {id: kind for id, (kind, _) in first.items()}


def _locate(
    files: Sequence[Loaded],
    vocabularies: Mapping[str, Sequence[tuple[str, int, Any]]],
    kind: Kind,
    obj: AttrsInstance,
) -> tuple[str, str]:
    """The file and path of ``obj``, an object of ``kind`` of the corpus being built."""
    for f in files:
        if kind is Kind.SOURCE and f.record.source is obj:
            return f.name, "$.source.id"
        for i, o in enumerate(getattr(f.record, kind.value)):
            if o is obj:
                return f.name, f"$.{kind.value}[{i}].id"
    # Actors, initiatives and places are merged from their vocabulary entries.
    for file, i, entry in vocabularies.get(kind.value, ()):
        if entry.id == getattr(obj, "id", None):
            return file, f"$.{kind.value}[{i}].id"
    return f"{kind.value}.json", "$"
