"""Terms: the document–term matrix of the seeds, and the terms that set one document apart."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar, Literal

import attrs

from binational.compare._args import corpus_arg, flag_arg, seed_arg, seeds_arg
from binational.compare._base import Record, Result, make_cell, short_label
from binational.compare._textindex import text_index
from binational.corpus import Corpus, require_pandas
from binational.model import Cell, Source

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "G2_THRESHOLDS",
    "DocumentTerms",
    "KeyTerm",
    "Keyness",
    "TermCount",
    "g2",
    "keyness",
    "log_ratio",
    "terms",
]

Correction = Literal["none", "williams", "yates"]

G2_THRESHOLDS = {3.84: 0.05, 6.63: 0.01, 10.83: 0.001, 15.13: 0.0001}
"""Critical values of G² (chi-squared, one degree of freedom) and their p: a term whose
G², either sign, passes 3.84 differs at p < 0.05, 6.63 at p < 0.01, 10.83 at p < 0.001
(Rayson and Garside 2000)."""

SHOWN = 20
"""The terms a table shows (:class:`DocumentTerms`: the most frequent; :class:`Keyness`:
the most over-used, then up to half as many of the most under-used)."""


@attrs.frozen(kw_only=True)
class TermCount:
    """One stemmed term and how often each document uses it."""

    term: str
    """The term as the tokenizer stems it (``secur`` for security, secure...)."""
    counts: tuple[int, ...]
    """Its occurrences in each document, in the order of :attr:`DocumentTerms.seeds`."""

    @property
    def total(self) -> int:
        """Its occurrences in all the documents."""
        return sum(self.counts)


@attrs.frozen(kw_only=True)
class DocumentTerms(Result[TermCount]):
    """The document–term matrix: how often each document uses each stemmed term.

    It iterates as its terms (:class:`TermCount`), most frequent first (ties in
    alphabetical order); its records are one per term and document with a count
    above 0; :meth:`to_frame` is the matrix, documents × terms. Its table shows the
    20 most frequent terms.
    """

    seeds: tuple[Source, ...]
    """The documents, in the order given."""
    terms: tuple[TermCount, ...]
    """Every term of the documents, most frequent first."""
    stop_words: bool = True
    """Whether :data:`~binational.compare.STOP_WORDS` were left out."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "document": "string",
        "term": "string",
        "count": "Int64",
    }

    def count(self, term: str, seed: str | Source) -> int:
        """How often ``seed`` uses the stemmed ``term`` (0 if never)."""
        sid = seed.id if isinstance(seed, Source) else seed
        column = [s.id for s in self.seeds].index(sid)
        for t in self.terms:
            if t.term == term:
                return t.counts[column]
        return 0

    def totals(self) -> tuple[int, ...]:
        """The number of terms (tokens, stop words aside if left out) of each document."""
        return tuple(sum(t.counts[i] for t in self.terms) for i in range(len(self.seeds)))

    @property
    def _rows(self) -> tuple[TermCount, ...]:
        return self.terms

    def records(self) -> list[Record]:
        """One record per document and term it uses: document, term, count (the long form)."""
        return [r for i in range(len(self.seeds)) for r in self._column_records(i)]

    def _column_records(self, i: int) -> Iterable[Record]:
        sid = self.seeds[i].id
        return (
            {"document": sid, "term": t.term, "count": t.counts[i]}
            for t in self.terms
            if t.counts[i]
        )

    def to_frame(self) -> pd.DataFrame:
        """The matrix as a pandas DataFrame: documents × terms.

        A row per document (its id the index), a column per term, counts as int64 (0
        where a document does not use a term).

        Requires pandas (``pip install 'binational[pandas]'``).
        """
        require_pandas()
        import pandas as pd

        data = {t.term: list(t.counts) for t in self.terms}
        index = pd.Index([s.id for s in self.seeds], name="document")
        return pd.DataFrame(data, index=index, columns=list(data), dtype="int64")

    def _title(self) -> str:
        n = len(self.terms)
        return f"The {min(n, SHOWN)} most frequent of {n} terms (stemmed)"

    def _headers(self) -> list[str]:
        return ["term", *(short_label(s) for s in self.seeds), "all"]

    @property
    def _listed(self) -> tuple[TermCount, ...]:
        return self.terms[:SHOWN]

    def _cells(self, t: TermCount, /) -> list[Cell]:
        return [make_cell(t.term), *(make_cell(str(n)) for n in t.counts), make_cell(str(t.total))]

    def _note(self) -> str:
        stop = "stop words left out; " if self.stop_words else ""
        return f"Porter stems, case and accents folded; {stop}to_frame() has every term."


