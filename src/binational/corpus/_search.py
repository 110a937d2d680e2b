"""The search index of a :class:`~binational.Corpus`, built on its first search.

:meth:`Corpus.search` scores an object by its fields: each query word found in a
name scores 3, in the summary 2, in the best quote 1, all divided by the number of
query words ``n``; a field holding the query as a phrase counts twice, a field that is
the query three times. Scoring every object is linear in the corpus. The index finds
the same hits while scoring few objects, by the threshold algorithm (Fagin, Lotem and
Naor, 2003) over impact-ordered postings:

* **Impacts.** For a term ``t`` (a normalized word) and an object ``o`` holding it,
  ``x(t, o)`` is what ``o`` scores for the one-word query ``t``: 3 per name holding
  ``t``, 2 if the summary does, 1 if a quote does, each times 3 where the field is
  ``t`` alone. For a *pair* ``p`` (two words adjacent in a field), and for a *whole*
  field text ``w`` of two words or more, ``x(p, o)`` and ``x(w, o)`` are 3 per name
  holding it (being it), 2 if the summary does, 1 if a quote does.
* **Postings.** The postings of a term, pair or whole text are the positions (in
  corpus order) of the objects holding it, by kind, then by impact, highest first,
  then by position: all in one ``array``, with *tiers*, ``(kind, impact, start,
  stop)`` runs of equal impact, in another. Terms are interned; a pair is keyed by
  its two term ids, a whole text by its hash (two texts sharing a key share postings
  and impacts, which then bound both).
* **Bound.** For a query of ``n`` words where term ``t`` occurs ``c(t)`` times and
  whose phrase is ``P``, ``n * score(o)`` is at most::

      sum of c(t) * x(t, o)  +  n * min over P's pairs of x(p, o)  +  n * x(P, o)

  The first part counts each field's found words, and the best quote at most as
  every quote holding a word. The phrase doubles a field holding it, which holds all
  of its pairs; and triples a field that is it: the second and third parts. A
  one-word query has no pairs, and the bound is its score.
* **Walk.** Replacing each impact by the one under the cursor of its postings bounds
  every object not yet scored. Cursors move down the postings, and every object met
  is scored exactly, until that bound falls below the ``limit``-th best score; or
  equals it, when every object not scored comes later in corpus order, which the
  scan puts after on a tie.
  Each kind asked for has its own cursors and bound; the kind whose bound is highest
  moves first, so the best hits, wherever they are, raise the bar early.

Scores are counted in whole points (``n`` times the score) and divided by ``n`` once,
so equal scores are equal floats; bounds and scores are compared as points, so
rounding cannot stop a walk early.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import operator
from array import array
from collections import Counter, deque
from typing import TYPE_CHECKING, Protocol

from binational.corpus._terms import field_terms, names
from binational.model import Kind, Object, Quote, SearchHit

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = ["SearchIndex"]

_KINDS = tuple(Kind)
_PAIR = 1 << 32
"""Pair keys are ``(first + 1) * _PAIR + second`` (term ids); term keys are the ids."""
_WHOLE = (1 << 62) - 1
"""Whole-text keys are ``-1 - (hash(text) & _WHOLE)``: negative."""
_CHUNK = 32
"""Postings scored between two checks of the bound (at least ``limit``)."""


class Corpus(Protocol):
    """What the index reads of a corpus: the objects of each kind, in corpus order.

    A :class:`binational.Corpus` is one (it builds its index on its first search); this
    module knows no more of it, and so does not import it.
    """

    def collection(self, kind: Kind, /) -> Iterable[Object]:
        """The objects of ``kind``, in corpus order."""
        ...


class SearchIndex:
    """Impact-ordered postings of the terms, pairs and whole texts of a corpus's fields."""

    __slots__ = ("_keys", "_objects", "_positions", "_terms", "_tiers")

    _objects: tuple[Object, ...]
    """Every object, in corpus order: an object's position is its index here."""
    _terms: dict[str, int]
    """Term ids."""
    _keys: dict[int, int]
    """Where the tiers of each key (term, pair or whole text) start in :attr:`_tiers`."""
    _tiers: array[int]
    """Per key: the number of tiers, then ``kind, impact, start, stop`` for each."""
    _positions: array[int]
    """The postings of every key, in the order its tiers give."""

    def __init__(self, corpus: Corpus) -> None:
        builder = _Builder()
        for kind in _KINDS:
            builder.add(corpus.collection(kind))
        self._objects = tuple(builder.objects)
        self._terms = builder.terms
        self._keys, self._tiers, self._positions = builder.assemble()

    def search(self, words: list[str], wanted: set[Kind], limit: int) -> tuple[SearchHit, ...]:
        """The hits of :meth:`Corpus.search` for these query terms (``limit`` > 0)."""
        n = len(words)
        counts = Counter(words)
        ids = {t: self._terms.get(t) for t in counts}
        terms = [(c, self._key(ids[t])) for t, c in counts.items()]
        pairs = [
            (0, self._key(_pair_of(a, b)))
            for a, b in dict.fromkeys(itertools.pairwise(ids[w] for w in words))
        ]
        whole = {
            k: _Cursor(0, self._positions, tiers)
            for k, tiers in self._key(_whole(" ".join(words)) if n > 1 else None).items()
        }
        walks = []
        for kind in _KINDS:
            if kind not in wanted:
                continue
            k = _KINDS.index(kind)
            unigrams = [_Cursor(c, self._positions, tiers[k]) for c, tiers in terms if k in tiers]
            bigrams = [_Cursor(0, self._positions, tiers[k]) for _, tiers in pairs if k in tiers]
            if not unigrams:
                continue
            if len(bigrams) < len(pairs):  # no phrase in this kind: no pair is
                walks.append(_Walk(n, unigrams, [], None))
            else:
                walks.append(_Walk(n, unigrams, bigrams, whole.get(k)))
        return _Ranking(self._objects, words, limit).run(walks)

    def _key(self, key: int | None) -> dict[int, list[tuple[int, int, int]]]:
        """The tiers of a key by kind index: ``(impact, start, stop)``, best first."""
        offset = None if key is None else self._keys.get(key)
        if offset is None:
            return {}
        tiers: dict[int, list[tuple[int, int, int]]] = {}
        t = self._tiers
        for i in range(offset + 1, offset + 1 + 4 * t[offset], 4):
            tiers.setdefault(t[i], []).append((t[i + 1], t[i + 2], t[i + 3]))
        return tiers


