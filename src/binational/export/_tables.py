"""The corpus as tidy tables: one table per kind, companion tables for what is nested.

Every object is one row of its kind's table (``actors``, ``recommendations``...), with a
column per scalar field. What an object holds in lists becomes rows of companion
tables joined by ``id``:

- ``quotes``: every quote of every object, wherever it sits (``path`` says where:
  ``evidence[0]``, ``assessments[2].evidence[0]``);
- ``links``: every list of ids or values (``addressees``, ``themes``, ``aliases``...):
  one row per (object, field, value);
- ``<kind>_<field>``: every list of records (``options_assessments``,
  ``initiatives_participants``, ``options_benefits``...): one row per record, with its
  scalar fields.

Values are plain: ids and enums as strings, numbers as numbers, dates as ISO strings of
the precision stated (``2021-10``) with their year, month and day beside them. The same
tables are written as CSV or Parquet by :func:`write_tables`; their columns are listed
by :func:`table_schema`.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from binational.corpus._corpus import CLASS_OF, Corpus
from binational.model._model import Dating, Kind, Organization, PartialDate, Period, Person, Quote

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["frame", "table_schema", "tables", "write_tables"]

Row = dict[str, Any]


def _options(t: Any) -> tuple[Any, ...]:
    """The non-None members of an annotation (itself if it is not a union)."""
    union = typing.get_origin(t) in (typing.Union, types.UnionType)
    return tuple(o for o in (typing.get_args(t) if union else (t,)) if o is not type(None))


def _scalar_kind(t: Any) -> str | None:
    """The column type of an annotation that is one plain value, else None."""
    options = _options(t)
    if len(options) != 1:
        return None
    (o,) = options
    if o is bool:
        return "boolean"
    if o is int:
        return "integer"
    if o is float:
        return "number"
    if o is str or (isinstance(o, type) and issubclass(o, enum.Enum)):
        return "string"
    if o in (PartialDate, Dating, Period):
        return "date"
    return None


_NOT_RECORDS = (Quote, PartialDate, Dating, Period)


def _record_types(t: Any) -> tuple[type, ...]:
    """The attrs classes an annotation holds (quotes and dates aside), else ()."""
    options = _options(t)
    records = tuple(
        o for o in options if isinstance(o, type) and attrs.has(o) and o not in _NOT_RECORDS
    )
    return records if len(records) == len(options) else ()


def _date_columns(name: str, t: Any) -> list[tuple[str, str]]:
    options = _options(t)
    out = [(name, "string"), (f"{name}_year", "integer")]
    if Period not in options:
        out += [(f"{name}_month", "integer"), (f"{name}_day", "integer")]
    if Dating in options:
        out.append((f"{name}_certainty", "string"))
    return out


def _columns(cls: type) -> list[tuple[str, str]]:
    """(column, type) of the plain fields of ``cls``.

    Dates are expanded (``issued``, ``issued_year``...), and a single nested record is
    flattened with its field name as prefix (``timeframe_text``, ``parent_actor``).
    """
    hints = typing.get_type_hints(cls)
    out: list[tuple[str, str]] = []
    for f in attrs.fields(cls):
        nested = _record_types(hints[f.name])
        kind = _scalar_kind(hints[f.name])
        if len(nested) == 1:
            out += [(f"{f.name}_{c}", k) for c, k in _columns(nested[0])]
        elif kind == "date":
            out += _date_columns(f.name, hints[f.name])
        elif kind is not None:
            out.append((f.name, kind))
    return out


def _union_columns(classes: tuple[type, ...]) -> list[tuple[str, str]]:
    """Columns of a list of records of several classes (creators): ``type`` first."""
    out: dict[str, str] = {"type": "string"}
    for c in classes:
        out.update(_columns(c))
    return list(out.items())


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _scalars(obj: Any) -> Row:
    """The plain values of ``obj`` under the column names of :func:`_columns`."""
    row: Row = {}
    hints = typing.get_type_hints(type(obj))
    for f in attrs.fields(type(obj)):
        value = getattr(obj, f.name)
        nested = _record_types(hints[f.name])
        kind = _scalar_kind(hints[f.name])
        if len(nested) == 1:
            sub = _scalars(value) if value is not None else {}
            row.update({f"{f.name}_{c}": sub.get(c) for c, _ in _columns(nested[0])})
        elif kind == "date":
            columns = [c for c, _ in _date_columns(f.name, hints[f.name])]
            row.update(dict.fromkeys(columns))
            if value is not None:
                date = value.date if isinstance(value, Dating) else value
                row[f.name] = str(date)
                row[f"{f.name}_year"] = date.start if isinstance(date, Period) else date.year
                if not isinstance(date, Period):
                    row[f"{f.name}_month"] = date.month
                    row[f"{f.name}_day"] = date.day
                if isinstance(value, Dating):
                    row[f"{f.name}_certainty"] = value.certainty.value
        elif kind is not None:
            row[f.name] = _plain(value)
    return row


@attrs.define
class _Collector:
    """Fills the companion tables of one object."""

    out: dict[str, list[Row]]
    object_id: str
    kind: str
    table: str

    def walk(self, value: Any, path: str) -> None:
        if isinstance(value, Quote):
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
                }
            )
        elif isinstance(value, tuple):
            for i, v in enumerate(value):
                if isinstance(v, str | enum.Enum):
                    self.out["links"].append(
                        {
                            "id": self.object_id,
                            "kind": self.kind,
                            "field": path,
                            "position": i,
                            "value": _plain(v),
                        }
                    )
                else:
                    self.walk(v, f"{path}[{i}]")
        elif isinstance(value, Dating):
            for i, q in enumerate(value.evidence):
                self.walk(q, f"{path}.evidence[{i}]")
        elif attrs.has(type(value)) and not isinstance(value, _NOT_RECORDS):
            if "[" in path and "." not in path:  # a record in a list of the object itself
                field, index = path.split("[")
                record = {"id": self.object_id, "position": int(index[:-1]), **_scalars(value)}
                if isinstance(value, Person | Organization):
                    record["type"] = type(value).__name__.lower()
                self.out.setdefault(f"{self.table}_{field}", []).append(record)
            for f in attrs.fields(type(value)):
                self.walk(getattr(value, f.name), f"{path}.{f.name}")


def tables(corpus: Corpus | None = None) -> dict[str, list[Row]]:
    """Every table of the corpus, by name: lists of rows (dicts of plain values).

    >>> t = tables()
    >>> sorted(t)[:4]
    ['actors', 'characterizations', 'citations', 'figures']
    >>> row = next(r for r in t["options_assessments"]
    ...            if r["id"] == "nsc-option-border-enforcement")
    >>> row["criterion"], row["rating"]
    ('time-to-results', 'favourable')
    """
    if corpus is None:
        from binational.loader._load import load

        corpus = load()
    out: dict[str, list[Row]] = {"quotes": [], "links": []}
    for kind, cls in CLASS_OF.items():
        rows = out.setdefault(kind.value, [])
        hints = typing.get_type_hints(cls)
        walked = [
            f.name
            for f in attrs.fields(cls)
            if _scalar_kind(hints[f.name]) in (None, "date") or f.name == "evidence"
        ]
        for obj in corpus.collection(kind):
            rows.append(_scalars(obj))
            collector = _Collector(out, obj.id, kind.value[:-1], kind.value)
            for name in walked:
                collector.walk(getattr(obj, name), name)
    return out


def table_schema() -> dict[str, dict[str, str]]:
    """The columns of every table and their types, as :func:`write_tables` writes them.

    Types are ``string``, ``integer``, ``number`` and ``boolean``.

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
        schema[kind.value] = dict(_columns(cls))
        hints = typing.get_type_hints(cls)
        for f in attrs.fields(cls):
            if typing.get_origin(hints[f.name]) is not tuple:
                continue
            records = _record_types(typing.get_args(hints[f.name])[0])
            if records:
                columns = _columns(records[0]) if len(records) == 1 else _union_columns(records)
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
    folder: str | Path, *, format: str = "csv", corpus: Corpus | None = None
) -> list[Path]:
    """Write every table to ``folder`` as ``<name>.csv`` or ``<name>.parquet``.

    CSV is UTF-8 with a header row and empty cells for missing values. Parquet needs
    pyarrow (``pip install "binational[parquet]"``) and keeps the column types of
    :func:`table_schema`. Returns the files written.
    """
    if format not in ("csv", "parquet"):
        raise ValueError(f"format must be 'csv' or 'parquet', not {format!r}")
    if not isinstance(folder, str | Path):
        raise TypeError(f"folder must be a path, not {type(folder).__name__}")
    target = Path(folder)
    data = tables(corpus)
    schema = table_schema()
    written: list[Path] = []
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
            "boolean": pa.bool_(),
        }
        target.mkdir(parents=True, exist_ok=True)
        for name, columns in schema.items():
            arrow = pa.schema([(c, arrow_types[t]) for c, t in columns.items()])
            rows = list(_records(data.get(name, []), columns))
            path = target / f"{name}.parquet"
            pq.write_table(pa.Table.from_pylist(rows, schema=arrow), path)
            written.append(path)
        return written
    import csv

    target.mkdir(parents=True, exist_ok=True)
    for name, columns in schema.items():
        path = target / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(columns))
            writer.writeheader()
            writer.writerows(_records(data.get(name, []), columns))
        written.append(path)
    return written


_PANDAS_TYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


def frame(kind: Kind, objects: Iterable[Any]) -> pd.DataFrame:
    """The objects of one kind as a pandas DataFrame, typed as :func:`table_schema` says.

    Requires pandas (``pip install "binational[pandas]"``).
    """
    try:
        import pandas as pd
    except ImportError:
        from binational.exceptions import MissingDependencyError

        raise MissingDependencyError("pandas", needed_for="to_frame()", extra="pandas") from None
    columns = table_schema()[kind.value]
    rows = list(_records([_scalars(o) for o in objects], columns))
    data = pd.DataFrame.from_records(rows, columns=list(columns))
    return data.astype({c: _PANDAS_TYPES[t] for c, t in columns.items()})
