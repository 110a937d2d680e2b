"""One way to render tables: plain text, HTML and Markdown; short reprs of objects.

Results (:mod:`binational.compare`) describe themselves as a
:class:`~binational.model.Table` of cells; this module renders any table and knows
nothing of the results that build them. Quotes are shown in their display form
(:func:`~binational.model.display_text`); their verbatim text is never changed.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import attrs

from binational.model import (
    Cell,
    Quote,
    Table,
    display_text,
    markdown_literal,
    printable,
    show_value,
)

__all__ = [
    "object_table",
    "render_html",
    "render_markdown",
    "render_text",
    "short_repr",
    "title_of",
]


def printable_table(table: Table) -> Table:
    """The table with every text made :func:`printable` (the one place text views do it)."""
    return Table(
        title=printable(table.title),
        columns=tuple(map(printable, table.columns)),
        rows=tuple(
            tuple(attrs.evolve(c, text=printable(c.text)) for c in row) for row in table.rows
        ),
        note=printable(table.note) if table.note is not None else None,
    )


def markdown_text(text: str) -> str:
    """``text`` as literal Markdown (:func:`binational.model.markdown_literal`), on one line."""
    return " ".join(markdown_literal(text).split())


def render_text(table: Table, *, width: int = 40, ascii: bool = False) -> str:
    """The table as plain text, cells wrapped at ``width`` characters.

    Borders are box-drawing characters, or ``+-|`` with ``ascii=True`` (for a terminal
    whose encoding has no box-drawing characters).
    """
    import textwrap

    from tabulate import tabulate

    table = printable_table(table)

    def wrap(text: str) -> str:
        return "\n".join(
            textwrap.fill(line, width, break_on_hyphens=False) or line for line in text.split("\n")
        )

    body = tabulate(
        [[wrap(c.text) for c in row] for row in table.rows],
        headers=[wrap(c) for c in table.columns],
        tablefmt="grid" if ascii else "simple_grid",
        disable_numparse=True,
    )
    parts = [table.title, body]
    if table.note:
        parts.append(table.note)
    return "\n".join(parts)


def render_markdown(table: Table) -> str:
    """The table as a GitHub-flavoured Markdown table; data is text (:func:`markdown_text`)."""
    esc = markdown_text
    lines = [f"**{esc(table.title)}**", ""]
    lines.append("| " + " | ".join(esc(c) for c in table.columns) + " |")
    lines.append("|" + "---|" * len(table.columns))
    lines.extend("| " + " | ".join(esc(c.text) for c in row) + " |" for row in table.rows)
    if table.note:
        lines += ["", esc(table.note)]
    return "\n".join(lines) + "\n"


def _quote_html(q: Quote) -> str:
    where = html.escape(q.source + (f", {q.section}" if q.section else ""))
    return (
        f'<blockquote style="margin:0.2em 0 0.2em 0.5em">“{html.escape(display_text(q.text))}”'
        f'<br><small style="color:#555">{where} [{q.start}:{q.end}]</small></blockquote>'
    )


def _cell_html(cell: Cell) -> str:
    text = html.escape(cell.text).replace("\n", "<br>")
    if cell.empty:
        text = f'<span style="color:#777;font-style:italic">{text}</span>'
    if not cell.quotes:
        return text
    unique = tuple({(q.source, q.start, q.end): q for q in cell.quotes}.values())
    n = len(unique)
    quotes = "".join(_quote_html(q) for q in unique)
    return (
        f"{text}<details><summary><small>{n} quote{'s' if n > 1 else ''}</small></summary>"
        f"{quotes}</details>"
    )


def render_html(table: Table) -> str:
    """The table as an HTML fragment (for Jupyter), every quote behind its cell."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td style="vertical-align:top;text-align:left">{_cell_html(c)}</td>' for c in row
        )
        + "</tr>"
        for row in table.rows
    )
    note = f"<p><small>{html.escape(table.note)}</small></p>" if table.note else ""
    return (
        f'<div class="binational-table"><p><strong>{html.escape(table.title)}</strong></p>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}</div>"
    )


def cells(texts: Sequence[str]) -> tuple[Cell, ...]:
    """Plain cells, without quotes."""
    return tuple(Cell(text=t) for t in texts)


def short_repr(obj: Any) -> str:
    """``<Recommendation nsc-phased-strategy: Implement a phased strategy…>``.

    The kind, the id and a few words (the name, title, summary or subject), short
    enough for a list of objects to stay readable; control characters shown escaped
    (:func:`printable`), as in every text view.
    """
    if isinstance(obj, Quote):
        text = display_text(obj.text, 50)
        return printable(f"<Quote {obj.source}[{obj.start}:{obj.end}] “{text}”>")
    words = title_of(obj)
    limit = max(24, 100 - len(obj.id))  # a long id leaves fewer words
    return printable(f"<{type(obj).__name__} {obj.id}: {display_text(words, limit)}>")


def title_of(obj: Any) -> str:
    """What an object is called, in a few words: its name, title, summary or subject.

    An object without one (a position, a characterization, a citation) is described by
    what it codes or marks; the empty string if there is nothing to say.
    """
    words = next(
        (
            getattr(obj, f)
            for f in ("name", "title", "summary", "subject", "text")
            if isinstance(getattr(obj, f, None), str)
        ),
        None,
    )
    if words is None and hasattr(obj, "dimension"):  # a position
        words = f"{obj.dimension.value}: {obj.stance.value if obj.stance else 'not addressed'}"
    elif words is None and hasattr(obj, "portrayal"):  # a characterization
        words = f"{obj.actor} as {obj.portrayal.value}"
    elif words is None and hasattr(obj, "marker"):  # a citation
        words = f"marker “{obj.marker.text}”"
    return words or ""


def object_table(obj: Any, quotes: int | None = None) -> Table:
    """A domain object as a table: one row per field that has a value, quotes last.

    With ``quotes``, only the first ``quotes`` quotes get a row each; the rest are one
    row, ``more quotes``, whose cell holds them (folded away in HTML).
    """
    rows: list[tuple[Cell, ...]] = []
    for f in attrs.fields(type(obj)):
        value = getattr(obj, f.name)
        if f.name == "evidence" or value in (None, ()):
            continue
        behind = tuple(q for v in _as_tuple(value) for q in _quotes_of(v))
        shown = display_text(value) if f.metadata.get("verbatim") else show_value(value)
        rows.append((Cell(text=f.name), Cell(text=shown, quotes=behind)))
    evidence: tuple[Quote, ...] = getattr(obj, "evidence", ())
    first, rest = (evidence, ()) if quotes is None else (evidence[:quotes], evidence[quotes:])
    for q in first:
        where = f"{q.source}, {q.section}" if q.section else q.source
        shown = f"“{display_text(q.text)}” ({where} [{q.start}:{q.end}])"
        rows.append((Cell(text="quote"), Cell(text=shown)))
    if rest:
        rows.append((Cell(text="more quotes"), Cell(text="", quotes=rest)))
    if not evidence and hasattr(obj, "evidence"):
        rows.append((Cell(text="quote"), Cell(text="no quote", empty=True)))
    return Table(
        title=f"{type(obj).__name__} {obj.id}",
        columns=("field", "value"),
        rows=tuple(rows),
    )


def _as_tuple(value: object) -> tuple[object, ...]:
    return value if isinstance(value, tuple) else (value,)


def _quotes_of(value: object) -> tuple[Quote, ...]:
    if isinstance(value, Quote):
        return (value,)
    found = getattr(value, "evidence", ())
    return found if isinstance(found, tuple) else ()
