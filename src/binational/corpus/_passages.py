"""Cutting a seed text into passages: paragraphs, table rows, list items and headings.

The seeds are laid out three ways, and one cut serves them all:

* a paragraph per line (the NSC brief), or paragraphs between blank lines (Orion,
  Greenway): every line that is not blank is a paragraph;
* paragraphs hard-wrapped at a fixed width (Lawson, Tello and Fox): a run of lines of
  about the same length is one paragraph, which ends at a short line closing a
  sentence;
* tables, one row a line with its cells between tabs: every row is a passage.

Section headings (:meth:`Corpus.sections <binational.Corpus.sections>`) are passages
of their own, and a line that is only a web address belongs to the entry before it.
The part of a passage comes from its section (a heading such as "References", "Notes"
or "Works Cited") or, for notes set between paragraphs as the Greenway report does,
from what is coded in it: a passage that is mostly quotes of a cited work, and either
mostly quotes of a citation or holding a web address or an access date (a reference
entry), is a note.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

import attrs

from binational.corpus._terms import normalize
from binational.exceptions import UnknownIdError
from binational.model import (
    Citation,
    Object,
    Part,
    Passage,
    Quote,
    Section,
    Source,
    display_text,
)

__all__ = ["Anchors", "cut_corpus", "cut_passages", "in_section", "part_of_heading"]

_REFERENCES = frozenset(
    {"references", "works cited", "bibliography", "sources", "reference list", "literature"}
)
_NOTES = frozenset({"notes", "endnotes", "footnotes", "end notes", "sources and notes"})
_URL = re.compile(r"\s*(https?://|www\.|doi:)\S*\s*$", re.IGNORECASE)
_ENTRY = re.compile(r"https?://|\(accessed |doi\.org/", re.IGNORECASE)
"""What marks a reference entry: a web address, an access date, a DOI."""
_BULLET = re.compile(r"\s*([•▪●◦‣∙*-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
_CLOSES = re.compile(r"""[.!?:;…]["'”’)\]]*\d*\s*$""")
_WRAPPED = (50, 120)
"""Lengths of the lines of a hard-wrapped paragraph."""
_NOTE_COVER = 0.6
"""The share of a passage the quotes of cited works (and those of citations) must cover
to make it a note."""


def part_of_heading(title: str) -> Part | None:
    """The part a section heading opens: notes, references, or None (the body).

    >>> part_of_heading("Works Cited"), part_of_heading("Endnotes"), part_of_heading("Gun Trade")
    (<Part.REFERENCES: 'references'>, <Part.NOTES: 'notes'>, None)
    """
    key = " ".join(re.sub(r"[^\w\s]", " ", title.casefold()).split())
    if key in _REFERENCES:
        return Part.REFERENCES
    if key in _NOTES:
        return Part.NOTES
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    """Every line that is not blank, as ``(start, end)`` without blanks at either end."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return out


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The lines in runs with no blank line between them."""
    blocks: list[list[tuple[int, int]]] = []
    last = 0
    for a, b in lines:
        gap = text[last:a]
        if blocks and gap.count("\n") + gap.count("\r") - gap.count("\r\n") <= 1:
            blocks[-1].append((a, b))
        else:
            blocks.append([(a, b)])
        last = b
    return blocks


def _paragraphs(
    text: str, block: list[tuple[int, int]], headings: set[int]
) -> list[tuple[int, int, bool]]:
    """A block cut into paragraphs: ``(start, end, is_table_row)``."""
    prose = [(a, b) for a, b in block if a not in headings and not _is_row(text, a, b)]
    lengths = [b - a for a, b in prose]
    wrapped = len(prose) >= 3 and sum(
        _WRAPPED[0] <= n <= _WRAPPED[1] for n in lengths
    ) >= 0.6 * len(prose)
    width = statistics.quantiles(lengths, n=10)[-1] if wrapped else 0.0
    out: list[tuple[int, int, bool]] = []
    open_paragraph = False  # whether the last passage may take the next line
    for a, b in block:
        line = text[a:b]
        if a in headings or _is_row(text, a, b) or _is_table_rule(line):
            out.append((a, b, a not in headings))
            open_paragraph = False
            continue
        if out and _URL.match(line) and not out[-1][2]:
            out[-1] = (out[-1][0], b, False)
            continue
        if open_paragraph and not _BULLET.match(line):
            out[-1] = (out[-1][0], b, False)
        else:
            out.append((a, b, False))
        open_paragraph = wrapped and not (
            ((b - a) < 0.85 * width and _CLOSES.search(line)) or (b - a) < 0.5 * width
        )
    return out


def _is_row(text: str, a: int, b: int) -> bool:
    """Whether the line from ``a`` to ``b`` is a table row: cells between tabs."""
    start = text.rfind("\n", 0, a) + 1
    return "\t" in text[start:a] or "\t" in text[a:b]


def _is_table_rule(line: str) -> bool:
    """A row of dashes under a table's header."""
    return len(line) > 2 and set(line) <= set("-|:+= \t")


