"""binational.compare.divergences(): different statements about one object."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest

from binational import (
    Certainty,
    Corpus,
    EventKind,
    Figure,
    InitiativeStatus,
    PartialDate,
    Period,
    Qualifier,
    StatusClaim,
    compare,
)
from binational.compare import Divergence, Relation

from .comparing import CORPUS, GREENWAY, LAWSON, verified


class TestDivergences:
    def test_merida_dates_are_two_events(self) -> None:
        """Announced 2007 (Lawson) and signed 2008 (Orion) are labelled two events."""
        d = [x for x in compare.divergences() if x.subject.id == "merida-initiative"]
        assert [x.relation for x in d] == [Relation.DIFFERENT_EVENTS]

    def test_both_sides_quoted_from_different_documents(self) -> None:
        """Each divergence sets two documents side by side with their own quotes."""
        for x in compare.divergences():
            assert x.a_source != x.b_source
            assert all(verified(q, x.a_source) for q in x.a_evidence)
            assert all(verified(q, x.b_source) for q in x.b_evidence)


def corpus_with(**changes: Any) -> Corpus:
    """The packaged corpus with some objects replaced (by id) or added, per collection."""
    state: dict[str, Any] = dict(CORPUS.__getstate__())
    for kind, objects in changes.items():
        by_id = {o.id: o for o in objects}
        kept = [by_id.pop(o.id, o) for o in state[kind]]
        state[kind] = (*kept, *by_id.values())
    return Corpus(**state)


CLAIM = CORPUS.figures["orion-fig-drug-deaths-claim"]
OVERDOSES = CORPUS.figures["greenway-us-overdose-deaths-annual-since-2021"]


def values(corpus: Corpus) -> list[Divergence]:
    return [d for d in compare.divergences(corpus=corpus) if d.aspect == "value"]


class TestAttributedClaims:
    def test_no_false_conflict_in_the_packaged_data(self) -> None:
        """Trump's 300,000 and the report's "surpassing 100,000" are not paired at all."""
        assert CLAIM.claimed_by == "donald-trump"
        assert CLAIM.measure is None
        assert OVERDOSES.measure is None
        assert values(CORPUS) == []
        assert compare.divergences().conflicts == ()

    def test_an_attributed_claim_is_never_a_conflict(self) -> None:
        """Even coded as one measure, a reported claim against a measured value is no conflict."""
        c = corpus_with(figures=[attrs.evolve(f, measure="deaths") for f in (CLAIM, OVERDOSES)])
        (d,) = values(c)
        assert d.relation is Relation.ATTRIBUTED
        assert "donald-trump's claim" in d.note
        assert "(claimed by donald-trump)" in d.a_value

    def test_300000_satisfies_more_than_100000(self) -> None:
        """Were both stated in the documents' own voice, they would be compatible."""
        c = corpus_with(
            figures=[
                attrs.evolve(CLAIM, measure="deaths", claimed_by=None),
                attrs.evolve(OVERDOSES, measure="deaths"),
            ]
        )
        (d,) = values(c)
        assert d.relation is Relation.COMPATIBLE

    def test_the_figures_table_shows_the_claimant(self) -> None:
        """The claimant is a column of the table and of the records."""
        t = compare.figures([CLAIM])
        assert "claimed by" in t.table().columns
        assert t.records()[0]["claimed_by"] == "donald-trump"

    def test_a_claimant_is_named_in_the_evidence(self) -> None:
        """Every claimed figure's quotes name its claimant."""
        claimed = [f for f in CORPUS.figures if f.claimed_by]
        assert claimed
        for f in claimed:
            who = CORPUS[f.claimed_by]  # type: ignore[index]
            names = [getattr(who, "name", ""), *getattr(who, "aliases", ())]
            assert any(n and n in q.text for n in names for q in f.evidence), f.id


def greenway_figure(fid: str, **fields: Any) -> Figure:
    """A figure of seed 003 (with its evidence) changed for a test."""
    return attrs.evolve(CORPUS.figures[fid], measure="m", **fields)


def orion_figure(fid: str, **fields: Any) -> Figure:
    """A figure of seed 001 (with its evidence) changed for a test."""
    return attrs.evolve(CORPUS.figures[fid], measure="m", **fields)


class TestValues:
    @pytest.mark.parametrize(
        ("a", "b", "relation"),
        [
            (("exact", "43.8", None), ("exact", "40", None), Relation.CONFLICT),
            (("approximately", "30", None), ("exact", "31", None), Relation.COMPATIBLE),
            (("approximately", "30", None), ("exact", "40", None), Relation.CONFLICT),
            (("approximately", "65", None), ("exact", "64.9", None), Relation.COMPATIBLE),
            (("more-than", "9", None), ("exact", "9", None), Relation.CONFLICT),
            (("at-least", "9", None), ("exact", "9", None), Relation.COMPATIBLE),
            (("up-to", "9", None), ("more-than", "10", None), Relation.CONFLICT),
            (("range", "1", "3"), ("exact", "2", None), Relation.COMPATIBLE),
            (("range", "1", "3"), ("range", "4", "5"), Relation.CONFLICT),
        ],
    )
    def test_bounds(
        self,
        a: tuple[str, str, str | None],
        b: tuple[str, str, str | None],
        relation: Relation,
    ) -> None:
        """Values conflict only if no number satisfies both statements."""

        def fig(make: Any, fid: str, spec: tuple[str, str, str | None]) -> Figure:
            qualifier, value, top = spec
            return make(
                fid,
                qualifier=Qualifier(qualifier),
                value=Decimal(value),
                value_max=None if top is None else Decimal(top),
                period=None,
            )

        c = corpus_with(
            figures=[
                fig(orion_figure, "orion-fig-doj-request", a),
                fig(greenway_figure, "greenway-cartel-illicit-revenue", b),
            ]
        )
        (d,) = values(c)
        assert d.relation is relation

    def test_different_periods_are_different_times(self) -> None:
        """Values of different periods may both be true: different times."""
        c = corpus_with(
            figures=[
                orion_figure("orion-fig-doj-request", period=Period(start=2026, fiscal=True)),
                greenway_figure("greenway-cartel-illicit-revenue", period=Period(start=2024)),
            ]
        )
        (d,) = values(c)
        assert d.relation is Relation.DIFFERENT_TIMES

    def test_different_units_are_not_paired(self) -> None:
        """Dollars and a count are not the same measure."""
        c = corpus_with(
            figures=[
                orion_figure("orion-fig-doj-request"),
                greenway_figure("greenway-mexico-homicides-annual"),
            ]
        )
        assert values(c) == []


