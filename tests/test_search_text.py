"""Full-text search over the passages (Corpus.search_text) and over objects (Corpus.search)."""

from __future__ import annotations

import sqlite3

import pytest

import binational
from binational import Corpus, Kind
from binational.corpus import TextHits
from binational.corpus._fts import parse_query
from binational.model import Part, TextHit

NSC = "nsc-migration-policy-brief"
ORION = "orion-2026-neighbor-in-focus"
LAWSON = "lawson-tello-fox-border-security-north-america"
GREENWAY = "greenway-2025-military-options-border"
EVERY_PART = ("body", "table", "notes", "references")


def test_sqlite_has_fts5() -> None:
    """The standard library's SQLite has FTS5, which the search is built on."""
    sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")


class TestMatching:
    def test_accents_are_folded(self, corpus: Corpus) -> None:
        """'Merida' finds 'Mérida'."""
        hits = corpus.search_text("Merida")
        assert hits
        assert all("Mérida" in h.passage.text or "Merida" in h.passage.text for h in hits)
        assert {h.passage.source for h in hits} == {ORION, LAWSON}

    def test_endings_are_stemmed(self, corpus: Corpus) -> None:
        """'threats' finds 'threat' and 'threatened'."""
        found = {
            w.casefold() for h in corpus.search_text("threats", limit=50) for w, m in h.snippet if m
        }
        assert {"threat", "threats"} <= found

    def test_phrase(self, corpus: Corpus) -> None:
        """A phrase in double quotes finds the words together, in order."""
        hits = corpus.search_text('"joint task forces"')
        assert hits
        assert all("joint" in h.passage.display.casefold() for h in hits)
        assert all("task force" in h.passage.display.casefold() for h in hits)
        first = next(t.casefold() for t, m in hits[0].snippet if m)
        assert first.startswith("joint task force")

    def test_prefix(self, corpus: Corpus) -> None:
        """A star finds every word with that start."""
        words = {
            w.casefold()
            for h in corpus.search_text("extradit*", limit=50)
            for w, m in h.snippet
            if m
        }
        assert {"extradited"} <= words
        assert all(w.startswith("extradit") for w in words)

    def test_near(self, corpus: Corpus) -> None:
        """NEAR(a b, n) finds a and b at most n words apart."""
        near = corpus.search_text("NEAR(Mexico cooperation, 2)", limit=200)
        both = corpus.search_text("Mexico AND cooperation", limit=200)
        assert near
        assert len(near) < len(both)
        assert {h.passage for h in near} <= {h.passage for h in both}

    def test_operators(self, corpus: Corpus) -> None:
        """AND, OR and NOT in capitals combine terms."""
        cartels = {h.passage for h in corpus.search_text("cartels", limit=200)}
        fentanyl = {h.passage for h in corpus.search_text("fentanyl", limit=200)}
        assert {h.passage for h in corpus.search_text("cartels NOT fentanyl", limit=200)} == (
            cartels - fentanyl
        )
        assert {h.passage for h in corpus.search_text("cartels OR fentanyl", limit=200)} == (
            cartels | fentanyl
        )
        assert {h.passage for h in corpus.search_text("cartels AND fentanyl", limit=200)} == (
            cartels & fentanyl
        )

    def test_a_plain_query_ranks_every_word_first(self, corpus: Corpus) -> None:
        """Passages holding every word come first, then those holding some; scores fall."""
        hits = corpus.search_text("Sheinbaum extradition", limit=20)
        every = corpus.search_text("Sheinbaum AND extradition", limit=20)
        assert every
        assert [h.passage for h in hits[: len(every)]] == [h.passage for h in every]
        assert len(hits) > len(every)
        scores = [h.score for h in hits]
        assert scores == sorted(scores, reverse=True)
        assert all(s > 0 for s in scores)

    def test_punctuation_inside_a_word(self, corpus: Corpus) -> None:
        """'U.S.-Mexico' is searched as the phrase of its words; 'x:y' is no column filter."""
        assert corpus.search_text("U.S.-Mexico")
        hits = corpus.search_text("key:takeaways")
        assert [h.passage.text for h in hits] == ["Key Takeaways"]


