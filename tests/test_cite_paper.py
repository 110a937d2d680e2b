"""format_csl, the Citer of a paper, rich text, and the regressions of issue 22.

The engine is pandoc's citeproc (``binational.cite._pandoc``); these tests hold it to
what the issue asks: positions within one document (Chicago's notes), CSL-JSON's rich
text honoured and nothing else, ids that pair with entries, and the three
regressions of the citeproc-py engine (escaped rich text, ``&amp;amp;``, every
citation a first one).
"""

from __future__ import annotations

from typing import Any

import attrs
import html5lib
import pytest

import binational
from binational import Person, Source, SourceRole, SourceType, UnknownStyleError
from binational.cite import Citer, CslResult, bibliography, cite, format_csl

from .citing import SAMPLES

CORPUS = binational.load()
GREENWAY = CORPUS.sources["greenway-2025-military-options-border"]
WDR = CORPUS.sources["world-bank-2023-world-development-report"]
NOTES = "chicago-notes-bibliography-subsequent-ibid"
LONG = (
    "How the President Can Use the U.S. Military to Confront the Catastrophic Threat at "
    "the Border with Mexico"
)


def book(id: str = "b", title: str = "Title", **more: Any) -> dict[str, Any]:
    """A CSL-JSON book by Jane Doe, 2000."""
    return {
        "id": id,
        "type": "book",
        "title": title,
        "author": [{"family": "Doe", "given": "Jane"}],
        "issued": {"date-parts": [[2000]]},
        **more,
    }


class TestFormatCsl:
    def test_one_citation_per_cluster_and_entries_with_ids(self) -> None:
        """Each cluster gives one citation; each entry names its item."""
        items = [book("a", "Alpha"), {**book("z", "Zulu"), "author": [{"family": "Roe"}]}]
        out = format_csl(items, "apa", clusters=[[{"id": "z"}], [{"id": "a", "locator": "4"}]])
        assert isinstance(out, CslResult)
        assert out.citations == ("(Roe, 2000)", "(Doe, 2000, p. 4)")
        assert [e.id for e in out.bibliography] == ["a", "z"]
        assert out.bibliography[0].text.startswith("Doe, J. (2000). <i>Alpha</i>")
        assert out.order == ("a", "z")

    def test_exported_at_the_top_level(self) -> None:
        """binational.format_csl is binational.cite.format_csl."""
        assert binational.format_csl is format_csl

    def test_forms_of_a_cite(self) -> None:
        """suppress-author leaves the author out; author-only is the narrative form."""
        clusters = [[{"id": "b", "suppress-author": True}], [{"id": "b", "author-only": True}]]
        out = format_csl([book()], "apa", clusters=clusters, format="text")
        assert out.citations == ("(2000)", "Doe (2000)")

    def test_prefix_suffix_and_label(self) -> None:
        """Affixes and a labelled locator are printed where the style puts them."""
        cluster = [{"id": "b", "prefix": "see", "suffix": ", emphasis added"}]
        chapter = [{"id": "b", "locator": "3", "label": "chapter"}]
        out = format_csl([book()], "apa", clusters=[cluster, chapter], format="text")
        assert out.citations == ("(see Doe, 2000, emphasis added)", "(Doe, 2000, Chapter 3)")

    def test_a_style_as_xml_text(self) -> None:
        """CSL XML given as text is a style."""
        xml = binational.cite._styles.resolve_style("apa").read_text(encoding="utf-8")
        assert format_csl([book()], xml, clusters=[[{"id": "b"}]]).citations == ("(Doe, 2000)",)

    def test_asked_again_is_not_formatted_again(self) -> None:
        """The same items, style, clusters and format run pandoc once."""
        from binational.cite._pandoc import Engine

        items = [book("again", "Once only")]
        format_csl(items, "apa", clusters=[[{"id": "again"}]])
        before = Engine.runs
        format_csl(items, "apa", clusters=[[{"id": "again"}]])
        assert Engine.runs == before

    @pytest.mark.parametrize(
        ("items", "clusters", "error", "message"),
        [
            ("not a list", None, TypeError, "list of CSL-JSON items"),
            ([{"title": "no id"}], None, ValueError, r"items\[0\] has no 'id'"),
            ([book(), book()], None, ValueError, "repeats the id 'b'"),
            ([book()], [[{"id": "nope"}]], ValueError, "not among items"),
            ([book()], [[{"id": "b", "pages": "4"}]], ValueError, "unknown keys"),
            ([book()], [[]], TypeError, "non-empty list"),
        ],
    )
    def test_bad_items_and_clusters_are_typed_errors(
        self, items: Any, clusters: Any, error: type[Exception], message: str
    ) -> None:
        """Malformed input is a TypeError or ValueError naming the argument."""
        with pytest.raises(error, match=message):
            format_csl(items, "apa", clusters=clusters)

    def test_a_bad_style_is_unknown_style_error(self) -> None:
        """An unknown name, or XML that is not a CSL style, is UnknownStyleError."""
        with pytest.raises(UnknownStyleError):
            format_csl([book()], "apa-99")
        with pytest.raises(UnknownStyleError, match="not a CSL style"):
            format_csl([book()], "<html/>")

    def test_a_bad_format_is_value_error(self) -> None:
        """An unknown format is a ValueError naming the formats."""
        with pytest.raises(ValueError, match="'text', 'html', 'markdown'"):
            format_csl([book()], "apa", format="rtf")  # type: ignore[arg-type]


