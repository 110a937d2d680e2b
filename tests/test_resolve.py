"""Names as people write them: one resolver behind every function that takes an object.

The walk at the end calls every public function that takes an object or a document with
the id, an alias, the name in another case and without accents, and (for documents) the
seed number, and checks that all give what the id gives; an unknown name raises.
"""

from __future__ import annotations

import inspect
import pickle
from collections.abc import Callable
from typing import Any

import pytest

import binational
from binational import AmbiguousNameError, Kind, UnknownIdError, cite, compare
from binational.corpus import Names, name_key, seed_number

CORPUS = binational.load()
GREENWAY = "greenway-2025-military-options-border"
NSC = "nsc-migration-policy-brief"
SEED_IDS = [s.id for s in CORPUS.seeds]


class TestKeys:
    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("Mérida Initiative", "merida initiative"),
            ("MERIDA   INITIATIVE", "Mérida Initiative"),
            ("U.S. National Security Council", "US National Security Council"),
            ("U.S.-Mexico border", "us mexico border"),
            ("Defense & Homeland", "defense and homeland"),
            ("Mexico’s southern border", "Mexico's southern border"),
        ],
    )
    def test_same_key(self, a: str, b: str) -> None:
        assert name_key(a) == name_key(b)

    @pytest.mark.parametrize(("a", "b"), [("Mexico", "Mexican"), ("NSS", "NDS"), ("a b", "ab c")])
    def test_different_key(self, a: str, b: str) -> None:
        assert name_key(a) != name_key(b)

    def test_seed_numbers_come_from_the_text_files(self) -> None:
        assert [seed_number(s) for s in CORPUS.seeds] == [0, 1, 2, 3]
        assert all(seed_number(s) is None for s in CORPUS.sources if s.seed is None)


