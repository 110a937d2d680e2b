"""The corpus as tidy tables: one table per kind, companion tables for what is nested.

Every object is one row of its kind's table (``actors``, ``recommendations``...), with a
column per scalar field. What an object holds in lists becomes rows of companion
tables joined by ``id``:

- ``quotes``: every quote of every object, wherever it sits (``path`` says where:
  ``evidence[0]``, ``assessments[2].evidence[0]``), verbatim (``text``) and in its
  display form (``text_display``, :func:`~binational.model.display_text`);
- ``links``: every list of ids or values (``addressees``, ``themes``, ``aliases``...):
  one row per (object, field, value);
- ``<kind>_<field>``: every list of records (``options_assessments``,
  ``initiatives_participants``, ``options_benefits``...): one row per record, with its
  scalar fields.

Values are plain: ids and enums as strings, numbers as numbers (a figure's value exact,
as a :class:`~decimal.Decimal`, written in CSV as printed and in Parquet as a decimal),
dates as ISO strings of the precision stated (``2021-10``) with their year, month and
day beside them. The same
tables are written as CSV or Parquet by :func:`write_tables`; their columns are listed
by :func:`table_schema`.
"""

from __future__ import annotations

import enum
import functools
import io
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from binational.corpus import (
    CLASS_OF,
    VALUE_CLASSES,
    Corpus,
    Row,
    column_type,
    corpus_given,
    plain,
    record_types,
    row,
)
from binational.corpus import columns as object_columns
from binational.export._files import write_csv, write_files
from binational.model import Dating, Organization, Person, Quote, display_text

__all__ = ["table_schema", "tables", "write_tables"]


def _union_columns(classes: tuple[type, ...]) -> list[tuple[str, str]]:
    """Columns of a list of records of several classes (creators): ``type`` first."""
    out: dict[str, str] = {"type": "string"}
    for c in classes:
        out.update(object_columns(c))
    return list(out.items())


@attrs.define
class _Collector:
    """Fills the companion tables of one object."""

    out: dict[str, list[Row]]
    object_id: str
    kind: str
    table: str

    def quote(self, value: Quote, path: str) -> None:
        self.out["quotes"].append(
            {
                "id": self.object_id,
                "kind": self.kind,
                "path": path,
                "source": value.source,
                "start": value.start,
                "end": value.end,
                "section": value.section,
                "text": value.text,
                "text_display": display_text(value.text),
            }
        )

    def walk(self, value: Any, path: str) -> None:
        if value is None or isinstance(value, _LEAVES):
            return
        if isinstance(value, Quote):
            self.quote(value, path)
        elif isinstance(value, tuple):
            for i, v in enumerate(value):
                if isinstance(v, Quote):
                    self.quote(v, f"{path}[{i}]")
                elif isinstance(v, str | enum.Enum):
                    self.out["links"].append(
                        {
                            "id": self.object_id,
                            "kind": self.kind,
                            "field": path,
                            "position": i,
                            "value": plain(v),
                        }
                    )
                else:
                    self.walk(v, f"{path}[{i}]")
        elif isinstance(value, Dating):
            for i, q in enumerate(value.evidence):
                self.walk(q, f"{path}.evidence[{i}]")
        elif attrs.has(type(value)) and not isinstance(value, VALUE_CLASSES):
            if "[" in path and "." not in path:  # a record in a list of the object itself
                field, index = path.split("[")
                record = {"id": self.object_id, "position": int(index[:-1]), **row(value)}
                if isinstance(value, Person | Organization):
                    record["type"] = type(value).__name__.lower()
                self.out.setdefault(f"{self.table}_{field}", []).append(record)
            cls: type = type(value)
            for name in _field_names(cls):
                self.walk(getattr(value, name), f"{path}.{name}")


