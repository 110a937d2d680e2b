"""The arguments of the compare functions, checked: corpus, seeds, enum values, objects."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TypeVar

from binational.corpus._corpus import Corpus, kind_of
from binational.model._model import Source

__all__ = [
    "corpus_arg",
    "enums_arg",
    "object_arg",
    "seed_arg",
    "seeds_arg",
]


R = TypeVar("R")


def corpus_arg(corpus: Corpus | None) -> Corpus:
    if corpus is None:
        from binational.loader._load import load

        return load()
    if not isinstance(corpus, Corpus):
        raise TypeError(f"corpus must be a binational.Corpus, not {type(corpus).__name__}")
    return corpus


def seeds_arg(corpus: Corpus, seeds: Iterable[str | Source] | None) -> tuple[Source, ...]:
    if seeds is None:
        return corpus.seeds
    if isinstance(seeds, str | Source):
        raise TypeError("seeds must be an iterable of seed ids or Sources, not a single one")
    return tuple(dict.fromkeys(seed_arg(corpus, s) for s in seeds))


def seed_arg(corpus: Corpus, s: str | Source) -> Source:
    if isinstance(s, Source):
        s = s.id
    if not isinstance(s, str):
        raise TypeError(f"a seed is given by its id or its Source, not {type(s).__name__}")
    source = corpus.sources[s]
    if source.seed is None:
        raise ValueError(f"{s!r} is a cited work, not one of the seed documents")
    return source


def enums_arg(kind: type[R], values: Iterable[R | str] | None, name: str) -> tuple[R, ...] | None:
    if values is None:
        return None
    if isinstance(values, str | enum.Enum):
        raise TypeError(f"{name} must be an iterable of {kind.__name__} values, not one value")
    out: list[R] = []
    for v in values:
        try:
            out.append(kind(v))  # type: ignore[call-arg]
        except ValueError:
            allowed = ", ".join(e.value for e in kind)  # type: ignore[attr-defined]
            raise ValueError(f"unknown {kind.__name__} {v!r}; one of: {allowed}") from None
    return tuple(dict.fromkeys(out))


def object_arg(corpus: Corpus, obj: R | str, cls: type[R] | tuple[type, ...], name: str) -> R:
    if isinstance(obj, str):
        found = corpus[obj]
        if not isinstance(found, cls):
            kind = kind_of(found).value[:-1]
            article = "an" if kind[0] in "aeiou" else "a"
            raise TypeError(f"{obj!r} is {article} {kind}, which {name} does not take")
        return found  # type: ignore[return-value]
    if not isinstance(obj, cls):
        raise TypeError(f"{name} takes an id or an object, not {type(obj).__name__}")
    return obj
