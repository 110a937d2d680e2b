"""Diff: two objects of one kind, field by field."""

from __future__ import annotations

from typing import ClassVar, TypeAlias

import attrs

from binational.compare._base import Record, Result, make_cell
from binational.corpus import Object
from binational.model import Cell, Quote, Timeframe, display_text, show_value

__all__ = [
    "DiffRow",
    "FieldValue",
    "ObjectDiff",
    "diff",
]


FieldValue: TypeAlias = object
"""The value of any field of a domain object (a string, an enum, a tuple of quotes...)."""


@attrs.frozen(kw_only=True)
class DiffRow:
    """One field of two objects."""

    field: str
    """The field name."""
    a: FieldValue
    """Its value in the first object."""
    b: FieldValue
    """Its value in the second object."""
    verbatim: bool = False
    """True for a field that holds a seed's text as it stands (``\\$``, ``[link](#)``)."""

    @property
    def same(self) -> bool:
        """Whether the values are equal."""
        return self.a == self.b


@attrs.frozen(kw_only=True)
class ObjectDiff(Result[DiffRow]):
    """Two objects of one kind, field by field.

    It iterates as its fields; its table and its records have one row per field, the
    values shown as text. A record gives each value as it stands (``a``, ``b``: quotes
    and a seed's text verbatim, markup kept) and its display form beside it
    (``a_display``, ``b_display``: the markup undone, as ``binational.model.display_text``
    does); the table shows the display form.
    """

    a: Object
    """The first object."""
    b: Object
    """The second object."""
    rows: tuple[DiffRow, ...]
    """Every field, in declaration order."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "field": "string",
        "a": "string",
        "a_display": "string",
        "b": "string",
        "b_display": "string",
        "same": "boolean",
    }

    @property
    def differing(self) -> tuple[DiffRow, ...]:
        """The fields whose values differ."""
        return tuple(r for r in self.rows if not r.same)

    @property
    def _rows(self) -> tuple[DiffRow, ...]:
        return self.rows

    def _record(self, r: DiffRow, /) -> Record:
        a, b = _as_it_stands(r.a, r.verbatim), _as_it_stands(r.b, r.verbatim)
        return {
            "field": r.field,
            "a": a,
            "a_display": display_text(a),
            "b": b,
            "b_display": display_text(b),
            "same": r.same,
        }

    def _title(self) -> str:
        return f"{self.a.id} vs {self.b.id}"

    def _headers(self) -> list[str]:
        return ["field", self.a.id, self.b.id, ""]

    def _cells(self, r: DiffRow, /) -> list[Cell]:
        return [
            make_cell(r.field),
            make_cell(_shown(r.a, r.verbatim)),
            make_cell(_shown(r.b, r.verbatim)),
            make_cell("=" if r.same else "≠"),
        ]

    def _note(self) -> str:
        return f"{len(self.differing)} of {len(self.rows)} fields differ."


def _as_it_stands(value: FieldValue, verbatim: bool) -> str:
    """A value as one line of text, a seed's text in it verbatim (markup kept, uncut)."""
    if isinstance(value, str) and verbatim:
        return value
    if isinstance(value, Quote):
        return f"“{value.text}” [{value.start}:{value.end}]"
    if isinstance(value, Timeframe):
        return value.text
    if isinstance(value, tuple) and value:
        return "; ".join(_as_it_stands(v, verbatim) for v in value)
    return show_value(value)


def _shown(value: FieldValue, verbatim: bool) -> str:
    """A value as a table shows it: its display form (quotes cut as :func:`show_value`)."""
    return display_text(value) if isinstance(value, str) and verbatim else show_value(value)


def diff(a: Object, b: Object) -> ObjectDiff:
    """Two objects of one kind, field by field.

    >>> import binational
    >>> opts = binational.load().options
    >>> d = diff(opts["nsc-option-border-enforcement"], opts["nsc-option-regional-cooperation"])
    >>> [r.field for r in d.differing][:3]
    ['id', 'name', 'summary']
    """
    for name, value in (("a", a), ("b", b)):
        if not attrs.has(type(value)):
            raise TypeError(
                "diff() takes two domain objects (an Actor, a PolicyOption, ...) as a and b; "
                f"{name} is {type(value).__name__}"
            )
    if type(a) is not type(b):
        kinds = f"{type(a).__name__} and {type(b).__name__}"
        raise TypeError(f"diff() compares two objects of one kind, not {kinds}")
    rows = tuple(
        DiffRow(
            field=f.name,
            a=getattr(a, f.name),
            b=getattr(b, f.name),
            verbatim=bool(f.metadata.get("verbatim")),
        )
        for f in attrs.fields(type(a))
    )
    return ObjectDiff(a=a, b=b, rows=rows)
