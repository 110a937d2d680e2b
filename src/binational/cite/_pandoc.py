"""The citation engine: pandoc's citeproc, one pandoc process per formatting.

Pandoc (the ``pypandoc-binary`` wheel of the ``cite`` extra) is given a document in its
own JSON syntax: one paragraph per citation cluster, in order, so that positions
(first, subsequent, ibid, ibid with locator, near note) are those of one paper; the
items as a CSL-JSON bibliography file, and the style. It answers with the same
document, citations and bibliography formatted, in its JSON syntax, which
:func:`render` turns into HTML, Markdown or text: the markup is ours, so only the
markup CSL and CSL-JSON's rich text make (italics, bold, small capitals, superscript,
subscript, case protection) reaches the output, and every piece of text is escaped
for its medium.

Measured on the official CSL test suite (``benchmarks/csl_suite.py``), this engine
passes more fixtures than citeproc-py (see that script's docstring for the counts).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Literal

import attrs

from binational.exceptions import MissingDependencyError, UnknownStyleError
from binational.model import markdown_literal, printable

__all__ = ["PLACEHOLDER", "Engine", "Raw", "pandoc_path", "render", "run"]

Format = Literal["text", "html", "markdown"]
Inlines = list[dict[str, Any]]

_SPACE: Final = "\ue000"
"""A space inside a locator, on its way through pandoc (see :func:`_citation`)."""
_HIDE: Final = str.maketrans({" ": _SPACE, "-": "\ue002", ",": "\ue003", "&": "\ue004"})
_HIDE_SPACE: Final = str.maketrans({" ": _SPACE})
_SHOW: Final = str.maketrans({_SPACE: " ", "\ue002": "-", "\ue003": ",", "\ue004": "&"})

PLACEHOLDER: Final = "\ue001"
"""Text before each citation of a note style, taken out when rendered (:func:`render`).

Pandoc capitalises the first letter of a citation it makes a note of; CSL leaves
case to the style ("pages 4" stays), so the engine is given note styles whose
citation layout opens with this character, which has no case
(:func:`binational.cite._styles.load_style`)."""

_API: Final = [1, 23, 1]
"""The pandoc JSON API version the documents are written in (pandoc 3.x reads it)."""

# Locator labels pandoc's citeproc reads (Text.Pandoc.Citeproc.Locator.locatorTerms),
# as the English term it reads them by.
_PANDOC_LABELS: Final = {
    "book": "book",
    "chapter": "chapter",
    "column": "column",
    "figure": "figure",
    "folio": "folio",
    "issue": "issue",
    "line": "line",
    "note": "note",
    "opus": "opus",
    "page": "page",
    "paragraph": "paragraph",
    "part": "part",
    "section": "section",
    "sub-verbo": "sub verbo",
    "sub verbo": "sub verbo",
    "verse": "verse",
    "volume": "volume",
}


_TERMS: Final = {
    # label: (long, long plural, short, short plural), CSL's en-US locale
    "act": ("act", "acts", "act", "acts"),
    "appendix": ("appendix", "appendices", "app.", "apps."),
    "article-locator": ("article", "articles", "art.", "arts."),
    "canon": ("canon", "canons", "c.", "cc."),
    "elocation": ("location", "locations", "loc.", "locs."),
    "equation": ("equation", "equations", "eq.", "eqs."),
    "rule": ("rule", "rules", "r.", "rr."),
    "scene": ("scene", "scenes", "sc.", "scs."),
    "supplement": ("supplement", "supplements", "supp.", "supps."),
    "table": ("table", "tables", "tbl.", "tbls."),
    "title-locator": ("title", "titles", "tit.", "tits."),
    "version": ("version", "versions", "v.", "v."),
}
_CARRIED: Final = {label: chr(0xE100 + n) for n, label in enumerate(_TERMS)}
"""The private character marking the locator of each label carried as "figure"."""
_FIGURE: Final = ("figure", "figures", "fig.", "figs.")
_CARRIER: Final = re.compile(
    r"(?:(figures|figure|figs\.|fig\.)([\s\u00a0]*))?([" + "".join(_CARRIED.values()) + "])",
    re.IGNORECASE,
)


def _carried(match: re.Match[str]) -> str:
    """A figure's term before a marked locator, as the term of the label it carries."""
    label = next(k for k, v in _CARRIED.items() if v == match.group(3))
    found = match.group(1)
    if found is None:
        return ""
    term = _TERMS[label][_FIGURE.index(found.lower())]
    if found[:1].isupper():
        term = term[:1].upper() + term[1:]
    return term + match.group(2)


