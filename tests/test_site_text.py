"""A seed text laid out for the site: blocks, hidden markup, quoted spans split at every edge."""

from __future__ import annotations

import re

import html5lib
import pytest
from hypothesis import given
from hypothesis import strategies as st

import binational
from binational.model import Section, display_text
from binational.site._text import Span, inline, layout


def sections(text: str, *titles: str) -> list[Section]:
    return [
        Section(source="s", title=t, start=text.index(t), end=text.index(t) + len(t))
        for t in titles
    ]


def visible(markup: str) -> str:
    """What a reader sees: the markup's text without the hidden ``.mk`` spans."""
    return re.sub(r"<[^>]+>", "", re.sub(r'<span class="mk">.*?</span>', "", markup))


def verbatim(markup: str) -> str:
    """The markup's text content, hidden spans included."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", markup))


class TestLayout:
    """Lines become headings, paragraphs and tables; the text itself is never changed."""

    def test_headings_paragraphs_and_tables(self) -> None:
        """A section's line is a heading; tab-separated lines one table; other lines paragraphs."""
        text = "Title\nOne line.\n\nAnother.\nA\tB\n<p>x</p>\t<p>y</p>\n\nC\tD\nEnd."
        lay = layout(text, sections(text, "Title"))
        assert [b.kind for b in lay.blocks] == ["heading", "para", "para", "table", "para"]
        table = lay.blocks[3]
        assert len(table.rows) == 3  # a blank line inside a table does not end it
        assert [(text[a:b]) for a, b in table.rows[1].cells] == ["<p>x</p>", "<p>y</p>"]

    def test_rule_rows(self) -> None:
        """A Markdown table's ``---`` row is marked as a rule (hidden, kept)."""
        text = "A\tB\n---\t---\nx\ty"
        rows = layout(text, []).blocks[0].rows
        assert [r.rule for r in rows] == [False, True, False]

    def test_hard_wrapped_text_is_joined(self) -> None:
        """Lines of a text wrapped at a fixed width join into paragraphs at short lines."""
        line = "word " * 18
        text = "\n".join([line, line, "end of one.", line, "end of two."] * 5)
        lay = layout(text, [])
        assert len(lay.blocks) == 10
        assert lay.text[lay.blocks[0].start : lay.blocks[0].end].endswith("end of one.")

    def test_hidden_markup(self) -> None:
        r"""``\$``, ``[label](#)`` and tags are hidden: what is left is the display text."""
        text = r"Costs \$5 under the [FY26 budget](#) in <p>cells</p> here."
        lay = layout(text, [])
        shown = visible(inline(lay, 0, len(text), []))
        assert display_text(text) == " ".join(shown.split())
        assert text == verbatim(inline(lay, 0, len(text), []))

    def test_packaged_seeds_keep_every_character(self, corpus: binational.Corpus) -> None:
        """Every character of every seed outside a block is whitespace (blocks drop nothing)."""
        for seed in corpus.seeds:
            text = corpus.text(seed)
            lay = layout(text, corpus.sections(seed))
            covered = bytearray(len(text))
            for b in lay.blocks:
                covered[b.start : b.end] = b"\x01" * (b.end - b.start)
            assert all(covered[i] or text[i].isspace() for i in range(len(text))), seed.id


class TestInline:
    """Quoted spans become marks, split wherever another span starts or ends."""

    def test_overlap(self) -> None:
        """Two overlapping spans make three marks: one, both, the other."""
        text = "abcdefghij"
        lay = layout(text, [])
        out = inline(lay, 0, 10, [Span(1, 5), Span(3, 8)], anchors=set())
        marks = re.findall(r'<mark[^>]*data-q="([^"]*)"[^>]*>([^<]*)</mark>', out)
        assert marks == [("q1-5", "bc"), ("q1-5 q3-8", "de"), ("q3-8", "fgh")]

    def test_each_span_gets_one_anchor(self) -> None:
        """The first mark of a span carries its id; a second span starting there gets a stub."""
        text = "abcdefghij"
        lay = layout(text, [])
        anchors: set[str] = set()
        out = inline(lay, 0, 10, [Span(2, 4), Span(2, 9)], anchors=anchors)
        assert {"q2-4", "q2-9"} == anchors
        assert out.count('id="q2-4"') + out.count('id="q2-9"') - 1 == 1
        assert '<span class="qa" id=' in out

    def test_without_anchors_marks_are_plain(self) -> None:
        """A passage shown in context marks its quote without ids or focus."""
        text = "abcdefghij"
        out = inline(layout(text, []), 0, 10, [Span(2, 4)])
        assert out == 'ab<mark class="hit">cd</mark>efghij'

    def test_text_is_escaped(self) -> None:
        """The seed text is text: its ``<`` and ``&`` never become markup."""
        text = "<img src=x onerror=alert(1)> & more"
        out = inline(layout(text, []), 0, len(text), [Span(0, 4)], anchors=set())
        tree = html5lib.parse(f"<p>{out}</p>", namespaceHTMLElements=False)
        assert list(tree.iter("img")) == []

    @given(
        text=st.text(alphabet="ab \\$[]()#<p>", max_size=30),
        bounds=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=5),
    )
    def test_marks_cover_exactly_the_spans(self, text: str, bounds: list[tuple[int, int]]) -> None:
        """Whatever the spans, the marks of each read as its text, and the page as the text."""
        spans = [Span(a, b) for a, b in {(min(x, y), max(x, y)) for x, y in bounds}]
        spans = [s for s in spans if s.start < s.end <= len(text)]
        lay = layout(text, [])
        out = inline(lay, 0, len(text), spans, anchors=set())
        assert text == verbatim(out)
        for s in spans:
            pieces = re.findall(rf'<mark[^>]*data-q="[^"]*\b{s.key}\b[^"]*"[^>]*>(.*?)</mark>', out)
            assert text[s.start : s.end] == verbatim("".join(pieces))


@pytest.mark.parametrize("around", [0, 40, 160])
def test_context_cuts_at_whitespace(around: int, corpus: binational.Corpus) -> None:
    """A quote's context holds the quote and is cut between words."""
    seed = corpus.seeds[0]
    text = corpus.text(seed)
    lay = layout(text, corpus.sections(seed))
    for rec in corpus.recommendations.by_source(seed):
        q = rec.evidence[0]
        lo, hi = lay.context(q.start, q.end, around)
        assert lo <= q.start <= q.end <= hi
        assert lo == 0 or not text[lo - 1].isalnum() or not text[lo].isalnum()
        assert hi == len(text) or not text[hi].isalnum() or not text[hi - 1].isalnum()
