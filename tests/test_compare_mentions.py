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


class TestNamed:
    """Passages that name the object in the text, where nothing is coded for it."""

    def test_a_passage_naming_sheinbaum_with_nothing_coded_is_found(self) -> None:
        """The issue's case: Orion names Sheinbaum in a passage no object quotes her in."""
        m = compare.mentions("claudia-sheinbaum")
        named = [x for x in m if x.how == "named"]
        assert named
        x = next(x for x in named if x.quote.text.startswith("Keeping tighter controls"))
        assert x.quote.source == ORION
        assert "Sheinbaum" in x.quote.text
        assert x.via == ("text",)
        assert x.about == ("claudia-sheinbaum",)
        assert CORPUS.text(ORION)[x.quote.start : x.quote.end] == x.quote.text
        assert m.records()[m.mentions.index(x)]["how"] == "named"
        assert "named in the text" in str(m)

    def test_no_passage_is_repeated(self) -> None:
        """A passage holding a coded quote of the object is not added again as named."""
        for obj in ("claudia-sheinbaum", "merida-initiative", "us-ice", "mexico"):
            m = compare.mentions(obj)
            coded = [x.quote for x in m if x.how == "coded"]
            for x in m:
                if x.how == "named":
                    assert not any(
                        q.source == x.quote.source
                        and q.start < x.quote.end
                        and q.end > x.quote.start
                        for q in coded
                    ), (obj, x.quote.start)
            spans = [(x.quote.source, x.quote.start) for x in m if x.how == "named"]
            assert len(spans) == len(set(spans))

    def test_named_false_keeps_the_coded_passages(self) -> None:
        m = compare.mentions("claudia-sheinbaum", named=False)
        assert all(x.how == "coded" for x in m)
        assert len(m) < len(compare.mentions("claudia-sheinbaum"))

    def test_names_match_as_whole_words_and_acronyms_as_written(self) -> None:
        """'US' names the United States, but 'us' does not; 'ICE' is not 'ice'."""
        for x in compare.mentions("united-states"):
            if x.how == "named":
                text = x.quote.text
                assert any(n in text for n in ("United States", "U.S.", "US", "America")) or (
                    "united states" in text.casefold()
                )
        ice = [x for x in compare.mentions("us-ice") if x.how == "named"]
        assert all("ICE" in x.quote.text or "Immigration and Customs" in x.quote.text for x in ice)

    def test_case_accents_and_spacing_are_ignored(self) -> None:
        """'the MERIDA  initiative' names the Mérida Initiative; 'Meridas' does not."""
        from binational.compare._mentions import _name_matcher
        from binational.corpus import normalize

        matches = _name_matcher(CORPUS.initiatives["merida-initiative"])
        for text, expected in [
            ("under the MERIDA  initiative,", True),
            ("the Mérida\nInitiative", True),
            ("the Meridas Initiatives", False),
        ]:
            assert matches(text, f" {normalize(text)} ") is expected, text
        us = _name_matcher(CORPUS.actors["united-states"])
        assert us("help US now", " help us now ")
        assert not us("help us now", " help us now ")
