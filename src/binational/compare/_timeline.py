"""Timeline: every dated event, status, document, figure and recommendation, in order."""

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
from binational.model import (
    Cell,
    Certainty,
    Event,
    Figure,
    PartialDate,
    Period,
    Quote,
    Recommendation,
    Source,
    Timeframe,
    display_text,
    span_text,
)

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
    """A step in an initiative's or an actor's life, done or planned."""
    STATUS = "status"
    """An initiative's status *as of* the date of the seed that states it: not the date
    the status began (the Mérida Initiative was replaced in October 2021; Orion's
    "replaced" is dated by Orion, 30 June 2026)."""
    RECOMMENDATION = "recommendation"
    """A recommended action, at the start of the timeframe its seed gives it (planned)."""
    FIGURE = "figure"
    """A quantity a seed gives for a calendar year or span, closed or open ("since 2009").
    The budget lines of a fiscal year are left to :func:`~binational.compare.figures`;
    the budgets themselves are events dated by their fiscal year."""


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One dated (or undated) entry of the timeline."""

    date: PartialDate | None
    """When (the start of a period); None for an undated event."""
    certainty: Certainty
    """Whether the date is stated, or inferred (a document or event dated by inference, a
    status dated by the seed that states it)."""
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
    end: PartialDate | None = None
    """The end of a period an event spans; None for a point in time."""
    planned: bool = False
    """True for an event the seed proposes, plans or expects, not one that happened."""
    about: tuple[str, ...] = ()
    """Ids of the other entities an event concerns: its actors and what it is about."""
    fiscal: bool = False
    """True when ``date`` and ``end`` are U.S. federal fiscal years (``date`` 2026 is
    FY2026, 1 October 2025 to 30 September 2026)."""
    open_ended: bool = False
    """True for a period with a start and no stated end ("since 2009")."""

    @property
    def when(self) -> str:
        """The date as shown: ``2021-10``, ``2017–2018``, ``FY2026``, ``2009–``, ``undated``.

        >>> from binational import PartialDate
        >>> from binational.model import Certainty
        >>> e = TimelineEntry(date=PartialDate(year=2026), certainty=Certainty.STATED,
        ...     kind=EntryKind.EVENT, subject="x", label="x", source="x", evidence=(),
        ...     fiscal=True)
        >>> e.when, attrs.evolve(e, fiscal=False, open_ended=True).when
        ('FY2026', '2026–')
        """
        return span_text(self.date, self.end, fiscal=self.fiscal, open_ended=self.open_ended)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """The date's place in the timeline, as ``(year, month, day)``.

        A partial date sorts at the start of the period it names, a fiscal year at its
        first day (FY2026 at 1 October 2025); an undated entry is ``(0, 0, 0)``.
        """
        if self.date is None:
            return (0, 0, 0)
        if self.fiscal:
            return (self.date.year - 1, 10, 1)
        return self.date.sort_key


_KIND_RANK = {
    EntryKind.DOCUMENT: 0,
    EntryKind.EVENT: 1,
    EntryKind.FIGURE: 2,
    EntryKind.STATUS: 3,
    EntryKind.RECOMMENDATION: 4,
}


@attrs.frozen(kw_only=True)
class Timeline(Result[TimelineEntry]):
    """Every dated event, status, document, figure and recommendation of the seeds, in order.

    Order: by :attr:`TimelineEntry.sort_key` (a partial date at the start of the period
    it names, before more precise dates in it: "2021" before "October 2021"; a fiscal
    year at its first day: FY2026 with 1 October 2025), then documents, events,
    figures, statuses, recommendations, then seed order, then subject id. Undated events
    (and recommendations whose timeframe has no date) are kept in :attr:`undated`, not
    dropped.

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
        "end": "string",
        "fiscal": "boolean",
        "open_ended": "boolean",
        "when": "string",
        "planned": "boolean",
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
            "end": str(e.end) if e.end else None,
            "fiscal": e.fiscal,
            "open_ended": e.open_ended,
            "when": e.when,
            "planned": e.planned,
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
            make_cell(e.when, empty=e.date is None),
            make_cell("planned" if e.planned else e.kind.value),
            make_cell(e.label, e.evidence),
            make_cell(e.certainty.value),
            make_cell(short_id(e.source)),
        ]

    def _note(self) -> str:
        return (
            "Partial dates sort at the start of their period, a fiscal year (FY) at its "
            "first day, 1 October of the year before; 2009– is a period with no stated "
            "end; a status is dated by the document that states it (as of that date), not "
            "by when it began."
        )