_SHORT_TERMS: Final = {
    "act": "act",
    "appendix": "app.",
    "article-locator": "art.",
    "canon": "c.",
    "elocation": "loc.",
    "equation": "eq.",
    "rule": "r.",
    "scene": "sc.",
    "supplement": "supp.",
    "table": "tbl.",
    "timestamp": "",
    "title-locator": "tit.",
    "version": "v.",
}
"""The en-US short terms (CSL locales) of the labels pandoc reads no locator for."""


def pandoc_path() -> str:
    """The pandoc binary of ``pypandoc-binary``, or :exc:`MissingDependencyError`."""
    try:
        import pypandoc
    except ImportError:
        raise MissingDependencyError(
            "pypandoc-binary", needed_for="formatting citations", extra="cite"
        ) from None
    try:
        return str(pypandoc.get_pandoc_path())
    except OSError:
        raise MissingDependencyError(
            "pypandoc-binary", needed_for="formatting citations", extra="cite"
        ) from None


@attrs.frozen
class Raw:
    """What pandoc produced, in its syntax, before it is rendered in a format."""

    citations: tuple[tuple[dict[str, Any], ...], ...]
    """The inlines of each cluster's citation (of its note, in a note style)."""
    entries: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]
    """Each bibliography entry's id and blocks, in the style's order."""


def _words(text: str) -> Inlines:
    out: Inlines = []
    for n, word in enumerate(text.split(" ")):
        if n:
            out.append({"t": "Space"})
        if word:
            out.append({"t": "Str", "c": word})
    return out


_TAG: Final = re.compile(
    r'(<(?:i|b|sc|sup|sub)>|</(?:i|b|sc|sup|sub)>|<span style="font-variant:\s*small-caps;?">'
    r'|<span class="nocase">|</span>|")'
)
_NODES: Final = {
    "<i>": "Emph",
    "<b>": "Strong",
    "<sc>": "SmallCaps",
    "<sup>": "Superscript",
    "<sub>": "Subscript",
    '<span class="nocase">': "Span",
}


def rich(text: str) -> Inlines:
    """An affix as pandoc inlines, CSL-JSON's rich text markup read.

    Straight double quotation marks are read as quotes (printed typographic), any
    other markup is text; straight apostrophes are typographic (’), as pandoc prints
    those of the data.

    Markup that does not close is text too.
    """
    parts = _TAG.split(text.replace("'", "’"))
    root: Inlines = []
    stack: list[tuple[str, str, Inlines]] = []  # (opening tag, node, children before it)
    current = root
    for n, part in enumerate(parts):
        if n % 2 == 0:
            current.extend(_words(part) if part else [])
            continue
        if part == '"':
            if stack and stack[-1][0] == '"':
                opening, _node, outer = stack.pop()
                outer.append({"t": "Quoted", "c": [{"t": "DoubleQuote"}, current]})
                current = outer
            elif '"' in "".join(parts[n + 1 :]):
                stack.append(('"', "Quoted", current))
                current = []
            else:
                current.append({"t": "Str", "c": part})
            continue
        if not part.startswith("</"):
            stack.append((part, _NODES.get(part, "SmallCaps"), current))
            current = []
            continue
        if (
            stack
            and (part == "</span>") == stack[-1][0].startswith("<span")
            and (part == "</span>" or part == "</" + stack[-1][0][1:])
        ):
            opening, node, outer = stack.pop()
            if node == "Span":
                outer.append({"t": "Span", "c": [["", ["nocase"], []], current]})
            else:
                outer.append({"t": node, "c": current})
            current = outer
        else:
            current.append({"t": "Str", "c": part})
    while stack:  # unclosed: the opening markup was text
        opening, _node, outer = stack.pop()
        outer.append({"t": "Str", "c": opening})
        outer.extend(current)
        current = outer
    return current


