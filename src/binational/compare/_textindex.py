"""What the text views read from a corpus: each seed's text prepared once, its term counts.

:func:`text_index` returns a corpus's :class:`TextIndex`, made on first use and kept for
as long as the corpus lives (the corpus is frozen, so nothing it holds goes stale). It
prepares each seed text for :func:`~binational.compare.concordance` (its markup masked,
its letters folded, the quotes anchored in it) and counts the stemmed terms of every
seed for :func:`~binational.compare.terms` and :func:`~binational.compare.keyness`,
with SQLite's FTS5 tokenizer (:data:`FTS5_TOKENIZER`).
"""

from __future__ import annotations

import bisect
import enum
import re
import sqlite3
import threading
import unicodedata
import weakref
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

import attrs

from binational.corpus import FTS5_TOKENIZER, STOP_WORDS, Corpus
from binational.model import Quote

__all__ = [
    "FTS5_TOKENIZER",
    "STOP_WORDS",
    "DocText",
    "TextIndex",
    "fold",
    "text_index",
]

_KEEP = frozenset({"won"})
"""Parts of stop-listed contractions that are words of their own (``won't`` → ``won``)."""

MASK = "\x00"
"""What stands in the masked text for a character of markup (``[``, ``](#)``, ``\\``)."""

_MARKUP = re.compile(
    r"(?P<link>\[(?P<label>[^\]]*)\]\(#?[^)]*\))"
    r"|(?P<escape>\\(?=[$()\[\]*_]))"
    r"|(?P<tag></?[a-zA-Z][^<>]*>)"
)
"""The seeds' markup, as :func:`binational.model.display_text` undoes it: links, Markdown
escapes, HTML tags."""

_WHITESPACE = re.compile(r"\s")
_BUCKET = 512
"""Quotes are filed by the 512-character stretches of text they cover."""


def _fold_char(c: str) -> str:
    """One character folded, length kept: accents dropped, case folded (``É`` → ``e``).

    A character whose folding is not one character (``ß`` → ``ss``) is only lowered,
    or kept, so that folded offsets stay the text's offsets.
    """
    base = "".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch))
    folded = base.casefold()
    if len(folded) == 1:
        return folded
    lowered = c.lower()
    return lowered if len(lowered) == 1 else c


def fold(text: str) -> str:
    """``text`` case- and accent-folded character by character, its length kept.

    >>> fold("Mérida ÉXITO")
    'merida exito'
    """
    return text.translate({ord(c): _fold_char(c) for c in set(text)})


def mask(text: str) -> str:
    r"""``text`` with its markup masked by :data:`MASK` and tags by spaces, length kept.

    >>> mask("the [Mérida initiative](#) costs \\$5").replace(MASK, "~")
    'the ~Mérida initiative~~~~ costs ~$5'
    """
    pieces: list[str] = []
    at = 0
    for m in _MARKUP.finditer(text):
        pieces.append(text[at : m.start()])
        if m["link"] is not None:
            label = m["label"]
            pieces.append(MASK + label + MASK * (len(m[0]) - len(label) - 1))
        elif m["escape"] is not None:
            pieces.append(MASK)
        else:
            pieces.append(" " * len(m[0]))
        at = m.end()
    pieces.append(text[at:])
    return "".join(pieces)


def display(masked: str) -> str:
    r"""A stretch of masked text as a reader sees it: markup gone, breaks joined.

    >>> display(mask("a [b](#)\n  c"))
    'a b c'
    """
    return " ".join(masked.replace(MASK, "").split())


_FIELDS: dict[type, tuple[str, ...]] = {}
"""The field names of each attrs class met (none for other classes)."""

_SCALARS = (str, int, float, Decimal, enum.Enum)


def _quotes_in(obj: object) -> list[Quote]:
    """Every quote an object holds, at any depth (in its fields, their tuples...)."""
    found: list[Quote] = []
    stack = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, Quote):
            found.append(o)
        elif isinstance(o, tuple):
            stack.extend(o)
        elif o is not None and not isinstance(o, _SCALARS):
            cls = type(o)
            names = _FIELDS.get(cls)
            if names is None:
                fields = attrs.fields_dict(cls) if attrs.has(cls) else {}
                names = _FIELDS[cls] = tuple(fields)
            stack.extend(getattr(o, n) for n in names)
    return found


