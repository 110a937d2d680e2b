"""Relations between actors: the hierarchy (``parent``) and affiliations, loaded and checked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import binational
from binational import ActorRelation, Affiliation, Certainty, DataError, load_from
from binational.corpus import normalize
from binational.loader import _load as load_module

from .conftest import SEED_000_DATA

CORPUS = binational.load()
SEED_003_DATA = "seeds/003-greenway-2025-military-options-border.json"
LINKS = [
    (a, kind, link)
    for a in CORPUS.actors
    for kind, link in (
        *((("part-of", a.parent),) if a.parent else ()),
        *((x.kind.value, x) for x in a.affiliations),
    )
]

Edit = Callable[[str, Callable[[Any], None]], Path]


def problems_of(data: Path) -> list[tuple[str, str, str]]:
    with pytest.raises(DataError) as info:
        load_from(data, load_module.seeds_dir())
    return [(p.file, p.path, p.message) for p in info.value.problems]


def mention(d: Any, id: str) -> tuple[int, dict[str, Any]]:
    """The index and the mention of actor ``id`` in a parsed seed file."""
    return next((i, m) for i, m in enumerate(d["actors"]) if m["id"] == id)


class TestTheChinaPassage:
    def test_chinese_actors_reach_china(self) -> None:
        """The party, its companies and groups, and the launderers all lead to China."""
        china = CORPUS.actors["china"]
        assert [a.id for a in CORPUS.linked(china, children=False, related=True)] == [
            "chinese-communist-party",
            "chinese-chemical-companies",
            "chinese-criminal-groups",
            "chinese-money-launderers",
        ]

    def test_criminal_groups_are_linked_to_the_party_only(self) -> None:
        """Whether "Chinese" qualifies "criminal groups" is unclear: they act for the party."""
        groups = CORPUS.actors["chinese-criminal-groups"]
        assert [(x.kind, x.actor) for x in groups.affiliations] == [
            (ActorRelation.ACTS_FOR, "chinese-communist-party")
        ]
        assert groups.country is None

    def test_affiliates_by_kind(self) -> None:
        """affiliates() gives the actors whose affiliations name the target (of one kind)."""
        party = CORPUS.actors["chinese-communist-party"]
        china = CORPUS.actors["china"]
        assert [a.id for a in CORPUS.affiliates(party)] == [
            "chinese-chemical-companies",
            "chinese-criminal-groups",
        ]
        assert [a.id for a in CORPUS.affiliates(china, ActorRelation.ACTS_FOR)] == []


class TestHierarchy:
    def test_dhs_components(self) -> None:
        """ICE, CBP, USCIS and the Coast Guard are under DHS; CISA is not (no text says so)."""
        under = [a.id for a in CORPUS.linked(CORPUS.actors["us-dhs"])]
        assert {"us-ice", "us-cbp", "us-uscis", "us-coast-guard"} <= set(under)
        assert "us-cisa" not in under
        assert CORPUS.actors["us-cisa"].parent is None

    def test_linked_follows_every_depth(self) -> None:
        """The House's committees are reached from the United States through the House."""
        under = [a.id for a in CORPUS.linked(CORPUS.actors["united-states"])]
        assert "us-house-of-representatives" in under
        assert "us-house-judiciary-committee" in under

    def test_linked_without_related_keeps_to_the_hierarchy(self) -> None:
        """Companies that belong to the United States are not its parts."""
        us = CORPUS.actors["united-states"]
        assert "smith-wesson" not in [a.id for a in CORPUS.linked(us)]
        assert "smith-wesson" in [a.id for a in CORPUS.linked(us, related=True)]

    def test_initiative_parts(self) -> None:
        """An initiative's children are the initiatives part of it."""
        programs = CORPUS.initiatives["trusted-traveler-programs"]
        parts = ["sentri", "nexus", "global-entry", "fast"]
        assert [i.id for i in CORPUS.linked(programs)] == parts
        assert CORPUS.linked(programs, children=False, related=True) == ()

    def test_wrong_argument(self) -> None:
        """linked() takes an actor or an initiative."""
        with pytest.raises(TypeError, match="Actor or an Initiative"):
            CORPUS.linked(1)  # type: ignore[arg-type]
        assert CORPUS.linked("us-dhs") == CORPUS.linked(CORPUS.actors["us-dhs"])


