"""Escaping by construction (issue 19, item 1): hostile text through every view.

Hostile strings (names, titles, summaries, notes, quotes, section headings) are put
into objects of the packaged corpus with ``attrs.evolve``, and every view is drawn:
HTML (``_repr_html_`` of objects, collections, comparison results and search hits),
Markdown (``_repr_markdown_``, ``to_markdown()``), text (``str``, ``repr``,
``to_text``). The HTML is parsed with html5lib, the Markdown rendered by a CommonMark
parser (markdown-it-py, raw HTML on, as Jupyter does) and then parsed the same way;
no element, attribute or URL scheme may appear that the same view does not draw for
benign text, and no text view may hold a control character. Plot labels show ``$``
literally (matplotlib's mathtext is never run on data).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any, Literal

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import binational
from binational import compare
from binational.corpus import Objects

html5lib = pytest.importorskip("html5lib")
markdown_it = pytest.importorskip("markdown_it")

SEED = "nsc-migration-policy-brief"
WORD = "zqxhostile"  # in every string, so that search finds the hostile objects
BENIGN = f"plain {WORD} words\nand more words"

FRAGMENTS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(2)</script>",
    '<a href="javascript:alert(3)">a</a>',
    "[x](javascript:alert(4))",
    "![i](data:text/html;base64,PHNjcmlwdD4=)",
    "<http://evil.example>",
    '<iframe src="data:text/html,x">',
    "<svg onload=alert(5)>",
    '<img alt="<" src=x onerror=alert(6)>',
    "<!-- c -->",
    "]]>",
    "`",
    "``",
    "*",
    "_",
    "|",
    "\\",
    "#",
    "> ",
    "\n",
    "\n\n",
    "\r\n",
    "&lt;b&gt;",
    "&#x3C;b&#x3E;",
    "$x^2$",
    "\x1b[31m",
    "\x1b]8;;http://x\x07",
    "\x07",
    "\u202e",
    "\u200b",
    "javascript:alert(7)",
]

hostile_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), min_size=1, max_size=8
).map(lambda parts: f"{WORD} " + "".join(parts))


def corpus_with(text: str) -> binational.Corpus:
    """The packaged corpus with ``text`` as a name, title, summary, notes, quotes, heading."""
    c = binational.load()
    kinds: dict[str, list[Any]] = {k.value: list(c.collection(k)) for k in binational.Kind}

    def evolve(kind: str, i: int, **changes: Any) -> None:
        kinds[kind][i] = attrs.evolve(kinds[kind][i], **changes)

    evolve("actors", _index(kinds["actors"], "mexico"), name=text)
    evolve("sources", _index(kinds["sources"], SEED), title=text, sentence_case_title=None)
    r = kinds["recommendations"][0]
    quoted = (attrs.evolve(r.evidence[0], text=text), *r.evidence[1:])
    evolve("recommendations", 0, summary=text, notes=(text,), evidence=quoted)
    evolve("options", 0, name=text, summary=text)
    i = next(i for i, p in enumerate(kinds["positions"]) if p.evidence)
    p = kinds["positions"][i]
    evolve("positions", i, evidence=(attrs.evolve(p.evidence[0], text=text),), notes=(text,))
    texts = {s.id: c.text(s.id) for s in c.seeds}
    sections = {s.id: c.sections(s.id) for s in c.seeds}
    sections[SEED] = (attrs.evolve(sections[SEED][0], title=text), *sections[SEED][1:])
    return binational.Corpus(**kinds, texts=texts, sections=sections)


def _index(objects: list[Any], id: str) -> int:
    return next(i for i, o in enumerate(objects) if o.id == id)


def views(c: binational.Corpus) -> Iterator[tuple[str, str, str]]:
    """``(medium, view, output)`` of every view that shows the changed objects."""
    objects: list[Any] = [
        c.actors["mexico"],
        c.sources[SEED],
        next(iter(c.recommendations)),
        next(iter(c.options)),
        next(p for p in c.positions if p.evidence),
    ]
    for o in objects:
        name = type(o).__name__
        yield "html", name, o._repr_html_()
        yield "markdown", name, o._repr_markdown_()
        yield "text", name, str(o)
        yield "text", f"repr({name})", repr(o)
    listed = Objects(objects)
    yield "html", "Objects", listed._repr_html_()
    yield "markdown", "Objects", listed._repr_markdown_()
    yield "text", "Objects", str(listed)
    results: dict[str, Any] = {
        "stances": compare.stances(corpus=c),
        "options": compare.options(corpus=c),
        "mentions": compare.mentions("mexico", corpus=c),
        "themes": compare.themes(corpus=c),
    }
    for name, result in results.items():
        yield "html", name, result._repr_html_()
        yield "markdown", name, result.to_markdown()
        yield "markdown", f"{name} repr", result._repr_markdown_()
        yield "text", name, str(result)
        yield "text", f"{name}.to_text()", result.to_text()
    hits = c.search(WORD)
    yield "html", "hits", hits._repr_html_()
    yield "markdown", "hits", hits._repr_markdown_()
    yield "text", "hits", str(hits)


_MARKDOWN = markdown_it.MarkdownIt("commonmark").enable("table")
_SCHEME = re.compile(r"\s*([a-zA-Z][a-zA-Z0-9+.\-]*):")
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster"}
_BAD_SCHEMES = {"javascript", "data", "vbscript"}


def as_html(medium: str, output: str) -> str:
    return _MARKDOWN.render(output) if medium == "markdown" else output


def shape(html: str) -> set[tuple[str, ...]]:
    """The elements, attributes and URL schemes of ``html``, as a browser parses it."""
    found: set[tuple[str, ...]] = set()
    for element in html5lib.parse(html, namespaceHTMLElements=False).iter():
        if not isinstance(element.tag, str):
            continue
        found.add(("element", element.tag))
        for key, value in element.attrib.items():
            found.add(("attribute", element.tag, key))
            scheme = _SCHEME.match(value or "")
            if key in _URL_ATTRIBUTES and scheme:
                found.add(("scheme", scheme.group(1).lower()))
    return found


def _controls(text: str) -> list[str]:
    return [c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0]


@pytest.fixture(scope="module")
def benign() -> dict[tuple[str, str], set[tuple[str, ...]]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return {
            (medium, view): shape(as_html(medium, out))
            for medium, view, out in views(corpus_with(BENIGN))
            if medium != "text"
        }


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=hostile_text)
def test_no_view_draws_what_the_data_says(
    benign: dict[tuple[str, str], set[tuple[str, ...]]], text: str
) -> None:
    for medium, view, out in views(corpus_with(text)):
        if medium == "text":
            assert not _controls(out), (view, _controls(out)[:3])
            continue
        found = shape(as_html(medium, out))
        extra = found - benign[medium, view]
        assert not extra, (medium, view, sorted(extra))
        assert not {s for _, *s in found if s and s[0] in _BAD_SCHEMES}, (medium, view)


HOSTILE = (
    f"{WORD} <img src=x onerror=alert(1)> [x](javascript:alert(2)) <script>s</script>"
    " `code` $x^2$ | *b* \x1b[31mR\x07"
)


def test_the_hostile_string_is_shown_as_text_on_each_card() -> None:
    """The data is there, shown as text: escaped, not dropped."""
    cards = {"Actor", "Source", "Recommendation", "PolicyOption"}
    for medium, view, out in views(corpus_with(HOSTILE)):
        if view not in cards or medium == "text":
            continue
        rendered = html5lib.parse(as_html(medium, out), namespaceHTMLElements=False)
        words = "".join(rendered.itertext())
        assert "<img src=x onerror=alert(1)>" in words, (medium, view)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_quotation_draws_nothing_from_the_data(fmt: Literal["text", "markdown", "html"]) -> None:
    """quote() in every format: its Markdown and HTML views hold nothing the data says."""
    c = corpus_with(HOSTILE)
    q = binational.cite.quote(next(iter(c.recommendations)), format=fmt, corpus=c)
    benign_c = corpus_with(BENIGN)
    b = binational.cite.quote(next(iter(benign_c.recommendations)), format=fmt, corpus=benign_c)
    for footnote in (None, "n1"):
        assert shape(as_html("markdown", q.markdown(footnote))) <= shape(
            as_html("markdown", b.markdown(footnote))
        )
    assert shape(as_html("html", q._repr_html_())) <= shape(as_html("html", b._repr_html_()))
    assert not _controls(str(q))


class TestPlotLabels:
    """An author, figure subject or event named with ``$...$`` is shown as written."""

    @pytest.fixture(autouse=True)
    def _agg(self) -> None:
        matplotlib = pytest.importorskip("matplotlib")
        matplotlib.use("Agg")

    @pytest.mark.parametrize("family", ["$x^2$", "$\\frac{1", "Cost $5 and $", "\\$ $$"])
    def test_an_author_named_with_dollars_is_shown_literally(self, family: str) -> None:
        import matplotlib.pyplot as plt

        from binational import Person, plot

        c = binational.load()
        kinds: dict[str, list[Any]] = {k.value: list(c.collection(k)) for k in binational.Kind}
        i = _index(kinds["sources"], SEED)
        person = Person(family=family, given="Ann")
        kinds["sources"][i] = attrs.evolve(kinds["sources"][i], creators=(person,))
        corpus = binational.Corpus(
            **kinds,
            texts={s.id: c.text(s.id) for s in c.seeds},
            sections={s.id: c.sections(s.id) for s in c.seeds},
        )
        ax: Any = plot.stances(compare.stances(corpus=corpus))
        try:
            ax.figure.canvas.draw()  # typesetting would fail here on bad mathematics
            labels = [*ax.get_xticklabels(), ax.figure._supxlabel]
            shown = [label._preprocess_math(label.get_text()) for label in labels]
            assert any(family in text and not math for text, math in shown), shown
            assert not any(math for _, math in shown)
        finally:
            plt.close(ax.figure)

    def test_a_figure_subject_with_dollars_is_shown_literally(self) -> None:
        import matplotlib.pyplot as plt

        from binational import plot

        c = binational.load()
        table = compare.figures(corpus=c)
        row = next(iter(table))
        hostile = attrs.evolve(row, figure=attrs.evolve(row.figure, subject="$\\frac{1"))
        rows = [hostile, *(r for r in table if r.figure.unit is row.figure.unit)][:3]
        ax: Any = plot.figures(attrs.evolve(table, rows=tuple(rows)))
        try:
            ax.figure.canvas.draw()
            shown = [t._preprocess_math(t.get_text()) for t in ax.get_yticklabels()]
            assert ("$\\frac{1", False) in shown, shown
        finally:
            plt.close(ax.figure)
