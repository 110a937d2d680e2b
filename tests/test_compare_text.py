"""The text views of binational.compare: concordance, terms, keyness."""

from __future__ import annotations

import math
import re

import pytest

from binational import Corpus
from binational.compare import FTS5_TOKENIZER, STOP_WORDS, concordance, keyness, terms
from binational.compare._keyness import g2
from binational.compare._textindex import _quotes_in
from binational.exceptions import UnknownIdError

NSC = "nsc-migration-policy-brief"
ORION = "orion-2026-neighbor-in-focus"
LAWSON = "lawson-tello-fox-border-security-north-america"
GREENWAY = "greenway-2025-military-options-border"


class TestConcordance:
    def test_folds_case_and_accents(self, corpus: Corpus) -> None:
        """'merida' finds every 'Mérida' of the texts, and only those."""
        kwic = concordance("merida", corpus=corpus)
        expected = [
            (s.id, m.start())
            for s in corpus.seeds
            for m in re.finditer("Mérida", corpus.text(s), re.IGNORECASE)
        ]
        assert expected == [(r.document, r.start) for r in kwic]
        assert {r.match for r in kwic} == {"Mérida"}

    def test_offsets_slice_the_seed_text_to_the_match(self, corpus: Corpus) -> None:
        """text[start:end] of every row is its quote, verbatim, in its section."""
        for r in concordance("border secur*", corpus=corpus):
            text = corpus.text(r.document)
            assert text[r.start : r.end] == r.quote.text
            section = [s for s in corpus.sections(r.document) if s.start <= r.start < s.end]
            assert [s.title for s in section] == [r.section]

    def test_a_phrase_is_found_across_a_line_break(self, corpus: Corpus) -> None:
        """A phrase matches across the line break of the seed, shown as one space."""
        kwic = concordance("Security Council executive", [NSC], corpus=corpus)
        assert len(kwic) == 1
        assert kwic[0].quote.text == "Security Council\nExecutive"
        assert kwic[0].match == "Security Council Executive"

    def test_a_phrase_is_found_across_link_markup(self, corpus: Corpus) -> None:
        """'Mérida initiative in 2008' is found in '[Mérida initiative](#) in 2008'."""
        kwic = concordance("Mérida initiative in 2008", corpus=corpus)
        assert [r.quote.text for r in kwic] == ["Mérida initiative](#) in 2008"]
        assert kwic[0].match == "Mérida initiative in 2008"

    def test_words_match_whole(self, corpus: Corpus) -> None:
        """'border' does not find 'borders'; 'border*' does."""
        whole = {r.quote.text.lower() for r in concordance("border", corpus=corpus)}
        prefix = {r.quote.text.lower() for r in concordance("border*", corpus=corpus)}
        assert whole == {"border"}
        assert {"border", "borders"} <= prefix

    def test_the_objects_anchored_are_those_quoted_there(self, corpus: Corpus) -> None:
        """A known quote's object is listed, and every listed object has a quote there."""
        kwic = concordance("establishing joint", [NSC], corpus=corpus)
        assert "nsc-joint-enforcement-task-forces" in kwic[0].objects
        for r in concordance("cartel*", corpus=corpus):
            for oid in r.objects:
                quotes = [q for q in _quotes_in(corpus[oid]) if q.source == r.document]
                assert any(q.start < r.end and r.start < q.end for q in quotes), oid

    def test_context_is_cut_to_width_on_the_display_form(self, corpus: Corpus) -> None:
        """Left and right hold at most ``width`` characters, without line breaks or markup."""
        for r in concordance("security", width=25, corpus=corpus):
            assert len(r.left) <= 25
            assert len(r.right) <= 25
            assert "\n" not in r.left + r.right
            assert "](#)" not in r.left + r.right

    def test_sources_keep_to_the_seeds_given(self, corpus: Corpus) -> None:
        """Only the seeds given are searched, in the order given."""
        kwic = concordance("mexico", [GREENWAY, NSC], corpus=corpus)
        assert [s.id for s in kwic.seeds] == [GREENWAY, NSC]
        assert {r.document for r in kwic} == {GREENWAY, NSC}
        assert kwic.rows[0].document == GREENWAY

    def test_views(self, corpus: Corpus) -> None:
        """It prints, renders HTML (escaped), Markdown and a DataFrame of its records."""
        kwic = concordance("merida", corpus=corpus)
        assert "5 occurrences of 'merida'" in str(kwic)
        assert "<table" in kwic._repr_html_()
        assert "| document |" in kwic.to_markdown()
        frame = kwic.to_frame()
        assert list(frame.columns) == list(kwic.columns)
        assert frame["start"].tolist() == [r.start for r in kwic]

    def test_no_match_is_an_empty_result_escaped_in_html(self, corpus: Corpus) -> None:
        """A term found nowhere gives no rows; the term is escaped in HTML."""
        kwic = concordance("<script>alert(1)</script>", corpus=corpus)
        assert len(kwic) == 0
        assert "0 occurrences" in str(kwic)
        html = kwic._repr_html_()
        assert "<script>" not in html
        assert "&lt;script&gt;" in html

    @pytest.mark.parametrize(
        "term", ["", "   ", '""', "*"], ids=["empty", "blank", "quotes", "star"]
    )
    def test_an_empty_term_says_what_to_write(self, corpus: Corpus, term: str) -> None:
        """An empty term is a ValueError that says what to write."""
        with pytest.raises(ValueError, match=r"e\.g\. 'Mérida'|a prefix: 'secur\*'"):
            concordance(term, corpus=corpus)

    def test_a_star_inside_a_word_is_refused(self, corpus: Corpus) -> None:
        """'*' elsewhere than at the end of a word is a ValueError."""
        with pytest.raises(ValueError, match="may only end a word"):
            concordance("se*cur", corpus=corpus)

    def test_bad_arguments(self, corpus: Corpus) -> None:
        """An unknown seed, a non-str term, a bad width raise typed errors."""
        with pytest.raises(UnknownIdError):
            concordance("mexico", ["nope"], corpus=corpus)
        with pytest.raises(TypeError, match="term must be a str"):
            concordance(3, corpus=corpus)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="single one"):
            concordance("mexico", NSC, corpus=corpus)
        with pytest.raises(ValueError, match="width must be 0 or more"):
            concordance("mexico", width=-1, corpus=corpus)
        with pytest.raises(ValueError, match="at most 1000"):
            concordance("a" * 1001, corpus=corpus)


