"""binational.compare.framing(): how each document characterises an actor."""

from __future__ import annotations

import pytest

from binational import Portrayal, compare
from binational.compare import Status

from .comparing import LAWSON, NSC, verified


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
