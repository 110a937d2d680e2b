"""Rendering tables: escaped HTML, Markdown that stays a table, quotes shown readably."""

from __future__ import annotations

import pytest

from binational import Actor, Quote
from binational.views._render import (
    Cell,
    Table,
    display_text,
    render_html,
    render_markdown,
    render_text,
)

QUOTE = Quote(source="s", start=0, end=7, text="a <b>&c", section="Intro & more")


def table(text: str, quotes: tuple[Quote, ...] = ()) -> Table:
    return Table(
        title="T <1>",
        columns=("a|b", "c"),
        rows=((Cell(text=text, quotes=quotes), Cell(text="x")),),
    )


class TestDisplayText:
    @pytest.mark.parametrize(
        ("raw", "shown"),
        [
            ("[Mérida initiative](#)", "Mérida initiative"),
            ("\\$43.8 billion", "$43.8 billion"),
            ("[National Security Strategies \\(NSS\\)](#)", "National Security Strategies (NSS)"),
            ("labor\nmarket", "labor market"),
            ("<p>Largely absent</p>", "Largely absent"),
        ],
    )
    def test_markup_undone(self, raw: str, shown: str) -> None:
        """Links, escapes, hard breaks and table tags are undone for display."""
        assert shown == display_text(raw)

    def test_cut_at_a_word_with_an_ellipsis(self) -> None:
        """A long text is cut at a word boundary and ends with an ellipsis."""
        assert display_text("alpha beta gamma delta", limit=12) == "alpha beta …"


class TestRender:
    def test_html_escapes_everything(self) -> None:
        """Titles, headers, cells, quotes and sections are escaped."""
        out = render_html(table("<script>alert(1)</script>", (QUOTE,)))
        assert "<script>" not in out
        assert "&lt;script&gt;" in out
        assert "T &lt;1&gt;" in out
        assert "Intro &amp; more" in out
        assert "&amp;c" in out

    def test_html_shows_each_quote_once(self) -> None:
        """A quote repeated in one cell is shown once."""
        out = render_html(table("x", (QUOTE, QUOTE)))
        assert "1 quote<" in out
        assert out.count("<blockquote") == 1

    def test_markdown_pipes_and_breaks(self) -> None:
        """Pipes are escaped and line breaks joined, so each row stays one line."""
        out = render_markdown(table("one\ntwo | three"))
        rows = [line for line in out.splitlines() if line.startswith("|")]
        assert len(rows) == 3
        assert "one two \\| three" in rows[2]
        assert "a\\|b" in rows[0]

    def test_text_wraps_long_cells(self) -> None:
        """No line of the text table is longer than the wrapped columns allow."""
        out = render_text(table("word " * 60), width=20)
        assert max(len(line) for line in out.splitlines()[1:]) < 60
        assert "19,617" in render_text(table("19,617"))  # not parsed as a number


HOSTILE = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) A\x1b[31mB\x07 | *b*"


class TestHostileText:
    """Text from a bundle is shown as text in every medium, never run."""

    def _hostile(self) -> Actor:
        import attrs

        import binational

        return attrs.evolve(binational.load().actors["mexico"], name=HOSTILE)

    def test_markdown_has_no_live_html_link_or_control(self) -> None:
        """Markdown escapes HTML, link and emphasis markup, and shows controls escaped."""
        from binational.corpus import Objects

        for md in (self._hostile()._repr_markdown_(), Objects([self._hostile()])._repr_markdown_()):
            assert "<img" not in md.replace("\\<img", "")
            assert "](javascript" not in md.replace("\\](javascript", "")
            assert "\x1b" not in md
            assert "\x07" not in md
            assert "\\<img src=x onerror=alert(1)\\>" in md

    def test_terminal_text_shows_controls_escaped(self) -> None:
        """A text card prints ESC and BEL escaped, so the terminal runs neither."""
        text = str(self._hostile())
        assert "\x1b" not in text
        assert "\x07" not in text
        assert "A\\x1b[31mB\\x07" in text

    def test_html_is_escaped(self) -> None:
        """HTML cards and tables escape the name."""
        from binational.corpus import Objects

        for page in (self._hostile()._repr_html_(), Objects([self._hostile()])._repr_html_()):
            assert "<img" not in page
            assert "&lt;img src=x onerror=alert(1)&gt;" in page