class TestRules:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Mérida Initiative", "merida-initiative"),
            ("merida initiative", "merida-initiative"),
            ("MERIDA-INITIATIVE", "merida-initiative"),
            ("Mexican government", "mexico"),
            ("u.s. national security council", "us-national-security-council"),
            ("000", NSC),
            ("0", NSC),
            ("3", GREENWAY),
            ("003", GREENWAY),
            ("Greenway", GREENWAY),
            ("greenway et al.", GREENWAY),
            ("NSC brief", NSC),
            ("Orion", "orion-2026-neighbor-in-focus"),
            ("Lawson", "lawson-tello-fox-border-security-north-america"),
            ("border security in north america", "lawson-tello-fox-border-security-north-america"),
        ],
    )
    def test_names_resolve(self, name: str, expected: str) -> None:
        assert CORPUS[name].id == expected
        assert CORPUS.get(name) is CORPUS[name]
        assert CORPUS.resolve(name).id == expected

    def test_the_exact_id_wins_over_a_name(self) -> None:
        # "ndaa" is the id of an initiative and the name (NDAA) of a cited document
        assert CORPUS["ndaa"].id == "ndaa"
        with pytest.raises(AmbiguousNameError) as info:
            CORPUS["NDAA"]
        assert set(info.value.suggestions) == {"ndaa", "doc-ndaa"}
        assert "give the id" in str(info.value)
        # within one kind the name is not ambiguous
        assert CORPUS.sources["NDAA"].id == "doc-ndaa"
        assert CORPUS.initiatives["NDAA"].id == "ndaa"

    def test_ambiguous_is_an_unknown_id_error(self) -> None:
        """``except UnknownIdError`` keeps catching a name that picks no single object."""
        with pytest.raises(UnknownIdError):
            CORPUS["Arizona"]
        with pytest.raises(AmbiguousNameError, match=r"'arizona-state' .*'arizona'"):
            compare.mentions("Arizona")

    def test_kinds_narrow_a_name(self) -> None:
        assert CORPUS.resolve("Arizona", Kind.PLACE).id == "arizona"
        assert CORPUS.resolve("Arizona", [Kind.ACTOR]).id == "arizona-state"

    def test_a_name_of_another_kind_is_a_type_error(self) -> None:
        with pytest.raises(TypeError, match="'mexico' is an actor; parent"):
            CORPUS.resolve("mexico", Kind.INITIATIVE, what="parent")

    @pytest.mark.parametrize("name", ["greenway", "Greenway", "GREENWAY"])
    def test_show_greenway(self, name: str) -> None:
        assert CORPUS[name].id == GREENWAY

    @pytest.mark.parametrize(
        ("typo", "meant"),
        [
            ("greenwy", GREENWAY),
            ("grenway", GREENWAY),
            ("lawsn", "lawson-tello-fox-border-security-north-america"),
            ("merida initiativ", "merida-initiative"),
            ("mexco", "mexico"),
        ],
    )
    def test_suggestions_put_seeds_and_entities_first(self, typo: str, meant: str) -> None:
        with pytest.raises(UnknownIdError) as info:
            CORPUS[typo]
        assert info.value.suggestions[0] == meant
        kinds = [binational.corpus.kind_of(CORPUS[s]) for s in info.value.suggestions]
        if Kind.CITATION in kinds:
            assert kinds.index(Kind.CITATION) > 0

    def test_no_citation_before_an_entity(self) -> None:
        """Whatever is asked, a citation record never precedes a seed or an entity."""
        entity = {Kind.ACTOR, Kind.INITIATIVE, Kind.PLACE}
        for typo in ["greenway cite", "nsc", "lawson cite", "orion", "mexico cite", "gao"]:
            with pytest.raises(UnknownIdError) as info:
                CORPUS.resolve(typo + "zz")
            kinds = [binational.corpus.kind_of(CORPUS[s]) for s in info.value.suggestions]
            seen_citation = False
            for k, sid in zip(kinds, info.value.suggestions, strict=True):
                if k is Kind.CITATION:
                    seen_citation = True
                first_class = k in entity or CORPUS[sid].id in SEED_IDS
                assert not (seen_citation and first_class), info.value.suggestions

    def test_a_long_name_makes_a_short_message(self) -> None:
        with pytest.raises(UnknownIdError) as info:
            CORPUS["x" * 5_000_000]
        assert len(str(info.value)) < 300
        assert "…" in str(info.value)

    def test_by_source_never_returns_empty_for_an_unknown_name(self) -> None:
        with pytest.raises(UnknownIdError, match="'nsc'"):
            CORPUS.recommendations.by_source("nsc")
        assert CORPUS.recommendations.by_source("000") == CORPUS.recommendations.by_source(NSC)
        assert CORPUS.recommendations.by_source("NSC brief")

    def test_the_index_is_built_once_and_not_pickled(self) -> None:
        corpus = binational.load()
        corpus["merida initiative"]
        index = corpus._names
        assert isinstance(index, Names)
        corpus["Greenway"]
        assert corpus._names is index
        copy = pickle.loads(pickle.dumps(corpus))  # noqa: S301 - our own bytes
        assert copy._names is None
        assert copy["Greenway"].id == GREENWAY

    def test_the_examples_that_failed(self) -> None:
        assert compare.mentions("Mérida Initiative").subject.id == "merida-initiative"
        assert compare.mentions("merida initiative").subject.id == "merida-initiative"
        assert compare.framing("Mexico").actor.id == "mexico"
        assert compare.disagreements("000", "003") == compare.disagreements(NSC, GREENWAY)
        assert CORPUS.recommendations.by_source("000")


# ----------------------------------------------------------------------- the walk

ENTITY_FORMS = ["merida-initiative", "Mérida Initiative", "MERIDA initiative", "merida initiative"]
ACTOR_FORMS = ["mexico", "Mexican government", "MEXICO", "méxico"]
PARENT_FORMS = [
    "us-dhs",
    "DHS",
    "department of homeland security",
    "Department of Homeland Security",
]
SEED_FORMS = [
    GREENWAY,
    "Greenway",
    (
        "how the president can use the us military to confront "
        "the catastrophic threat at the border with mexico"
    ),
    "003",
    "3",
]
BICENTENNIAL_FORMS = [
    "bicentennial-framework",
    "Bicentennial Framework",
    "u.s.-mexico bicentennial framework for security, public health, and safe communities",
]
WORK = "hrw-2024-nothing-but-bones"
WORK_FORMS = [WORK, CORPUS.sources[WORK].title.upper()]
REC = "nsc-joint-enforcement-task-forces"
REC_FORMS = [REC, REC.upper(), REC.replace("-", " ")]


