"""The Corpus: collections, lookups, relations, texts and search."""

from __future__ import annotations

import itertools

import pytest

from binational import (
    Actor,
    Corpus,
    Initiative,
    Kind,
    Place,
    PolicyOption,
    Recommendation,
    UnknownIdError,
)

SEED = "nsc-migration-policy-brief"


class TestCollections:
    def test_every_kind_has_a_typed_collection(self, corpus: Corpus) -> None:
        """Each kind's collection holds objects of that kind only."""
        assert all(isinstance(a, Actor) for a in corpus.actors)
        assert all(isinstance(r, Recommendation) for r in corpus.recommendations)
        assert set(corpus.collections()) == set(Kind)

    def test_lookup_by_id_name_and_alias(self, corpus: Corpus) -> None:
        """[] takes an id, a name or an alias, ignoring case, accents and punctuation."""
        usa = corpus.actors["united-states"]
        assert corpus.actors["US"] is usa
        assert corpus.actors["u.s."] is usa
        assert corpus.places["el paso ciudad juarez"] is corpus.places["el-paso-ciudad-juarez"]

    def test_unknown_id_raises_lookup_error_with_suggestions(self, corpus: Corpus) -> None:
        """An unknown id names the kind and suggests near ids."""
        with pytest.raises(UnknownIdError) as info:
            corpus.actors["mexcio"]
        err = info.value
        assert isinstance(err, LookupError)
        assert (err.kind, err.id) == ("actor", "mexcio")
        assert err.suggestions[0] == "mexico"
        assert "did you mean 'mexico'" in str(err)

    def test_get_returns_default(self, corpus: Corpus) -> None:
        """get() returns None (or the default) instead of raising."""
        assert corpus.actors.get("atlantis") is None
        assert corpus.get("atlantis") is None
        assert "atlantis" not in corpus.actors

    def test_corpus_get_finds_any_kind(self, corpus: Corpus) -> None:
        """corpus[id] finds objects of every kind by id."""
        for coll in corpus.collections().values():
            for obj in coll:
                assert corpus[obj.id] is obj

    def test_by_source(self, corpus: Corpus) -> None:
        """Filtering by seed gives the objects with evidence from that seed."""
        recs = corpus.recommendations.by_source(SEED)
        assert recs
        assert recs == tuple(
            r for r in corpus.recommendations if any(q.source == SEED for q in r.evidence)
        )
        assert len(recs) < len(corpus.recommendations)
        assert corpus.recommendations.by_source(corpus.sources[SEED]) == recs
        assert corpus.recommendations.by_source("elsewhere") == ()

    def test_collections_are_read_only(self, corpus: Corpus) -> None:
        """Collections offer no way to add or replace objects."""
        with pytest.raises(TypeError):
            corpus.actors["mexico"] = corpus.actors["guatemala"]  # type: ignore[index]


class TestRelations:
    def test_addressees(self, corpus: Corpus) -> None:
        """A recommendation's addressees resolve to actors."""
        rec = corpus.recommendations["nsc-adopt-binational-governance-strategy"]
        assert [a.id for a in corpus.addressees(rec)] == ["us-national-security-council"]

    def test_builds_on_resolves_options_and_initiatives(self, corpus: Corpus) -> None:
        """builds_on() returns the objects, of whatever kind, a recommendation builds on."""
        rec = corpus.recommendations["nsc-northern-triangle-compact-integration"]
        kinds = {type(o) for o in corpus.builds_on(rec)}
        assert kinds == {Initiative, PolicyOption}

    def test_parent_and_children(self, corpus: Corpus) -> None:
        """Parent links work in both directions."""
        ohss = corpus.actors["us-ohss"]
        dhs = corpus.parent(ohss)
        assert dhs is corpus.actors["us-dhs"]
        assert ohss in corpus.children(dhs)

    def test_cited_works_of_an_ambiguous_marker(self, corpus: Corpus) -> None:
        """An ambiguous marker resolves to all its candidate works."""
        c = corpus.citations["nsc-cite-06"]
        assert c.ambiguous
        assert {s.id for s in corpus.cited_works(c)} == {
            "hrw-2024-border-deterrence-deaths-disappearances",
            "hrw-2024-nothing-but-bones",
        }
        assert c in corpus.citations_of("hrw-2024-nothing-but-bones")

    def test_mentioning(self, corpus: Corpus) -> None:
        """mentioning() finds objects that refer to an id."""
        ids = {o.id for o in corpus.mentioning("tijuana-san-diego")}
        assert "nsc-joint-enforcement-task-forces" in ids


