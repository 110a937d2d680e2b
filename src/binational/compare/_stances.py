"""Stances: every document on every dimension; where two documents agree and disagree."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

import attrs

from binational.compare._args import corpus_arg, enum_arg, enums_arg, seed_arg, seed_in, seeds_arg
from binational.compare._base import (
    Record,
    Result,
    Status,
    first_quote,
    make_cell,
    quote_text,
    short_label,
)
from binational.corpus import Corpus
from binational.model import Cell, Dimension, Position, Quote, Source, Stance

__all__ = [
    "StanceCell",
    "StanceComparison",
    "StanceMatrix",
    "StancePair",
    "agreements",
    "disagreements",
    "positions_by",
    "stances",
]


@attrs.frozen(kw_only=True)
class StanceCell:
    """One document's position on one dimension."""

    source: Source
    """The seed document."""
    dimension: Dimension
    """The dimension."""
    position: Position | None
    """Its position (``stance`` None where the document does not address the
    dimension); None only in a corpus built by hand without one."""

    @property
    def stance(self) -> Stance | None:
        """The coded stance, or None if the document does not address the dimension."""
        return self.position.stance if self.position else None

    @property
    def status(self) -> Status:
        """``CODED``, ``NOT_ADDRESSED``, or ``NOT_CODED`` if there is no position."""
        if self.position is None:
            return Status.NOT_CODED
        return Status.CODED if self.position.addressed else Status.NOT_ADDRESSED

    @property
    def evidence(self) -> tuple[Quote, ...]:
        """The quotes the stance is read from."""
        return self.position.evidence if self.position else ()

    def as_cell(self) -> Cell:
        """The cell as a table shows it."""
        if self.stance is None:
            return make_cell(self.status.value, empty=True)
        return make_cell(self.stance.value, self.evidence)


@attrs.frozen(kw_only=True)
class StanceMatrix(Result[StanceCell]):
    """Documents × dimensions: every cell a position, coded or not addressed.

    It iterates as its cells; its table has the dimensions as rows and the documents
    as columns; its records are one per cell.
    """

    seeds: tuple[Source, ...]
    """The documents (rows), in corpus order."""
    dimensions: tuple[Dimension, ...]
    """The dimensions (columns)."""
    cells: tuple[StanceCell, ...]
    """Every cell, document by document, dimension by dimension."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "source": "string",
        "dimension": "string",
        "stance": "string",
        "score": "Int64",
        "status": "string",
        "quotes": "Int64",
        "first_quote": "string",
        "first_quote_display": "string",
        "position": "string",
    }

    def cell(self, seed: str | Source, dimension: Dimension | str) -> StanceCell:
        """The cell of one document on one dimension."""
        sid = seed_in((c.source for c in self.cells), seed, "cell(seed)")
        dim = enum_arg(Dimension, dimension, "dimension")
        for c in self.cells:
            if c.source.id == sid and c.dimension is dim:
                return c
        raise KeyError(f"no cell for {sid!r} on {dim.value!r} in this matrix")

    def coverage(self) -> dict[Status, int]:
        """How many cells are coded, not addressed (and not coded, if any)."""
        out = dict.fromkeys((Status.CODED, Status.NOT_ADDRESSED), 0)
        for c in self.cells:
            out[c.status] = out.get(c.status, 0) + 1
        return out

    def unaddressed(self) -> tuple[Dimension, ...]:
        """Dimensions that no document in the matrix addresses."""
        return tuple(
            d
            for d in self.dimensions
            if all(c.status is Status.NOT_ADDRESSED for c in self if c.dimension is d)
        )

    @property
    def _rows(self) -> tuple[StanceCell, ...]:
        return self.cells

    def _record(self, c: StanceCell, /) -> Record:
        return {
            "source": c.source.id,
            "dimension": c.dimension.value,
            "stance": c.stance.value if c.stance else None,
            "score": c.stance.score if c.stance else None,
            "status": c.status.value,
            "quotes": len(c.evidence),
            "first_quote": first_quote(c.evidence),
            "first_quote_display": quote_text(c.evidence, None),
            "position": c.position.id if c.position else None,
        }

    def _title(self) -> str:
        return "Stances: dimensions by documents"

    def _headers(self) -> list[str]:
        return ["dimension", *(short_label(s) for s in self.seeds)]

    def _grid(self) -> Iterator[list[Cell]]:
        by = {(c.source.id, c.dimension): c for c in self.cells}
        for d in self.dimensions:
            yield [make_cell(d.value), *(by[s.id, d].as_cell() for s in self.seeds)]

    def _note(self) -> str:
        return "Five-point scale from strongly-against to strongly-for; see compare.codebook()."


def positions_by(corpus: Corpus) -> dict[tuple[str, Dimension], Position]:
    """Every position of the corpus by its document id and dimension."""
    return {(p.source, p.dimension): p for p in corpus.positions}


def stances(
    *,
    seeds: Iterable[str | Source] | None = None,
    dimensions: Iterable[Dimension | str] | None = None,
    corpus: Corpus | None = None,
) -> StanceMatrix:
    """Every document's stance on every dimension, with the quotes behind each cell.

    >>> m = stances(dimensions=["military-force-in-mexico"])
    >>> [(c.source.id[:6], c.stance and c.stance.value) for c in m]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('nsc-mi', None), ('orion-', 'against'), ('lawson', None), ('greenw', 'for')]
    """
    c = corpus_arg(corpus)
    docs = seeds_arg(c, seeds)
    dims = enums_arg(Dimension, dimensions, "dimensions") or tuple(Dimension)
    by = positions_by(c)
    cells = tuple(
        StanceCell(source=s, dimension=d, position=by.get((s.id, d))) for s in docs for d in dims
    )
    return StanceMatrix(seeds=docs, dimensions=dims, cells=cells)


@attrs.frozen(kw_only=True)
class StancePair:
    """Two documents' positions on one dimension, side by side."""

    dimension: Dimension
    """The dimension."""
    a: Position
    """The first document's position."""
    b: Position
    """The second document's position."""

    @property
    def distance(self) -> int | None:
        """How many scale steps apart the stances are (0-4); None if either is not coded."""
        if self.a.stance is None or self.b.stance is None:
            return None
        return abs(self.a.stance.score - self.b.stance.score)

    def mirrored(self) -> StancePair:
        """The same pair with the documents swapped."""
        return StancePair(dimension=self.dimension, a=self.b, b=self.a)