def _plain(value: Any) -> Any:
    """A value that compares equal for equal results (results of views compare by value)."""
    return repr(value) if not isinstance(value, tuple | list | str) else value


# Every public function or method that takes an object or a document, with the forms
# of name to give it and how to call it with one.
WALK: dict[str, tuple[list[str], Callable[[str], Any]]] = {
    "compare.mentions": (ENTITY_FORMS, lambda n: compare.mentions(n).mentions),
    "compare.mentions(seeds)": (SEED_FORMS, lambda n: compare.mentions("mexico", seeds=[n])),
    "compare.framing": (ACTOR_FORMS, lambda n: compare.framing(n).cells),
    "compare.framing(seeds)": (SEED_FORMS, lambda n: compare.framing("mexico", seeds=[n]).cells),
    "compare.agreements": (SEED_FORMS, lambda n: compare.agreements(GREENWAY, n).pairs),
    "compare.disagreements": (SEED_FORMS, lambda n: compare.disagreements(n, NSC).pairs),
    "compare.stances": (SEED_FORMS, lambda n: compare.stances(seeds=[n]).cells),
    "compare.options": (SEED_FORMS, lambda n: compare.options(seeds=[n]).cells),
    "compare.themes": (SEED_FORMS, lambda n: compare.themes(seeds=[n]).cells),
    "compare.timeline": (SEED_FORMS, lambda n: compare.timeline(seeds=[n]).entries),
    "compare.timeline(about)": (ENTITY_FORMS, lambda n: compare.timeline(about=[n]).entries),
    "compare.figures": (SEED_FORMS, lambda n: compare.figures(seeds=[n]).rows),
    "compare.figures(about)": (PARENT_FORMS, lambda n: compare.figures(about=[n]).rows),
    "compare.divergences": ([], lambda _n: None),  # takes no object
    "compare.codebook": ([], lambda _n: None),
    "compare.diff": ([], lambda _n: None),  # takes objects, not names (no corpus)
    "cite.csl_json": ([], lambda _n: None),  # takes Sources, not names (no corpus)
    "StanceMatrix.cell": (SEED_FORMS, lambda n: compare.stances().cell(n, "military-role")),
    "ThemeTable.cell": (SEED_FORMS, lambda n: compare.themes().cell("enforcement", n)),
    "OptionMatrix.cell": (
        [
            "nsc-option-border-enforcement",
            "Expanded border enforcement",
            "EXPANDED BORDER ENFORCEMENT",
        ],
        lambda n: compare.options().cell(n, "cost"),
    ),
    "compare.concordance": (SEED_FORMS, lambda n: compare.concordance("border", sources=[n]).rows),
    "Concordance.by_source": (SEED_FORMS, lambda n: compare.concordance("border").by_source(n)),
    "compare.terms": (SEED_FORMS, lambda n: compare.terms(sources=[n]).records()),
    "compare.keyness": (SEED_FORMS, lambda n: compare.keyness(n).records()),
    "compare.keyness(reference)": (
        SEED_FORMS,
        lambda n: compare.keyness(NSC, reference=[n]).records(),
    ),
    "Mentions.by_source": (SEED_FORMS, lambda n: compare.mentions("mexico").by_source(n)),
    "cite.cite": (SEED_FORMS, lambda n: cite.cite(n, locator="4")),
    "cite.cite(rec)": (REC_FORMS, cite.cite),
    "cite.quote": (REC_FORMS, lambda n: str(cite.quote(n))),
    "cite.bibliography": (SEED_FORMS, lambda n: tuple(cite.bibliography([n]))),
    "cite.references": (SEED_FORMS, cite.references),
    "cite.cited_by": (WORK_FORMS, cite.cited_by),
    "Corpus.get": (ENTITY_FORMS, CORPUS.get),
    "Corpus.__getitem__": (SEED_FORMS, lambda n: CORPUS[n]),
    "Corpus.resolve": (ACTOR_FORMS, CORPUS.resolve),
    "Corpus.text": (SEED_FORMS, CORPUS.text),
    "Corpus.sections": (SEED_FORMS, CORPUS.sections),
    "Corpus.parent": (PARENT_FORMS, CORPUS.parent),
    "Corpus.children": (PARENT_FORMS, CORPUS.children),
    "Corpus.affiliates": (ACTOR_FORMS, CORPUS.affiliates),
    "Corpus.linked": (PARENT_FORMS, CORPUS.linked),
    "Corpus.related": (
        ENTITY_FORMS,
        lambda n: CORPUS.related(n, binational.RelationKind.SUCCEEDED_BY),
    ),
    "Corpus.successors": (ENTITY_FORMS, CORPUS.successors),
    "Corpus.predecessors": (BICENTENNIAL_FORMS, CORPUS.predecessors),
    "Corpus.figures_about": (PARENT_FORMS, CORPUS.figures_about),
    "Corpus.mentioning": (ENTITY_FORMS, CORPUS.mentioning),
    "Corpus.citations_of": (WORK_FORMS, CORPUS.citations_of),
    "Corpus.addressees": (REC_FORMS, CORPUS.addressees),
    "Corpus.builds_on": (REC_FORMS, CORPUS.builds_on),
    "Corpus.cited_works": (["nsc-cite-06", "NSC-CITE-06"], CORPUS.cited_works),
    "Collection.get": (ENTITY_FORMS, CORPUS.initiatives.get),
    "Collection.__getitem__": (SEED_FORMS, lambda n: CORPUS.sources[n]),
    "Collection.by_source": (SEED_FORMS, CORPUS.recommendations.by_source),
    "Corpus.passages": (SEED_FORMS, CORPUS.passages),
    "Citer.cite": (SEED_FORMS, lambda n: cite.Citer().cite(n, locator="4")),
    "Citer(among)": (
        SEED_FORMS,
        lambda n: cite.Citer("apa", among=[n]).cite(GREENWAY),
    ),
    "Corpus.search_text": (
        SEED_FORMS,
        lambda n: tuple(h.passage for h in CORPUS.search_text("border", sources=[n])),
    ),
}