def _pair_of(first: int | None, second: int | None) -> int | None:
    """The key of a pair of term ids; None if a word of the query is in no field."""
    if first is None or second is None:
        return None
    return (first + 1) * _PAIR + second


def _whole(text: str) -> int:
    """The key of a field's whole text (of two words or more), hashed.

    Keys of two texts may collide: the postings of the key then hold both, and its
    impacts bound both, so the bound holds.
    """
    return -1 - (hash(text) & _WHOLE)


class _Builder:
    """Postings under construction: for each key and impact, positions ascending."""

    def __init__(self) -> None:
        self.objects: list[Object] = []
        self.kind_starts: list[int] = []
        self.terms: dict[str, int] = {}
        # A field's term ids, the one term it is (else -1), and the keys of its pairs
        # and of its whole text (if two words or more).
        self.fields: dict[str, tuple[tuple[int, ...], int, tuple[int, ...]]] = {}
        # Impact 1 (in quotes only, not as a whole quote): most postings.
        self.once: dict[int, array[int]] = {}
        self.append_once = _Appenders(self.once)
        # Impact 2 or more (a name or the summary holds the key, or a quote is it).
        self.more: dict[tuple[int, int], array[int]] = {}  # by (key, impact)

    def field(self, raw: str) -> tuple[tuple[int, ...], int, tuple[int, ...]]:
        found = self.fields.get(raw)
        if found is None:
            terms, text = field_terms(raw)
            ids = {t: self.terms.setdefault(t, len(self.terms)) for t in sorted(terms)}
            words = [ids[w] for w in text.split()]
            pairs = tuple(dict.fromkeys((a + 1) * _PAIR + b for a, b in itertools.pairwise(words)))
            if len(words) > 1:
                pairs += (_whole(text),)
            found = (tuple(ids.values()), ids.get(text, -1), pairs)
            self.fields[raw] = found
        return found

    def add(self, objects: Iterable[Object]) -> None:
        """Add the objects of the next kind, in corpus order."""
        self.kind_starts.append(len(self.objects))
        more = self.more
        once = self.append_once
        call = operator.call
        for obj in objects:
            position = len(self.objects)
            self.objects.append(obj)
            impact: dict[int, int] = {}
            for name in names(obj):
                ids, whole, pairs = self.field(name)
                for t in ids:
                    impact[t] = impact.get(t, 0) + (9 if t == whole else 3)
                for p in pairs:
                    impact[p] = impact.get(p, 0) + 3
            summary = getattr(obj, "summary", None) or getattr(obj, "subject", None)
            if isinstance(summary, str):
                ids, whole, pairs = self.field(summary)
                for t in ids:
                    impact[t] = impact.get(t, 0) + (6 if t == whole else 2)
                for p in pairs:
                    impact[p] = impact.get(p, 0) + 2
            quoted: set[int] = set()
            wholes: set[int] = set()
            for q in obj.evidence:
                ids, whole, pairs = self.field(q.text)
                quoted.update(ids, pairs)
                if whole >= 0:
                    wholes.add(whole)
            for t in quoted.intersection(impact):
                impact[t] += 3 if t in wholes else 1
            for t in wholes.difference(impact):
                impact[t] = 3
            # The rest are in quotes only: append the position to each, in C.
            rest = quoted.difference(impact)
            deque(map(call, map(once.__getitem__, rest), itertools.repeat(position)), maxlen=0)
            for key in impact.items():
                bucket = more.get(key)
                if bucket is None:
                    bucket = more[key] = array("i")
                bucket.append(position)

    def assemble(self) -> tuple[dict[int, int], array[int], array[int]]:
        """Every key's tiers and postings, each in one array, by kind then impact."""
        more: dict[int, list[tuple[int, array[int]]]] = {}
        for key, x in sorted(self.more, key=operator.itemgetter(1), reverse=True):
            more.setdefault(key, []).append((x, self.more[key, x]))
        self.more.clear()
        self.append_once.clear()
        starts = self.kind_starts
        ends = [*starts[1:], len(self.objects)]
        keys: dict[int, int] = {}
        tiers: array[int] = array("q")
        positions: array[int] = array("i")

        def put(key: int, runs: list[tuple[int, array[int]]]) -> None:
            keys[key] = len(tiers)
            found: list[tuple[int, int, array[int]]] = []
            for x, run in runs:
                first = bisect.bisect_right(starts, run[0]) - 1
                if run[-1] < ends[first]:  # one kind: most runs
                    found.append((first, x, run))
                    continue
                lo = 0
                for kind in range(first, bisect.bisect_right(starts, run[-1])):
                    hi = bisect.bisect_left(run, ends[kind], lo)
                    if hi > lo:
                        found.append((kind, x, run[lo:hi]))
                    lo = hi
            if len(found) > 1:
                found.sort(key=operator.itemgetter(0))  # stable: impacts stay in order
            tiers.append(len(found))
            for kind, x, run in found:
                start = len(positions)
                tiers.extend((kind, x, start, start + len(run)))
                positions.extend(run)

        for key, bucket in self.once.items():
            runs = more.pop(key, None)
            put(key, [(1, bucket)] if runs is None else [*runs, (1, bucket)])
        self.once.clear()
        for key, runs in more.items():
            put(key, runs)
        return keys, tiers, positions


