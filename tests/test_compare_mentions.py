"""binational.compare.mentions(): every passage that speaks of an object."""

from __future__ import annotations

from binational import compare

from .comparing import CORPUS, LAWSON, ORION, SEEDS


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