HOSTILE = (
    "<i>Bufo bufo</i> <b>bold</b> H<sub>2</sub>O x<sup>2</sup> "
    '<span style="font-variant:small-caps;">caps</span> <span class="nocase">iPhone</span> '
    '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:x">l</a> '
    '<span onclick="x">s</span> & 5 < 6'
)


def _elements(fragment: str) -> list[tuple[str, dict[str, str]]]:
    """The elements of an HTML fragment, as a browser's parser reads them."""
    tree = html5lib.parseFragment(fragment, namespaceHTMLElements=False)
    return [(e.tag, dict(e.attrib)) for e in tree.iter() if isinstance(e.tag, str)][1:]


class TestRichText:
    def test_only_csl_markup_survives_in_html(self) -> None:
        """<i>, <b>, <sub>, <sup> and small caps are markup; script, img, a, onclick are text."""
        out = format_csl([book(title=HOSTILE)], "apa", clusters=[[{"id": "b"}]])
        entry = out.bibliography[0].text
        allowed = {"i", "b", "sub", "sup", "span"}
        found = _elements(entry)
        assert {tag for tag, _a in found} <= allowed
        assert {tag for tag, _a in found} >= {"i", "b", "sub", "sup", "span"}
        for tag, attributes in found:
            if tag == "span":
                assert set(attributes) == {"style"}
                assert attributes["style"] in {"font-variant:small-caps;", "font-style:normal;"}
            else:
                assert attributes == {}
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in entry
        assert "&amp; 5 &lt; 6" in entry

    def test_italics_inside_italics_are_upright(self) -> None:
        """An italic species name in an italic title is upright (CSL flip-flop)."""
        entry = format_csl([book(title="On <i>Bufo bufo</i>")], "apa").bibliography[0].text
        assert (
            entry == 'Doe, J. (2000). <i>On <span style="font-style:normal;">Bufo bufo</span></i>.'
        )

    def test_case_protected_words_keep_their_case(self) -> None:
        """<span class="nocase"> keeps a word as written in title case (Chicago)."""
        item = book(title='the <span class="nocase">iPhone</span> and the border')
        entry = format_csl([item], "chicago-author-date", format="text").bibliography[0].text
        assert "The iPhone and the Border" in entry

    def test_text_and_markdown(self) -> None:
        """Text drops the markup; Markdown has *italics* and escapes the rest."""
        item = book(title="<i>Bufo</i> *not emphasis* <script>")
        text = format_csl([item], "apa", format="text").bibliography[0].text
        md = format_csl([item], "apa", format="markdown").bibliography[0].text
        assert "Bufo *not emphasis* <script>" in text
        assert r"\*not emphasis\* \<script\>" in md
        assert md.startswith("Doe, J. (2000). *")

    def test_hostile_affixes_are_text(self) -> None:
        """A prefix or suffix with markup other than CSL's is escaped too."""
        cluster = [{"id": "b", "prefix": "<img src=x>", "suffix": "<i>sic</i>"}]
        citation = format_csl([book()], "apa", clusters=[cluster]).citations[0]
        assert [tag for tag, _a in _elements(citation)] == ["i"]
        assert "&lt;img src=x&gt;" in citation