class _Appenders(dict[int, "Callable[[int], None]"]):
    """The ``append`` of each key's array in ``arrays``, the array made on first use."""

    def __init__(self, arrays: dict[int, array[int]]) -> None:
        super().__init__()
        self.arrays = arrays

    def __missing__(self, key: int) -> Callable[[int], None]:
        append = self.arrays.setdefault(key, array("i")).append
        self[key] = append
        return append


class _Cursor:
    """A position in the postings of one key, for one kind."""

    __slots__ = ("offset", "positions", "tier", "tiers", "weight")

    def __init__(
        self, weight: int, positions: array[int], tiers: list[tuple[int, int, int]]
    ) -> None:
        self.weight = weight
        self.positions = positions
        self.tiers = tiers
        self.tier = 0
        self.offset = tiers[0][1]

    @property
    def live(self) -> bool:
        return self.tier < len(self.tiers)

    @property
    def impact(self) -> int:
        """The impact of the postings not yet taken: 0 once none are left."""
        return self.tiers[self.tier][0] if self.tier < len(self.tiers) else 0

    @property
    def position(self) -> int:
        """The position the next posting holds (the cursor is live)."""
        return self.positions[self.offset]

    def skip(self, seen: set[int]) -> None:
        """Move past the postings of objects already scored."""
        positions, tiers = self.positions, self.tiers
        while self.tier < len(tiers) and positions[self.offset] in seen:
            self.offset += 1
            if self.offset == tiers[self.tier][2]:
                self.tier += 1
                if self.tier < len(tiers):
                    self.offset = tiers[self.tier][1]

    def take(self, most: int) -> array[int]:
        """The next postings, at most ``most`` and all of one tier."""
        stop = min(self.tiers[self.tier][2], self.offset + most)
        taken = self.positions[self.offset : stop]
        self.offset = stop
        if stop == self.tiers[self.tier][2]:
            self.tier += 1
            if self.tier < len(self.tiers):
                self.offset = self.tiers[self.tier][1]
        return taken


