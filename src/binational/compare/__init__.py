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

from binational.compare._stances import (
    THEME_DIMENSIONS,
    ActorFraming,
    AssessmentCell,
    DiffRow,
    Divergence,
    Divergences,
    EntryKind,
    FieldValue,
    FigureRow,
    FigureTable,
    FramingCell,
    Mention,
    Mentions,
    ObjectDiff,
    OptionMatrix,
    Relation,
    Result,
    StanceCell,
    StanceComparison,
    StanceMatrix,
    StancePair,
    Status,
    Tension,
    ThemeCell,
    ThemeTable,
    Timeline,
    TimelineEntry,
    agreements,
    codebook,
    diff,
    disagreements,
    divergences,
    figures,
    framing,
    mentions,
    options,
    stances,
    themes,
    timeline,
)

__all__ = [
    "THEME_DIMENSIONS",
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
