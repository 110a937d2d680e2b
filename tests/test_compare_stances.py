"""binational.compare: every answer typed, filtered as asked, and backed by its quotes."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import binational
from binational import (
    Criterion,
    DataError,
    Dimension,
    Portrayal,
    Quote,
    Stance,
    UnknownIdError,
    compare,
    load_from,
)
from binational.compare import EntryKind, Relation, Status
from binational.loader import _load as load_module

from .conftest import SEED_000_DATA

CORPUS = binational.load()
SEEDS = [s.id for s in CORPUS.seeds]
NSC, ORION, LAWSON, GREENWAY = SEEDS

Edit = Callable[[str, Callable[[Any], None]], Path]


def verified(q: Quote, source: str) -> bool:
    """The quote is verbatim at its offsets and comes from ``source``."""
    return q.source == source and CORPUS.text(q.source)[q.start : q.end] == q.text


class TestStances:
    def test_every_seed_on_every_dimension(self) -> None:
        """The matrix has one cell per seed and dimension, none missing."""
        m = compare.stances()
        assert len(SEEDS) * len(Dimension) == len(m)
        assert {(s, d) for s in SEEDS for d in Dimension} == {(c.source.id, c.dimension) for c in m}

    @pytest.mark.parametrize("seed", SEEDS)
    def test_coded_cells_quote_the_coded_document(self, seed: str) -> None:
        """Every coded cell has quotes, each verbatim and from the document coded."""
        for c in compare.stances(seeds=[seed]):
            if c.status is Status.CODED:
                assert c.evidence
                assert all(verified(q, seed) for q in c.evidence)
            else:
                assert (c.stance, c.evidence) == (None, ())
                assert c.position is not None
                assert c.position.notes  # what was looked for is written down

    def test_unaddressed_dimension_shows_as_such(self) -> None:
        """A dimension no document in the matrix addresses is listed, cells say why."""
        m = compare.stances(seeds=[NSC, LAWSON], dimensions=["military-role"])
        assert m.unaddressed() == (Dimension.MILITARY_ROLE,)
        assert {Status.NOT_ADDRESSED} == {c.status for c in m}
        assert "not addressed" in str(m)

    def test_filters_keep_the_order_asked(self) -> None:
        """Seeds and dimensions come back in the order given, deduplicated."""
        m = compare.stances(seeds=[GREENWAY, NSC, GREENWAY], dimensions=["root-causes"])
        assert [s.id for s in m.seeds] == [GREENWAY, NSC]
        assert [(c.source.id, c.dimension) for c in m] == [
            (GREENWAY, Dimension.ROOT_CAUSES),
            (NSC, Dimension.ROOT_CAUSES),
        ]

    def test_coverage_counts_every_cell(self) -> None:
        """Coverage splits all cells into coded and not addressed."""
        cov = compare.stances().coverage()
        assert len(SEEDS) * len(Dimension) == sum(cov.values())
        assert cov[Status.NOT_ADDRESSED] == sum(1 for p in CORPUS.positions if not p.addressed)

    def test_a_corpus_without_positions_says_not_coded(self) -> None:
        """A hand-built corpus lacking positions gives cells that say 'not coded'."""
        bare = binational.Corpus(
            **{
                k.value: list(CORPUS.collection(k))
                for k in binational.Kind
                if k.value != "positions"
            },
            positions=[],
            texts={s: CORPUS.text(s) for s in SEEDS},
            sections={s: CORPUS.sections(s) for s in SEEDS},
        )
        m = compare.stances(corpus=bare)
        assert {Status.NOT_CODED} == {c.status for c in m}
        assert "not coded" in str(m)

    @pytest.mark.parametrize(
        ("kwargs", "error"),
        [
            ({"seeds": NSC}, TypeError),
            ({"seeds": ["nsc-cite-01"]}, UnknownIdError),
            ({"seeds": ["hrw-2024-nothing-but-bones"]}, ValueError),
            ({"dimensions": ["sovereignty"]}, ValueError),
            ({"dimensions": "root-causes"}, TypeError),
            ({"corpus": "packaged"}, TypeError),
        ],
    )
    def test_bad_arguments_are_refused(self, kwargs: dict[str, Any], error: type) -> None:
        """A single id, a cited work, an unknown dimension or a wrong type is refused."""
        with pytest.raises(error):
            compare.stances(**kwargs)


class TestDisagreements:
    @pytest.mark.parametrize(("a", "b"), list(itertools.permutations(SEEDS, 2)))
    def test_mirror(self, a: str, b: str) -> None:
        """disagreements(a, b) is disagreements(b, a) with the sides swapped."""
        ab, ba = compare.disagreements(a, b), compare.disagreements(b, a)
        assert [p.mirrored() for p in ab] == list(ba)
        assert [p.distance for p in ab] == [p.distance for p in ba]

    @pytest.mark.parametrize(("a", "b"), list(itertools.combinations(SEEDS, 2)))
    def test_agreements_and_disagreements_partition_shared_dimensions(self, a: str, b: str) -> None:
        """Dimensions both address are either agreements or disagreements, never both."""
        shared = {
            d
            for d in Dimension
            if compare.stances(seeds=[a], dimensions=[d]).cells[0].stance
            and compare.stances(seeds=[b], dimensions=[d]).cells[0].stance
        }
        agree = {p.dimension for p in compare.agreements(a, b)}
        disagree = {p.dimension for p in compare.disagreements(a, b)}
        assert set() == agree & disagree
        assert shared == agree | disagree
        assert all(p.distance == 0 for p in compare.agreements(a, b))
        assert all((p.distance or 0) > 0 for p in compare.disagreements(a, b))

    def test_farthest_apart_first(self) -> None:
        """Disagreements are sorted by distance, largest first."""
        d = compare.disagreements(NSC, GREENWAY)
        distances = [p.distance or 0 for p in d]
        assert sorted(distances, reverse=True) == distances
        assert distances[0] == 3

    def test_both_quotes_side_by_side(self) -> None:
        """Each pair carries each document's own quotes, shown in the text table."""
        d = compare.disagreements(NSC, GREENWAY)
        for p in d:
            assert all(verified(q, NSC) for q in p.a.evidence)
            assert all(verified(q, GREENWAY) for q in p.b.evidence)
        assert "Therefore, migration cannot be" in str(d)