def terms(
    sources: Iterable[str | Source] | None = None,
    *,
    stop_words: bool = True,
    corpus: Corpus | None = None,
) -> DocumentTerms:
    """The document–term matrix of the seed texts: stemmed terms counted per document.

    As quanteda's ``dfm()`` with stemming: each seed's text (link markup undone) is
    tokenized by SQLite FTS5 with :data:`~binational.compare.FTS5_TOKENIZER`, the same
    tokenizer as the full-text search, so words are Unicode words, case and accents
    folded, Porter-stemmed (``threats`` and ``threat`` are ``threat``). Numbers are
    terms too. :data:`~binational.compare.STOP_WORDS` are left out unless
    ``stop_words=False``. ``sources`` are seed ids or Sources (None: every seed).

    The counts are made once per corpus, on first use.

    >>> dtm = terms()
    >>> dtm.count("migrat", "nsc-migration-policy-brief")
    49
    >>> "the" in {t.term for t in dtm}
    False
    """
    c = corpus_arg(corpus)
    keep_stop = not flag_arg(stop_words, "stop_words")
    docs = seeds_arg(c, sources, "sources")
    index = text_index(c)
    counts = index.counts()
    stop = frozenset() if keep_stop else index.stop_stems()
    columns = [counts[s.id] for s in docs]
    vocabulary = {t for col in columns for t in col if t not in stop}
    table = sorted(
        ((t, tuple(col.get(t, 0) for col in columns)) for t in vocabulary),
        key=lambda tc: (-sum(tc[1]), tc[0]),
    )
    rows = tuple(TermCount(term=t, counts=n) for t, n in table)
    return DocumentTerms(seeds=docs, terms=rows, stop_words=not keep_stop)


def g2(a: float, b: float, c: float, d: float, correction: Correction = "none") -> float:
    """The log-likelihood G² of a 2×2 table, signed: positive if ``a`` is over-used.

    ``a`` is the term's count in the target, ``b`` in the reference; ``c`` and ``d``
    the other terms of each. G² = 2 Σ O ln(O / E) over the four cells (Dunning 1993),
    E = row total × column total / N, a cell of 0 adding 0; negative when ``a`` is
    below its expected count. ``correction`` as in quanteda's ``textstat_keyness``:
    ``"williams"`` divides by Williams's q, ``"yates"`` moves each cell half a count
    towards its expected value where an expected count is under 5.

    >>> round(g2(10, 5, 990, 1995), 4)
    6.9692
    """
    n = a + b + c + d
    sign = 1.0 if a * n > (a + b) * (a + c) else -1.0
    if correction == "yates":
        delta = _yates(a, b, c, d)
        s = 1.0 if a * d - b * c > 0 else -1.0
        a, b, c, d = a - s * delta, b + s * delta, c + s * delta, d - s * delta
    r1, r2, c1, c2 = a + b, c + d, a + c, b + d
    total = 0.0
    if a > 0:
        total += a * math.log(a * n / (r1 * c1))
    if b > 0:
        total += b * math.log(b * n / (r1 * c2))
    if c > 0:
        total += c * math.log(c * n / (r2 * c1))
    if d > 0:
        total += d * math.log(d * n / (r2 * c2))
    total *= 2
    if correction == "williams" and a * b * c * d != 0:
        q = 1 + (n / r1 + n / r2 - 1) * (n / c1 + n / c2 - 1) / (6 * n)
        total /= q
    return sign * total


