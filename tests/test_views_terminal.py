"""Tables and lines fitted to a terminal's width (binational.views._terminal)."""

from __future__ import annotations

import pytest

from binational.model import Cell, Table
from binational.views import clip, fit_text


def table(*rows: tuple[str, ...], columns: tuple[str, ...] = ("id", "text")) -> Table:
    """A table of plain cells."""
    return Table(
        title="A title",
        columns=columns,
        rows=tuple(tuple(Cell(text=t) for t in row) for row in rows),
        note="A note under the table.",
    )


LONG = " ".join(["word"] * 60)


class TestClip:
    def test_short_text_is_kept(self) -> None:
        """A text that fits is returned with its spaces normalised."""
        assert clip("a  b", 10) == "a b"

    def test_long_text_is_cut_at_a_word_with_an_ellipsis(self) -> None:
        """A text too long ends in an ellipsis, at most ``width`` characters."""
        out = clip(LONG, 23)
        assert out.endswith("…")
        assert len(out) <= 23


class TestFitText:
    @pytest.mark.parametrize("width", [40, 60, 80, 120])
    def test_no_line_is_wider_than_asked(self, width: int) -> None:
        """Every line, borders included, fits the width."""
        t = table(("an-id", LONG), ("another-id", "short"), columns=("id", "text"))
        assert all(len(line) <= width for line in fit_text(t, width).splitlines())

    def test_a_table_that_fits_keeps_its_natural_width(self) -> None:
        """Cells are not wrapped when the table fits."""
        out = fit_text(table(("a", "one two three")), 80)
        assert "│ a  │ one two three │" in out

    def test_numbers_are_aligned_right(self) -> None:
        """A column of numbers is aligned right."""
        out = fit_text(table(("a", "5"), ("b", "120"), columns=("k", "n")), 80)
        assert "│ a │   5 │" in out

    def test_too_many_columns_become_records(self) -> None:
        """A table whose columns cannot be readable is drawn one record per block."""
        columns = tuple(f"column {n}" for n in range(12))
        out = fit_text(table(tuple(LONG for _ in columns), columns=columns), 60)
        assert "column 0: word word" in out
        assert "┌" not in out
        assert all(len(line) <= 60 for line in out.splitlines())

    def test_ascii_borders(self) -> None:
        """With ascii=True the borders are +, - and |."""
        out = fit_text(table(("a", "b")), 80, ascii=True)
        assert out.splitlines()[1].startswith("+-")
        assert all(ord(c) < 128 for c in out)
