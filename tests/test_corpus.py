"""The Corpus: collections, lookups, relations, texts and search."""

from __future__ import annotations

import contextlib
import copy
import functools
import itertools
import multiprocessing
import os
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import binational
from binational import (
    Actor,
    Collection,
    Corpus,
    Initiative,
    Kind,
    Place,
    PolicyOption,
    Recommendation,
    UnknownIdError,
    export,
)
from binational.corpus import MAX_QUERY_LENGTH

SEED = "nsc-migration-policy-brief"


def _pickled(obj: object, protocol: int) -> Any:
    """``obj`` pickled at ``protocol`` and read back."""
    return pickle.loads(pickle.dumps(obj, protocol=protocol))  # noqa: S301 - our own bytes


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
        with pytest.raises(UnknownIdError, match="no source with id, name or alias 'elsewhere'"):
            corpus.recommendations.by_source("elsewhere")

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


class TestImmutability:
    """A corpus and its collections cannot be changed after load (issue 11)."""

    @pytest.mark.parametrize(
        "name", [k.value for k in Kind] + ["_by_id", "_texts", "_sections", "anything"]
    )
    def test_corpus_attributes_cannot_be_set_or_deleted(self, corpus: Corpus, name: str) -> None:
        """Rebinding, adding or deleting an attribute of a corpus raises AttributeError."""
        with pytest.raises(AttributeError, match="Corpus is immutable"):
            setattr(corpus, name, None)
        with pytest.raises(AttributeError, match="Corpus is immutable"):
            delattr(corpus, name)
        assert not hasattr(corpus, "__dict__")

    @pytest.mark.parametrize("name", ["kind", "_items", "_by_id", "_indexes", "anything"])
    def test_collection_attributes_cannot_be_set_or_deleted(
        self, corpus: Corpus, name: str
    ) -> None:
        """Rebinding, adding or deleting an attribute of a collection raises AttributeError."""
        with pytest.raises(AttributeError, match="Collection is immutable"):
            setattr(corpus.actors, name, None)
        with pytest.raises(AttributeError, match="Collection is immutable"):
            delattr(corpus.actors, name)

    def test_what_a_caller_does_does_not_reach_the_next_load(self) -> None:
        """Whatever a caller tries on what load() returned, the next load() is the same."""
        corpus = binational.load()
        before = {k: c.ids() for k, c in corpus.collections().items()}
        attempts: list[Any] = [
            lambda: setattr(corpus, "actors", corpus.places),
            lambda: delattr(corpus, "sources"),
            lambda: setattr(corpus.actors, "_items", ()),
            lambda: corpus.collections().clear(),
            lambda: corpus.collections().update({Kind.ACTOR: corpus.places}),
            lambda: corpus.actors._by_id.pop("mexico"),  # type: ignore[attr-defined]
            lambda: corpus._texts.pop(SEED),  # type: ignore[attr-defined]
            lambda: corpus.actors.__setitem__("mexico", None),  # type: ignore[operator]
        ]
        for attempt in attempts:
            with contextlib.suppress(AttributeError, TypeError):
                attempt()
        again = binational.load()
        assert again is corpus
        assert {k: c.ids() for k, c in again.collections().items()} == before
        assert again.actors["mexico"].id == "mexico"
        assert again.text(SEED)

    def test_what_a_caller_does_to_derived_data_does_not_reach_the_next_call(self) -> None:
        """Tables, the JSON export and frames are built anew: changing one changes no other."""
        pytest.importorskip("pandas")
        corpus = binational.load()
        tables, exported = export.tables(corpus), export.corpus_json(corpus)
        for rows in export.tables(corpus).values():
            for row in rows[:1]:
                row.clear()
            rows.clear()
        export.corpus_json(corpus).clear()
        frame = corpus.actors.to_frame()
        frame.loc[frame.index[0], "id"] = "changed"
        assert export.tables(corpus) == tables
        assert export.corpus_json(corpus) == exported
        assert corpus.actors.to_frame()["id"].tolist() == list(corpus.actors.ids())

    def test_init_cannot_be_run_again(self) -> None:
        """Calling __init__ on a loaded corpus or collection does not empty it."""
        corpus = binational.load()
        empty: dict[str, Any] = {k.value: [] for k in Kind}
        with pytest.raises(AttributeError, match="Corpus is immutable: it cannot be initialised"):
            corpus.__init__(**empty, texts={}, sections={})  # type: ignore[misc]
        with pytest.raises(AttributeError, match="Collection is immutable: it cannot be init"):
            corpus.actors.__init__(Kind.ACTOR, [])  # type: ignore[misc]
        again = binational.load()
        assert again is corpus
        assert "mexico" in again.actors
        assert again.text(SEED)


