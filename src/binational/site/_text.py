r"""A seed text laid out for reading: blocks, hidden markup, quoted spans marked by offset.

The text is never changed. Its lines become headings (the corpus's sections), paragraphs
and tables (tab-separated rows); the seeds' markup (``\$``, ``[label](#)``, ``<p>``, a
table's ``---`` row) stays in the page inside ``<span class="mk">``, which the style
sheet hides. So a mark's text content is the quote verbatim, and what a reader sees of
it is the quote's display form (:func:`binational.model.display_text`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence

import attrs

from binational.model import Section
from binational.site._html import Safe, esc

__all__ = ["Block", "Layout", "Row", "Span", "inline", "layout"]

# The markup display_text undoes, read the same way (see binational.model.display_text).
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_LINK = re.compile(r"\[([^\]]*)\]\(#?[^)]*\)")
_ESCAPE = re.compile(r"\\([$()\[\]*_])")
_RULE = re.compile(r"-{3,}")


@attrs.frozen
class Span:
    """A quoted span of a seed text, named by its offsets: ``q{start}-{end}``."""

    start: int
    end: int

    @property
    def key(self) -> str:
        """The span's anchor in its document page."""
        return f"q{self.start}-{self.end}"


@attrs.frozen
class Row:
    """A table row: its line, its cells' ranges, and whether it is a ``---`` rule."""

    start: int
    end: int
    cells: tuple[tuple[int, int], ...]
    rule: bool


@attrs.frozen
class Block:
    """A heading, a paragraph or a table: a range of the text shown as one element."""

    kind: str
    """``heading``, ``para`` or ``table``."""
    start: int
    end: int
    rows: tuple[Row, ...] = ()
    """A table's rows (the first is its header)."""


@attrs.frozen
class Layout:
    """A seed text's blocks in text order, and the ranges of markup not shown."""

    text: str
    blocks: tuple[Block, ...]
    hidden: tuple[tuple[int, int], ...]
    _starts: tuple[int, ...] = attrs.field(init=False)

    @_starts.default
    def _block_starts(self) -> tuple[int, ...]:
        return tuple(b.start for b in self.blocks)

    def block_at(self, offset: int) -> Block | None:
        """The block holding ``offset``, or None if it falls between blocks."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def context(self, start: int, end: int, around: int = 160) -> tuple[int, int]:
        """The passage around ``[start:end]``: its block(s), cut near ``around`` characters.

        Cuts fall on whitespace, so no word is split.
        """
        first, last = self.block_at(start), self.block_at(max(end - 1, start))
        lo = first.start if first else start
        hi = last.end if last else end
        if start - lo > around:
            cut = self.text.find(" ", start - around, start)
            lo = cut + 1 if cut >= 0 else start
        if hi - end > around:
            cut = self.text.rfind(" ", end, end + around)
            hi = cut if cut >= 0 else end
        return lo, hi


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _hidden(text: str) -> tuple[tuple[int, int], ...]:
    ranges = [m.span() for m in _TAG.finditer(text)]
    for m in _LINK.finditer(text):
        ranges += [(m.start(), m.start() + 1), (m.end(1), m.end())]
    ranges += [(m.start(), m.start() + 1) for m in _ESCAPE.finditer(text)]
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return tuple(merged)


def _row(text: str, start: int, end: int) -> Row:
    cells, pos = [], start
    for cell in text[start:end].split("\t"):
        cells.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    rule = all(_RULE.fullmatch(text[a:b].strip()) for a, b in cells)
    return Row(start=start, end=end, cells=tuple(cells), rule=rule)


def layout(text: str, sections: Sequence[Section]) -> Layout:
    """Lay ``text`` out: headings at its sections, tables at tab-separated lines.

    A text hard-wrapped at a fixed width (most lines short and of about one length, as
    a PDF's text is) has its lines joined into paragraphs, a paragraph ending at a line
    much shorter than the width; any other text has a paragraph per line.
    """
    lines = _lines(text)
    lengths = sorted(b - a for a, b in lines if text[a:b].strip())
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    wrapped = len(lengths) >= 20 and width <= 130
    heads = sorted(s.start for s in sections)
    blocks: list[Block] = []
    para: list[tuple[int, int]] = []
    table: list[Row] = []

    def flush() -> None:
        if para:
            blocks.append(Block("para", para[0][0], para[-1][1]))
            para.clear()

    def flush_table() -> None:
        if table:
            blocks.append(Block("table", table[0].start, table[-1].end, rows=tuple(table)))
            table.clear()

    for a, b in lines:
        line = text[a:b]
        if not line.strip():
            flush()
            continue
        if "\t" in line:
            flush()
            table.append(_row(text, a, b))
            continue
        flush_table()
        i = bisect.bisect_left(heads, a)
        if i < len(heads) and heads[i] < b and not text[a : heads[i]].strip():
            flush()
            blocks.append(Block("heading", a, b))
            continue
        if para and not (wrapped and len(text[para[-1][0] : para[-1][1]].rstrip()) >= 0.75 * width):
            flush()
        para.append((a, b))
    flush()
    flush_table()
    return Layout(text=text, blocks=tuple(blocks), hidden=_hidden(text))


def inline(
    lay: Layout,
    start: int,
    end: int,
    spans: Iterable[Span],
    *,
    anchors: set[str] | None = None,
) -> Safe:
    """``text[start:end]`` as markup: hidden markup wrapped, quoted spans in ``<mark>``.

    Spans are split at every boundary, so overlapping quotes make runs of marks, each
    listing in ``data-q`` the keys of every span it is part of. With ``anchors`` (the
    keys given an id so far on the page) marks are focusable and the first mark of each
    span carries its key as id (or, if another span took that mark's id, an empty
    ``<span class="qa">`` just before it does); without, marks are plain highlights.
    """
    text = lay.text
    inside = [s for s in spans if s.start < end and s.end > start]
    first = max(bisect.bisect_left(lay.hidden, (start, start)) - 1, 0)
    hid: list[tuple[int, int]] = []
    for a, b in lay.hidden[first:]:
        if a >= end:
            break
        if b > start:
            hid.append((a, b))
    cuts = {start, end}
    for s in inside:
        cuts.update((max(s.start, start), min(s.end, end)))
    for a, b in hid:
        cuts.update((max(a, start), min(b, end)))
    points = sorted(cuts)
    out: list[str] = []
    run: list[str] = []
    run_keys: tuple[str, ...] = ()

    def close() -> None:
        if not run:
            return
        if run_keys:
            out.append(_mark(run_keys, "".join(run), anchors))
        else:
            out.append("".join(run))
        run.clear()

    for x, y in itertools.pairwise(points):
        keys = tuple(s.key for s in inside if s.start <= x and s.end >= y)
        if keys != run_keys:
            close()
            run_keys = keys
        piece = esc(text[x:y])
        if any(a <= x and b >= y for a, b in hid):
            piece = Safe(f'<span class="mk">{piece}</span>')
        run.append(piece)
    close()
    return Safe("".join(out))


def _mark(keys: tuple[str, ...], body: str, anchors: set[str] | None) -> str:
    if anchors is None:
        return f'<mark class="hit">{body}</mark>'
    new = [k for k in keys if k not in anchors]
    anchors.update(new)
    before = "".join(f'<span class="qa" id="{k}"></span>' for k in new[1:])
    own = f' id="{new[0]}"' if new else ""
    depth = f" m{min(len(keys), 3)}" if len(keys) > 1 else ""
    return (
        f'{before}<mark{own} class="q{depth}" data-q="{" ".join(keys)}" tabindex="0">{body}</mark>'
    )
