"""Mentions: every passage where a document speaks of an actor, initiative or place."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar, Literal, cast

import attrs

from binational.compare._args import (
    corpus_arg,
    flag_arg,
    linked_ids,
    object_arg,
    seed_in,
    seeds_arg,
)
from binational.compare._base import Record, Result, make_cell, short_id, short_label
from binational.corpus import Corpus, normalize
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
    about: tuple[str, ...] = ()
    """Ids of the objects the passage is recorded for: the subject, or (with
    ``include_children`` or ``include_related``) the objects linked to it."""
    how: Literal["coded", "named"] = "coded"
    """``coded``: a quote recorded in the data (:attr:`via` says where); ``named``: a
    passage of the text (:meth:`Corpus.passages <binational.Corpus.passages>`) that
    names the object, by its name or an alias, where nothing is coded for it."""


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
    linked: tuple[Actor | Initiative, ...] = ()
    """The objects linked to the subject whose passages are included too (its parts
    with ``include_children``, its affiliates with ``include_related``)."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "object": "string",
        "about": "string",
        "source": "string",
        "section": "string",
        "start": "Int64",
        "end": "Int64",
        "quote": "string",
        "quote_display": "string",
        "via": "string",
        "how": "string",
    }

    def by_source(self, seed: str | Source) -> tuple[Mention, ...]:
        """The passages of one document (a Source, or its id, title, alias or number)."""
        sid = seed_in(self.seeds, seed, "by_source(seed)")
        return tuple(m for m in self.mentions if m.quote.source == sid)

    @property
    def _rows(self) -> tuple[Mention, ...]:
        return self.mentions

    def _record(self, m: Mention, /) -> Record:
        return {
            "object": self.subject.id,
            "about": ", ".join(m.about),
            "source": m.quote.source,
            "section": m.quote.section,
            "start": m.quote.start,
            "end": m.quote.end,
            "quote": m.quote.text,
            "quote_display": display_text(m.quote.text),
            "via": ", ".join(m.via),
            "how": m.how,
        }

    def _title(self) -> str:
        title = f"What each document says about {self.subject.name}"
        if self.linked:
            n = len(self.linked)
            title += f" and {n} object{'s' if n > 1 else ''} linked to it"
        return title

    def _headers(self) -> list[str]:
        return ["document", "section", "passage", "recorded as"]

    def _cells(self, m: Mention, /) -> list[Cell]:
        return [
            make_cell(short_id(m.quote.source)),
            make_cell(m.quote.section or ""),
            make_cell(display_text(m.quote.text, 240), (m.quote,)),
            make_cell(self._recorded_as(m)),
        ]

    def _recorded_as(self, m: Mention, /) -> str:
        if m.how == "named":
            return "named in the text (not coded)"
        via = ", ".join(m.via)
        others = [a for a in m.about if a != self.subject.id]
        return f"{via} (of {', '.join(others)})" if others else via

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
    include_children: bool = False,
    include_related: bool = False,
    named: bool = True,
    corpus: Corpus | None = None,
) -> Mentions:
    """Every passage where a document speaks of an actor, initiative or place.

    The object's own quotes (its evidence, statuses, events, participants, relations),
    the main quote of every object that refers to it, and the quotes of the relations
    of actors that name it as their parent or affiliation, grouped by document in text
    order.

    ``include_children`` adds the passages of the object's parts, at any depth (the
    agencies of a department, the sections of a statute); ``include_related`` those of
    the actors that belong to or act for it (see :meth:`Corpus.linked
    <binational.Corpus.linked>`). Each passage says which objects it is recorded for
    (:attr:`Mention.about`).

    With ``named`` (the default) the text itself is read too: every passage (see
    :meth:`Corpus.passages <binational.Corpus.passages>`) that names the object by its
    name or an alias (whole words; case, accents and spacing ignored, except in an
    acronym such as "ICE" or "US") and holds no coded quote of it is added, its
    :attr:`Mention.how` ``"named"``; ``named=False`` keeps the coded passages only.

    >>> m = mentions("merida-initiative")
    >>> [(s.id[:6], len(m.by_source(s))) for s in m.seeds]
    [('nsc-mi', 0), ('orion-', 7), ('lawson', 4), ('greenw', 0)]
    >>> [x.how for x in m].count("named")
    0
    >>> china = mentions("china", include_related=True)
    >>> [a.id for a in china.linked][:2]
    ['chinese-communist-party', 'chinese-chemical-companies']
    """
    c = corpus_arg(corpus)
    o = cast(
        "Actor | Initiative | Place",
        object_arg(c, obj, (Actor, Initiative, Place), "mentions(obj)"),
    )
    docs = seeds_arg(c, seeds)
    flag_arg(named, "mentions(named=...)")
    ids = linked_ids(c, (o.id,), include_children=include_children, include_related=include_related)
    linked = tuple(cast("Actor | Initiative", c[i]) for i in ids[1:])
    wanted = {s.id for s in docs}
    found: dict[tuple[str, int, int], tuple[Quote, list[str], list[str]]] = {}

    def add(q: Quote, via: str, about: str) -> None:
        if q.source not in wanted:
            return
        key = (q.source, q.start, q.end)
        entry = found.setdefault(key, (q, [], []))
        if via not in entry[1]:
            entry[1].append(via)
        if about not in entry[2]:
            entry[2].append(about)

    for subject in (o, *linked):
        for q in _quotes_in(subject):
            add(q, "evidence", subject.id)
        for other in c.mentioning(subject):
            for q in _referring_quotes(other, subject.id):
                add(q, other.id, subject.id)
    made = [Mention(quote=q, via=tuple(v), about=tuple(a)) for q, v, a in found.values()]
    if named:
        made += _named(c, docs, (o, *linked), list(found.values()))
    order = {s.id: i for i, s in enumerate(docs)}
    made.sort(key=lambda m: (order[m.quote.source], m.quote.start, m.quote.end))
    return Mentions(subject=o, seeds=docs, mentions=tuple(made), linked=linked)