class TestMisuse:
    """Wrong argument types get a TypeError naming the argument (issue 11)."""

    @pytest.mark.parametrize("key", [123, None, 1.5, ("mexico",), b"mexico"])
    def test_collection_key_must_be_a_str(self, corpus: Corpus, key: Any) -> None:
        """collection[key] and collection.get(key) take an id, name or alias as a str."""
        with pytest.raises(TypeError, match=r"actors\[key\] (and \.get\(key\) )?takes? an id"):
            corpus.actors[key]
        with pytest.raises(TypeError, match="take an id, name or alias"):
            corpus.actors.get(key)

    @pytest.mark.parametrize("key", [123, None])
    def test_corpus_key_must_be_a_str(self, corpus: Corpus, key: Any) -> None:
        """corpus[id] and corpus.get(id) take an id as a str."""
        with pytest.raises(TypeError, match=r"corpus\[id\] takes an id, name or alias \(a str\)"):
            corpus[key]
        with pytest.raises(TypeError, match=r"corpus\.get\(id\) takes an id, name or alias \("):
            corpus.get(key)

    @pytest.mark.parametrize("method", ["by_source", "text", "sections"])
    def test_seed_argument_must_be_a_source_or_an_id(self, corpus: Corpus, method: str) -> None:
        """by_source(), text() and sections() take a Source or its id."""
        call = getattr(corpus.actors if method == "by_source" else corpus, method)
        with pytest.raises(TypeError, match=rf"{method}\(source\) takes a Source or its id"):
            call(7)

    @pytest.mark.parametrize(
        ("kwargs", "words"),
        [
            ({"query": None}, "argument 'query' must be a str, not NoneType"),
            ({"query": b"asylum"}, "argument 'query' must be a str, not bytes"),
            ({"limit": 2.5}, "argument 'limit' must be an int, not float"),
            ({"limit": "3"}, "argument 'limit' must be an int, not str"),
            ({"limit": True}, "argument 'limit' must be an int, not bool"),
            ({"kinds": Kind.ACTOR}, "argument 'kinds' must be an iterable of Kind"),
            ({"kinds": "actors"}, "argument 'kinds' must be an iterable of Kind"),
            ({"kinds": ["actors"]}, "argument 'kinds' must hold Kind members, not 'actors'"),
            ({"kinds": 3}, "argument 'kinds' must be an iterable of Kind"),
        ],
        ids=lambda v: repr(v) if not isinstance(v, str) else v[:30],
    )
    def test_search_argument_types(
        self, corpus: Corpus, kwargs: dict[str, Any], words: str
    ) -> None:
        """search() names the argument of the wrong type and what it takes."""
        query = kwargs.pop("query", "asylum")
        with pytest.raises(TypeError) as info:
            corpus.search(query, **kwargs)
        assert words in str(info.value)

    @pytest.mark.parametrize(
        ("call", "words"),
        [
            (lambda c: c.figures_about(None), "figures_about(obj) takes an object of the corpus"),
            (lambda c: c.figures_about(123), "or its id or name), not int 123"),
            (lambda c: c.citations_of(None), "citations_of(source) takes a Source"),
            (lambda c: c.mentioning(1.5), "mentioning(obj) takes an object of the corpus"),
            (lambda c: c.addressees(1), "addressees(recommendation) takes a Recommendation"),
            (lambda c: c.builds_on(None), "builds_on(recommendation) takes a Recommendation"),
            (lambda c: c.parent(b"mexico"), "parent(actor) takes an Actor (or its id or name)"),
            (lambda c: c.children(None), "children(actor) takes an Actor (or its id or name)"),
            (lambda c: c.successors(3), "takes an Initiative (or its id or name), not int"),
            (
                lambda c: c.parent("merida-initiative"),
                "is an initiative; parent(actor) takes an actor",
            ),
            (
                lambda c: c.related(c.initiatives.objects()[0], "succeeded-by"),
                "takes a RelationKind as kind, not str",
            ),
            (lambda c: c.cited_works(None), "cited_works(citation) takes a Citation"),
            (lambda c: c.collection("actors"), "collection(kind) takes a Kind, not str 'actors'"),
            (lambda c: c.actors.suggest(None), "suggest(key) takes an id, name or alias (a str)"),
        ],
        ids=lambda v: v if isinstance(v, str) else "",
    )
    def test_relations_take_their_types(self, corpus: Corpus, call: Any, words: str) -> None:
        """Relation methods say which argument takes what, instead of an AttributeError."""
        with pytest.raises(TypeError) as info:
            call(corpus)
        assert words in str(info.value)

    def test_negative_limit(self, corpus: Corpus) -> None:
        """A negative limit is refused, not half-applied as a slice."""
        with pytest.raises(ValueError, match="'limit' must be 0 or more, not -1"):
            corpus.search("asylum", limit=-1)

    def test_limit_zero_finds_nothing(self, corpus: Corpus) -> None:
        """limit=0 asks for no hits."""
        assert corpus.search("asylum", limit=0) == ()

    def test_kinds_may_be_any_iterable(self, corpus: Corpus) -> None:
        """A tuple, set or generator of kinds works as a list does."""
        as_list = corpus.search("juarez", kinds=[Kind.PLACE])
        assert as_list
        assert corpus.search("juarez", kinds=(Kind.PLACE,)) == as_list
        assert corpus.search("juarez", kinds={Kind.PLACE}) == as_list
        assert corpus.search("juarez", kinds=(k for k in [Kind.PLACE])) == as_list

    @pytest.mark.parametrize("query", ["a " * 10**6, "x" * 1001])
    def test_huge_query_is_refused(self, corpus: Corpus, query: str) -> None:
        """A query over MAX_QUERY_LENGTH characters is refused before any searching."""
        with pytest.raises(ValueError, match="at most 1000 are searched"):
            corpus.search(query)

    def test_longest_query_is_searched(self, corpus: Corpus) -> None:
        """A query of exactly MAX_QUERY_LENGTH characters is still searched."""
        query = ("asylum " * 200)[:MAX_QUERY_LENGTH]
        assert len(query) == 1000
        assert corpus.search(query)[0].score > 0

    def test_collection_is_exported(self) -> None:
        """Collection is the public type of corpus collections."""
        assert isinstance(binational.load().actors, Collection)


