"""The corpus: the immutable Corpus, its collections, lookups and search, and its rows."""

from binational.corpus._corpus import (
    CLASS_OF,
    Collection,
    Corpus,
    Hits,
    Objects,
    Passages,
    TextHits,
    kind_of,
    sources_of,
)
from binational.corpus._frame import (
    VALUE_CLASSES,
    ColumnType,
    Row,
    Value,
    column_type,
    columns,
    frame,
    plain,
    record_types,
    require_pandas,
    row,
)
from binational.corpus._fts import FTS5_TOKENIZER, STOP_WORDS
from binational.corpus._given import corpus_given
from binational.corpus._resolve import Names, name_key, seed_number
from binational.corpus._terms import MAX_QUERY_LENGTH, normalize
from binational.model import Object, SearchHit

__all__ = [
    "CLASS_OF",
    "FTS5_TOKENIZER",
    "MAX_QUERY_LENGTH",
    "STOP_WORDS",
    "VALUE_CLASSES",
    "Collection",
    "ColumnType",
    "Corpus",
    "Hits",
    "Names",
    "Object",
    "Objects",
    "Passages",
    "Row",
    "SearchHit",
    "TextHits",
    "Value",
    "column_type",
    "columns",
    "corpus_given",
    "frame",
    "kind_of",
    "name_key",
    "normalize",
    "plain",
    "record_types",
    "require_pandas",
    "row",
    "seed_number",
    "sources_of",
]
