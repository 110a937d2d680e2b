"""The arguments of the compare functions, checked: corpus, seeds, enum values, ids, objects.

Each helper takes an argument as a caller gives it and returns it in one checked form,
or raises the error the compare functions document: a TypeError for a value of the
wrong type (a single id where an iterable is wanted), a ValueError for an unknown
enum value or a cited work given as a seed, an UnknownIdError for an unknown id.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TypeVar

from binational.corpus import Corpus, kind_of
from binational.model import Actor, Initiative, Source

__all__ = [
    "corpus_arg",
    "enums_arg",
    "flag_arg",
    "ids_arg",
    "linked_ids",
    "object_arg",
    "objects_arg",
    "seed_arg",
    "seeds_arg",
]


R = TypeVar("R")


def corpus_arg(corpus: Corpus | None) -> Corpus:
    """The corpus given, or the packaged one (loaded on first use) if None."""
    if corpus is None:
        from binational.loader import load

        return load()
    if not isinstance(corpus, Corpus):
        raise TypeError(f"corpus must be a binational.Corpus, not {type(corpus).__name__}")
    return corpus


def seeds_arg(corpus: Corpus, seeds: Iterable[str | Source] | None) -> tuple[Source, ...]:
    """The seed documents given, in the order given, once each; all of them if None."""
    if seeds is None:
        return corpus.seeds
    if isinstance(seeds, str | Source):
        raise TypeError("seeds must be an iterable of seed ids or Sources, not a single one")
    return tuple(dict.fromkeys(seed_arg(corpus, s) for s in seeds))


def seed_arg(corpus: Corpus, s: str | Source) -> Source:
    """One seed document, given by its id or its Source (not a work it cites)."""
    if isinstance(s, Source):
        s = s.id
    if not isinstance(s, str):
        raise TypeError(f"a seed is given by its id or its Source, not {type(s).__name__}")
    source = corpus.sources[s]
    if source.seed is None:
        raise ValueError(f"{s!r} is a cited work, not one of the seed documents")
    return source


def enums_arg(kind: type[R], values: Iterable[R | str] | None, name: str) -> tuple[R, ...] | None:
    """The members of ``kind`` given (as members or values), once each; None if None."""
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


def ids_arg(corpus: Corpus, ids: Iterable[str] | None, name: str) -> tuple[str, ...] | None:
    """The ids given, once each, every one known to the corpus; None if None."""
    if ids is None:
        return None
    if isinstance(ids, str):
        raise TypeError(f"{name} must be an iterable of ids, not one id")
    out = tuple(dict.fromkeys(ids))
    for i in out:
        corpus[i]  # raises UnknownIdError for an unknown id
    return out


def object_arg(corpus: Corpus, obj: R | str, cls: type[R] | tuple[type, ...], name: str) -> R:
    """One object of ``cls``, given as itself or by its id; ``name`` is the function."""
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


def objects_arg(corpus: Corpus, objs: Iterable[R | str], cls: type[R], name: str) -> list[R]:
    """Objects of ``cls``, each given as itself or by its id; ``name`` is the argument."""
    if isinstance(objs, str | cls):
        raise TypeError(f"{name} must be an iterable of {name[:-1]} ids or {cls.__name__}s")
    return [object_arg(corpus, o, cls, f"{name}()") for o in objs]


def flag_arg(value: bool, name: str) -> bool:
    """``value`` if it is a bool (``include_children=1`` is refused, not taken as true)."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__} {value!r:.40}")
    return value


def linked_ids(
    corpus: Corpus, ids: Iterable[str], *, include_children: bool, include_related: bool
) -> tuple[str, ...]:
    """``ids``, each followed by what lies under it (:meth:`Corpus.linked`), once each.

    ``include_children`` follows the parts of actors and initiatives, ``include_related``
    the actors that belong to or act for an actor; ids of other objects are kept as given.
    """
    children = flag_arg(include_children, "include_children")
    related = flag_arg(include_related, "include_related")
    out: dict[str, None] = {}
    for i in ids:
        out[i] = None
        obj = corpus.get(i)
        if (children or related) and isinstance(obj, Actor | Initiative):
            below = corpus.linked(obj, children=children, related=related)
            out.update(dict.fromkeys(o.id for o in below))
    return tuple(out)