def _citation(item: Mapping[str, Any]) -> dict[str, Any]:
    """One citation item (citeproc-js's form) as a pandoc ``Citation``."""
    suffix: Inlines = []
    locator = item.get("locator")
    after = str(item.get("suffix") or "")
    if locator not in (None, ""):
        label = str(item.get("label") or "page")
        term = _PANDOC_LABELS.get(label)
        mark = ""
        if term is None and label in _CARRIED:
            # A label pandoc reads no locator for travels as "figure", its locator
            # marked: the style prints its term for a figure, which the renderer
            # turns into the same form of the label's term ("Figure 2" → "Table 2").
            term, mark = "figure", _CARRIED[label]
        if term is not None:
            # "{label locator}": pandoc reads the label and takes the rest verbatim.
            suffix = [{"t": "Str", "c": ","}, {"t": "Space"}]
            # Spaces inside a locator, and hyphens, commas and "&" inside one without a
            # number, would make pandoc read it as plural ("secs. Trade-Offs"): they
            # travel as private characters, put back by the renderer.
            value = str(locator)
            value = value.translate(_HIDE if not any(c.isdigit() for c in value) else _HIDE_SPACE)
            suffix += _words("{" + term + " " + mark + value + "}")
        else:
            # A label pandoc reads no locator for: its English short term, after the
            # cite (the style cannot choose the label's form).
            term = _SHORT_TERMS.get(label, label.replace("-", " "))
            after = f", {term} {locator}".replace(",  ", ", ") + after
    if after:
        if not suffix and after[:1].isalnum():
            after = " " + after  # pandoc would read a leading number as a locator
        suffix += rich(after) if after[:1] != " " else [{"t": "Space"}, *rich(after[1:])]
    prefix = str(item.get("prefix") or "")
    if item.get("author-only"):
        mode = "AuthorInText"
    elif item.get("suppress-author"):
        mode = "SuppressAuthor"
    else:
        mode = "NormalCitation"
    return {
        "citationId": str(item["id"]),
        "citationPrefix": rich(prefix.rstrip()) if prefix.strip() else [],
        "citationSuffix": suffix,
        "citationMode": {"t": mode},
        "citationNoteNum": 0,
        "citationHash": 0,
    }