def _yates(a: float, b: float, c: float, d: float) -> float:
    """Yates's half count, where the table is small enough to need it (as quanteda)."""
    n = a + b + c + d
    small = min((a + b) * (a + c), (a + b) * (b + d), (a + c) * (c + d), (c + d) * (b + d))
    return 0.5 if abs(a * d - b * c) >= n / 2 and small / n < 5 else 0.0


def log_ratio(a: float, target: float, b: float, reference: float) -> float:
    """Hardie's Log Ratio: log2 of the term's relative frequency in target over reference.

    1 means twice as frequent in the target, -1 half as frequent. A count of 0 is
    taken as 0.5, so that the ratio stays finite (Hardie 2014).

    >>> log_ratio(10, 1000, 5, 2000)
    2.0
    """
    return math.log2((max(a, 0.5) / target) / (max(b, 0.5) / reference))


def p_value(g: float) -> float:
    """The p-value of a G² (chi-squared with one degree of freedom).

    >>> round(p_value(3.84), 3)
    0.05
    """
    return math.erfc(math.sqrt(abs(g) / 2))


@attrs.frozen(kw_only=True)
class KeyTerm:
    """One term's keyness: its counts in target and reference, G², p, Log Ratio."""

    term: str
    """The stemmed term."""
    target: int
    """Its occurrences in the target document."""
    reference: int
    """Its occurrences in the reference documents together."""
    g2: float
    """Log-likelihood G², signed: positive if the target uses the term more than
    expected (over-use), negative if less."""
    p: float
    """The p-value of G² (chi-squared, one degree of freedom); not corrected for the
    number of terms tested."""
    log_ratio: float
    """Hardie's Log Ratio, the effect size: log2 of the relative frequency in the
    target over that in the reference (1: twice as frequent)."""


