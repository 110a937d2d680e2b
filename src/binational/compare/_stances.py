"""Comparison views over a corpus: the documents side by side, a quote behind every cell.

Every function takes the packaged corpus unless ``corpus=`` is given, and returns an
immutable result that keeps its inputs, iterates as rows, prints as a text table,
renders as HTML in Jupyter, converts to Markdown with ``to_markdown()`` and to a pandas
DataFrame with ``to_frame()`` (pandas is an optional extra, imported only there).
Every non-empty cell carries the quotes behind it; every empty cell says why
(:class:`Status`).

>>> from binational import compare
>>> matrix = compare.stances()
>>> matrix.cell("greenway-2025-military-options-border", "military-role").stance
<Stance.STRONGLY_FOR: 'strongly-for'>
>>> [p.dimension.value for p in compare.disagreements(
...     "nsc-migration-policy-brief", "greenway-2025-military-options-border")][:2]
['binational-cooperation', 'enforcement-emphasis']

What the codes mean is in :func:`codebook`.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypeAlias, TypeVar, cast

import attrs

from binational.compare._codebook import CODEBOOK, Codebook
from binational.corpus._corpus import Corpus, Object, kind_of
from binational.model._display import Displayed, render
from binational.model._model import (
    Actor,
    Assessment,
    Certainty,
    Characterization,
    Criterion,
    Dimension,
    Direction,
    EventKind,
    Figure,
    Framing,
    Initiative,
    PartialDate,
    Period,
    Place,
    PolicyOption,
    Position,
    Quote,
    Recommendation,
    Source,
    Stance,
    Theme,
    Unit,
)
from binational.model._table import Cell, Table, display_text, show_value

if TYPE_CHECKING:
    import pandas as pd
    from attrs import AttrsInstance

__all__ = [
    "ActorFraming",
    "AssessmentCell",
    "DiffRow",
    "Divergence",
    "Divergences",
    "EntryKind",
    "FieldValue",
    "FigureRow",
    "FigureTable",
    "FramingCell",
    "Mention",
    "Mentions",
    "ObjectDiff",
    "OptionMatrix",
    "Relation",
    "Result",
    "StanceCell",
    "StanceComparison",
    "StanceMatrix",
    "StancePair",
    "Status",
    "Tension",
    "ThemeCell",
    "ThemeTable",
    "Timeline",
    "TimelineEntry",
    "agreements",
    "codebook",
    "diff",
    "disagreements",
    "divergences",
    "figures",
    "framing",
    "mentions",
    "options",
    "stances",
    "themes",
    "timeline",
]


class Status(enum.Enum):
    """Why a cell holds what it holds: coded, or the reason it is empty."""

    CODED = "coded"
    """The cell is coded, with quotes."""
    NOT_ADDRESSED = "not addressed"
    """The document does not address the dimension (a position says so)."""
    NOT_ASSESSED = "not assessed"
    """The option's seed does not speak to the criterion."""
    NOT_CHARACTERISED = "not characterised"
    """The document mentions the actor but portrays it in none of the coded ways."""
    NOT_MENTIONED = "not mentioned"
    """The document does not mention the actor."""
    NOT_CODED = "not coded"
    """Not coded in this corpus: an actor whose characterisations were not coded (see
    the codebook), or a seed of a hand-built corpus without a position."""
    SILENT = "silent"
    """The document recommends nothing in this theme."""


# --------------------------------------------------------------------- plumbing

R = TypeVar("R")


def _corpus(corpus: Corpus | None) -> Corpus:
    if corpus is None:
        from binational.loader._load import load

        return load()
    if not isinstance(corpus, Corpus):
        raise TypeError(f"corpus must be a binational.Corpus, not {type(corpus).__name__}")
    return corpus


def _seeds(corpus: Corpus, seeds: Iterable[str | Source] | None) -> tuple[Source, ...]:
    if seeds is None:
        return corpus.seeds
    if isinstance(seeds, str | Source):
        raise TypeError("seeds must be an iterable of seed ids or Sources, not a single one")
    return tuple(dict.fromkeys(_seed(corpus, s) for s in seeds))


def _seed(corpus: Corpus, s: str | Source) -> Source:
    if isinstance(s, Source):
        s = s.id
    if not isinstance(s, str):
        raise TypeError(f"a seed is given by its id or its Source, not {type(s).__name__}")
    source = corpus.sources[s]
    if source.seed is None:
        raise ValueError(f"{s!r} is a cited work, not one of the seed documents")
    return source


def _enums(kind: type[R], values: Iterable[R | str] | None, name: str) -> tuple[R, ...] | None:
    if values is None:
        return None
    if isinstance(values, str | enum.Enum):
        raise TypeError(f"{name} must be an iterable of {kind.__name__} values, not one value")
    out: list[R] = []
    for v in values:
        try:
            out.append(kind(v))  # type: ignore[call-arg]
        except ValueError:
            allowed = ", ".join(e.value for e in kind)  # type: ignore[attr-defined]
            raise ValueError(f"unknown {kind.__name__} {v!r}; one of: {allowed}") from None
    return tuple(dict.fromkeys(out))


def _object(corpus: Corpus, obj: R | str, cls: type[R] | tuple[type, ...], name: str) -> R:
    if isinstance(obj, str):
        found = corpus[obj]
        if not isinstance(found, cls):
            kind = kind_of(found).value[:-1]
            article = "an" if kind[0] in "aeiou" else "a"
            raise TypeError(f"{obj!r} is {article} {kind}, which {name} does not take")
        return found  # type: ignore[return-value]
    if not isinstance(obj, cls):
        raise TypeError(f"{name} takes an id or an object, not {type(obj).__name__}")
    return obj


def _first_quote(quotes: Sequence[Quote]) -> str | None:
    """The first quote verbatim, for records (tables show :func:`_quotes_text`)."""
    return quotes[0].text if quotes else None


def _quotes_text(quotes: Sequence[Quote], limit: int = 160) -> str | None:

    return display_text(quotes[0].text, limit) if quotes else None


