"""Divergences: where documents state different things about the same object."""

from __future__ import annotations

import calendar
import enum
import itertools
from collections.abc import Iterator
from decimal import Decimal
from typing import ClassVar, NamedTuple

import attrs

from binational.compare._args import corpus_arg
from binational.compare._base import (
    Record,
    Result,
    first_quote,
    make_cell,
    quote_text,
    short_id,
)
from binational.compare._figures import format_amount
from binational.corpus import Corpus
from binational.model import (
    Cell,
    Certainty,
    Event,
    EventKind,
    Figure,
    Initiative,
    InitiativeStatus,
    PartialDate,
    Qualifier,
    Quote,
    StatusClaim,
)

__all__ = [
    "Divergence",
    "Divergences",
    "Relation",
    "divergences",
]


class Relation(enum.Enum):
    """How two differing statements relate."""

    CONFLICT = "conflict"
    """The documents state different things about the same thing at the same time, in
    their own voice, and both cannot be true."""
    DIFFERENT_EVENTS = "different events"
    """The dates differ because they are dates of two different events."""
    DIFFERENT_TIMES = "different times"
    """The documents speak of different dates; the difference may be a change."""
    COMPATIBLE = "compatible"
    """The statements differ as printed but can both be true: one is less precise than
    the other ("more than 100,000" and "300,000"; "2008" and "October 2008")."""
    ATTRIBUTED = "attributed claim"
    """One side is a claim a document reports as someone else's
    (:attr:`Figure.claimed_by <binational.Figure.claimed_by>`), the other a value stated
    in a document's own voice or another's claim: the documents do not contradict each
    other."""
    UNDETERMINED = "undetermined"
    """The texts do not say enough to tell whether the statements clash: a document is
    undated, or its date is too coarse to place it before or after the other's."""


@attrs.frozen(kw_only=True)
class Divergence:
    """Two documents stating different things about the same object."""

    subject: Initiative | Figure
    """The initiative (or, for figures, the first figure) the statements are about."""
    aspect: str
    """What differs: ``date``, ``status``, ``status and event`` or ``value``."""
    relation: Relation
    """Whether it is a conflict, two different events or times, compatible statements,
    an attributed claim, or undetermined."""
    a_source: str
    """Id of the first document."""
    a_value: str
    """What the first document states."""
    a_evidence: tuple[Quote, ...]
    """Its quotes."""
    b_source: str
    """Id of the second document."""
    b_value: str
    """What the second document states."""
    b_evidence: tuple[Quote, ...]
    """Its quotes."""
    note: str
    """Why the relation is what it is."""


