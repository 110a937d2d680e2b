"""The concordance: every place a word or phrase occurs in the seed texts, in context."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

import attrs

from binational.compare._args import corpus_arg, seed_in, seeds_arg
from binational.compare._base import Record, Result, make_cell, short_id, short_label
from binational.compare._textindex import MASK, display, fold, text_index
from binational.corpus import MAX_QUERY_LENGTH, Corpus
from binational.model import Cell, Quote, Source

__all__ = [
    "Concordance",
    "KwicRow",
    "concordance",
    "term_pattern",
]

_SEPARATOR = f"[\\s{MASK}]+"
"""What may stand between the words of a phrase: spaces, line breaks, markup."""

_EXAMPLE = "write a word or phrase, e.g. 'Mérida', 'joint task force' or 'secur*'"


def term_pattern(term: str, *, name: str = "term") -> re.Pattern[str]:
    r"""The regular expression that finds ``term`` in a folded, masked text.

    The syntax: words separated by spaces make a phrase, found across line breaks,
    runs of spaces and link markup; each word matches whole words only, case and
    accents ignored; a word ending in ``*`` matches every word it begins
    (``secur*``: security, secure...). Double quotes around the whole are ignored.
    ``name`` names the argument in errors.

    >>> term_pattern("Mérida initiative").pattern
    '(?<!\\w)merida[\\s\x00]+initiative(?!\\w)'
    >>> bool(term_pattern("secur*").search("border security"))
    True
    """
    if not isinstance(term, str):
        raise TypeError(f"{name} must be a str (a word or phrase), not {type(term).__name__}")
    if len(term) > MAX_QUERY_LENGTH:
        raise ValueError(
            f"{name} is {len(term)} characters long; at most {MAX_QUERY_LENGTH} are searched"
        )
    words = term.strip().removeprefix('"').removesuffix('"').split()
    if not words:
        raise ValueError(f"{name} is empty: {_EXAMPLE}")
    parts = []
    for w in words:
        prefix = w.endswith("*")
        stem = w.rstrip("*") if prefix else w
        if not stem or "*" in stem or w.count("*") > 1:
            raise ValueError(
                f"{name} {term!r}: '*' may only end a word, after at least one letter"
                " (a prefix: 'secur*')"
            )
        piece = re.escape(fold(stem))
        parts.append(piece + r"\w*" if prefix else piece)
    return re.compile(r"(?<!\w)" + _SEPARATOR.join(parts) + r"(?!\w)")


@attrs.frozen(kw_only=True)
class KwicRow:
    """One occurrence of the term: where it is, what it says around it, what is coded there."""

    quote: Quote
    """The occurrence verbatim, with its seed, offsets and section (``text ==
    corpus.text(document)[start:end]``)."""
    left: str
    """Up to ``width`` characters before the match, as a reader sees them (markup
    undone, line breaks joined)."""
    match: str
    """The match as a reader sees it."""
    right: str
    """Up to ``width`` characters after the match, as a reader sees them."""
    objects: tuple[str, ...] = ()
    """Ids of the objects with a quote that overlaps the match, in corpus order."""

    @property
    def document(self) -> str:
        """The seed's id."""
        return self.quote.source

    @property
    def section(self) -> str | None:
        """The heading of the section the match falls in (None before the first)."""
        return self.quote.section

    @property
    def start(self) -> int:
        """Offset of the match's first character in the seed text."""
        return self.quote.start

    @property
    def end(self) -> int:
        """Offset one past the match's last character."""
        return self.quote.end