class Result(Displayed):
    """What every result shares: text, HTML, Markdown and DataFrame views of its rows."""

    __slots__ = ()

    _frame_dtypes: ClassVar[dict[str, str]] = {}

    @property
    def columns(self) -> tuple[str, ...]:
        """The names of the fields of :meth:`records` (the columns of :meth:`to_frame`)."""
        return tuple(self._frame_dtypes)

    def table(self) -> Table:
        """The result as a :class:`~binational.model.Table` (the one rendered shape)."""
        raise NotImplementedError

    def records(self) -> list[dict[str, Any]]:
        """One plain record per row: ids, numbers, enum values (what ``to_frame`` holds)."""
        raise NotImplementedError

    def __str__(self) -> str:
        return self.to_text()

    def to_text(self, *, width: int = 40, ascii: bool = False) -> str:
        """The result as a text table, cells wrapped at ``width`` (ASCII borders if asked)."""
        return render("text", self, width=width, ascii=ascii)

    def to_markdown(self) -> str:
        """The result as a Markdown table."""
        return render("markdown", self)

    def to_frame(self) -> pd.DataFrame:
        """The result as a pandas DataFrame: one row per cell, typed columns.

        Requires pandas (``pip install 'binational[pandas]'``).
        """
        try:
            import pandas as pd
        except ImportError:
            from binational.exceptions import MissingDependencyError

            raise MissingDependencyError(
                "pandas", needed_for="to_frame()", extra="pandas"
            ) from None
        frame = pd.DataFrame.from_records(self.records(), columns=list(self._frame_dtypes))
        return frame.astype(self._frame_dtypes)


def _cell(text: str, quotes: Sequence[Quote] = (), *, empty: bool = False) -> Cell:
    return Cell(text=text, quotes=tuple(quotes), empty=empty)


def _tab(title: str, columns: Sequence[str], rows: Iterable[Sequence[Cell]], note: str) -> Table:
    return Table(title=title, columns=tuple(columns), rows=tuple(map(tuple, rows)), note=note)


# ------------------------------------------------------------------- stances


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
            return _cell(self.status.value, empty=True)
        return _cell(self.stance.value, self.evidence)


def _short(source: Source) -> str:
    """A seed's short label for table headers (see :func:`_short_id`)."""
    return _short_id(source.id)


def _short_id(sid: str) -> str:
    """A seed id cut after its year, or to two words: ``orion-2026``, ``nsc-migration``."""
    words = sid.split("-")
    for i, w in enumerate(words):
        if w.isdigit():
            return "-".join(words[: i + 1])
    return "-".join(words[:2])


_CELL_DTYPES = {
    "source": "string",
    "dimension": "string",
    "stance": "string",
    "score": "Int64",
    "status": "string",
    "quotes": "Int64",
    "first_quote": "string",
    "position": "string",
}


@attrs.frozen(kw_only=True)
class StanceMatrix(Result):
    """Documents × dimensions: every cell a position, coded or not addressed."""

    seeds: tuple[Source, ...]
    """The documents (rows), in corpus order."""
    dimensions: tuple[Dimension, ...]
    """The dimensions (columns)."""
    cells: tuple[StanceCell, ...]
    """Every cell, document by document, dimension by dimension."""

    _frame_dtypes: ClassVar[dict[str, str]] = _CELL_DTYPES

    def __iter__(self) -> Iterator[StanceCell]:
        return iter(self.cells)

    def __len__(self) -> int:
        return len(self.cells)

    def cell(self, seed: str | Source, dimension: Dimension | str) -> StanceCell:
        """The cell of one document on one dimension."""
        sid = seed.id if isinstance(seed, Source) else seed
        dim = Dimension(dimension)
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

    def table(self) -> Table:
        """Dimensions as rows, documents as columns."""
        by = {(c.source.id, c.dimension): c for c in self.cells}
        rows = [
            [_cell(d.value), *(by[s.id, d].as_cell() for s in self.seeds)] for d in self.dimensions
        ]
        return _tab(
            "Stances: dimensions by documents",
            ["dimension", *(_short(s) for s in self.seeds)],
            rows,
            "Five-point scale from strongly-against to strongly-for; see compare.codebook().",
        )

    def records(self) -> list[dict[str, Any]]:
        """One record per cell."""
        return [_stance_record(c) for c in self.cells]


def _stance(p: Position) -> str:
    return p.stance.value if p.stance else Status.NOT_ADDRESSED.value


def _stance_record(c: StanceCell) -> dict[str, Any]:
    return {
        "source": c.source.id,
        "dimension": c.dimension.value,
        "stance": c.stance.value if c.stance else None,
        "score": c.stance.score if c.stance else None,
        "status": c.status.value,
        "quotes": len(c.evidence),
        "first_quote": _first_quote(c.evidence),
        "position": c.position.id if c.position else None,
    }


def _positions(corpus: Corpus) -> dict[tuple[str, Dimension], Position]:
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
    c = _corpus(corpus)
    docs = _seeds(c, seeds)
    dims = _enums(Dimension, dimensions, "dimensions") or tuple(Dimension)
    by = _positions(c)
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
class StanceComparison(Result):
    """Dimensions on which two documents disagree (or agree), both quotes side by side."""

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
        "b_quote": "string",
    }

    def __iter__(self) -> Iterator[StancePair]:
        return iter(self.pairs)

    def __len__(self) -> int:
        return len(self.pairs)

    def table(self) -> Table:
        """One row per dimension: both stances, the distance, both first quotes."""
        rows = [
            [
                _cell(p.dimension.value),
                _cell(p.a.stance.value if p.a.stance else "", p.a.evidence),
                _cell(p.b.stance.value if p.b.stance else "", p.b.evidence),
                _cell(str(p.distance)),
                _cell(_quotes_text(p.a.evidence) or ""),
                _cell(_quotes_text(p.b.evidence) or ""),
            ]
            for p in self.pairs
        ]
        what = "Agreements" if self.agree else "Disagreements"
        return _tab(
            f"{what}: {_short(self.a)} vs {_short(self.b)}",
            ["dimension", _short(self.a), _short(self.b), "distance", "quote (a)", "quote (b)"],
            rows,
            "Only dimensions both documents address are compared; distance in scale steps.",
        )

    def records(self) -> list[dict[str, Any]]:
        """One record per dimension."""
        return [
            {
                "dimension": p.dimension.value,
                "a": self.a.id,
                "b": self.b.id,
                "a_stance": p.a.stance.value if p.a.stance else None,
                "b_stance": p.b.stance.value if p.b.stance else None,
                "distance": p.distance,
                "a_quote": _first_quote(p.a.evidence),
                "b_quote": _first_quote(p.b.evidence),
            }
            for p in self.pairs
        ]


def _pairs(
    a: str | Source, b: str | Source, corpus: Corpus | None, agree: bool
) -> StanceComparison:
    c = _corpus(corpus)
    sa, sb = _seed(c, a), _seed(c, b)
    by = _positions(c)
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

    ``disagreements(a, b)`` mirrors ``disagreements(b, a)``: the same dimensions and
    distances, with the sides swapped.
    """
    return _pairs(a, b, corpus, agree=False)


def agreements(
    a: str | Source, b: str | Source, *, corpus: Corpus | None = None
) -> StanceComparison:
    """Dimensions both documents address with the same stance."""
    return _pairs(a, b, corpus, agree=True)


# ------------------------------------------------------------------- options


@attrs.frozen(kw_only=True)
class AssessmentCell:
    """One option on one criterion: an assessment or *not assessed*."""

    option: PolicyOption
    """The option."""
    criterion: Criterion
    """The criterion."""
    assessment: Assessment | None
    """The seed's assessment, or None if the seed does not speak to the criterion."""

    @property
    def status(self) -> Status:
        """``CODED`` or ``NOT_ASSESSED``."""
        return Status.CODED if self.assessment else Status.NOT_ASSESSED

    @property
    def evidence(self) -> tuple[Quote, ...]:
        """The quotes the rating is read from."""
        return self.assessment.evidence if self.assessment else ()

    def as_cell(self) -> Cell:
        """The cell as a table shows it."""
        if self.assessment is None:
            return _cell("·", empty=True)
        return _cell(self.assessment.rating.value, self.evidence)


