"""binational.compare.Result: what every result shares, written once."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, ClassVar

import attrs
import pytest

from binational import Stance, compare
from binational.compare._base import Record
from binational.model import Cell, Table

from .comparing import MAKERS, ROWS


class TestViews:
    @pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS)
    def test_frame_has_one_row_per_record_with_typed_columns(self, make: Callable[[], Any]) -> None:
        """to_frame() has one row per record and the declared dtypes."""
        result = make()
        frame = result.to_frame()
        assert len(result.records()) == len(frame)
        assert dict(result._frame_dtypes) == {k: str(v) for k, v in frame.dtypes.items()}
        assert list(result.columns) == list(frame.columns)

    @pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS)
    def test_text_html_markdown(self, make: Callable[[], Any]) -> None:
        """Every result prints, renders HTML and Markdown with its title."""
        result = make()
        title = result.table().title
        assert str(result).startswith(title)
        assert result._repr_html_().startswith('<div class="binational-table">')
        assert title.split()[0] in result.to_markdown()

    def test_stance_frame_is_typed(self) -> None:
        """Scores are nullable integers; not-addressed cells are null, not zero."""
        frame = compare.stances().to_frame()
        coded = frame[frame["status"] == "coded"]
        assert len(coded) == int(frame["score"].notna().sum())
        assert {s.score for s in Stance} >= set(coded["score"].astype(int))

    def test_result_is_immutable(self) -> None:
        """Results cannot be changed after they are made."""
        m = compare.stances()
        with pytest.raises(AttributeError):
            m.cells = ()  # type: ignore[misc]


@attrs.frozen(kw_only=True)
class Squares(compare.Result[int]):
    """A view written on the base: it says only what differs, as every view does."""

    numbers: tuple[int, ...]

    _frame_dtypes: ClassVar[dict[str, str]] = {"n": "Int64", "square": "Int64"}

    @property
    def _rows(self) -> tuple[int, ...]:
        return self.numbers

    def _record(self, n: int, /) -> Record:
        return {"n": n, "square": n * n}

    def _title(self) -> str:
        return "Squares"

    def _headers(self) -> list[str]:
        return ["n", "n²"]

    def _cells(self, n: int, /) -> list[Cell]:
        return [Cell(text=str(n)), Cell(text=str(n * n))]

    def _note(self) -> str:
        return "Each number times itself."


class TestResult:
    def test_a_view_gets_rows_records_and_table_from_the_base(self) -> None:
        """Iteration, len, indexing, records, columns and table come from the hooks."""
        s = Squares(numbers=(1, 2, 3))
        assert (list(s), len(s), s[1], s[1:]) == ([1, 2, 3], 3, 2, (2, 3))
        assert (s.records()) == [
            {"n": 1, "square": 1},
            {"n": 2, "square": 4},
            {"n": 3, "square": 9},
        ]
        assert s.columns == ("n", "square")
        expected = Table(
            title="Squares",
            columns=("n", "n²"),
            rows=tuple((Cell(text=str(n)), Cell(text=str(n * n))) for n in (1, 2, 3)),
            note="Each number times itself.",
        )
        assert expected == s.table()

    def test_a_view_gets_its_renderings_from_the_base(self) -> None:
        """Text, Markdown, HTML and a typed frame are drawn from the table and records."""
        s = Squares(numbers=(2, 3))
        assert str(s).startswith("Squares\n")
        assert "| 3 | 9 |" in s.to_markdown()
        assert "<td" in s._repr_html_()
        frame = s.to_frame()
        assert list(frame["square"]) == [4, 9]
        assert {k: str(v) for k, v in frame.dtypes.items()} == {"n": "Int64", "square": "Int64"}

    def test_an_empty_view_is_falsy(self) -> None:
        """A result without rows has length 0, no records, and is false."""
        s = Squares(numbers=())
        assert (len(s), s.records(), bool(s)) == (0, [], False)

    def test_indexing_past_the_end_is_an_index_error(self) -> None:
        """result[len(result)] raises IndexError, as a sequence does."""
        with pytest.raises(IndexError):
            Squares(numbers=(1,))[1]

    def test_result_is_generic(self) -> None:
        """Result[Row] names a result of rows of one kind; every view is a Result."""
        assert compare.Result[compare.StanceCell] is not compare.Result
        assert isinstance(compare.stances(), compare.Result)


FIELDS = {
    "stances": ("seeds", "dimensions", "cells"),
    "disagreements": ("a", "b", "agree", "pairs"),
    "options": ("options", "criteria", "cells"),
    "themes": ("themes", "seeds", "cells", "tensions"),
    "framing": ("actor", "cells", "linked"),
    "mentions": ("subject", "seeds", "mentions", "linked"),
    "figures": (
        "rows",
        "about",
        "linked",
        "measure",
        "unit",
        "direction",
        "fiscal_year",
        "seeds",
    ),
    "timeline": ("entries", "undated", "seeds", "about", "linked"),
    "divergences": ("rows",),
    "diff": ("a", "b", "rows"),
}


class TestEveryResult:
    @pytest.mark.parametrize("view", MAKERS)
    def test_frozen_attrs_class_with_its_fields(self, view: str) -> None:
        """Every result is a frozen attrs class; its fields are its inputs and rows."""
        result = MAKERS[view]()
        fields = attrs.fields(type(result))  # type: ignore[arg-type]
        assert FIELDS[view] == tuple(f.name for f in fields)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(result, FIELDS[view][0], None)

    @pytest.mark.parametrize("view", MAKERS)
    def test_equal_when_made_alike(self, view: str) -> None:
        """Two results made from the same inputs are equal and hash alike."""
        a, b = MAKERS[view](), MAKERS[view]()
        assert a == b
        assert hash(a) == hash(b)

    @pytest.mark.parametrize("view", MAKERS)
    def test_iterates_as_its_rows(self, view: str) -> None:
        """A result iterates as the field holding its rows; len and [i] agree."""
        result = MAKERS[view]()
        rows = getattr(result, ROWS[view])
        assert list(rows) == list(result)
        assert len(rows) == len(result)
        assert (rows[0], rows[-1], tuple(rows[1:3])) == (result[0], result[-1], result[1:3])

    @pytest.mark.parametrize("view", MAKERS)
    def test_records_are_plain_values_keyed_by_column(self, view: str) -> None:
        """Every record has the result's columns, in order, holding plain values only."""
        result = MAKERS[view]()
        records = result.records()
        assert records
        for record in records:
            assert result.columns == tuple(record)
            assert all(
                isinstance(v, str | int | float | Decimal | bool | None) for v in record.values()
            )

    @pytest.mark.parametrize("view", MAKERS)
    def test_table_rows_are_as_long_as_its_headers(self, view: str) -> None:
        """Every row of the table has one cell per column header."""
        table = MAKERS[view]().table()
        assert table.rows
        assert {len(table.columns)} == {len(row) for row in table.rows}

    def test_timeline_lists_undated_entries_but_does_not_count_them(self) -> None:
        """A timeline iterates as its dated entries; its table and records list all."""
        t = compare.timeline()
        assert t.undated
        assert len(t.entries) == len(t)
        assert len(t.entries) + len(t.undated) == len(t.records()) == len(t.table().rows)
        assert [None] * len(t.undated) == [r["date"] for r in t.records()[len(t) :]]


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS)
def test_print_fits_the_terminal(
    make: Callable[[], compare.Result], columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``print(result)`` fits the terminal's width (``COLUMNS``), whatever the view."""
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = str(make()).splitlines()
    assert lines
    assert max(map(len, lines)) <= columns
