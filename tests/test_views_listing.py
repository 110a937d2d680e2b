"""Collections, by_source and search results drawn as tables (binational.views._listing)."""

from __future__ import annotations

import attrs
import pytest

import binational
from binational.corpus import Collection, Hits, Objects
from binational.model import Kind

NSC = "nsc-migration-policy-brief"
HOSTILE = '<script>alert("x")</script> & <b>'


@pytest.fixture(scope="module")
def corpus() -> binational.Corpus:
    """The packaged corpus."""
    return binational.load()


class TestSequences:
    def test_by_source_is_a_tuple_shown_as_a_table(self, corpus: binational.Corpus) -> None:
        """by_source returns Objects: equal to the tuple of its objects, repr unchanged."""
        found = corpus.recommendations.by_source(NSC)
        assert isinstance(found, Objects)
        assert tuple(found) == found
        assert repr(tuple(found)) == repr(found)

    def test_search_returns_hits(self, corpus: binational.Corpus) -> None:
        """search returns Hits, equal to the tuple of its hits."""
        hits = corpus.search("asylum hub")
        assert isinstance(hits, Hits)
        assert tuple(hits) == hits

    def test_objects_to_frame(self, corpus: binational.Corpus) -> None:
        """Objects.to_frame has one row per object, as the collection's frame has."""
        pytest.importorskip("pandas")
        found = corpus.recommendations.by_source(NSC)
        frame = found.to_frame()
        assert list(frame["id"]) == [o.id for o in found]
        assert list(frame.columns) == list(corpus.recommendations.to_frame().columns)
        assert len(Objects(()).to_frame()) == 0

    def test_hits_to_frame(self, corpus: binational.Corpus) -> None:
        """Hits.to_frame has a row per hit: rank, score, kind, id, title and quote."""
        pytest.importorskip("pandas")
        hits = corpus.search("Tijuana", kinds=[Kind.PLACE])
        frame = hits.to_frame()
        assert [h.object.id for h in hits] == list(frame["id"])
        assert frame["title"][0] == "Tijuana"
        assert {"rank", "score", "kind", "quote", "source", "start", "end"} <= set(frame)


class TestHtml:
    def test_collection_is_a_compact_table(self, corpus: binational.Corpus) -> None:
        """A collection's HTML is one row per object (at most 60) with a note for the rest."""
        out = corpus.recommendations._repr_html_()
        assert "<th>first quote</th>" in out
        assert out.count("<tr>") == 61  # the header and 60 rows
        assert "The first 60 of 124" in out

    def test_search_hits_show_a_title(self, corpus: binational.Corpus) -> None:
        """Search hits are a table with each hit's name or title."""
        out = corpus.search("Tijuana", kinds=[Kind.PLACE])._repr_html_()
        assert "<td" in out
        assert "Tijuana–San Diego" in out

    def test_card_folds_quotes_after_the_first_three(self, corpus: binational.Corpus) -> None:
        """An object's card shows three quotes and folds the rest under <details>."""
        mexico = corpus.actors["mexico"]
        out = mexico._repr_html_()
        assert out.count(">quote</td>") == 3
        assert f"{len(mexico.evidence) - 3} quotes</small></summary>" in out

    def test_hostile_names_are_escaped(self, corpus: binational.Corpus) -> None:
        """A name with markup is escaped in listings, search-like tables and cards."""
        bad = attrs.evolve(corpus.actors["mexico"], name=HOSTILE)
        coll = Collection(Kind.ACTOR, [bad])
        for out in (coll._repr_html_(), Objects((bad,))._repr_html_(), bad._repr_html_()):
            assert "<script>" not in out
            assert "<b>" not in out
            assert "&amp;" in out
        assert "<script>" not in coll._repr_markdown_().replace("\\<", "")


class TestText:
    def test_print_draws_a_table(self, corpus: binational.Corpus) -> None:
        """print() of by_source draws a text table of the objects."""
        out = str(corpus.options.by_source(NSC))
        assert out.startswith("3 options")
        assert "nsc-option-border-enforcement" in out
