"""A page per kind of object: an entry per object with its fields and its quotes in context.

Each quote is shown inside the passage around it and links to its highlight in the
document page; each id an object refers to links to that object's entry.
"""

from __future__ import annotations

import enum

from binational.corpus import Object
from binational.model import Kind, Organization, PartialDate, Period, Person, Quote, show_value
from binational.site._facts import Facts, fields_of, fragment, kind_label, label
from binational.site._html import Safe, join, page, tag
from binational.site._text import Span, inline

__all__ = ["kind_page", "quote_figure"]

_PLAIN = Person | Organization | PartialDate | Period
"""Records shown as one line (their ``show_value``)."""

_WEB = ("http://", "https://")
"""The only URLs made links: a bundle's ``javascript:`` URL stays text."""


def quote_figure(facts: Facts, q: Quote, root: str) -> Safe:
    """A quote inside its passage, with a link to its highlight in the document."""
    lay = facts.layouts.get(q.source)
    if lay is None:  # a quote of a text the corpus does not hold: shown as it is
        passage = tag("mark", {"class": "hit"}, q.text)
    else:
        lo, hi = lay.context(q.start, q.end)
        passage = join(
            [
                "… " if lo > 0 and lay.text[lo - 1] != "\n" else None,
                inline(lay, lo, hi, [Span(q.start, q.end)]),
                " …" if hi < len(lay.text) and lay.text[hi] != "\n" else None,
            ]
        )
    where = q.source + (f", “{q.section}”" if q.section else "")
    return tag(
        "figure",
        {"class": "quote"},
        tag("blockquote", None, passage),
        tag(
            "figcaption",
            None,
            tag("a", {"href": facts.quote_href(q, root)}, where),
            " ",
            tag("span", {"class": "off"}, f"[{q.start}:{q.end}]"),
        ),
    )


def _link(facts: Facts, id: str, root: str) -> Safe:
    """A link to an object, named by its name (its id if it has none), or the id as text."""
    href = facts.href(id, root)
    obj = facts.corpus.get(id)
    if href is None or obj is None:
        return tag("span", None, id)
    name = getattr(obj, "name", None)
    return tag("a", {"href": href}, name if isinstance(name, str) else id)


def _value(facts: Facts, value: object, root: str, *, ref: bool = False, url: bool = False) -> Safe:
    """A field's value as markup: links for references, figures for quotes."""
    if value is None or value == ():
        return Safe("—")
    if isinstance(value, str):
        if ref:
            return _link(facts, value, root)
        if url and value.startswith(_WEB):
            return tag("a", {"href": value, "rel": "noopener noreferrer nofollow"}, value)
        return tag("span", None, value)
    if isinstance(value, Quote):
        return quote_figure(facts, value, root)
    if isinstance(value, enum.Enum):
        return tag("span", {"class": "code"}, str(value.value))
    if isinstance(value, bool | int | float | _PLAIN):
        return tag("span", None, show_value(value))
    if isinstance(value, tuple):
        short = all(
            isinstance(v, enum.Enum | _PLAIN) or (isinstance(v, str) and len(v) < 60) for v in value
        )
        if ref or short:
            return join((_value(facts, v, root, ref=ref) for v in value), ", ")
        if all(isinstance(v, Quote) for v in value):
            return join(_value(facts, v, root) for v in value)
        return tag(
            "ol", {"class": "items"}, *(tag("li", None, _value(facts, v, root)) for v in value)
        )
    if fields_of(value):
        return _record(facts, value, root)
    return tag("span", None, str(value))


def _record(facts: Facts, value: object, root: str, *, skip: tuple[str, ...] = ()) -> Safe:
    """An attrs record as a list of its fields that have a value, quotes last."""
    rows: list[Safe] = []
    quotes: list[Safe] = []
    for f in fields_of(value):
        item = getattr(value, f.name)
        if f.name in skip or item is None or item == ():
            continue
        shown = _value(facts, item, root, ref="ref" in f.metadata, url=f.name == "url")
        if f.name == "evidence":
            quotes.append(shown)
        elif f.name == "text" and isinstance(item, str) and not rows:  # a claim: its words
            rows.append(tag("p", {"class": "claim"}, item))
        else:
            rows.append(tag("dt", None, f.name.replace("_", " ")) + tag("dd", None, shown))
    head = [r for r in rows if r.startswith("<p")]
    fields = [r for r in rows if not r.startswith("<p")]
    return join([*head, tag("dl", {"class": "fields"}, *fields) if fields else None, *quotes])


def _entry(facts: Facts, obj: Object, kind: Kind, root: str) -> Safe:
    evidence: tuple[Quote, ...] = getattr(obj, "evidence", ())
    extra: list[Safe] = []
    if kind is Kind.SOURCE and obj.id in facts.layouts:
        extra.append(
            tag("p", None, tag("a", {"href": f"{root}doc/{obj.id}.html"}, "Read the document"))
        )
    referrers = facts.referrers.get(obj.id, ())
    if referrers:
        links = join((_link(facts, o.id, root) for o in referrers), ", ")
        what = f"Referred to by {len(referrers)} object{'s' if len(referrers) > 1 else ''}"
        extra.append(
            tag("details", {"class": "refs"}, tag("summary", None, what), tag("p", None, links))
            if len(referrers) > 8
            else tag("p", {"class": "refs"}, f"{what}: ", links)
        )
    return tag(
        "article",
        {"class": "obj", "id": obj.id, "aria-labelledby": f"h-{obj.id}"},
        tag(
            "h2",
            {"id": f"h-{obj.id}"},
            label(obj, 160),
            " ",
            tag("code", {"class": "id"}, obj.id),
        ),
        _record(facts, obj, root, skip=("id", "evidence")),
        *extra,
        tag("h3", None, f"Quotes ({len(evidence)})") if evidence else None,
        join(quote_figure(facts, q, root) for q in evidence)
        if evidence
        else tag("p", {"class": "empty"}, "No quote: the document does not address it."),
    )


def kind_page(facts: Facts, kind: Kind) -> str:
    """The page of every object of one kind."""
    root = "../"
    objects = list(facts.corpus.collection(kind))
    index = tag(
        "details",
        {"class": "toc"},
        tag("summary", None, f"All {len(objects)} {kind.value}"),
        tag(
            "ul",
            {"class": "cols"},
            *(
                tag("li", None, tag("a", {"href": f"#{fragment(o.id)}"}, label(o, 80)))
                for o in objects
            ),
        ),
    )
    body = join(
        [
            tag("p", {"class": "kicker"}, "Objects"),
            tag("h1", None, kind.value.capitalize()),
            tag(
                "p",
                None,
                f"{len(objects)} {kind.value if len(objects) != 1 else kind_label(kind)}, "
                "each with its fields and every quote it rests on, shown in its passage.",
            ),
            index,
            *(_entry(facts, o, kind, root) for o in objects),
        ]
    )
    return page(title=kind.value.capitalize(), root=root, body=body, current="objects")