@attrs.frozen(kw_only=True)
class OptionMatrix(Result):
    """Options × criteria, within or across seeds."""

    options: tuple[PolicyOption, ...]
    """The options (rows)."""
    criteria: tuple[Criterion, ...]
    """The criteria (columns)."""
    cells: tuple[AssessmentCell, ...]
    """Every cell, option by option."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "option": "string",
        "source": "string",
        "criterion": "string",
        "rating": "string",
        "score": "Int64",
        "status": "string",
        "quotes": "Int64",
        "first_quote": "string",
    }

    def __iter__(self) -> Iterator[AssessmentCell]:
        return iter(self.cells)

    def __len__(self) -> int:
        return len(self.cells)

    def cell(self, option: str | PolicyOption, criterion: Criterion | str) -> AssessmentCell:
        """The cell of one option on one criterion."""
        oid = option.id if isinstance(option, PolicyOption) else option
        crit = Criterion(criterion)
        for c in self.cells:
            if c.option.id == oid and c.criterion is crit:
                return c
        raise KeyError(f"no cell for {oid!r} on {crit.value!r} in this matrix")

    def coverage(self) -> dict[Status, int]:
        """How many cells are assessed and how many not."""
        out = dict.fromkeys((Status.CODED, Status.NOT_ASSESSED), 0)
        for c in self.cells:
            out[c.status] += 1
        return out

    def table(self) -> Table:
        """Options as rows, criteria as columns."""
        rows = []
        for o in self.options:
            row = [_cell(o.id, o.evidence[:1])]
            row += [c.as_cell() for c in self.cells if c.option is o]
            rows.append(row)
        return _tab(
            "Options by criteria",
            ["option", *(c.value for c in self.criteria)],
            rows,
            "· = not assessed: the option's seed does not speak to the criterion.",
        )

    def records(self) -> list[dict[str, Any]]:
        """One record per cell."""
        return [
            {
                "option": c.option.id,
                "source": c.option.source,
                "criterion": c.criterion.value,
                "rating": c.assessment.rating.value if c.assessment else None,
                "score": c.assessment.rating.score if c.assessment else None,
                "status": c.status.value,
                "quotes": len(c.evidence),
                "first_quote": _first_quote(c.evidence),
            }
            for c in self.cells
        ]


def options(
    options: Iterable[str | PolicyOption] | None = None,
    *,
    seeds: Iterable[str | Source] | None = None,
    criteria: Iterable[Criterion | str] | None = None,
    corpus: Corpus | None = None,
) -> OptionMatrix:
    """Options against criteria: every option of ``seeds`` (default all), or those given.

    >>> m = options(seeds=["greenway-2025-military-options-border"], criteria=["escalation-risk"])
    >>> [(c.option.id, c.assessment and c.assessment.rating.value) for c in m][2]
    ('greenway-option-cartel-drone-interception', 'favourable')
    """
    c = _corpus(corpus)
    if options is not None and isinstance(options, str | PolicyOption):
        raise TypeError("options must be an iterable of option ids or PolicyOptions")
    chosen: list[PolicyOption] = (
        [_object(c, o, PolicyOption, "options()") for o in options]
        if options is not None
        else list(c.options)
    )
    if seeds is not None:
        wanted = {s.id for s in _seeds(c, seeds)}
        chosen = [o for o in chosen if o.source in wanted]
    crits = _enums(Criterion, criteria, "criteria") or tuple(Criterion)
    opts = tuple(dict.fromkeys(chosen))
    cells = tuple(
        AssessmentCell(option=o, criterion=k, assessment=o.assessment(k))
        for o in opts
        for k in crits
    )
    return OptionMatrix(options=opts, criteria=crits, cells=cells)


# -------------------------------------------------------------------- themes

THEME_DIMENSIONS: dict[Theme, Dimension] = {
    Theme.ENFORCEMENT: Dimension.ENFORCEMENT_EMPHASIS,
    Theme.MILITARY: Dimension.MILITARY_ROLE,
    Theme.BINATIONAL_COORDINATION: Dimension.BINATIONAL_COOPERATION,
    Theme.HUMANITARIAN_PROTECTION: Dimension.HUMANITARIAN_PROTECTION,
    Theme.REGIONAL_DEVELOPMENT: Dimension.ROOT_CAUSES,
    Theme.TRADE_FACILITATION: Dimension.TRADE_AND_TRAVEL,
    Theme.TRAVEL_FACILITATION: Dimension.TRADE_AND_TRAVEL,
}
"""The dimension whose direction a theme's recommendations take, for :class:`Tension`."""


@attrs.frozen(kw_only=True)
class ThemeCell:
    """What one document recommends in one theme."""

    theme: Theme
    """The theme."""
    source: Source
    """The document."""
    recommendations: tuple[Recommendation, ...]
    """Its recommendations in the theme, in reading order; empty if it is silent."""

    @property
    def status(self) -> Status:
        """``CODED`` or ``SILENT``."""
        return Status.CODED if self.recommendations else Status.SILENT