@attrs.frozen(kw_only=True)
class Keyness(Result[KeyTerm]):
    """Which terms set one document apart: every term, most over-used first.

    It iterates as its terms (:class:`KeyTerm`) by signed G², over-used first and
    most under-used last; its records are one per term. Its table shows the
    20 most over-used terms with G² ≥ 3.84, then the most under-used.
    """

    target: Source
    """The document studied."""
    reference: tuple[Source, ...]
    """The documents it is compared with, taken together."""
    terms: tuple[KeyTerm, ...]
    """Every term of target or reference, by signed G², largest first."""
    sizes: tuple[int, int]
    """The number of terms (tokens) of the target and of the reference."""
    correction: Correction = "none"
    """The correction applied to G²."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "term": "string",
        "target": "Int64",
        "reference": "Int64",
        "g2": "float64",
        "p": "float64",
        "log_ratio": "float64",
    }

    @property
    def overused(self) -> tuple[KeyTerm, ...]:
        """The terms the target uses significantly more (G² ≥ 3.84), most key first."""
        return tuple(t for t in self.terms if t.g2 >= 3.84)

    @property
    def underused(self) -> tuple[KeyTerm, ...]:
        """The terms the target uses significantly less (G² ≤ -3.84), most key first."""
        return tuple(t for t in reversed(self.terms) if t.g2 <= -3.84)

    @property
    def _rows(self) -> tuple[KeyTerm, ...]:
        return self.terms

    @property
    def _listed(self) -> tuple[KeyTerm, ...]:
        return self.terms

    def _record(self, t: KeyTerm, /) -> Record:
        return {
            "term": t.term,
            "target": t.target,
            "reference": t.reference,
            "g2": t.g2,
            "p": t.p,
            "log_ratio": t.log_ratio,
        }

    def _title(self) -> str:
        ref = ", ".join(short_label(s) for s in self.reference)
        return f"Terms that set {short_label(self.target)} apart from {ref}"

    def _headers(self) -> list[str]:
        return ["term", short_label(self.target), "reference", "G²", "p", "log ratio"]

    def _grid(self) -> Iterable[list[Cell]]:
        shown = (*self.overused[:SHOWN], *self.underused[: SHOWN // 2])
        return (self._cells(t) for t in shown)

    def _cells(self, t: KeyTerm, /) -> list[Cell]:
        return [
            make_cell(t.term),
            make_cell(str(t.target)),
            make_cell(str(t.reference)),
            make_cell(f"{t.g2:+.2f}"),
            make_cell(_p_text(t.p)),
            make_cell(f"{t.log_ratio:+.2f}"),
        ]

    def _note(self) -> str:
        over, under = len(self.overused), len(self.underused)
        return (
            f"{over} terms over-used, {under} under-used (|G²| ≥ 3.84: p < 0.05; 6.63: "
            "p < 0.01; 10.83: p < 0.001). Log ratio: log2 of the relative frequencies "
            f"(+1: twice as frequent). {self.sizes[0]} terms against {self.sizes[1]}."
        )


def _p_text(p: float) -> str:
    for bound in (0.0001, 0.001, 0.01, 0.05):
        if p < bound:
            return f"< {bound:g}"
    return f"{p:.2f}"


def keyness(
    target: str | Source,
    reference: Iterable[str | Source] | None = None,
    *,
    stop_words: bool = True,
    correction: Correction = "none",
    corpus: Corpus | None = None,
) -> Keyness:
    """Which terms set one document apart from others: G² with its sign, and Log Ratio.

    As quanteda's ``textstat_keyness(measure = "lr")``: for every stemmed term of
    :func:`terms`, the 2×2 table of its count and of all other terms' in the target
    and in the reference (the other seeds, or the seeds given, taken together) gives
    the log-likelihood G² = 2 Σ O ln(O / E) (Dunning 1993), signed positive where the
    target uses the term more than expected. A G² of 3.84 or more, either sign, is
    significant at p < 0.05; 6.63 at 0.01; 10.83 at 0.001 (:data:`G2_THRESHOLDS`; one
    test per term, not corrected for their number). The effect size is Hardie's Log
    Ratio: log2 of the term's relative frequency in the target over that in the
    reference, a count of 0 taken as 0.5 (1: twice as frequent). ``correction`` is
    ``"none"`` (the default, the G² the thresholds are for), ``"williams"`` or
    ``"yates"``, computed as quanteda computes them.

    A reference holding the target, or empty, raises :exc:`ValueError`.

    >>> key = keyness("greenway-2025-military-options-border")
    >>> [t.term for t in key.overused[:3]]
    ['cartel', 'u', 'militari']
    """
    c = corpus_arg(corpus)
    tgt = seed_arg(c, target, "target")
    if reference is None:
        ref = tuple(s for s in c.seeds if s.id != tgt.id)
    else:
        ref = seeds_arg(c, reference, "reference")
        if tgt in ref:
            raise ValueError(f"reference must not hold the target {tgt.id!r}")
    if not ref:
        raise ValueError("reference is empty: give at least one other seed, or None for all")
    if correction not in ("none", "williams", "yates"):
        raise ValueError(
            f"correction must be 'none', 'williams' or 'yates', not {correction!r:.40}"
        )
    index = text_index(c)
    counts = index.counts()
    stop = index.stop_stems() if flag_arg(stop_words, "stop_words") else frozenset()
    in_target = {t: n for t, n in counts[tgt.id].items() if t not in stop}
    in_reference: dict[str, int] = {}
    for seed in ref:
        for t, n in counts[seed.id].items():
            if t not in stop:
                in_reference[t] = in_reference.get(t, 0) + n
    size_t, size_r = sum(in_target.values()), sum(in_reference.values())
    rows = []
    for term in in_target.keys() | in_reference.keys():
        a, b = in_target.get(term, 0), in_reference.get(term, 0)
        g = g2(a, b, size_t - a, size_r - b, correction)
        rows.append(
            KeyTerm(
                term=term,
                target=a,
                reference=b,
                g2=g,
                p=p_value(g),
                log_ratio=log_ratio(a, size_t, b, size_r),
            )
        )
    rows.sort(key=lambda k: (-k.g2, k.term))
    return Keyness(
        target=tgt,
        reference=ref,
        terms=tuple(rows),
        sizes=(size_t, size_r),
        correction=correction,
    )
