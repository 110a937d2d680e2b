"""Mentions: every passage where a document speaks of an actor, initiative or place."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar, cast

import attrs

from binational.compare._args import corpus_arg, object_arg, seeds_arg
from binational.compare._base import Record, Result, make_cell, short_id, short_label
from binational.corpus import Corpus
from binational.model import Actor, Cell, Initiative, Place, Quote, Source, display_text

if TYPE_CHECKING:
    from attrs import AttrsInstance


__all__ = [
    "Mention",
    "Mentions",
    "mentions",
]


@attrs.frozen(kw_only=True)
class Mention:
    """One passage of a document that speaks of the object."""

    quote: Quote
    """The passage."""
    via: tuple[str, ...]
    """Where the passage is recorded: ``evidence`` of the object itself, or the ids of
    the objects that refer to it (a recommendation, a figure...)."""


@attrs.frozen(kw_only=True)
class Mentions(Result[Mention]):
    """What each document says about one object, grouped by document, in reading order.

    It iterates as its passages; its table and its records have one row per passage.
    """

    subject: Actor | Initiative | Place
    """The actor, initiative or place spoken of."""
    seeds: tuple[Source, ...]
    """The documents, in corpus order."""
    mentions: tuple[Mention, ...]
    """Every passage, document by document, in text order."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "object": "string",
        "source": "string",
        "section": "string",
        "start": "Int64",
        "end": "Int64",
        "quote": "string",
        "via": "string",
    }

    def by_source(self, seed: str | Source) -> tuple[Mention, ...]:
        """The passages of one document."""
        sid = seed.id if isinstance(seed, Source) else seed
        return tuple(m for m in self.mentions if m.quote.source == sid)

    @property
    def _rows(self) -> tuple[Mention, ...]:
        return self.mentions

    def _record(self, m: Mention, /) -> Record:
        return {
            "object": self.subject.id,
            "source": m.quote.source,
            "section": m.quote.section,
            "start": m.quote.start,
            "end": m.quote.end,
            "quote": m.quote.text,
            "via": ", ".join(m.via),
        }

    def _title(self) -> str:
        return f"What each document says about {self.subject.name}"

    def _headers(self) -> list[str]:
        return ["document", "section", "passage", "recorded as"]

    def _cells(self, m: Mention, /) -> list[Cell]:
        return [
            make_cell(short_id(m.quote.source)),
            make_cell(m.quote.section or ""),
            make_cell(display_text(m.quote.text, 240), (m.quote,)),
            make_cell(", ".join(m.via)),
        ]

    def _note(self) -> str:
        silent = [short_label(s) for s in self.seeds if not self.by_source(s)]
        return f"Silent: {', '.join(silent)}." if silent else "Every document speaks of it."


def _quotes_in(obj: object) -> Iterator[Quote]:
    if isinstance(obj, Quote):
        yield obj
    elif attrs.has(type(obj)):
        for name in attrs.fields_dict(cast("type[AttrsInstance]", type(obj))):
            yield from _quotes_in(getattr(obj, name))
    elif isinstance(obj, tuple):
        for v in obj:
            yield from _quotes_in(v)


def mentions(
    obj: str | Actor | Initiative | Place,
    *,
    seeds: Iterable[str | Source] | None = None,
    corpus: Corpus | None = None,
) -> Mentions:
    """Every passage where a document speaks of an actor, initiative or place.

    The object's own quotes (its evidence, statuses, events, participants) and the
    main quote of every object that refers to it, grouped by document in text order.

    >>> m = mentions("merida-initiative")
    >>> [(s.id[:6], len(m.by_source(s))) for s in m.seeds]
    [('nsc-mi', 0), ('orion-', 7), ('lawson', 4), ('greenw', 0)]
    """
    c = corpus_arg(corpus)
    o = cast(
        "Actor | Initiative | Place", object_arg(c, obj, (Actor, Initiative, Place), "mentions()")
    )
    docs = seeds_arg(c, seeds)
    wanted = {s.id for s in docs}
    found: dict[tuple[str, int, int], tuple[Quote, list[str]]] = {}

    def add(q: Quote, via: str) -> None:
        if q.source not in wanted:
            return
        key = (q.source, q.start, q.end)
        entry = found.setdefault(key, (q, []))
        if via not in entry[1]:
            entry[1].append(via)

    for q in _quotes_in(o):
        add(q, "evidence")
    for other in c.mentioning(o):
        for q in other.evidence[:1]:
            add(q, other.id)
    order = {s.id: i for i, s in enumerate(docs)}
    ms = sorted(found.values(), key=lambda e: (order[e[0].source], e[0].start, e[0].end))
    return Mentions(
        subject=o,
        seeds=docs,
        mentions=tuple(Mention(quote=q, via=tuple(v)) for q, v in ms),
    )