_LEAVES = (str, int, float, Decimal, enum.Enum)
"""Values that hold no quote, link or record: skipped by the walk."""


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The field names of the attrs class ``cls`` (read once per class)."""
    return tuple(f.name for f in attrs.fields(cls))


@functools.cache
def _walked(cls: type) -> tuple[str, ...]:
    """The fields of a model class whose values go to the companion tables."""
    hints = typing.get_type_hints(cls)
    return tuple(
        f.name
        for f in attrs.fields(cls)
        if column_type(hints[f.name]) in (None, "date") or f.name == "evidence"
    )


def tables(corpus: Corpus | None = None) -> dict[str, list[Row]]:
    """Every table of the corpus, by name: lists of rows (dicts of plain values).

    >>> t = tables()
    >>> sorted(t)[:4]
    ['actors', 'actors_affiliations', 'actors_events', 'characterizations']
    >>> row = next(r for r in t["options_assessments"]
    ...            if r["id"] == "nsc-option-border-enforcement")
    >>> row["criterion"], row["rating"]
    ('time-to-results', 'favourable')
    """
    corpus = corpus_given(corpus, "tables()")
    if corpus is None:
        from binational.loader import load

        corpus = load()
    out: dict[str, list[Row]] = {"quotes": [], "links": []}
    for kind, cls in CLASS_OF.items():
        rows = out.setdefault(kind.value, [])
        walked = _walked(cls)
        for obj in corpus.collection(kind):
            rows.append(row(obj))
            collector = _Collector(out, obj.id, kind.value[:-1], kind.value)
            for name in walked:
                collector.walk(getattr(obj, name), name)
    return out


def table_schema() -> dict[str, dict[str, str]]:
    """The columns of every table and their types, as :func:`write_tables` writes them.

    Types are ``string``, ``integer``, ``number``, ``decimal`` (an exact number) and
    ``boolean``.

    >>> table_schema()["quotes"]["start"]
    'integer'
    """
    schema: dict[str, dict[str, str]] = {
        "quotes": {
            "id": "string",
            "kind": "string",
            "path": "string",
            "source": "string",
            "start": "integer",
            "end": "integer",
            "section": "string",
            "text": "string",
            "text_display": "string",
        },
        "links": {
            "id": "string",
            "kind": "string",
            "field": "string",
            "position": "integer",
            "value": "string",
        },
    }
    for kind, cls in CLASS_OF.items():
        schema[kind.value] = dict(object_columns(cls))
        hints = typing.get_type_hints(cls)
        for f in attrs.fields(cls):
            if typing.get_origin(hints[f.name]) is not tuple:
                continue
            records = record_types(typing.get_args(hints[f.name])[0])
            if records:
                columns = (
                    object_columns(records[0]) if len(records) == 1 else _union_columns(records)
                )
                schema[f"{kind.value}_{f.name}"] = {
                    "id": "string",
                    "position": "integer",
                    **dict(columns),
                }
    return schema


def _records(rows: list[Row], schema: dict[str, str]) -> Iterator[Row]:
    for r in rows:
        yield {c: r.get(c) for c in schema}


def write_tables(
    folder: str | Path,
    *,
    format: str = "csv",
    corpus: Corpus | None = None,
    formulas: Literal["neutralise", "keep"] = "neutralise",
) -> list[Path]:
    """Write every table to ``folder`` as ``<name>.csv`` or ``<name>.parquet``.

    CSV is UTF-8 with a header row and empty cells for missing values; an exact number
    is written as its numeral (``8.3``, ``8300000000``). A text cell that a
    spreadsheet would run as a formula (one starting with ``=``, ``+``, ``-``, ``@``, a
    tab or a carriage return) is written with a leading ``'`` (OWASP's rule against
    CSV injection); ``formulas="keep"`` writes such cells raw, for pipelines that read
    the values themselves. Numbers are never touched, and Parquet is always raw.
    Parquet needs pyarrow (``pip install "binational[parquet]"``) and keeps the column
    types of :func:`table_schema` (a ``decimal`` column as a Parquet decimal with 9
    digits after the point).

    The tables are written all or none: each to a temporary file beside its
    destination, renamed into place once all are written, so an error or an
    interruption leaves the folder as it was. A destination that is a symbolic link is
    refused, not followed. Returns the files written.
    """
    if format not in ("csv", "parquet"):
        raise ValueError(f"format must be 'csv' or 'parquet', not {format!r}")
    if formulas not in ("neutralise", "keep"):
        raise ValueError(f"formulas must be 'neutralise' or 'keep', not {formulas!r}")
    if not isinstance(folder, str | Path):
        raise TypeError(f"folder must be a path, not {type(folder).__name__}")
    target = Path(folder)
    corpus_given(corpus, "write_tables()")
    data = tables(corpus)
    schema = table_schema()
    files: dict[Path, Callable[[IO[bytes]], object]] = {}
    if format == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            from binational.exceptions import MissingDependencyError

            raise MissingDependencyError(
                "pyarrow", needed_for="write_tables(format='parquet')", extra="parquet"
            ) from None
        arrow_types = {
            "string": pa.string(),
            "integer": pa.int64(),
            "number": pa.float64(),
            "decimal": pa.decimal128(38, 9),
            "boolean": pa.bool_(),
        }

        def parquet_file(name: str, columns: dict[str, str]) -> Callable[[IO[bytes]], object]:
            arrow = pa.schema([(c, arrow_types[t]) for c, t in columns.items()])
            rows = list(_records(data.get(name, []), columns))
            return lambda stream: pq.write_table(pa.Table.from_pylist(rows, schema=arrow), stream)

        for name, columns in schema.items():
            files[target / f"{name}.parquet"] = parquet_file(name, columns)
    else:

        def csv_file(name: str, columns: dict[str, str]) -> Callable[[IO[bytes]], object]:
            def write(stream: IO[bytes]) -> None:
                text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
                rows = data.get(name, [])
                write_csv(text, rows, list(columns), formulas=formulas)
                text.flush()
                text.detach()

            return write

        for name, columns in schema.items():
            files[target / f"{name}.csv"] = csv_file(name, columns)
    created = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    try:
        return write_files(files)
    except BaseException:
        if created:  # as it was: no folder
            target.rmdir()
        raise