# -- a corpus that travels ---------------------------------------------------------

PROTOCOLS = list(range(pickle.HIGHEST_PROTOCOL + 1))
COPIES: dict[str, Callable[[Any], Any]] = {
    **{f"pickle-{p}": functools.partial(_pickled, protocol=p) for p in PROTOCOLS},
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
}


def _fresh() -> Corpus:
    """A corpus of the packaged objects, not the one load() caches (its indexes unbuilt)."""
    return copy.copy(binational.load())


def _lookups(collection: Collection[Any]) -> tuple[object, ...]:
    """What a collection answers: ids, a lookup by alias, by seed, a suggestion."""
    first = collection.objects()[0]
    alias = (*getattr(first, "aliases", ()), first.id)[0]
    return (
        collection.kind,
        collection.ids(),
        collection.get(alias),
        tuple(o.id for o in collection.by_source(SEED)),
        collection.suggest(first.id[:-1] or first.id),
        first.id in collection,
    )


def _in_worker(collection: Collection[Any]) -> tuple[Collection[Any], tuple[object, ...], int]:
    """Run in a worker process: the collection as it arrived, its lookups, the process."""
    return collection, _lookups(collection), os.getpid()


def _corpus_in_worker(
    corpus: Corpus, query: str
) -> tuple[Corpus, list[tuple[str, float, int | None]], list[str], bool, int]:
    """Run in a worker process: the corpus back, its search through the index, relations."""
    assert corpus._search_index is None  # what arrived carried no index
    hits = [(h.object.id, h.score, h.quote and h.quote.start) for h in corpus.search(query)]
    assert corpus._search_index is not None  # built here, by this search
    rec = corpus.recommendations["nsc-joint-enforcement-task-forces"]
    related = [a.id for a in corpus.addressees(rec)] + [o.id for o in corpus.mentioning("mexico")]
    return corpus, hits, related, corpus == binational.load(), os.getpid()