class TestOptions:
    def test_every_option_on_every_criterion(self) -> None:
        """All options × all criteria; an unassessed cell says so."""
        m = compare.options()
        assert len(CORPUS.options) * len(Criterion) == len(m)
        for c in m:
            assert (c.assessment is None) == (c.status is Status.NOT_ASSESSED)

    def test_assessed_cells_quote_the_options_seed(self) -> None:
        """Every assessment quotes its own option's seed, verbatim."""
        for c in compare.options():
            assert all(verified(q, c.option.source) for q in c.evidence)
            if c.assessment is not None:
                assert c.evidence

    def test_across_seeds_and_filtered(self) -> None:
        """Options can be picked across seeds; criteria filter the columns."""
        m = compare.options(
            [
                "nsc-option-border-enforcement",
                "lawson-option-reinforce-physical-security-at-border",
            ],
            criteria=["humanitarian-risk"],
        )
        assert [c.assessment.rating.value for c in m if c.assessment] == [
            "unfavourable",
            "unfavourable",
        ]

    def test_seed_filter(self) -> None:
        """``seeds=`` keeps the options of those seeds only."""
        m = compare.options(seeds=[GREENWAY])
        assert {GREENWAY} == {o.source for o in m.options}

    def test_wrong_kind_of_object(self) -> None:
        """An id of another kind is a TypeError naming what it is."""
        with pytest.raises(TypeError, match="is an actor"):
            compare.options(["mexico"])


class TestThemes:
    def test_every_theme_and_seed(self) -> None:
        """One cell per theme and seed; silent cells say so."""
        t = compare.themes()
        assert len(binational.Theme) * len(SEEDS) == len(t)
        for c in t:
            assert (c.status is Status.SILENT) == (not c.recommendations)
            assert all(c.theme in r.themes and r.source == c.source.id for r in c.recommendations)

    def test_tensions_pull_in_opposite_directions(self) -> None:
        """A tension pairs two documents recommending in one theme, stances of opposite sign."""
        t = compare.themes()
        assert t.tensions
        for x in t.tensions:
            assert x.toward.recommendations
            assert x.away.recommendations
            assert x.toward_position.stance is not None
            assert x.away_position.stance is not None
            assert x.toward_position.stance.score > 0 > x.away_position.stance.score
            assert x.dimension is x.toward_position.dimension is x.away_position.dimension

    def test_military_pulls_apart(self) -> None:
        """Greenway's and Orion's military recommendations pull apart."""
        t = compare.themes(["military"])
        assert [(x.toward.source.id, x.away.source.id) for x in t.tensions] == [(GREENWAY, ORION)]


