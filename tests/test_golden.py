"""Golden tests: our citations and bibliographies equal those of a second CSL processor.

The peer is pandoc's citeproc run directly (``pandoc --citeproc`` on a Markdown document,
its own plain-text writer), offline from the pypandoc-binary wheel, on the very same
CSL-JSON records and the same style files. Since issue 22 the library's engine is
pandoc's citeproc too, driven through its JSON syntax and rendered by our own writer;
these tests check that driving and that writer (locators, affixes, escaping, order)
against pandoc's own, and they run the style files: the package's own styles
(``binational/cite/styles``) where it has one, so
the house policy they carry (no lone "Retrieved", no "n.d." for legal works) is
pandoc's output too and needs no exception here. Both outputs are compared in plain
text, whitespace normalised.

Every source of the whole corpus (all four seeds: organisations and persons, Spanish
double surnames, journal articles, access dates, report numbers, untitled works, works
by the same authors in the same year) and every sample source (:mod:`tests.citing`:
particles, suffixes, legislation…) is compared in APA 7, Chicago author-date and MLA:
its bibliography entry, its first in-text citation, and for the seeds a citation with
each section as pinpoint. Where the two processors legitimately differ, :data:`KNOWN`
holds both outputs and the reason.
Generated works (Hypothesis) are compared too, except for the cases documented with
the test: works whose first authors need given names or more names to tell apart,
titles ending in a stop word, and titles standing for an author that begin with a name.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import binational
from binational import Source
from binational.cite import _format, _styles
from binational.cite._format import Cite, style_items
from binational.cite._format import render as render_sources

from .citing import SAMPLES, pandoc, pandoc_citeproc, sources

CORPUS = binational.load()
STYLES = ("apa", "chicago-author-date", "modern-language-association")
SETS: dict[str, tuple[Source, ...]] = {"corpus": tuple(CORPUS.sources), "samples": SAMPLES}

KNOWN: dict[tuple[str, str, str], tuple[str, str, str]] = {
    (style, "samples", "hr2-2023-secure-the-border"): (
        "Secure the Border Act of 2023, Pub. L. No. H.R. 2, 118th Congress (2023).",
        "Secure the Border Act of 2023, Pub. L. Nos. H.R. 2, 118th Congress (2023).",
        # CSL 1.0.2, cs:label: a variable is plural when it holds several numbers
        # ("1-3", "2 & 4"). "H.R. 2" holds one; pandoc's citeproc counts the space
        # and makes it plural.
        "pandoc pluralises a number with a space in it",
    )
    for style in ("apa", "chicago-author-date")
}
"""(style, set, source id) → (our entry, pandoc's entry, why they differ)."""


class Rendered(NamedTuple):
    cites: dict[str, str]
    """First citation of each source, by id."""
    entries: list[str]
    """The bibliography."""
    ids: tuple[str, ...] = ()
    """Ids of the entries (ours only)."""


@functools.cache
def ours(style: str, name: str, fmt: Any = "text") -> Rendered:
    """Our first citations and bibliography, all sources of a set together."""
    sources = SETS[name]
    out = render_sources(sources, style, fmt, [[Cite(s.id)] for s in sources])
    cites = dict(zip([s.id for s in sources], out.citations, strict=True))
    return Rendered(cites, list(out.entries), out.ids)


def engine_input(sources: tuple[Source, ...], style: Path) -> list[Mapping[str, Any]]:
    """The records as both processors are given them for a style (``_format._engine_item``)."""
    out: list[Mapping[str, Any]] = [_format._engine_item(i) for i in style_items(sources, style)]
    return out


@functools.cache
def theirs(style: str, name: str) -> Rendered:
    """pandoc's first citations and bibliography, all sources of a set together."""
    sources = SETS[name]
    path = _styles.resolve_style(style)
    cites, entries = pandoc_citeproc(
        engine_input(sources, path), path, [f"[@{s.id}]" for s in sources]
    )
    return Rendered(dict(zip([s.id for s in sources], cites, strict=True)), entries)


def cases() -> list[Any]:
    return [
        pytest.param(style, name, s.id, id=f"{style}-{s.id}")
        for style in STYLES
        for name, sources in SETS.items()
        for s in sources
    ]


class TestAgainstPandoc:
    def test_the_corpus_has_every_shape_the_peer_should_see(self) -> None:
        """The compared corpus has persons, articles, access dates, numbers and twins.

        Not counts (reviewers may change records): only that each shape is there, so
        that the comparisons below cover it. Particles and suffixes are in the samples.
        """
        sources = CORPUS.sources
        persons = [c for s in sources for c in s.creators if isinstance(c, binational.Person)]
        assert persons
        assert any("-" in p.family or " " in p.family for p in persons)
        assert any(s.type is binational.SourceType.ARTICLE_JOURNAL for s in sources)
        assert any(s.accessed is not None for s in sources)
        assert any(s.number is not None for s in sources)
        assert any(binational.SourceField.TITLE in s.silent_on for s in sources)
        years: dict[object, int] = {}
        for s in sources:
            if s.creators and s.issued is not None:
                key = (s.creators, s.issued.date.year)
                years[key] = years.get(key, 0) + 1
        assert any(n > 1 for n in years.values())

    def test_bibliographies_have_the_same_order(self) -> None:
        """Both processors sort every bibliography the same way (compared by first words)."""
        for style in STYLES:
            for name in SETS:
                ours_first = [" ".join(e.split()[:4]) for e in ours(style, name).entries]
                theirs_first = [" ".join(e.split()[:4]) for e in theirs(style, name).entries]
                assert ours_first == theirs_first, (style, name)

    @pytest.mark.parametrize(("style", "name", "source"), cases())
    def test_entry(self, style: str, name: str, source: str) -> None:
        """A source's bibliography entry is pandoc's, or differs as KNOWN says."""
        mine_all, peer_all = ours(style, name), theirs(style, name)
        assert len(mine_all.entries) == len(peer_all.entries)
        position = mine_all.ids.index(source)
        mine, peer = mine_all.entries[position], peer_all.entries[position]
        if (style, name, source) in KNOWN:
            expected_mine, expected_peer, _why = KNOWN[style, name, source]
            assert (expected_mine, expected_peer) == (mine, peer)
        else:
            assert peer == mine

    @pytest.mark.parametrize(("style", "name", "source"), cases())
    def test_citation(self, style: str, name: str, source: str) -> None:
        """A source's first in-text citation is pandoc's (year suffixes and all)."""
        assert theirs(style, name).cites[source] == ours(style, name).cites[source]

    @pytest.mark.parametrize("style", STYLES)
    def test_pinpoint_citations_of_seeds(self, style: str) -> None:
        """A quote of each section of each seed is cited as pandoc cites that section.

        APA names a section by its heading ("Final Recommendation section", APA 7,
        8.28): pandoc is given it as the cite's suffix. The others get the heading as
        a section locator, given to pandoc as ``{sec. Final Recommendation}``; pandoc
        counts its spaces as separators and makes the label plural ("secs."), where
        CSL 1.0.2 (cs:label) makes a locator plural only when it holds several
        numbers, as ours does; the plural label is put back to the singular
        before comparing. pandoc prints a locator's straight apostrophe as given; ours
        are typographic, as in the title, so pandoc is given "’".
        """
        pins = [(seed.id, s.title) for seed in CORPUS.seeds for s in CORPUS.sections(seed)]
        quotes = [
            binational.Quote(source=sid, start=0, end=1, text="x", section=title)
            for sid, title in pins
        ]
        mine = [binational.cite.cite(q, style) for q in quotes]
        written = "[@{}, {} section]" if style == "apa" else "[@{}, {{sec. {}}}]"
        peer, _ = pandoc_citeproc(
            engine_input(tuple(CORPUS.sources), _styles.resolve_style(style)),
            _styles.resolve_style(style),
            [written.format(sid, title).replace("'", "’") for sid, title in pins],
        )
        # pandoc also writes the hyphen of a heading as a range's en dash ("Trade–Offs");
        # ours keeps the heading as written, and the comparison does too.
        singular = [
            re.sub(
                r"(?<=[A-Za-z])–(?=[A-Za-z])", "-", re.sub(r"\b(Section|sec)s\b", r"\1", p)
            ).replace("'", "’")
            for p in peer
        ]
        assert pins
        assert singular == mine


def _first_names_apart(sources: list[Source]) -> bool:
    """No two works share a first author unless they share all their authors.

    Where they do, CSL would tell them apart by adding given names or more names; that
    step differs between processors: such works get year suffixes in some.
    """
    firsts: dict[object, tuple[object, ...]] = {}
    for s in sources:
        if s.creators:
            first = s.creators[0]
            key = getattr(first, "family", None) or getattr(first, "name", None)
            if firsts.setdefault(key, s.creators) != s.creators:
                return False
    return True


_STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "across",
        "afore",
        "after",
        "against",
        "along",
        "alongside",
        "amid",
        "amidst",
        "among",
        "amongst",
        "an",
        "and",
        "anenst",
        "apropos",
        "apud",
        "around",
        "as",
        "aside",
        "astride",
        "at",
        "athwart",
        "atop",
        "barring",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "besides",
        "between",
        "beyond",
        "but",
        "by",
        "circa",
        "despite",
        "down",
        "during",
        "except",
        "for",
        "forenenst",
        "from",
        "given",
        "in",
        "inside",
        "into",
        "lest",
        "like",
        "modulo",
        "near",
        "next",
        "nor",
        "notwithstanding",
        "of",
        "off",
        "on",
        "onto",
        "or",
        "out",
        "over",
        "per",
        "plus",
        "pro",
        "qua",
        "sans",
        "since",
        "so",
        "than",
        "the",
        "through",
        "thru",
        "throughout",
        "thruout",
        "till",
        "to",
        "toward",
        "towards",
        "under",
        "underneath",
        "until",
        "unto",
        "up",
        "upon",
        "versus",
        "vs.",
        "v.",
        "vis-à-vis",
        "with",
        "within",
        "without",
        "worth",
        "yet",
        "de",
        "von",
        "van",
    ]
)
"""CSL's stop words for title case, with the particles title case leaves alone."""


