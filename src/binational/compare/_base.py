"""What every comparison result shares: the base class, cell statuses, cell helpers."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from binational.model._display import Displayed, render
from binational.model._model import Quote, Source
from binational.model._table import Cell, Table, display_text

if TYPE_CHECKING:
    import pandas as pd


__all__ = [
    "Result",
    "Status",
    "first_quote",
    "make_cell",
    "make_table",
    "quote_text",
    "short_id",
    "short_label",
]


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


def first_quote(quotes: Sequence[Quote]) -> str | None:
    """The first quote verbatim, for records (tables show :func:`quote_text`)."""
    return quotes[0].text if quotes else None


def quote_text(quotes: Sequence[Quote], limit: int = 160) -> str | None:

    return display_text(quotes[0].text, limit) if quotes else None


class Result(Displayed):
    """What every result shares: text, HTML, Markdown and DataFrame views of its rows."""

    __slots__ = ()

    _frame_dtypes: ClassVar[dict[str, str]] = {}

    @property
    def columns(self) -> tuple[str, ...]:
        """The names of the fields of :meth:`records` (the columns of :meth:`to_frame`)."""
        return tuple(self._frame_dtypes)

    def table(self) -> Table:
        """The result as a :class:`~binational.model.Table` (the one rendered shape)."""
        raise NotImplementedError

    def records(self) -> list[dict[str, Any]]:
        """One plain record per row: ids, numbers, enum values (what ``to_frame`` holds)."""
        raise NotImplementedError

    def __str__(self) -> str:
        return self.to_text()

    def to_text(self, *, width: int = 40, ascii: bool = False) -> str:
        """The result as a text table, cells wrapped at ``width`` (ASCII borders if asked)."""
        return render("text", self, width=width, ascii=ascii)

    def to_markdown(self) -> str:
        """The result as a Markdown table."""
        return render("markdown", self)

    def to_frame(self) -> pd.DataFrame:
        """The result as a pandas DataFrame: one row per cell, typed columns.

        Requires pandas (``pip install 'binational[pandas]'``).
        """
        try:
            import pandas as pd
        except ImportError:
            from binational.exceptions import MissingDependencyError

            raise MissingDependencyError(
                "pandas", needed_for="to_frame()", extra="pandas"
            ) from None
        frame = pd.DataFrame.from_records(self.records(), columns=list(self._frame_dtypes))
        return frame.astype(self._frame_dtypes)


def make_cell(text: str, quotes: Sequence[Quote] = (), *, empty: bool = False) -> Cell:
    return Cell(text=text, quotes=tuple(quotes), empty=empty)


def make_table(
    title: str, columns: Sequence[str], rows: Iterable[Sequence[Cell]], note: str
) -> Table:
    return Table(title=title, columns=tuple(columns), rows=tuple(map(tuple, rows)), note=note)


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