def _recommendation_entry(r: Recommendation, tf: Timeframe) -> TimelineEntry:
    about = (*r.addressees, *r.participants, *r.places, *r.builds_on)
    return TimelineEntry(
        date=tf.start,
        certainty=Certainty.STATED,
        kind=EntryKind.RECOMMENDATION,
        subject=r.id,
        label=f"{r.summary} (recommended: {display_text(tf.text)})",
        source=r.source,
        evidence=(*r.evidence[:1], *tf.evidence),
        end=tf.end if tf.end != tf.start else None,
        planned=True,
        fiscal=tf.fiscal,
        about=tuple(dict.fromkeys((*([r.lead] if r.lead else []), *about))),
    )


def _figure_entry(f: Figure, p: Period) -> TimelineEntry:
    return TimelineEntry(
        date=PartialDate(year=p.start),
        certainty=Certainty.STATED,
        kind=EntryKind.FIGURE,
        subject=f.id,
        label=f.subject,
        source=f.source,
        evidence=f.evidence,
        end=PartialDate(year=p.end) if p.end is not None and p.end != p.start else None,
        about=f.about,
        open_ended=p.open_ended,
    )


def _event_entry(subject: str, name: str, e: Event) -> TimelineEntry:
    what = e.summary or f"{name} {e.kind.value.replace('-', ' ')}"
    return TimelineEntry(
        date=e.date,
        certainty=e.certainty,
        kind=EntryKind.EVENT,
        subject=subject,
        label=f"{what} (planned)" if e.planned else what,
        source=e.evidence[0].source,
        evidence=e.evidence,
        end=e.end,
        planned=e.planned,
        about=tuple(dict.fromkeys((*e.actors, *e.about))),
        fiscal=e.fiscal,
        open_ended=e.open_ended,
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

    Listed: documents' dates of issue; events of initiatives and of actors (done or
    planned); each status at the date of the seed that states it, labelled "as of" that
    date; figures given for a calendar year or span; and recommendations at the timeframe
    their seed gives them. ``about`` keeps entries whose subject is one of the given ids,
    and entries that concern one of them (an event's actors and what it is about, a
    figure's ``about``, a recommendation's addressees, places and what it builds on).
    With ``include_children`` ``about`` also keeps the entries of their parts (the
    sections of a statute, the agencies of a department, at any depth), with
    ``include_related`` those of the actors that belong to or act for them (see
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
    for a in c.actors:
        entries.extend(_event_entry(a.id, a.name, e) for e in a.events)
    entries.extend(
        _figure_entry(f, f.period)
        for f in c.figures
        if f.period is not None and not f.period.fiscal
    )
    entries.extend(_recommendation_entry(r, r.timeframe) for r in c.recommendations if r.timeframe)
    for i in c.initiatives:
        entries.extend(_event_entry(i.id, i.name, e) for e in i.events)
        for st in i.statuses:
            sid = st.evidence[0].source
            dating = seed_dates.get(sid)
            entries.append(
                TimelineEntry(
                    date=dating.date if dating else None,
                    certainty=Certainty.INFERRED,
                    kind=EntryKind.STATUS,
                    subject=i.id,
                    label=f"{i.name}: {st.status.value}, as of the document's date",
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
            e.sort_key,
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
