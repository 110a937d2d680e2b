"""binational.compare.themes(): recommendations by theme, and where they pull apart."""

from __future__ import annotations

import binational
from binational import compare
from binational.compare import Status

from .comparing import GREENWAY, LAWSON, ORION, SEEDS


class TestThemes:
    def test_every_theme_and_seed(self) -> None:
        """One cell per theme and seed; silent cells say so."""
        t = compare.themes()
        assert len(binational.Theme) * len(SEEDS) == len(t)
        for c in t:
            assert (c.status is Status.SILENT) == (not c.recommendations and not c.reported)
            recs = (*c.recommendations, *c.reported)
            assert all(c.theme in r.themes and r.source == c.source.id for r in recs)

    def test_own_recommendations_apart_from_reported_ones(self) -> None:
        """A document's own recommendations and those it reports others making are apart."""
        t = compare.themes()
        for c in t:
            assert all(r.made_by is None for r in c.recommendations)
            assert all(r.made_by is not None for r in c.reported)
        cell = t.cell("border-management", LAWSON)
        assert {r.made_by for r in cell.reported} == {"trinational-task-force-2005"}
        assert "lawson-tf-smart-borders-action-plan" in {r.id for r in cell.reported}
        rows = [r for r in t.records() if r["made_by"] == "trinational-task-force-2005"]
        assert len({r["recommendation"] for r in rows}) == 5
        assert {r["status"] for r in rows} == {"reported"}

    def test_a_theme_only_reported_is_not_recommended(self) -> None:
        """A cell with only others' recommendations says so, and makes no tension."""
        t = compare.themes(seeds=[LAWSON])
        reported_only = [c for c in t if c.status is Status.REPORTED]
        assert all(not c.recommendations and c.reported for c in reported_only)
        assert all(
            x.toward.recommendations and x.away.recommendations for x in compare.themes().tensions
        )

    def test_economic_leverage_is_not_coordination(self) -> None:
        """Greenway's economic-leverage recommendations are not themed binational coordination."""
        for rid in (
            "greenway-use-economic-leverage-on-mexico",
            "greenway-leverage-usmca-2026-renegotiation",
        ):
            themes = binational.load().recommendations[rid].themes
            assert binational.Theme.BINATIONAL_COORDINATION not in themes
            assert binational.Theme.ECONOMIC_LEVERAGE in themes

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
