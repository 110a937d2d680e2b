"""The renderers the model's display methods call, registered when views are imported.

Objects, search hits, quotes and anything with a ``table()`` (every comparison result)
are drawn here; the classes only call :func:`binational.model._display.render`.
"""

from __future__ import annotations

import html

from binational.model import Passage, Quote, SearchHit, Table, TextHit, display_text, register
from binational.views._render import (
    object_table,
    render_html,
    render_markdown,
    render_text,
    short_repr,
)
from binational.views._terminal import fit_text

__all__ = ["install"]


CARD_QUOTES = 3
"""The quotes an object's HTML card shows; the rest are folded under one row."""


_TEXT_MARKS = ("«", "»")
"""How a snippet's matches are marked in text (and with ``ascii``, ``*`` around them)."""


def _table(obj: object, quotes: int | None = None, marks: tuple[str, str] | None = None) -> Table:
    """The table ``obj`` is drawn from.

    A row per object or hit of a sequence, its own ``table()``, or its fields (with
    only the first ``quotes`` quotes shown, if given).
    """
    # The corpus (and the listings, which need it) are imported on first use: importing
    # the package loads the model and its views only.
    from binational.corpus import Collection, Hits, Objects, Passages, TextHits

    if isinstance(obj, TextHits | TextHit):
        from binational.views._hits import text_hits_table

        hits = (obj,) if isinstance(obj, TextHit) else obj
        return text_hits_table(hits, *marks) if marks else text_hits_table(hits)
    if isinstance(obj, Passages):
        from binational.views._listing import passages_table

        return passages_table(obj)
    if isinstance(obj, Passage):
        from binational.views._listing import passages_table

        return passages_table((obj,))
    if isinstance(obj, Hits):
        from binational.views._listing import hits_table

        return hits_table(obj)
    if isinstance(obj, Collection | Objects):
        from binational.views._listing import listing_table

        return listing_table(obj)
    table = getattr(obj, "table", None)
    if callable(table):
        made = table()
        if isinstance(made, Table):
            return made
    return object_table(obj, quotes=quotes)


def _hit_repr(hit: SearchHit) -> str:
    return f"<SearchHit {hit.score:.2f} {short_repr(hit.object)[1:-1]}>"


def _passage_repr(p: Passage) -> str:
    return (
        f"<Passage {p.source} [{p.start}:{p.end}] {p.part.value} {display_text(p.display, 60)!r}>"
    )


def _repr(obj: object) -> str:
    if isinstance(obj, SearchHit):
        return _hit_repr(obj)
    if isinstance(obj, Passage):
        return _passage_repr(obj)
    if isinstance(obj, TextHit):
        return f"<TextHit {obj.score:.2f} {_passage_repr(obj.passage)[1:-1]}>"
    return short_repr(obj)


def terminal_width() -> int:
    """The width of the terminal (``COLUMNS`` first), 80 where there is none (Jupyter)."""
    import shutil

    return max(shutil.get_terminal_size((80, 24)).columns, 20)


def _text(obj: object, *, width: int = 72, ascii: bool = False, fit: bool = False) -> str:
    if isinstance(obj, Quote | SearchHit):  # a one-line object: its repr is its text
        return _repr(obj)
    marks = ("*", "*") if ascii else _TEXT_MARKS
    if fit:  # the whole table fitted to the terminal, not its cells to ``width``
        return fit_text(_table(obj, marks=marks), terminal_width(), ascii=ascii)
    return render_text(_table(obj, marks=marks), width=width, ascii=ascii)


def _html(obj: object) -> str:
    if isinstance(obj, SearchHit):
        quote = (
            f"<br><small>“{html.escape(display_text(obj.quote.text, 200))}”"
            f" ({html.escape(obj.quote.source)})</small>"
            if obj.quote
            else ""
        )
        return f"<div>{html.escape(_hit_repr(obj))}{quote}</div>"
    if isinstance(obj, Quote):
        return f"<code>{html.escape(short_repr(obj))}</code>"
    if isinstance(obj, TextHit) or _is_text_hits(obj):
        from binational.views._hits import MARK_CLOSE, MARK_OPEN

        made = render_html(_table(obj))  # data escaped; then the marks made <mark>
        return made.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")
    return render_html(_table(obj, quotes=CARD_QUOTES))


def _markdown(obj: object) -> str:
    if isinstance(obj, SearchHit):
        line = f"`{_hit_repr(obj)}`"
        if obj.quote:
            line += f"\n\n> {display_text(obj.quote.text, 200)} ({obj.quote.source})"
        return line
    if isinstance(obj, Quote):
        return f"`{short_repr(obj)}`"
    if isinstance(obj, TextHit) or _is_text_hits(obj):
        from binational.views._hits import MARK_CLOSE, MARK_OPEN

        made = render_markdown(_table(obj))  # data escaped; then the marks made bold
        return made.replace(MARK_OPEN, "**").replace(MARK_CLOSE, "**")
    return render_markdown(_table(obj))


def _is_text_hits(obj: object) -> bool:
    from binational.corpus import TextHits

    return isinstance(obj, TextHits)


def install() -> None:
    """Register the renderers of every medium (done when :mod:`binational.views` loads)."""
    register("repr", _repr)
    register("text", _text)
    register("html", _html)
    register("markdown", _markdown)
