"""Record-by-record integrity of the encoded data, checked against the seed texts."""

from __future__ import annotations

import re

import pytest

import binational
from binational import Corpus, Organization, SourceRole
from binational._corpus import normalize

CORPUS = binational.load()
SEED_000 = "nsc-migration-policy-brief"
CITED = [s for s in CORPUS.sources if s.role is SourceRole.CITED]
NAMED = [*CORPUS.actors, *CORPUS.initiatives, *CORPUS.places]


def ids(objs: list[object]) -> list[str]:
    return [o.id for o in objs]  # type: ignore[attr-defined]


@pytest.mark.parametrize("source", CITED, ids=ids(CITED))
def test_reference_fields_are_printed_in_the_entry(source: binational.Source) -> None:
    """Title, URL, number, authors and year of a cited work all appear in its quoted entry."""
    entry = " ".join(q.text for q in source.evidence)
    assert source.title in entry
    for value in (source.url, source.number, source.publisher):
        assert value is None or value in entry
    for c in source.creators:
        if isinstance(c, Organization):
            assert c.name in entry
        else:
            parts = (c.given, c.dropping_particle, c.particle, c.family, c.suffix)
            for part in parts:
                assert part is None or part in entry, part
    if source.issued is not None:
        assert str(source.issued.date.year) in entry


@pytest.mark.parametrize("obj", NAMED, ids=ids(NAMED))
def test_names_and_aliases_are_evidenced(obj: binational.Actor) -> None:
    """Every name and alias of an actor, initiative or place occurs in one of its quotes."""
    quotes = [f" {normalize(q.text)} " for q in obj.evidence]
    for name in (obj.name, *obj.aliases):
        assert any(f" {normalize(name)} " in q for q in quotes), name


@pytest.mark.parametrize("seed", [SEED_000])
def test_every_reference_entry_is_a_source(corpus: Corpus, seed: str) -> None:
    """Each line of a seed's reference list is quoted by one cited source record."""
    refs = next(s for s in corpus.sections(seed) if s.title == "References")
    text = corpus.text(seed)
    lines = [
        (m.start() + refs.start, m.group())
        for m in re.finditer(r"[^\n]+", text[refs.start : refs.end])
    ][1:]  # skip the heading
    quoted = {(q.start, q.text) for s in CITED for q in s.evidence if q.source == seed}
    assert lines
    assert set(lines) <= quoted


def _parenthetical_markers(text: str, end: int) -> list[tuple[int, str]]:
    """Author-date markers of APA parentheses: (A, 2023; B, 2024, April 11; C)."""
    out = []
    for m in re.finditer(r"\(([^()]+)\)", text[:end]):
        body = m.group(1)
        if not re.search(r"\d{4}|Clearinghouse|Statistics", body):
            continue
        pos = m.start(1)
        for part in body.split("; "):
            out.append((pos, part))
            pos += len(part) + 2
    return out


def test_every_parenthetical_citation_of_seed_000_is_encoded(corpus: Corpus) -> None:
    """Each author-date marker in the brief's text is the marker of one citation edge."""
    refs = next(s for s in corpus.sections(SEED_000) if s.title == "References")
    found = _parenthetical_markers(corpus.text(SEED_000), refs.start)
    encoded = sorted((c.marker.start, c.marker.text) for c in corpus.citations.by_source(SEED_000))
    assert sorted(found) == encoded


SEED_000_CITATIONS = list(CORPUS.citations.by_source(SEED_000))
SEED_000_RECOMMENDATIONS = list(CORPUS.recommendations.by_source(SEED_000))


@pytest.mark.parametrize("citation", SEED_000_CITATIONS, ids=ids(SEED_000_CITATIONS))
def test_markers_resolve_to_every_matching_reference(citation: binational.Citation) -> None:
    """A marker's candidates are exactly the references whose author and date it matches."""
    m = re.fullmatch(r"(.+?)(?:, (\d{4})(?:, (\w+) (\d+))?)?", citation.marker.text)
    assert m is not None
    author, year, month, day = m.groups()
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]

    def matches(s: binational.Source) -> bool:
        first = s.creators[0]
        assert isinstance(first, Organization)
        if not normalize(first.name).startswith(normalize(author)):
            return False
        if year is None:
            return s.issued is None
        if s.issued is None or s.issued.date.year != int(year):
            return False
        if month is not None:
            return (s.issued.date.month, s.issued.date.day) == (months.index(month) + 1, int(day))
        return True

    cited_here = [s for s in CITED if s.evidence[0].source == citation.source]
    assert {s.id for s in cited_here if matches(s)} == set(citation.candidates)


@pytest.mark.parametrize("rec", SEED_000_RECOMMENDATIONS, ids=ids(SEED_000_RECOMMENDATIONS))
def test_seed_000_recommendations_come_from_its_final_recommendation(
    rec: binational.Recommendation,
) -> None:
    """The main quote of each recommendation of the brief lies in its Final Recommendation."""
    assert rec.evidence[0].section == "Final Recommendation"
    assert rec.themes


def test_seed_000_weighs_three_options(corpus: Corpus) -> None:
    """The brief 'evaluates three primary approaches'; each is an option with its section."""
    options = corpus.options.by_source(SEED_000)
    assert len(options) == 3
    assert {o.evidence[0].section for o in options} == {"Policy Options"}


def test_ambiguous_markers_explain_themselves(corpus: Corpus) -> None:
    """Every ambiguous citation carries a note saying why."""
    for c in corpus.citations:
        if c.ambiguous:
            assert c.notes, c.id


def test_seed_000_is_silent_on_author_and_publisher(corpus: Corpus) -> None:
    """The brief names no author, publisher or date; its year is inferred, with evidence."""
    seed = corpus.sources[SEED_000]
    assert seed.creators == ()
    assert seed.publisher is None
    assert seed.issued is not None
    assert seed.issued.certainty is binational.Certainty.INFERRED
    assert all("2026" in q.text for q in seed.issued.evidence)
