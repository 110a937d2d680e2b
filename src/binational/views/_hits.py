"""Full-text hits (:class:`~binational.model.TextHit`) as tables and terminal lines.

A snippet's matches are data marked by position; here they become marks each medium
draws its own way (« » in text, ``<mark>`` in HTML, bold in Markdown), the data escaped
first. This module imports the model only, as :mod:`binational.views` must at import.
"""

from __future__ import annotations

from collections.abc import Sequence

from binational.model import Cell, Table, TextHit
from binational.views._terminal import clip

__all__ = [
    "MARK_CLOSE",
    "MARK_OPEN",
    "objects_cell",
    "snippet_text",
    "text_hits_lines",
    "text_hits_table",
]

_MAX_ROWS = 60
_TITLE_LIMIT = 90
_OBJECTS_SHOWN = 4


def objects_cell(ids: Sequence[str]) -> Cell:
    """The first ids of the objects quoted in a passage, and how many more."""
    shown = ", ".join(ids[:_OBJECTS_SHOWN])
    more = len(ids) - _OBJECTS_SHOWN
    return Cell(text=f"{shown} +{more}" if more > 0 else shown)


MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
"""Where a match of a snippet starts and ends in a table's text: private-use characters,
taken out of the data first, which each medium replaces by its own marking."""


def snippet_text(hit: TextHit, before: str = MARK_OPEN, after: str = MARK_CLOSE) -> str:
    """The snippet of a hit as text, each match between ``before`` and ``after``.

    The characters of :data:`MARK_OPEN` and :data:`MARK_CLOSE` are removed from the data,
    so that only the marks made here are replaced by a medium's markup.
    """
    out = []
    for text, match in hit.snippet:
        clean = text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
        out.append(f"{before}{clean}{after}" if match else clean)
    return " ".join("".join(out).split())


def text_hits_table(
    hits: Sequence[TextHit], before: str = MARK_OPEN, after: str = MARK_CLOSE
) -> Table:
    """One row per hit: score, document, section, part, snippet, the objects quoted."""
    items = tuple(hits)
    shown = items[:_MAX_ROWS]
    rows = tuple(
        (
            Cell(text=f"{h.score:.2f}"),
            Cell(text=h.passage.source),
            Cell(text=clip(h.passage.section or "", _TITLE_LIMIT)),
            Cell(text=h.passage.part.value),
            Cell(text=snippet_text(h, before, after)),
            objects_cell(h.objects),
        )
        for h in shown
    )
    return Table(
        title=f"{len(items)} passage{'' if len(items) == 1 else 's'} found",
        columns=("score", "document", "section", "part", "passage", "objects quoted"),
        rows=rows,
        note=None
        if len(shown) == len(items)
        else f"The first {len(shown)} of {len(items)}; iterate it, or .to_frame(), for all.",
    )


def text_hits_lines(hits: Sequence[TextHit], width: int = 100, *, ascii: bool = False) -> str:
    """Hits for a terminal: a heading line each, the snippet wrapped under it, the objects.

    Matches are marked « » (``*`` with ``ascii``); control characters are escaped.
    """
    import textwrap

    from binational.model import printable

    before, after = ("*", "*") if ascii else ("«", "»")
    dot, more = ("|", "...") if ascii else ("·", "…")
    width = max(width, 30)

    def cut(line: str) -> str:
        line = printable(line)
        return line if len(line) <= width else line[: width - len(more)] + more

    out: list[str] = []
    for n, h in enumerate(hits, 1):
        p = h.passage
        where = f" {dot} ".join(x for x in (p.source, p.section or "", p.part.value) if x)
        out.append(cut(f"{n:>2}  {h.score:5.2f}  {where}  [{p.start}:{p.end}]"))
        snippet = printable(snippet_text(h, before, after).replace("…", more))
        out.extend(
            textwrap.wrap(snippet, width - 4, initial_indent="    ", subsequent_indent="    ")
        )
        if h.objects:
            out.append(cut(f"    quoted: {objects_cell(h.objects).text}"))
    return "\n".join(out)
