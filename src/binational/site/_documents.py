"""A page per seed document: its full text, headed by its sections, every quote marked.

Each mark lists the spans it belongs to; the page's data block says, for every span,
which objects it supports, and the site script shows them on hover or keyboard focus.
"""

from __future__ import annotations

from binational.model import Source, display_text
from binational.site._facts import Facts, fragment, kind_label, label
from binational.site._html import Safe, join, page, script_json, tag
from binational.site._text import Block, Layout, Span, inline

__all__ = ["document_page", "source_meta"]


def source_meta(source: Source) -> str:
    """Who made a source and when, in one line."""
    from binational.model import show_value

    parts = [show_value(source.creators)] if source.creators else []
    if source.publisher:
        parts.append(source.publisher)
    if source.issued:
        inferred = " (inferred)" if source.issued.certainty.value == "inferred" else ""
        parts.append(f"{source.issued.date}{inferred}")
    return " · ".join(parts)


def _block(lay: Layout, block: Block, spans: list[Span], anchors: set[str]) -> Safe:
    bid = f"b{block.start}"
    if block.kind == "heading":
        return tag("h2", {"id": bid}, inline(lay, block.start, block.end, spans, anchors=anchors))
    if block.kind == "para":
        return tag("p", {"id": bid}, inline(lay, block.start, block.end, spans, anchors=anchors))
    rows: list[Safe] = []
    for i, row in enumerate(block.rows):
        cell = "th" if i == 0 else "td"
        cells = join(
            tag(
                cell,
                {"scope": "col"} if cell == "th" else None,
                inline(lay, a, b, spans, anchors=anchors),
            )
            for a, b in row.cells
        )
        rows.append(tag("tr", {"id": f"b{row.start}", "class": "mk" if row.rule else None}, cells))
    head, body = rows[:1], rows[1:]
    return tag(
        "div",
        {
            "class": "scroll",
            "id": f"t{block.start}",
            "role": "region",
            "aria-label": "Table",
            "tabindex": 0,
        },
        tag("table", None, tag("thead", None, *head), tag("tbody", None, *body)),
    )


def _data(facts: Facts, source: Source) -> dict[str, object]:
    """For every span of the seed: the objects its quotes support, and in which field."""
    objects: list[list[str]] = []
    index: dict[str, int] = {}
    spans: dict[str, list[list[object]]] = {}
    for s in facts.supports.get(source.id, ()):
        if s.obj.id not in index:
            index[s.obj.id] = len(objects)
            href = f"../objects/{s.kind.value}.html#{fragment(s.obj.id)}"
            objects.append([kind_label(s.kind), s.obj.id, label(s.obj, 100), href])
        entry: list[object] = [index[s.obj.id], "" if s.role == "evidence" else s.role]
        key = Span(s.quote.start, s.quote.end).key
        if entry not in spans.setdefault(key, []):
            spans[key].append(entry)
    return {"objects": objects, "spans": spans}


def document_page(facts: Facts, source: Source) -> str:
    """The page of one seed document."""
    lay = facts.layouts[source.id]
    spans = facts.spans(source.id)
    anchors: set[str] = set()
    text = join(_block(lay, b, spans, anchors) for b in lay.blocks)
    headings = [b for b in lay.blocks if b.kind == "heading"]
    toc = tag(
        "details",
        {"class": "toc", "id": "toc", "open": True},
        tag("summary", None, f"Sections ({len(headings)})"),
        tag(
            "ol",
            None,
            *(
                tag(
                    "li",
                    None,
                    tag("a", {"href": f"#b{b.start}"}, display_text(lay.text[b.start : b.end])),
                )
                for b in headings
            ),
        ),
    )
    n_objects = len({s.obj.id for s in facts.supports.get(source.id, ())})
    head = tag(
        "header",
        {"class": "dochead"},
        tag("p", {"class": "kicker"}, "Document"),
        tag("h1", None, source.title),
        tag("p", {"class": "meta"}, source_meta(source)),
        tag(
            "p",
            {"class": "meta"},
            f"{len(spans)} quoted passages supporting {n_objects} objects. ",
            "Highlights are quotes: hover one, or focus it with Tab, to see what it supports "
            "(Enter moves into the list, Escape leaves it). ",
            tag("a", {"href": facts.href(source.id, "../")}, "The source's record"),
            ".",
        ),
        tag(
            "p",
            {"class": "legend"},
            "Shading: ",
            tag("span", {"class": "sw sw1"}, "one quote"),
            " ",
            tag("span", {"class": "sw sw2"}, "two overlapping"),
            " ",
            tag("span", {"class": "sw sw3"}, "three or more"),
            " ",
            tag("span", {"class": "sw swt"}, "the passage a link points to"),
        ),
    )
    data = script_json(_data(facts, source))
    body = join(
        [
            tag(
                "article",
                {"class": "doc"},
                head,
                toc,
                tag("div", {"class": "text", "id": "text", "lang": "en"}, text),
            ),
            tag(
                "div",
                {
                    "id": "bn-pop",
                    "class": "pop",
                    "role": "dialog",
                    "aria-label": "What this passage supports",
                    "hidden": True,
                },
            ),
            tag("script", {"type": "application/json", "id": "bn-data"}, data),
        ]
    )
    return page(title=source.title, root="../", body=body, current="documents", wide=True)
