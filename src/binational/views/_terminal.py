"""Tables and lines that fit a terminal: columns shared out, cells wrapped or cut.

:func:`fit_text` draws a :class:`~binational.model.Table` no wider than a given number
of columns: every column keeps its natural width if the table fits, the widest give way
first if it does not, and a table whose columns cannot all get a readable width is
drawn as one record per block. :func:`clip` cuts one line with an ellipsis.
"""

from __future__ import annotations

import re
import textwrap

from binational.model import Table
from binational.views._render import printable_table

__all__ = ["clip", "fit_text"]

_PIECE = re.compile(r"\s+|(?<=-)")
"""Where a line may break: at spaces, and after hyphens."""

MIN_COLUMN = 8
"""The narrowest a column may get; a table that needs narrower ones becomes records."""

MIN_TEXT = 20
"""The narrowest a column of long text may get before the table becomes records."""

MAX_WORD = 20
"""A column is first given its longest word, up to this many characters."""

MAX_CELL_LINES = 8
"""The most lines a cell keeps in a narrowed table; the rest is cut with an ellipsis."""


def clip(text: str, width: int) -> str:
    """``text`` on one line of at most ``width`` characters, cut with an ellipsis.

    >>> clip("Implement a phased strategy", 20)
    'Implement a phased …'
    >>> clip("short", 20)
    'short'
    """
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    if width < 2:
        return "…"[:width]
    cut = text[: width - 1]
    if " " in cut and not text[width - 1].isspace():
        cut = cut.rsplit(" ", 1)[0] + " "
    return f"{cut}…"


def _wrap(text: str, width: int, max_lines: int | None = None) -> list[str]:
    """``text`` wrapped at ``width``.

    A word longer than the width, or a line past ``max_lines``, is cut with an ellipsis.
    """
    lines: list[str] = []
    for para in text.split("\n"):
        wrapped = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=True)
        lines.extend(clip(line, width) for line in wrapped or [""])
    if max_lines is not None and len(lines) > max_lines:
        last = lines[max_lines - 1]
        lines = [*lines[: max_lines - 1], last[: width - 2].rstrip() + " …"]
    return lines


def _share(natural: list[int], words: list[int], room: int) -> list[int] | None:
    """Column widths that sum to at most ``room``, or None if the table is too wide.

    Every column first gets its longest word (the longest piece a line can break
    between: words split after hyphens too), at least ``MIN_COLUMN`` and at most
    ``MAX_WORD``, or its natural width if less. What is left completes the columns
    closest to their natural width first, so that as few columns as possible wrap.
    None when the floors do not fit, or a column of long text would get fewer than
    ``MIN_TEXT`` characters: such a table reads better as records.
    """
    if sum(natural) <= room:
        return natural
    widths = [
        min(n, max(MIN_COLUMN, min(w, MAX_WORD))) for n, w in zip(natural, words, strict=True)
    ]
    if sum(widths) > room:
        widths = [min(n, MIN_COLUMN) for n in natural]
        if sum(widths) > room:
            return None
    left = room - sum(widths)
    for i in sorted(range(len(natural)), key=lambda i: natural[i] - widths[i]):
        more = min(natural[i] - widths[i], left)
        widths[i] += more
        left -= more
    lacking = [i for i in range(len(natural)) if widths[i] < natural[i]]
    if any(natural[i] >= 2 * MIN_TEXT and widths[i] < MIN_TEXT for i in lacking):
        return None
    return widths


def _numeric(texts: list[str]) -> bool:
    return bool(texts) and all(t.replace(",", "").replace(".", "").isdigit() for t in texts)


def fit_text(table: Table, width: int, *, ascii: bool = False) -> str:
    """``table`` as text no wider than ``width`` columns (ASCII borders if asked).

    Columns of numbers are aligned right. When the columns cannot all be at least
    ``MIN_COLUMN`` wide, each row is drawn as a block of ``column: value`` lines.
    """
    table = printable_table(table)
    width = max(width, 20)
    n = len(table.columns)
    texts = [[c.text for c in row] for row in table.rows]
    natural = [
        max(
            [
                max(len(line) for line in h.split("\n")),
                *(max(len(line) for line in r[i].split("\n")) for r in texts),
            ]
        )
        for i, h in enumerate(table.columns)
    ]
    words = [
        max(len(w) for t in [h, *(r[i] for r in texts)] for w in _PIECE.split(t))
        for i, h in enumerate(table.columns)
    ]
    widths = _share(natural, words, width - (3 * n + 1))
    head = _wrap(table.title, width)
    foot = _wrap(table.note, width) if table.note else []
    if widths is None:
        return "\n".join([*head, *_records(table, width), *(["", *foot] if foot else [])])
    narrowed = widths != natural
    limit = MAX_CELL_LINES if narrowed else None
    right = [_numeric([r[i] for r in texts]) for i in range(n)]
    body = _grid(
        [_wrap(h, w) for h, w in zip(table.columns, widths, strict=True)],
        [[_wrap(t, w, limit) for t, w in zip(row, widths, strict=True)] for row in texts],
        widths,
        right,
        ascii=ascii,
    )
    return "\n".join([*head, body, *foot])


_BOX = {False: ("┌─┬┐", "├─┼┤", "├─┼┤", "└─┴┘", "│"), True: ("+-++", "+=++", "+-++", "+-++", "|")}
"""Corners, joints and rules of a grid: box-drawing characters, or ASCII."""


def _grid(
    header: list[list[str]],
    rows: list[list[list[str]]],
    widths: list[int],
    right: list[bool],
    *,
    ascii: bool,
) -> str:
    """Cells (each a list of lines) in a grid of columns exactly ``widths`` wide."""
    top, under_head, between, bottom, bar = _BOX[ascii]

    def rule(chars: str) -> str:
        left, line, joint, end = tuple(chars)
        return left + joint.join(line * (w + 2) for w in widths) + end

    def lines(cells: list[list[str]], align: list[bool]) -> list[str]:
        height = max(len(c) for c in cells)
        out = []
        for k in range(height):
            parts = []
            for cell, w, r in zip(cells, widths, align, strict=True):
                text = cell[k] if k < len(cell) else ""
                parts.append(text.rjust(w) if r else text.ljust(w))
            out.append(f"{bar} " + f" {bar} ".join(parts) + f" {bar}")
        return out

    out = [rule(top), *lines(header, right), rule(under_head)]
    for n, row in enumerate(rows):
        if n:
            out.append(rule(between))
        out.extend(lines(row, right))
    out.append(rule(bottom))
    return "\n".join(out)


def _records(table: Table, width: int) -> list[str]:
    """Each row as a block: ``column: value`` lines, continued indented, blocks apart."""
    lines: list[str] = []
    for row in table.rows:
        lines.append("")
        for header, cell in zip(table.columns, row, strict=True):
            label = " ".join(header.split()) + ": "
            text = " ".join(cell.text.split()) or "—"
            lines.extend(
                line if len(line) <= width else "    " + clip(line, width - 4)
                for line in textwrap.wrap(
                    label + text,
                    width,
                    subsequent_indent="    ",
                    break_on_hyphens=True,
                )
            )
    return lines
