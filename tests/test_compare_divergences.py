"""binational.compare.divergences(): different statements about one object."""

from __future__ import annotations

from binational import compare
from binational.compare import Relation

from .comparing import verified


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