def _no_final_stop_word(sources: list[Source]) -> bool:
    """No title (or container title) ends with a stop word such as "about" or "the".

    pandoc title-cases such a final word in some places and not in others ("Tale of
    The" in an APA citation of a bill, "Tale of the" in a Chicago entry); citeproc-py
    never capitalises it. The corpus has no such title.
    """
    for s in sources:
        for title in (s.title, s.container_title, s.publisher):
            last = title.split()[-1] if title else ""
            if len(last) > 1 and last.lower() in _STOP_WORDS:
                return False
    return True


def _authorless_titles_apart(sources: list[Source]) -> bool:
    """No two works without creators share a title.

    MLA's "———" for such works depends on whether the title is rendered through the
    names' substitute, which differs by type (a bill renders it elsewhere); pandoc
    and we then disagree on the second entry. Not implemented; the corpus's
    authorless works of one title ("[NSS]") share their type and agree.
    """
    titles = [s.title for s in sources if not s.creators]
    return len(titles) == len(set(titles))


def _titles_apart_from_names(sources: list[Source]) -> bool:
    """No title standing for a missing author begins with a person author's family name.

    Such a title and name tie on their first words in the sort, and the tie is then
    broken by the given names: as the style prints them in the key ("A. A.",
    initials) in citeproc-py, in full in pandoc; the two bibliographies then order the
    pair differently. The corpus has no such pair.
    """
    families = {
        c.family.split()[0].casefold()
        for s in sources
        for c in s.creators
        if isinstance(c, binational.Person)
    }
    return not any(s.title.split()[0].casefold() in families for s in sources if not s.creators)


