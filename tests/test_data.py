"""Record-by-record integrity of the encoded data, checked against the seed texts."""

from __future__ import annotations

import re

import pytest

import binational
from binational import Corpus, Organization, SourceRole
from binational.corpus import normalize

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


SEED_001 = "orion-2026-neighbor-in-focus"


def _table_cells(text: str, title: str) -> list[tuple[str, str, int, int]]:
    """(column header, row label, start, end) of every non-empty cell of a seed-001 table."""
    start = text.index(title)
    end = text.index("Note: This figure", start)
    lines = [(m.start() + start, m.group()) for m in re.finditer(r"[^\n]+", text[start:end])]
    header = lines[1][1].split("\t")
    cells = []
    for at, line in lines[2:]:
        if set(line) <= {"-", "\t"}:
            continue  # the Markdown rule under the header
        parts = line.split("\t")
        label = re.sub(r"</?p>", "", parts[0])  # empty on a continuation line, as printed
        pos = at + len(parts[0]) + 1
        for column, cell in zip(header[1:], parts[1:], strict=False):
            if cell.strip():
                cells.append((column, label, pos, pos + len(cell)))
            pos += len(cell) + 1
    return cells


@pytest.mark.parametrize(
    "title",
    [
        "Comparison of Strategic Documents: National Security Strategies from Bush-Trump",
        "Comparison of Strategic Documents: National Defense Strategies from Bush-Trump",
    ],
)
def test_every_cell_of_the_comparison_tables_is_one_framing(corpus: Corpus, title: str) -> None:
    """Each non-empty cell of seed 001's two tables is quoted whole by exactly one framing."""
    text = corpus.text(SEED_001)
    cells = _table_cells(text, title)
    framings = [f for f in corpus.framings.by_source(SEED_001) if f.table == title]
    assert len(cells) > 20
    spans = {(f.evidence[0].start, f.evidence[0].end): f for f in framings}
    assert len(spans) == len(framings)
    for column, label, start, end in cells:
        f = spans.get((start, end))
        assert f is not None, (column, label, text[start:end])
        assert (f.column, f.category) == (column, label)
    assert len(framings) == len(cells)


SEED_003 = "greenway-2025-military-options-border"


def test_every_footnote_of_seed_003_is_a_cited_work_with_an_edge(corpus: Corpus) -> None:
    """Each footnote of the special report (a line with a URL) is one cited source, cited once."""
    text = corpus.text(SEED_003)
    notes = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*https?://[^\n]*", text)]
    cited = [s for s in CITED if s.evidence[0].source == SEED_003]
    assert len(notes) >= 8
    for start, line in notes:  # one line may hold two notes ("…, and news release, …")
        inside = [s for s in cited if start <= s.evidence[0].start < start + len(line)]
        assert inside, line
    edges = corpus.citations.by_source(SEED_003)
    for s in cited:
        assert [c for c in edges if s.id in c.candidates], s.id
        assert s.url is not None
        assert s.url in text


SEED_002 = "lawson-tello-fox-border-security-north-america"


def test_footnote_markers_of_seed_002_are_edges_in_order(corpus: Corpus) -> None:
    """The chapter's markers 1-15 (its notes are not printed) are fifteen edges, in order."""
    text = corpus.text(SEED_002)
    edges = sorted(corpus.citations.by_source(SEED_002), key=lambda c: c.marker.start)
    assert [c.marker.text for c in edges] == [str(n) for n in range(1, 16)]
    for c in edges:
        assert text[c.marker.start - 1] in ".”) ", c.id  # a superscript after a sentence
        assert c.candidates or c.notes, c.id


_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "decade": 10,
    "twenty": 20,
    "thirty": 30,
    "hundred": 100,
    "doubled": 2,
    "tripled": 3,
    "quadrupled": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
}


def _printed_forms(value: float) -> set[str]:
    """How a value can be printed: 1312, 1,312, 43.8, 0.5; and number words."""
    forms = {str(value), f"{value:,}"}
    if value == int(value):
        forms |= {str(int(value)), f"{int(value):,}"}
    return forms


FIGURES = list(CORPUS.figures)


@pytest.mark.parametrize("figure", FIGURES, ids=ids(FIGURES))
def test_figure_values_are_printed_in_their_quotes(figure: binational.Figure) -> None:
    """A figure's value (and the top of its range) is printed in one of its quotes."""
    text = " ".join(q.text for q in figure.evidence).replace("\\$", "$")
    words = {w: n for w, n in _NUMBER_WORDS.items() if re.search(rf"\b{w}\b", text.lower())}
    for value in (figure.value, figure.value_max):
        if value is None:
            continue
        printed = any(
            re.search(rf"(?<![\d.,]){re.escape(form)}(?!\d)", text)
            for form in _printed_forms(value)
        )
        assert printed or value in words.values(), value