def _cluster(cluster: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A cluster's citations."""
    return [_citation(i) for i in cluster]


def _document(clusters: Sequence[Sequence[Mapping[str, Any]]], uncited: bool) -> dict[str, Any]:
    meta: dict[str, Any] = {"link-citations": {"t": "MetaBool", "c": False}}
    if uncited:
        every = {**_citation({"id": "*"})}
        meta["nocite"] = {
            "t": "MetaInlines",
            "c": [{"t": "Cite", "c": [[every], [{"t": "Str", "c": "@*"}]]}],
        }
    blocks = [
        {
            "t": "Para",
            "c": [{"t": "Cite", "c": [_cluster(cluster), [{"t": "Str", "c": "@"}]]}],
        }
        for cluster in clusters
    ]
    return {"pandoc-api-version": _API, "meta": meta, "blocks": blocks}


class Engine:
    """Runs pandoc; a class so that tests can count or replace the runs."""

    runs = 0

    @classmethod
    def call(cls, args: list[str], document: bytes) -> subprocess.CompletedProcess[bytes]:
        cls.runs += 1
        return subprocess.run(args, input=document, capture_output=True, check=False)  # noqa: S603 - our own binary, arguments we built


def run(
    items: Sequence[Mapping[str, Any]],
    style: Path,
    clusters: Sequence[Sequence[Mapping[str, Any]]],
    *,
    uncited: bool = True,
) -> Raw:
    """Citations and bibliography of ``items`` in ``style``, by one pandoc process.

    Raises :exc:`UnknownStyleError` when pandoc cannot read the style, and
    :exc:`ValueError` when it refuses the items.
    """
    binary = pandoc_path()
    with tempfile.TemporaryDirectory(prefix="binational-cite-") as tmp:
        refs = Path(tmp) / "items.json"
        # A number with a space ("H.R. 2") is one number (CSL 1.0.2, cs:label); pandoc
        # would make its label plural: its spaces travel as a private character.
        records = [
            {**i, "number": i["number"].replace(" ", _SPACE)}
            if isinstance(i.get("number"), str)
            else i
            for i in items
        ]
        refs.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        args = [
            binary,
            "--from=json",
            "--to=json",
            "--citeproc",
            f"--csl={style}",
            f"--bibliography={refs}",
        ]
        document = json.dumps(_document(clusters, uncited), ensure_ascii=False).encode()
        try:
            done = Engine.call(args, document)
        except OSError as e:
            raise MissingDependencyError(
                "pypandoc-binary", needed_for="formatting citations", extra="cite"
            ) from e
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = message[-1] if message else f"pandoc exited with {done.returncode}"
        if "CSL" in reason or "style" in reason.lower() or "xml" in reason.lower():
            raise UnknownStyleError(str(style), reason=f"not a valid CSL style: {reason}")
        raise ValueError(f"the CSL-JSON items cannot be formatted: {reason}")
    return _read(json.loads(done.stdout))


_IBID: Final = re.compile(r"^((?:<[^>]+>)*)(ibid|id\.)")
_OPENING: Final = re.compile(f"{PLACEHOLDER} ?")


def _opened(text: str) -> str:
    """A citation without its placeholder; "ibid." opening it capitalised, as in CSL processors."""
    text = _CARRIER.sub(_carried, _OPENING.sub("", text))
    return _IBID.sub(lambda m: m.group(1) + m.group(2)[:1].upper() + m.group(2)[1:], text)


def _read(document: Mapping[str, Any]) -> Raw:
    citations: list[tuple[dict[str, Any], ...]] = []
    entries: list[tuple[str, tuple[dict[str, Any], ...]]] = []
    for block in document["blocks"]:
        if block["t"] == "Para":
            cite = next(i for i in block["c"] if i["t"] == "Cite")
            inlines = cite["c"][1]
            if inlines and inlines[0]["t"] == "Note":
                inlines = [i for b in inlines[0]["c"] for i in b["c"]]
            citations.append(tuple(inlines))
        elif block["t"] == "Div" and block["c"][0][0] == "refs":
            for div in block["c"][1]:
                (ident, _classes, _attrs), blocks = div["c"]
                entries.append((ident.removeprefix("ref-"), tuple(blocks)))
    return Raw(citations=tuple(citations), entries=tuple(entries))


# ------------------------------------------------------------------- rendering


_BLOCKS: Final = frozenset({"csl-block", "csl-left-margin", "csl-right-inline", "csl-indent"})


class _Renderer:
    """Pandoc inlines in one format; ``on`` is the set of decorations in force."""

    def __init__(self, fmt: Format) -> None:
        self.fmt = fmt

    def text(self, value: str) -> str:
        value = value.translate(_SHOW)
        if self.fmt == "html":
            escaped = html.escape(value, quote=False)
            # Superscript letters and digits as <sup> (as citeproc-js prints them).
            return _SUPERSCRIPTS.sub(lambda m: f"<sup>{_SUPER[m.group()]}</sup>", escaped)
        if self.fmt == "markdown":
            return markdown_literal(value)
        return printable(value)

    def wrap(self, tag: str, style: str | None, body: str) -> str:
        if self.fmt != "html" or not body:
            return body
        if style is not None:
            return f'<{tag} style="{style}">{body}</{tag}>'
        return f"<{tag}>{body}</{tag}>"

    def inlines(
        self, inlines: Sequence[Mapping[str, Any]], on: frozenset[str] = frozenset()
    ) -> str:
        return "".join(self.inline(i, on) for i in inlines)

    def flip(self, name: str, content: Inlines, on: frozenset[str]) -> str:
        """Italics, bold or small capitals, or upright text inside the same (flip-flop)."""
        inner = self.inlines(content, on ^ {name})
        if name in on:
            return self.wrap("span", _NORMAL_STYLE[name], inner)
        if self.fmt == "markdown":
            mark = {"i": "*", "b": "**"}.get(name, "")
            return f"{mark}{inner}{mark}" if inner else inner
        if name == "sc":
            return self.wrap("span", "font-variant:small-caps;", inner)
        return self.wrap(name, None, inner)

    def inline(self, node: Mapping[str, Any], on: frozenset[str]) -> str:
        kind = node["t"]
        content: Any = node.get("c")
        if kind == "Str":
            return self.text(content)
        if kind in {"Space", "SoftBreak"}:
            return " "
        if kind == "LineBreak":
            return "<br/>" if self.fmt == "html" else "\n"
        if kind in _FLIPS:
            return self.flip(_FLIPS[kind], content, on)
        if kind == "Superscript":
            return self.wrap("sup", None, self.inlines(content, on))
        if kind == "Subscript":
            return self.wrap("sub", None, self.inlines(content, on))
        if kind == "Underline":
            return self.wrap("span", "text-decoration:underline;", self.inlines(content, on))
        if kind == "Quoted":
            quote, body = content
            opening, closing = ("“", "”") if quote["t"] == "DoubleQuote" else ("‘", "’")
            return opening + self.inlines(body, on) + closing
        if kind == "Span":
            return self.span(content[0][1], content[1], on)
        if kind == "Link":
            return self.inlines(content[1], on)  # links are not made: the text only
        if kind in {"Code", "Math"}:
            return self.text(content[-1])
        if kind == "Note":
            return ""
        if isinstance(content, list) and content and isinstance(content[-1], list):
            return self.inlines(content[-1], on)
        return ""

    def span(self, classes: Sequence[str], content: Inlines, on: frozenset[str]) -> str:
        for name in classes:
            if name in _NORMAL:
                flag = _NORMAL[name]
                return self.wrap("span", _NORMAL_STYLE[flag], self.inlines(content, on - {flag}))
            if name in _BLOCKS:
                body = self.inlines(content, on)
                if self.fmt == "html":
                    return f'<div class="{name}">{body}</div>'
                return body + (" " if name == "csl-left-margin" else "")
        return self.inlines(content, on)

    def blocks(self, blocks: Sequence[Mapping[str, Any]]) -> str:
        parts = []
        for block in blocks:
            if block["t"] in {"Para", "Plain"}:
                parts.append(self.inlines(_margin_space(block["c"])))
            elif block["t"] == "Div":
                (_ident, classes, _attrs), inner = block["c"]
                body = self.blocks(inner)
                name = next((c for c in classes if c in _BLOCKS), None)
                if name and self.fmt == "html":
                    body = f'<div class="{name}">{body}</div>'
                parts.append(body)
        return ("" if self.fmt == "html" else " ").join(p for p in parts if p)


def _margin_space(inlines: Inlines) -> Inlines:
    """Spaces at the end of a left margin ("[1] ") moved to the start of the text after it."""
    out = list(inlines)
    for n, node in enumerate(out[:-1]):
        if node["t"] != "Span" or "csl-left-margin" not in node["c"][0][1]:
            continue
        body = list(node["c"][1])
        moved = False
        while body and (body[-1]["t"] == "Space" or body[-1] == {"t": "Str", "c": " "}):
            body.pop()
            moved = True
        if moved:
            out[n] = {"t": "Span", "c": [node["c"][0], body]}
            after = out[n + 1]
            if after["t"] == "Span":
                out[n + 1] = {"t": "Span", "c": [after["c"][0], [{"t": "Space"}, *after["c"][1]]]}
    return out


_FLIPS: Final = {"Emph": "i", "Strong": "b", "SmallCaps": "sc"}
_NORMAL: Final = {"csl-no-emph": "i", "csl-no-strong": "b", "csl-no-smallcaps": "sc"}
_NORMAL_STYLE: Final = {
    "i": "font-style:normal;",
    "b": "font-weight:normal;",
    "sc": "font-variant:normal;",
}
_SUPER: Final = dict(
    zip(
        "ªº¹²³⁰ⁱ⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿʰʲʳʷʸˡˢˣᵃᵇᵈᵉᵍᵏᵐᵒᵖᵗᵘᵛᶜᶠᶻ",
        "ao1230i456789+-=()nhjrwylsxabdegkmoptuvcfz",
        strict=True,
    )
)
_SUPERSCRIPTS: Final = re.compile(f"[{''.join(_SUPER)}]")


def render(inlines: Sequence[Mapping[str, Any]], fmt: Format) -> str:
    """Pandoc inlines in ``fmt``, every piece of text escaped for it."""
    return _opened(_Renderer(fmt).inlines(inlines)).strip()


def render_blocks(blocks: Sequence[Mapping[str, Any]], fmt: Format) -> str:
    """A bibliography entry's pandoc blocks in ``fmt``."""
    return _Renderer(fmt).blocks(blocks).strip()
