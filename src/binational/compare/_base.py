"""What every comparison result shares: the generic result, cell statuses, cell helpers.

A view is a frozen attrs class deriving from ``Result[Row]`` that supplies only what
differs from view to view: the field that holds its rows (:attr:`Result._rows`), how a
row becomes a record (:meth:`Result._record`), and its table's title, headers, cells
and note. Iteration, length, indexing, ``records()``, ``columns``, ``table()`` and the
text, Markdown and DataFrame forms are written once, here. Results know no view: they
describe themselves as a :class:`~binational.model.Table`, which the renderers
registered by :mod:`binational.views` draw.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeAlias, overload

from binational.corpus import require_pandas
from binational.model import Cell, Displayed, Quote, Source, Table, display_text, render

if TYPE_CHECKING:
    import pandas as pd
    from typing_extensions import TypeVar

    # A bare ``Result`` (any result, as the command line holds one) means Result[Any].
    # Defaults of type variables (PEP 696) reach the typing module in Python 3.13.
    Row = TypeVar("Row", default=Any)
else:
    Row = typing.TypeVar("Row")

__all__ = [
    "Record",
    "Result",
    "Row",
    "Status",
    "Value",
    "first_quote",
    "make_cell",
    "quote_text",
    "short_id",
    "short_label",
]

Value: TypeAlias = str | int | float | Decimal | bool | None
"""A value of a record: an id, a code, a text, a number (an amount exact, as a
:class:`~decimal.Decimal`), a flag, or None for none."""

Record: TypeAlias = dict[str, Value]
"""One plain record of :meth:`Result.records`, keyed by column name."""


class Status(enum.Enum):
    """Why a cell holds what it holds: coded, or the reason it is empty."""

    CODED = "coded"
    """The cell is coded, with quotes."""
    NOT_ADDRESSED = "not addressed"
    """The document does not address the dimension (a position says so)."""
    NOT_ASSESSED = "not assessed"
    """The option's seed does not speak to the criterion."""
    NOT_CHARACTERISED = "not characterised"
    """The document mentions the actor but portrays it in none of the coded ways."""
    NOT_MENTIONED = "not mentioned"
    """The document does not mention the actor."""
    NOT_CODED = "not coded"
    """Not coded in this corpus: an actor whose characterisations were not coded (see
    the codebook), or a seed of a hand-built corpus without a position."""
    SILENT = "silent"
    """The document recommends nothing in this theme."""
    REPORTED = "reported"
    """The document recommends nothing in this theme itself, but reports recommendations
    others made in it (a task force's, say)."""


class Result(Displayed, Generic[Row]):
    """What every result shares: rows, records, and text, HTML, Markdown and DataFrame views.

    A result iterates as its rows, its length is their number, and ``result[i]`` is
    the row at ``i`` (a slice gives a tuple of rows). Each result's description says
    what its rows are, and what the rows of its table and its records are.
    """

    __slots__ = ()

    _frame_dtypes: ClassVar[dict[str, str]] = {}
    """The columns of the records, in order, with their pandas dtypes."""

    # What each view supplies.

    @property
    def _rows(self) -> tuple[Row, ...]:
        """The rows the result iterates as: the view's field that holds them."""
        raise NotImplementedError

    @property
    def _listed(self) -> tuple[Row, ...]:
        """The rows its table and records list: its rows, unless a view lists more."""
        return self._rows

    def _record(self, row: Row, /) -> Record:
        """One row as a plain record."""
        raise NotImplementedError

    def _records(self, row: Row, /) -> Iterable[Record]:
        """The records of one row: its record, unless a view makes several of a row."""
        return (self._record(row),)

    def _title(self) -> str:
        """What the table shows."""
        raise NotImplementedError

    def _headers(self) -> Sequence[str]:
        """The table's column headers."""
        raise NotImplementedError

    def _cells(self, row: Row, /) -> Sequence[Cell]:
        """One row of the table, as long as the headers."""
        raise NotImplementedError

    def _grid(self) -> Iterable[Sequence[Cell]]:
        """The table's rows: one per listed row, unless a view lays its rows out anew."""
        return (self._cells(row) for row in self._listed)

    def _note(self) -> str | None:
        """A line under the table: how to read it."""
        return None

    # What every result has.

    def __iter__(self) -> Iterator[Row]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Row, ...]: ...

    def __getitem__(self, index: int | slice) -> Row | tuple[Row, ...]:
        return self._rows[index]

    @property
    def columns(self) -> tuple[str, ...]:
        """The names of the fields of :meth:`records` (the columns of :meth:`to_frame`)."""
        return tuple(self._frame_dtypes)

    def records(self) -> list[Record]:
        """The result as plain records (ids, numbers, enum values): what ``to_frame`` holds."""
        return [record for row in self._listed for record in self._records(row)]

    def table(self) -> Table:
        """The result as a table of cells, the quotes behind each (the one rendered shape)."""
        return Table(
            title=self._title(),
            columns=tuple(self._headers()),
            rows=tuple(tuple(cells) for cells in self._grid()),
            note=self._note(),
        )

    def __str__(self) -> str:
        # print(result): the whole table fitted to the terminal (80 columns in Jupyter).
        return render("text", self, fit=True)

    def to_text(self, *, width: int = 40, ascii: bool = False) -> str:
        """The result as a text table, cells wrapped at ``width`` (ASCII borders if asked)."""
        return render("text", self, width=width, ascii=ascii)

    def to_markdown(self) -> str:
        """The result as a Markdown table."""
        return render("markdown", self)

    def to_frame(self) -> pd.DataFrame:
        """The result as a pandas DataFrame: one row per record, typed columns.

        Requires pandas (``pip install 'binational[pandas]'``).
        """
        require_pandas()
        import pandas as pd

        frame = pd.DataFrame.from_records(self.records(), columns=list(self._frame_dtypes))
        return frame.astype(self._frame_dtypes)


def make_cell(text: str, quotes: Sequence[Quote] = (), *, empty: bool = False) -> Cell:
    """A table cell: its text, the quotes behind it, and whether it says why it is empty."""
    return Cell(text=text, quotes=tuple(quotes), empty=empty)


def first_quote(quotes: Sequence[Quote]) -> str | None:
    """The first quote verbatim, for records (tables show :func:`quote_text`)."""
    return quotes[0].text if quotes else None


def quote_text(quotes: Sequence[Quote], limit: int | None = 160) -> str | None:
    """The first quote in its display form, cut at ``limit`` characters (None: whole)."""
    return display_text(quotes[0].text, limit) if quotes else None


def short_label(source: Source) -> str:
    """A seed's short label for table headers (see :func:`short_id`)."""
    return short_id(source.id)


def short_id(sid: str) -> str:
    """A seed id cut after its year, or to two words: ``orion-2026``, ``nsc-migration``."""
    words = sid.split("-")
    for i, w in enumerate(words):
        if w.isdigit():
            return "-".join(words[: i + 1])
    return "-".join(words[:2])