class TestTexts:
    def test_every_quote_is_its_text_slice(self, corpus: Corpus) -> None:
        """For every evidence quote in the corpus, text[start:end] == quote."""
        for coll in corpus.collections().values():
            for obj in coll:
                for q in obj.evidence:
                    assert corpus.text(q.source)[q.start : q.end] == q.text

    def test_sections_cover_the_text(self, corpus: Corpus) -> None:
        """Sections follow each other without gaps to the end of the text."""
        sections = corpus.sections(SEED)
        assert sections[0].start == 0
        assert all(a.end == b.start for a, b in itertools.pairwise(sections))
        assert sections[-1].end == len(corpus.text(SEED))

    def test_unknown_seed_text(self, corpus: Corpus) -> None:
        """Asking for the text of a non-seed is an unknown-id error."""
        with pytest.raises(UnknownIdError):
            corpus.text("gao-2023-immigration-courts-workforce")


class TestSearch:
    def test_ranks_the_named_object_first(self, corpus: Corpus) -> None:
        """A query naming an object ranks that object first."""
        hits = corpus.search("Northern Triangle Compact")
        assert hits[0].object.id == "northern-triangle-compact"
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)

    def test_plural_and_accents_are_ignored(self, corpus: Corpus) -> None:
        """'corridor' finds 'corridors'; 'Juarez' finds 'Juárez'."""
        assert corpus.search("juarez corridor", kinds=[Kind.PLACE])[0].object.id == (
            "el-paso-ciudad-juarez"
        )

    def test_kinds_filter_and_empty_query(self, corpus: Corpus) -> None:
        """Search can be limited to kinds; an empty query finds nothing."""
        hits = corpus.search("asylum", kinds=[Kind.RECOMMENDATION], limit=3)
        assert len(hits) == 3
        assert all(isinstance(h.object, Recommendation) for h in hits)
        assert corpus.search("  ") == ()


class TestAcrossSeeds:
    """Entities the seeds share are one object carrying evidence from each seed."""

    @pytest.mark.parametrize(
        ("id", "seeds"),
        [
            ("mexico", {"nsc-", "orion-", "lawson-", "greenway-"}),
            ("us-dhs", {"nsc-", "orion-", "greenway-"}),
            ("merida-initiative", {"orion-", "lawson-"}),
            ("donald-trump", {"orion-", "greenway-"}),
            ("us-mexico-border", {"nsc-", "orion-", "lawson-", "greenway-"}),
        ],
    )
    def test_shared_entity_has_evidence_from_each_seed(
        self, corpus: Corpus, id: str, seeds: set[str]
    ) -> None:
        obj = corpus[id]
        prefixes = {
            "nsc-migration-policy-brief": "nsc-",
            "orion-2026-neighbor-in-focus": "orion-",
            "lawson-tello-fox-border-security-north-america": "lawson-",
            "greenway-2025-military-options-border": "greenway-",
        }
        assert {prefixes[q.source] for q in obj.evidence} == seeds
        collection = {Actor: corpus.actors, Initiative: corpus.initiatives, Place: corpus.places}
        for seed in corpus.seeds:
            found = collection[type(obj)].by_source(seed)  # type: ignore[index]
            assert (obj in found) == (prefixes[seed.id] in seeds)
