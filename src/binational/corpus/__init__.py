"""The corpus: the immutable Corpus, its collections, lookups and search."""

from binational.corpus._corpus import MAX_QUERY_LENGTH, Collection, Corpus, Object, SearchHit

__all__ = ["MAX_QUERY_LENGTH", "Collection", "Corpus", "Object", "SearchHit"]