@attrs.frozen(kw_only=True)
class Tension:
    """Recommendations of one theme that pull in opposite directions.

    Two documents both recommend in the theme, and their coded stances on the theme's
    dimension (:data:`THEME_DIMENSIONS`) lie on opposite sides of neutral.
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
class ThemeTable(Result):
    """Recommendations by theme across documents, and where they pull apart."""

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
        "status": "string",
    }

    def __iter__(self) -> Iterator[ThemeCell]:
        return iter(self.cells)

    def __len__(self) -> int:
        return len(self.cells)

    def cell(self, theme: Theme | str, seed: str | Source) -> ThemeCell:
        """The recommendations of one document in one theme."""
        t = Theme(theme)
        sid = seed.id if isinstance(seed, Source) else seed
        for c in self.cells:
            if c.theme is t and c.source.id == sid:
                return c
        raise KeyError(f"no cell for {t.value!r} and {sid!r} in this table")

    def table(self) -> Table:
        """Themes as rows, documents as columns; each cell lists recommendation ids."""
        by = {(c.theme, c.source.id): c for c in self.cells}
        rows = []
        for t in self.themes:
            row = [_cell(t.value)]
            for s in self.seeds:
                cell = by[t, s.id]
                if cell.recommendations:
                    text = "\n".join(r.id for r in cell.recommendations)
                    quotes = tuple(r.evidence[0] for r in cell.recommendations)
                    row.append(_cell(text, quotes))
                else:
                    row.append(_cell(Status.SILENT.value, empty=True))
            rows.append(row)
        pulls = "; ".join(
            f"{t.theme.value}: {_short(t.toward.source)} ({_stance(t.toward_position)}) "
            f"vs {_short(t.away.source)} ({_stance(t.away_position)})"
            for t in self.tensions
        )
        return _tab(
            "Recommendations by theme",
            ["theme", *(_short(s) for s in self.seeds)],
            rows,
            f"Pulling apart: {pulls}" if pulls else "No theme pulls in opposite directions.",
        )

    def records(self) -> list[dict[str, Any]]:
        """One record per recommendation (and one per silent cell)."""
        out: list[dict[str, Any]] = []
        for c in self.cells:
            if not c.recommendations:
                out.append(
                    {
                        "theme": c.theme.value,
                        "source": c.source.id,
                        "recommendation": None,
                        "summary": None,
                        "status": Status.SILENT.value,
                    }
                )
            out.extend(
                {
                    "theme": c.theme.value,
                    "source": c.source.id,
                    "recommendation": r.id,
                    "summary": r.summary,
                    "status": Status.CODED.value,
                }
                for r in c.recommendations
            )
        return out


def themes(
    themes: Iterable[Theme | str] | None = None,
    *,
    seeds: Iterable[str | Source] | None = None,
    corpus: Corpus | None = None,
) -> ThemeTable:
    """Which document recommends what in each theme, and where themes pull apart.

    >>> t = themes(["arms-trafficking"])
    >>> [len(c.recommendations) for c in t]
    [0, 6, 1, 0]
    """
    c = _corpus(corpus)
    docs = _seeds(c, seeds)
    ths = _enums(Theme, themes, "themes") or tuple(Theme)
    cells = []
    for t in ths:
        for s in docs:
            recs = tuple(r for r in c.recommendations.by_source(s.id) if t in r.themes)
            cells.append(ThemeCell(theme=t, source=s, recommendations=recs))
    by_pos = _positions(c)
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


# ------------------------------------------------------------------- framing


@attrs.frozen(kw_only=True)
class FramingCell:
    """How one document characterises one actor."""

    source: Source
    """The document."""
    status: Status
    """``CODED``, ``NOT_CHARACTERISED``, ``NOT_MENTIONED`` or ``NOT_CODED``."""
    characterizations: tuple[Characterization, ...]
    """Its characterisations of the actor, own voice first, then the views it reports."""
    table_cells: tuple[Framing, ...] = ()
    """Cells of the document's comparison tables whose row names the actor."""

    @property
    def own(self) -> tuple[Characterization, ...]:
        """The characterisations in the document's own voice."""
        return tuple(c for c in self.characterizations if not c.attributed_to)

    @property
    def reported(self) -> tuple[Characterization, ...]:
        """The characterisations the document reports as others' views."""
        return tuple(c for c in self.characterizations if c.attributed_to)


@attrs.frozen(kw_only=True)
class ActorFraming(Result):
    """How each document characterises one actor."""

    actor: Actor
    """The actor."""
    cells: tuple[FramingCell, ...]
    """One cell per document."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "actor": "string",
        "source": "string",
        "status": "string",
        "portrayal": "string",
        "voice": "string",
        "attributed_to": "string",
        "characterization": "string",
        "first_quote": "string",
    }

    def __iter__(self) -> Iterator[FramingCell]:
        return iter(self.cells)

    def __len__(self) -> int:
        return len(self.cells)

    def table(self) -> Table:
        """One row per document: own-voice portrayals, reported ones, table cells."""
        rows = []
        for f in self.cells:
            if f.status is not Status.CODED:
                empty = _cell(f.status.value, empty=True)
                rows.append([_cell(_short(f.source)), empty, empty, _tables_cell(f)])
                continue
            own = _portrayals_cell(f.own)
            reported = _portrayals_cell(f.reported, reported=True)
            rows.append([_cell(_short(f.source)), own, reported, _tables_cell(f)])
        return _tab(
            f"How each document characterises {self.actor.name}",
            ["document", "own voice", "views it reports", "comparison-table cells"],
            rows,
            "Portrayals are defined in compare.codebook().portrayals.",
        )

    def records(self) -> list[dict[str, Any]]:
        """One record per characterisation (and one per empty cell)."""
        out: list[dict[str, Any]] = []
        for f in self.cells:
            if not f.characterizations:
                out.append(
                    {
                        "actor": self.actor.id,
                        "source": f.source.id,
                        "status": f.status.value,
                        "portrayal": None,
                        "voice": None,
                        "attributed_to": None,
                        "characterization": None,
                        "first_quote": None,
                    }
                )
            out.extend(
                {
                    "actor": self.actor.id,
                    "source": f.source.id,
                    "status": f.status.value,
                    "portrayal": ch.portrayal.value,
                    "voice": "reported" if ch.attributed_to else "own",
                    "attributed_to": ", ".join(ch.attributed_to) or None,
                    "characterization": ch.id,
                    "first_quote": _first_quote(ch.evidence),
                }
                for ch in f.characterizations
            )
        return out


def _portrayals_cell(chs: Sequence[Characterization], *, reported: bool = False) -> Cell:
    if not chs:
        return _cell("—", empty=True)
    lines = []
    for ch in chs:
        who = f" ({', '.join(ch.attributed_to)})" if reported else ""
        lines.append(f"{ch.portrayal.value}{who}")
    return _cell("\n".join(dict.fromkeys(lines)), tuple(q for ch in chs for q in ch.evidence))


def _tables_cell(f: FramingCell) -> Cell:
    if not f.table_cells:
        return _cell("")

    lines = [f"{t.column}: {display_text(t.text, 60)}" for t in f.table_cells]
    return _cell("\n".join(lines), tuple(t.evidence[0] for t in f.table_cells))


def framing(
    actor: str | Actor,
    *,
    seeds: Iterable[str | Source] | None = None,
    corpus: Corpus | None = None,
) -> ActorFraming:
    """How each document characterises ``actor`` (own voice and reported views).

    >>> f = framing("mexico")
    >>> sorted({ch.portrayal.value for ch in f.cells[3].own})  # doctest: +NORMALIZE_WHITESPACE
    ['capacity-constrained', 'enforcer', 'object-of-pressure', 'partner', 'sovereign-actor',
     'transit-country']
    """
    c = _corpus(corpus)
    a = _object(c, actor, Actor, "framing()")
    names = {a.name.casefold(), *(x.casefold() for x in a.aliases)}
    coded = a.id in CODEBOOK.coded_actors
    cells = []
    for s in _seeds(c, seeds):
        chs = tuple(ch for ch in c.characterizations.by_source(s.id) if ch.actor == a.id)
        chs = tuple(sorted(chs, key=lambda ch: bool(ch.attributed_to)))
        tables = tuple(
            t
            for t in c.framings.by_source(s.id)
            if any(n in t.category.casefold().split() for n in names)
        )
        if chs:
            status = Status.CODED
        elif not coded:
            status = Status.NOT_CODED
        elif s.id in a.sources:
            status = Status.NOT_CHARACTERISED
        else:
            status = Status.NOT_MENTIONED
        cells.append(
            FramingCell(source=s, status=status, characterizations=chs, table_cells=tables)
        )
    return ActorFraming(actor=a, cells=tuple(cells))


# ------------------------------------------------------------------ mentions


@attrs.frozen(kw_only=True)
class Mention:
    """One passage of a document that speaks of the object."""

    quote: Quote
    """The passage."""
    via: tuple[str, ...]
    """Where the passage is recorded: ``evidence`` of the object itself, or the ids of
    the objects that refer to it (a recommendation, a figure...)."""


@attrs.frozen(kw_only=True)
class Mentions(Result):
    """What each document says about one object, grouped by document, in reading order."""

    subject: Actor | Initiative | Place
    """The actor, initiative or place spoken of."""
    seeds: tuple[Source, ...]
    """The documents, in corpus order."""
    mentions: tuple[Mention, ...]
    """Every passage, document by document, in text order."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "object": "string",
        "source": "string",
        "section": "string",
        "start": "Int64",
        "end": "Int64",
        "quote": "string",
        "via": "string",
    }

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)

    def by_source(self, seed: str | Source) -> tuple[Mention, ...]:
        """The passages of one document."""
        sid = seed.id if isinstance(seed, Source) else seed
        return tuple(m for m in self.mentions if m.quote.source == sid)

    def table(self) -> Table:
        """One row per passage."""
        rows = [
            [
                _cell(_short(next(s for s in self.seeds if s.id == m.quote.source))),
                _cell(m.quote.section or ""),
                _cell(display_text(m.quote.text, 240), (m.quote,)),
                _cell(", ".join(m.via)),
            ]
            for m in self.mentions
        ]
        silent = [_short(s) for s in self.seeds if not self.by_source(s)]
        note = f"Silent: {', '.join(silent)}." if silent else "Every document speaks of it."
        return _tab(
            f"What each document says about {self.subject.name}",
            ["document", "section", "passage", "recorded as"],
            rows,
            note,
        )

    def records(self) -> list[dict[str, Any]]:
        """One record per passage."""
        return [
            {
                "object": self.subject.id,
                "source": m.quote.source,
                "section": m.quote.section,
                "start": m.quote.start,
                "end": m.quote.end,
                "quote": m.quote.text,
                "via": ", ".join(m.via),
            }
            for m in self.mentions
        ]