class TestFraming:
    def test_mexico_in_every_seed(self) -> None:
        """Mexico is characterised by every seed, each portrayal with its quotes."""
        f = compare.framing("mexico")
        assert [c.status for c in f] == [Status.CODED] * 4
        for cell in f:
            for ch in cell.characterizations:
                assert all(verified(q, cell.source.id) for q in ch.evidence)

    def test_reported_views_are_kept_apart(self) -> None:
        """Orion's reports of strategy documents are attributed, not its own voice."""
        cell = compare.framing("mexico").cells[1]
        assert Portrayal.OPERATING_ENVIRONMENT not in {c.portrayal for c in cell.own}
        assert Portrayal.OPERATING_ENVIRONMENT in {c.portrayal for c in cell.reported}
        assert any(t.category == "Mexico Framing" for t in cell.table_cells)

    @pytest.mark.parametrize(
        ("actor", "seed", "status"),
        [
            ("us-military", NSC, Status.NOT_MENTIONED),
            ("us-dhs", NSC, Status.NOT_CHARACTERISED),
            ("canada", LAWSON, Status.NOT_CODED),
        ],
    )
    def test_empty_cells_say_why(self, actor: str, seed: str, status: Status) -> None:
        """An empty cell is not mentioned, not characterised, or not coded."""
        cell = next(c for c in compare.framing(actor) if c.source.id == seed)
        assert (status, ()) == (cell.status, cell.characterizations)

    def test_coded_actors_exist(self) -> None:
        """The codebook names real actors."""
        for a in compare.codebook().coded_actors:
            assert a in CORPUS.actors


class TestMentions:
    def test_merida_by_document_in_reading_order(self) -> None:
        """Mérida's passages are grouped by seed and in text order within each."""
        m = compare.mentions("merida-initiative")
        keys = [(SEEDS.index(x.quote.source), x.quote.start) for x in m]
        assert sorted(keys) == keys
        assert {ORION, LAWSON} == {x.quote.source for x in m}

    def test_nothing_lost(self) -> None:
        """Every quote of the initiative's own evidence is among the mentions."""
        merida = CORPUS.initiatives["merida-initiative"]
        found = {(x.quote.source, x.quote.start, x.quote.end) for x in compare.mentions(merida)}
        assert {(q.source, q.start, q.end) for q in merida.evidence} <= found

    def test_referring_objects_are_named(self) -> None:
        """Passages recorded by objects that refer to it name those objects."""
        m = compare.mentions("merida-initiative")
        assert any("lawson-merida-style-funding" in x.via for x in m)


class TestFigures:
    def test_fy26_budget_changes_by_department(self) -> None:
        """The FY26 changes in dollars, by department, normalised and signed."""
        t = compare.figures(
            about=["us-dhs", "us-dod", "us-doj", "us-state-department"],
            unit="USD",
            fiscal_year=2026,
        )
        assert t
        for r in t:
            assert r.figure.unit.value == "USD"
            assert r.amount == r.figure.value * r.figure.scale.factor
            sign = -1 if r.figure.direction and r.figure.direction.value == "decrease" else 1
            assert sign * r.amount == r.signed_amount

    def test_unknown_about_id(self) -> None:
        """An unknown id in ``about`` is an UnknownIdError, not an empty table."""
        with pytest.raises(UnknownIdError):
            compare.figures(about=["us-dhss"])


class TestTimeline:
    def test_ordered(self) -> None:
        """Entries are in the documented order."""
        t = compare.timeline()
        keys = [e.date.sort_key for e in t if e.date]
        assert sorted(keys) == keys
        assert len(keys) == len(t)

    def test_no_event_lost(self) -> None:
        """Every event of every initiative is on the timeline, dated or apart."""
        t = compare.timeline()
        events = [(i.id, e.kind) for i in CORPUS.initiatives for e in i.events]
        dated = sum(1 for i in CORPUS.initiatives for e in i.events if e.date)
        on = [e for e in (*t.entries, *t.undated) if e.kind is EntryKind.EVENT]
        assert len(events) == len(on)
        assert dated == sum(1 for e in t.entries if e.kind is EntryKind.EVENT)
        assert all(e.date is None for e in t.undated)

    def test_partial_dates_before_precise_ones(self) -> None:
        """'2021' sorts before 'October 2021', which sorts before '2023'."""
        dates = [str(e.date) for e in compare.timeline()]
        assert dates.index("2021") < dates.index("2021-10") < dates.index("2023")

    def test_every_seed_date_is_on_it(self) -> None:
        """Each seed's own date is an entry, with its certainty."""
        docs = {e.subject: e for e in compare.timeline() if e.kind is EntryKind.DOCUMENT}
        for s in CORPUS.seeds:
            assert s.issued is not None
            assert (s.issued.date, s.issued.certainty) == (
                docs[s.id].date,
                docs[s.id].certainty,
            )


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


