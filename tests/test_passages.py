"""Passages: the seed texts cut into paragraphs, table rows and list items."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import pytest

import binational
from binational import Corpus
from binational.corpus import Passages
from binational.model import Part, Passage

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "memo-bundle"

NSC = "nsc-migration-policy-brief"
ORION = "orion-2026-neighbor-in-focus"
LAWSON = "lawson-tello-fox-border-security-north-america"
GREENWAY = "greenway-2025-military-options-border"


def _check_tiling(corpus: Corpus, source: str) -> None:
    text = corpus.text(source)
    owners = [0] * len(text)
    last = 0
    for p in corpus.passages(source):
        assert p.source == source
        assert text[p.start : p.end] == p.text, p
        assert p.text == p.text.strip()
        assert p.text
        assert p.start >= last  # in text order, not overlapping
        last = p.end
        for i in range(p.start, p.end):
            owners[i] += 1
    stray = [i for i, ch in enumerate(text) if not ch.isspace() and owners[i] != 1]
    assert not stray, f"{source}: {len(stray)} characters in no passage, first at {stray[0]}"


@pytest.mark.parametrize("source", [NSC, ORION, LAWSON, GREENWAY])
def test_passages_tile_every_seed(corpus: Corpus, source: str) -> None:
    _check_tiling(corpus, source)


def test_passages_tile_the_example_bundle() -> None:
    merged = binational.load(extra=[EXAMPLE])
    for seed in merged.seeds:
        _check_tiling(merged, seed.id)
    assert merged.passages("example-memo")


def test_all_passages_are_every_seeds_in_order(corpus: Corpus) -> None:
    everything = corpus.passages()
    assert isinstance(everything, Passages)
    by_seed = tuple(p for s in corpus.seeds for p in corpus.passages(s))
    assert everything == by_seed
    assert corpus.passages(corpus.sources[NSC]) == corpus.passages(NSC)


def test_each_line_of_the_nsc_brief_is_a_paragraph(corpus: Corpus) -> None:
    text = corpus.text(NSC)
    body = [p for p in corpus.passages(NSC) if p.part is Part.BODY]
    assert all("\n" not in p.text for p in body)
    assert len(body) == sum(
        1 for line in text[: text.index("\nReferences\n")].splitlines() if line.strip()
    )


def test_hard_wrapped_paragraphs_are_joined(corpus: Corpus) -> None:
    """Lawson, Tello and Fox is wrapped at a fixed width: a paragraph spans lines."""
    passages = corpus.passages(LAWSON)
    first = next(p for p in passages if p.text.startswith("First, close cooperation"))
    assert first.text.count("\n") >= 5
    assert first.text.endswith("at the border itself.")
    assert "\n" not in first.display
    assert "itself." in first.display
    # A short line closing a sentence ends the paragraph: the next one starts anew.
    assert any(p.text.startswith("Despite the progress to date") for p in passages)


def test_parts(corpus: Corpus) -> None:
    nsc = Counter(p.part for p in corpus.passages(NSC))
    assert nsc[Part.REFERENCES] == len(corpus.passages(NSC, section="References"))
    assert set(
        corpus.passages(
            ORION,
            section="Comparison of Strategic Documents: "
            "National Security Strategies from Bush-Trump",
        )
    ) >= {p for p in corpus.passages(ORION) if p.text.startswith("<p>Threat #1</p>\t<p>Terror/WMD")}
    rows = [p for p in corpus.passages(ORION) if p.part is Part.TABLE]
    assert len(rows) > 20
    assert all("\n" not in p.text for p in rows)
    notes = [p for p in corpus.passages(GREENWAY) if p.part is Part.NOTES]
    assert [p.text[:15] for p in notes][:2] == ["Simon Hankinson", "U.S. House of R"]
    assert len(notes) == 8
    assert all("accessed" in p.text or "http" in p.text for p in notes)
    # A paragraph that argues, with citations in it, stays in the body.
    trump = next(p for p in corpus.passages(ORION) if p.text.startswith("President Donald Trump"))
    assert trump.part is Part.BODY


def test_reference_entries_keep_their_address(corpus: Corpus) -> None:
    refs = corpus.passages(NSC, section="references")  # case ignored
    entry = refs[1]
    assert entry.part is Part.REFERENCES
    assert entry.text.startswith("Baker Institute")
    assert entry.text.endswith("migrant-reception-efforts")  # its URL line joined
    assert refs[0].text == "References"  # the heading is a passage of its section


def test_objects_are_those_quoted_in_the_passage(corpus: Corpus) -> None:
    for p in corpus.passages(GREENWAY):
        for oid in p.objects:
            obj = corpus[oid]
            quotes = [q for q in _quotes(obj) if q.source == GREENWAY]
            assert any(q.start < p.end and q.end > p.start for q in quotes), (oid, p.start)
    hankinson = next(p for p in corpus.passages(GREENWAY) if p.text.startswith("Simon Hankinson"))
    assert "hankinson-2024-border-crisis-foreign-espionage" in hankinson.objects
    # and every quote of the seed is in some passage's objects
    every = {o for p in corpus.passages(GREENWAY) for o in p.objects}
    assert every == {o.id for o in corpus.sources.by_source(GREENWAY)} | every
    assert "claudia-sheinbaum" in every


def _quotes(obj: object) -> list[binational.Quote]:
    import attrs

    found: list[binational.Quote] = []
    stack: list[object] = [obj]
    while stack:
        v = stack.pop()
        if isinstance(v, binational.Quote):
            found.append(v)
        elif isinstance(v, tuple):
            stack.extend(v)
        elif attrs.has(type(v)):
            stack.extend(getattr(v, f.name) for f in attrs.fields(type(v)))  # type: ignore[arg-type]
    return found


def test_display_unwraps_links_and_escapes(corpus: Corpus) -> None:
    p = next(p for p in corpus.passages(ORION) if "[FY26 budget requests](#)" in p.text)
    assert "FY26 budget requests" in p.display
    assert "](#)" not in p.display
    dollars = next(p for p in corpus.passages(ORION) if "\\$113.3" in p.text)
    assert "$113.3" in dollars.display
    assert "\\$" not in dollars.display


def test_sentences(corpus: Corpus) -> None:
    p = corpus.passages(NSC)[2]
    spans = p.sentences()
    text = corpus.text(NSC)
    assert spans[0][0] == p.start
    assert spans[-1][1] == p.end
    assert text[spans[0][0] : spans[0][1]].startswith("Migration to and from")
    assert text[spans[0][0] : spans[0][1]].endswith("territorial control.")
    for (_a, b), (c, _) in itertools.pairwise(spans):
        assert b <= c
        assert text[b:c].strip() == ""
    assert "U.S.-Mexico" in text[spans[0][0] : spans[0][1]]  # no cut after "U.S."


def test_sentences_keep_every_character() -> None:
    p = Passage(
        source="s",
        start=10,
        end=40,
        text="One. Two? “Three.”4 Four",
        display="",
        section=None,
        part=Part.BODY,
    )
    spans = p.sentences()
    assert [p.text[a - 10 : b - 10] for a, b in spans] == ["One.", "Two?", "“Three.”4", "Four"]


def test_bad_arguments(corpus: Corpus) -> None:
    with pytest.raises(binational.UnknownIdError, match="no-such-seed"):
        corpus.passages("no-such-seed")
    with pytest.raises(binational.UnknownIdError, match="Nowhere"):
        corpus.passages(NSC, section="Nowhere")
    with pytest.raises(TypeError, match="source"):
        corpus.passages(section="References")
    with pytest.raises(TypeError, match="passages"):
        corpus.passages(3)  # type: ignore[arg-type]


def test_passages_are_shown_as_a_table(corpus: Corpus) -> None:
    refs = corpus.passages(NSC, section="References")
    text = str(refs)
    assert "Baker Institute" in text
    assert "references" in text
    html = refs._repr_html_()
    assert "<table>" in html
    frame = refs.to_frame()
    assert list(frame.columns)[:3] == ["source", "section", "part"]
    assert len(frame) == len(refs)
    assert "Passage" in repr(refs[0]) or NSC in repr(refs[0])


def test_passages_survive_pickling(corpus: Corpus) -> None:
    import pickle

    corpus.passages()
    copy = pickle.loads(pickle.dumps(corpus))  # noqa: S301 - our own bytes
    assert copy.passages(NSC) == corpus.passages(NSC)
