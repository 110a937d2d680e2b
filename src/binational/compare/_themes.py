"""Themes: which document recommends what in each theme, and where themes pull apart.

A document's own recommendations are kept apart from those it reports others making
(:attr:`Recommendation.made_by <binational.Recommendation.made_by>` set): seed 002's
chapter recommends in its own voice and also reports the five recommendations of the
2005 trinational task force.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import ClassVar

import attrs

from binational.compare._args import corpus_arg, enum_arg, enums_arg, seed_in, seeds_arg
from binational.compare._base import Record, Result, Status, make_cell, short_label
from binational.compare._codebook import THEME_DIMENSIONS
from binational.compare._stances import positions_by
from binational.corpus import Corpus
from binational.model import Cell, Dimension, Position, Recommendation, Source, Theme

__all__ = [
    "Tension",
    "ThemeCell",
    "ThemeTable",
    "themes",
]


@attrs.frozen(kw_only=True)
class ThemeCell:
    """What one document recommends in one theme."""

    theme: Theme
    """The theme."""
    source: Source
    """The document."""
    recommendations: tuple[Recommendation, ...]
    """Its own recommendations in the theme, in reading order; empty if it makes none."""
    reported: tuple[Recommendation, ...] = ()
    """Recommendations in the theme it reports others making (``made_by`` set), in
    reading order: not its own."""

    @property
    def status(self) -> Status:
        """``CODED`` if it recommends in the theme, else ``REPORTED`` or ``SILENT``."""
        if self.recommendations:
            return Status.CODED
        return Status.REPORTED if self.reported else Status.SILENT


@attrs.frozen(kw_only=True)
class Tension:
    """Recommendations of one theme that pull in opposite directions.

    Two documents both recommend in the theme in their own voice (reported
    recommendations do not count), and their coded stances on the theme's dimension
    (:data:`THEME_DIMENSIONS`) lie on opposite sides of neutral.
    """

    theme: Theme
    """The theme."""
    dimension: Dimension
    """The dimension the direction is read on."""
    toward: ThemeCell
    """The document whose stance is for the dimension."""
    away: ThemeCell
    """The document whose stance is against it."""
    toward_position: Position
    """The stance of ``toward``."""
    away_position: Position
    """The stance of ``away``."""


@attrs.frozen(kw_only=True)
class ThemeTable(Result[ThemeCell]):
    """Recommendations by theme across documents, and where they pull apart.

    It iterates as its cells; its table has the themes as rows and the documents as
    columns, each cell listing the document's own recommendation ids, then those it
    reports (marked with who made them); its records are one per recommendation (``made_by``
    null for the document's own, status ``reported`` for another's), and one per silent
    cell.
    """

    themes: tuple[Theme, ...]
    """The themes (rows)."""
    seeds: tuple[Source, ...]
    """The documents (columns)."""
    cells: tuple[ThemeCell, ...]
    """Every theme × document cell."""
    tensions: tuple[Tension, ...]
    """Themes whose recommendations pull in opposite directions."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "theme": "string",
        "source": "string",
        "recommendation": "string",
        "summary": "string",
        "made_by": "string",
        "status": "string",
    }

    def cell(self, theme: Theme | str, seed: str | Source) -> ThemeCell:
        """The recommendations of one document in one theme."""
        t = enum_arg(Theme, theme, "theme")
        sid = seed_in((c.source for c in self.cells), seed, "cell(seed)")
        for c in self.cells:
            if c.theme is t and c.source.id == sid:
                return c
        raise KeyError(f"no cell for {t.value!r} and {sid!r} in this table")

    @property
    def _rows(self) -> tuple[ThemeCell, ...]:
        return self.cells

    def _records(self, c: ThemeCell, /) -> Iterator[Record]:
        if not c.recommendations and not c.reported:
            yield {
                "theme": c.theme.value,
                "source": c.source.id,
                "recommendation": None,
                "summary": None,
                "made_by": None,
                "status": Status.SILENT.value,
            }
        for r in (*c.recommendations, *c.reported):
            yield {
                "theme": c.theme.value,
                "source": c.source.id,
                "recommendation": r.id,
                "summary": r.summary,
                "made_by": r.made_by,
                "status": (Status.REPORTED if r.made_by else Status.CODED).value,
            }

    def _title(self) -> str:
        return "Recommendations by theme"

    def _headers(self) -> list[str]:
        return ["theme", *(short_label(s) for s in self.seeds)]

    def _grid(self) -> Iterator[list[Cell]]:
        by = {(c.theme, c.source.id): c for c in self.cells}
        for t in self.themes:
            yield [make_cell(t.value), *(_recommendations_cell(by[t, s.id]) for s in self.seeds)]

    def _note(self) -> str:
        pulls = "; ".join(
            f"{t.theme.value}: {short_label(t.toward.source)} ({_stance(t.toward_position)}) "
            f"vs {short_label(t.away.source)} ({_stance(t.away_position)})"
            for t in self.tensions
        )
        return f"Pulling apart: {pulls}" if pulls else "No theme pulls in opposite directions."


def _recommendations_cell(cell: ThemeCell) -> Cell:
    """The ids of a cell's recommendations, each with its first quote; or *silent*.

    The document's own come first; those it reports follow, each marked with who made it.
    """
    recs = (*cell.recommendations, *cell.reported)
    if not recs:
        return make_cell(Status.SILENT.value, empty=True)
    text = "\n".join(f"{r.id} (reported: {r.made_by})" if r.made_by else r.id for r in recs)
    return make_cell(text, tuple(r.evidence[0] for r in recs))


def _stance(p: Position) -> str:
    return p.stance.value if p.stance else Status.NOT_ADDRESSED.value


def themes(
    themes: Iterable[Theme | str] | None = None,
    *,
    seeds: Iterable[str | Source] | None = None,
    corpus: Corpus | None = None,
) -> ThemeTable:
    """Which document recommends what in each theme, and where themes pull apart.

    Each cell holds the document's own recommendations in ``recommendations`` and those
    it reports others making in ``reported``; only its own make a tension.

    >>> t = themes(["arms-trafficking"])
    >>> [len(c.recommendations) for c in t]
    [0, 6, 1, 0]
    """
    c = corpus_arg(corpus)
    docs = seeds_arg(c, seeds)
    ths = enums_arg(Theme, themes, "themes") or tuple(Theme)
    cells = []
    for t in ths:
        for s in docs:
            recs = [r for r in c.recommendations.by_source(s.id) if t in r.themes]
            cells.append(
                ThemeCell(
                    theme=t,
                    source=s,
                    recommendations=tuple(r for r in recs if r.made_by is None),
                    reported=tuple(r for r in recs if r.made_by is not None),
                )
            )
    by_pos = positions_by(c)
    tensions = []
    for t in ths:
        dim = THEME_DIMENSIONS.get(t)
        if dim is None:
            continue
        active = [x for x in cells if x.theme is t and x.recommendations]
        for x, y in itertools.permutations(active, 2):
            px, py = by_pos.get((x.source.id, dim)), by_pos.get((y.source.id, dim))
            if px and py and px.stance and py.stance and px.stance.score > 0 > py.stance.score:
                tensions.append(
                    Tension(
                        theme=t,
                        dimension=dim,
                        toward=x,
                        away=y,
                        toward_position=px,
                        away_position=py,
                    )
                )
    return ThemeTable(themes=ths, seeds=docs, cells=tuple(cells), tensions=tuple(tensions))
