"""Tables and display text: the neutral shape results are drawn from.

Results describe themselves as a :class:`Table` of :class:`Cell` objects, which any
renderer (:mod:`binational.views`) can draw; quotes are shown in a display form
(:func:`display_text`) computed from their verbatim text, which is never changed.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from binational.model._dates import Dating, Timeframe
from binational.model._model import (
    ActorLink,
    Affiliation,
    Assessment,
    Event,
    InitiativeLink,
    Participant,
    StatusClaim,
)
from binational.model._sources import Organization, Person
from binational.model._text import Claim, Quote

__all__ = ["Cell", "Table", "display_text", "markdown_literal", "printable", "show_value"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MARKDOWN = re.compile(r"([\\`*_\[\]<>&|#!~])")


def printable(text: str) -> str:
    r"""``text`` safe for a terminal: control characters (ESC, BEL...) shown escaped.

    The one place text output does it (text tables, listings, citations in text). A
    tab is shown as a space, so it cannot shift a table's columns.

    >>> printable("a\x1b[31mb\tc")
    'a\\x1b[31mb c'
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text.replace("\t", " "))


def markdown_literal(text: str) -> str:
    r"""``text`` as literal Markdown: Markdown's and HTML's specials backslash-escaped.

    The one place Markdown output escapes data (the views' tables and cards, citations
    and quotations): no ``*``, ``[``, backtick or ``<`` from the data can start an
    element, a link or raw HTML. Control characters are shown as by :func:`printable`.

    >>> markdown_literal("<b>*x*</b> [a](javascript:b)")
    '\\<b\\>\\*x\\*\\</b\\> \\[a\\](javascript:b)'
    """
    return _MARKDOWN.sub(r"\\\1", printable(text))


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
    out = text
    if "<" in out or "[" in out or "\\" in out:  # markup to undo (most quotes have none)
        out = _ESCAPE.sub(r"\1", _LINK.sub(r"\1", _TAG.sub(" ", out)))
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


def show_value(value: object) -> str:
    """A field's value as one line of text: enums as their values, records briefly."""
    if value is None:
        return "—"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str | int | float | Decimal):
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
    Event: lambda e: f"{e.kind.value} {e.when}",
    InitiativeLink: lambda r: f"{r.kind.value} {r.initiative}",
    ActorLink: lambda a: f"{a.actor} ({a.certainty.value})",
    Affiliation: lambda a: f"{a.kind.value} {a.actor} ({a.certainty.value})",
    Dating: lambda d: f"{d.date} ({d.certainty.value})",
    Timeframe: lambda t: display_text(t.text),
    Person: _person,
    Organization: lambda o: o.name,
}
