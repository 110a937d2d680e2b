"""The search index gives exactly what scoring every object gives (Corpus._scan_search)."""

from __future__ import annotations

import random
import threading
import types
import unicodedata

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import binational
from binational import Corpus, Kind
from binational.corpus import kind_of
from binational.corpus._search import SearchIndex
from binational.corpus._terms import names as names_of
from binational.corpus._terms import object_score


def replicated(corpus: Corpus, copies: int, seed: int = 0) -> Corpus:
    """``copies`` of every object under new ids, each kind's objects shuffled.

    Copies tie on every score, so ties are broken by corpus order all over the place.
    """
    rng = random.Random(seed)  # noqa: S311  # a shuffle, not a secret
    collections = {}
    for kind, coll in corpus.collections().items():
        objects = [
            obj if r == 0 else attrs.evolve(obj, id=f"{obj.id}~{r}")  # type: ignore[misc]
            for r in range(copies)
            for obj in coll
        ]
        rng.shuffle(objects)
        collections[kind.value] = objects
    return Corpus(**collections, texts=dict(corpus._texts), sections=dict(corpus._sections))


REAL = binational.load()
SMALL = replicated(REAL, 3)


def _fields(corpus: Corpus) -> tuple[list[str], list[str], list[str]]:
    """Names, summaries and quote texts of every object."""
    names, summaries, quotes = [], [], []
    for coll in corpus.collections().values():
        for obj in coll:
            names.extend(names_of(obj))
            summary = getattr(obj, "summary", None) or getattr(obj, "subject", None)
            if isinstance(summary, str):
                summaries.append(summary)
            quotes.extend(q.text for q in obj.evidence)
    return names, summaries, quotes


NAMES, SUMMARIES, QUOTES = _fields(REAL)
WORDS = sorted({w for text in NAMES + SUMMARIES + QUOTES for w in text.split()})
COMMON = ["border", "security", "United", "States", "Mexico", "cartel", "the", "of", "and"]


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _accent(s: str) -> str:
    return s.replace("e", "é").replace("a", "á")


def _plural(s: str) -> str:
    return f"{s}es" if s.endswith("s") else f"{s}s"


def _singular(s: str) -> str:
    return s.removesuffix("s")


@st.composite
def fragments(draw: st.DrawFn) -> str:
    """1 to 5 consecutive words of a name, summary or quote."""
    text = draw(st.sampled_from(NAMES + SUMMARIES + QUOTES)).split()
    start = draw(st.integers(0, max(0, len(text) - 1)))
    return " ".join(text[start : start + draw(st.integers(1, 5))])


word = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(COMMON),
    st.text("abcdeéimnorstuxz", min_size=1, max_size=8),  # mostly not in the corpus
)


def variant_of_name(name: str) -> str:
    """A name as someone might type it: no accents, lower case."""
    return _strip_accents(name).lower()


variant = st.sampled_from([str, str.lower, str.upper, _strip_accents, _accent, _plural, _singular])
punctuation = st.sampled_from(["", "", ",", ".", "’s", "-", "!", "(", ")", "—"])


@st.composite
def word_queries(draw: st.DrawFn) -> str:
    """1 to 5 words, each maybe in another case, accented or not, plural or not."""
    parts = [draw(variant)(draw(word)) + draw(punctuation) for _ in range(draw(st.integers(1, 5)))]
    return draw(st.sampled_from([" ", "  ", " - ", "/"])).join(parts)


def _kinds_in_order(kinds: set[Kind]) -> list[Kind]:
    return sorted(kinds, key=list(Kind).index)


queries = st.one_of(fragments(), st.sampled_from(NAMES).map(variant_of_name), word_queries())
kinds_arg = st.one_of(st.none(), st.sets(st.sampled_from(list(Kind))).map(_kinds_in_order))
limits = st.integers(0, 30)


def assert_same(corpus: Corpus, query: str, kinds: list[Kind] | None, limit: int) -> None:
    """The index gives the scan's hits: the same objects and quotes, scores to the bit."""
    got = corpus._index_search(query, kinds=kinds, limit=limit)
    want = corpus._scan_search(query, kinds=kinds, limit=limit)
    assert got == want
    assert all(g.object is w.object and g.quote is w.quote for g, w in zip(got, want, strict=True))
    assert [h.score.hex() for h in got] == [h.score.hex() for h in want]


class TestSameAsScan:
    @settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(query=queries, kinds=kinds_arg, limit=limits)
    def test_real_corpus(self, query: str, kinds: list[Kind] | None, limit: int) -> None:
        """On the packaged corpus, any query gives the scan's hits."""
        assert_same(REAL, query, kinds, limit)

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(query=queries, kinds=kinds_arg, limit=limits)
    def test_replicated_corpus(self, query: str, kinds: list[Kind] | None, limit: int) -> None:
        """On three shuffled copies of it, where every score ties three ways, too."""
        assert_same(SMALL, query, kinds, limit)

    @pytest.mark.parametrize(
        "query",
        [
            "border",
            "security",
            "United States Mexico",
            "Mérida Initiative",
            "fentanyl trafficking",
            "joint task force",
            "cartel violence",
            "security cooperation",
            "border border",  # a repeated word: its pair is the phrase
            "security security cooperation",
            "Mexico zeppelin",  # a word found nowhere: no phrase anywhere
            "the of and",
            "asylum " * 7,  # seven words: n not a power of two
        ],
    )
    @pytest.mark.parametrize("limit", [1, 3, 10, 30, 10_000])
    def test_benchmark_queries(self, query: str, limit: int) -> None:
        """The benchmark's queries, and a few of odd shape, at several limits."""
        for corpus in (REAL, SMALL):
            assert_same(corpus, query, None, limit)
            assert_same(corpus, query, [Kind.ACTOR, Kind.RECOMMENDATION], limit)

    def test_whole_name_as_query(self) -> None:
        """A query that is a whole name gets the x3 and ranks as the scan ranks it."""
        for name in NAMES[:200]:
            assert_same(SMALL, name, None, 5)


