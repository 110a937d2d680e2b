"""Divergences: where documents state different things about the same object."""

from __future__ import annotations

import enum
import itertools
from typing import ClassVar

import attrs

from binational.compare._args import corpus_arg
from binational.compare._base import Record, Result, first_quote, make_cell, short_id
from binational.compare._figures import format_amount
from binational.corpus import Corpus
from binational.model import Cell, EventKind, Figure, Initiative, Quote

__all__ = [
    "Divergence",
    "Divergences",
    "Relation",
    "divergences",
]


class Relation(enum.Enum):
    """How two differing statements relate."""

    CONFLICT = "conflict"
    """The documents state different things about the same thing at the same time."""
    DIFFERENT_EVENTS = "different events"
    """The dates differ because they are dates of two different events."""
    DIFFERENT_TIMES = "different times"
    """The documents speak at different dates; the difference may be a change."""


@attrs.frozen(kw_only=True)
class Divergence:
    """Two documents stating different things about the same object."""

    subject: Initiative | Figure
    """The initiative (or, for figures, the first figure) the statements are about."""
    aspect: str
    """What differs: ``date``, ``status`` or ``value``."""
    relation: Relation
    """Whether it is a conflict, two different events, or two different times."""
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
        "b_source": "string",
        "b_value": "string",
        "b_quote": "string",
        "note": "string",
    }

    @property
    def _rows(self) -> tuple[Divergence, ...]:
        return self.rows

    def _record(self, d: Divergence, /) -> Record:
        return {
            "subject": d.subject.id,
            "aspect": d.aspect,
            "relation": d.relation.value,
            "a_source": d.a_source,
            "a_value": d.a_value,
            "a_quote": first_quote(d.a_evidence),
            "b_source": d.b_source,
            "b_value": d.b_value,
            "b_quote": first_quote(d.b_evidence),
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
        return "Two different events or times are labelled as such, not counted as conflicts."


_FOUNDING = frozenset(
    {EventKind.ANNOUNCED, EventKind.SIGNED, EventKind.LAUNCHED, EventKind.ESTABLISHED}
)


def divergences(*, corpus: Corpus | None = None) -> Divergences:
    """Where documents state different things about the same initiative or measure.

    Compared: the dates of an initiative's events (the same kind of event → a conflict;
    two founding events such as *announced* and *signed* → two different events), the
    statuses seeds give an initiative (seeds of different dates → different times), and
    figures coded with the same ``measure``.

    >>> [(d.subject.id, d.relation.value) for d in divergences()][:1]
    [('merida-initiative', 'different events')]
    """
    c = corpus_arg(corpus)
    order = {s.id: i for i, s in enumerate(c.seeds)}
    dates = {s.id: s.issued.date if s.issued else None for s in c.seeds}
    out: list[Divergence] = []
    for i in c.initiatives:
        dated = [e for e in i.events if e.date is not None]
        for pair in itertools.combinations(dated, 2):
            x, y = sorted(pair, key=lambda e: order[e.evidence[0].source])
            sx, sy = x.evidence[0].source, y.evidence[0].source
            if sx == sy or x.date == y.date:
                continue
            if x.kind is y.kind:
                rel, note = Relation.CONFLICT, f"both date the {x.kind.value} event"
            elif x.kind in _FOUNDING and y.kind in _FOUNDING:
                rel = Relation.DIFFERENT_EVENTS
                note = f"{x.kind.value} and {y.kind.value} are different events"
            else:
                continue
            out.append(
                Divergence(
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
            )
        for claims in itertools.combinations(i.statuses, 2):
            p, q = sorted(claims, key=lambda st: order[st.evidence[0].source])
            sp, sq = p.evidence[0].source, q.evidence[0].source
            if sp == sq or p.status is q.status:
                continue
            same_time = dates[sp] == dates[sq]
            out.append(
                Divergence(
                    subject=i,
                    aspect="status",
                    relation=Relation.CONFLICT if same_time else Relation.DIFFERENT_TIMES,
                    a_source=sp,
                    a_value=p.status.value,
                    a_evidence=p.evidence,
                    b_source=sq,
                    b_value=q.status.value,
                    b_evidence=q.evidence,
                    note="same document date"
                    if same_time
                    else f"documents dated {dates[sp]} and {dates[sq]}",
                )
            )
    measures: dict[str, list[Figure]] = {}
    for f in c.figures:
        if f.measure is not None:
            measures.setdefault(f.measure, []).append(f)
    for measure, fs in measures.items():
        for f, g in itertools.combinations(fs, 2):
            if f.source == g.source or (f.amount == g.amount and f.unit is g.unit):
                continue
            periods_differ = f.period is not None and g.period is not None and f.period != g.period
            out.append(
                Divergence(
                    subject=f,
                    aspect="value",
                    relation=Relation.DIFFERENT_TIMES if periods_differ else Relation.CONFLICT,
                    a_source=f.source,
                    a_value=f"{f.qualifier.value} {format_amount(f.amount, f.unit)}",
                    a_evidence=f.evidence,
                    b_source=g.source,
                    b_value=f"{g.qualifier.value} {format_amount(g.amount, g.unit)}",
                    b_evidence=g.evidence,
                    note=f"both measure {measure}"
                    + (f" ({f.period} vs {g.period})" if periods_differ else ""),
                )
            )
    return Divergences(rows=tuple(out))