@attrs.frozen(kw_only=True)
class DocText:
    """One seed text prepared for the concordance."""

    source: str
    """The seed's id."""
    text: str
    """The text as stored."""
    masked: str
    """The text with its markup masked (:func:`mask`), offsets kept."""
    folded: str
    """The masked text case- and accent-folded (:func:`fold`), offsets kept."""
    section_starts: tuple[int, ...]
    """Where each section's heading starts."""
    section_titles: tuple[str, ...]
    """The sections' headings."""
    buckets: Mapping[int, tuple[tuple[int, int, str], ...]]
    """The quotes anchored in the text, as ``(start, end, object id)``, filed by each
    stretch of :data:`_BUCKET` characters they cover."""

    def section_at(self, offset: int) -> str | None:
        """The heading of the section ``offset`` falls in (None before the first)."""
        i = bisect.bisect_right(self.section_starts, offset) - 1
        return self.section_titles[i] if i >= 0 else None

    def anchored(self, start: int, end: int) -> tuple[str, ...]:
        """Ids of the objects with a quote overlapping ``[start, end)``, in corpus order."""
        found: dict[str, None] = {}
        for b in range(start // _BUCKET, (max(end, start + 1) - 1) // _BUCKET + 1):
            for qs, qe, oid in self.buckets.get(b, ()):
                if qs < end and start < qe:
                    found[oid] = None
        return tuple(found)


class TextIndex:
    """A corpus's seed texts prepared for the text views, each part made on first use."""

    __slots__ = ("_anchors", "_corpus", "_docs", "_lock", "_terms")

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = weakref.ref(corpus)
        self._docs: dict[str, DocText] = {}
        self._anchors: dict[str, list[tuple[int, int, str]]] | None = None
        self._terms: tuple[Mapping[str, Mapping[str, int]], frozenset[str]] | None = None
        self._lock = threading.Lock()

    @property
    def corpus(self) -> Corpus | None:
        """The corpus indexed (None once it is gone)."""
        return self._corpus()

    def _corpus_alive(self) -> Corpus:
        corpus = self._corpus()
        if corpus is None:  # pragma: no cover - the index dies with its corpus
            raise ReferenceError("the corpus of this text index is gone")
        return corpus

    def doc(self, source: str) -> DocText:
        """The seed ``source`` prepared for the concordance (made on first use)."""
        doc = self._docs.get(source)
        if doc is None:
            with self._lock:
                doc = self._docs.get(source)
                if doc is None:
                    doc = self._make_doc(source)
                    self._docs[source] = doc
        return doc

    def _make_doc(self, source: str) -> DocText:
        corpus = self._corpus_alive()
        text = corpus.text(source)
        masked = mask(text)
        sections = corpus.sections(source)
        buckets: dict[int, list[tuple[int, int, str]]] = {}
        for key in self._anchored().get(source, ()):
            start, end, _ = key
            for b in range(start // _BUCKET, (max(end, start + 1) - 1) // _BUCKET + 1):
                buckets.setdefault(b, []).append(key)
        return DocText(
            source=source,
            text=text,
            masked=masked,
            folded=fold(masked),
            section_starts=tuple(s.start for s in sections),
            section_titles=tuple(s.title for s in sections),
            buckets=MappingProxyType({b: tuple(v) for b, v in buckets.items()}),
        )

    def _anchored(self) -> dict[str, list[tuple[int, int, str]]]:
        """Every quote of every object as ``(start, end, object id)``, by seed, once each.

        Called under the lock, by :meth:`doc`.
        """
        if self._anchors is None:
            anchors: dict[str, dict[tuple[int, int, str], None]] = {}
            for coll in self._corpus_alive().collections().values():
                for obj in coll:
                    for q in _quotes_in(obj):
                        anchors.setdefault(q.source, {})[(q.start, q.end, obj.id)] = None
            self._anchors = {s: list(keys) for s, keys in anchors.items()}
        return self._anchors

    def counts(self) -> Mapping[str, Mapping[str, int]]:
        """Every seed's stemmed terms and how often each occurs, by seed id.

        The seeds' display texts (markup undone) go through an in-memory FTS5 table
        tokenized by :data:`FTS5_TOKENIZER`; its ``fts5vocab`` table of type
        ``instance`` gives each term's occurrences in each seed. Stop words are kept
        here (the views leave them out).
        """
        return self._counted()[0]

    def stop_stems(self) -> frozenset[str]:
        """:data:`STOP_WORDS` as the tokenizer stems them (``was`` → ``wa``)."""
        return self._counted()[1]

    def _counted(self) -> tuple[Mapping[str, Mapping[str, int]], frozenset[str]]:
        terms = self._terms
        if terms is None:
            with self._lock:
                terms = self._terms
                if terms is None:
                    terms = self._count()
                    self._terms = terms
        return terms

    def _count(self) -> tuple[Mapping[str, Mapping[str, int]], frozenset[str]]:
        corpus = self._corpus_alive()
        seeds = [s.id for s in corpus.seeds]
        db = sqlite3.connect(":memory:")
        try:
            db.execute(f"CREATE VIRTUAL TABLE doc USING fts5(body, tokenize='{FTS5_TOKENIZER}')")
            db.execute("CREATE VIRTUAL TABLE vocab USING fts5vocab(doc, 'instance')")
            rows = [(i, display(mask(corpus.text(s)))) for i, s in enumerate(seeds, 1)]
            rows.append((0, " ".join(sorted(STOP_WORDS))))
            db.executemany("INSERT INTO doc(rowid, body) VALUES (?, ?)", rows)
            found = db.execute(
                "SELECT term, doc, count(*) FROM vocab GROUP BY doc, term ORDER BY doc, term"
            ).fetchall()
        finally:
            db.close()
        per: dict[str, dict[str, int]] = {s: {} for s in seeds}
        stems: set[str] = set()
        for term, doc, n in found:
            if doc == 0:
                stems.add(term)
            else:
                per[seeds[doc - 1]][term] = n
        return (
            MappingProxyType({s: MappingProxyType(c) for s, c in per.items()}),
            frozenset(stems - _KEEP),
        )


_INDEXES: dict[int, TextIndex] = {}
_INDEXES_LOCK = threading.Lock()


def text_index(corpus: Corpus) -> TextIndex:
    """The text index of ``corpus``: made on first use, dropped when the corpus is.

    Keyed by the corpus's identity, not its equality (hashing a corpus hashes its ids),
    and freed by a finalizer when the corpus is collected.
    """
    key = id(corpus)
    index = _INDEXES.get(key)
    if index is None or index.corpus is not corpus:
        with _INDEXES_LOCK:
            index = _INDEXES.get(key)
            if index is None or index.corpus is not corpus:
                index = TextIndex(corpus)
                _INDEXES[key] = index
                weakref.finalize(corpus, _INDEXES.pop, key, None)
    return index
