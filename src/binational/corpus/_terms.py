"""Names for lookups, and the checks of a search's arguments.

Shared by the corpus (lookups by name or alias), its passages (sections by heading) and
its full-text search (:mod:`binational.corpus._fts`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from binational.model import Kind

__all__ = [
    "MAX_QUERY_LENGTH",
    "names",
    "normalize",
    "search_arguments",
]

MAX_QUERY_LENGTH = 1000
"""The longest query :meth:`Corpus.search` and :meth:`Corpus.search_text` take, in
characters."""

_WORDS = re.compile(r"[a-z0-9]+")


def normalize(s: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name, for lookups.

    >>> normalize("Mérida  Initiative!")
    'merida initiative'
    """
    if s.isascii():  # nothing to decompose: the common case, kept fast
        return " ".join(_WORDS.findall(s.lower()))
    decomposed = unicodedata.normalize("NFKD", s.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORDS.findall(bare))


def names(obj: object) -> tuple[str, ...]:
    """The names an object goes by: its name or title, then its aliases."""
    found: list[str] = []
    for attr in ("name", "title"):
        v = getattr(obj, attr, None)
        if isinstance(v, str):
            found.append(v)
    found.extend(getattr(obj, "aliases", ()))
    return tuple(found)


def search_arguments(
    query: object, kinds: object, limit: object, *, what: str = "search()"
) -> set[Kind]:
    """The kinds to search, once the arguments of :meth:`Corpus.search` are checked."""
    if not isinstance(query, str):
        raise TypeError(f"{what} argument 'query' must be a str, not {type(query).__name__}")
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"{what} argument 'limit' must be an int, not {type(limit).__name__}")
    if limit < 0:
        raise ValueError(f"{what} argument 'limit' must be 0 or more, not {limit}")
    if len(query) > MAX_QUERY_LENGTH:
        raise ValueError(
            f"{what} query is {len(query)} characters long; at most {MAX_QUERY_LENGTH} are searched"
        )
    if kinds is None:
        return set(Kind)
    if isinstance(kinds, Kind | str | bytes) or not isinstance(kinds, Iterable):
        raise TypeError(
            "search() argument 'kinds' must be an iterable of Kind (e.g. [Kind.ACTOR]) or "
            f"None, not {type(kinds).__name__} {kinds!r}"
        )
    wanted = tuple(kinds)
    for k in wanted:
        if not isinstance(k, Kind):
            raise TypeError(f"{what} argument 'kinds' must hold Kind members, not {k!r}")
    return set(wanted)
