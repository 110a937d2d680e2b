"""Names as people write them: one resolver for every id, name, alias and seed number.

Every public function that takes an object or a document by a string goes through
:class:`Names`: :meth:`Corpus.get <binational.Corpus.get>`, ``corpus[...]``,
:meth:`Corpus.resolve <binational.Corpus.resolve>`, the collections, the relation
methods, :mod:`binational.compare`, :mod:`binational.cite` and the command line.

The rules, in order:

1. **The exact id wins.** A string that is an object's id is that object, even if it is
   also another object's name or alias.
2. **A seed by its number.** A string of digits is the seed whose text file starts with
   that number: ``"000"`` (or ``"0"``) is the first packaged seed, ``"3"`` the fourth.
   A seed whose file name starts with no number (a bundle's, say) has none.
3. **A name or alias**, compared by its key (:func:`name_key`): case, accents (NFKD,
   combining marks dropped), punctuation and spacing are ignored, ``&`` reads as
   ``and``, and runs of single letters are joined, so ``"U.S."``, ``"US"`` and ``"u s"``
   are the same. An object's id with its hyphens read as spaces is one of its names
   too (``"merida initiative"``). Documents go by their title and by the short names
   recorded as their ``aliases`` in the data ("NSC brief", "Orion", "Lawson",
   "Greenway").
4. **One object or an error.** A key that fits several objects (of the kinds asked for)
   raises :class:`~binational.AmbiguousNameError` listing them; one that fits none
   raises :class:`~binational.UnknownIdError` whose suggestions put seeds and entities
   (actors, initiatives, places) before other objects, and citation records last.
   Nothing that takes a name returns an empty result for a name it does not know.

A string longer than :data:`MAX_NAME_LENGTH` characters (that is not an id) names
nothing: it is not normalised, and messages show only its start.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

from binational.corpus._kinds import CLASS_OF, kind_of
from binational.corpus._terms import names, normalize
from binational.exceptions import AmbiguousNameError, UnknownIdError, shown
from binational.model import Actor, Citation, Initiative, Kind, Object, Place, Source

__all__ = [
    "MAX_NAME_LENGTH",
    "Names",
    "candidates",
    "kinds_arg",
    "lookup",
    "name_key",
    "one_arg",
    "seed_id",
    "seed_number",
    "str_arg",
    "type_arg",
    "which",
]

_MAX_NUMBER = 6
"""The most digits a seed number is read from (a longer string of digits is a name)."""


MAX_NAME_LENGTH = 10_000
"""The longest string read as a name, in characters; a longer one (that is not an id)
names nothing."""


def name_key(s: str) -> str:
    """The form names are compared in (``U.S.`` and ``US`` are both ``us``).

    ``normalize`` (case, accents, punctuation and spacing
    ignored), ``&`` read as ``and``, and runs of single letters joined.

    >>> name_key("U.S.-Mexico  High-Level Security Dialogue")
    'us mexico high level security dialogue'
    >>> name_key("US Mexico high level security dialogue")
    'us mexico high level security dialogue'
    >>> name_key("Mérida Initiative"), name_key("MERIDA   initiative!")
    ('merida initiative', 'merida initiative')
    >>> name_key("Defense & Homeland"), name_key("Mexico’s border")
    ('defense and homeland', 'mexico s border')
    """
    words = normalize(s.replace("&", " and ")).split()
    out: list[str] = []
    run: list[str] = []
    for w in (*words, ""):
        if len(w) == 1 and w.isalpha():
            run.append(w)
            continue
        if run:
            out.extend(["".join(run)] if len(run) > 1 else run)
            run = []
        if w:
            out.append(w)
    return " ".join(out)


def seed_number(source: Source) -> int | None:
    """The number a seed goes by: the digits its text file's name starts with, if any.

    >>> import binational
    >>> [seed_number(s) for s in binational.load().seeds]
    [0, 1, 2, 3]
    """
    if source.seed is None:
        return None
    digits = ""
    for c in source.seed.file:
        if not ("0" <= c <= "9"):
            break
        digits += c
    return int(digits) if digits and len(digits) <= _MAX_NUMBER else None


def _tier(obj: Object) -> int:
    """Where an object's suggestions rank: seeds and entities, others, cited works, citations."""
    if isinstance(obj, Source):
        return 0 if obj.seed is not None else 2
    if isinstance(obj, Actor | Initiative | Place):
        return 0
    if isinstance(obj, Citation):
        return 3
    return 1


def _label(obj: Object) -> str:
    """What a listing of candidates calls an object: its name or title, else its id."""
    found = names(obj)
    return found[0] if found else obj.id