def _quotes_in(obj: object) -> Iterator[Quote]:
    if isinstance(obj, Quote):
        yield obj
    elif attrs.has(type(obj)):
        for name in attrs.fields_dict(cast("type[AttrsInstance]", type(obj))):
            yield from _quotes_in(getattr(obj, name))
    elif isinstance(obj, tuple):
        for v in obj:
            yield from _quotes_in(v)


def mentions(
    obj: str | Actor | Initiative | Place,
    *,
    seeds: Iterable[str | Source] | None = None,
    corpus: Corpus | None = None,
) -> Mentions:
    """Every passage where a document speaks of an actor, initiative or place.

    The object's own quotes (its evidence, statuses, events, participants) and the
    main quote of every object that refers to it, grouped by document in text order.

    >>> m = mentions("merida-initiative")
    >>> [(s.id[:6], len(m.by_source(s))) for s in m.seeds]
    [('nsc-mi', 0), ('orion-', 7), ('lawson', 4), ('greenw', 0)]
    """
    c = _corpus(corpus)
    o = cast(
        "Actor | Initiative | Place", _object(c, obj, (Actor, Initiative, Place), "mentions()")
    )
    docs = _seeds(c, seeds)
    wanted = {s.id for s in docs}
    found: dict[tuple[str, int, int], tuple[Quote, list[str]]] = {}

    def add(q: Quote, via: str) -> None:
        if q.source not in wanted:
            return
        key = (q.source, q.start, q.end)
        entry = found.setdefault(key, (q, []))
        if via not in entry[1]:
            entry[1].append(via)

    for q in _quotes_in(o):
        add(q, "evidence")
    for other in c.mentioning(o):
        for q in other.evidence[:1]:
            add(q, other.id)
    order = {s.id: i for i, s in enumerate(docs)}
    ms = sorted(found.values(), key=lambda e: (order[e[0].source], e[0].start, e[0].end))
    return Mentions(
        subject=o,
        seeds=docs,
        mentions=tuple(Mention(quote=q, via=tuple(v)) for q, v in ms),
    )


# ------------------------------------------------------------------- figures


@attrs.frozen(kw_only=True)
class FigureRow:
    """A figure with its value normalised to one number."""

    figure: Figure
    """The figure."""

    @property
    def amount(self) -> float:
        """Value × scale (43.8e9 for "$43.8 billion")."""
        return self.figure.amount

    @property
    def amount_max(self) -> float | None:
        """High end of a range, × scale."""
        f = self.figure
        return None if f.value_max is None else f.value_max * f.scale.factor

    @property
    def signed_amount(self) -> float:
        """The amount, negative for a stated decrease (for plotting changes)."""
        return -self.amount if self.figure.direction is Direction.DECREASE else self.amount


def _format_amount(value: float, unit: Unit) -> str:
    if unit is Unit.USD:
        for factor, word in ((10**9, "billion"), (10**6, "million")):
            if abs(value) >= factor:
                return f"${value / factor:,.4g} {word}"
        return f"${value:,.0f}"
    if unit is Unit.PERCENT:
        return f"{value:g}%"
    return f"{value:,.10g} {unit.value}" if unit is not Unit.COUNT else f"{value:,.10g}"


