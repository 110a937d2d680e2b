"""Words of names and texts, for lookups and search, and how an object scores for a query.

Shared by the corpus (lookups by name or alias, and the search that scores every object)
and by its search index (:mod:`binational.corpus._search`), which must score exactly as
the scan does.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from binational.model import Kind, Object, Quote

__all__ = [
    "MAX_QUERY_LENGTH",
    "field_points",
    "field_terms",
    "names",
    "normalize",
    "object_score",
    "search_arguments",
    "terms",
]

MAX_QUERY_LENGTH = 1000
"""The longest query :meth:`Corpus.search` takes, in characters."""


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


def terms(s: str) -> list[str]:
    """Search terms of a text: normalized words, a plural ``s`` dropped.

    >>> terms("The cartels' routes")
    ['the', 'cartel', 'route']
    """
    return [
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in normalize(s).split()
    ]


def names(obj: object) -> tuple[str, ...]:
    """The names an object goes by: its name or title, then its aliases."""
    found: list[str] = []
    for attr in ("name", "title"):
        v = getattr(obj, attr, None)
        if isinstance(v, str):
            found.append(v)
    found.extend(getattr(obj, "aliases", ()))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 16)
def field_terms(raw: str) -> tuple[frozenset[str], str]:
    """The search terms of a field and their text, computed once per distinct string."""
    found = terms(raw)
    return frozenset(found), " ".join(found)


def field_points(words: list[str], phrase: str, raw: str) -> int:
    """``n`` times a field's score: its query words found, doubled or tripled by the phrase."""
    tokens, text = field_terms(raw)
    found = sum(1 for w in words if w in tokens)
    if not found:
        return 0
    if text == phrase:
        return 3 * found
    if len(words) > 1 and f" {phrase} " in f" {text} ":
        return 2 * found
    return found


def object_score(obj: Object, words: list[str], phrase: str) -> tuple[float, Quote | None]:
    """The score of one object for a query, and its best quote (None if none matched).

    ``words`` are the query's terms and ``phrase`` their text. Counted in whole points
    (``n`` times the score) and divided once, so that equal scores are equal floats and
    rank in corpus order, whatever the query's length.
    """
    points = 0
    for name in names(obj):
        points += 3 * field_points(words, phrase, name)
    summary = getattr(obj, "summary", None) or getattr(obj, "subject", None)
    if isinstance(summary, str):
        points += 2 * field_points(words, phrase, summary)
    best, best_quote = 0, None
    for q in obj.evidence:
        p = field_points(words, phrase, q.text)
        if p > best:
            best, best_quote = p, q
    return (points + best) / len(words), best_quote


def search_arguments(query: object, kinds: object, limit: object) -> set[Kind]:
    """The kinds to search, once the arguments of :meth:`Corpus.search` are checked."""
    if not isinstance(query, str):
        raise TypeError(f"search() argument 'query' must be a str, not {type(query).__name__}")
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"search() argument 'limit' must be an int, not {type(limit).__name__}")
    if limit < 0:
        raise ValueError(f"search() argument 'limit' must be 0 or more, not {limit}")
    if len(query) > MAX_QUERY_LENGTH:
        raise ValueError(
            f"search() query is {len(query)} characters long; at most {MAX_QUERY_LENGTH} are"
            " searched"
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
            raise TypeError(f"search() argument 'kinds' must hold Kind members, not {k!r}")
    return set(wanted)