@attrs.frozen(kw_only=True)
class Divergences(Result[Divergence]):
    """Where documents state different things about the same object, both quotes shown.

    It iterates as its divergences; its table and its records have one row per
    divergence, both statements side by side.
    """

    rows: tuple[Divergence, ...]
    """Every divergence found."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "subject": "string",
        "aspect": "string",
        "relation": "string",
        "a_source": "string",
        "a_value": "string",
        "a_quote": "string",
        "a_quote_display": "string",
        "b_source": "string",
        "b_value": "string",
        "b_quote": "string",
        "b_quote_display": "string",
        "note": "string",
    }

    @property
    def _rows(self) -> tuple[Divergence, ...]:
        return self.rows

    @property
    def conflicts(self) -> tuple[Divergence, ...]:
        """The divergences that are conflicts."""
        return tuple(d for d in self.rows if d.relation is Relation.CONFLICT)

    def _record(self, d: Divergence, /) -> Record:
        return {
            "subject": d.subject.id,
            "aspect": d.aspect,
            "relation": d.relation.value,
            "a_source": d.a_source,
            "a_value": d.a_value,
            "a_quote": first_quote(d.a_evidence),
            "a_quote_display": quote_text(d.a_evidence, None),
            "b_source": d.b_source,
            "b_value": d.b_value,
            "b_quote": first_quote(d.b_evidence),
            "b_quote_display": quote_text(d.b_evidence, None),
            "note": d.note,
        }

    def _title(self) -> str:
        return "Divergences between documents"

    def _headers(self) -> list[str]:
        return ["subject", "aspect", "relation", "states (a)", "states (b)", "why"]

    def _cells(self, d: Divergence, /) -> list[Cell]:
        return [
            make_cell(d.subject.id),
            make_cell(d.aspect),
            make_cell(d.relation.value),
            make_cell(f"{short_id(d.a_source)}: {d.a_value}", d.a_evidence),
            make_cell(f"{short_id(d.b_source)}: {d.b_value}", d.b_evidence),
            make_cell(d.note),
        ]

    def _note(self) -> str:
        return (
            "Only a clash of two documents' own statements about the same thing at the same "
            "time is a conflict; different events or times, compatible values, attributed "
            "claims and what the texts leave undetermined are labelled as such."
        )


_FOUNDING = frozenset(
    {EventKind.ANNOUNCED, EventKind.SIGNED, EventKind.LAUNCHED, EventKind.ESTABLISHED}
)
_ENDING = frozenset({EventKind.ENDED, EventKind.REPLACED})
_RUNNING = frozenset(
    {InitiativeStatus.PROPOSED, InitiativeStatus.ANNOUNCED, InitiativeStatus.ACTIVE}
)


def divergences(*, corpus: Corpus | None = None) -> Divergences:
    """Where documents state different things about the same initiative or measure.

    Only statements of two different documents are compared, by these rules:

    - *dates* of an initiative's events: the same kind of event dated differently is a
      conflict, unless one date lies within the other (``2008`` and ``2008-10``:
      compatible); two founding events (*announced*, *signed*, *launched*,
      *established*) are different events;
    - *statuses* a seed gives an initiative, as of the seed's date: seeds of different
      dates speak of different times, of the same date they conflict, and an undated
      seed leaves it undetermined;
    - a *status and an event*: an initiative said to be proposed, announced or active as
      of a date after another document dates its end (or, proposed, after another dates
      its founding) is a conflict; before, different times; where a date is too coarse
      or missing to tell, undetermined;
    - *values* of figures coded with the same ``measure`` in the same unit: a claim a
      document reports as someone else's (``claimed_by``) is never a conflict with a
      document's own value (an attributed claim); values of different periods are
      different times; values whose stated bounds overlap ("more than 100,000" and
      "300,000"; "approximately" taken as the numbers that round to the value printed)
      are compatible; the rest conflict.

    >>> [(d.subject.id, d.relation.value) for d in divergences()][:1]
    [('merida-initiative', 'different events')]
    """
    c = corpus_arg(corpus)
    order = {s.id: i for i, s in enumerate(c.seeds)}
    dates = {s.id: s.issued.date if s.issued else None for s in c.seeds}
    out: list[Divergence] = []
    for i in c.initiatives:
        out += _event_dates(i, order)
        out += _statuses(i, order, dates)
        out += _statuses_and_events(i, order, dates)
    out += _values(c.figures.objects(), order)
    return Divergences(rows=tuple(out))


def _source(x: Event | StatusClaim) -> str:
    return x.evidence[0].source


def _event_dates(i: Initiative, order: dict[str, int]) -> Iterator[Divergence]:
    # A planned event is a proposal, not a dated fact to set against another.
    dated = [e for e in i.events if e.date is not None and not e.planned]
    for pair in itertools.combinations(dated, 2):
        x, y = sorted(pair, key=lambda e: order.get(_source(e), len(order)))
        sx, sy = _source(x), _source(y)
        if sx == sy or x.date == y.date or x.date is None or y.date is None:
            continue
        if x.kind is y.kind:
            if _within(x.date, y.date) or _within(y.date, x.date):
                rel = Relation.COMPATIBLE
                note = f"both date the {x.kind.value} event; one date lies within the other"
            elif Certainty.INFERRED in (x.certainty, y.certainty):
                rel = Relation.UNDETERMINED
                note = f"both date the {x.kind.value} event; a date inferred is not one stated"
            else:
                rel, note = Relation.CONFLICT, f"both date the {x.kind.value} event"
        elif x.kind in _FOUNDING and y.kind in _FOUNDING:
            rel = Relation.DIFFERENT_EVENTS
            note = f"{x.kind.value} and {y.kind.value} are different events"
        else:
            continue
        yield Divergence(
            subject=i,
            aspect="date",
            relation=rel,
            a_source=sx,
            a_value=f"{x.kind.value} {x.date}",
            a_evidence=x.evidence,
            b_source=sy,
            b_value=f"{y.kind.value} {y.date}",
            b_evidence=y.evidence,
            note=note,
        )


def _statuses(
    i: Initiative, order: dict[str, int], dates: dict[str, PartialDate | None]
) -> Iterator[Divergence]:
    for claims in itertools.combinations(i.statuses, 2):
        p, q = sorted(claims, key=lambda st: order.get(_source(st), len(order)))
        sp, sq = _source(p), _source(q)
        if sp == sq or p.status is q.status:
            continue
        dp, dq = dates.get(sp), dates.get(sq)
        if dp is None or dq is None:
            rel, note = Relation.UNDETERMINED, "a document's date is not known"
        elif dp == dq:
            rel, note = Relation.CONFLICT, "same document date"
        else:
            rel, note = Relation.DIFFERENT_TIMES, f"documents dated {dp} and {dq}"
        yield Divergence(
            subject=i,
            aspect="status",
            relation=rel,
            a_source=sp,
            a_value=p.status.value,
            a_evidence=p.evidence,
            b_source=sq,
            b_value=q.status.value,
            b_evidence=q.evidence,
            note=note,
        )


def _statuses_and_events(
    i: Initiative, order: dict[str, int], dates: dict[str, PartialDate | None]
) -> Iterator[Divergence]:
    for st in i.statuses:
        if st.status not in _RUNNING:
            continue
        ends = _ENDING | (_FOUNDING if st.status is InitiativeStatus.PROPOSED else frozenset())
        for e in i.events:
            if e.kind not in ends or e.date is None or e.planned or _source(e) == _source(st):
                continue
            as_of = dates.get(_source(st))
            after = "after" if e.kind in _ENDING else "after it was"
            if as_of is None:
                rel, note = Relation.UNDETERMINED, "the status's document is undated"
            elif _before(e.date, as_of):
                rel = Relation.CONFLICT
                note = f"{st.status.value} as of {as_of}, {after} {e.kind.value} in {e.date}"
            elif _before(as_of, e.date):
                rel = Relation.DIFFERENT_TIMES
                note = f"{st.status.value} as of {as_of}, before {e.kind.value} in {e.date}"
            else:
                rel = Relation.UNDETERMINED
                note = f"{as_of} and {e.date} cannot be ordered"
            a, b = sorted(
                (
                    (_source(st), st.status.value, st.evidence),
                    (_source(e), f"{e.kind.value} {e.date}", e.evidence),
                ),
                key=lambda side: order.get(side[0], len(order)),
            )
            yield Divergence(
                subject=i,
                aspect="status and event",
                relation=rel,
                a_source=a[0],
                a_value=a[1],
                a_evidence=a[2],
                b_source=b[0],
                b_value=b[1],
                b_evidence=b[2],
                note=note,
            )


# -- values ------------------------------------------------------------------------------


class _Bounds(NamedTuple):
    """The numbers a figure's statement allows: ``lo`` to ``hi`` (None: unbounded)."""

    lo: Decimal | None
    lo_open: bool
    hi: Decimal | None
    hi_open: bool