@pytest.mark.parametrize(
    ("actor", "kind", "link"),
    [x for x in LINKS if x[2].certainty is Certainty.STATED],
    ids=[f"{a.id}-{k}-{x.actor}" for a, k, x in LINKS if x.certainty is Certainty.STATED],
)
def test_a_stated_relation_is_quoted_where_the_actor_is_named(
    actor: binational.Actor,
    kind: str,  # noqa: ARG001 - in the test's id
    link: Affiliation,
) -> None:
    """A stated relation quotes a passage that names the actor (by its name or an alias)."""
    quotes = [f" {normalize(q.text)} " for q in link.evidence]
    names = [f" {normalize(n)} " for n in (actor.name, *actor.aliases)]
    assert any(n in q for n in names for q in quotes)


class TestChecks:
    def test_part_of_is_the_parent(self, edit: Edit) -> None:
        """An affiliation of kind part-of is refused: the hierarchy is the parent."""
        at: list[int] = []

        def change(d: Any) -> None:
            i, m = mention(d, "chinese-money-launderers")
            m["affiliations"][0]["kind"] = "part-of"
            at.append(i)

        problems = problems_of(edit(SEED_003_DATA, change))
        assert problems == [
            (
                SEED_003_DATA,
                f"$.actors[{at[0]}].affiliations[0].kind",
                "part-of is the actor's parent: write it as 'parent', not as an affiliation",
            )
        ]

    def test_an_actor_is_not_affiliated_with_itself(self, edit: Edit) -> None:
        """An affiliation naming the actor itself is refused."""
        at: list[int] = []

        def change(d: Any) -> None:
            i, m = mention(d, "chinese-money-launderers")
            m["affiliations"][0]["actor"] = "chinese-money-launderers"
            at.append(i)

        (problem,) = problems_of(edit(SEED_003_DATA, change))
        assert problem[1:] == (
            f"$.actors[{at[0]}].affiliations[0].actor",
            "'chinese-money-launderers' cannot be affiliated with itself",
        )

    def test_an_affiliation_is_listed_once(self, edit: Edit) -> None:
        """The same relation to the same actor twice in one mention is refused."""

        def change(d: Any) -> None:
            _, m = mention(d, "chinese-money-launderers")
            m["affiliations"].append(dict(m["affiliations"][0]))

        (problem,) = problems_of(edit(SEED_003_DATA, change))
        assert problem[2].startswith("belongs-to 'china' is listed twice")

    def test_an_affiliation_names_an_actor(self, edit: Edit) -> None:
        """An affiliation's target must be an actor of the corpus."""

        def change(d: Any) -> None:
            _, m = mention(d, "chinese-money-launderers")
            m["affiliations"][0]["actor"] = "tijuana"

        (problem,) = problems_of(edit(SEED_003_DATA, change))
        assert problem[2] == "'tijuana' is a place, expected an actor"

    def test_an_affiliation_quote_is_verified(self, edit: Edit) -> None:
        """The quote of an affiliation is checked against the seed text like any other."""

        def change(d: Any) -> None:
            _, m = mention(d, "chinese-money-launderers")
            m["affiliations"][0]["evidence"][0]["text"] = "Chinese money launderers"

        (problem,) = problems_of(edit(SEED_003_DATA, change))
        assert "does not match the seed text" in problem[2]

    def test_an_actor_is_not_its_own_parent(self, edit: Edit) -> None:
        """A parent naming the actor itself is refused."""

        def change(d: Any) -> None:
            _, m = mention(d, "us-dhs")
            m["parent"]["actor"] = "us-dhs"

        problems = problems_of(edit(SEED_000_DATA, change))
        assert ("'us-dhs' cannot be part of itself") in [p[2] for p in problems]

    def test_parents_do_not_form_a_cycle(self, edit: Edit) -> None:
        """United States under DHS under United States is refused, once, in actors.json."""

        def change(d: Any) -> None:
            _, m = mention(d, "united-states")
            quote = mention(d, "us-dhs")[1]["parent"]["evidence"]
            m["parent"] = {"actor": "us-dhs", "certainty": "stated", "evidence": quote}

        problems = problems_of(edit(SEED_000_DATA, change))
        assert problems == [
            (
                "actors.json",
                "$.actors[0]",
                "parents form a cycle: united-states → us-dhs → united-states",
            )
        ]
