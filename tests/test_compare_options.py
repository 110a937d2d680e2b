"""binational.compare.options(): options against criteria, every rating quoted."""

from __future__ import annotations

import pytest

from binational import Criterion, compare
from binational.compare import Status

from .comparing import CORPUS, GREENWAY, verified


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