def _classes(allowed: type | Iterable[type]) -> type | tuple[type, ...]:
    """``allowed`` as :func:`isinstance` takes it."""
    return allowed if isinstance(allowed, type) else tuple(allowed)


class Names:
    """The index of the objects' ids, names, aliases and seed numbers.

    Made from any objects (a collection's or the whole corpus's), in order; a corpus and
    each of its collections build one on first use and keep it.

    >>> import binational
    >>> corpus = binational.load()
    >>> names = Names(corpus.initiatives)
    >>> [o.id for o in names.find("merida initiative")]
    ['merida-initiative']
    """

    __slots__ = ("_by_id", "_by_key", "_by_number", "_objects")

    def __init__(self, objects: Iterable[Object]) -> None:
        self._objects: tuple[Object, ...] = tuple(objects)
        self._by_id: Mapping[str, Object] = {o.id: o for o in self._objects}
        by_key: dict[str, dict[str, Object]] = {}
        by_number: dict[int, dict[str, Object]] = {}
        for o in self._objects:
            for name in (*names(o), o.id.replace("-", " ")):
                key = name_key(name)
                if key:
                    by_key.setdefault(key, {})[o.id] = o
            if isinstance(o, Source):
                number = seed_number(o)
                if number is not None:
                    by_number.setdefault(number, {})[o.id] = o
        self._by_key: Mapping[str, tuple[Object, ...]] = MappingProxyType(
            {k: tuple(v.values()) for k, v in by_key.items()}
        )
        self._by_number: Mapping[int, tuple[Object, ...]] = MappingProxyType(
            {k: tuple(v.values()) for k, v in by_number.items()}
        )

    def find(self, key: str) -> tuple[Object, ...]:
        """Every object ``key`` names, in order: the one with that id if there is one."""
        exact = self._by_id.get(key)
        if exact is not None:
            return (exact,)
        if len(key) > MAX_NAME_LENGTH:
            return ()  # not a name: spare normalising megabytes given by mistake
        bare = key.strip()
        if bare.isascii() and bare.isdigit() and len(bare) <= _MAX_NUMBER:
            numbered = self._by_number.get(int(bare))
            if numbered:
                return numbered
        return self._by_key.get(name_key(key), ())

    def one(
        self, key: str, allowed: type | Iterable[type] = object, kind: str = "object"
    ) -> Object | None:
        """The one object of ``allowed`` that ``key`` names, or None if none.

        Raises :class:`~binational.AmbiguousNameError` (``kind`` names what was asked
        for) when ``key`` fits several.
        """
        cls = _classes(allowed)
        found = [o for o in self.find(key) if isinstance(o, cls)]
        if len(found) > 1:
            raise AmbiguousNameError(kind, key, candidates(found))
        return found[0] if found else None

    def suggest(
        self, key: str, n: int = 3, allowed: type | Iterable[type] = object
    ) -> tuple[str, ...]:
        """The ids of the objects (of ``allowed``) whose names are closest to ``key``.

        Best first, seeds and entities before other objects, citation records last: a
        name that fits an entity fairly well ranks above one that fits a citation's id
        slightly better. A name holding every word of ``key`` counts as close.
        """
        wanted = name_key(key[:200]) or key[:200].strip().lower()
        if not wanted:
            return ()
        words = set(wanted.split())
        cls = _classes(allowed)
        scored: dict[str, float] = {}
        matcher = difflib.SequenceMatcher(b=wanted, autojunk=False)
        for k, objs in self._by_key.items():
            inside = [o for o in objs if isinstance(o, cls)]
            if not inside:
                continue
            matcher.set_seq1(k)
            score = 0.0
            if matcher.real_quick_ratio() >= 0.5 and matcher.quick_ratio() >= 0.5:
                score = matcher.ratio()
            if words <= set(k.split()):
                score = max(score, 0.75)
            if score < 0.5:
                continue
            for o in inside:
                ranked = score - 0.15 * _tier(o)
                if ranked > scored.get(o.id, -1.0):
                    scored[o.id] = ranked
        order = {id: i for i, id in enumerate(self._by_id)}
        best = sorted(scored, key=lambda i: (-scored[i], order[i]))
        return tuple(best[:n])


def candidates(objs: Sequence[Object]) -> list[tuple[str, str, str]]:
    """Each object's id, kind and name, as :class:`~binational.AmbiguousNameError` lists them."""
    return [(o.id, kind_of(o).value[:-1], _label(o)) for o in objs]


