"""Tidy tables: one per kind and companions joined by id, as CSV, Parquet and DataFrames."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import binational
from binational import Kind, Quote
from binational.export import table_schema, tables, write_tables

CORPUS = binational.load()


def quotes_in(obj: object) -> Iterator[Quote]:
    """Every quote inside an object, however deep."""
    if isinstance(obj, Quote):
        yield obj
    elif isinstance(obj, tuple):
        for v in obj:
            yield from quotes_in(v)
    elif attrs.has(type(obj)):
        for f in attrs.fields(type(obj)):
            yield from quotes_in(getattr(obj, f.name))


TABLES = tables(CORPUS)
SCHEMA = table_schema()


class TestTables:
    def test_every_object_is_one_row(self) -> None:
        """Each kind's table has one row per object, with its id."""
        for kind in Kind:
            assert [r["id"] for r in TABLES[kind.value]] == list(CORPUS.collection(kind).ids())

    def test_rows_have_the_schema_columns(self) -> None:
        """Every table is in the schema, and its rows use only the schema's columns."""
        assert set(TABLES) <= set(SCHEMA)
        for name, rows in TABLES.items():
            for r in rows:
                assert set(r) <= set(SCHEMA[name]), name

    def test_every_quote_is_a_row_and_verifies(self) -> None:
        """The quotes table holds every quote of every object, verbatim at its offsets."""
        for r in TABLES["quotes"]:
            assert CORPUS.text(r["source"])[r["start"] : r["end"]] == r["text"]
        expected = {}
        for kind in Kind:
            for obj in CORPUS.collection(kind):
                expected[obj.id] = len(list(quotes_in(obj)))
        found: dict[str, int] = dict.fromkeys(expected, 0)
        for r in TABLES["quotes"]:
            found[r["id"]] += 1
        assert expected == found

    def test_nested_records_are_companion_rows(self) -> None:
        """An option's assessments are rows of options_assessments, in order."""
        option = CORPUS.options["nsc-option-border-enforcement"]
        rows = [r for r in TABLES["options_assessments"] if r["id"] == option.id]
        assert [(a.criterion.value, a.rating.value) for a in option.assessments] == [
            (r["criterion"], r["rating"]) for r in rows
        ]

    def test_lists_of_ids_are_links(self) -> None:
        """A recommendation's addressees are rows of links."""
        rec = CORPUS.recommendations["nsc-joint-enforcement-task-forces"]
        found = [
            r["value"] for r in TABLES["links"] if r["id"] == rec.id and r["field"] == "addressees"
        ]
        assert list(rec.addressees) == found


class TestFiles:
    def test_csv_has_the_schema_header(self, tmp_path: Path) -> None:
        """Each CSV file's header is its schema's columns, and it has a row per record."""
        for path in write_tables(tmp_path):
            with path.open(encoding="utf-8") as f:
                reader = csv.DictReader(f)
                rows = list(reader)
            assert list(SCHEMA[path.stem]) == reader.fieldnames
            assert len(TABLES.get(path.stem, [])) == len(rows)

    def test_exact_numbers_are_written_as_printed(self, tmp_path: Path) -> None:
        """A figure's value is its numeral in CSV and a decimal in Parquet, never a float."""
        write_tables(tmp_path)
        with (tmp_path / "figures.csv").open(encoding="utf-8") as f:
            values = {r["id"]: r["value"] for r in csv.DictReader(f)}
        assert values["orion-fig-doj-mandatory"] == "8.3"
        assert values["orion-fig-weapons-origin-czech-republic-2024"] == "7.31"
        assert values["orion-fig-drug-deaths-claim"] == "300000"
        pq = pytest.importorskip("pyarrow.parquet")
        write_tables(tmp_path, format="parquet")
        rows = pq.read_table(tmp_path / "figures.parquet").to_pylist()
        doj = next(r for r in rows if r["id"] == "orion-fig-doj-mandatory")
        assert Decimal("8.3") == doj["value"]

    def test_duckdb_joins_recommendations_to_their_quotes(self, tmp_path: Path) -> None:
        """DuckDB reads the Parquet files as they are and joins them by id."""
        duckdb = pytest.importorskip("duckdb")
        pytest.importorskip("pyarrow")
        write_tables(tmp_path, format="parquet")
        con = duckdb.connect()
        sql = (
            "select r.id, count(*) from read_parquet(?) r join read_parquet(?) q "
            "on q.id = r.id and q.path like 'evidence%' group by r.id"
        )
        files = [str(tmp_path / "recommendations.parquet"), str(tmp_path / "quotes.parquet")]
        counts = dict(con.execute(sql, files).fetchall())
        assert {r.id: len(r.evidence) for r in CORPUS.recommendations} == counts
        described = con.execute(
            "describe select * from read_parquet(?)", [str(tmp_path / "figures.parquet")]
        ).fetchall()
        types = {c[0]: c[1] for c in described}
        assert (
            types["value"],
            types["period_year"],
            types["unit"],
        ) == ("DECIMAL(38,9)", "BIGINT", "VARCHAR")

    def test_bad_format(self, tmp_path: Path) -> None:
        """An unknown format is refused before anything is written."""
        with pytest.raises(ValueError, match="'csv' or 'parquet'"):
            write_tables(tmp_path / "x", format="xlsx")
        assert not (tmp_path / "x").exists()


class TestCollectionFrames:
    @pytest.mark.parametrize("kind", list(Kind), ids=lambda k: k.value)
    def test_one_row_per_object_typed(self, kind: Kind) -> None:
        """to_frame() has one row per object and the schema's types."""
        pytest.importorskip("pandas")
        coll = CORPUS.collection(kind)
        frame = coll.to_frame()
        assert list(coll.ids()) == list(frame["id"])
        expected = {
            "string": "string",
            "integer": "Int64",
            "number": "Float64",
            "decimal": "Float64",
            "boolean": "boolean",
        }
        assert {c: expected[t] for c, t in SCHEMA[kind.value].items()} == {
            c: str(t) for c, t in frame.dtypes.items()
        }
