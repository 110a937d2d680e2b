"""Recall of the timeline against a blind list of the events the seeds date.

Usage::

    python tools/double-coding/events.py             # the table, as Markdown
    python tools/double-coding/events.py --summary   # the counts only

``events-blind.json`` lists the events a second reader found in the four seed texts,
independently of the data and blind to it (88 rows: document, event, when, certainty,
quote, note). Its author's caveats: some rows are document dates, and some dates are
that reader's inferences from context, not facts.

A row is *matched* when :func:`binational.compare.timeline` has an entry read from the
same seed whose quotes overlap the row's quote in the seed text (whitespace compared
loosely: the blind quotes print line breaks as spaces) and whose date agrees with the
row's: the same partial date (and the same end, for a span), where the row gives one;
any date, or none, where the row dates the event only relative to the text ("since the
Bush administration", "the past 18 years"). Fiscal years ("FY2026") are not calendar
dates; a row dated by one matches only an entry of that year. Every unmatched row is
settled in :data:`SETTLED` against the text: why it is not a timeline event (a
statistic, a trend, a figure's period) or where the data records it instead.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import binational as bn
from binational.compare import TimelineEntry

HERE = Path(__file__).resolve().parent
SEEDS = {
    "000": "nsc-migration-policy-brief",
    "001": "orion-2026-neighbor-in-focus",
    "002": "lawson-tello-fox-border-security-north-america",
    "003": "greenway-2025-military-options-border",
}

BY_HAND: dict[int, str] = {
    55: "doc-nss-2006",
    56: "doc-nss-2010",
    58: "doc-nds-2005",
    59: "doc-nds-2008",
    60: "doc-dsg-2012",
}
"""Rows matched by hand (row index -> subject): the same document, dated the same, whose
date the data reads from another cell of the same comparison table than the row quotes.
The entry must still be on the timeline, from the same seed, with an agreeing date."""

_FISCAL = (
    "A budget for a fiscal year, not an event dated in it: the study prints no date for "
    "the request, the resolution or the law, and a fiscal year is not a calendar date. "
    "The fiscal years are kept in the figures' periods (compare.figures(fiscal_year=...)) "
    "and in the initiatives' names."
)
_TREND = (
    "A trend dated only relative to the time of writing; no calendar date is printed, and "
    "the blind reader's span is computed from the document's date. Not an event."
)

SETTLED: dict[int, str] = {
    2: _TREND + " The brief's “past decade” is the figure nsc-mexico-role-evolution-period;"
    " Mexico's shift to enforcement partner is coded as characterizations of Mexico.",
    17: "An analysis of doctrine “Since the George W. Bush administration”: no date, not an "
    "event. The strategy documents it compares are on the timeline as documents.",
    18: "The study's reading of the 2002 strategy (“visible as early as 2002”), not an "
    "event; the 2002 NSS is on the timeline as a document (doc-nss-2002, 2002).",
    19: _FISCAL,
    20: _FISCAL,
    21: _FISCAL,
    22: _FISCAL,
    23: _FISCAL,
    24: _FISCAL + " “the first time in modern U.S. defense planning” is dated only by the"
    " FY26 budget it describes.",
    25: _FISCAL,
    26: _FISCAL,
    27: _FISCAL + " The NDAA's year is not printed.",
    48: _TREND + " The rise it speaks of is the figures orion-fig-firearm-homicide-share-2005"
    " (on the timeline, 2005) and orion-fig-firearm-homicide-increase.",
    51: "A statistic, the figure orion-fig-texas-arizona-share; its span “Since 2009” is "
    "open-ended, which a figure's period cannot hold, so the figure has no period and is "
    "not on the timeline. Not an event.",
    62: _TREND + " The chapter's own date is itself inferred (2018); its dating note says "
    "why the 18 years are not used.",
    63: "A cited work the chapter dates only “more than a decade ago”; recorded as a source "
    "silent on its date (report-on-the-future-of-the-nafta-bloc), so it is not on the "
    "timeline. No year can be read from the text.",
    74: _TREND,
    76: "A statistic, the figure greenway-us-overdose-deaths-annual-since-2021; its span "
    "“since 2021” is open-ended, which a figure's period cannot hold. Not an event.",
    77: _TREND + " (“Over the past four years” before 27 January 2025.)",
    # matched rows with a word on how
    71: "Matched by the chapter's own date (2018, inferred from this sentence): the "
    "progress is stated as of the chapter's time, not dated as an event.",
    84: "Matched by the recommendation's timeframe, whose years are U.S. fiscal years (its "
    "note says so, and the label prints “fiscal years (FYs) 2025 and 2026”).",
}
"""Why each blind row the timeline does not list stays off it (row index -> reason)."""


def span(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text``, any run of whitespace matching any other."""
    words = [re.escape(w) for w in quote.split()]
    m = re.search(r"\s+".join(words), text)
    return (m.start(), m.end()) if m else None