def _bounds(f: Figure) -> _Bounds:
    """The numbers a figure allows, by its qualifier (an approximation by its digits)."""
    a, top = f.amount, f.amount_max
    if f.qualifier is Qualifier.MORE_THAN:
        return _Bounds(a, True, None, False)
    if f.qualifier is Qualifier.AT_LEAST:
        return _Bounds(a, False, None, False)
    if f.qualifier is Qualifier.UP_TO:
        return _Bounds(None, False, a, False)
    if f.qualifier is Qualifier.RANGE and top is not None:
        return _Bounds(a, False, top, False)
    if f.qualifier is Qualifier.APPROXIMATELY:
        # The numbers that round to the value as printed, at its last non-zero digit.
        exponent = f.value.normalize().as_tuple().exponent
        half = Decimal(5).scaleb(int(exponent) - 1 + f.scale.exponent)
        return _Bounds(a - half, False, a + half, True)
    return _Bounds(a, False, a, False)


def _overlap(x: _Bounds, y: _Bounds) -> bool:
    """Whether some number satisfies both bounds."""

    def below(lo: Decimal | None, lo_open: bool, hi: Decimal | None, hi_open: bool) -> bool:
        if lo is None or hi is None:
            return True
        return lo < hi or (lo == hi and not lo_open and not hi_open)

    return below(x.lo, x.lo_open, y.hi, y.hi_open) and below(y.lo, y.lo_open, x.hi, x.hi_open)


