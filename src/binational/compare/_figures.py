"""Figures: quantitative facts side by side, values normalised to one number each."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import ClassVar

import attrs

from binational.compare._args import (
    corpus_arg,
    enum_arg,
    ids_arg,
    linked_ids,
    objects_arg,
    seeds_arg,
)
from binational.compare._base import (
    Record,
    Result,
    first_quote,
    make_cell,
    quote_text,
    short_id,
)
from binational.corpus import Corpus
from binational.model import Cell, Direction, Figure, Period, Source, Unit

__all__ = [
    "FigureRow",
    "FigureTable",
    "figures",
    "format_amount",
]


@attrs.frozen(kw_only=True)
class FigureRow:
    """A figure with its value normalised to one number."""

    figure: Figure
    """The figure."""

    @property
    def amount(self) -> Decimal:
        """Value × scale, exactly (``Decimal("43800000000")`` for "$43.8 billion")."""
        return self.figure.amount

    @property
    def amount_max(self) -> Decimal | None:
        """High end of a range, × scale, exactly."""
        return self.figure.amount_max

    @property
    def signed_amount(self) -> Decimal:
        """The amount, negative for a stated decrease (for plotting changes)."""
        return -self.amount if self.figure.direction is Direction.DECREASE else self.amount


def format_amount(value: Decimal, unit: Unit) -> str:
    """An amount as a reader writes it: ``$43.8 billion``, ``12%``, ``2,500 km``."""
    if unit is Unit.USD:
        for factor, word in ((10**9, "billion"), (10**6, "million")):
            if abs(value) >= factor:
                return f"${value / factor:,.4g} {word}"
        return f"${value:,.0f}"
    if unit is Unit.PERCENT:
        return f"{value:g}%"
    return f"{value:,.10g} {unit.value}" if unit is not Unit.COUNT else f"{value:,.10g}"


@attrs.frozen(kw_only=True)
class FigureTable(Result[FigureRow]):
    """Figures side by side, values normalised (value × scale, with the unit).

    It iterates as its rows; its table and its records have one row per figure. Amounts
    are exact (:class:`~decimal.Decimal`) in the rows and the records; ``to_frame()``
    holds them as floats, for computing.
    """

    rows: tuple[FigureRow, ...]
    """The figures, in corpus order."""
    about: tuple[str, ...] | None = None
    """The ids figures were kept for being about, if that filter was given."""
    linked: tuple[str, ...] = ()
    """The ids reached from ``about`` by ``include_children`` or ``include_related``,
    whose figures were kept too."""
    measure: str | None = None
    """The measure kept, if given."""
    unit: Unit | None = None
    """The unit kept, if given."""
    direction: Direction | None = None
    """The direction kept, if given."""
    fiscal_year: int | None = None
    """The fiscal year kept, if given."""
    seeds: tuple[str, ...] | None = None
    """The seeds kept, if given."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "figure": "string",
        "source": "string",
        "subject": "string",
        "amount": "Float64",  # exact in records(); a DataFrame is for computing
        "amount_max": "Float64",
        "signed_amount": "Float64",
        "unit": "string",
        "qualifier": "string",
        "direction": "string",
        "period": "string",
        "fiscal": "boolean",
        "about": "string",
        "measure": "string",
        "claimed_by": "string",
        "quote": "string",
        "quote_display": "string",
    }

    @property
    def _rows(self) -> tuple[FigureRow, ...]:
        return self.rows

    def _record(self, r: FigureRow, /) -> Record:
        f = r.figure
        return {
            "figure": f.id,
            "source": f.source,
            "subject": f.subject,
            "amount": r.amount,
            "amount_max": r.amount_max,
            "signed_amount": r.signed_amount,
            "unit": f.unit.value,
            "qualifier": f.qualifier.value,
            "direction": f.direction.value if f.direction else None,
            "period": str(f.period) if f.period else None,
            "fiscal": f.period.fiscal if f.period else None,
            "about": ", ".join(f.about),
            "measure": f.measure,
            "claimed_by": f.claimed_by,
            "quote": first_quote(f.evidence),
            "quote_display": quote_text(f.evidence, None),
        }

    def _title(self) -> str:
        return "Figures"

    def _headers(self) -> list[str]:
        return ["subject", "amount", "qualifier", "direction", "period", "claimed by", "document"]

    def _cells(self, r: FigureRow, /) -> list[Cell]:
        f = r.figure
        amount = format_amount(r.amount, f.unit)
        if r.amount_max is not None:
            amount += f" to {format_amount(r.amount_max, f.unit)}"
        return [
            make_cell(f.subject, f.evidence),
            make_cell(amount),
            make_cell(f.qualifier.value),
            make_cell(f.direction.value if f.direction else ""),
            make_cell(str(f.period) if f.period else ""),
            make_cell(f.claimed_by or ""),
            make_cell(short_id(f.source)),
        ]

    def _note(self) -> str:
        return (
            "Amounts are value × scale as printed; a decrease is a stated cut; a figure "
            "claimed by someone is a claim the document reports, not its own value."
        )


