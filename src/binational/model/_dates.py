"""Dates as precise as the seeds state them: partial dates, datings, periods, timeframes."""

# No ``from __future__ import annotations`` here: the field types are evaluated once, as
# the classes are made, and the loader plans its structuring from them without eval.

import attrs

from binational.model._enums import Certainty, verbatim
from binational.model._text import Quote

__all__ = [
    "Dating",
    "PartialDate",
    "Period",
    "Timeframe",
    "days_in_month",
    "span_text",
]


def days_in_month(year: int, month: int) -> int:
    """The number of days of a month of the proleptic Gregorian calendar."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@attrs.frozen(kw_only=True)
class PartialDate:
    """A date known to the year, the month or the day (CSL ``date-parts``).

    It must be a real calendar date: the year is 1-9999, the month 1-12, and the day
    exists in that month (no 31 February; 29 February only in a leap year). Anything
    else raises :exc:`ValueError`.

    Partial dates are totally ordered by :attr:`sort_key`:

    >>> from binational import PartialDate
    >>> dates = [PartialDate(year=2021, month=10), PartialDate(year=2022), PartialDate(year=2021)]
    >>> [str(d) for d in sorted(dates)]
    ['2021', '2021-10', '2022']
    """

    year: int
    """The year (1-9999)."""
    month: int | None = None
    """The month (1-12), if known."""
    day: int | None = None
    """The day of the month, if known (requires ``month``)."""

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year must be 1-9999, not {self.year}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1-12, not {self.month}")
        if self.day is not None:
            if self.month is None:
                raise ValueError(f"day {self.day} needs a month")
            if not 1 <= self.day <= days_in_month(self.year, self.month):
                raise ValueError(f"{self.year:04d}-{self.month:02d} has no day {self.day}")

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """The key of the documented total order: ``(year, month or 0, day or 0)``.

        A partial date sorts at the start of the period it names and before every more
        precise date in that period: ``2021`` < ``2021-10`` < ``2021-10-05`` < ``2022``.
        """
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key <= other.sort_key

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key > other.sort_key

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key >= other.sort_key

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def parts(self) -> tuple[int, ...]:
        """The known parts, as CSL ``date-parts`` wants them: ``(2024, 6, 26)``."""
        return tuple(p for p in (self.year, self.month, self.day) if p is not None)


def span_text(
    date: PartialDate | None, end: PartialDate | None, *, fiscal: bool, open_ended: bool
) -> str:
    """A date or span as shown: ``2021-10``, ``2017–2018``, ``FY2026``, ``2009–``, ``undated``.

    ``fiscal``: the dates are U.S. fiscal years (``FY2026``); ``open_ended``: a start
    with no stated end (``2009–``). The one way events and timeline entries show dates.

    >>> span_text(PartialDate(year=2026), None, fiscal=True, open_ended=False)
    'FY2026'
    >>> span_text(PartialDate(year=2009), None, fiscal=False, open_ended=True)
    '2009–'
    """
    if date is None:
        return "undated"
    prefix = "FY" if fiscal else ""
    if end is not None:
        return f"{prefix}{date}–{prefix}{end}"
    return f"{prefix}{date}" + ("–" if open_ended else "")


@attrs.frozen(kw_only=True)
class Dating:
    """A date given to a document, stated by the text or inferred from it."""

    date: PartialDate
    """The date, as precise as the evidence allows and no more."""
    certainty: Certainty
    """``STATED`` if printed as such; ``INFERRED`` if reasoned from other text."""
    evidence: tuple[Quote, ...] = ()
    """Quotes the date is stated in or inferred from (required when inferred)."""
    note: str | None = None
    """How an inferred date was reasoned, in the encoders' words."""


@attrs.frozen(kw_only=True)
class Period:
    """The year(s) or fiscal year(s) a figure refers to."""

    start: int
    """First year covered."""
    end: int | None = None
    """Last year covered, if a span; None for a single year."""
    fiscal: bool = False
    """True for U.S. federal fiscal years (FY26 = ``Period(start=2026, fiscal=True)``)."""
    open_ended: bool = False
    """True for a span with a start and no stated end ("since 2021" =
    ``Period(start=2021, open_ended=True)``, shown ``2021–``); ``end`` is then None."""

    @property
    def sort_key(self) -> tuple[int, int, bool]:
        """The key of the documented total order: ``(start, end or start, fiscal)``.

        Periods sort by their first year, then their last (a single year before a span
        starting that year, an open span after every closed one), then calendar before
        fiscal years: ``2021`` < ``FY2021`` < ``2021-2023`` < ``2021–`` < ``2022``.

        >>> ps = [Period(start=2021, open_ended=True), Period(start=2021, end=2023),
        ...       Period(start=2021, fiscal=True), Period(start=2022), Period(start=2021)]
        >>> [str(p) for p in sorted(ps)]
        ['2021', 'FY2021', '2021-2023', '2021–', '2022']
        """
        last = self.start if not self.open_ended else 9999  # an open span: after all
        return (self.start, self.end if self.end is not None else last, self.fiscal)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key <= other.sort_key

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key > other.sort_key

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key >= other.sort_key

    def __str__(self) -> str:
        prefix = "FY" if self.fiscal else ""
        if self.open_ended and self.end is None:
            return f"{prefix}{self.start}–"
        if self.end is None or self.end == self.start:
            return f"{prefix}{self.start}"
        return f"{prefix}{self.start}-{prefix}{self.end}"


@attrs.frozen(kw_only=True)
class Timeframe:
    """When a recommendation is to be carried out, as the seed puts it."""

    text: str = attrs.field(metadata=verbatim())
    """The seed's words for the timeframe, e.g. ``within the first six to nine months``."""
    evidence: tuple[Quote, ...]
    """Quotes that state the timeframe."""
    start: PartialDate | None = None
    """Earliest date stated, if any ("Beginning in mid-2026" gives 2026)."""
    end: PartialDate | None = None
    """Latest date stated, if any."""
    fiscal: bool = False
    """True when ``start`` and ``end`` are U.S. federal fiscal years, given as years
    ("fiscal years (FYs) 2025 and 2026": start 2025, end 2026, fiscal)."""