class TestDiff:
    def test_same_object_has_no_differences(self) -> None:
        """An object diffed with itself differs nowhere."""
        mexico = CORPUS.actors["mexico"]
        assert compare.diff(mexico, mexico).differing == ()

    def test_field_by_field(self) -> None:
        """Two options differ in the fields that differ, and only those."""
        a = CORPUS.options["greenway-option-joint-military-action"]
        b = CORPUS.options["greenway-option-unilateral-military-action"]
        d = compare.diff(a, b)
        assert {"id", "name", "summary", "evidence", "rank"} <= {r.field for r in d.differing}
        assert all(r.same for r in d if r.field == "horizon")

    def test_kinds_must_match(self) -> None:
        """Objects of two kinds are refused."""
        with pytest.raises(TypeError, match="one kind"):
            compare.diff(CORPUS.actors["mexico"], CORPUS.options["nsc-option-system-reform"])


ALL_RESULTS: list[Callable[[], Any]] = [
    compare.stances,
    lambda: compare.disagreements(NSC, GREENWAY),
    compare.options,
    compare.themes,
    lambda: compare.framing("mexico"),
    lambda: compare.mentions("merida-initiative"),
    compare.figures,
    compare.timeline,
    compare.divergences,
    lambda: compare.diff(CORPUS.actors["mexico"], CORPUS.actors["united-states"]),
]


class TestViews:
    @pytest.mark.parametrize("make", ALL_RESULTS)
    def test_frame_has_one_row_per_record_with_typed_columns(self, make: Callable[[], Any]) -> None:
        """to_frame() has one row per record and the declared dtypes."""
        result = make()
        frame = result.to_frame()
        assert len(result.records()) == len(frame)
        assert dict(result._frame_dtypes) == {k: str(v) for k, v in frame.dtypes.items()}
        assert list(result.columns) == list(frame.columns)

    @pytest.mark.parametrize("make", ALL_RESULTS)
    def test_text_html_markdown(self, make: Callable[[], Any]) -> None:
        """Every result prints, renders HTML and Markdown with its title."""
        result = make()
        title = result.table().title
        assert str(result).startswith(title)
        assert result._repr_html_().startswith('<div class="binational-table">')
        assert title.split()[0] in result.to_markdown()

    def test_stance_frame_is_typed(self) -> None:
        """Scores are nullable integers; not-addressed cells are null, not zero."""
        frame = compare.stances().to_frame()
        coded = frame[frame["status"] == "coded"]
        assert len(coded) == int(frame["score"].notna().sum())
        assert {s.score for s in Stance} >= set(coded["score"].astype(int))

    def test_result_is_immutable(self) -> None:
        """Results cannot be changed after they are made."""
        m = compare.stances()
        with pytest.raises(AttributeError):
            m.cells = ()  # type: ignore[misc]


class TestLoaderChecksPositions:
    def test_missing_dimension_is_refused(self, edit: Edit) -> None:
        """A seed file without a position on every dimension does not load."""
        data = edit(SEED_000_DATA, lambda d: d["positions"].pop())
        with pytest.raises(DataError, match="every dimension needs a position"):
            load_from(data, load_module.seeds_dir())

    def test_unaddressed_with_quotes_is_refused(self, edit: Edit) -> None:
        """A position with no stance but with quotes does not load."""

        def change(d: dict[str, Any]) -> None:
            coded = next(p for p in d["positions"] if p["stance"])
            coded["stance"] = None

        data = edit(SEED_000_DATA, change)
        with pytest.raises(DataError, match="not addressed"):
            load_from(data, load_module.seeds_dir())

    def test_position_of_another_seed_is_refused(self, edit: Edit) -> None:
        """A position whose source is not its file's seed does not load."""

        def change(d: dict[str, Any]) -> None:
            d["positions"][0]["source"] = GREENWAY

        data = edit(SEED_000_DATA, change)
        with pytest.raises(DataError, match="must have source"):
            load_from(data, load_module.seeds_dir())


def test_import_stays_light() -> None:
    """import binational loads neither compare, plot, tabulate, pandas nor matplotlib."""
    code = (
        "import sys, binational; "
        "print(sorted(m for m in ('binational.compare', 'binational.plot',"
        " 'tabulate', 'pandas', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
