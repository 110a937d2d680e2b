"""Loading: data files through one cattrs converter and the checks to a verified Corpus."""

from binational.loader._load import data_dir, load, load_from, seeds_dir

__all__ = ["data_dir", "load", "load_from", "seeds_dir"]
