"""binational.compare.themes(): recommendations by theme, and where they pull apart."""

from __future__ import annotations

import binational
from binational import compare
from binational.compare import Status

from .comparing import GREENWAY, ORION, SEEDS


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
