"""Objects flattened into rows of plain values, and a collection as a typed DataFrame.

An object is one row, with a column per field that holds one plain value. Dates are
expanded (``issued``, ``issued_year``, ``issued_month``...), and a single nested record
is flattened with its field name as prefix (``timeframe_text``, ``parent_actor``). A
field that holds a seed's text as it stands (a framing's ``text``) has its display form
beside it (``text_display``: :func:`~binational.model.display_text`). Values
are plain: ids and enums as strings, numbers as numbers (an exact number, a figure's
value, as a :class:`~decimal.Decimal`), dates as ISO strings of the precision stated
(``2021-10``). What an object holds in lists is left out: the tables of
:mod:`binational.export` put it in companion tables.

:meth:`Collection.to_frame <binational.Collection.to_frame>` is made from these rows.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, NamedTuple

import attrs

from binational.model import Dating, PartialDate, Period, Quote, display_text

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "VALUE_CLASSES",
    "ColumnType",
    "Row",
    "Value",
    "column_type",
    "columns",
    "frame",
    "plain",
    "record_types",
    "require_pandas",
    "row",
]

ColumnType = Literal["string", "integer", "number", "decimal", "boolean", "date"]
"""The type of a column; a ``date`` field is expanded into several columns (:func:`columns`).

A ``decimal`` column holds exact numbers (:class:`~decimal.Decimal`)."""

Value = str | int | float | Decimal | None
"""A plain value of a row (a bool is an int; an exact number is a Decimal)."""

Row = dict[str, Value]
"""A row: column name to plain value."""

VALUE_CLASSES: tuple[type, ...] = (Quote, PartialDate, Dating, Period)
"""The attrs classes taken as values (a date, a quote), not as records to flatten."""

_PANDAS_TYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "decimal": "Float64",  # a DataFrame is for computing: exact values are on the objects
    "boolean": "boolean",
}


def _options(t: object) -> tuple[object, ...]:
    """The non-None members of an annotation (itself if it is not a union)."""
    union = typing.get_origin(t) in (typing.Union, types.UnionType)
    return tuple(o for o in (typing.get_args(t) if union else (t,)) if o is not type(None))


def column_type(annotation: object) -> ColumnType | None:
    """The column type of a field annotated ``annotation``; None if it is not one value.

    >>> column_type(int | None), column_type(tuple[str, ...])
    ('integer', None)
    """
    options = _options(annotation)
    if len(options) != 1:
        return None
    (o,) = options
    if o is bool:
        return "boolean"
    if o is int:
        return "integer"
    if o is float:
        return "number"
    if o is Decimal:
        return "decimal"
    if o is str or (isinstance(o, type) and issubclass(o, enum.Enum)):
        return "string"
    if o in (PartialDate, Dating, Period):
        return "date"
    return None


def record_types(annotation: object) -> tuple[type, ...]:
    """The attrs classes an annotation holds (quotes and dates aside), else ()."""
    options = _options(annotation)
    records = tuple(
        o for o in options if isinstance(o, type) and attrs.has(o) and o not in VALUE_CLASSES
    )
    return records if len(records) == len(options) else ()


def _date_columns(name: str, annotation: object) -> list[tuple[str, ColumnType]]:
    options = _options(annotation)
    out: list[tuple[str, ColumnType]] = [(name, "string"), (f"{name}_year", "integer")]
    if Period not in options:
        out += [(f"{name}_month", "integer"), (f"{name}_day", "integer")]
    if Dating in options:
        out.append((f"{name}_certainty", "string"))
    return out


class _Field(NamedTuple):
    """How :func:`row` reads one field of a class: planned once per class."""

    name: str
    how: Literal["nested", "date", "plain"]
    nested: type | None
    """The record class a nested field holds (``how == "nested"``)."""
    columns: tuple[str, ...]
    """The columns a nested or date field fills."""
    verbatim: bool


@functools.cache
def _plan(cls: type) -> tuple[_Field, ...]:
    """The fields of ``cls`` that make columns, read once per class (its type hints)."""
    hints = typing.get_type_hints(cls)
    out: list[_Field] = []
    for f in attrs.fields(cls):
        nested = record_types(hints[f.name])
        kind = column_type(hints[f.name])
        verbatim = bool(f.metadata.get("verbatim"))
        if len(nested) == 1:
            names = tuple(c for c, _ in columns(nested[0]))
            out.append(_Field(f.name, "nested", nested[0], names, verbatim))
        elif kind == "date":
            names = tuple(c for c, _ in _date_columns(f.name, hints[f.name]))
            out.append(_Field(f.name, "date", None, names, verbatim))
        elif kind is not None:
            out.append(_Field(f.name, "plain", None, (), verbatim))
    return tuple(out)


@functools.cache
def _columns(cls: type) -> tuple[tuple[str, ColumnType], ...]:
    hints = typing.get_type_hints(cls)
    out: list[tuple[str, ColumnType]] = []
    for f in attrs.fields(cls):
        nested = record_types(hints[f.name])
        kind = column_type(hints[f.name])
        if len(nested) == 1:
            out += [(f"{f.name}_{c}", k) for c, k in columns(nested[0])]
        elif kind == "date":
            out += _date_columns(f.name, hints[f.name])
        elif kind is not None:
            out.append((f.name, kind))
            if f.metadata.get("verbatim"):
                out.append((f"{f.name}_display", "string"))
    return tuple(out)


def columns(cls: type) -> list[tuple[str, ColumnType]]:
    """``(column, type)`` of the plain fields of the attrs class ``cls``, dates expanded.

    The fields' types are read once per class.

    >>> from binational import Timeframe
    >>> columns(Timeframe)[:4]
    [('text', 'string'), ('text_display', 'string'), ('start', 'string'), ('start_year', 'integer')]
    """
    return list(_columns(cls))


def plain(value: object) -> Value:
    """A field's value as a plain value: an enum as its value, else the value itself.

    Raises :exc:`TypeError` for a value that is not a str, a number or None.
    """
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, str | int | float | Decimal):
        return value
    raise TypeError(f"not a plain value: {type(value).__name__} {value!r:.80}")


def row(obj: object) -> Row:
    """The plain values of the attrs instance ``obj``, under the names of :func:`columns`.

    What to read of each field is planned once per class, not per object.

    >>> from binational import Period, PartialDate, Quote, Timeframe
    >>> q = Quote(source="s", start=0, end=4, text="2026")
    >>> row(Timeframe(text="in 2026", evidence=(q,), start=PartialDate(year=2026)))["start_year"]
    2026
    """
    out: Row = {}
    cls: type = type(obj)
    for f in _plan(cls):
        value = getattr(obj, f.name)
        if f.how == "nested":
            sub = row(value) if value is not None else {}
            out.update({f"{f.name}_{c}": sub.get(c) for c in f.columns})
        elif f.how == "date":
            out.update(dict.fromkeys(f.columns))
            if value is not None:
                date = value.date if isinstance(value, Dating) else value
                out[f.name] = str(date)
                out[f"{f.name}_year"] = date.start if isinstance(date, Period) else date.year
                if not isinstance(date, Period):
                    out[f"{f.name}_month"] = date.month
                    out[f"{f.name}_day"] = date.day
                if isinstance(value, Dating):
                    out[f"{f.name}_certainty"] = value.certainty.value
        else:
            out[f.name] = plain(value)
            if f.verbatim:
                out[f"{f.name}_display"] = None if value is None else display_text(value)
    return out


def require_pandas(needed_for: str = "to_frame()") -> None:
    """Check that pandas can be imported; :class:`~binational.MissingDependencyError` if not.

    The one place the DataFrame views say what to install (``pip install
    "binational[pandas]"``); each then imports pandas itself, typed.
    """
    try:
        import pandas  # noqa: F401, ICN001 - imported only to see that it can be
    except ImportError:
        from binational.exceptions import MissingDependencyError

        raise MissingDependencyError("pandas", needed_for=needed_for, extra="pandas") from None


def frame(cls: type, objects: Iterable[object]) -> pd.DataFrame:
    """The ``objects`` (of the attrs class ``cls``) as a DataFrame: a row each, typed columns.

    Requires pandas (``pip install "binational[pandas]"``).
    """
    require_pandas()
    import pandas as pd

    schema = columns(cls)
    names = [c for c, _ in schema]
    rows = [row(o) for o in objects]
    data = pd.DataFrame.from_records([{c: r.get(c) for c in names} for r in rows], columns=names)
    return data.astype({c: _PANDAS_TYPES[t] for c, t in schema})