class TestTiesAndEdges:
    def test_ties_resolve_in_corpus_order(self) -> None:
        """Copies score the same; the first ones in corpus order come first."""
        hits = SMALL._index_search("border", limit=3)
        assert len({h.score for h in hits}) == 1
        order = {id(o): i for i, o in enumerate(SMALL._search_index._objects)}  # type: ignore[union-attr]
        positions = [order[id(h.object)] for h in hits]
        assert positions == sorted(positions)
        assert {h.object.id.split("~")[0] for h in hits} == {"us-mexico-border"}

    def test_a_tie_across_the_limit(self) -> None:
        """The limit cuts a run of equal scores where the scan cuts it."""
        for limit in range(1, 8):
            assert_same(SMALL, "Mérida Initiative", None, limit)
            assert_same(SMALL, "United States Mexico", None, limit)

    def test_equal_scores_are_equal_floats(self) -> None:
        """A score is counted in points and divided once, so equal scores tie exactly.

        One word of three in a name, one in the summary and one in a quote score 2.0,
        as two words of three in a name do, so the two rank in corpus order (summed as
        floats, the first scored 1.9999999999999998 and ranked second).
        """
        words = ["alpha", "beta", "gamma"]
        spread = types.SimpleNamespace(
            name="alpha",
            aliases=(),
            summary="beta",
            evidence=(types.SimpleNamespace(text="gamma"),),
        )
        named = types.SimpleNamespace(name="alpha beta", aliases=(), summary=None, evidence=())
        assert object_score(spread, words, "alpha beta gamma")[0] == 2.0
        assert object_score(named, words, "alpha beta gamma")[0] == 2.0

    def test_limit_zero(self) -> None:
        assert SMALL._index_search("border", limit=0) == ()

    @pytest.mark.parametrize("query", ["", "  ", "!!!", "— …", "’"])
    def test_query_without_terms(self, query: str) -> None:
        """A query with no searchable word finds nothing, as the scan does."""
        assert SMALL._index_search(query) == () == SMALL._scan_search(query)

    def test_word_found_nowhere(self) -> None:
        assert SMALL._index_search("zeppelin") == ()

    def test_kinds_filter(self) -> None:
        """Only the kinds asked for; none asked for, no hits."""
        hits = SMALL._index_search("cartel", kinds=[Kind.PLACE, Kind.FRAMING], limit=30)
        assert hits
        assert {kind_of(h.object) for h in hits} <= {Kind.PLACE, Kind.FRAMING}
        assert SMALL._index_search("cartel", kinds=[]) == ()
        assert_same(SMALL, "cartel", [Kind.PLACE, Kind.FRAMING], 30)


class TestBuilt:
    def test_lazily_once_and_privately(self) -> None:
        """No index until the first search; then one, kept, that cannot be set."""
        corpus = replicated(REAL, 1)
        assert corpus._search_index is None
        corpus._index_search("")  # no terms: nothing to index for
        assert corpus._search_index is None
        corpus._index_search("border")
        index = corpus._search_index
        assert isinstance(index, SearchIndex)
        corpus._index_search("security")
        assert corpus._search_index is index
        with pytest.raises(AttributeError, match="immutable"):
            corpus._search_index = None  # type: ignore[misc]
        with pytest.raises(AttributeError, match="immutable"):
            del corpus._search_index

    def test_thread_safe(self) -> None:
        """Threads searching a fresh corpus at once share one index and agree."""
        corpus = replicated(REAL, 2, seed=1)
        built: list[object] = []
        results: list[tuple[binational.SearchHit, ...]] = []
        barrier = threading.Barrier(8)

        def search() -> None:
            barrier.wait()
            results.append(corpus._index_search("security cooperation"))
            built.append(corpus._search_index)

        threads = [threading.Thread(target=search) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(results) == 8
        assert all(r == results[0] for r in results)
        assert all(b is built[0] for b in built)
        assert results[0] == corpus._scan_search("security cooperation")


class TestWhichWay:
    def test_a_small_corpus_is_scanned_a_large_one_indexed(self) -> None:
        """search() scans below 5,000 objects (no index built) and uses the index above."""
        small = replicated(REAL, 1)
        assert small.search("border") == small._scan_search("border")
        assert small._search_index is None
        large = replicated(REAL, 7)
        assert len(large._by_id) >= 5000
        hits = large.search("Mérida Initiative")
        assert isinstance(large._search_index, SearchIndex)
        assert hits == large._scan_search("Mérida Initiative")