class TestFactsTheIssuesName:
    """Relations and statuses the seeds state, named in the corpus issues."""

    def test_merida_is_succeeded_by_the_bicentennial_framework(self, corpus: Corpus) -> None:
        merida = corpus.initiatives["Mérida Initiative"]
        assert corpus.initiatives["bicentennial-framework"] in corpus.successors(merida)

    def test_carsi_grew_out_of_merida(self, corpus: Corpus) -> None:
        carsi = corpus.initiatives["CARSI"]
        derived = corpus.related(carsi, binational.RelationKind.DERIVED_FROM)
        assert corpus.initiatives["merida-initiative"] in derived

    def test_project_portero_is_coordinated_with_the_hstf_and_disputed(
        self, corpus: Corpus
    ) -> None:
        portero = corpus.initiatives["Project Portero"]
        coordinated = corpus.related(portero, binational.RelationKind.COORDINATED_WITH)
        assert corpus.initiatives["homeland-security-task-force"] in coordinated
        disputed = [s for s in portero.statuses if s.status is binational.InitiativeStatus.DISPUTED]
        assert disputed
        assert any("did not have an agreement" in q.text for q in disputed[0].evidence)

    def test_seed_003_ladder_escalates_to_unilateral_action(self, corpus: Corpus) -> None:
        """The report's options are ranked 1..n; joint action comes before unilateral action."""
        ranked = sorted(
            (o for o in corpus.options.by_source(SEED_003) if o.rank is not None),
            key=lambda o: o.rank or 0,
        )
        assert [o.rank for o in ranked] == list(range(1, len(ranked) + 1))
        ids = [o.id for o in ranked]
        assert ids.index("greenway-option-joint-military-action") < ids.index(
            "greenway-option-unilateral-military-action"
        )
        assert ids[-1] == "greenway-option-unilateral-military-action"

    def test_seed_002_reports_the_task_force_recommendations(self, corpus: Corpus) -> None:
        """The 2005 trinational task force's recommendations are reported, not the chapter's."""
        reported = [r for r in corpus.recommendations.by_source(SEED_002) if r.made_by]
        assert len(reported) == 5
        assert {r.made_by for r in reported} == {"trinational-task-force-2005"}


def _events(corpus: Corpus) -> list[tuple[str, binational.Event]]:
    holders = (*corpus.actors, *corpus.initiatives)
    return [(o.id, e) for o in holders for e in o.events]


class TestDatedEventsIssue18Names:
    """Events, settled codings and themes named in issue 18, checked against the data."""

    @pytest.mark.parametrize(
        ("holder", "kind", "date", "certainty"),
        [
            ("claudia-sheinbaum", "took-office", "2024-10", "stated"),
            ("united-states", "attacked", "2001-09-11", "stated"),
            ("nafta-renegotiation", "held", "2017", "stated"),
            ("mexico", "extradited", "2026-01-20", "stated"),
            ("northern-triangle-compact", "expanded", "2027", "stated"),
            ("cartel-fto-designation", "announced", "2025-01-20", "inferred"),
        ],
    )
    def test_event_is_recorded(
        self, corpus: Corpus, holder: str, kind: str, date: str, certainty: str
    ) -> None:
        """The event is recorded on its entity, with its date and how sure that date is."""
        found = [
            e
            for h, e in _events(corpus)
            if h == holder and e.kind.value == kind and str(e.date) == date
        ]
        assert found
        assert {e.certainty.value for e in found} >= {certainty}

    def test_every_inferred_event_date_says_how(self, corpus: Corpus) -> None:
        """An inferred event has its date and a note saying how it was inferred."""
        for _, e in _events(corpus):
            if e.certainty.value == "inferred":
                assert e.note
                assert e.date is not None

    def test_the_renegotiation_of_nafta_spans_2017_to_2018(self, corpus: Corpus) -> None:
        """'In 2017–18' is one event from 2017 to 2018, not two."""
        (e,) = corpus.initiatives["nafta-renegotiation"].events
        assert (str(e.date), str(e.end)) == ("2017", "2018")

    def test_planned_steps_are_planned(self, corpus: Corpus) -> None:
        """The brief's phases and the 2026 USMCA renegotiation are planned, not done."""
        for i in ("us-mexico-enforcement-task-forces", "usmca-2026-renegotiation"):
            assert all(e.planned for e in corpus.initiatives[i].events)

    def test_the_report_root_causes_stays_not_addressed(self, corpus: Corpus) -> None:
        """Supply-side enforcement abroad is not root causes, and the codebook says so."""
        p = corpus.positions["greenway-position-root-causes"]
        assert p.stance is None
        rule = binational.compare.codebook().dimensions[binational.Dimension.ROOT_CAUSES].rules
        assert any("Supply-side enforcement abroad does not count" in r for r in rule)

    def test_options_settled_after_the_audit(self, corpus: Corpus) -> None:
        """Ratings read from general remarks are gone; Article 76 rates the raids option."""
        feasibility = binational.Criterion.FEASIBILITY
        for o in (
            "greenway-option-detention-deportation-support",
            "greenway-option-cartel-drone-interception",
        ):
            assert corpus.options[o].assessment(feasibility) is None
        raids = corpus.options["orion-option-us-forces-accompany-raids"]
        a = raids.assessment(binational.Criterion.DEPENDENCE_ON_MEXICO)
        assert a is not None
        assert a.rating is binational.Rating.UNFAVOURABLE
        assert any("Article 76" in q.text for q in a.evidence)
