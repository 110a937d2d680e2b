"""include_children and include_related: the comparisons follow the relations of the corpus."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest

from binational import Corpus, compare

from .comparing import CORPUS, GREENWAY, verified


class TestMentions:
    def test_china_brings_in_seed_003s_passage(self) -> None:
        """With related actors, China's mentions include the party, companies and launderers."""
        m = compare.mentions("china", include_related=True)
        assert [a.id for a in m.linked] == [
            "chinese-communist-party",
            "chinese-chemical-companies",
            "chinese-criminal-groups",
            "chinese-money-launderers",
        ]
        passage = next(x for x in m.by_source(GREENWAY) if x.quote.start == 15686)
        assert "chinese-money-launderers" in passage.about
        assert all(verified(x.quote, x.quote.source) for x in m)

    def test_each_passage_says_whom_it_is_about(self) -> None:
        """A passage of a linked actor's own evidence is recorded for that actor."""
        m = compare.mentions("us-dhs", include_children=True)
        uscis = [x for x in m if "us-uscis" in x.about]
        assert uscis
        assert all(x.quote in CORPUS.actors["us-uscis"].evidence or x.via for x in uscis)
        record = next(r for r in m.records() if "us-uscis" in str(r["about"]))
        assert record["object"] == "us-dhs"

    def test_without_flags_nothing_is_linked(self) -> None:
        """By default only the object's passages and those of objects referring to it."""
        m = compare.mentions("us-dhs")
        assert m.linked == ()
        assert all(x.about == ("us-dhs",) for x in m)
        assert len(m) < len(compare.mentions("us-dhs", include_children=True))

    def test_a_relation_quote_is_the_passage_of_a_child(self) -> None:
        """A part is recorded by the quote that states it is part of the object."""
        m = compare.mentions("united-states")
        state = CORPUS.actors["us-state-department"]
        assert state.parent is not None
        (passage,) = [x for x in m if x.quote == state.parent.evidence[0]]
        assert "us-state-department" in passage.via


class TestFigures:
    def test_the_dhs_components_with_children(self) -> None:
        """The figures of ICE, USCIS and the Coast Guard are found from DHS."""
        plain = {r.figure.id for r in compare.figures(about=["us-dhs"])}
        t = compare.figures(about=["us-dhs"], include_children=True)
        found = {r.figure.id for r in t}
        assert plain < found
        assert {
            "orion-fig-ice-detention",
            "orion-fig-uscis-loss",
            "orion-fig-coast-guard-gain",
        } <= (found - plain)
        assert "us-ice" in t.linked
        assert t.about == ("us-dhs",)

    def test_cisa_is_not_under_dhs(self) -> None:
        """No seed puts CISA under DHS, so its cut is not a DHS figure."""
        t = compare.figures(about=["us-dhs"], include_children=True, include_related=True)
        assert "orion-fig-cisa-cut" not in {r.figure.id for r in t}

    def test_measure(self) -> None:
        """measure= keeps the figures coded with that measure, and only them."""
        coded = [
            attrs.evolve(CORPUS.figures[f], measure="us-overdose-deaths")
            for f in (
                "greenway-us-overdose-deaths-annual-since-2021",
                "greenway-us-overdose-deaths-2021-2023",
            )
        ]
        state = dict(CORPUS.__getstate__())
        by_id = {f.id: f for f in coded}
        state["figures"] = tuple(by_id.get(f.id, f) for f in CORPUS.figures)
        corpus = Corpus(**state)
        t = compare.figures(measure="us-overdose-deaths", corpus=corpus)
        assert [r.figure.id for r in t] == [f.id for f in coded]
        assert t.measure == "us-overdose-deaths"
        assert len(compare.figures(measure="no-such-measure", corpus=corpus)) == 0
        with pytest.raises(TypeError, match="measure must be a str"):
            compare.figures(measure=3)  # type: ignore[arg-type]


class TestFraming:
    def test_the_cartels_with_mexico(self) -> None:
        """Mexico's drug cartels belong to Mexico: their portrayals join Mexico's, named."""
        plain = compare.framing("mexico")
        f = compare.framing("mexico", include_related=True)
        assert [a.id for a in f.linked] == [
            "maria-del-rosario-navarro-sanchez",
            "mexican-drug-cartels",
        ]
        assert {r["actor"] for r in f.records()} == {"mexico", "mexican-drug-cartels"}
        assert {r["actor"] for r in plain.records()} == {"mexico"}
        assert "threat of mexican-drug-cartels" in f.to_text(width=200)

    def test_the_united_states_with_its_parts(self) -> None:
        """DHS and the U.S. military are parts of the United States."""
        f = compare.framing("united-states", include_children=True)
        actors = {ch.actor for cell in f for ch in cell.characterizations}
        assert {"us-dhs", "us-military"} <= actors


class TestTimeline:
    def test_statute_with_its_sections(self) -> None:
        """A statute's sections are its children."""
        t = compare.timeline(about=["ndaa"], include_children=True)
        assert set(t.linked) == {"ndaa-section-1265", "ndaa-section-1205"}

    def test_events_are_kept_for_their_actors(self) -> None:
        """About an actor: the events that name it, and with children those of its parts."""
        plain = compare.timeline(about=["mexico"])
        assert plain
        assert all("mexico" in e.about for e in plain)
        more = compare.timeline(about=["mexico"], include_children=True)
        assert {e.subject for e in plain} < {e.subject for e in more}
        assert any("claudia-sheinbaum" in e.about for e in more)


@pytest.mark.parametrize(
    "call",
    [
        lambda: compare.mentions("china", include_related=1),
        lambda: compare.figures(about=["china"], include_children="yes"),
        lambda: compare.framing("china", include_children=None),
        lambda: compare.timeline(about=["china"], include_related=[True]),
    ],
    ids=["mentions", "figures", "framing", "timeline"],
)
def test_the_flags_are_bools(call: Callable[[], object]) -> None:
    """include_children and include_related take True or False, nothing that looks like it."""
    with pytest.raises(TypeError, match="must be True or False"):
        call()