def figures(
    figures: Iterable[str | Figure] | None = None,
    *,
    about: Iterable[str] | None = None,
    include_children: bool = False,
    include_related: bool = False,
    measure: str | None = None,
    unit: Unit | str | None = None,
    direction: Direction | str | None = None,
    fiscal_year: int | None = None,
    seeds: Iterable[str | Source] | None = None,
    corpus: Corpus | None = None,
) -> FigureTable:
    """Figures side by side, filtered; values normalised to one number each.

    ``about`` keeps figures about any of the given ids; with ``include_children`` also
    figures about their parts (the agencies of a department, at any depth), with
    ``include_related`` about the actors that belong to or act for them (see
    :meth:`Corpus.linked <binational.Corpus.linked>`). ``measure`` keeps figures coded
    with that measure (:attr:`Figure.measure <binational.Figure.measure>`);
    ``fiscal_year`` keeps figures of that U.S. fiscal year. The FY26 budget changes by
    department:

    >>> t = figures(about=["us-dhs", "us-dod", "us-doj", "us-state-department"],
    ...             unit="USD", direction="increase", fiscal_year=2026)
    >>> [(r.figure.about[0], r.amount) for r in t][:2]
    [('us-dhs', Decimal('43800000000')), ('us-dod', Decimal('113300000000'))]
    """
    c = corpus_arg(corpus)
    chosen = list(c.figures) if figures is None else objects_arg(c, figures, Figure, "figures")
    keys = ids_arg(c, about, "about")
    reached = linked_ids(
        c, keys or (), include_children=include_children, include_related=include_related
    )
    if keys is not None:
        chosen = [f for f in chosen if set(reached) & set(f.about)]
    if measure is not None:
        if not isinstance(measure, str):
            raise TypeError(f"measure must be a str, not {type(measure).__name__}")
        chosen = [f for f in chosen if f.measure == measure]
    u = None if unit is None else enum_arg(Unit, unit, "unit")
    if u is not None:
        chosen = [f for f in chosen if f.unit is u]
    d = None if direction is None else enum_arg(Direction, direction, "direction")
    if d is not None:
        chosen = [f for f in chosen if f.direction is d]
    if fiscal_year is not None:
        if not isinstance(fiscal_year, int) or isinstance(fiscal_year, bool):
            raise TypeError("fiscal_year must be an int, e.g. 2026")
        chosen = [
            f for f in chosen if f.period and f.period.fiscal and _covers(f.period, fiscal_year)
        ]
    kept = None
    if seeds is not None:
        kept = tuple(s.id for s in seeds_arg(c, seeds))
        chosen = [f for f in chosen if f.source in kept]
    return FigureTable(
        rows=tuple(FigureRow(figure=f) for f in dict.fromkeys(chosen)),
        about=keys,
        linked=tuple(i for i in reached if i not in (keys or ())),
        measure=measure,
        unit=u,
        direction=d,
        fiscal_year=fiscal_year,
        seeds=kept,
    )


def _covers(p: Period, year: int) -> bool:
    if p.open_ended:  # "since 2021": every year from its start
        return p.start <= year
    return p.start <= year <= (p.end if p.end is not None else p.start)
