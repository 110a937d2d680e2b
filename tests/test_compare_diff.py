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