class TestTravel:
    """A corpus and its collections can be pickled and copied, and stay what they were."""

    @pytest.mark.parametrize("how", list(COPIES))
    def test_corpus_round_trips(self, corpus: Corpus, how: str) -> None:
        """Pickled at any protocol, copied or deep copied, a corpus comes back equal."""
        again = COPIES[how](corpus)
        assert again is not corpus
        assert again == corpus
        assert hash(again) == hash(corpus)
        assert repr(again) == repr(corpus)
        for kind, collection in again.collections().items():
            assert collection == corpus.collection(kind)
            assert [o.id for o in collection] == list(corpus.collection(kind).ids())
        assert again.text(SEED) == corpus.text(SEED)
        assert again.sections(SEED) == corpus.sections(SEED)
        assert again.actors["DHS"] == corpus.actors["DHS"]
        assert again["mexico"] == corpus["mexico"]
        assert again.search("Mérida Initiative") == corpus.search("Mérida Initiative")

    @pytest.mark.parametrize("how", list(COPIES))
    @pytest.mark.parametrize("kind", list(Kind), ids=lambda k: k.value)
    def test_collection_round_trips(self, corpus: Corpus, kind: Kind, how: str) -> None:
        """Pickled at any protocol, copied or deep copied, a collection comes back equal."""
        collection = corpus.collection(kind)
        again = COPIES[how](collection)
        assert again is not collection
        assert again == collection
        assert hash(again) == hash(collection)
        assert _lookups(again) == _lookups(collection)

    @pytest.mark.parametrize("how", list(COPIES))
    def test_immutable_after(self, corpus: Corpus, how: str) -> None:
        """A copy is as immutable as the original: no attribute set, no __init__ again."""
        again = COPIES[how](corpus)
        for obj in (again, again.actors):
            with pytest.raises(AttributeError, match="is immutable"):
                obj.kind = Kind.PLACE  # type: ignore[union-attr]
            with pytest.raises(AttributeError, match="is immutable"):
                del obj._by_id
        with pytest.raises(AttributeError, match="Corpus is immutable: it cannot be init"):
            again.__setstate__(corpus.__getstate__())
        with pytest.raises(AttributeError, match="Collection is immutable: it cannot be init"):
            again.actors.__init__(Kind.ACTOR, [])  # type: ignore[misc]
        assert "mexico" in again.actors

    def test_a_deep_copy_shares_no_object(self, corpus: Corpus) -> None:
        """copy shares the (frozen) objects; deepcopy makes new ones, equal."""
        assert copy.copy(corpus).actors["mexico"] is corpus.actors["mexico"]
        deep = copy.deepcopy(corpus)
        assert deep.actors["mexico"] is not corpus.actors["mexico"]
        assert deep.actors["mexico"] == corpus.actors["mexico"]
        # a quote shared by two objects stays shared in the copy
        shared = [q for a in corpus.actors for q in a.evidence]
        copied = [q for a in deep.actors for q in a.evidence]
        assert len({id(q) for q in shared}) == len({id(q) for q in copied})

    def test_indexes_do_not_travel(self) -> None:
        """Indexes built by lookups and search are left behind and made again on arrival."""
        corpus = _fresh()
        corpus.search("border")  # builds the search index
        corpus.search_text("border")  # and the index of the passages
        corpus.actors.get("DHS")  # builds the collection's index of aliases
        assert corpus._search_index is not None
        assert corpus.actors._indexes is not None
        data = pickle.dumps(corpus)
        assert b"ObjectIndex" not in data
        assert b"TextIndex" not in data
        assert b"mappingproxy" not in data
        again = pickle.loads(data)  # noqa: S301 - our own bytes
        assert again._search_index is None
        assert again.actors._indexes is None
        assert again.search("border") == corpus.search("border")
        assert again._search_index is not corpus._search_index
        assert copy.copy(corpus)._search_index is None
        assert again._text_index is None
        assert again.search_text("border") == corpus.search_text("border")

    def test_equality_is_by_content(self, corpus: Corpus) -> None:
        """Corpora and collections are equal when what they hold is, and only then."""
        state = corpus.__getstate__()
        fewer = Corpus(**{**state, "actors": state["actors"][1:]})
        assert fewer != corpus
        assert fewer.actors != corpus.actors
        assert Corpus(**state) == corpus
        assert Corpus(**{**state, "texts": {**state["texts"], SEED: ""}}) != corpus
        assert Collection(Kind.ACTOR, ()) != Collection(Kind.PLACE, ())
        assert Collection(Kind.ACTOR, ()) == Collection(Kind.ACTOR, [])
        assert corpus != "corpus"
        assert corpus.actors != tuple(corpus.actors)
        assert len({corpus, copy.deepcopy(corpus)}) == 1

    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_any_corpus_round_trips(self, data: st.DataObject) -> None:
        """A corpus of any part of the packaged objects comes back equal, however it travels."""
        whole = binational.load()
        state = whole.__getstate__()
        part: dict[str, Any] = {
            kind.value: data.draw(
                st.lists(st.sampled_from(objects), unique_by=id, max_size=20)
                if (objects := whole.collection(kind).objects())
                else st.just([]),
                label=kind.value,
            )
            for kind in Kind
        }
        corpus = Corpus(**part, texts=state["texts"], sections=state["sections"])
        how = data.draw(st.sampled_from(list(COPIES)), label="how")
        again = COPIES[how](corpus)
        assert again == corpus
        for kind in Kind:
            assert again.collection(kind).ids() == tuple(o.id for o in part[kind.value])