@attrs.frozen(kw_only=True)
class Concordance(Result[KwicRow]):
    """Keyword in context: every occurrence of a term, document by document, in text order.

    It iterates as its rows (:class:`KwicRow`); its table and its records have one row
    per occurrence.
    """

    term: str
    """The word or phrase looked for, as given."""
    seeds: tuple[Source, ...]
    """The documents searched, in the order given."""
    rows: tuple[KwicRow, ...]
    """Every occurrence."""
    width: int = 60
    """The characters of context on each side."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "document": "string",
        "section": "string",
        "start": "Int64",
        "end": "Int64",
        "left": "string",
        "match": "string",
        "right": "string",
        "objects": "string",
    }

    def by_source(self, seed: str | Source) -> tuple[KwicRow, ...]:
        """The occurrences in one document (a Source, or its id, title, alias or number)."""
        sid = seed_in(self.seeds, seed, "by_source(seed)")
        return tuple(r for r in self.rows if r.document == sid)

    @property
    def _rows(self) -> tuple[KwicRow, ...]:
        return self.rows

    def _record(self, r: KwicRow, /) -> Record:
        return {
            "document": r.document,
            "section": r.section,
            "start": r.start,
            "end": r.end,
            "left": r.left,
            "match": r.match,
            "right": r.right,
            "objects": ", ".join(r.objects),
        }

    def _title(self) -> str:
        n = len(self.rows)
        return f"{n} occurrence{'' if n == 1 else 's'} of {self.term.strip()!r}"

    def _headers(self) -> list[str]:
        return ["document", "left", "match", "right", "objects"]

    def _cells(self, r: KwicRow, /) -> list[Cell]:
        return [
            make_cell(f"{short_id(r.document)} [{r.start}]"),
            make_cell(r.left),
            make_cell(r.match, (r.quote,)),
            make_cell(r.right),
            make_cell(", ".join(r.objects)),
        ]

    def _note(self) -> str:
        silent = [short_label(s) for s in self.seeds if not self.by_source(s)]
        where = f" Not in: {', '.join(silent)}." if silent else ""
        return f"Document [offset] of each match; objects: those quoted there.{where}"


def concordance(
    term: str,
    sources: Iterable[str | Source] | None = None,
    width: int = 60,
    *,
    corpus: Corpus | None = None,
) -> Concordance:
    """Every occurrence of a word or phrase in the seed texts, with its context.

    Keyword in context, as quanteda's ``kwic()`` or NLTK's ``concordance``: each row
    gives the ``width`` characters before and after the match (as a reader sees
    them: link markup undone, line breaks joined), the document and section, the
    offsets of the match in the seed text, and the objects whose quotes overlap it
    (what is coded there).

    The term: words separated by spaces make a phrase, found across line breaks and
    runs of spaces; words match whole, case and accents ignored (``merida`` finds
    ``Mérida``); a word ending in ``*`` is a prefix (``secur*`` finds security and
    secure). ``sources`` are seed ids or Sources (None: every seed), searched in the
    order given.

    An empty term raises :exc:`ValueError`, as does a misplaced ``*``; an unknown
    seed raises :exc:`~binational.exceptions.UnknownIdError`.

    >>> kwic = concordance("merida", width=30)
    >>> kwic[0].match, kwic[0].document
    ('Mérida', 'orion-2026-neighbor-in-focus')
    >>> kwic[0].left, kwic[0].right
    ('and George W. Bush signed the', 'initiative in 2008 to')
    >>> [len(kwic.by_source(s)) for s in kwic.seeds]
    [0, 3, 2, 0]
    """
    c = corpus_arg(corpus)
    pattern = term_pattern(term)
    if isinstance(width, bool) or not isinstance(width, int):
        raise TypeError(f"width must be an int, not {type(width).__name__}")
    if width < 0:
        raise ValueError(f"width must be 0 or more, not {width}")
    docs = seeds_arg(c, sources, "sources")
    index = text_index(c)
    rows: list[KwicRow] = []
    span = 4 * width + 16  # raw characters enough for ``width`` shown ones, markup aside
    for seed in docs:
        doc = index.doc(seed.id)
        for m in pattern.finditer(doc.folded):
            start, end = m.span()
            left = display(doc.masked[max(start - span, 0) : start])
            right = display(doc.masked[end : end + span])
            rows.append(
                KwicRow(
                    quote=Quote(
                        source=seed.id,
                        start=start,
                        end=end,
                        text=doc.text[start:end],
                        section=doc.section_at(start),
                    ),
                    left=_tail(left, width),
                    match=display(doc.masked[start:end]),
                    right=_head(right, width),
                    objects=doc.anchored(start, end),
                )
            )
    return Concordance(term=term, seeds=docs, rows=tuple(rows), width=width)


def _tail(text: str, width: int) -> str:
    """The last ``width`` characters of ``text`` or fewer: a word cut in two is left out.

    >>> _tail("the Security Policies", 10)
    'Policies'
    """
    if len(text) <= width:
        return text
    cut = text[len(text) - width :] if width else ""
    if text[len(text) - width - 1] != " " and " " in cut:
        cut = cut.split(" ", 1)[1]
    return cut.lstrip()


def _head(text: str, width: int) -> str:
    """The first ``width`` characters of ``text`` or fewer: a word cut in two is left out.

    >>> _head("initiative in 2008", 12)
    'initiative'
    """
    if len(text) <= width:
        return text
    cut = text[:width]
    if text[width] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip()
