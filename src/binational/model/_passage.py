"""Passages: the paragraphs, table rows and list items a seed text is cut into.

A :class:`Passage` is a value: where it lies in its seed, its verbatim text and the
display form of it, the part of the document it belongs to, and the ids of the objects
quoted inside it. :meth:`Corpus.passages <binational.Corpus.passages>` makes them.
"""

# No ``from __future__ import annotations`` here, as in the other model modules.

import enum
import re

import attrs

from binational.model._display import Displayed
from binational.model._enums import Kind, ref, verbatim

__all__ = ["Part", "Passage", "TextHit"]


class Part(enum.Enum):
    """The part of a document a passage belongs to."""

    BODY = "body"
    """The running text: paragraphs, headings, list items."""
    NOTES = "notes"
    """Notes and endnotes: the source notes a text gives for its statements."""
    REFERENCES = "references"
    """A list of references (works cited, bibliography)."""
    TABLE = "table"
    """A row of a table."""


_SENTENCE_END = re.compile(r"""[.!?…]+["'”’)\]]*\d*(?=\s+["'“‘(\[]?[A-Z0-9])""")
"""Where a sentence ends: its stop (with closing quotes, a footnote number) before the
space and the capital of the next one."""


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Passage(Displayed):
    """A paragraph, table row or list item of a seed text, with the objects quoted in it.

    ``text == corpus.text(source)[start:end]`` holds: the passage is verbatim, with no
    blank around it. The passages of a seed tile its text: every character that is not
    blank belongs to exactly one of them.

    >>> import binational
    >>> p = binational.load().passages("nsc-migration-policy-brief")[2]
    >>> p.section, p.part.value, p.display[:40]
    ('Executive Summary', 'body', 'Migration to and from the U.S.-Mexico bo')
    >>> len(p.sentences())
    5
    """

    source: str = attrs.field(metadata=ref(Kind.SOURCE))
    """Id of the seed."""
    start: int
    """Offset of the first character, in code points, into the seed text as stored."""
    end: int
    """Offset one past the last character."""
    text: str = attrs.field(metadata=verbatim())
    """The exact characters of the seed (noise such as ``\\$`` or ``[link](#)`` included)."""
    display: str
    """The text as a reader should see it: links unwrapped, escapes removed, line
    breaks joined (as ``binational.model.display_text`` shows a quote)."""
    section: str | None
    """Heading of the section the passage falls under (None before the first)."""
    part: Part
    """Body, notes, references or table."""
    objects: tuple[str, ...] = ()
    """Ids of every object with a quote inside the passage (or overlapping it), in
    corpus order."""

    def sentences(self) -> tuple[tuple[int, int], ...]:
        """The sentences of the passage, as ``(start, end)`` offsets into the seed text.

        A sentence ends at a full stop, question or exclamation mark (with any closing
        quote or footnote number) followed by a capital or a digit; the spans hold no
        blank at either end, and together hold every character of the passage that is
        not blank.
        """
        spans: list[tuple[int, int]] = []
        begin = 0
        for m in _SENTENCE_END.finditer(self.text):
            spans.append((begin, m.end()))
            begin = m.end()
        spans.append((begin, len(self.text)))
        out: list[tuple[int, int]] = []
        for a, b in spans:
            piece = self.text[a:b]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                out.append((self.start + a + lead, self.start + a + lead + len(stripped)))
        return tuple(out)


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class TextHit(Displayed):
    """One result of :meth:`Corpus.search_text <binational.Corpus.search_text>`.

    >>> import binational
    >>> hit = binational.load().search_text("Merida", limit=1)[0]
    >>> hit.passage.source, [text for text, match in hit.snippet if match][:1]
    ('orion-2026-neighbor-in-focus', ['Mérida'])
    >>> "«Mérida»" in hit.marked()
    True
    """

    passage: Passage
    """The passage that matches."""
    score: float
    """Relevance (BM25); higher is better. Passages holding every word of a plain
    query rank before those holding some."""
    snippet: tuple[tuple[str, bool], ...]
    """An extract of the passage's display text around the matches, as ``(text,
    is_match)`` pieces in order: the matches are data, marked by position, never by
    markup inside the text. ``…`` stands for what is left out."""
    objects: tuple[str, ...]
    """Ids of the objects quoted in the passage (of the kinds searched for, if any)."""

    def marked(self, before: str = "«", after: str = "»") -> str:
        """The snippet as one string, each match between ``before`` and ``after``."""
        return "".join(f"{before}{t}{after}" if m else t for t, m in self.snippet)