class TestRanking:
    QUERY = "migration national security threat"

    def test_a_passage_that_argues_outranks_reference_entries(self, corpus: Corpus) -> None:
        """An argument ranks above every reference entry and note, searched too.

        The NSC brief's passage against framing migration as a security threat.
        """
        hits = corpus.search_text(self.QUERY, parts=EVERY_PART, limit=50)
        argues = next(
            i
            for i, h in enumerate(hits)
            if "Rather than viewing migration solely as a threat" in h.passage.text
        )
        listed = [i for i, h in enumerate(hits) if h.passage.part in (Part.REFERENCES, Part.NOTES)]
        assert listed
        assert argues < min(listed)
        assert argues < 3

    def test_object_search_ranks_arguments_above_a_name(self, corpus: Corpus) -> None:
        """A name sharing the query's words no longer ranks first.

        The actor "U.S. National Security Council" did; the coded position that argues
        the point now ranks above it.
        """
        ids = [h.object.id for h in corpus.search(self.QUERY)]
        assert ids[0] != "us-national-security-council"
        assert "nsc-position-migration-as-security-threat" in ids[:2]

    def test_the_named_object_ranks_first(self, corpus: Corpus) -> None:
        """A query that is an object's name or alias finds that object first."""
        assert corpus.search("Mérida Initiative")[0].object.id == "merida-initiative"
        assert corpus.search("merida initiative")[0].object.id == "merida-initiative"


class TestFilters:
    def test_default_parts_leave_out_notes_and_references(self, corpus: Corpus) -> None:
        hits = corpus.search_text("accessed", limit=50)
        assert all(h.passage.part in (Part.BODY, Part.TABLE) for h in hits)
        notes = corpus.search_text("accessed", parts=["notes"], limit=50)
        assert notes
        assert {h.passage.source for h in notes} == {GREENWAY}
        refs = corpus.search_text("Migration Policy Institute", parts=[Part.REFERENCES])
        assert refs
        assert {h.passage.part for h in refs} == {Part.REFERENCES}

    def test_sources_and_sections(self, corpus: Corpus) -> None:
        hits = corpus.search_text("border", sources=[NSC, corpus.sources[GREENWAY]], limit=100)
        assert {h.passage.source for h in hits} == {NSC, GREENWAY}
        policy = corpus.search_text("border", sections=["policy options"], limit=100)
        assert policy
        assert {h.passage.section for h in policy} == {"Policy Options"}

    def test_kinds(self, corpus: Corpus) -> None:
        """kinds keeps passages quoting an object of those kinds, and lists only those."""
        hits = corpus.search_text("task forces", kinds=[Kind.RECOMMENDATION], limit=50)
        assert hits
        for h in hits:
            assert h.objects
            assert all(corpus[i] in corpus.recommendations for i in h.objects)
            assert set(h.objects) <= set(h.passage.objects)
        assert corpus.search_text("task forces", kinds=[], limit=50) == ()

    def test_limit(self, corpus: Corpus) -> None:
        assert len(corpus.search_text("border", limit=3)) == 3
        assert corpus.search_text("border", limit=0) == ()


class TestBadInput:
    @pytest.mark.parametrize(
        ("query", "says"),
        [
            ("", "empty"),
            ("   ", "empty"),
            ("the of and", "only common words"),
            ("AND OR", "no word"),
            ("(((", "no word"),
            ('"joint task', "unbalanced double quote"),
            ("cartel AND", "begins or ends with AND"),
            ("NOT cartel", "begins or ends with NOT"),
            ("NEAR(cartel fentanyl, x)", "cannot read the query"),
            ("cartel AND (fentanyl", "cannot read the query"),
        ],
    )
    def test_bad_queries_say_what_to_write(self, corpus: Corpus, query: str, says: str) -> None:
        with pytest.raises(ValueError, match="search_text") as info:
            corpus.search_text(query)
        assert says in str(info.value)
        assert not isinstance(info.value, sqlite3.Error)
        assert "write" in str(info.value) or "add a word" in str(info.value)

    def test_query_length_is_bounded(self, corpus: Corpus) -> None:
        with pytest.raises(ValueError, match="at most 1000"):
            corpus.search_text("border " * 200)

    @pytest.mark.parametrize(
        ("kwargs", "error"),
        [
            ({"query": 3}, TypeError),
            ({"limit": -1}, ValueError),
            ({"limit": "3"}, TypeError),
            ({"sources": NSC}, TypeError),
            ({"sources": ["no-such-seed"]}, binational.UnknownIdError),
            ({"sections": ["Nowhere at all"]}, binational.UnknownIdError),
            ({"sections": "Policy Options"}, TypeError),
            ({"parts": ["appendix"]}, ValueError),
            ({"parts": "body"}, TypeError),
            ({"kinds": Kind.ACTOR}, TypeError),
            ({"kinds": ["actors"]}, TypeError),
        ],
    )
    def test_bad_arguments(self, corpus: Corpus, kwargs: dict[str, object], error: type) -> None:
        query = kwargs.pop("query", "border")
        with pytest.raises(error):
            corpus.search_text(query, **kwargs)  # type: ignore[arg-type]