class _Walk:
    """The cursors of a query's terms, pairs and whole phrase, in one kind."""

    __slots__ = ("n", "pairs", "terms", "whole")

    def __init__(
        self, n: int, terms: list[_Cursor], pairs: list[_Cursor], whole: _Cursor | None
    ) -> None:
        self.n = n
        self.terms = terms
        self.pairs = pairs  # empty if no object of the kind can hold the phrase
        self.whole = whole  # None if no field of the kind is the phrase

    def skip(self, seen: set[int]) -> None:
        """Move every cursor past the objects already scored."""
        for c in self.terms:
            c.skip(seen)
        for c in self.pairs:
            c.skip(seen)
        if self.whole is not None:
            self.whole.skip(seen)

    def bound(self) -> int:
        """``n`` times the best score of an object of this kind not yet met."""
        total = sum(c.weight * c.impact for c in self.terms)
        if self.pairs:
            least = min(c.impact for c in self.pairs)
            # Once a pair's postings are all taken, so are the objects with the phrase.
            if least:
                total += self.n * least
                if self.whole is not None:
                    total += self.n * self.whole.impact
        return total

    def done(self, kth: int, kth_position: int) -> bool:
        """Whether no object not yet met can rank before the ``limit``-th hit."""
        bound = self.bound()
        if bound < kth:
            return True
        # On a tie, one not met holds each term at its cursor's impact, so comes
        # after the cursor: after the last hit if one cursor is past it.
        live = [c.position for c in self.terms if c.live]
        return not live or (bound == kth and max(live) > kth_position)

    def next(self) -> _Cursor | None:
        """The cursor that weighs most in the bound, or None when all are done."""
        live = [c for c in self.terms if c.live]
        if not live:
            return None  # an object not met holds no term: it scores 0
        best = max(live, key=lambda c: c.weight * c.impact)
        weight = best.weight * best.impact
        if self.pairs:
            pair = min(self.pairs, key=lambda c: c.impact)
            if pair.live and self.n * pair.impact > weight:
                best, weight = pair, self.n * pair.impact
            if self.whole is not None and self.whole.live and self.n * self.whole.impact > weight:
                best = self.whole
        return best