def _named(
    c: Corpus,
    docs: tuple[Source, ...],
    subjects: tuple[Actor | Initiative | Place, ...],
    coded: list[tuple[Quote, list[str], list[str]]],
) -> list[Mention]:
    """The passages that name a subject and hold no coded quote of the subjects."""
    matchers = [(s.id, _name_matcher(s)) for s in subjects]
    out: list[Mention] = []
    for doc in docs:
        spans = sorted((q.start, q.end) for q, _, _ in coded if q.source == doc.id)
        for p in c.passages(doc):
            if any(a < p.end and b > p.start for a, b in spans):
                continue  # already there, coded
            folded = f" {normalize(p.display)} "
            about = tuple(sid for sid, matches in matchers if matches(p.display, folded))
            if about:
                quote = Quote(
                    source=p.source, start=p.start, end=p.end, text=p.text, section=p.section
                )
                out.append(Mention(quote=quote, via=("text",), about=about, how="named"))
    return out


def _name_matcher(obj: Actor | Initiative | Place) -> Callable[[str, str], bool]:
    """Whether a passage names ``obj``: its name or an alias, as whole words.

    The matcher takes the passage's display text, and that text normalized (see
    :func:`~binational.corpus.normalize`) between spaces.

    Case, accents, punctuation and spacing are ignored, but an acronym (an alias with a
    capital after its first letter: "ICE", "DoD", "U.S.") must match as written, lest
    "US" find "us".
    """
    folded: list[str] = []
    exact: list[re.Pattern[str]] = []
    for name in dict.fromkeys([obj.name, *obj.aliases]):
        if any(ch.isupper() for ch in name[1:]) and len(normalize(name)) <= 8:
            words = r"\s+".join(map(re.escape, name.split()))
            exact.append(re.compile(rf"(?<!\w){words}(?!\w)"))
        elif normalize(name):
            folded.append(f" {normalize(name)} ")

    def matches(display: str, normalized: str) -> bool:
        return any(n in normalized for n in folded) or any(x.search(display) for x in exact)

    return matches


def _referring_quotes(other: object, id: str) -> tuple[Quote, ...]:
    """The quotes of ``other`` that speak of the object ``id`` it refers to.

    An actor refers to another through its parent or an affiliation: the quotes of those
    links state the relation, so they name it. Any other object: its main quote.
    """
    if isinstance(other, Actor):
        links = [*((other.parent,) if other.parent else ()), *other.affiliations]
        quotes = tuple(q for link in links if link.actor == id for q in link.evidence)
        if quotes:
            return quotes
    evidence: tuple[Quote, ...] = getattr(other, "evidence", ())
    return evidence[:1]
