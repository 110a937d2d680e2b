"""Sequences of objects and search hits as compact tables: one row per object.

A :class:`~binational.Collection`, the :class:`~binational.corpus.Objects` of
``by_source`` and the :class:`~binational.corpus.Hits` of a search are drawn as a
:class:`~binational.model.Table` with a row per object: its id, what it is called, the
documents it comes from, its first quote and how many quotes more. The renderers of
:mod:`binational.views._render` draw that table in every medium, escaped for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from binational.corpus import Collection, Hits, Object, kind_of, sources_of
from binational.model import Cell, Passage, Quote, SearchHit, Table, display_text
from binational.views._hits import objects_cell
from binational.views._render import title_of
from binational.views._terminal import clip

__all__ = [
    "MAX_ROWS",
    "hits_table",
    "listing_table",
    "passages_table",
]

MAX_ROWS = 60
"""The most rows a listing shows; the rest are counted in the note under it."""

_TITLE_LIMIT = 90
_QUOTE_LIMIT = 140


def _first_quote(quote: Quote | None) -> Cell:
    if quote is None:
        return Cell(text="no quote", empty=True)
    return Cell(text=f"“{display_text(quote.text, _QUOTE_LIMIT)}” [{quote.start}:{quote.end}]")


def _more(evidence: Sequence[Quote]) -> str:
    return f"+{len(evidence) - 1}" if len(evidence) > 1 else ""


def _note(shown: int, total: int) -> str | None:
    if shown == total:
        return None
    return f"The first {shown} of {total}; iterate it, or .to_frame(), for all."


def listing_table(objects: Iterable[Object], title: str | None = None) -> Table:
    """One row per object: id, name or title, documents, first quote, more quotes."""
    items = tuple(objects)
    if title is None:
        if isinstance(objects, Collection):
            title = f"{len(items)} {objects.kind.value}"
        else:
            kinds = {kind_of(o).value for o in items}
            kind = kinds.pop() if len(kinds) == 1 else "objects"
            title = f"{len(items)} {kind}"
    shown = items[:MAX_ROWS]
    rows = tuple(
        (
            Cell(text=o.id),
            Cell(text=clip(title_of(o), _TITLE_LIMIT)),
            Cell(text=", ".join(sources_of(o))),
            _first_quote(o.evidence[0] if o.evidence else None),
            Cell(text=_more(o.evidence)),
        )
        for o in shown
    )
    return Table(
        title=title,
        columns=("id", "name or title", "documents", "first quote", "more"),
        rows=rows,
        note=_note(len(shown), len(items)),
    )


def hits_table(hits: Hits | Sequence[SearchHit]) -> Table:
    """One row per hit: score, kind, id, name or title, the best quote and its document."""
    shown = tuple(hits)[:MAX_ROWS]
    rows = tuple(
        (
            Cell(text=f"{h.score:.2f}"),
            Cell(text=kind_of(h.object).value[:-1]),
            Cell(text=h.object.id),
            Cell(text=clip(title_of(h.object), _TITLE_LIMIT)),
            _first_quote(h.quote),
            Cell(text=h.quote.source if h.quote else ""),
        )
        for h in shown
    )
    return Table(
        title=f"{len(hits)} hit{'' if len(hits) == 1 else 's'}",
        columns=("score", "kind", "id", "name or title", "best quote", "document"),
        rows=rows,
        note=_note(len(shown), len(hits)),
    )


_PASSAGE_LIMIT = 240


def passages_table(passages: Sequence[Passage]) -> Table:
    """One row per passage: document, section, part, offsets, the passage, its objects."""
    items = tuple(passages)
    shown = items[:MAX_ROWS]
    rows = tuple(
        (
            Cell(text=p.source),
            Cell(text=clip(p.section or "", _TITLE_LIMIT)),
            Cell(text=p.part.value),
            Cell(text=f"{p.start}:{p.end}"),
            Cell(text=clip(p.display, _PASSAGE_LIMIT)),
            objects_cell(p.objects),
        )
        for p in shown
    )
    return Table(
        title=f"{len(items)} passage{'' if len(items) == 1 else 's'}",
        columns=("document", "section", "part", "offsets", "passage", "objects quoted"),
        rows=rows,
        note=_note(len(shown), len(items)),
    )
