"""Loading: data files through one cattrs converter and the checks to a verified Corpus."""

from binational.loader._convert import make_converter
from binational.loader._json import as_json, corpus_from_json, corpus_json, corpus_json_schema
from binational.loader._load import ID_PATTERN, data_dir, load, load_from, seeds_dir

__all__ = [
    "ID_PATTERN",
    "as_json",
    "corpus_from_json",
    "corpus_json",
    "corpus_json_schema",
    "data_dir",
    "load",
    "load_from",
    "make_converter",
    "seeds_dir",
]
