"""Timeline: every dated event, status and document date of the seeds, in order."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import ClassVar

import attrs

from binational.compare._args import corpus_arg, ids_arg, linked_ids, seeds_arg
from binational.compare._base import (
    Record,
    Result,
    first_quote,
    make_cell,
    quote_text,
    short_id,
)
from binational.corpus import Corpus
from binational.model import Cell, Certainty, PartialDate, Quote, Source

__all__ = [
    "EntryKind",
    "Timeline",
    "TimelineEntry",
    "timeline",
]


class EntryKind(enum.Enum):
    """What a timeline entry records."""

    DOCUMENT = "document"
    """A document's date of issue (a seed or a work it cites)."""
    EVENT = "event"
    """A dated step in an initiative's life."""
    STATUS = "status"
    """An initiative's status, as of the date of the seed that states it."""


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One dated (or undated) entry of the timeline."""

    date: PartialDate | None
    """When; None for an undated event."""
    certainty: Certainty
    """Whether the date is stated, or inferred (a document dated by inference, a status
    dated by the seed that states it)."""
    kind: EntryKind
    """What the entry records."""
    subject: str
    """Id of the document or initiative the entry is about."""
    label: str
    """What happened, in a few words."""
    source: str
    """Id of the seed the entry is read from."""
    evidence: tuple[Quote, ...]
    """The quotes it is read from."""
    about: tuple[str, ...] = ()
    """Ids of the other entities an event concerns: its actors."""


_KIND_RANK = {EntryKind.DOCUMENT: 0, EntryKind.EVENT: 1, EntryKind.STATUS: 2}


@attrs.frozen(kw_only=True)
class Timeline(Result[TimelineEntry]):
    """Every dated event, status and document date across the seeds, in order.

    Order: by :attr:`PartialDate.sort_key <binational.PartialDate.sort_key>` (a partial
    date at the start of the period it names, before more precise dates in it: "2021"
    before "October 2021"), then documents before events before statuses, then seed order,
    then subject id. Undated events are kept in :attr:`undated`, not dropped.

    It iterates as its dated entries (its length is their number); its table and its
    records list every entry, the dated ones first, then the undated (date null).
    """

    entries: tuple[TimelineEntry, ...]
    """The dated entries, in order."""
    undated: tuple[TimelineEntry, ...]
    """Entries without a date, in corpus order."""
    seeds: tuple[str, ...]
    """The seeds whose entries are kept."""
    about: tuple[str, ...] | None = None
    """The subjects kept, if that filter was given."""
    linked: tuple[str, ...] = ()
    """The ids reached from ``about`` by ``include_children`` or ``include_related``,
    whose entries were kept too."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "date": "string",
        "year": "Int64",
        "month": "Int64",
        "day": "Int64",
        "certainty": "string",
        "kind": "string",
        "subject": "string",
        "label": "string",
        "source": "string",
        "quote": "string",
        "quote_display": "string",
    }

    @property
    def _rows(self) -> tuple[TimelineEntry, ...]:
        return self.entries

    @property
    def _listed(self) -> tuple[TimelineEntry, ...]:
        return (*self.entries, *self.undated)

    def _record(self, e: TimelineEntry, /) -> Record:
        return {
            "date": str(e.date) if e.date else None,
            "year": e.date.year if e.date else None,
            "month": e.date.month if e.date else None,
            "day": e.date.day if e.date else None,
            "certainty": e.certainty.value,
            "kind": e.kind.value,
            "subject": e.subject,
            "label": e.label,
            "source": e.source,
            "quote": first_quote(e.evidence),
            "quote_display": quote_text(e.evidence, None),
        }

    def _title(self) -> str:
        return "Timeline"

    def _headers(self) -> list[str]:
        return ["date", "kind", "what", "date is", "document"]

    def _cells(self, e: TimelineEntry, /) -> list[Cell]:
        return [
            make_cell(str(e.date) if e.date else "undated", empty=e.date is None),
            make_cell(e.kind.value),
            make_cell(e.label, e.evidence),
            make_cell(e.certainty.value),
            make_cell(short_id(e.source)),
        ]

    def _note(self) -> str:
        return (
            "Partial dates sort at the start of their period; statuses are dated by the "
            "document that states them."
        )


def timeline(
    *,
    seeds: Iterable[str | Source] | None = None,
    about: Iterable[str] | None = None,
    include_children: bool = False,
    include_related: bool = False,
    corpus: Corpus | None = None,
) -> Timeline:
    """Every dated event, status and document date of ``seeds``, in a documented order.

    ``about`` keeps entries whose subject is one of the given ids, and events that name
    one of them among their actors; with ``include_children`` also those of their parts
    (the sections of a statute, the agencies of a department, at any depth), with
    ``include_related`` of the actors that belong to or act for them (see
    :meth:`Corpus.linked <binational.Corpus.linked>`).

    >>> t = timeline(about=["merida-initiative"])
    >>> [(str(e.date), e.label) for e in t][:2]
    [('2007', 'Mérida Initiative announced'), ('2008', 'Mérida Initiative signed')]
    """
    c = corpus_arg(corpus)
    docs = seeds_arg(c, seeds)
    wanted = {s.id for s in docs}
    order = {s.id: i for i, s in enumerate(c.seeds)}
    keep = ids_arg(c, about, "about")
    reached = linked_ids(
        c, keep or (), include_children=include_children, include_related=include_related
    )
    entries: list[TimelineEntry] = []
    for s in c.sources:
        if s.issued is None:
            continue
        quotes = s.issued.evidence or s.evidence[:1]
        seed = s.id if s.seed is not None else quotes[0].source
        entries.append(
            TimelineEntry(
                date=s.issued.date,
                certainty=s.issued.certainty,
                kind=EntryKind.DOCUMENT,
                subject=s.id,
                label=f"{s.title} issued",
                source=seed,
                evidence=quotes,
            )
        )
    seed_dates = {s.id: s.issued for s in c.seeds}
    for i in c.initiatives:
        entries.extend(
            TimelineEntry(
                date=e.date,
                certainty=Certainty.STATED,
                kind=EntryKind.EVENT,
                subject=i.id,
                label=f"{i.name} {e.kind.value}",
                source=e.evidence[0].source,
                evidence=e.evidence,
                about=e.actors,
            )
            for e in i.events
        )
        for st in i.statuses:
            sid = st.evidence[0].source
            dating = seed_dates.get(sid)
            entries.append(
                TimelineEntry(
                    date=dating.date if dating else None,
                    certainty=Certainty.INFERRED,
                    kind=EntryKind.STATUS,
                    subject=i.id,
                    label=f"{i.name}: {st.status.value}",
                    source=sid,
                    evidence=st.evidence,
                )
            )
    kept = set(reached)
    entries = [
        e
        for e in entries
        if e.source in wanted
        and (keep is None or e.subject in kept or not kept.isdisjoint(e.about))
    ]
    dated = sorted(
        (e for e in entries if e.date is not None),
        key=lambda e: (
            e.date.sort_key if e.date else (0, 0, 0),
            _KIND_RANK[e.kind],
            order.get(e.source, 0),
            e.subject,
        ),
    )
    undated = tuple(e for e in entries if e.date is None)
    return Timeline(
        entries=tuple(dated),
        undated=undated,
        seeds=tuple(s.id for s in docs),
        about=keep,
        linked=tuple(i for i in reached if i not in (keep or ())),
    )
