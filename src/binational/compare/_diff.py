"""Diff: two objects of one kind, field by field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar, TypeAlias

import attrs

from binational.compare._base import Result, make_cell, make_table
from binational.corpus._corpus import Object
from binational.model._table import Table, show_value

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

    @property
    def same(self) -> bool:
        """Whether the values are equal."""
        return self.a == self.b


@attrs.frozen(kw_only=True)
class ObjectDiff(Result):
    """Two objects of one kind, field by field."""

    a: Object
    """The first object."""
    b: Object
    """The second object."""
    rows: tuple[DiffRow, ...]
    """Every field, in declaration order."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "field": "string",
        "a": "string",
        "b": "string",
        "same": "boolean",
    }

    def __iter__(self) -> Iterator[DiffRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def differing(self) -> tuple[DiffRow, ...]:
        """The fields whose values differ."""
        return tuple(r for r in self.rows if not r.same)

    def table(self) -> Table:
        """One row per field; equal fields marked."""
        rows = [
            [
                make_cell(r.field),
                make_cell(_show(r.a)),
                make_cell(_show(r.b)),
                make_cell("=" if r.same else "≠"),
            ]
            for r in self.rows
        ]
        return make_table(
            f"{self.a.id} vs {self.b.id}",
            ["field", self.a.id, self.b.id, ""],
            rows,
            f"{len(self.differing)} of {len(self.rows)} fields differ.",
        )

    def records(self) -> list[dict[str, Any]]:
        """One record per field, values shown as text."""
        return [
            {"field": r.field, "a": _show(r.a), "b": _show(r.b), "same": r.same} for r in self.rows
        ]


def _show(value: object) -> str:

    return show_value(value)


def diff(a: Object, b: Object) -> ObjectDiff:
    """Two objects of one kind, field by field.

    >>> import binational
    >>> opts = binational.load().options
    >>> d = diff(opts["nsc-option-border-enforcement"], opts["nsc-option-regional-cooperation"])
    >>> [r.field for r in d.differing][:3]
    ['id', 'name', 'summary']
    """
    if not attrs.has(type(a)) or not attrs.has(type(b)):
        raise TypeError("diff() takes two domain objects (an Actor, a PolicyOption, ...)")
    if type(a) is not type(b):
        kinds = f"{type(a).__name__} and {type(b).__name__}"
        raise TypeError(f"diff() compares two objects of one kind, not {kinds}")
    rows = tuple(
        DiffRow(field=f.name, a=getattr(a, f.name), b=getattr(b, f.name))
        for f in attrs.fields(type(a))
    )
    return ObjectDiff(a=a, b=b, rows=rows)
