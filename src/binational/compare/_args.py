"""The arguments of the compare functions, checked: corpus, seeds, enum values, ids, objects.

Each helper takes an argument as a caller gives it and returns it in one checked form,
or raises the error the compare functions document: a TypeError for a value of the
wrong type (a single id where an iterable is wanted), a ValueError for an unknown
enum value or a cited work given as a seed, an UnknownIdError for a name that names
nothing (an AmbiguousNameError for one that names several objects).

Objects and documents are named as everywhere in the library
(:meth:`Corpus.resolve <binational.Corpus.resolve>`): by id, name or alias, in any case,
with or without accents, and documents also by their seed number (``"000"``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TypeVar

from binational.corpus import CLASS_OF, Corpus, Names
from binational.exceptions import UnknownIdError
from binational.model import Actor, Initiative, Kind, Object, Source

__all__ = [
    "corpus_arg",
    "enum_arg",
    "enums_arg",
    "flag_arg",
    "ids_arg",
    "linked_ids",
    "named_in",
    "object_arg",
    "objects_arg",
    "seed_arg",
    "seed_in",
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


def seeds_arg(
    corpus: Corpus, seeds: Iterable[str | Source] | None, name: str = "seeds"
) -> tuple[Source, ...]:
    """The seed documents given, in the order given, once each; all of them if None."""
    if seeds is None:
        return corpus.seeds
    if isinstance(seeds, str | Source):
        raise TypeError(
            f"{name} must be an iterable of seed ids, names or Sources (e.g. "
            f'["000", "Greenway"]), not a single one: {name}=[{seeds!r:.80}]'
        )
    if not isinstance(seeds, Iterable):
        raise TypeError(
            f"{name} must be an iterable of seed ids, names or Sources, or None, "
            f"not {type(seeds).__name__}"
        )
    return tuple(dict.fromkeys(seed_arg(corpus, s, name) for s in seeds))


def seed_arg(corpus: Corpus, s: str | Source, name: str = "seed") -> Source:
    """One seed document, given by its Source, id, title, alias or number (not a cited work).

    ``name`` is the argument, for the messages.
    """
    if isinstance(s, Source):
        s = s.id
    if not isinstance(s, str):
        raise TypeError(
            f"{name}: a seed is given by its id, name, number or Source, not {type(s).__name__}"
        )
    source: Source = corpus.resolve(s, Kind.SOURCE, what=name)  # type: ignore[assignment]
    if source.seed is None:
        raise ValueError(f"{source.id!r} is a cited work, not one of the seed documents")
    return source


def seed_in(sources: Iterable[Source], seed: str | Source, name: str) -> str:
    """The id of the document ``seed`` names among ``sources`` (a result's own).

    ``seed`` is a Source or its id, title, alias or number; ``name`` is the method, for
    the messages.
    """
    if isinstance(seed, Source):
        return seed.id
    if not isinstance(seed, str):
        raise TypeError(
            f"{name} takes a seed's id, name, number or Source, not {type(seed).__name__}"
        )
    return named_in(sources, seed, Source, "seed")


def named_in(objects: Iterable[Object], key: str, cls: type, kind: str) -> str:
    """The id of the one object of ``cls`` among ``objects`` (a result's own) ``key`` names.

    By id, name, alias or seed number, as everywhere; ``kind`` names what is looked for,
    for the messages (UnknownIdError, AmbiguousNameError).
    """
    names = Names(objects)
    found = names.one(key, cls, kind)
    if found is None:
        raise UnknownIdError(kind, key, names.suggest(key))
    return found.id


def enum_arg(kind: type[R], value: R | str, name: str) -> R:
    """The member of ``kind`` given (as a member or its value); ``name`` is the argument."""
    if isinstance(value, kind):
        return value
    allowed = ", ".join(e.value for e in kind)  # type: ignore[attr-defined]
    if not isinstance(value, str):
        raise TypeError(
            f"{name} must be a {kind.__name__} or one of its values ({allowed}), "
            f"not {type(value).__name__}"
        )
    try:
        return kind(value)  # type: ignore[call-arg]
    except ValueError:
        raise ValueError(
            f"{name}: unknown {kind.__name__} {value!r:.80}; one of: {allowed}"
        ) from None


def enums_arg(kind: type[R], values: Iterable[R | str] | None, name: str) -> tuple[R, ...] | None:
    """The members of ``kind`` given (as members or values), once each; None if None."""
    if values is None:
        return None
    if isinstance(values, str | enum.Enum):
        raise TypeError(f"{name} must be an iterable of {kind.__name__} values, not one value")
    if not isinstance(values, Iterable):
        raise TypeError(
            f"{name} must be an iterable of {kind.__name__} values, or None, "
            f"not {type(values).__name__}"
        )
    out: list[R] = []
    for v in values:
        try:
            out.append(kind(v))  # type: ignore[call-arg]
        except ValueError:
            allowed = ", ".join(e.value for e in kind)  # type: ignore[attr-defined]
            raise ValueError(
                f"{name}: unknown {kind.__name__} {v!r:.80}; one of: {allowed}"
            ) from None
    return tuple(dict.fromkeys(out))


def ids_arg(corpus: Corpus, ids: Iterable[str] | None, name: str) -> tuple[str, ...] | None:
    """The ids given, once each, every one known to the corpus; None if None."""
    if ids is None:
        return None
    if isinstance(ids, str):
        raise TypeError(
            f"{name} must be an iterable of ids or names, not one: {name}=[{ids!r:.80}]"
        )
    if not isinstance(ids, Iterable):
        raise TypeError(
            f"{name} must be an iterable of ids or names, or None, not {type(ids).__name__}"
        )
    out: dict[str, None] = {}
    for i in ids:
        if not isinstance(i, str):
            raise TypeError(f"{name} must hold ids or names (str), not {type(i).__name__}")
        out[corpus.resolve(i, what=name).id] = None  # raises for a name that names nothing
    return tuple(out)


def object_arg(corpus: Corpus, obj: R | str, cls: type[R] | tuple[type, ...], name: str) -> R:
    """One object of ``cls``, given as itself or by its id, name or alias.

    ``name`` is the function, for the messages.
    """
    if isinstance(obj, str):
        classes = cls if isinstance(cls, tuple) else (cls,)
        kinds = [k for k, c in CLASS_OF.items() if c in classes]
        return corpus.resolve(obj, kinds, what=name)  # type: ignore[return-value]
    if not isinstance(obj, cls):
        raise TypeError(f"{name} takes an id, a name or an object, not {type(obj).__name__}")
    return obj


def objects_arg(corpus: Corpus, objs: Iterable[R | str], cls: type[R], name: str) -> list[R]:
    """Objects of ``cls``, each given as itself or by its id; ``name`` is the argument."""
    if isinstance(objs, str | cls) or not isinstance(objs, Iterable):
        raise TypeError(
            f"{name} must be an iterable of {name[:-1]} ids or {cls.__name__}s, "
            f"not {type(objs).__name__}"
        )
    return [object_arg(corpus, o, cls, name) for o in objs]


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
        obj = corpus.get(i)  # the ids are resolved (ids_arg): their objects
        if (children or related) and isinstance(obj, Actor | Initiative):
            below = corpus.linked(obj, children=children, related=related)
            out.update(dict.fromkeys(o.id for o in below))
    return tuple(out)
