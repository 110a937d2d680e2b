"""What the pages share: every quote of the corpus with the object and field it supports.

Quotes are found wherever they stand in an object (its evidence, a claim's, a
participant's, a citation's marker...), so every one of them is marked in its
document and every mark knows what it supports.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cached_property
from urllib.parse import quote

import attrs

from binational.corpus import Corpus, Object
from binational.model import (
    Characterization,
    Citation,
    Kind,
    Position,
    Quote,
    Source,
    display_text,
    show_value,
)
from binational.site._text import Layout, Span, layout

__all__ = [
    "Facts",
    "Support",
    "fragment",
    "kind_label",
    "label",
    "quotes_of",
    "refs_of",
    "short_id",
]


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""The loader's id grammar, checked again where an id becomes a file name."""


def fragment(id: str) -> str:
    """An id as a URL fragment (percent-encoded; the loader's ids need none)."""
    return quote(id, safe="-")


def short_id(sid: str) -> str:
    """A seed id cut after its year, or to two words: ``orion-2026``, ``nsc-migration``."""
    words = sid.split("-")
    for i, w in enumerate(words):
        if w.isdigit():
            return "-".join(words[: i + 1])
    return "-".join(words[:2])


def kind_label(kind: Kind) -> str:
    """A kind's name in the singular: ``actor``, ``option``."""
    return kind.value[:-1]


def cut(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word with an ellipsis if longer than ``limit``.

    Unlike :func:`~binational.model.display_text` (for quotes of the seeds' text) it
    keeps every character: a name with ``<`` in it is a name with ``<`` in it.
    """
    out = " ".join(text.split())
    if len(out) > limit:
        out = out[: max(limit - 1, 1)].rsplit(" ", 1)[0] + " …"
    return out


def label(obj: Object, limit: int = 120) -> str:
    """A few words naming an object: its name, title, summary or subject."""
    if isinstance(obj, Position):
        return f"{obj.dimension.value}: {obj.stance.value if obj.stance else 'not addressed'}"
    if isinstance(obj, Characterization):
        return f"{obj.actor} as {obj.portrayal.value}"
    if isinstance(obj, Citation):
        return f"marker “{display_text(obj.marker.text, limit)}”"
    for attr in ("name", "title", "summary", "subject", "text"):
        value = getattr(obj, attr, None)
        if isinstance(value, str):
            return cut(value, limit)
    return obj.id


@attrs.frozen
class Support:
    """One quote and what it supports: an object, through one of its fields."""

    obj: Object
    kind: Kind
    role: str
    """The field the quote stands in: ``evidence``, ``marker``, ``risks: <the claim>``."""
    quote: Quote


def fields_of(value: object) -> tuple[attrs.Attribute[object], ...]:
    """The attrs fields of a record; none for anything else."""
    cls = type(value)
    return tuple(attrs.fields(cls)) if attrs.has(cls) else ()


def _quotes(value: object, role: str) -> Iterator[tuple[str, Quote]]:
    """Every quote in ``value`` (an attrs record, a tuple, a quote), with ``role``."""
    if isinstance(value, Quote):
        yield role, value
    elif isinstance(value, tuple):
        for item in value:
            yield from _quotes(item, role)
    else:
        for f in fields_of(value):
            yield from _quotes(getattr(value, f.name), role)


def quotes_of(obj: Object) -> Iterator[tuple[str, Quote]]:
    """Every quote of an object, with the field it stands in (``evidence`` first)."""
    for f in fields_of(obj):
        value = getattr(obj, f.name)
        if f.name in ("evidence", "marker"):
            yield from _quotes(value, f.name)
            continue
        for item in value if isinstance(value, tuple) else (value,):
            if fields_of(item):
                yield from _quotes(item, f"{f.name}: {cut(show_value(item), 90)}")


def refs_of(value: object) -> Iterator[str]:
    """The ids an object or record refers to through its ``ref`` fields, recursively."""
    if isinstance(value, tuple):
        for item in value:
            yield from refs_of(item)
        return
    for f in fields_of(value):
        item = getattr(value, f.name)
        if "ref" in f.metadata:
            yield from (
                (item,) if isinstance(item, str) else (v for v in item or () if isinstance(v, str))
            )
        else:
            yield from refs_of(item)


class Facts:
    """The corpus as the site sees it: kinds, quotes by document, links between objects."""

    def __init__(self, corpus: Corpus) -> None:
        for seed in corpus.seeds:  # a seed's id names its page's file
            if not _SLUG.fullmatch(seed.id):
                raise ValueError(f"seed id {seed.id!r} cannot name a file: ids are slugs")
        self.corpus = corpus
        self.kinds: dict[str, Kind] = {}
        self.supports: dict[str, list[Support]] = defaultdict(list)
        self.referrers: dict[str, list[Object]] = defaultdict(list)
        for kind, collection in corpus.collections().items():
            for obj in collection:
                self.kinds[obj.id] = kind
                for role, q in quotes_of(obj):
                    self.supports[q.source].append(Support(obj, kind, role, q))
                for ref in dict.fromkeys(refs_of(obj)):
                    if ref != obj.id:
                        self.referrers[ref].append(obj)

    @cached_property
    def seeds(self) -> tuple[Source, ...]:
        """The seed documents with a text, in corpus order."""
        return self.corpus.seeds

    @cached_property
    def layouts(self) -> dict[str, Layout]:
        """Each seed's text laid out, by seed id."""
        return {s.id: layout(self.corpus.text(s), self.corpus.sections(s)) for s in self.seeds}

    def spans(self, source: str) -> list[Span]:
        """The distinct quoted spans of a seed, in text order."""
        found = {Span(s.quote.start, s.quote.end) for s in self.supports.get(source, ())}
        return sorted(found, key=lambda s: (s.start, s.end))

    def href(self, id: str, root: str) -> str | None:
        """The link to an object's entry, from a page ``root`` below the top; None if unknown."""
        kind = self.kinds.get(id)
        return None if kind is None else f"{root}objects/{kind.value}.html#{fragment(id)}"

    def quote_href(self, q: Quote, root: str) -> str:
        """The link to a quote's highlight in its document page."""
        return f"{root}doc/{q.source}.html#{Span(q.start, q.end).key}"
