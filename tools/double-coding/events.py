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
Bush administration", "the past 18 years"). A row dated by a fiscal year ("FY2026")
matches only an entry dated by that fiscal year (``fiscal``), and one dated "since 2009"
only an open-ended entry from 2009 (``open_ended``). Every unmatched row is
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

_RELATIVE = (
    "Matched by an undated event: the text dates it only relative to the document's own "
    "date, which is itself inferred, so no span is computed (the event's note quotes the "
    "relative words)."
)
_FISCAL = (
    "Matched by an event dated by its fiscal year (fiscal: FY2026 runs 1 October 2025 to "
    "30 September 2026); the study prints no day of the request or enactment."
)

SETTLED: dict[int, str] = {
    # rows the timeline does not list, and why
    17: "The study's reading of the strategy documents (“Since the George W. Bush "
    "administration, U.S. security doctrine has oscillated in how it conceptualizes "
    "Mexico, as reflected across successive [National Security Strategies]…”): an "
    "analysis of how documents conceptualise Mexico, not a development the text reports "
    "as happening. The documents it reads are on the timeline, each with its year.",
    18: "The study's reading of the 2002 strategy (“this drift is visible as early as "
    "2002”): where the study sees its drift begin, not an event; the 2002 NSS is on the "
    "timeline as a document (doc-nss-2002, 2002).",
    63: "A cited work the chapter dates only “more than a decade ago”; recorded as a source "
    "silent on its date (report-on-the-future-of-the-nafta-bloc). Its publication is not "
    "an event of an actor or initiative of the data (the text names no author), and no "
    "year can be read from the text: the chapter's own date is inferred (2018), so "
    "“before 2008” would be an inference on an inference.",
    # matched rows with a word on how
    2: _RELATIVE + " Kind changed (Mexico's role, from transit country to enforcement partner).",
    19: _FISCAL + " Kind approved: “FY25 enacted levels”.",
    20: _FISCAL,
    21: _FISCAL,
    22: _FISCAL,
    23: _FISCAL,
    24: _FISCAL + " The sentence closes the DoD paragraphs and is evidence of the DoD "
    "budget's event (read as said of it).",
    25: _FISCAL,
    26: _FISCAL,
    27: _FISCAL + " Inferred: the NDAA's year is not printed; the section speaks of “FY26 "
    "statutory and budgetary signals” and the NDAA provisions are the only statute in it.",
    48: "Matched by an event from 2005 with no end (2005–, inferred): the rise from 51 "
    "percent in 2005 to INEGI's latest data, whose year is not printed.",
    51: "Matched by the figure, whose period is now open-ended (2009–).",
    62: _RELATIVE,
    71: "Matched by the chapter's own date (2018, inferred from this sentence): the "
    "progress is stated as of the chapter's time, not dated as an event.",
    74: _RELATIVE,
    76: "Matched by the figure, whose period is now open-ended (2021–).",
    77: "Matched by an event dated 2021–2025, inferred: “Over the past four years” before "
    "the report's stated date, 27 January 2025.",
    84: "Matched by the recommendation's timeframe, recorded as U.S. fiscal years "
    "(“fiscal years (FYs) 2025 and 2026”).",
}
"""Why each blind row the timeline does not list stays off it, and how some rows are
matched (row index -> text)."""


def span(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text``, any run of whitespace matching any other."""
    words = [re.escape(w) for w in quote.split()]
    m = re.search(r"\s+".join(words), text)
    return (m.start(), m.end()) if m else None


def target(when: str) -> tuple[str | None, str | None, bool, bool]:
    """The row's date as (start, end, exact, fiscal): exact False for a relative date."""
    w = when.strip()
    if m := re.fullmatch(r"(\d{4}(?:-\d\d){0,2})", w):
        return m[1], None, True, False
    if m := re.fullmatch(r"(?:mid-|late-)?(\d{4})(?:/(\d{4}))?", w):
        return m[1], m[2], True, False
    if m := re.fullmatch(r"FY(\d{4})(?:/FY(\d{4}))?", w):
        return m[1], m[2], True, True
    if m := re.fullmatch(r"since (\d{4})", w):
        return m[1], "open", True, False
    return None, None, False, False


def agrees(entry: TimelineEntry, when: str) -> bool:
    """Whether the entry's date agrees with the row's ``when``.

    A fiscal year matches only an entry dated by that fiscal year (FY2026 is not the
    calendar year 2026), and "since 2009" only an open-ended entry starting in 2009.
    """
    start, end, exact, fiscal = target(when)
    if not exact:
        return True
    if entry.date is None or str(entry.date) != start or entry.fiscal != fiscal:
        return False
    if end == "open":
        return entry.open_ended
    return end is None or (entry.end is not None and str(entry.end.year) == end)


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
        got = "; ".join(f"{e.when} {e.kind.value} `{e.subject}` ({e.certainty.value})" for e in f)
        print(
            f"| {i} | {r['document'][:3]} | {cell(r['when'])} | {cell(r['event'])} "
            f"| {got or '—'} | {cell(SETTLED.get(i, 'by hand' if i in BY_HAND else ''))} |"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
