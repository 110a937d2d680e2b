"""Running the engine: records in, citations and bibliography entries out.

The fixes made around the engine (in the data it is given, or in its output) are here;
those made in it are in :mod:`binational.cite._engine`, which says the same of them.

Fixes of CSL behaviour (the section of the CSL 1.0.2 specification in brackets):

- Year suffixes and the ``disambiguate`` condition [Disambiguation, methods 3 and 4]:
  :func:`prepare` renders the first cites of the works that could read the same
  (those sharing an author key, :func:`_author_keys`), flags the ones that do, and
  where they still collide and the style asks for ``disambiguate-add-year-suffix``
  gives them ``a``, ``b``... in bibliography order (:func:`_suffix`).
- ``subsequent-author-substitute`` ("———." in MLA) [Reference Grouping, rule
  ``complete-all``]: :func:`_substitute_authors`.
- ``punctuation-in-quote``: a period or comma after a closing quote moves inside it
  where the locale says so [Locale Options; Quotes]: :func:`_tidy`.
- The bibliography order is found once, in plain text, and kept for HTML and Markdown,
  whose markup would otherwise sort [Sorting Variables: keys without rich text]:
  :class:`Run`.
- Narrative and author-suppressed citations (``author-only`` and ``suppress-author``
  of CSL's citation data): :meth:`Run.cite`.

Processor conventions where the specification is silent, as pandoc and citeproc-js:

- A period after "?", "!" or "." is dropped: :func:`_tidy`.
- The data is escaped for the output format (citeproc-py escaped the style's terms
  and affixes for HTML, but not the data); Markdown is an output format of its own:
  :func:`_escape`, :class:`_MarkdownFormatter`.

House policy that no CSL style can express (CSL cannot change the data it prints):

- Straight apostrophes in the data print as typographic ones ("Mexico’s"), except in
  identifiers and URLs, as pandoc and citeproc-js print them: :func:`_typographic`.

The package's CSL-JSON: ``custom`` is not given to the engine, and an issued date whose
``custom.issued-certainty`` is "inferred" is given as uncertain (CSL ``circa``), which
styles print as "ca. 2026" (APA) or "[2026?]" (Chicago): :func:`_engine_item`.
"""

from __future__ import annotations

import copy
import html
import re
import threading
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, Self

import attrs
import citeproc
from citeproc.formatter import html as _html_formatter
from citeproc.formatter import plain as _plain_formatter
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON

from binational.cite._engine import UNSET, unaccented

if TYPE_CHECKING:
    from binational.cite._styles import Style

__all__ = ["LOCK", "Cite", "Format", "Mode", "Output", "Prepared", "Run", "prepare", "render"]

Format = Literal["text", "html", "markdown"]
"""An output format."""

Mode = Literal["parenthetical", "narrative", "suppress-author"]
"""How a citation reads: "(Lawson et al., 2018)", "Lawson et al. (2018)" or "(2018)"."""

_NS: Final = "http://purl.org/net/xbiblio/csl"

LOCK: Final = threading.RLock()
"""One rendering at a time: citeproc-py keeps rendering state in the parsed style (the
formatter, the names suppressed by substitution, the cites seen so far)."""


# ------------------------------------------------------------------ formatters


_MD_SPECIAL: Final = re.compile(r"([\\`*_\[\]<>])")


class _Emphasis(str):
    __slots__ = ()
    mark = "*"

    def __new__(cls, text: str) -> Self:
        return super().__new__(cls, f"{cls.mark}{text}{cls.mark}" if text else text)


class _Strong(_Emphasis):
    __slots__ = ()
    mark = "**"


class _MarkdownFormatter:
    """A citeproc-py output format for Markdown (emphasis and strong only)."""

    Italic = _Emphasis
    Oblique = _Emphasis
    Bold = _Strong
    Light = str
    Underline = str
    Superscript = str
    Subscript = str
    SmallCaps = str

    @staticmethod
    def preformat(text: str) -> str:
        return _MD_SPECIAL.sub(r"\\\1", str(text))


_FORMATTERS: Final[dict[str, Any]] = {
    "text": _plain_formatter,
    "html": _html_formatter,
    "markdown": _MarkdownFormatter,
}


def _escape(value: Any, fmt: Format) -> Any:
    """Every string in a CSL-JSON value escaped for ``fmt`` (numbers left alone)."""
    if isinstance(value, str):
        if fmt == "html":
            return html.escape(value, quote=False)
        if fmt == "markdown":
            return _MarkdownFormatter.preformat(value)
        return value
    if isinstance(value, list):
        return [_escape(v, fmt) for v in value]
    if isinstance(value, dict):
        return {k: v if k in {"date-parts", "id"} else _escape(v, fmt) for k, v in value.items()}
    return value