@pytest.mark.parametrize("dotted", [k for k, (forms, _) in WALK.items() if forms])
def test_every_form_of_a_name_gives_what_the_id_gives(dotted: str) -> None:
    forms, call = WALK[dotted]
    expected = _plain(call(forms[0]))
    assert expected not in ((), [], None, "")
    for name in forms[1:]:
        assert _plain(call(name)) == expected, (dotted, name)


@pytest.mark.parametrize("dotted", [k for k, (forms, _) in WALK.items() if forms])
def test_an_unknown_name_raises(dotted: str) -> None:
    _forms, call = WALK[dotted]
    if dotted.endswith(".get"):  # the "or None" form of a lookup
        assert call("zzqx") is None
        return
    with pytest.raises(UnknownIdError, match="zzqx"):
        call("zzqx")


def test_the_walk_covers_every_function_that_takes_an_object() -> None:
    """Every public function and method that takes an object or a document is walked.

    Those of compare and cite, and the Corpus and Collection methods (or they are said
    to take none).
    """
    takes = {"obj", "objs", "actor", "a", "b", "seeds", "about", "seed", "work", "source"}
    takes |= {"recommendation", "citation", "initiative", "id", "key", "name"}
    takes |= {"sources", "target", "reference"}
    walked = {k.split("(")[0] for k in WALK}
    missing = []
    for prefix, module in (("compare", compare), ("cite", cite)):
        for n in module.__all__:
            f = getattr(module, n)
            params = set(inspect.signature(f).parameters) if inspect.isfunction(f) else set()
            if takes & params and f"{prefix}.{n}" not in walked:
                missing.append(f"{prefix}.{n}")
    for cls in (binational.Corpus, binational.Collection):
        for n, f in inspect.getmembers(cls, inspect.isfunction):
            if (
                (n == "__getitem__" or not n.startswith("_"))
                and takes & set(inspect.signature(f).parameters)
                and f"{cls.__name__}.{n}" not in walked
                and n not in ("suggest", "search")
            ):
                missing.append(f"{cls.__name__}.{n}")
    assert not missing
