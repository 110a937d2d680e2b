"""Display text beside verbatim text, wherever a reader gets text as a value."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

import binational
from binational import Kind
from binational.export import table_schema, tables
from binational.model import display_text

from .comparing import MAKERS

CORPUS = binational.load()
TABLES = tables(CORPUS)
MARKUP = "orion-fig-doj-mandatory"
"""A figure whose quote holds the seed's markup (``\\$``)."""


def displayed(record: Mapping[str, object]) -> list[tuple[str, object, object]]:
    """Each ``X_display`` value of a record, with ``X`` and what display_text makes of it."""
    out = []
    for key, value in record.items():
        if key.endswith("_display"):
            verbatim = record[key.removesuffix("_display")]
            expected = None if verbatim is None else display_text(str(verbatim))
            out.append((key, value, expected))
    return out


@pytest.mark.parametrize("view", MAKERS)
def test_every_quote_column_of_the_records_has_its_display_form(view: str) -> None:
    """A column of a record that holds a quote verbatim has a ``_display`` column beside it."""
    result = MAKERS[view]()
    quoted = [c for c in result.columns if "quote" in c and c != "quotes"]
    for column in quoted:
        if not column.endswith("_display"):
            assert f"{column}_display" in result.columns, column
    for record in result.records():
        for key, value, expected in displayed(record):
            assert expected == value, key


def test_the_markup_is_undone_and_the_quote_kept() -> None:
    r"""The record keeps ``\$`` in the quote and drops it in the display form."""
    (record,) = binational.compare.figures([MARKUP]).records()
    assert "\\$8.3 billion" in str(record["quote"])
    assert "$8.3 billion" in str(record["quote_display"])
    assert "\\$" not in str(record["quote_display"])


def test_the_quotes_table_has_the_display_form() -> None:
    """The quotes table has the verbatim text and its display form, in the schema too."""
    assert table_schema()["quotes"]["text_display"] == "string"
    row = next(r for r in TABLES["quotes"] if r["id"] == MARKUP)
    assert "\\$" in str(row["text"])
    assert row["text_display"] == display_text(str(row["text"]))


@pytest.mark.parametrize(
    ("kind", "column"),
    [(Kind.FRAMING, "text"), (Kind.RECOMMENDATION, "timeframe_text")],
)
def test_verbatim_fields_have_their_display_form_in_frames_and_tables(
    kind: Kind, column: str
) -> None:
    """A field holding a seed's text as it stands has ``_display`` beside it."""
    pytest.importorskip("pandas")
    assert table_schema()[kind.value][f"{column}_display"] == "string"
    frame = CORPUS.collection(kind).to_frame()
    names = list(frame.columns)
    assert names.index(f"{column}_display") == names.index(column) + 1
    for row in TABLES[kind.value]:
        for key, value, expected in displayed(row):
            assert expected == value, key