def _authorless_titles_not_nested(sources: list[Source]) -> bool:
    """No title standing for a missing author is the first words of another such title.

    Chicago and MLA print some such titles in quotation marks ("“Aa.”", a dataset) and
    others not ("Aa Aa", an article): our sort key keeps the marks and compares word by
    word, so "Aa Aa" sorts first; pandoc sorts "“Aa.”"
    first. Not fixed yet (this test found it); the corpus has no such pair.
    """
    titles = [s.title.casefold().split() for s in sources if not s.creators]
    return not any(a != b and b[: len(a)] == a for a in titles for b in titles if len(a) <= len(b))


class TestGeneratedSources:
    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(sources(), min_size=1, max_size=4, unique_by=lambda s: s.id))
    def test_any_sources_format_as_pandoc_formats_them(self, generated: list[Source]) -> None:
        """Generated works of every type and field format exactly as pandoc formats them."""
        assume(_first_names_apart(generated) and _no_final_stop_word(generated))
        assume(_authorless_titles_apart(generated) and _titles_apart_from_names(generated))
        assume(_authorless_titles_not_nested(generated))
        cites = [[Cite(s.id)] for s in generated]
        for style in STYLES:
            out = render_sources(generated, style, "text", cites)
            peer = pandoc_citeproc(
                engine_input(tuple(generated), _styles.resolve_style(style)),
                _styles.resolve_style(style),
                [f"[@{s.id}]" for s in generated],
            )
            assert (peer[0], peer[1]) == (list(out.citations), list(out.entries)), style