def _shown(f: Figure) -> str:
    value = f"{f.qualifier.value} {format_amount(f.amount, f.unit)}"
    if f.amount_max is not None:
        value += f" to {format_amount(f.amount_max, f.unit)}"
    return value + (f" (claimed by {f.claimed_by})" if f.claimed_by else "")


def _values(figures: tuple[Figure, ...], order: dict[str, int]) -> Iterator[Divergence]:
    measures: dict[str, list[Figure]] = {}
    for f in figures:
        if f.measure is not None:
            measures.setdefault(f.measure, []).append(f)
    for measure, fs in measures.items():
        for pair in itertools.combinations(fs, 2):
            f, g = sorted(pair, key=lambda x: order.get(x.source, len(order)))
            if f.source == g.source or f.unit is not g.unit:
                continue
            if (f.amount, f.amount_max, f.qualifier) == (g.amount, g.amount_max, g.qualifier):
                continue
            note = f"both measure {measure}"
            if f.claimed_by != g.claimed_by:
                rel = Relation.ATTRIBUTED
                who = ", ".join(f"{x.claimed_by}'s claim" for x in (f, g) if x.claimed_by)
                note += f"; {who}, not a document's own value"
            elif f.period is not None and g.period is not None and f.period != g.period:
                rel = Relation.DIFFERENT_TIMES
                note += f" ({f.period} vs {g.period})"
            elif _overlap(_bounds(f), _bounds(g)):
                rel = Relation.COMPATIBLE
                note += "; both can be true"
            else:
                rel = Relation.CONFLICT
            yield Divergence(
                subject=f,
                aspect="value",
                relation=rel,
                a_source=f.source,
                a_value=_shown(f),
                a_evidence=f.evidence,
                b_source=g.source,
                b_value=_shown(g),
                b_evidence=g.evidence,
                note=note,
            )


# -- dates -------------------------------------------------------------------------------


def _span(d: PartialDate) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The first and last day a partial date may mean, as (year, month, day)."""
    if d.month is None:
        return (d.year, 1, 1), (d.year, 12, 31)
    if d.day is None:
        return (d.year, d.month, 1), (d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    return (d.year, d.month, d.day), (d.year, d.month, d.day)


def _within(inner: PartialDate, outer: PartialDate) -> bool:
    """Whether every day ``inner`` may mean lies in ``outer`` (2008-10 within 2008)."""
    (a, b), (c, d) = _span(inner), _span(outer)
    return c <= a and b <= d


def _before(x: PartialDate, y: PartialDate) -> bool:
    """Whether ``x`` ends before ``y`` begins, whatever days they mean."""
    return _span(x)[1] < _span(y)[0]