class TestTerms:
    def test_counts_a_word_as_counted_by_hand(self, corpus: Corpus) -> None:
        """The stem 'migrat' counts every whole word 'migration' of the NSC brief."""
        by_hand = len(re.findall(r"(?i)(?<![^\W_])migration(?![^\W_])", corpus.text(NSC)))
        assert by_hand == terms(corpus=corpus).count("migrat", NSC) == 49

    def test_stop_words_are_left_out_unless_asked(self, corpus: Corpus) -> None:
        """'the' is not a term, unless stop_words=False."""
        assert terms(corpus=corpus).count("the", NSC) == 0
        assert terms(stop_words=False, corpus=corpus).count("the", NSC) > 50

    def test_stemmed_and_folded(self, corpus: Corpus) -> None:
        """'threats' and 'threat' are one term; 'Mérida' is 'merida'."""
        dtm = terms(corpus=corpus)
        names = {t.term for t in dtm}
        assert {"threat", "merida"} <= names
        assert not {"threats", "mérida"} & names

    def test_frame_is_documents_by_terms(self, corpus: Corpus) -> None:
        """to_frame() has a row per document and a column per term."""
        dtm = terms([NSC, GREENWAY], corpus=corpus)
        frame = dtm.to_frame()
        assert frame.index.tolist() == [NSC, GREENWAY]
        assert frame.shape == (2, len(dtm))
        assert frame.loc[NSC, "migrat"] == 49

    def test_the_tokenizer_and_stop_list_are_documented_constants(self) -> None:
        """The tokenizer string is the one search uses; the stop list keeps 'us'."""
        assert FTS5_TOKENIZER == "porter unicode61 remove_diacritics 2"
        assert "the" in STOP_WORDS
        assert "us" not in STOP_WORDS

    def test_unknown_seed(self, corpus: Corpus) -> None:
        """An unknown seed is an UnknownIdError; stop_words must be a bool."""
        with pytest.raises(UnknownIdError):
            terms(["nope"], corpus=corpus)
        with pytest.raises(TypeError, match="stop_words must be True or False"):
            terms(stop_words=1, corpus=corpus)  # type: ignore[arg-type]

    def test_views(self, corpus: Corpus) -> None:
        """It prints the most frequent terms and renders Markdown."""
        dtm = terms(corpus=corpus)
        assert "border" in str(dtm)
        assert "| term |" in dtm.to_markdown()
        assert dtm.records()[0].keys() == {"document", "term", "count"}