class TestResults:
    def test_hits_are_a_table(self, corpus: Corpus) -> None:
        hits = corpus.search_text("Merida", limit=3)
        assert isinstance(hits, TextHits)
        assert isinstance(hits[0], TextHit)
        assert hits == tuple(hits)
        text = str(hits)
        assert "«Mérida»" in text
        assert "<mark>Mérida</mark>" in hits._repr_html_()
        assert "**Mérida**" in hits._repr_markdown_()
        assert repr(hits[0]).startswith("<TextHit ")

    def test_snippet_is_data(self, corpus: Corpus) -> None:
        """The snippet's pieces join to an extract of the passage's display text."""
        for h in corpus.search_text("cartel violence", limit=10):
            joined = "".join(t for t, _ in h.snippet).replace("…", "")
            assert " ".join(joined.split()) in " ".join(h.passage.display.split())

    def test_to_frame(self, corpus: Corpus) -> None:
        pytest.importorskip("pandas")
        frame = corpus.search_text("Merida", limit=3).to_frame()
        assert list(frame["rank"]) == [1, 2, 3]
        assert "«Mérida»" in frame["snippet"][0]

    def test_index_is_built_once(self) -> None:
        fresh = binational.load_from(binational.loader.data_dir(), binational.loader.seeds_dir())
        assert fresh._text_index is None
        fresh.search_text("border")
        index = getattr(fresh, "_text_index")  # noqa: B009 - set by the search
        assert index is not None
        fresh.search_text("cartel")
        assert fresh._text_index is index


def test_parse_query_keeps_syntax() -> None:
    assert parse_query('"joint task force" OR NEAR(cartel fentanyl, 5)', "x").all == (
        '"joint task force" OR NEAR ( cartel fentanyl , 5 )'
    )
    assert parse_query("the cartels of Mexico", "x").all == "cartels AND Mexico"


def test_views_escape_the_data() -> None:
    """A snippet's text is data: HTML, Markdown and terminal escapes; only its marks mark."""
    from binational.corpus import Passages

    text = "<script>x</script> \ue000*bold*\ue001 | \x1b[31m"
    p = binational.Passage(
        source="s",
        start=0,
        end=len(text),
        text=text,
        display=text,
        section="<b>",
        part=Part.BODY,
    )
    hit = TextHit(passage=p, score=1.0, snippet=((text, False), ("<i>m</i>", True)), objects=())
    hits = TextHits((hit,))
    html = hits._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<mark>&lt;i&gt;m&lt;/i&gt;</mark>" in html
    assert html.count("<mark>") == 1
    md = hits._repr_markdown_()
    assert "\\<script\\>" in md
    assert "\\*bold\\*" in md
    assert md.count("**") == 4  # the title's pair, and one pair around the match
    assert "\x1b" not in str(hits)
    assert "\x1b" not in str(Passages((p,)))
    assert "<b>" not in Passages((p,))._repr_html_()


@pytest.mark.parametrize(
    "query", ['T ^"ATEAO,\x00)', "border\x00wall", '"a\x00b" OR c', "NEAR(", "^x:y+"]
)
def test_odd_queries_never_reach_sqlite_errors(corpus: Corpus, query: str) -> None:
    """Whatever is typed, search returns hits and search_text hits or a ValueError."""
    corpus.search(query)
    message = "search_text()"
    try:
        corpus.search_text(query)
    except ValueError as e:
        message = str(e)
    assert "search_text()" in message


def test_without_fts5_the_error_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Python whose SQLite lacks FTS5 gets one clear error, not an SQLite one."""
    from binational.corpus._fts import fts5_available

    class NoFts5:
        def execute(self, *_: object) -> None:
            raise sqlite3.OperationalError("no such module: fts5")

        def close(self) -> None:
            pass

    monkeypatch.setattr(sqlite3, "connect", lambda *_, **__: NoFts5())
    fresh = binational.load_from(binational.loader.data_dir(), binational.loader.seeds_dir())
    with pytest.raises(RuntimeError, match="FTS5"):
        fresh.search_text("border")
    assert not fts5_available()
