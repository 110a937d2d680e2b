"""Search without a server: an index written as a script file, and the page that reads it.

``search-index.js`` sets ``window.BN_INDEX`` (a ``<script>`` loads from ``file://``
where a fetched JSON file would not); ``assets/search.js`` ranks its entries.
"""

from __future__ import annotations

from binational.model import display_text
from binational.site._facts import Facts, cut, fragment, kind_label, label
from binational.site._html import Safe, join, page, script_json, tag

__all__ = ["search_index", "search_page"]


def search_index(facts: Facts) -> str:
    """The index: every passage of every document, and every object with its quotes.

    Passages are ``[page, anchor, text]``; objects ``[kind, href, id, label, names,
    summary, quotes]``, texts in their display form. Names are an object's name, title
    and aliases; its summary is its summary, subject or text (or, lacking all of these,
    its label), so no field is counted twice.
    """
    pages: list[list[str]] = []
    passages: list[list[object]] = []
    for seed in facts.seeds:
        lay = facts.layouts[seed.id]
        pages.append([f"doc/{seed.id}.html", seed.title])
        for block in lay.blocks:
            parts = block.rows or (block,)
            for part in parts:
                if getattr(part, "rule", False):
                    continue
                text = display_text(lay.text[part.start : part.end])
                if text:
                    passages.append([len(pages) - 1, f"b{part.start}", text])
    objects: list[list[str]] = []
    for kind, collection in facts.corpus.collections().items():
        for obj in collection:
            names = [
                v
                for v in (getattr(obj, "name", None), getattr(obj, "title", None))
                if isinstance(v, str)
            ]
            names += getattr(obj, "aliases", ())
            summary = next(
                (
                    v
                    for v in (getattr(obj, a, None) for a in ("summary", "subject", "text"))
                    if isinstance(v, str)
                ),
                "" if names else label(obj, 200),
            )
            quotes = dict.fromkeys(display_text(q.text) for q in getattr(obj, "evidence", ()))
            objects.append(
                [
                    kind_label(kind),
                    f"objects/{kind.value}.html#{fragment(obj.id)}",
                    obj.id,
                    label(obj, 200),
                    " · ".join(names),
                    cut(summary, 1000),
                    " … ".join(quotes),
                ]
            )
    data = {"pages": pages, "passages": passages, "objects": objects}
    return f"window.BN_INDEX = {script_json(data)};\n"


def search_page() -> str:
    """The search page: a box, and the hits the script finds in the index."""
    body = join(
        [
            tag("h1", None, "Search"),
            tag(
                "p",
                None,
                "Find objects by their names, summaries and quotes, and passages of the "
                "documents by their words (case and accents ignored; every word must match).",
            ),
            tag(
                "form",
                {"id": "search-form", "role": "search", "action": "search.html", "method": "get"},
                tag("label", {"for": "q"}, "Words to find"),
                Safe(" "),
                tag("input", {"id": "q", "name": "q", "type": "search", "autocomplete": "off"}),
                Safe(" "),
                tag("button", {"type": "submit"}, "Search"),
            ),
            tag("p", {"id": "search-status", "role": "status", "aria-live": "polite"}),
            tag(
                "noscript",
                None,
                tag("p", None, "Search needs JavaScript. The index pages list every object."),
            ),
            tag(
                "section",
                {"aria-labelledby": "h-objects"},
                tag("h2", {"id": "h-objects"}, "Objects"),
                tag("ol", {"id": "hits-objects", "class": "hits"}),
            ),
            tag(
                "section",
                {"aria-labelledby": "h-passages"},
                tag("h2", {"id": "h-passages"}, "Passages"),
                tag("ol", {"id": "hits-passages", "class": "hits"}),
            ),
        ]
    )
    return page(
        title="Search",
        root="",
        body=body,
        current="search",
        scripts=("search-index.js", "assets/search.js"),
    )