class TestKeyness:
    def test_g2_matches_a_hand_computation(self) -> None:
        """G² of a 2×2 table is 2 Σ O ln(O/E), as computed by hand."""
        # a=10 of 1000 words in the target, b=5 of 2000 in the reference: N=3000,
        # expected 5, 10, 995, 1990.
        by_hand = 2 * (
            10 * math.log(10 / 5)
            + 5 * math.log(5 / 10)
            + 990 * math.log(990 / 995)
            + 1995 * math.log(1995 / 1990)
        )
        assert g2(10, 5, 990, 1995) == pytest.approx(by_hand)
        assert by_hand == pytest.approx(6.9692, abs=1e-4)
        assert g2(2, 13, 998, 1987) < 0  # under-used: negative

    def test_a_term_of_a_seed_matches_the_formula(self, corpus: Corpus) -> None:
        """Greenway's 'cartel': G², p and Log Ratio from its counts, by the formula."""
        key = keyness(GREENWAY, corpus=corpus)
        cartel = next(t for t in key if t.term == "cartel")
        dtm = terms(corpus=corpus)
        a = dtm.count("cartel", GREENWAY)
        b = sum(dtm.count("cartel", s) for s in (NSC, ORION, LAWSON))
        assert (cartel.target, cartel.reference) == (a, b) == (45, 18)
        t, r = key.sizes
        n = t + r
        observed = [a, b, t - a, r - b]
        expected = [(a + b) * t / n, (a + b) * r / n, (n - a - b) * t / n, (n - a - b) * r / n]
        by_hand = 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected, strict=True))
        assert cartel.g2 == pytest.approx(by_hand)
        assert cartel.p == pytest.approx(math.erfc(math.sqrt(by_hand / 2)))
        assert cartel.log_ratio == pytest.approx(math.log2((a / t) / (b / r)))

    def test_sorted_by_signed_g2(self, corpus: Corpus) -> None:
        """Over-used terms come first, under-used last, with p < 0.05 at 3.84."""
        key = keyness(NSC, corpus=corpus)
        g2s = [t.g2 for t in key]
        assert g2s == sorted(g2s, reverse=True)
        assert key.overused[0].term == "migrat"
        assert all(t.g2 <= -3.84 and t.p < 0.05 for t in key.underused)

    def test_a_reference_can_be_given(self, corpus: Corpus) -> None:
        """Against one seed only, its counts alone are the reference."""
        key = keyness(NSC, [GREENWAY], corpus=corpus)
        migrat = next(t for t in key if t.term == "migrat")
        assert (migrat.target, migrat.reference) == (49, 6)

    def test_corrections_shrink_g2(self, corpus: Corpus) -> None:
        """Williams's correction divides G² by q > 1."""
        plain = keyness(GREENWAY, corpus=corpus)[0]
        williams = keyness(GREENWAY, correction="williams", corpus=corpus)[0]
        assert 0 < williams.g2 < plain.g2

    def test_views(self, corpus: Corpus) -> None:
        """It prints the key terms with the thresholds, and converts to a frame."""
        key = keyness(GREENWAY, corpus=corpus)
        assert "p < 0.05" in str(key)
        assert "<table" in key._repr_html_()
        frame = key.to_frame()
        assert list(frame.columns) == ["term", "target", "reference", "g2", "p", "log_ratio"]
        assert len(frame) == len(key)

    def test_bad_arguments(self, corpus: Corpus) -> None:
        """A target in its reference, an empty reference, a bad correction: ValueError."""
        with pytest.raises(ValueError, match="must not hold the target"):
            keyness(NSC, [NSC, GREENWAY], corpus=corpus)
        with pytest.raises(ValueError, match="reference is empty"):
            keyness(NSC, [], corpus=corpus)
        with pytest.raises(ValueError, match="correction must be"):
            keyness(NSC, correction="bonferroni", corpus=corpus)  # type: ignore[arg-type]
        with pytest.raises(UnknownIdError):
            keyness("nope", corpus=corpus)
