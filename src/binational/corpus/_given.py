"""The ``corpus=`` argument many functions take, checked in one place."""

from __future__ import annotations

from binational.corpus._corpus import Corpus

__all__ = ["corpus_given"]


def corpus_given(corpus: object, function: str) -> Corpus | None:
    """``corpus`` if it is a :class:`~binational.Corpus` or None; else a TypeError.

    For the functions that take ``corpus=`` (the packaged corpus when None); ``function``
    names the function, for the message.

    >>> corpus_given(None, "tables()") is None
    True
    >>> corpus_given("x", "tables()")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: tables() takes a binational.Corpus as corpus (...), not str 'x'
    """
    if corpus is not None and not isinstance(corpus, Corpus):
        raise TypeError(
            f"{function} takes a binational.Corpus as corpus (or None for the packaged one), "
            f"not {type(corpus).__name__} {corpus!r:.80}"
        )
    return corpus
