"""The citation graph: who cites what, where, for which claims; ambiguity kept."""

from __future__ import annotations

import sys

import pytest

import binational
from binational import MissingDependencyError, SourceRole, UnknownIdError
from binational.cite import CitationGraph, citation_graph, cited_by, references

CORPUS = binational.load()
GRAPH = citation_graph(CORPUS)
SEED_000 = "nsc-migration-policy-brief"
HRW = ("hrw-2024-border-deterrence-deaths-disappearances", "hrw-2024-nothing-but-bones")
STATE_2024 = "state-2024-migration-policy-overview"


class TestCitedBy:
    def test_a_work_is_cited_by_the_edges_whose_marker_may_mean_it(self) -> None:
        """Each edge citing a work lists it among its candidates; no such edge is missed."""
        for work in CORPUS.sources:
            edges = GRAPH.cited_by(work)
            assert all(work.id in e.candidates for e in edges)
            assert len(edges) == sum(work.id in e.candidates for e in CORPUS.citations)

    def test_an_ambiguous_marker_cites_every_candidate(self) -> None:
        """The marker "Human Rights Watch, 2024" is an edge to both 2024 HRW works."""
        first, second = (set(GRAPH.cited_by(w)) for w in HRW)
        assert first == second
        assert {e.marker.text for e in first} == {"Human Rights Watch, 2024"}
        assert all(e.ambiguous for e in first)

    def test_edges_carry_their_seed_marker_and_sentence(self) -> None:
        """An edge says which seed cites, with which marker, in which sentence."""
        edge = cited_by("ohss-cbp-encounters")[0]
        assert edge.source == SEED_000
        assert edge.marker.text == "Office of Homeland Security Statistics"
        assert edge.marker.text in edge.evidence[0].text

    def test_the_citing_seeds(self) -> None:
        """The seeds citing a work; none for a work only listed."""
        assert [s.id for s in GRAPH.citing_seeds("ohss-cbp-encounters")] == [SEED_000]
        assert GRAPH.citing_seeds(STATE_2024) == ()

    def test_an_unknown_work_is_an_unknown_id(self) -> None:
        """Asking about a work the corpus does not have raises UnknownIdError."""
        with pytest.raises(UnknownIdError):
            cited_by("no-such-work")

    def test_the_module_function_is_the_graph_method(self) -> None:
        """binational.cite.cited_by() answers as CitationGraph.cited_by() on the packaged corpus."""
        assert cited_by(HRW[1]) == GRAPH.cited_by(HRW[1])


class TestReferences:
    @pytest.mark.parametrize("seed", [s.id for s in CORPUS.seeds])
    def test_a_seed_cites_its_listed_and_marked_works(self, seed: str) -> None:
        """A seed's references are the cited works it lists or marks, in corpus order."""
        works = references(seed)
        assert all(w.role is SourceRole.CITED for w in works)
        listed = {w.id for w in CORPUS.sources.by_source(seed) if w.role is SourceRole.CITED}
        marked = {w for e in CORPUS.citations.by_source(seed) for w in e.candidates}
        assert {w.id for w in works} == listed | marked
        order = [w.id for w in CORPUS.sources]
        assert [w.id for w in works] == sorted((w.id for w in works), key=order.index)

    def test_seed_000_cites_its_reference_list(self) -> None:
        """Seed 000's references are the works its reference list holds, no other seed's."""
        works = {w.id for w in references(SEED_000)}
        assert "world-bank-2023-world-development-report" in works
        assert not works & {w.id for s in CORPUS.seeds[1:] for w in references(s)}

    def test_a_listed_work_never_cited_in_the_text_is_uncited(self) -> None:
        """State 2024 is in the references but no marker cites it."""
        assert [w.id for w in GRAPH.uncited(SEED_000)] == [STATE_2024]

    @pytest.mark.parametrize("seed", [s.id for s in CORPUS.seeds])
    def test_every_marker_points_into_the_references(self, seed: str) -> None:
        """Each candidate of each edge of a seed is among the seed's references."""
        refs = {w.id for w in GRAPH.references(seed)}
        assert {w for e in GRAPH.edges if e.source == seed for w in e.candidates} <= refs


