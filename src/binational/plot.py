"""Plots of comparison results (matplotlib, an optional extra: ``binational[plot]``).

Each function takes a result of :mod:`binational.compare` (or makes the default one),
draws on ``ax`` (a new figure if None), labels its units, puts a source line under the
plot naming the documents it shows, and returns ``ax``.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from binational import plot
>>> ax = plot.stances()
>>> ax.get_title()
'Stances of the documents on shared dimensions'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from binational.compare import (
    EntryKind,
    FigureTable,
    StanceMatrix,
    Timeline,
    TimelineEntry,
)
from binational.compare import (
    figures as _figures,
)
from binational.compare import (
    stances as _stances,
)
from binational.compare import (
    timeline as _timeline,
)
from binational.model import Direction, Person, Source

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["figures", "source_line", "stances", "timeline"]


def _given(value: object, cls: type | tuple[type, ...], what: str) -> None:
    """Refuse ``value`` unless it is None or a ``cls``: a TypeError saying ``what`` it takes."""
    if value is not None and not isinstance(value, cls):
        raise TypeError(f"{what}, not {type(value).__name__} {value!r:.60}")


def _axes(ax: Axes | None, size: tuple[float, float], function: str = "plot") -> Axes:
    try:
        import matplotlib.pyplot as plt
        from matplotlib.axes import Axes
    except ImportError:
        from binational.exceptions import MissingDependencyError

        raise MissingDependencyError(
            "matplotlib", needed_for="binational.plot", extra="plot"
        ) from None
    _given(ax, Axes, f"{function}() takes a matplotlib Axes as ax, or None for a new figure")
    if ax is None:
        _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def _literal(text: str) -> str:
    r"""``text`` as matplotlib shows it literally: each ``$`` escaped (``\$``).

    Matplotlib typesets what lies between two ``$`` as mathematics (and fails on
    mathematics it cannot parse): every text from the data (authors, figure subjects,
    event labels) passes here before it becomes a label, so an author named ``$x^2$``
    is shown as written.

    >>> _literal("costs $5 or $6")
    'costs \\$5 or \\$6'
    """
    return text.replace("$", r"\$")


def _label(source: Source) -> str:
    """A short author-date label: ``Lawson, Tello & Fox (ca. 2018)``."""
    names = [c.family if isinstance(c, Person) else c.name for c in source.creators]
    if len(names) > 2:
        who = f"{names[0]} et al."
    elif names:
        who = " & ".join(names)
    else:
        who = source.publisher or source.title
    if source.issued is None:
        return f"{who} (n.d.)"
    year = source.issued.date.year
    ca = "ca. " if source.issued.certainty.value == "inferred" else ""
    return f"{who} ({ca}{year})"


def source_line(seeds: Iterable[Source]) -> str:
    """The line printed under a plot: the documents it shows, author and year.

    >>> import binational
    >>> source_line(binational.load().seeds[2:])
    'Sources: Lawson et al. (ca. 2018); Greenway et al. (2025). Coded data: binational.'
    """
    what = "source_line() takes seeds, an iterable of Sources"
    if isinstance(seeds, str | bytes | Source) or not isinstance(seeds, Iterable):
        raise TypeError(f"{what}, not {type(seeds).__name__}")
    chosen = list(seeds)
    for s in chosen:
        _given(s, Source, what)
    return "Sources: " + "; ".join(_label(s) for s in chosen) + ". Coded data: binational."


def _sign(ax: Axes, seeds: Iterable[Source]) -> None:
    # A figure-level label, so the layout engine keeps room for it under the plot.
    ax.figure.supxlabel(
        _literal(source_line(seeds)), x=0.01, ha="left", fontsize=7, color="#444444"
    )


def stances(matrix: StanceMatrix | None = None, *, ax: Axes | None = None) -> Axes:
    """The stance matrix as a heatmap: documents across, dimensions down.

    Colour runs from strongly-against (red) to strongly-for (blue); a dimension a
    document does not address is grey and says so.
    """
    _given(matrix, StanceMatrix, "stances() takes a compare.StanceMatrix as matrix, or None")
    m = _stances() if matrix is None else matrix
    ax = _axes(ax, (3.6 + 1.6 * len(m.seeds), 2.0 + 0.5 * len(m.dimensions)), "stances")
    import numpy as np
    from matplotlib.colors import ListedColormap

    grid = np.full((len(m.dimensions), len(m.seeds)), np.nan)
    labels: dict[tuple[int, int], str] = {}
    for c in m:
        i, j = m.dimensions.index(c.dimension), m.seeds.index(c.source)
        if c.stance is not None:
            grid[i, j] = c.stance.score
        labels[i, j] = c.stance.value if c.stance else "not addressed"
    cmap = ListedColormap(["#b2182b", "#ef8a62", "#f7f7f7", "#67a9cf", "#2166ac"]).with_extremes(
        bad="#d9d9d9"
    )
    image = ax.imshow(np.ma.masked_invalid(grid), cmap=cmap, vmin=-2.5, vmax=2.5, aspect="auto")
    for (i, j), text in labels.items():
        dark = not np.isnan(grid[i, j]) and abs(grid[i, j]) == 2
        ax.text(
            j,
            i,
            text,
            ha="center",
            va="center",
            fontsize=8,
            color="white" if dark else "#222222",
            style="italic" if np.isnan(grid[i, j]) else "normal",
        )
    import textwrap

    ax.set_xticks(
        range(len(m.seeds)), [_literal(textwrap.fill(_label(s), 22)) for s in m.seeds], fontsize=8
    )
    ax.set_yticks(range(len(m.dimensions)), [d.value for d in m.dimensions], fontsize=8)
    ax.tick_params(top=True, labeltop=True, bottom=False, labelbottom=False)
    bar = ax.figure.colorbar(image, ax=ax, ticks=[-2, -1, 0, 1, 2], shrink=0.8, pad=0.02)
    bar.ax.set_yticklabels(
        ["strongly against", "against", "neutral", "for", "strongly for"], fontsize=7
    )
    bar.set_label("coded stance (five-point scale)", fontsize=8)
    ax.set_title("Stances of the documents on shared dimensions", fontsize=10, pad=12)
    _sign(ax, m.seeds)
    return ax


def figures(
    table: FigureTable | None = None,
    *,
    ax: Axes | None = None,
    signed: bool = True,
    title: str | None = None,
) -> Axes:
    """Figures side by side as horizontal bars, one unit per plot.

    ``signed`` draws stated decreases below zero. The default table is the FY26 budget
    changes of DHS, DoD, DOJ and State in U.S. dollars. A table mixing units is refused
    with :exc:`ValueError` (filter it by ``unit`` first).
    """
    _given(table, FigureTable, "figures() takes a compare.FigureTable as table, or None")
    if not isinstance(signed, bool):
        raise TypeError(f"figures() takes True or False as signed, not {type(signed).__name__}")
    _given(title, str, "figures() takes a str as title, or None")
    t = (
        _figures(
            about=["us-dhs", "us-dod", "us-doj", "us-state-department"],
            unit="USD",
            fiscal_year=2026,
        )
        if table is None
        else table
    )
    rows = [r for r in t if table is not None or r.figure.direction is not Direction.LEVEL]
    if not rows:
        raise ValueError("there are no figures to plot")
    units = {r.figure.unit for r in rows}
    if len(units) > 1:
        names = ", ".join(sorted(u.value for u in units))
        raise ValueError(f"figures in several units ({names}) cannot share an axis")
    unit = units.pop()
    ax = _axes(ax, (8, 1.0 + 0.45 * len(rows)), "figures")
    values = [float(r.signed_amount if signed else r.amount) for r in rows]
    scale, word = (1e9, "billions of ") if max(abs(v) for v in values) >= 1e9 else (1.0, "")
    colours = ["#b2182b" if v < 0 else "#2166ac" for v in values]
    labels = [_literal(r.figure.subject) for r in rows]
    bars = ax.barh(range(len(rows)), [v / scale for v in values], color=colours)
    ax.bar_label(bars, [f"{v / scale:+,.4g}" for v in values], fontsize=7, padding=2)
    ax.margins(x=0.15)
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.axvline(0, color="#444444", linewidth=0.8)
    unit_label = {"USD": f"{word}U.S. dollars", "percent": "percent"}.get(unit.value, unit.value)
    ax.set_xlabel(unit_label + (" (decreases below zero)" if signed else ""), fontsize=8)
    default = "FY26 budget changes by department, as the documents state them"
    ax.set_title(
        title or (default if table is None else "Figures stated by the documents"), fontsize=10
    )
    from binational.loader import load

    corpus = load()
    seeds = [s for s in corpus.seeds if any(r.figure.source == s.id for r in rows)]
    _sign(ax, seeds)
    return ax


def timeline(tl: Timeline | None = None, *, ax: Axes | None = None) -> Axes:
    """The timeline's dated events, one row each, with the seed documents' dates.

    A partial date is drawn at the start of the period it names (``2021`` at 1 January
    2021, FY2026 at 1 October 2025). Statuses and the dates of cited works stay in the table
    (:class:`~binational.compare.Timeline`); undated events are counted in the title.
    """
    _given(tl, Timeline, "timeline() takes a compare.Timeline as tl, or None")
    t = _timeline() if tl is None else tl
    events = [e for e in t if e.kind is EntryKind.EVENT]
    if not events:
        raise ValueError("the timeline has no dated events to plot")
    ax = _axes(ax, (9, 1.6 + 0.3 * len(events)), "timeline")

    def x(e: TimelineEntry) -> float:
        if e.date is None:  # only dated entries are drawn; undated ones are in t.undated
            raise ValueError(f"undated entry {e.label!r}")
        year, month, day = e.sort_key  # a fiscal year at its first day
        return year + (max(month, 1) - 1) / 12 + (max(day, 1) - 1) / 365

    ys = range(len(events))
    ax.scatter([x(e) for e in events], list(ys), s=22, color="#2166ac", zorder=3)
    from binational.model import display_text

    ax.set_yticks(
        list(ys),
        [
            _literal(f"{display_text(e.label, 46)} ({e.when}, {e.source.split('-')[0]})")
            for e in events
        ],
    )
    ax.tick_params(axis="y", labelsize=7)
    ax.invert_yaxis()
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    from binational.loader import load

    corpus = load()
    seeds = [s for s in corpus.seeds if s.id in t.seeds]
    documents = [e for e in t if e.kind is EntryKind.DOCUMENT and e.subject in t.seeds]
    for k, e in enumerate(documents):
        ax.axvline(x(e), color="#b2182b", linestyle="--", linewidth=0.8)
        ax.annotate(
            e.subject.split("-")[0],
            (x(e), 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(0, 2 + 8 * (k % 2)),
            textcoords="offset points",
            fontsize=7,
            color="#b2182b",
            ha="center",
            va="bottom",
            annotation_clip=False,
        )
    ax.set_xlabel(
        "year (a partial date at the start of its period; dashed: the seed documents' dates)",
        fontsize=8,
    )
    undated = sum(1 for e in t.undated if e.kind is EntryKind.EVENT)
    ax.set_title(
        f"Dated events in the documents ({len(events)}; {undated} undated not shown)",
        fontsize=10,
        pad=22,
    )
    _sign(ax, seeds)
    return ax
