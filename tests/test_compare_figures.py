"""binational.compare.figures(): figures side by side, normalised and filtered."""

from __future__ import annotations

import pytest

from binational import UnknownIdError, compare


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
