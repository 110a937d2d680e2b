"""The comparison views as pages: every cell with quotes links to the passages behind it."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from binational import compare
from binational.model import Cell, Quote, Table, display_text
from binational.site._facts import Facts, short_id
from binational.site._html import Safe, join, page, tag

__all__ = ["View", "cell_html", "compare_page", "table_html", "views"]


@attrs.frozen
class View:
    """One comparison page: its file name, title, a line saying what it shows, its table."""

    name: str
    title: str
    about: str
    table: Table


def views(facts: Facts) -> Iterator[View]:
    """Every comparison view of the corpus, framing once per coded actor it holds."""
    c = facts.corpus
    yield View(
        "stances",
        "Stances",
        "Each document's coded stance on each shared dimension.",
        compare.stances(corpus=c).table(),
    )
    yield View(
        "options",
        "Options",
        "Policy options rated against shared criteria.",
        compare.options(corpus=c).table(),
    )
    yield View(
        "themes",
        "Themes",
        "What each document recommends in each theme.",
        compare.themes(corpus=c).table(),
    )
    for actor_id in compare.codebook().coded_actors:
        actor = c.actors.get(actor_id)
        if actor is not None:
            yield View(
                f"framing-{actor.id}",
                f"Framing of {actor.name}",
                f"How each document characterises {actor.name}.",
                compare.framing(actor, corpus=c).table(),
            )
    yield View(
        "timeline",
        "Timeline",
        "Dated events, statuses and document dates, in order.",
        compare.timeline(corpus=c).table(),
    )
    yield View(
        "figures",
        "Figures",
        "Every figure the documents state, values normalised.",
        compare.figures(corpus=c).table(),
    )
    yield View(
        "divergences",
        "Divergences",
        "Where documents state different things about the same object.",
        compare.divergences(corpus=c).table(),
    )


def _unique(quotes: tuple[Quote, ...]) -> list[Quote]:
    return list({(q.source, q.start, q.end): q for q in quotes}.values())


def cell_html(facts: Facts, cell: Cell, root: str, *, header: bool = False) -> Safe:
    """One cell: its text, and a link to each passage behind it."""
    lines = []
    for line in cell.text.split("\n"):  # a line that is an object's id links to it
        href = facts.href(line, root) if line in facts.kinds else None
        lines.append(tag("a", {"href": href}, line) if href else tag("span", None, line))
    text = join(lines, Safe("<br>"))
    links = [
        tag(
            "li",
            None,
            tag(
                "a",
                {"href": facts.quote_href(q, root), "class": "ev"},
                tag("span", {"class": "src"}, short_id(q.source)),
                " “",
                display_text(q.text, 70),
                "”",
            ),
        )
        for q in _unique(cell.quotes)
    ]
    body = join([text, tag("ul", {"class": "ev"}, *links) if links else None])
    name = "th" if header else "td"
    attrs_ = {"scope": "row"} if header else {}
    if cell.empty:
        attrs_["class"] = "empty"
    return tag(name, attrs_, body)


def table_html(facts: Facts, table: Table, root: str, caption_id: str) -> Safe:
    """A table in its own scrolling region, so a wide one never widens the page."""
    head = tag("tr", None, *(tag("th", {"scope": "col"}, c) for c in table.columns))
    rows = (
        tag("tr", None, *(cell_html(facts, c, root, header=i == 0) for i, c in enumerate(row)))
        for row in table.rows
    )
    return join(
        [
            tag(
                "div",
                {"class": "scroll", "role": "region", "aria-labelledby": caption_id, "tabindex": 0},
                tag(
                    "table",
                    {"class": "grid many" if len(table.columns) > 6 else "grid"},
                    tag("caption", {"id": caption_id}, table.title),
                    tag("thead", None, head),
                    tag("tbody", None, *rows),
                ),
            ),
            tag("p", {"class": "note"}, table.note) if table.note else None,
        ]
    )


def compare_page(facts: Facts, view: View) -> str:
    """The page of one comparison view."""
    root = "../"
    n = sum(1 for row in view.table.rows for c in row if c.quotes)
    body = join(
        [
            tag("p", {"class": "kicker"}, "Compare"),
            tag("h1", None, view.title),
            tag(
                "p",
                None,
                f"{view.about} {n} cells rest on quotes; each links to its passages, "
                "highlighted in the document. Empty cells say why they are empty.",
            ),
            table_html(facts, view.table, root, "t-caption"),
        ]
    )
    return page(title=view.title, root=root, body=body, current="compare", wide=True)