def target(when: str) -> tuple[str | None, str | None, bool]:
    """The row's date as (start, end, exact): exact False for a relative or open date."""
    w = when.strip()
    if m := re.fullmatch(r"(\d{4}(?:-\d\d){0,2})", w):
        return m[1], None, True
    if m := re.fullmatch(r"(?:mid-|late-)?(\d{4})(?:/(\d{4}))?", w):
        return m[1], m[2], True
    if m := re.fullmatch(r"FY(\d{4})(?:/FY(\d{4}))?", w):
        return m[1], m[2], True
    if m := re.fullmatch(r"since (\d{4})", w):
        return m[1], None, False
    return None, None, False


def agrees(entry: TimelineEntry, when: str) -> bool:
    """Whether the entry's date agrees with the row's ``when``."""
    start, end, exact = target(when)
    if not exact:
        return True
    if entry.date is None or str(entry.date) != start:
        return False
    last = getattr(entry, "end", None)  # entries had no end before events could span
    return end is None or (last is not None and str(last.year) == end)


def match(rows: list[dict[str, str]]) -> list[list[TimelineEntry]]:
    """For each row, the timeline entries that match it."""
    corpus = bn.load()
    t = bn.compare.timeline()
    entries = [*t.entries, *t.undated]
    out: list[list[TimelineEntry]] = []
    for i, r in enumerate(rows):
        if i in BY_HAND:
            seed = SEEDS[r["document"][:3]]
            out.append(
                [
                    e
                    for e in entries
                    if e.subject == BY_HAND[i] and e.source == seed and agrees(e, r["when"])
                ]
            )
            continue
        seed = SEEDS[r["document"][:3]]
        where = span(corpus.text(seed), r["quote"])
        if where is None:
            raise SystemExit(f"quote not found in {seed}: {r['quote'][:60]!r}")
        lo, hi = where
        out.append(
            [
                e
                for e in entries
                if e.source == seed
                and agrees(e, r["when"])
                and any(q.source == seed and q.start < hi and lo < q.end for q in e.evidence)
            ]
        )
    return out


def _end(e: TimelineEntry) -> str:
    last = getattr(e, "end", None)
    return f"–{last}" if last else ""


def cell(s: str) -> str:
    """A Markdown table cell: one line, pipes escaped."""
    return " ".join(s.split()).replace("|", "\\|")


def main(argv: list[str]) -> None:
    """Print the recall and, unless ``--summary``, the table of every row."""
    rows = json.loads((HERE / "events-blind.json").read_text(encoding="utf-8"))
    found = match(rows)
    n = sum(1 for f in found if f)
    rejected = {i for i, f in enumerate(found) if not f and i in SETTLED}
    print(f"recall: {n}/{len(rows)} = {n / len(rows):.3f}")
    kept = len(rows) - len(rejected)
    print(f"recall over the rows settled as timeline entries: {n}/{kept} = {n / kept:.3f}")
    if "--summary" in argv:
        return
    print()
    print("| # | seed | when (blind) | event (blind) | timeline entry | settled |")
    print("| --- | --- | --- | --- | --- | --- |")
    for i, (r, f) in enumerate(zip(rows, found, strict=True)):
        got = "; ".join(
            f"{e.date or 'undated'}{_end(e)} {e.kind.value} `{e.subject}` ({e.certainty.value})"
            for e in f
        )
        print(
            f"| {i} | {r['document'][:3]} | {cell(r['when'])} | {cell(r['event'])} "
            f"| {got or '—'} | {cell(SETTLED.get(i, 'by hand' if i in BY_HAND else ''))} |"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
