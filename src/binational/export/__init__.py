"""Exports: tables (CSV, Parquet, DataFrames), the corpus as JSON, BibTeX and RIS.

Files are written atomically and never through a symbolic link (:func:`write_text`,
:func:`write_tables`); CSV cells a spreadsheet would run are neutralised (:func:`to_csv`).
"""

from binational.export._files import to_csv, write_text
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
    "to_csv",
    "to_ris",
    "write_tables",
    "write_text",
]
