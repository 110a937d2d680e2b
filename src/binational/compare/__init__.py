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
['migration-as-security-threat', 'binational-cooperation']

Objects and documents are named as everywhere in the library: by id, name or alias,
in any case and with or without accents, and a seed also by its number or short name
(``compare.disagreements("000", "Greenway")``, ``compare.mentions("merida initiative")``).

What the codes mean is in :func:`codebook`. The texts themselves are read by
:func:`concordance` (keyword in context), :func:`terms` (the document–term matrix) and
:func:`keyness` (the terms that set a document apart).
"""

from binational.compare._base import Result, Status
from binational.compare._codebook import THEME_DIMENSIONS, codebook
from binational.compare._concordance import Concordance, KwicRow, concordance
from binational.compare._diff import DiffRow, FieldValue, ObjectDiff, diff
from binational.compare._divergences import Divergence, Divergences, Relation, divergences
from binational.compare._figures import FigureRow, FigureTable, figures
from binational.compare._framing import ActorFraming, FramingCell, framing
from binational.compare._keyness import (
    G2_THRESHOLDS,
    DocumentTerms,
    Keyness,
    KeyTerm,
    TermCount,
    keyness,
    terms,
)
from binational.compare._mentions import Mention, Mentions, mentions
from binational.compare._options import AssessmentCell, OptionMatrix, options
from binational.compare._stances import (
    StanceCell,
    StanceComparison,
    StanceMatrix,
    StancePair,
    agreements,
    disagreements,
    stances,
)
from binational.compare._textindex import FTS5_TOKENIZER, STOP_WORDS
from binational.compare._themes import Tension, ThemeCell, ThemeTable, themes
from binational.compare._timeline import EntryKind, Timeline, TimelineEntry, timeline

__all__ = [
    "FTS5_TOKENIZER",
    "G2_THRESHOLDS",
    "STOP_WORDS",
    "THEME_DIMENSIONS",
    "ActorFraming",
    "AssessmentCell",
    "Concordance",
    "DiffRow",
    "Divergence",
    "Divergences",
    "DocumentTerms",
    "EntryKind",
    "FieldValue",
    "FigureRow",
    "FigureTable",
    "FramingCell",
    "KeyTerm",
    "Keyness",
    "KwicRow",
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
    "TermCount",
    "ThemeCell",
    "ThemeTable",
    "Timeline",
    "TimelineEntry",
    "agreements",
    "codebook",
    "concordance",
    "diff",
    "disagreements",
    "divergences",
    "figures",
    "framing",
    "keyness",
    "mentions",
    "options",
    "stances",
    "terms",
    "themes",
    "timeline",
]