class TestOutputFormats:
    @pytest.mark.parametrize("style", STYLES)
    def test_markdown_reads_as_the_text(self, style: str) -> None:
        """pandoc reads our Markdown entries and citations back to exactly our text."""
        for name in SETS:
            md_out, text = ours(style, name, "markdown"), ours(style, name)
            md = "\n\n".join([*md_out.cites.values(), *md_out.entries])
            plain = pandoc(md, read="markdown-smart", write="plain").replace("\u00a0", " ")
            back = [" ".join(p.split()) for p in plain.split("\n\n") if p.strip()]
            assert back == [*text.cites.values(), *text.entries]

    @pytest.mark.parametrize("style", STYLES)
    def test_html_reads_as_the_text(self, style: str) -> None:
        """Our HTML, tags stripped and entities decoded, is exactly our text."""
        for name in SETS:
            html_out, text = ours(style, name, "html"), ours(style, name)
            back = [html.unescape(re.sub(r"<[^>]+>", "", e)) for e in html_out.entries]
            back_cites = [html.unescape(re.sub(r"<[^>]+>", "", c)) for c in html_out.cites.values()]
            assert back == text.entries
            assert back_cites == list(text.cites.values())

    def test_html_emphasises_titles(self) -> None:
        """APA's italic titles are <i> in HTML and *…* in Markdown."""
        html_out, md_out = ours("apa", "corpus", "html"), ours("apa", "corpus", "markdown")
        baker = html_out.ids.index("baker-2024-navigating-the-border")
        assert "<i>Navigating the border:" in html_out.entries[baker]
        assert "*Navigating the border:" in md_out.entries[md_out.ids.index(html_out.ids[baker])]


class Form(NamedTuple):
    """One way of citing one work: ours (cite()'s arguments) and pandoc's syntax."""

    name: str
    mode: str
    locator: str | None
    label: str
    prefix: str | None
    suffix: str | None
    pandoc: str
    """pandoc's citation, ``{id}`` standing for the key."""


