"""binational.compare stances(), disagreements(), agreements(): every cell quoted."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import binational
from binational import DataError, Dimension, compare, load_from
from binational.compare import Status
from binational.loader import _load as load_module

from .comparing import CORPUS, GREENWAY, LAWSON, NSC, SEEDS, verified
from .conftest import SEED_000_DATA

Edit = Callable[[str, Callable[[Any], None]], Path]


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
            ({"seeds": ["nsc-cite-01"]}, TypeError),
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
        assert distances[0] == 4
        assert d.pairs[0].dimension is Dimension.MIGRATION_AS_SECURITY_THREAT

    def test_both_quotes_side_by_side(self) -> None:
        """Each pair carries each document's own quotes, shown in the text table."""
        d = compare.disagreements(NSC, GREENWAY)
        for p in d:
            assert all(verified(q, NSC) for q in p.a.evidence)
            assert all(verified(q, GREENWAY) for q in p.b.evidence)
        assert "Therefore, migration cannot be" in str(d)


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
