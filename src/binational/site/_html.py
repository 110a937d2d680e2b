"""HTML for the site, escaped in one place: :func:`esc` for markup, :func:`script_json` for data.

Every string that reaches a page goes through one of the two. Markup built here is a
:class:`Safe` string; a plain ``str`` handed to :func:`tag` or :func:`join` is text and
is escaped, so a name like ``<img src=x onerror=alert(1)>`` from a bundle shows as text.
"""

from __future__ import annotations

import html
import json
import string
from collections.abc import Iterable, Mapping
from functools import cache
from importlib.resources import files

__all__ = ["Safe", "esc", "join", "page", "script_json", "tag"]


class Safe(str):
    """Markup that is already escaped: written as it is.

    Adding a plain string to it escapes that string (``Safe + str`` is markup too).
    """

    __slots__ = ()

    def __add__(self, other: str) -> Safe:
        return Safe(str.__add__(self, esc(other)))


def esc(text: str) -> Safe:
    """``text`` as HTML text or attribute value (``& < > " '`` escaped); Safe as it is."""
    if isinstance(text, Safe):
        return text
    return Safe(html.escape(text, quote=True))


Child = str | Safe | None


def join(children: Iterable[Child], sep: str = "") -> Safe:
    """The children as one piece of markup: plain strings escaped, None left out."""
    return Safe(esc(sep).join(esc(c) for c in children if c is not None))


def tag(
    name: str, attrs: Mapping[str, str | int | bool | None] | None = None, *body: Child
) -> Safe:
    """``<name attrs>body</name>``: attribute values and text in ``body`` escaped.

    An attribute that is None or False is left out; True writes it bare. ``name`` and
    attribute names are the site's own, never data.
    """
    parts = [name]
    for key, value in (attrs or {}).items():
        if value is None or value is False:
            continue
        parts.append(key if value is True else f'{key}="{esc(str(value))}"')
    opening = f"<{' '.join(parts)}>"
    if name in _VOID:
        return Safe(opening)
    return Safe(f"{opening}{join(body)}</{name}>")


_VOID = frozenset({"br", "hr", "img", "input", "link", "meta", "wbr"})


def script_json(value: object) -> Safe:
    r"""``value`` as JSON safe inside a ``<script>`` element or a ``.js`` file.

    ``<``, ``>`` and ``&`` are written as ``\u003c``... so no ``</script>`` or
    ``<!--`` can end the script early, and the line separators U+2028 and U+2029,
    which older JavaScript reads as line ends, are escaped too.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in _JS_ESCAPES:
        text = text.replace(raw, escaped)
    return Safe(text)


_JS_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


@cache
def _template() -> string.Template:
    text = files("binational.site").joinpath("templates", "page.html").read_text("utf-8")
    return string.Template(text)


def page(
    *,
    title: str,
    root: str,
    body: Safe,
    current: str = "",
    scripts: Iterable[str] = (),
    wide: bool = False,
) -> str:
    """A whole page: the shell of ``templates/page.html`` around ``body``.

    ``root`` is the relative path from the page to the site's top (``""`` or ``"../"``);
    ``current`` names the navigation entry to mark as the current page; ``scripts`` are
    extra script files, relative to the top; a ``wide`` page (tables, a document with
    its sections beside it) uses more of a wide screen.
    """
    nav = join(
        tag(
            "a",
            {"href": f"{root}{href}", "aria-current": "page" if key == current else None},
            label,
        )
        for key, href, label in _NAV
    )
    extra = join(tag("script", {"src": f"{root}{src}", "defer": True}) for src in scripts)
    find = tag(  # every page but the search page, which has its own box
        "form",
        {"class": "find", "action": f"{root}search.html", "method": "get", "role": "search"},
        tag("label", {"for": "q-top", "class": "vh"}, "Search the corpus"),
        tag(
            "input",
            {
                "id": "q-top",
                "name": "q",
                "type": "search",
                "placeholder": "Search passages and objects",
                "autocomplete": "off",
            },
        ),
        tag("button", {"type": "submit"}, "Search"),
    )
    return _template().substitute(
        title=esc(title),
        root=esc(root),
        nav=nav,
        body=body,
        scripts=extra,
        find="" if current == "search" else find,
        main_class="wide" if wide else "narrow",
    )


_NAV = (
    ("home", "index.html", "Corpus"),
    ("documents", "index.html#documents", "Documents"),
    ("objects", "index.html#objects", "Objects"),
    ("compare", "index.html#compare", "Compare"),
    ("search", "search.html", "Search"),
)