class _Ranking:
    """The best hits of a query so far."""

    def __init__(self, objects: tuple[Object, ...], words: list[str], limit: int) -> None:
        self.objects = objects
        self.words = words
        self.phrase = " ".join(words)
        counts = Counter(words)
        self.counts = None if len(counts) == len(words) else dict(counts)
        self.query = frozenset(words)
        self.fields: dict[str, int] = {}  # the points of each field text met
        self.limit = limit
        # The best hits so far, worst first: (score, -position, quote).
        self.top: list[tuple[float, int, Quote | None]] = []
        self.seen: set[int] = set()

    def run(self, walks: list[_Walk]) -> tuple[SearchHit, ...]:
        """Walk the kinds, always the one whose bound is highest, until all are done."""
        n = len(self.words)
        chunk = max(_CHUNK, self.limit)
        top = self.top
        while walks:
            for walk in walks:
                walk.skip(self.seen)
            if len(top) == self.limit:
                kth_score, kth_position, _ = top[0]
                kth = round(kth_score * n)
                walks = [w for w in walks if not w.done(kth, -kth_position)]
            cursor = None
            while walks and cursor is None:
                walk = max(walks, key=_Walk.bound)
                cursor = walk.next()
                if cursor is None:  # every object of its kind with a term is scored
                    walks.remove(walk)
            if cursor is not None:
                self.score(cursor.take(chunk))
        top.sort(key=lambda e: (-e[0], -e[1]))
        return tuple(
            SearchHit(object=self.objects[-p], score=score, quote=quote) for score, p, quote in top
        )

    def score_object(self, obj: Object) -> tuple[float, Quote | None]:
        """:func:`~binational.corpus._terms.object_score`, the same float, faster.

        Each distinct field text is scored once per query.
        """
        field = self.score_field
        points = 0
        for raw in names(obj):  # a name, a title, then the aliases, as the scan
            points += 3 * field(raw)
        summary = getattr(obj, "summary", None) or getattr(obj, "subject", None)
        if isinstance(summary, str):
            points += 2 * field(summary)
        best = 0
        best_quote = None
        for q in obj.evidence:
            p = field(q.text)
            if p > best:
                best, best_quote = p, q
        return (points + best) / len(self.words), best_quote

    def score_field(self, raw: str) -> int:
        """:func:`~binational.corpus._terms.field_points` for this query, remembered."""
        points = self.fields.get(raw)
        if points is None:
            points = _field(raw, self.query, len(self.words), self.counts, self.phrase)
            self.fields[raw] = points
        return points

    def score(self, positions: array[int]) -> None:
        """Score the objects at ``positions`` not scored yet; keep the best."""
        top, seen, limit = self.top, self.seen, self.limit
        for position in positions:
            if position in seen:
                continue
            seen.add(position)
            score, quote = self.score_object(self.objects[position])
            if len(top) < limit:
                heapq.heappush(top, (score, -position, quote))
            elif (score, -position) > top[0][:2]:
                heapq.heapreplace(top, (score, -position, quote))


def _field(
    raw: str, query: frozenset[str], n: int, counts: dict[str, int] | None, phrase: str
) -> int:
    """:func:`~binational.corpus._terms.field_points`, for a query's terms and counts."""
    tokens, text = field_terms(raw)
    common = query.intersection(tokens)
    if not common:
        return 0
    found = len(common) if counts is None else sum(counts[t] for t in common)
    if found == n:  # only then can the field hold the phrase
        if text == phrase:
            return 3 * found
        if n > 1 and f" {phrase} " in f" {text} ":
            return 2 * found
    return found