class Anchors:
    """Where the quotes of a corpus lie, seed by seed: what passages are cut against."""

    def __init__(self, objects: Iterable[Object]) -> None:
        self.order: dict[str, int] = {}
        self.quoted: dict[str, list[tuple[int, int, str]]] = {}
        """By seed: ``(start, end, id)`` of every quote of every object, sorted."""
        self.cited: dict[str, list[tuple[int, int]]] = {}
        """By seed: ``(start, end)`` of the quotes of the works cited (sources not seeds)."""
        self.citing: dict[str, list[tuple[int, int]]] = {}
        """By seed: ``(start, end)`` of the quotes of the citations (marker, evidence)."""
        for obj in objects:
            self.order.setdefault(obj.id, len(self.order))
            into = None
            if isinstance(obj, Source) and obj.seed is None:
                into = self.cited
            elif isinstance(obj, Citation):
                into = self.citing
            for source, start, end in _quotes(obj):
                self.quoted.setdefault(source, []).append((start, end, obj.id))
                if into is not None:
                    into.setdefault(source, []).append((start, end))
        for anchored in self.quoted.values():
            anchored.sort()
        for spans in (*self.cited.values(), *self.citing.values()):
            spans.sort()


def cut_passages(
    source: str, text: str, sections: Sequence[Section], anchors: Anchors
) -> tuple[Passage, ...]:
    """The passages of one seed text, in text order.

    Each passage lists the objects with a quote in it (``anchors``); a passage of the
    body that is a reference entry of a cited work is a note.
    """
    lines = _lines(text)
    line_starts = [a for a, _ in lines]
    headings = set()
    for s in sections:
        i = bisect.bisect_right(line_starts, s.start) - 1
        if i >= 0 and lines[i][0] <= s.start < lines[i][1] + 1:
            headings.add(lines[i][0])
    spans: list[tuple[int, int, bool]] = []
    for block in _blocks(text, lines):
        spans.extend(_paragraphs(text, block, headings))
    starts = [s.start for s in sections]
    quoted = anchors.quoted.get(source, [])
    cited = anchors.cited.get(source, [])
    citing = anchors.citing.get(source, [])
    order = anchors.order
    found: list[set[str]] = [set() for _ in spans]
    span_starts = [a for a, _, _ in spans]
    for qa, qb, oid in quoted:
        i = max(bisect.bisect_right(span_starts, qa) - 1, 0)
        while i < len(spans) and spans[i][0] < qb:
            if spans[i][1] > qa:
                found[i].add(oid)
            i += 1
    out = []
    for (a, b, row), ids in zip(spans, found, strict=True):
        i = bisect.bisect_right(starts, a) - 1
        section = sections[i] if i >= 0 else None
        part = (part_of_heading(section.title) if section else None) or Part.BODY
        if row and part is Part.BODY:
            part = Part.TABLE
        elif (
            part is Part.BODY
            and a not in headings
            and _covered(cited, a, b) >= _NOTE_COVER
            and (_covered(citing, a, b) >= _NOTE_COVER or _ENTRY.search(text, a, b))
        ):
            part = Part.NOTES
        chunk = text[a:b]
        out.append(
            Passage(
                source=source,
                start=a,
                end=b,
                text=chunk,
                display=display_text(chunk),
                section=section.title if section else None,
                part=part,
                objects=tuple(sorted(ids, key=order.__getitem__)),
            )
        )
    return tuple(out)


def _quotes(obj: object) -> Iterable[tuple[str, int, int]]:
    """``(source, start, end)`` of every quote an object holds, at any depth."""
    stack: list[object] = [obj]
    while stack:
        v = stack.pop()
        if isinstance(v, Quote):
            yield (v.source, v.start, v.end)
        elif isinstance(v, tuple):
            stack.extend(v)
        elif attrs.has(type(v)):
            stack.extend(getattr(v, f.name) for f in attrs.fields(type(v)))  # type: ignore[arg-type]


def _covered(spans: list[tuple[int, int]], a: int, b: int) -> float:
    """The share of the characters from ``a`` to ``b`` that ``spans`` cover."""
    if not spans:
        return 0.0
    covered = 0
    last = a
    for start, end in spans[: bisect.bisect_left(spans, (b,))]:
        lo, hi = max(start, last), min(end, b)
        if hi > lo:
            covered += hi - lo
            last = hi
    return covered / max(b - a, 1)


def cut_corpus(
    texts: Mapping[str, str], sections: Mapping[str, Sequence[Section]], objects: Iterable[Object]
) -> Mapping[str, tuple[Passage, ...]]:
    """The passages of every seed text, by seed id (``objects`` in corpus order)."""
    anchors = Anchors(objects)
    return MappingProxyType(
        {
            sid: cut_passages(sid, text, sections.get(sid, ()), anchors)
            for sid, text in texts.items()
        }
    )


def in_section(
    passages: Sequence[Passage], sections: Sequence[Section], section: str | Section | None
) -> tuple[Passage, ...]:
    """The passages of one section (its heading, case and accents ignored), or all."""
    if section is None:
        return tuple(passages)
    if isinstance(section, Section):
        title = section.title
    elif isinstance(section, str):
        title = section
    else:
        raise TypeError(
            "passages(section=...) takes a Section, its heading or None, not "
            f"{type(section).__name__} {section!r:.80}"
        )
    wanted = normalize(title)
    match = [s.title for s in sections if normalize(s.title) == wanted]
    if not match:
        source = sections[0].source if sections else "the seed"
        raise UnknownIdError(f"section of {source}", title, tuple(s.title for s in sections))
    return tuple(p for p in passages if p.section == match[0])
