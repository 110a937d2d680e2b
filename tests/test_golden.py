"""Golden tests: our citations and bibliographies equal those of a second CSL processor.

The peer is pandoc's citeproc (Haskell, written independently of citeproc-py), run
offline from the pypandoc-binary wheel on the very same CSL-JSON records and the same
style files. Both outputs are compared in plain text, whitespace normalised.

Every source of the whole corpus (all four seeds: organisations and persons, Spanish
double surnames, journal articles, access dates, report numbers, untitled works, works
by the same authors in the same year) and every sample source (:mod:`tests.citing`:
particles, suffixes, legislation…) is compared in APA 7, Chicago author-date and MLA:
its bibliography entry, its first in-text citation, and for the seeds a citation with
each section as pinpoint. Where the two processors legitimately differ, :data:`KNOWN`
holds both outputs and the reason, and :func:`expected_from_peer` the rule.
Generated works (Hypothesis) are compared too, except for two cases documented with
the test: works whose first authors need given names or more names to tell apart,
and titles ending in a stop word.
"""

from __future__ import annotations

import functools
import html
import re
from typing import Any, NamedTuple

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import binational
from binational import Source, _csl
from binational._cite import _render, csl_json

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


def expected_from_peer(style: str, record: dict[str, Any], peer: str) -> str:
    """pandoc's entry, changed where we knowingly depart from the style file.

    APA's style prints the term "Retrieved" before the URL of every undated work,
    also when there is no access date to follow it ("Retrieved https://…"); pandoc
    does as the style says, we print the URL alone (APA 7, 9.16: "Retrieved" goes
    with a retrieval date). See ``binational._csl``.
    """
    if style == "apa" and "accessed" not in record and "issued" not in record:
        return peer.replace(" Retrieved https://", " https://")
    return peer


class Rendered(NamedTuple):
    cites: dict[str, str]
    """First citation of each source, by id."""
    entries: list[str]
    """The bibliography."""
    ids: tuple[str, ...] = ()
    """Ids of the entries (ours only)."""


@functools.cache
def ours(style: str, name: str, fmt: _csl.Format = "text") -> Rendered:
    """Our first citations and bibliography, all sources of a set together."""
    sources = SETS[name]
    out = _render(sources, style, fmt, [[(s.id, None)] for s in sources])
    cites = dict(zip([s.id for s in sources], out.citations, strict=True))
    return Rendered(cites, list(out.entries), out.ids)


def engine_input(sources: tuple[Source, ...]) -> list[dict[str, Any]]:
    """The records as both processors are given them (see ``_csl._engine_item``)."""
    return [_csl._engine_item(i) for i in csl_json(sources)]


@functools.cache
def theirs(style: str, name: str) -> Rendered:
    """pandoc's first citations and bibliography, all sources of a set together."""
    sources = SETS[name]
    path = _csl.resolve_style(style)
    cites, entries = pandoc_citeproc(engine_input(sources), path, [f"[@{s.id}]" for s in sources])
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
            record = next(r for r in csl_json(SETS[name]) if r["id"] == source)
            assert expected_from_peer(style, dict(record), peer) == mine

    @pytest.mark.parametrize(("style", "name", "source"), cases())
    def test_citation(self, style: str, name: str, source: str) -> None:
        """A source's first in-text citation is pandoc's (year suffixes and all)."""
        assert theirs(style, name).cites[source] == ours(style, name).cites[source]

    @pytest.mark.parametrize("style", STYLES)
    def test_pinpoint_citations_of_seeds(self, style: str) -> None:
        """A seed cited with each of its sections as pinpoint reads as pandoc has it.

        pandoc takes "Final Recommendation" in ``[@id, {sec. Final Recommendation}]`` for
        several sections ("Sections" in APA, "secs." in Chicago and MLA): it counts a
        space as a separator. CSL 1.0.2 (cs:label) makes a locator plural only when it
        holds several numbers, as citeproc-py does; the plural label is put back to the
        singular before comparing. pandoc prints a locator's straight apostrophe as
        given; ours are typographic, as in the title, so pandoc is given "’".
        """
        pins = [(seed.id, s.title) for seed in CORPUS.seeds for s in CORPUS.sections(seed)]
        mine = _render(CORPUS.sources, style, "text", [[p] for p in pins]).citations
        peer, _ = pandoc_citeproc(
            engine_input(tuple(CORPUS.sources)),
            _csl.resolve_style(style),
            [f"[@{sid}, {{sec. {title}}}]".replace("'", "’") for sid, title in pins],
        )
        singular = [re.sub(r"\b(Section|sec)s\b", r"\1", p) for p in peer]
        assert pins
        assert singular == list(mine)


def _first_names_apart(sources: list[Source]) -> bool:
    """No two works share a first author unless they share all their authors.

    Where they do, CSL would tell them apart by adding given names or more names; that
    step is not implemented (see ``binational._csl``): such works get year suffixes.
    """
    firsts: dict[object, tuple[object, ...]] = {}
    for s in sources:
        if s.creators:
            first = s.creators[0]
            key = getattr(first, "family", None) or getattr(first, "name", None)
            if firsts.setdefault(key, s.creators) != s.creators:
                return False
    return True


def _no_final_stop_word(sources: list[Source]) -> bool:
    """No title (or container title) ends with a stop word such as "about" or "the".

    pandoc title-cases such a final word in some places and not in others ("Tale of
    The" in an APA citation of a bill, "Tale of the" in a Chicago entry); citeproc-py
    never capitalises it. The corpus has no such title.
    """
    for s in sources:
        for title in (s.title, s.container_title, s.publisher):
            last = title.split()[-1] if title else ""
            if len(last) > 1 and last.lower() in _csl._Text._stop_words:
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


class TestGeneratedSources:
    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(sources(), min_size=1, max_size=4, unique_by=lambda s: s.id))
    def test_any_sources_format_as_pandoc_formats_them(self, generated: list[Source]) -> None:
        """Generated works of every type and field format exactly as pandoc formats them."""
        assume(_first_names_apart(generated) and _no_final_stop_word(generated))
        assume(_authorless_titles_apart(generated))
        cites = [[(s.id, None)] for s in generated]
        for style in STYLES:
            out = _render(generated, style, "text", cites)
            peer = pandoc_citeproc(
                engine_input(tuple(generated)),
                _csl.resolve_style(style),
                [f"[@{s.id}]" for s in generated],
            )
            records = {str(r["id"]): dict(r) for r in csl_json(generated)}
            expected = [
                expected_from_peer(style, records[i], e)
                for i, e in zip(out.ids, peer[1], strict=False)
            ]
            assert (peer[0], expected) == (list(out.citations), list(out.entries)), style


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