FORMS = (
    Form("page", "parenthetical", "4", "page", None, None, "[@{id}, page 4]"),
    Form("pages", "parenthetical", "4-6", "page", None, None, "[@{id}, pages 4-6]"),
    Form("narrative", "narrative", None, "page", None, None, "@{id}"),
    Form("narrative-para", "narrative", "12", "paragraph", None, None, "@{id} [paragraph 12]"),
    Form("suppressed", "suppress-author", None, "page", None, None, "[-@{id}]"),
    Form("suppressed-note", "suppress-author", "2", "note", None, None, "[-@{id}, note 2]"),
    Form(
        "affixes",
        "parenthetical",
        "3",
        "section",
        "see",
        ", emphasis added",
        "[see @{id}, section 3, emphasis added]",
    ),
    Form("eg", "parenthetical", None, "page", "see, e.g.,", None, "[see, e.g., @{id}]"),
    Form(
        "elsewhere", "parenthetical", None, "page", None, "and elsewhere", "[@{id} and elsewhere]"
    ),
)
"""The forms compared for every sample work."""

LABELS = ("chapter", "figure", "line", "note", "paragraph", "part", "section", "verse", "volume")
"""Locator labels compared one by one (pandoc reads each by its long term).

pandoc's locales predate the labels CSL 1.0.2 added ("table", "appendix"…): it reads
"table 2" as a suffix, not a locator. tests/test_cite.py checks those."""


def _form_cases() -> list[Any]:
    return [pytest.param(style, id=style) for style in STYLES]


class TestFormsAgainstPandoc:
    """Locators, narrative and author-suppressed citations, affixes, several works."""

    @staticmethod
    def _compare(style: str, ours_and_peers: list[tuple[str, str]]) -> None:
        # A marker before each cite keeps a citation that prints nothing in its place.
        written = [f"CITE: {p}" for _o, p in ours_and_peers]
        path = _styles.resolve_style(style)
        peer, _ = pandoc_citeproc(engine_input(SAMPLES, path), path, written)
        mine = [o for o, _p in ours_and_peers]
        theirs = [p.removeprefix("CITE:").strip() for p in peer]
        assert [(w, m) for w, m, t in zip(written, mine, theirs, strict=True) if m != t] == [
            (w, t) for w, m, t in zip(written, mine, theirs, strict=True) if m != t
        ]

    @pytest.mark.parametrize("style", STYLES)
    def test_every_form_of_every_sample(self, style: str) -> None:
        """Each form of each sample work (particles, twins, no date, legislation) is pandoc's."""
        cases = []
        for source in SAMPLES:
            for form in FORMS:
                mine = binational.cite.cite(
                    source,
                    style,
                    locator=form.locator,
                    label=form.label,  # type: ignore[arg-type]
                    mode=form.mode,  # type: ignore[arg-type]
                    prefix=form.prefix,
                    suffix=form.suffix,
                    among=SAMPLES,
                )
                cases.append((mine, form.pandoc.format(id=source.id)))
        self._compare(style, cases)

    @pytest.mark.parametrize("style", STYLES)
    def test_every_label(self, style: str) -> None:
        """A locator of each label prints the style's term for it, as pandoc prints it."""
        source = SAMPLES[0]
        cases = [
            (
                binational.cite.cite(source, style, locator="2", label=label, among=SAMPLES),  # type: ignore[arg-type]
                f"[@{source.id}, {label} 2]",
            )
            for label in LABELS
        ]
        self._compare(style, cases)

    @pytest.mark.parametrize("style", STYLES)
    def test_several_works_in_one_citation(self, style: str) -> None:
        """Several works, one with a locator, are one citation in the style's order."""
        a, b, c = SAMPLES[0], SAMPLES[3], SAMPLES[5]
        mine = binational.cite.cite(
            [c, binational.cite.CiteItem(a, locator="7"), b], style, among=SAMPLES
        )
        self._compare(style, [(mine, f"[@{c.id}; @{a.id}, page 7; @{b.id}]")])