@attrs.frozen(kw_only=True)
class FigureTable(Result):
    """Figures side by side, values normalised (value × scale, with the unit)."""

    rows: tuple[FigureRow, ...]
    """The figures, in corpus order."""
    about: tuple[str, ...] | None = None
    """The ids figures were kept for being about, if that filter was given."""
    unit: Unit | None = None
    """The unit kept, if given."""
    direction: Direction | None = None
    """The direction kept, if given."""
    fiscal_year: int | None = None
    """The fiscal year kept, if given."""
    seeds: tuple[str, ...] | None = None
    """The seeds kept, if given."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "figure": "string",
        "source": "string",
        "subject": "string",
        "amount": "Float64",
        "amount_max": "Float64",
        "signed_amount": "Float64",
        "unit": "string",
        "qualifier": "string",
        "direction": "string",
        "period": "string",
        "fiscal": "boolean",
        "about": "string",
        "measure": "string",
        "quote": "string",
    }

    def __iter__(self) -> Iterator[FigureRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def table(self) -> Table:
        """One row per figure."""
        rows = []
        for r in self.rows:
            f = r.figure
            amount = _format_amount(r.amount, f.unit)
            if r.amount_max is not None:
                amount += f" to {_format_amount(r.amount_max, f.unit)}"
            rows.append(
                [
                    _cell(f.subject, f.evidence),
                    _cell(amount),
                    _cell(f.qualifier.value),
                    _cell(f.direction.value if f.direction else ""),
                    _cell(str(f.period) if f.period else ""),
                    _cell(_short_id(f.source)),
                ]
            )
        return _tab(
            "Figures",
            ["subject", "amount", "qualifier", "direction", "period", "document"],
            rows,
            "Amounts are value × scale as printed; a decrease is a stated cut.",
        )

    def records(self) -> list[dict[str, Any]]:
        """One record per figure."""
        return [
            {
                "figure": r.figure.id,
                "source": r.figure.source,
                "subject": r.figure.subject,
                "amount": r.amount,
                "amount_max": r.amount_max,
                "signed_amount": r.signed_amount,
                "unit": r.figure.unit.value,
                "qualifier": r.figure.qualifier.value,
                "direction": r.figure.direction.value if r.figure.direction else None,
                "period": str(r.figure.period) if r.figure.period else None,
                "fiscal": r.figure.period.fiscal if r.figure.period else None,
                "about": ", ".join(r.figure.about),
                "measure": r.figure.measure,
                "quote": r.figure.evidence[0].text,
            }
            for r in self.rows
        ]


def figures(
    figures: Iterable[str | Figure] | None = None,
    *,
    about: Iterable[str] | None = None,
    unit: Unit | str | None = None,
    direction: Direction | str | None = None,
    fiscal_year: int | None = None,
    seeds: Iterable[str | Source] | None = None,
    corpus: Corpus | None = None,
) -> FigureTable:
    """Figures side by side, filtered; values normalised to one number each.

    ``about`` keeps figures about any of the given ids; ``fiscal_year`` keeps figures of
    that U.S. fiscal year. The FY26 budget changes by department:

    >>> t = figures(about=["us-dhs", "us-dod", "us-doj", "us-state-department"],
    ...             unit="USD", direction="increase", fiscal_year=2026)
    >>> [(r.figure.about[0], r.amount) for r in t][:2]
    [('us-dhs', 43800000000.0), ('us-dod', 113300000000.0)]
    """
    c = _corpus(corpus)
    if figures is not None and isinstance(figures, str | Figure):
        raise TypeError("figures must be an iterable of figure ids or Figures")
    chosen = (
        [_object(c, f, Figure, "figures()") for f in figures]
        if figures is not None
        else list(c.figures)
    )
    keys: tuple[str, ...] | None = None
    if about is not None:
        if isinstance(about, str):
            raise TypeError("about must be an iterable of ids, not one id")
        keys = tuple(dict.fromkeys(about))
        for k in keys:
            c[k]  # raises UnknownIdError for an unknown id
        chosen = [f for f in chosen if set(keys) & set(f.about)]
    u = None if unit is None else Unit(unit)
    if u is not None:
        chosen = [f for f in chosen if f.unit is u]
    d = None if direction is None else Direction(direction)
    if d is not None:
        chosen = [f for f in chosen if f.direction is d]
    if fiscal_year is not None:
        if not isinstance(fiscal_year, int) or isinstance(fiscal_year, bool):
            raise TypeError("fiscal_year must be an int, e.g. 2026")
        chosen = [
            f for f in chosen if f.period and f.period.fiscal and _covers(f.period, fiscal_year)
        ]
    kept = None
    if seeds is not None:
        kept = tuple(s.id for s in _seeds(c, seeds))
        chosen = [f for f in chosen if f.source in kept]
    return FigureTable(
        rows=tuple(FigureRow(figure=f) for f in dict.fromkeys(chosen)),
        about=keys,
        unit=u,
        direction=d,
        fiscal_year=fiscal_year,
        seeds=kept,
    )


def _covers(p: Period, year: int) -> bool:
    return p.start <= year <= (p.end if p.end is not None else p.start)


# ------------------------------------------------------------------ timeline


class EntryKind(enum.Enum):
    """What a timeline entry records."""

    DOCUMENT = "document"
    """A document's date of issue (a seed or a work it cites)."""
    EVENT = "event"
    """A dated step in an initiative's life."""
    STATUS = "status"
    """An initiative's status, as of the date of the seed that states it."""


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One dated (or undated) entry of the timeline."""

    date: PartialDate | None
    """When; None for an undated event."""
    certainty: Certainty
    """Whether the date is stated, or inferred (a document dated by inference, a status
    dated by the seed that states it)."""
    kind: EntryKind
    """What the entry records."""
    subject: str
    """Id of the document or initiative the entry is about."""
    label: str
    """What happened, in a few words."""
    source: str
    """Id of the seed the entry is read from."""
    evidence: tuple[Quote, ...]
    """The quotes it is read from."""


_KIND_RANK = {EntryKind.DOCUMENT: 0, EntryKind.EVENT: 1, EntryKind.STATUS: 2}


@attrs.frozen(kw_only=True)
class Timeline(Result):
    """Every dated event, status and document date across the seeds, in order.

    Order: by :attr:`PartialDate.sort_key <binational.PartialDate.sort_key>` (a partial
    date at the start of the period it names, before more precise dates in it: "2021"
    before "October 2021"), then documents before events before statuses, then seed order,
    then subject id. Undated events are kept in :attr:`undated`, not dropped.
    """

    entries: tuple[TimelineEntry, ...]
    """The dated entries, in order."""
    undated: tuple[TimelineEntry, ...]
    """Entries without a date, in corpus order."""
    seeds: tuple[str, ...]
    """The seeds whose entries are kept."""
    about: tuple[str, ...] | None = None
    """The subjects kept, if that filter was given."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "date": "string",
        "year": "Int64",
        "month": "Int64",
        "day": "Int64",
        "certainty": "string",
        "kind": "string",
        "subject": "string",
        "label": "string",
        "source": "string",
        "quote": "string",
    }

    def __iter__(self) -> Iterator[TimelineEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def table(self) -> Table:
        """One row per entry, dated ones first, then the undated."""
        rows = [
            [
                _cell(str(e.date) if e.date else "undated", empty=e.date is None),
                _cell(e.kind.value),
                _cell(e.label, e.evidence),
                _cell(e.certainty.value),
                _cell(_short_id(e.source)),
            ]
            for e in (*self.entries, *self.undated)
        ]
        return _tab(
            "Timeline",
            ["date", "kind", "what", "date is", "document"],
            rows,
            "Partial dates sort at the start of their period; statuses are dated by the "
            "document that states them.",
        )

    def records(self) -> list[dict[str, Any]]:
        """One record per entry, undated included (date null)."""
        return [
            {
                "date": str(e.date) if e.date else None,
                "year": e.date.year if e.date else None,
                "month": e.date.month if e.date else None,
                "day": e.date.day if e.date else None,
                "certainty": e.certainty.value,
                "kind": e.kind.value,
                "subject": e.subject,
                "label": e.label,
                "source": e.source,
                "quote": e.evidence[0].text if e.evidence else None,
            }
            for e in (*self.entries, *self.undated)
        ]


def timeline(
    *,
    seeds: Iterable[str | Source] | None = None,
    about: Iterable[str] | None = None,
    corpus: Corpus | None = None,
) -> Timeline:
    """Every dated event, status and document date of ``seeds``, in a documented order.

    ``about`` keeps entries whose subject is one of the given ids.

    >>> t = timeline(about=["merida-initiative"])
    >>> [(str(e.date), e.label) for e in t][:2]
    [('2007', 'Mérida Initiative announced'), ('2008', 'Mérida Initiative signed')]
    """
    c = _corpus(corpus)
    docs = _seeds(c, seeds)
    wanted = {s.id for s in docs}
    order = {s.id: i for i, s in enumerate(c.seeds)}
    keep = None
    if about is not None:
        if isinstance(about, str):
            raise TypeError("about must be an iterable of ids, not one id")
        keep = tuple(dict.fromkeys(about))
        for k in keep:
            c[k]  # raises UnknownIdError for an unknown id
    entries: list[TimelineEntry] = []
    for s in c.sources:
        if s.issued is None:
            continue
        quotes = s.issued.evidence or s.evidence[:1]
        seed = s.id if s.seed is not None else quotes[0].source
        entries.append(
            TimelineEntry(
                date=s.issued.date,
                certainty=s.issued.certainty,
                kind=EntryKind.DOCUMENT,
                subject=s.id,
                label=f"{s.title} issued",
                source=seed,
                evidence=quotes,
            )
        )
    seed_dates = {s.id: s.issued for s in c.seeds}
    for i in c.initiatives:
        entries.extend(
            TimelineEntry(
                date=e.date,
                certainty=Certainty.STATED,
                kind=EntryKind.EVENT,
                subject=i.id,
                label=f"{i.name} {e.kind.value}",
                source=e.evidence[0].source,
                evidence=e.evidence,
            )
            for e in i.events
        )
        for st in i.statuses:
            sid = st.evidence[0].source
            dating = seed_dates.get(sid)
            entries.append(
                TimelineEntry(
                    date=dating.date if dating else None,
                    certainty=Certainty.INFERRED,
                    kind=EntryKind.STATUS,
                    subject=i.id,
                    label=f"{i.name}: {st.status.value}",
                    source=sid,
                    evidence=st.evidence,
                )
            )
    entries = [e for e in entries if e.source in wanted and (keep is None or e.subject in keep)]
    dated = sorted(
        (e for e in entries if e.date is not None),
        key=lambda e: (
            e.date.sort_key if e.date else (0, 0, 0),
            _KIND_RANK[e.kind],
            order.get(e.source, 0),
            e.subject,
        ),
    )
    undated = tuple(e for e in entries if e.date is None)
    return Timeline(
        entries=tuple(dated), undated=undated, seeds=tuple(s.id for s in docs), about=keep
    )


# --------------------------------------------------------------- divergences


class Relation(enum.Enum):
    """How two differing statements relate."""

    CONFLICT = "conflict"
    """The documents state different things about the same thing at the same time."""
    DIFFERENT_EVENTS = "different events"
    """The dates differ because they are dates of two different events."""
    DIFFERENT_TIMES = "different times"
    """The documents speak at different dates; the difference may be a change."""


@attrs.frozen(kw_only=True)
class Divergence:
    """Two documents stating different things about the same object."""

    subject: Initiative | Figure
    """The initiative (or, for figures, the first figure) the statements are about."""
    aspect: str
    """What differs: ``date``, ``status`` or ``value``."""
    relation: Relation
    """Whether it is a conflict, two different events, or two different times."""
    a_source: str
    """Id of the first document."""
    a_value: str
    """What the first document states."""
    a_evidence: tuple[Quote, ...]
    """Its quotes."""
    b_source: str
    """Id of the second document."""
    b_value: str
    """What the second document states."""
    b_evidence: tuple[Quote, ...]
    """Its quotes."""
    note: str
    """Why the relation is what it is."""


@attrs.frozen(kw_only=True)
class Divergences(Result):
    """Where documents state different things about the same object, both quotes shown."""

    rows: tuple[Divergence, ...]
    """Every divergence found."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "subject": "string",
        "aspect": "string",
        "relation": "string",
        "a_source": "string",
        "a_value": "string",
        "a_quote": "string",
        "b_source": "string",
        "b_value": "string",
        "b_quote": "string",
        "note": "string",
    }

    def __iter__(self) -> Iterator[Divergence]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def table(self) -> Table:
        """One row per divergence, both statements side by side."""
        rows = [
            [
                _cell(d.subject.id),
                _cell(d.aspect),
                _cell(d.relation.value),
                _cell(f"{_short_id(d.a_source)}: {d.a_value}", d.a_evidence),
                _cell(f"{_short_id(d.b_source)}: {d.b_value}", d.b_evidence),
                _cell(d.note),
            ]
            for d in self.rows
        ]
        return _tab(
            "Divergences between documents",
            ["subject", "aspect", "relation", "states (a)", "states (b)", "why"],
            rows,
            "Two different events or times are labelled as such, not counted as conflicts.",
        )

    def records(self) -> list[dict[str, Any]]:
        """One record per divergence."""
        return [
            {
                "subject": d.subject.id,
                "aspect": d.aspect,
                "relation": d.relation.value,
                "a_source": d.a_source,
                "a_value": d.a_value,
                "a_quote": d.a_evidence[0].text if d.a_evidence else None,
                "b_source": d.b_source,
                "b_value": d.b_value,
                "b_quote": d.b_evidence[0].text if d.b_evidence else None,
                "note": d.note,
            }
            for d in self.rows
        ]


_FOUNDING = frozenset(
    {EventKind.ANNOUNCED, EventKind.SIGNED, EventKind.LAUNCHED, EventKind.ESTABLISHED}
)


def divergences(*, corpus: Corpus | None = None) -> Divergences:
    """Where documents state different things about the same initiative or measure.

    Compared: the dates of an initiative's events (the same kind of event → a conflict;
    two founding events such as *announced* and *signed* → two different events), the
    statuses seeds give an initiative (seeds of different dates → different times), and
    figures coded with the same ``measure``.

    >>> [(d.subject.id, d.relation.value) for d in divergences()][:1]
    [('merida-initiative', 'different events')]
    """
    c = _corpus(corpus)
    order = {s.id: i for i, s in enumerate(c.seeds)}
    dates = {s.id: s.issued.date if s.issued else None for s in c.seeds}
    out: list[Divergence] = []
    for i in c.initiatives:
        dated = [e for e in i.events if e.date is not None]
        for pair in itertools.combinations(dated, 2):
            x, y = sorted(pair, key=lambda e: order[e.evidence[0].source])
            sx, sy = x.evidence[0].source, y.evidence[0].source
            if sx == sy or x.date == y.date:
                continue
            if x.kind is y.kind:
                rel, note = Relation.CONFLICT, f"both date the {x.kind.value} event"
            elif x.kind in _FOUNDING and y.kind in _FOUNDING:
                rel = Relation.DIFFERENT_EVENTS
                note = f"{x.kind.value} and {y.kind.value} are different events"
            else:
                continue
            out.append(
                Divergence(
                    subject=i,
                    aspect="date",
                    relation=rel,
                    a_source=sx,
                    a_value=f"{x.kind.value} {x.date}",
                    a_evidence=x.evidence,
                    b_source=sy,
                    b_value=f"{y.kind.value} {y.date}",
                    b_evidence=y.evidence,
                    note=note,
                )
            )
        for claims in itertools.combinations(i.statuses, 2):
            p, q = sorted(claims, key=lambda st: order[st.evidence[0].source])
            sp, sq = p.evidence[0].source, q.evidence[0].source
            if sp == sq or p.status is q.status:
                continue
            same_time = dates[sp] == dates[sq]
            out.append(
                Divergence(
                    subject=i,
                    aspect="status",
                    relation=Relation.CONFLICT if same_time else Relation.DIFFERENT_TIMES,
                    a_source=sp,
                    a_value=p.status.value,
                    a_evidence=p.evidence,
                    b_source=sq,
                    b_value=q.status.value,
                    b_evidence=q.evidence,
                    note="same document date"
                    if same_time
                    else f"documents dated {dates[sp]} and {dates[sq]}",
                )
            )
    measures: dict[str, list[Figure]] = {}
    for f in c.figures:
        if f.measure is not None:
            measures.setdefault(f.measure, []).append(f)
    for measure, fs in measures.items():
        for f, g in itertools.combinations(fs, 2):
            if f.source == g.source or (f.amount == g.amount and f.unit is g.unit):
                continue
            periods_differ = f.period is not None and g.period is not None and f.period != g.period
            out.append(
                Divergence(
                    subject=f,
                    aspect="value",
                    relation=Relation.DIFFERENT_TIMES if periods_differ else Relation.CONFLICT,
                    a_source=f.source,
                    a_value=f"{f.qualifier.value} {_format_amount(f.amount, f.unit)}",
                    a_evidence=f.evidence,
                    b_source=g.source,
                    b_value=f"{g.qualifier.value} {_format_amount(g.amount, g.unit)}",
                    b_evidence=g.evidence,
                    note=f"both measure {measure}"
                    + (f" ({f.period} vs {g.period})" if periods_differ else ""),
                )
            )
    return Divergences(rows=tuple(out))


# ---------------------------------------------------------------------- diff


FieldValue: TypeAlias = object
"""The value of any field of a domain object (a string, an enum, a tuple of quotes...)."""


@attrs.frozen(kw_only=True)
class DiffRow:
    """One field of two objects."""

    field: str
    """The field name."""
    a: FieldValue
    """Its value in the first object."""
    b: FieldValue
    """Its value in the second object."""

    @property
    def same(self) -> bool:
        """Whether the values are equal."""
        return self.a == self.b


@attrs.frozen(kw_only=True)
class ObjectDiff(Result):
    """Two objects of one kind, field by field."""

    a: Object
    """The first object."""
    b: Object
    """The second object."""
    rows: tuple[DiffRow, ...]
    """Every field, in declaration order."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "field": "string",
        "a": "string",
        "b": "string",
        "same": "boolean",
    }

    def __iter__(self) -> Iterator[DiffRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def differing(self) -> tuple[DiffRow, ...]:
        """The fields whose values differ."""
        return tuple(r for r in self.rows if not r.same)

    def table(self) -> Table:
        """One row per field; equal fields marked."""
        rows = [
            [_cell(r.field), _cell(_show(r.a)), _cell(_show(r.b)), _cell("=" if r.same else "≠")]
            for r in self.rows
        ]
        return _tab(
            f"{self.a.id} vs {self.b.id}",
            ["field", self.a.id, self.b.id, ""],
            rows,
            f"{len(self.differing)} of {len(self.rows)} fields differ.",
        )

    def records(self) -> list[dict[str, Any]]:
        """One record per field, values shown as text."""
        return [
            {"field": r.field, "a": _show(r.a), "b": _show(r.b), "same": r.same} for r in self.rows
        ]


def _show(value: object) -> str:

    return show_value(value)


def diff(a: Object, b: Object) -> ObjectDiff:
    """Two objects of one kind, field by field.

    >>> import binational
    >>> opts = binational.load().options
    >>> d = diff(opts["nsc-option-border-enforcement"], opts["nsc-option-regional-cooperation"])
    >>> [r.field for r in d.differing][:3]
    ['id', 'name', 'summary']
    """
    if not attrs.has(type(a)) or not attrs.has(type(b)):
        raise TypeError("diff() takes two domain objects (an Actor, a PolicyOption, ...)")
    if type(a) is not type(b):
        kinds = f"{type(a).__name__} and {type(b).__name__}"
        raise TypeError(f"diff() compares two objects of one kind, not {kinds}")
    rows = tuple(
        DiffRow(field=f.name, a=getattr(a, f.name), b=getattr(b, f.name))
        for f in attrs.fields(type(a))
    )
    return ObjectDiff(a=a, b=b, rows=rows)


def codebook() -> Codebook:
    """The codebook: every dimension, criterion and portrayal defined, with the rules.

    >>> cb = codebook()
    >>> cb.dimensions[Dimension.TRADE_AND_TRAVEL].question[:40]
    'Should keeping legitimate trade and trav'
    """
    return CODEBOOK
