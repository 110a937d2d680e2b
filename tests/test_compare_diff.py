"""binational.compare.diff(): two objects of one kind, field by field."""

from __future__ import annotations

import pytest

from binational import compare

from .comparing import CORPUS


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

    def test_records_carry_the_display_form_beside_the_verbatim(self) -> None:
        r"""A quote in a diff record stays verbatim (``\$``); ``_display`` undoes the markup."""
        a = CORPUS.figures["orion-fig-doj-mandatory"]
        b = CORPUS.figures["orion-fig-doj-request"]
        d = compare.diff(a, b)
        (evidence,) = [r for r in d.records() if r["field"] == "evidence"]
        assert "\\$8.3 billion" in str(evidence["a"])
        assert "$8.3 billion" in str(evidence["a_display"])
        assert "\\$" not in str(evidence["a_display"])
        columns = list(d.columns)
        assert columns.index("a_display") == columns.index("a") + 1
        (row,) = [row for row in d.table().rows if row[0].text == "evidence"]
        assert "\\$" not in row[1].text

    def test_a_verbatim_field_is_shown_in_its_display_form(self) -> None:
        """A field holding a seed's text (a framing cell's text) is displayed in tables."""
        import attrs

        cell = next(iter(CORPUS.framings))
        marked = attrs.evolve(cell, text="the [FY26 budget](#) adds \\$5\nbillion")
        d = compare.diff(cell, marked)
        (text,) = [r for r in d.records() if r["field"] == "text"]
        assert text["b"] == "the [FY26 budget](#) adds \\$5\nbillion"
        assert text["b_display"] == "the FY26 budget adds $5 billion"
        (row,) = [row for row in d.table().rows if row[0].text == "text"]
        assert row[2].text == "the FY26 budget adds $5 billion"
        card = str(marked)
        assert "FY26 budget adds $5 billion" in card
        assert "[FY26 budget](#)" not in card