@attrs.frozen(kw_only=True)
class StanceComparison(Result[StancePair]):
    """Dimensions on which two documents disagree (or agree), both quotes side by side.

    It iterates as its pairs; its table and its records have one row per dimension.
    """

    a: Source
    """The first document."""
    b: Source
    """The second document."""
    agree: bool
    """True for :func:`agreements`, False for :func:`disagreements`."""
    pairs: tuple[StancePair, ...]
    """The dimensions found, farthest apart first (then in dimension order)."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "dimension": "string",
        "a": "string",
        "b": "string",
        "a_stance": "string",
        "b_stance": "string",
        "distance": "Int64",
        "a_quote": "string",
        "a_quote_display": "string",
        "b_quote": "string",
        "b_quote_display": "string",
    }

    @property
    def _rows(self) -> tuple[StancePair, ...]:
        return self.pairs

    def _record(self, p: StancePair, /) -> Record:
        return {
            "dimension": p.dimension.value,
            "a": self.a.id,
            "b": self.b.id,
            "a_stance": p.a.stance.value if p.a.stance else None,
            "b_stance": p.b.stance.value if p.b.stance else None,
            "distance": p.distance,
            "a_quote": first_quote(p.a.evidence),
            "a_quote_display": quote_text(p.a.evidence, None),
            "b_quote": first_quote(p.b.evidence),
            "b_quote_display": quote_text(p.b.evidence, None),
        }

    def _title(self) -> str:
        what = "Agreements" if self.agree else "Disagreements"
        return f"{what}: {short_label(self.a)} vs {short_label(self.b)}"

    def _headers(self) -> list[str]:
        a, b = short_label(self.a), short_label(self.b)
        return ["dimension", a, b, "distance", "quote (a)", "quote (b)"]

    def _cells(self, p: StancePair, /) -> list[Cell]:
        return [
            make_cell(p.dimension.value),
            make_cell(p.a.stance.value if p.a.stance else "", p.a.evidence),
            make_cell(p.b.stance.value if p.b.stance else "", p.b.evidence),
            make_cell(str(p.distance)),
            make_cell(quote_text(p.a.evidence) or ""),
            make_cell(quote_text(p.b.evidence) or ""),
        ]

    def _note(self) -> str:
        return "Only dimensions both documents address are compared; distance in scale steps."


def _pairs(
    a: str | Source, b: str | Source, corpus: Corpus | None, agree: bool
) -> StanceComparison:
    c = corpus_arg(corpus)
    function = "agreements" if agree else "disagreements"
    sa, sb = seed_arg(c, a, f"{function}(a)"), seed_arg(c, b, f"{function}(b)")
    by = positions_by(c)
    pairs = []
    for d in Dimension:
        pa, pb = by.get((sa.id, d)), by.get((sb.id, d))
        if pa is None or pb is None or pa.stance is None or pb.stance is None:
            continue
        if (pa.stance is pb.stance) == agree:
            pairs.append(StancePair(dimension=d, a=pa, b=pb))
    order = list(Dimension)
    pairs.sort(key=lambda p: (-(p.distance or 0), order.index(p.dimension)))
    return StanceComparison(a=sa, b=sb, agree=agree, pairs=tuple(pairs))


def disagreements(
    a: str | Source, b: str | Source, *, corpus: Corpus | None = None
) -> StanceComparison:
    """Dimensions both documents address with different stances, farthest apart first.

    ``a`` and ``b`` are seed documents: each a Source, or its id, title, short name
    (``"Greenway"``) or number (``"000"``).

    ``disagreements(a, b)`` mirrors ``disagreements(b, a)``: the same dimensions and
    distances, with the sides swapped.
    """
    return _pairs(a, b, corpus, agree=False)


def agreements(
    a: str | Source, b: str | Source, *, corpus: Corpus | None = None
) -> StanceComparison:
    """Dimensions both documents address with the same stance."""
    return _pairs(a, b, corpus, agree=True)