# Closing markup that may stand between a mark and the punctuation after it.
_CLOSERS: Final[dict[str, str]] = {"text": "", "html": r"(?:</[a-z]+>)*", "markdown": r"\**"}


def _tidy(text: str, fmt: Format, punctuation_in_quote: bool) -> str:
    """The engine's output with CSL's punctuation rules applied (see the module doc)."""
    closers = _CLOSERS[fmt]
    if punctuation_in_quote:
        text = re.sub(rf"”({closers})([.,])", r"\2”\1", text)
    return re.sub(rf"(?<!\.)([.?!]{closers})\.(?!\.)", r"\1", text)


# ------------------------------------------------------------------- rendering


_LITERAL_KEYS: Final = frozenset({"id", "type", "URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID"})
"""CSL variables printed exactly as given (no typographic apostrophes)."""


def _typographic(value: Any) -> Any:
    """Straight apostrophes as typographic ones (’), as citeproc-js and pandoc print them."""
    if isinstance(value, str):
        return value.replace("'", "’")
    if isinstance(value, list):
        return [_typographic(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k in _LITERAL_KEYS else _typographic(v) for k, v in value.items()}
    return value


def _engine_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """A CSL-JSON record as the engine is given it: ``custom`` read and dropped.

    Straight apostrophes become typographic ones ("Mexico's" prints "Mexico’s"),
    except in identifiers and URLs.
    """
    out = {
        k: copy.deepcopy(v) if k in _LITERAL_KEYS else _typographic(v)
        for k, v in item.items()
        if k != "custom"
    }
    custom = item.get("custom") or {}
    if "issued" in out and custom.get("issued-certainty") == "inferred":
        out["issued"]["circa"] = True
    return out


@attrs.frozen
class Cite:
    """One work cited in a citation, with an optional locator and affixes.

    ``locator`` is printed after the style's term for ``label`` (one of
    :data:`LOCATOR_LABELS`); ``prefix`` is printed before the cite and ``suffix``
    after it, as given, inside the citation's parentheses.
    """

    id: str
    locator: str | None = None
    label: str = "page"
    prefix: str | None = None
    suffix: str | None = None


def _fail(item: Any) -> None:
    raise KeyError(item.key)


class Run:
    """One rendering of a set of records in one format (hold :data:`LOCK`).

    ``order`` is the bibliography order of (some of) the records' keys, found once in
    plain text; records it does not name follow, as given. Without it the records
    are sorted as the style's bibliography sorts them.
    """

    def __init__(
        self,
        style: Style,
        items: Sequence[Mapping[str, Any]],
        fmt: Format,
        disambiguate: frozenset[str],
        order: Sequence[str] | None = None,
    ) -> None:
        self.style = style
        self.fmt = fmt
        self.disambiguate = disambiguate
        self.bib = citeproc.CitationStylesBibliography(
            style, CiteProcJSON([_escape(i, fmt) for i in items]), _FORMATTERS[fmt]
        )
        for i in items:
            self.bib.register(citeproc.Citation([citeproc.CitationItem(i["id"])]))
        if order is not None:
            # The order found in plain text: sort keys rendered in HTML or Markdown
            # would sort by their markup.
            rank = {key: n for n, key in enumerate(order)}
            self.bib.items.sort(key=lambda item: rank.get(item.key, len(rank)))
            self.bib.keys = [item.key for item in self.bib.items]
        elif style.has_bibliography():
            self.bib.sort()
        option = style.root.get_locale_option("punctuation-in-quote")
        self.piq = str(option).lower() == "true"

    def order(self) -> list[str]:
        """The (lower-cased) ids of the records, in bibliography order."""
        return list(self.bib.keys)

    def bibliography(self) -> list[str]:
        if not self.style.has_bibliography():
            return []
        entries = [str(e).strip() for e in self.bib.bibliography()]
        substitute = self.style.root.bibliography.get("subsequent-author-substitute")
        if substitute is not None:
            names = [i.get("_first_names") for i in self.bib.items]
            entries = _substitute_authors(entries, names, substitute)
        return [_tidy(e, self.fmt, self.piq) for e in entries]

    def _data(self, text: str) -> Any:
        """Text of the user's, as data: escaped for the format, apostrophes typographic."""
        return _escape(_typographic(text), self.fmt)

    def _items(self, cites: Sequence[Cite], **flags: object) -> list[Any]:
        items = []
        for c in cites:
            kwargs = {}
            if c.locator is not None:
                kwargs["locator"] = Locator(c.label, self._data(c.locator))
            if c.prefix:
                kwargs["prefix"] = self._data(c.prefix)
            if c.suffix:
                kwargs["suffix"] = self._data(c.suffix)
            item = citeproc.CitationItem(c.id, **kwargs)
            if item.key in self.disambiguate:
                item["disambiguate"] = True
            item.update(flags)
            items.append(item)
        return items

    def _citation(self, items: list[Any]) -> str:
        citation = citeproc.Citation(items)
        self.bib.register(citation)
        # A fresh list of cites seen, so that every citation is a first citation.
        self.bib._cites = []  # noqa: SLF001 - the engine's own state, reset on purpose
        text = self.bib.cite(citation, _fail)
        return "" if text is None else _tidy(str(text).strip(), self.fmt, self.piq)

    def cite(self, cites: Sequence[Cite], mode: Mode = "parenthetical") -> str:
        """One citation of ``cites``.

        A narrative citation is, for each cite, the names its parenthetical citation
        starts with, then the rest of that citation (as with ``suppress-author``); the
        cites are joined as the style joins cites.
        """
        if mode == "parenthetical":
            return self._citation(self._items(cites))
        if mode == "suppress-author":
            return self._citation(self._items(cites, _suppress_author=True))
        parts = []
        for c in cites:
            (probe,) = self._items([Cite(c.id)], _first_names=UNSET)
            whole = self._citation([probe])
            names = probe.get("_first_names")
            if not isinstance(names, str):
                parts.append(self._citation(self._items([c])) or whole)
                continue
            rest = self._citation(self._items([c], _suppress_author=True))
            parts.append(f"{names} {rest}" if rest else names)
        layout = self.style.root.citation.layout
        return _tidy(layout.get("delimiter", "; ").join(parts), self.fmt, self.piq)


def _substitute_authors(entries: list[str], names: Sequence[object], substitute: str) -> list[str]:
    """Entries whose names repeat the previous entry's, with ``substitute`` instead."""
    out = list(entries)
    for i in range(1, len(entries)):
        current = names[i]
        if isinstance(current, str) and current == names[i - 1] and out[i].startswith(current):
            out[i] = substitute + out[i][len(current) :]
    return out


def _suffix(n: int) -> str:
    """The ``n``-th year suffix: ``a`` … ``z``, ``aa``, ``ab`` … (as citeproc-js)."""
    letters = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(ord("a") + r) + letters
    return letters


_WORD: Final = re.compile(r"[^\W\d_]+")


_STANDING_IN: Final = ("title", "container-title", "publisher", "collection-title", "number")
"""Variables a style may print in place of a missing author (cs:substitute)."""


def _author_keys(record: Mapping[str, Any]) -> set[str]:
    """Words a record's first cite could share with another's, if they read the same.

    Two works whose first cites read the same print the same author, or the same
    thing in its place: the last word of the first author's family (or only) name,
    bare, or for a work without author the last word of each variable a style may
    substitute for it (its title, container, publisher, series, number). The key is coarse on
    purpose ("de la Fuente" and "Fuente", "Sheinbaum Pardo" and "Pardo", an author
    "Aa" and an authorless work titled "Aa" share it), so that no name the style prints
    in another form escapes; only works that share a key are compared.
    """
    authors = record.get("author") or ()
    if authors:
        first = authors[0]
        names = [first.get("literal") or first.get("family") or ""]
    else:
        names = [record.get(name) or "" for name in _STANDING_IN]
    keys = set()
    for name in names:
        words = _WORD.findall(unaccented(str(name).casefold()))
        if words:
            keys.add(words[-1])
    return keys or {""}


def _bibliography_order(style: Style, records: Sequence[Mapping[str, Any]]) -> list[str]:
    """Keys of ``records`` as the style's bibliography sorts them (hold :data:`LOCK`).

    Year suffixes do not take part: they are given in this order, not the reverse.
    """
    if len(records) < 2 or not style.has_bibliography():
        return [str(r["id"]).lower() for r in records]
    bare = [{k: v for k, v in r.items() if k != "year-suffix"} for r in records]
    return Run(style, bare, "text", frozenset()).order()


@attrs.frozen(eq=False)
class Prepared:
    """Records ready to render in one style, disambiguated among themselves."""

    style: Style
    items: tuple[dict[str, Any], ...]
    disambiguate: frozenset[str]
    """Keys of the records rendered with ``disambiguate="true"``."""
    _order: list[tuple[str, ...]] = attrs.field(factory=list, alias="_order")

    @property
    def order(self) -> tuple[str, ...]:
        """Keys of the records in bibliography order (found on first use)."""
        if not self._order:
            with LOCK:
                self._order.append(tuple(_bibliography_order(self.style, self.items)))
        return self._order[0]


def prepare(items: Sequence[Mapping[str, Any]], style: Style) -> Prepared:
    """Records with the year suffixes and ``disambiguate`` flags the style needs.

    Ambiguity is judged among ``items``: two records are ambiguous when their first
    cites read the same in plain text. Only records that share an author key
    (:func:`_author_keys`) are rendered to find out, and only the ambiguous ones are
    sorted (a year suffix follows the bibliography order), so that preparing a large
    set of records for one citation costs little more than that citation.
    """
    parsed = style
    records = [_engine_item(i) for i in items]
    by_key: dict[str, list[str]] = {}
    for r in records:
        for word in _author_keys(r):
            by_key.setdefault(word, []).append(str(r["id"]).lower())
    shared = {k for keys in by_key.values() if len(keys) > 1 for k in keys}
    suspects = [k for k in (str(r["id"]).lower() for r in records) if k in shared]
    flagged: frozenset[str] = frozenset()
    if not suspects:
        return Prepared(style=parsed, items=tuple(records), disambiguate=flagged)
    with LOCK:
        run = Run(parsed, records, "text", flagged, order=())
        texts = {k: run.cite([Cite(k)]) for k in suspects}
        flagged = frozenset(k for group in _same(texts) for k in group)
        if flagged:
            run = Run(parsed, records, "text", flagged, order=())
            texts.update({k: run.cite([Cite(k)]) for k in flagged})
            citation = parsed.root.citation
            if citation.get("disambiguate-add-year-suffix", "false").lower() == "true":
                by_id = {str(r["id"]).lower(): r for r in records}
                for group in _same(texts):
                    ordered = _bibliography_order(parsed, [by_id[k] for k in group])
                    for n, key in enumerate(ordered):
                        by_id[key]["year-suffix"] = _suffix(n)
    return Prepared(style=parsed, items=tuple(records), disambiguate=flagged)


def _same(texts: Mapping[str, str]) -> list[list[str]]:
    """Groups of keys whose texts are the same."""
    by_text: dict[str, list[str]] = {}
    for key, text in texts.items():
        by_text.setdefault(text, []).append(key)
    return [group for group in by_text.values() if len(group) > 1]


@attrs.frozen
class Output:
    """What :func:`render` produced."""

    ids: tuple[str, ...]
    """Ids of the records, in bibliography order (of the entries, if asked for none)."""
    entries: tuple[str, ...]
    """Bibliography entries, in the same order (empty if the style has none)."""
    citations: tuple[str, ...]
    """The citations asked for, in the order asked."""


def _numbered(style: Style) -> bool:
    """Whether the style prints citation numbers (which follow the bibliography order)."""
    found = style.root.__dict__.get("_numbered")
    if found is None:
        found = bool(
            style.root.xpath(".//cs:*[@variable='citation-number']", namespaces={"cs": _NS})
        )
        style.root.__dict__["_numbered"] = found
    return bool(found)


def render(
    prepared: Prepared,
    fmt: Format,
    citations: Sequence[Sequence[Cite]] = (),
    entries: Collection[str] | None = None,
    mode: Mode = "parenthetical",
) -> Output:
    """The given citations of prepared records, and their bibliography, in ``fmt``.

    ``entries`` limits the bibliography to the records with those ids (none for an
    empty collection); by default it has them all. ``mode`` is how the citations
    read.
    """
    original = {str(r["id"]).lower(): str(r["id"]) for r in prepared.items}
    wanted = None if entries is None else {e.lower() for e in entries}
    with LOCK:
        if wanted is None or wanted or _numbered(prepared.style):
            order: Sequence[str] = prepared.order
        else:
            # Citations alone: only the order of works cited together matters.
            cited = {c.id.lower() for cites in citations if len(cites) > 1 for c in cites}
            by_key = {k: r for k, r in original.items() if k in cited}
            records = [r for r in prepared.items if str(r["id"]).lower() in by_key]
            order = _bibliography_order(prepared.style, records) if records else ()
        run = Run(prepared.style, prepared.items, fmt, prepared.disambiguate, order)
        cited_text = tuple(run.cite(c, mode) for c in citations)
        if wanted is not None:
            # The records carry their year suffixes, so an entry reads the same alone.
            items = [i for i in prepared.items if str(i["id"]).lower() in wanted]
            order = [k for k in order if k in wanted]
            run = Run(prepared.style, items, fmt, prepared.disambiguate, order)
        if wanted is not None and not wanted:
            return Output(ids=(), entries=(), citations=cited_text)
        return Output(
            ids=tuple(original[k] for k in run.order()),
            entries=tuple(run.bibliography()) if run.order() else (),
            citations=cited_text,
        )