MERIDA = CORPUS.initiatives["merida-initiative"]


def merida_with(**fields: Any) -> Corpus:
    return corpus_with(initiatives=[attrs.evolve(MERIDA, **fields)])


class TestDatesAndStatuses:
    def test_a_date_within_another_is_compatible(self) -> None:
        """Signed "2008" and signed "2008-10" in two documents are compatible."""
        lawson = next(e for e in MERIDA.events if e.evidence[0].source == LAWSON)
        more = attrs.evolve(lawson, kind=EventKind.SIGNED, date=PartialDate(year=2008, month=10))
        c = merida_with(events=(*MERIDA.events, more))
        found = [d for d in compare.divergences(corpus=c) if d.note.startswith("both date")]
        assert [d.relation for d in found] == [Relation.COMPATIBLE]

    def test_the_same_event_on_different_dates_conflicts(self) -> None:
        """Signed 2008 and signed 2009 in two documents conflict."""
        lawson = next(e for e in MERIDA.events if e.evidence[0].source == LAWSON)
        other = attrs.evolve(lawson, kind=EventKind.SIGNED, date=PartialDate(year=2009))
        c = merida_with(events=(*MERIDA.events, other))
        assert [d.subject.id for d in compare.divergences(corpus=c).conflicts] == [MERIDA.id]

    def test_a_planned_event_is_not_set_against_a_dated_one(self) -> None:
        """Signed 2008 and a *planned* signing in 2009 are no divergence at all."""
        lawson = next(e for e in MERIDA.events if e.evidence[0].source == LAWSON)
        plan = attrs.evolve(
            lawson, kind=EventKind.SIGNED, date=PartialDate(year=2009), planned=True
        )
        c = merida_with(events=(*MERIDA.events, plan))
        assert [d for d in compare.divergences(corpus=c) if d.note.startswith("both date")] == []

    def test_an_inferred_date_against_another_is_undetermined(self) -> None:
        """Signed 2008 and an *inferred* signing in 2009 are undetermined, not a conflict."""
        lawson = next(e for e in MERIDA.events if e.evidence[0].source == LAWSON)
        guess = attrs.evolve(
            lawson,
            kind=EventKind.SIGNED,
            date=PartialDate(year=2009),
            certainty=Certainty.INFERRED,
            note="inferred for the test",
        )
        c = merida_with(events=(*MERIDA.events, guess))
        found = [d for d in compare.divergences(corpus=c) if d.note.startswith("both date")]
        assert [d.relation for d in found] == [Relation.UNDETERMINED]

    @pytest.mark.parametrize(
        ("seed", "relation"),
        [(LAWSON, Relation.DIFFERENT_TIMES), (GREENWAY, Relation.CONFLICT)],
    )
    def test_active_after_its_replacement(self, seed: str, relation: Relation) -> None:
        """Active as of 2018 is before the 2021 replacement; as of 2025 it conflicts with it."""
        quote = next(q for q in MERIDA.evidence if q.source == LAWSON)
        if seed == GREENWAY:
            quote = CORPUS.sources[GREENWAY].evidence[0]
        claim = StatusClaim(
            status=InitiativeStatus.ACTIVE, certainty=Certainty.STATED, evidence=(quote,)
        )
        c = merida_with(statuses=(*MERIDA.statuses, claim))
        (d,) = [d for d in compare.divergences(corpus=c) if d.aspect == "status and event"]
        assert d.relation is relation
        assert "replaced 2021-10" in (d.a_value, d.b_value)

    def test_an_undated_document_leaves_a_status_undetermined(self) -> None:
        """Without a document date, two statuses cannot be placed in time."""
        quote = next(q for q in MERIDA.evidence if q.source == LAWSON)
        claim = StatusClaim(
            status=InitiativeStatus.ACTIVE, certainty=Certainty.STATED, evidence=(quote,)
        )
        lawson = attrs.evolve(CORPUS.sources[LAWSON], issued=None)
        c = corpus_with(
            initiatives=[attrs.evolve(MERIDA, statuses=(*MERIDA.statuses, claim))],
            sources=[lawson],
        )
        found = {d.aspect: d.relation for d in compare.divergences(corpus=c)}
        assert found["status"] is Relation.UNDETERMINED
        assert found["status and event"] is Relation.UNDETERMINED