class TestRegressions:
    def test_an_ampersand_is_escaped_once(self) -> None:
        """HTML has "&amp;", never "&amp;amp;" (issue 22: 142–145 &amp;amp; 235)."""
        item = book(title="Guns & Roses", page="142–145 & 235", type="chapter")
        out = format_csl([item], "apa", clusters=[[{"id": "b", "locator": "1 & 3"}]])
        assert "&amp;amp;" not in out.bibliography[0].text + out.citations[0]
        assert "Guns &amp; Roses" in out.bibliography[0].text
        assert "&amp;" in out.citations[0]
        assert "&amp;amp;" not in cite(GREENWAY, "apa", "html", suffix="A & B")

    def test_not_every_citation_is_a_first_citation(self) -> None:
        """The second note of a work is its short form, the next one "Ibid." (issue 22)."""
        out = format_csl(
            [book(publisher="Press")],
            NOTES,
            clusters=[[{"id": "b"}], [{"id": "b", "locator": "4"}], [{"id": "b"}]],
            format="text",
        )
        first, second, third = out.citations
        assert first == "Jane Doe, Title (Press, 2000)."
        assert second == "Ibid., 4."
        assert third == "Doe, Title."

    def test_ids_pair_with_entries(self) -> None:
        """APA prints no entry for an unpublished interview: ids are the entries' ids."""
        article, interview = (
            SAMPLES[0],
            attrs.evolve(
                SAMPLES[1],
                id="doe-interview",
                type=SourceType.INTERVIEW,
                title="Interview",
                publisher=None,
                publisher_place=None,
                number=None,
            ),
        )
        bib = bibliography([article, interview], "apa")
        assert len(bib.ids) == len(bib.entries) == 1
        assert bib.ids == (article.id,)
        assert bib.entries[0].startswith("Martínez-Fernández, A. M.")

    def test_an_evolved_title_is_printed(self) -> None:
        """attrs.evolve(source, title=...) prints the new title in APA, not the old one."""
        source = next(s for s in CORPUS.sources if s.sentence_case_title is not None)
        assert source.sentence_case_title is not None
        changed = attrs.evolve(source, title="A Wholly New Title")
        entry = bibliography(changed, "apa")[0]
        assert "A Wholly New Title" in entry
        assert source.sentence_case_title not in entry


PAPER = [
    (GREENWAY, "4"),
    (GREENWAY, "7"),
    (GREENWAY, None),
    (WDR, None),
    (WDR, None),
    (GREENWAY, "9"),
]


class TestChicagoNotes:
    def test_a_paper_of_notes_prints_as_chicago_prescribes(self) -> None:
        """First note in full, then Ibid. (with its page), the short form after another work."""
        paper = Citer(NOTES)
        notes = [paper.cite(obj, locator=page) for obj, page in PAPER]
        wdr = (
            "World Bank, World Development Report 2023: Migrants, Refugees, and Societies "
            "(2023), https://www.worldbank.org/en/publication/wdr2023."
        )
        assert notes == [
            f"Robert Greenway et al., {LONG} (2025), 4.",  # first: in full
            "Ibid., 7.",  # the same work, another page
            f"Greenway et al., {LONG}.",  # same work, no page after one with a page
            wdr,  # first note of another work
            "Ibid.",  # the same work, no page
            f"Greenway et al., {LONG}, 9.",  # a work cited before: short form
        ]
        assert paper.citations == tuple(notes)

    def test_chicago_18_prefers_short_notes_to_ibid(self) -> None:
        """The 18th edition's style repeats the short form where the ibid variant has Ibid."""
        paper = Citer("chicago-notes-bibliography")
        paper.cite(GREENWAY, locator="4")
        assert paper.cite(GREENWAY, locator="7") == f"Greenway et al., {LONG}, 7."

    def test_the_bibliography_lists_the_works_cited(self) -> None:
        """The paper's bibliography has the works cited, sorted, and only those."""
        paper = Citer(NOTES)
        paper.cite(WDR)
        paper.cite(GREENWAY)
        bib = paper.bibliography()
        assert bib.ids == (GREENWAY.id, WDR.id)
        assert bib[0].startswith("Greenway, Robert, Andrés Martínez-Fernández, and Wilson Beaver.")

    def test_an_object_is_cited_as_its_seed(self) -> None:
        """A recommendation is cited as its seed with its section; again, Ibid."""
        rec = CORPUS.recommendations["nsc-joint-enforcement-task-forces"]
        paper = Citer(NOTES)
        first = paper.cite(rec)
        assert first.endswith("sec. Final Recommendation.")
        assert paper.cite(rec) == "Ibid."

    def test_a_person_of_ones_own(self) -> None:
        """A source of one's own is cited as given."""
        mine = Source(
            id="mine",
            role=SourceRole.CITED,
            type=SourceType.BOOK,
            title="My Book",
            evidence=SAMPLES[0].evidence,
            creators=(Person(family="Roe", given="Ann"),),
        )
        assert Citer(NOTES).cite(mine).startswith("Ann Roe, My Book")

    def test_bad_arguments(self) -> None:
        """Citer takes what cite() takes, and says so."""
        with pytest.raises(TypeError, match="Citer"):
            Citer(NOTES).cite(123)  # type: ignore[arg-type]
        # a name is an object, as for cite()
        assert Citer(NOTES).cite("greenway") == Citer(NOTES).cite(GREENWAY)
        with pytest.raises(ValueError, match="mode"):
            Citer(NOTES).cite(GREENWAY, mode="loud")  # type: ignore[arg-type]


def test_a_citer_checks_its_arguments() -> None:
    """Citer's corpus and among are checked as cite()'s are, naming the argument."""
    import pytest

    import binational

    with pytest.raises(TypeError, match="corpus"):
        binational.cite.Citer(corpus="x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="among"):
        binational.cite.Citer(among="Greenway")
    with pytest.raises(binational.UnknownIdError):
        binational.cite.Citer().cite("no such work at all")
