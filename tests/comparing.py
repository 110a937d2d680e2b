"""Helpers of the compare tests: the packaged corpus, its seeds, every kind of result."""

from __future__ import annotations

from collections.abc import Callable

import binational
from binational import Quote, compare

CORPUS = binational.load()
SEEDS = [s.id for s in CORPUS.seeds]
NSC, ORION, LAWSON, GREENWAY = SEEDS


def verified(q: Quote, source: str) -> bool:
    """The quote is verbatim at its offsets and comes from ``source``."""
    return q.source == source and CORPUS.text(q.source)[q.start : q.end] == q.text


MAKERS: dict[str, Callable[[], compare.Result]] = {
    "stances": compare.stances,
    "disagreements": lambda: compare.disagreements(NSC, GREENWAY),
    "options": compare.options,
    "themes": compare.themes,
    "framing": lambda: compare.framing("mexico"),
    "mentions": lambda: compare.mentions("merida-initiative"),
    "figures": compare.figures,
    "timeline": compare.timeline,
    "divergences": compare.divergences,
    "diff": lambda: compare.diff(CORPUS.actors["mexico"], CORPUS.actors["united-states"]),
}
"""One maker of every kind of result, by the name of its view."""

ROWS = {
    "stances": "cells",
    "disagreements": "pairs",
    "options": "cells",
    "themes": "cells",
    "framing": "cells",
    "mentions": "mentions",
    "figures": "rows",
    "timeline": "entries",
    "divergences": "rows",
    "diff": "rows",
}
"""The field each kind of result keeps its rows in (what it iterates as)."""