class TestClaims:
    def test_the_claims_a_work_supports(self) -> None:
        """A work supports the claims whose citations may refer to it."""
        supported = GRAPH.claims("hrw-2024-nothing-but-bones")
        assert supported
        for s in supported:
            assert s.citations
            assert all("hrw-2024-nothing-but-bones" in c.candidates for c in s.citations)
            assert {c.id for c in s.citations} <= set(s.claim.cites)
            assert s.claim in getattr(s.owner, s.field)

    def test_where_the_claim_stands(self) -> None:
        """The owner and field of a claim: here, a risk of the border enforcement option."""
        texts = {(s.owner.id, s.field, s.claim.text) for s in GRAPH.claims(HRW[1])}
        assert (
            "nsc-option-border-enforcement",
            "risks",
            "Increased humanitarian risks, including higher migrant mortality",
        ) in texts

    def test_every_cited_claim_is_found(self) -> None:
        """Every claim of an option or recommendation is listed for each work it cites."""
        fields = {"options": ("components", "benefits", "risks", "conditions")}
        fields["recommendations"] = ("metrics",)
        found = 0
        for kind, names in fields.items():
            for obj in getattr(CORPUS, kind):
                for name in names:
                    for claim in getattr(obj, name):
                        for edge in map(CORPUS.citations.__getitem__, claim.cites):
                            for work in edge.candidates:
                                found += 1
                                assert any(
                                    s.claim == claim and s.owner is obj and edge in s.citations
                                    for s in GRAPH.claims(work)
                                )
        assert found

    def test_a_work_cited_for_nothing(self) -> None:
        """A work no claim cites supports no claim."""
        assert GRAPH.claims(STATE_2024) == ()


class TestAmbiguous:
    def test_ambiguous_markers_keep_all_candidates(self) -> None:
        """The four ambiguous markers of seed 000, each with both of its works."""
        by_marker = {e.marker.text: e.candidates for e in GRAPH.ambiguous() if e.source == SEED_000}
        assert by_marker == {
            "Government Accountability Office, 2023": (
                "gao-2023-immigration-courts-workforce",
                "gao-2023-immigration-courts-backlog-blog",
            ),
            "Human Rights Watch, 2024": HRW,
            "Migration Policy Institute, 2023": (
                "mpi-2023-shifting-realities",
                "mpi-2023-immigration-labor-shortages",
            ),
            "World Bank, 2023": (
                "world-bank-2023-world-development-report",
                "world-bank-2023-migration-north-central-america",
            ),
        }

    def test_only_ambiguous_edges(self) -> None:
        """Every edge listed has several candidates; every other edge has one."""
        ambiguous = set(GRAPH.ambiguous())
        for e in GRAPH.edges:
            assert (e in ambiguous) == (len(e.candidates) > 1)


class TestUnidentified:
    def test_markers_that_name_no_work_are_listed_with_their_reason(self) -> None:
        """Edges without a candidate are listed, each with a note; others are not."""
        unidentified = GRAPH.unidentified()
        assert unidentified
        for e in GRAPH.edges:
            assert (e in unidentified) == (not e.candidates)
        assert all(e.notes for e in unidentified)

    def test_by_seed(self) -> None:
        """The chapter's unprinted notes are its own; the brief has none unidentified."""
        chapter = GRAPH.unidentified("lawson-tello-fox-border-security-north-america")
        assert chapter
        assert {e.source for e in chapter} == {"lawson-tello-fox-border-security-north-america"}
        assert GRAPH.unidentified(SEED_000) == ()
        assert set(GRAPH.unidentified()) == {e for s in CORPUS.seeds for e in GRAPH.unidentified(s)}


class TestNetworkx:
    def test_nodes_and_edges(self) -> None:
        """Nodes are the sources; one edge per citation edge and candidate, seed → work."""
        pytest.importorskip("networkx")
        g = GRAPH.to_networkx()
        assert set(g.nodes) == set(CORPUS.sources.ids())
        assert g.number_of_edges() == sum(len(e.candidates) for e in GRAPH.edges)
        assert g.nodes[SEED_000]["role"] == "seed"
        data = g.get_edge_data(SEED_000, HRW[1])
        assert set(data) == {e.id for e in GRAPH.cited_by(HRW[1])}
        edge = data["nsc-cite-06"]
        assert (edge["marker"], edge["ambiguous"], edge["candidates"]) == (
            "Human Rights Watch, 2024",
            True,
            HRW,
        )

    def test_without_networkx(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without networkx, a MissingDependencyError says to install it."""
        monkeypatch.setitem(sys.modules, "networkx", None)
        with pytest.raises(MissingDependencyError, match="pip install networkx"):
            GRAPH.to_networkx()

    def test_repr(self) -> None:
        """The graph's repr counts its edges."""
        assert repr(CitationGraph(CORPUS)) == f"<CitationGraph {len(CORPUS.citations)} edges>"
