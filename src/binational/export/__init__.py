"""Exports: tables (CSV, Parquet, DataFrames), the corpus as JSON, BibTeX and RIS."""

from binational.export._json import JSON, as_json, corpus_json, corpus_json_schema
from binational.export._references import to_bibtex, to_csl_json, to_ris
from binational.export._tables import table_schema, tables, write_tables

__all__ = [
    "JSON",
    "as_json",
    "corpus_json",
    "corpus_json_schema",
    "table_schema",
    "tables",
    "to_bibtex",
    "to_csl_json",
    "to_ris",
    "write_tables",
]
