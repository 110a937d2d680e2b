"""One way to render tables: plain text, HTML and Markdown, and a display form of quotes.

Results (:mod:`binational.compare`) describe themselves as a :class:`Table` of
:class:`Cell` objects; this module renders any table and knows nothing of the results
that build them. Quotes are shown in a *display form* computed from their verbatim
text (:func:`display_text`); the verbatim text and its offsets are never changed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from binational.model._model import (
    ActorLink,
    Assessment,
    Claim,
    Dating,
    Event,
    InitiativeLink,
    Organization,
    Participant,
    Person,
    Quote,
    StatusClaim,
    Timeframe,
)

__all__ = [
    "Cell",
    "Table",
    "display_text",
    "object_table",
    "render_html",
    "render_markdown",
    "render_text",
    "short_repr",
    "show_value",
]

_LINK = re.compile(r"\[([^\]]*)\]\(#?[^)]*\)")
_ESCAPE = re.compile(r"\\([$()\[\]*_])")
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


def display_text(text: str, limit: int | None = None) -> str:
    r"""A quote as a reader should see it: verbatim text with the seed's markup undone.

    Link markup is unwrapped (``[Mérida initiative](#)`` → ``Mérida initiative``),
    Markdown escapes are removed (``\$`` → ``$``), HTML tags of the seeds' tables
    (``<p>``) are dropped, hard line breaks and runs of spaces
    become one space, and a text longer than ``limit`` characters is cut at a word with
    an ellipsis.

    >>> display_text("the [FY26 budget](#) adds \\$5\nbillion")
    'the FY26 budget adds $5 billion'
    >>> display_text("<p>Largely absent</p>")
    'Largely absent'
    >>> display_text("one two three four", limit=9)
    'one two …'
    """
    out = _ESCAPE.sub(r"\1", _LINK.sub(r"\1", _TAG.sub(" ", text)))
    out = " ".join(out.split())
    if limit is not None and len(out) > limit:
        cut = out[: max(limit - 1, 1)].rsplit(" ", 1)[0]
        out = f"{cut} …"
    return out


@attrs.frozen(kw_only=True)
class Cell:
    """One cell of a table: its text and the quotes behind it."""

    text: str
    """What the cell says (a code, a value, or why it is empty)."""
    quotes: tuple[Quote, ...] = ()
    """The evidence behind the cell; empty for an empty cell."""
    empty: bool = False
    """True when the cell says why there is nothing (not addressed, not assessed…)."""


@attrs.frozen(kw_only=True)
class Table:
    """A titled grid of cells, the one shape every result is rendered from."""

    title: str
    """What the table shows."""
    columns: tuple[str, ...]
    """Column headers."""
    rows: tuple[tuple[Cell, ...], ...]
    """Rows of cells, each as long as ``columns``."""
    note: str | None = None
    """A line under the table (how to read it, what empty cells mean)."""


def render_text(table: Table, *, width: int = 40, ascii: bool = False) -> str:
    """The table as plain text, cells wrapped at ``width`` characters.

    Borders are box-drawing characters, or ``+-|`` with ``ascii=True`` (for a terminal
    whose encoding has no box-drawing characters).
    """
    import textwrap

    from tabulate import tabulate

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
    """The table as a GitHub-flavoured Markdown table (pipes in cells escaped)."""

    def esc(s: str) -> str:
        return " ".join(s.replace("|", "\\|").split())

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


def show_value(value: object) -> str:
    """A field's value as one line of text: enums as their values, records briefly."""
    import enum

    if value is None:
        return "—"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, tuple):
        return "; ".join(show_value(v) for v in value) if value else "—"
    if isinstance(value, Quote):
        return f"“{display_text(value.text, 80)}” [{value.start}:{value.end}]"
    brief = _BRIEF.get(type(value))
    if brief is not None:
        return brief(value)
    if type(value).__str__ is not object.__str__:  # PartialDate, Period
        return str(value)
    fields = attrs.fields_dict(type(value)) if attrs.has(type(value)) else {}  # type: ignore[arg-type]
    for name in ("text", "name", "id", "actor", "kind"):
        if name in fields:
            return f"{type(value).__name__}({show_value(getattr(value, name))})"
    return type(value).__name__


def _person(p: Person) -> str:
    parts = [p.given, p.dropping_particle, p.particle, p.family, p.suffix]
    return " ".join(x for x in parts if x)


_BRIEF: dict[type, Callable[[Any], str]] = {
    Claim: lambda c: c.text,
    Assessment: lambda a: f"{a.criterion.value}: {a.rating.value}",
    Participant: lambda p: f"{p.actor} ({p.role.value})",
    StatusClaim: lambda s: f"{s.status.value} ({s.certainty.value})",
    Event: lambda e: f"{e.kind.value} {e.date or 'undated'}",
    InitiativeLink: lambda r: f"{r.kind.value} {r.initiative}",
    ActorLink: lambda a: f"{a.actor} ({a.certainty.value})",
    Dating: lambda d: f"{d.date} ({d.certainty.value})",
    Timeframe: lambda t: t.text,
    Person: _person,
    Organization: lambda o: o.name,
}


def short_repr(obj: Any) -> str:
    """``<Recommendation nsc-phased-strategy: Implement a phased strategy…>``.

    The kind, the id and a few words (the name, title, summary or subject), short
    enough for a list of objects to stay readable.
    """
    if isinstance(obj, Quote):
        return f"<Quote {obj.source}[{obj.start}:{obj.end}] “{display_text(obj.text, 50)}”>"
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
    limit = max(24, 100 - len(obj.id))  # a long id leaves fewer words
    return f"<{type(obj).__name__} {obj.id}: {display_text(words or '', limit)}>"


def object_table(obj: Any) -> Table:
    """A domain object as a table: one row per field that has a value, quotes last."""
    rows: list[tuple[Cell, ...]] = []
    for f in attrs.fields(type(obj)):
        value = getattr(obj, f.name)
        if f.name == "evidence" or value in (None, ()):
            continue
        quotes = tuple(q for v in _as_tuple(value) for q in _quotes_of(v))
        rows.append((Cell(text=f.name), Cell(text=show_value(value), quotes=quotes)))
    evidence: tuple[Quote, ...] = getattr(obj, "evidence", ())
    for q in evidence:
        where = f"{q.source}, {q.section}" if q.section else q.source
        shown = f"“{display_text(q.text)}” ({where} [{q.start}:{q.end}])"
        rows.append((Cell(text="quote"), Cell(text=shown)))
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
