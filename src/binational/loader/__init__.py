"""Loading: data files through one cattrs converter and the checks to a verified Corpus."""

from binational.loader._convert import exact_json, make_converter
from binational.loader._json import FORMAT, corpus_from_json
from binational.loader._load import ID_PATTERN, data_dir, load, load_from, seeds_dir

__all__ = [
    "FORMAT",
    "ID_PATTERN",
    "corpus_from_json",
    "data_dir",
    "exact_json",
    "load",
    "load_from",
    "make_converter",
    "seeds_dir",
]