class TestWorkers:
    """Collections and a corpus sent to worker processes started by ``spawn``."""

    def test_collections_to_spawned_workers(self, corpus: Corpus) -> None:
        """Each collection arrives whole, answers lookups there, and comes back equal."""
        context = multiprocessing.get_context("spawn")
        collections = list(corpus.collections().values())
        with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
            results = list(pool.map(_in_worker, collections))
        assert {pid for _, _, pid in results}.isdisjoint({os.getpid()})
        for collection, (back, lookups, _) in zip(collections, results, strict=True):
            assert back == collection
            assert back is not collection
            assert lookups == _lookups(collection)

    def test_a_corpus_to_a_spawned_worker(self, corpus: Corpus) -> None:
        """A corpus arrives without its indexes, searches there as here, and comes back equal."""
        query = "security cooperation"
        here = _fresh()
        expected = [(h.object.id, h.score, h.quote and h.quote.start) for h in here.search(query)]
        rec = here.recommendations["nsc-joint-enforcement-task-forces"]
        related = [a.id for a in here.addressees(rec)] + [o.id for o in here.mentioning("mexico")]
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            back, hits, related_there, equal_there, pid = pool.submit(
                _corpus_in_worker, here, query
            ).result()
        assert pid != os.getpid()
        assert hits == expected
        assert related_there == related
        assert equal_there  # the worker's own load() is the same corpus
        assert back == corpus
        assert back._search_index is None  # the worker's index stayed there


@pytest.mark.parametrize(
    ("method", "arg"),
    [
        ("addressees", lambda c: c.recommendations["nsc-joint-enforcement-task-forces"]),
        ("builds_on", lambda c: next(r for r in c.recommendations if r.builds_on)),
        ("children", lambda c: c.actors["us-dhs"]),
        ("affiliates", lambda c: c.actors["china"]),
        ("successors", lambda c: c.initiatives["merida-initiative"]),
        ("predecessors", lambda c: c.initiatives["bicentennial-framework"]),
        ("figures_about", lambda c: c.actors["mexico"]),
        ("citations_of", lambda c: c.citations["nsc-cite-06"].candidates[0]),
        ("cited_works", lambda c: c.citations["nsc-cite-06"]),
        ("mentioning", lambda c: c.actors["mexico"]),
    ],
)
def test_every_sequence_of_objects_shows_as_a_table(
    method: str, arg: Callable[[Corpus], Any]
) -> None:
    """What a relation method returns is a tuple that Jupyter draws as a table."""
    corpus = binational.load()
    found = getattr(corpus, method)(arg(corpus))
    assert isinstance(found, tuple)
    assert found
    assert "<table>" in found._repr_html_()