def kinds_arg(kinds: object, what: str) -> tuple[Kind, ...]:
    """The kinds ``kinds`` gives (one Kind, an iterable of them, or None for all)."""
    if kinds is None:
        return tuple(Kind)
    if isinstance(kinds, Kind):
        return (kinds,)
    if isinstance(kinds, str | bytes) or not isinstance(kinds, Iterable):
        raise TypeError(
            f"{what} takes a Kind or an iterable of Kind as kinds, not {type(kinds).__name__}"
        )
    out = tuple(kinds)
    for k in out:
        if not isinstance(k, Kind):
            raise TypeError(f"{what} takes Kind members as kinds, not {type(k).__name__}")
    return out or tuple(Kind)


def which(kinds: Sequence[Kind]) -> str:
    """The kinds, in words: ``an actor, initiative or place``; ``an object`` for all."""
    words = [k.value[:-1] for k in kinds]
    if len(words) == len(Kind):
        return "an object"
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
    return ("an " if listed[0] in "aeiou" else "a ") + listed


def lookup(index: Callable[[], Names], name: object, kinds: object, what: str) -> Object:
    """The one object of ``kinds`` that ``name`` (an object, or a str) names.

    ``index`` gives the name index (made on first use); ``what`` names the function
    and argument asking (``mentions(obj)``), or is empty for a plain lookup. The
    errors are those :meth:`Corpus.resolve <binational.Corpus.resolve>` documents.
    """
    if not isinstance(what, str):
        raise TypeError(f"resolve() takes a str as what (the function asking), not {what!r:.40}")
    asker, what = what, what or "resolve()"
    wanted = kinds_arg(kinds, what)
    allowed = tuple(CLASS_OF[k] for k in wanted)
    word = wanted[0].value[:-1] if len(wanted) == 1 else "object"
    if isinstance(name, Object):
        if not isinstance(name, allowed):
            raise TypeError(f"{what} takes {which(wanted)}, not {kind_of(name).value[:-1]}")
        return name
    if not isinstance(name, str):
        raise TypeError(
            f"{what} takes {which(wanted)}, or its id, name or alias (a str), "
            f"not {type(name).__name__}"
        )
    names_ = index()
    found = names_.one(name, allowed, word)
    if found is not None:
        return found
    elsewhere = names_.find(name)
    if elsewhere and len(wanted) < len(Kind):
        other = kind_of(elsewhere[0]).value[:-1]
        article = "an" if other[0] in "aeiou" else "a"
        raise TypeError(f"{shown(name)} is {article} {other}; {what} takes {which(wanted)}")
    hint = f"given as {asker}" if asker else None
    raise UnknownIdError(word, name, names_.suggest(name, 3, allowed), hint=hint)


def one_arg(
    index: Callable[[], Names], value: object, kinds: Kind | tuple[Kind, ...] | None, what: str
) -> Any:
    """``value`` if it is an object of ``kinds``, or the one its id or name names.

    ``what`` says what the function takes (``parent() takes an Actor``): the TypeError
    for anything else starts with it.
    """
    wanted = kinds_arg(kinds, what)
    if isinstance(value, str):
        return lookup(index, value, wanted, what.split(" takes", 1)[0])
    if not isinstance(value, tuple(CLASS_OF[k] for k in wanted)):
        raise TypeError(f"{what} (or its id or name), not {type(value).__name__} {value!r:.80}")
    return value


V = TypeVar("V")


def str_arg(key: object, what: str) -> str:
    """``key`` if it is a str; else a TypeError saying that ``what`` takes a str."""
    if not isinstance(key, str):
        raise TypeError(f"{what} (a str), not {type(key).__name__} {key!r:.80}")
    return key


def type_arg(value: V, cls: type | tuple[type, ...], what: str) -> V:
    """``value`` if it is a ``cls``; else a TypeError: ``what``, and what was given instead."""
    if not isinstance(value, cls):
        raise TypeError(f"{what}, not {type(value).__name__} {value!r:.80}")
    return value


def seed_id(
    documents: Iterable[Source], texts: Mapping[str, str], source: object, what: str
) -> str:
    """The id of the seed ``source`` names (a Source, or its id, title, alias or number).

    ``documents`` are the corpus's sources, ``texts`` its seed texts by id; a name that
    names no seed raises :class:`~binational.UnknownIdError` suggesting seeds.
    """
    if isinstance(source, Source):
        key = source.id
    else:
        key = str_arg(source, f"{what} takes a Source or its id, name or number")
        found = Names(documents).one(key, Source, "seed") if key not in texts else None
        key = key if found is None else found.id
    if key not in texts:
        close = Names(documents).suggest(key, 3)
        raise UnknownIdError("seed", key, [*(c for c in close if c in texts), *texts][:4])
    return key
