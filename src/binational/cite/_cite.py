"""Citations: formatted references and citations of corpus objects, quotations.

CSL-JSON (:mod:`binational.cite._csl_json`) is the one citation record: every formatted
citation, bibliography and export is made from :func:`csl_json`, and formatted by
:func:`~binational.cite.format_csl` (pandoc's citeproc, :mod:`binational.cite._pandoc`),
run only when something is formatted (:mod:`binational.cite._format`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Literal, TypeGuard, get_args, overload

import attrs

from binational.cite import _format
from binational.cite._csl_json import CslDate, CslItem, CslName, csl_json, kind_of, sources_of
from binational.corpus import Corpus, Object
from binational.exceptions import UnknownIdError
from binational.model import Claim, Kind, Quote, Source

__all__ = [
    "Bibliography",
    "CiteItem",
    "CiteMode",
    "Citer",
    "CslDate",
    "CslItem",
    "CslName",
    "Format",
    "LocatorLabel",
    "Quotation",
    "bibliography",
    "cite",
    "cite_library",
    "csl_json",
    "library_csl_json",
    "quote",
    "sources_of",
]

Format = Literal["text", "html", "markdown"]
"""An output format: plain ``"text"``, ``"html"`` or ``"markdown"``."""

CiteMode = Literal["parenthetical", "narrative", "suppress-author"]
"""How a citation reads: ``"parenthetical"`` "(Lawson et al., ca. 2018, p. 4)",
``"narrative"`` "Lawson et al. (ca. 2018, p. 4)" (the author is part of the sentence),
``"suppress-author"`` "(ca. 2018, p. 4)" (the sentence has already named the author)."""

LocatorLabel = Literal[
    "act", "appendix", "article-locator", "book", "canon", "chapter", "column",
    "elocation", "equation", "figure", "folio", "issue", "line", "note", "opus", "page",
    "paragraph", "part", "rule", "scene", "section", "sub-verbo", "supplement", "table",
    "timestamp", "title-locator", "verse", "version", "volume",
]  # fmt: skip
"""What a locator counts: one of CSL 1.0.2's locator labels. The style prints its term
for the label ("p." / "pp." for ``"page"``, "para." for ``"paragraph"``, "Table" or
"tbl."...)."""

_FORMATS: tuple[str, ...] = get_args(Format)
_MODES: tuple[str, ...] = get_args(CiteMode)
_LABELS: tuple[str, ...] = get_args(LocatorLabel)


# ------------------------------------------------------------------ arguments


def _check_options(function: str, style: object, format: object) -> None:
    if not isinstance(style, str | Path):
        raise TypeError(
            f"{function}() takes a CSL style name or .csl path as style, not {kind_of(style)}"
        )
    if format not in _FORMATS:
        raise ValueError(
            f"{function}() takes format {', '.join(map(repr, _FORMATS))}, not {format!r}"
        )


def _corpus(corpus: object, function: str) -> Corpus:
    """The corpus given (a :class:`~binational.Corpus`), or the packaged one if None."""
    if corpus is not None and not isinstance(corpus, Corpus):
        raise TypeError(
            f"{function}() takes a binational.Corpus as corpus (or None for the packaged "
            f"one), not {kind_of(corpus)}"
        )
    return _format.corpus_or_load(corpus)


def _named(value: object, corpus: Corpus, function: str, argument: str = "obj") -> object:
    """``value`` with each id, name or alias (a str) replaced by the object it names.

    Names are resolved as everywhere (:meth:`Corpus.resolve <binational.Corpus.resolve>`):
    ``cite("Greenway")`` cites the report, ``cite("000")`` the first seed.
    """
    if isinstance(value, str):
        return corpus.resolve(value, what=f"{function}({argument})")
    if isinstance(value, CiteItem) and isinstance(value.obj, str):
        obj = corpus.resolve(value.obj, what=f"{function}(CiteItem.obj)")
        return attrs.evolve(value, obj=obj)
    if (
        isinstance(value, Iterable)
        and not isinstance(value, bytes | Mapping)
        and not _citable(value)
    ):
        return [
            _named(v, corpus, function, argument) if isinstance(v, str | CiteItem) else v
            for v in value
        ]
    return value


def _among(among: object, corpus: Corpus, function: str) -> list[Source] | None:
    """The reference list ``among`` gives: Sources, or their ids or names; None if None."""
    if among is None:
        return None
    what = f"{function}() takes an iterable of Sources (or their ids) as among, or None"
    if isinstance(among, str | bytes | Source) or not isinstance(among, Iterable):
        raise TypeError(f"{what}, not {kind_of(among)}")
    out: list[Source] = []
    for given in among:
        s = (
            corpus.resolve(given, Kind.SOURCE, what=f"{function}(among=...)")
            if isinstance(given, str)
            else given
        )
        if not isinstance(s, Source):
            raise TypeError(f"{what}, not an iterable holding {kind_of(s)}")
        out.append(s)
    return out


def _known(objs: Iterable[object], corpus: Corpus, given: bool, function: str) -> None:
    """Refuse an object quoted from a seed ``corpus`` lacks, saying to pass ``corpus=``."""
    for obj in objs:
        item = obj.obj if isinstance(obj, CiteItem) else obj
        if isinstance(item, Source) or not _citable(item):
            continue
        quotes = _format.evidence(item)
        sources = [q.source for q in quotes] or [getattr(item, "source", "")]
        for sid in sources:
            if isinstance(sid, str) and sid and sid not in corpus:
                where = "the corpus given" if given else "the packaged corpus"
                raise UnknownIdError(
                    "source",
                    sid,
                    hint=f"the object is quoted from a document that is not in {where}: pass "
                    f"the corpus it comes from as {function}(..., corpus=bn.load(extra=[...]))",
                )


def _citable(value: object) -> TypeGuard[Object | Claim | Quote]:
    return isinstance(value, Object | Claim | Quote)


def _objects(value: object, function: str, argument: str) -> list[Object | Claim | Quote]:
    """One object to cite, or an iterable of them; a :exc:`TypeError` otherwise."""
    if _citable(value):
        return [value]
    expected = (
        f"{function}() takes a Source, another corpus object, a Claim or a Quote as "
        f"{argument}, or an iterable of them"
    )
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        hint = " (corpus.sources[id] gives the source of an id)" if isinstance(value, str) else ""
        raise TypeError(f"{expected}, not {kind_of(value)}{hint}")
    out = list(value)
    for v in out:
        if not _citable(v):
            raise TypeError(f"{expected}, not an iterable holding {kind_of(v)}")
    return out


# ------------------------------------------------------------------ bibliography


def _read_only(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


@attrs.frozen(kw_only=True)
class Bibliography(Sequence[str]):
    """Formatted bibliography entries, in the order the style sorts them.

    A sequence of strings (``list(bib)``, ``bib[0]``, ``len(bib)``); ``str(bib)`` is
    the whole bibliography (one entry a line in text, a paragraph each in Markdown, a
    ``csl-bib-body`` block in HTML).
    """

    style: str
    """The style, as asked for (a name or a path)."""
    format: Format
    """The output format of the entries."""
    entries: tuple[str, ...]
    """The entries, in the style's order."""
    ids: tuple[str, ...]
    """Ids of the sources of :attr:`entries`, in the same order."""
    citations: Mapping[str, str] = attrs.field(converter=_read_only)
    """The in-text citation of each source, by id, consistent with the entries (same
    year suffixes)."""

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self.entries[index]

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __str__(self) -> str:
        if self.format == "html":
            body = "".join(f'  <div class="csl-entry">{e}</div>\n' for e in self.entries)
            return f'<div class="csl-bib-body">\n{body}</div>'
        return ("\n\n" if self.format == "markdown" else "\n").join(self.entries)

    def _repr_markdown_(self) -> str:
        return "\n\n".join(self.entries)

    def _repr_html_(self) -> str:
        if self.format == "html":
            return str(self)
        import html

        items = "".join(f"<p>{html.escape(e)}</p>" for e in self.entries)
        return f'<div class="binational-bibliography">{items}</div>'


def bibliography(
    objs: Object | Claim | Quote | str | Iterable[Object | Claim | Quote | str],
    style: str | Path = "apa",
    format: Format = "text",
    *,
    corpus: Corpus | None = None,
) -> Bibliography:
    """The bibliography of the sources of ``objs``, deduplicated, sorted by the style.

    A :class:`~binational.Source` stands for itself, as given (a source of your own,
    or a corpus source changed with ``attrs.evolve``, is formatted with its own
    fields); any other object (a recommendation, an actor, a quote...) for the seed(s)
    its evidence is quoted from. ``style`` is a CSL style name from the CSL styles
    repository (``"apa"``, ``"chicago-author-date"``, ``"modern-language-association"``,
    any other) or the path of a ``.csl`` file; :exc:`~binational.UnknownStyleError`
    otherwise, also for a file that is not a valid CSL style. Works by the same author
    in the same year get year suffixes (2023a, 2023b) where the style uses them,
    assigned among ``objs``; :attr:`Bibliography.citations` gives the matching in-text
    citations. A bibliography asked for again is not formatted again.

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> gao = [s for s in corpus.sources if s.id.startswith("gao-")]
    >>> bib = bn.cite.bibliography(gao, style="apa")
    >>> for entry in bib:  # doctest: +NORMALIZE_WHITESPACE +ELLIPSIS
    ...     print(entry)
    Government Accountability Office. (2023a). Immigration courts: Actions needed to
        address workforce planning and data gaps (GAO-23-105431). https://www.gao.gov/...
    Government Accountability Office. (2023b, October 19). U.S. immigration courts see a
        significant and growing backlog. https://www.gao.gov/blog/...
    >>> bib.citations["gao-2023-immigration-courts-backlog-blog"]
    '(Government Accountability Office, 2023b)'
    """
    _check_options("bibliography", style, format)
    c = _corpus(corpus, "bibliography")
    chosen = _objects(_named(objs, c, "bibliography", "objs"), "bibliography", "objs")
    _known(chosen, c, corpus is not None, "bibliography")
    sources = _format.sources_cited(chosen, c)
    out = _format.render(sources, style, format, [[_format.cite_of(s.id)] for s in sources])
    return Bibliography(
        style=str(style),
        format=format,
        entries=out.entries,
        ids=out.ids,
        citations={s.id: c for s, c in zip(sources, out.citations, strict=True)},
    )


# ----------------------------------------------------------------------- cite


@attrs.frozen
class CiteItem:
    """One work in a citation of several, with its own locator and affixes.

    Give :func:`cite` a list of these (or of plain objects) to cite several works in
    one citation: ``bn.cite.cite([bn.cite.CiteItem(a, locator="4"), b])``. The fields are those
    of :func:`cite`.
    """

    obj: Object | Claim | Quote
    """What is cited: a source, or any object cited as the seed(s) it is quoted from."""
    locator: str | None = attrs.field(default=None, kw_only=True)
    """Where in the work: ``"4"``, ``"4-6"``, ``"12"``... (None: the quote's section)."""
    label: LocatorLabel = attrs.field(default="page", kw_only=True)
    """What :attr:`locator` counts (a CSL locator label)."""
    prefix: str | None = attrs.field(default=None, kw_only=True)
    """Text before the work's cite ("see")."""
    suffix: str | None = attrs.field(default=None, kw_only=True)
    """Text after the work's cite (", emphasis added")."""


_HEADINGS: Mapping[str, str] = MappingProxyType(
    {
        "https://example.invalid/binational/styles/apa": "{} section",
        "http://www.zotero.org/styles/apa": "{} section",
    }
)
"""How a style names a section by its heading, by the style's CSL id (the package's
APA, and the upstream APA it is a copy of).

APA 7 (8.28) cites a passage of a work without page numbers by its heading: "(…, 2026,
Final Recommendation section)"; CSL has no locator for a heading, so it is the cite's
suffix. Other styles get the heading as a ``section`` locator ("sec. Final
Recommendation")."""


def _affix(text: str | None, *, before: bool) -> str | None:
    """A prefix followed by a space, a suffix preceded by one (unless punctuated)."""
    if not text:
        return None
    if before:
        return text if text[-1].isspace() else f"{text} "
    return text if not text[0].isalnum() else f" {text}"


_Pin = tuple[Source, str | None, str, str | None, str | None]


def _cites(item: CiteItem, corpus: Corpus, heading: str | None) -> list[_Pin]:
    """(source, locator, label, prefix, suffix) for each work ``item`` is cited as."""
    pins = _format.pinpoints(item.obj, corpus)
    if item.locator is not None and len(pins) > 1:
        seeds = ", ".join(repr(s.id) for s, _section in pins)
        raise ValueError(
            f"a locator points into one work, but {item.obj.__class__.__name__} is cited "
            f"as the seeds {seeds}: cite one of its quotes instead"
        )
    out: list[_Pin] = []
    for n, (source, section) in enumerate(pins):
        prefix = _affix(item.prefix, before=True) if n == 0 else None
        suffix = _affix(item.suffix, before=False) if n == len(pins) - 1 else None
        if item.locator is not None:
            out.append((source, item.locator, item.label, prefix, suffix))
        elif section is not None and heading is not None:
            pin = ", " + heading.format(section)
            out.append((source, None, "page", prefix, pin + (suffix or "")))
        elif section is not None:
            out.append((source, section, "section", prefix, suffix))
        else:
            out.append((source, None, "page", prefix, suffix))
    return out


def cite(
    obj: Object
    | Claim
    | Quote
    | CiteItem
    | str
    | Iterable[Object | Claim | Quote | CiteItem | str],
    style: str | Path = "apa",
    format: Format = "text",
    *,
    locator: str | None = None,
    label: LocatorLabel = "page",
    mode: CiteMode = "parenthetical",
    prefix: str | None = None,
    suffix: str | None = None,
    among: Iterable[Source | str] | None = None,
    corpus: Corpus | None = None,
) -> str:
    """The in-text citation of an object, or of several in one citation.

    A :class:`~binational.Source` is cited as itself, as given (a source of your own
    too). Any other object (a :class:`~binational.Quote` and a
    :class:`~binational.Claim` too) is cited as the seed its evidence is quoted from,
    with the section of its first quote from that seed as pinpoint, named as the style
    names a section: "Final Recommendation section" in APA (7th ed., 8.28), "sec. Final
    Recommendation" in Chicago and MLA. A :class:`~binational.Citation` edge is cited
    as the seed whose sentence carries it; the works it cites are
    :meth:`Corpus.cited_works <binational.Corpus.cited_works>`.

    ``locator`` points into the work instead ("4", "4-6"), counted in ``label`` units
    (``"page"``, ``"paragraph"``, ``"section"``, ``"table"``, ``"note"``… any
    :data:`~binational.cite.LocatorLabel`), printed with the style's term ("p. 4", "pp.
    4–6", "para. 12"). ``prefix`` and ``suffix`` are printed before and after the
    cite ("see", ", emphasis added"). ``mode`` is the form: ``"parenthetical"``
    (default), ``"narrative"`` (the author is part of the sentence: "Lawson et al.
    (ca. 2018, p. 4)") or ``"suppress-author"`` ("(ca. 2018, p. 4)"). A numeric style
    prints no author, so its narrative citation is the parenthetical one; in a note
    style it is the author followed by the rest of the note (which belongs in a
    footnote).

    Several works go in one citation as a list: of objects, or of
    :class:`~binational.cite.CiteItem` for a locator or affixes of their own; the style
    orders them. An object with evidence from several seeds (an actor, an initiative,
    a place) is cited as each of them, with its own pinpoint; to cite one seed only,
    cite one of the object's quotes.

    Year suffixes (2023a) are those of the works cited together: by default every
    source of the corpus, as in ``bibliography(corpus.sources)``; pass ``among`` (your
    own reference list) to assign them among those instead. A date the encoders
    inferred (the document prints none) is shown as the style shows an uncertain date:
    "ca. 2026" in APA, "[2026?]" in Chicago; MLA prints no date in its citations.

    An object can be given by its id, name or alias, a seed also by its number
    (``cite("Greenway")``, ``cite("000")``), resolved as :meth:`Corpus.resolve
    <binational.Corpus.resolve>` does; so can the works of ``among``.

    Raises :exc:`TypeError` for something that cannot be cited or a ``corpus`` that is
    not a :class:`~binational.Corpus`, :exc:`~binational.UnknownIdError` for a name
    that names nothing or an object quoted from a document the corpus lacks (a
    bundle's: pass ``corpus=``), :exc:`ValueError` for an unknown format, mode or
    label, :exc:`~binational.UnknownStyleError` for an unknown or invalid style.

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> rec = corpus.recommendations["nsc-joint-enforcement-task-forces"]
    >>> print(bn.cite.cite(rec))  # doctest: +NORMALIZE_WHITESPACE
    (Policy Brief Prepared for U.S. National Security Council, ca. 2026,
     Final Recommendation section)
    >>> report = corpus.sources["greenway-2025-military-options-border"]
    >>> bn.cite.cite(report, locator="4")
    '(Greenway et al., 2025, p. 4)'
    >>> bn.cite.cite(report, mode="narrative", locator="2", label="paragraph")
    'Greenway et al. (2025, para. 2)'
    >>> wdr = corpus.sources["world-bank-2023-world-development-report"]
    >>> bn.cite.cite([bn.cite.CiteItem(report, prefix="see"), wdr], "chicago-author-date")
    '(see Greenway et al. 2025; World Bank 2023b)'
    """
    function = "cite"
    _check_options(function, style, format)
    c = _corpus(corpus, function)
    obj = _named(obj, c, function)  # type: ignore[assignment]
    if mode not in _MODES:
        raise ValueError(f"cite() takes mode {', '.join(map(repr, _MODES))}, not {mode!r}")
    options = any(v is not None for v in (locator, prefix, suffix)) or label != "page"
    if _citable(obj):
        items = [CiteItem(obj, locator=locator, label=label, prefix=prefix, suffix=suffix)]
    elif options:
        raise ValueError(
            "cite() takes locator, label, prefix and suffix for one object; for a CiteItem "
            "or several works, give them to each CiteItem(obj, locator=...) instead"
        )
    elif isinstance(obj, CiteItem):
        items = [obj]
    else:
        items = [o if isinstance(o, CiteItem) else CiteItem(o) for o in _items(obj, function)]
    for item in items:
        if not _citable(item.obj):
            _objects(item.obj, function, "CiteItem.obj")
        if item.label not in _LABELS:
            raise ValueError(
                f"cite() takes a CSL locator label as label ({', '.join(_LABELS)}), "
                f"not {item.label!r}"
            )
        for field in ("locator", "prefix", "suffix"):
            value = getattr(item, field)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"cite() takes a string as {field}, not {kind_of(value)}")
    _known(items, c, corpus is not None, function)
    heading = _HEADINGS.get(_format.style_id(style))
    pins = [pin for item in items for pin in _cites(item, c, heading)]
    pool = _format.pool(c, _among(among, c, function), (source for source, *_rest in pins))
    cites = [_format.cite_of(s.id, loc, lab, pre, suf) for s, loc, lab, pre, suf in pins]
    citation: str = _format.render(pool, style, format, [cites], entries=(), mode=mode).citations[0]
    return citation


def _items(value: object, function: str) -> list[Object | Claim | Quote | CiteItem]:
    """Several objects to cite, each an object or a :class:`CiteItem`."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return [*_objects(value, function, "obj")]  # raises, naming what it takes
    out: list[Object | Claim | Quote | CiteItem] = list(value)
    for v in out:
        if not isinstance(v, CiteItem):
            _objects(v, function, "obj")
    return out


# ---------------------------------------------------------------------- Citer


class Citer:
    """The citations of one paper, in order: a note style prints "Ibid." and short forms.

    Each :meth:`cite` is a citation (a note, in a note style) after the ones before it,
    so positions hold: the first citation of a work is in full, a later one short, one
    of the work cited just before is "Ibid." (with its page, if it has one of its own).
    :meth:`bibliography` lists the works cited. Arguments are those of :func:`cite`.

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> report = corpus.sources["greenway-2025-military-options-border"]
    >>> paper = bn.cite.Citer("chicago-notes-bibliography-subsequent-ibid")
    >>> print(paper.cite(report, locator="4"))  # doctest: +NORMALIZE_WHITESPACE
    Robert Greenway et al., How the President Can Use the U.S. Military to Confront the
    Catastrophic Threat at the Border with Mexico (2025), 4.
    >>> paper.cite(report, locator="7")
    'Ibid., 7.'
    """

    def __init__(
        self,
        style: str | Path = "chicago-notes-bibliography",
        format: Format = "text",
        *,
        among: Iterable[Source | str] | None = None,
        corpus: Corpus | None = None,
    ) -> None:
        _check_options("Citer", style, format)
        self.style = style
        self.format: Format = format
        self._corpus = _corpus(corpus, "Citer")
        self._among = _among(among, self._corpus, "Citer")
        self._heading = _HEADINGS.get(_format.style_id(style))
        self._clusters: list[tuple[_format.Cite, ...]] = []
        self._cited: dict[str, Source] = {}

    def _pool(self) -> list[Source]:
        return _format.pool(self._corpus, self._among, self._cited.values())

    def cite(
        self,
        obj: Object | Claim | Quote | str,
        *,
        locator: str | None = None,
        label: LocatorLabel = "page",
        mode: CiteMode = "parenthetical",
        prefix: str | None = None,
        suffix: str | None = None,
    ) -> str:
        """The next citation of the paper: ``obj`` cited after every citation before.

        ``obj`` is an object, a claim or a quote, or an id, name or alias (as for
        :func:`cite`: ``paper.cite("Greenway", locator="4")``).
        """
        found = _named(obj, self._corpus, "Citer.cite")
        if not _citable(found):
            _objects(found, "Citer.cite", "obj")  # raises, naming what it takes
            raise TypeError("Citer.cite() takes one object; cite each of several in turn")
        if mode not in _MODES:
            raise ValueError(
                f"Citer.cite() takes mode {', '.join(map(repr, _MODES))}, not {mode!r}"
            )
        if label not in _LABELS:
            raise ValueError(f"Citer.cite() takes a CSL locator label as label, not {label!r}")
        if locator is not None and not isinstance(locator, str):
            raise TypeError(f"Citer.cite() takes a string as locator, not {kind_of(locator)}")
        item = CiteItem(found, locator=locator, label=label, prefix=prefix, suffix=suffix)
        pins = _cites(item, self._corpus, self._heading)
        for source, *_rest in pins:
            self._cited.setdefault(source.id, source)
        form = None if mode == "parenthetical" else mode
        cluster = tuple(
            _format.Cite(s.id, loc, lab, pre, suf, form) for s, loc, lab, pre, suf in pins
        )
        self._clusters.append(cluster)
        out = _format.render(self._pool(), self.style, self.format, self._clusters, entries=())
        return out.citations[-1]

    @property
    def citations(self) -> tuple[str, ...]:
        """Every citation made so far, in order."""
        if not self._clusters:
            return ()
        out = _format.render(self._pool(), self.style, self.format, self._clusters, entries=())
        return out.citations

    def bibliography(self) -> Bibliography:
        """The bibliography of the works cited so far, sorted by the style."""
        out = _format.render(
            self._pool(), self.style, self.format, self._clusters, entries=list(self._cited)
        )
        return Bibliography(
            style=str(self.style),
            format=self.format,
            entries=out.entries,
            ids=out.ids,
            citations={},
        )


# ---------------------------------------------------------------------- quote


@attrs.frozen(kw_only=True)
class Quotation:
    """A verbatim passage of a seed with its citation, ready for a report.

    ``str(q)`` is the passage in quotation marks followed by the citation;
    :meth:`markdown` gives the same in Markdown, or as a footnote. It is made by
    :func:`quote` from the evidence an object carries (:class:`binational.Quote`, the
    stored passage and its offsets).
    """

    text: str
    """The passage, verbatim (the seed text is Markdown; its escapes are kept)."""
    citation: str
    """The in-text citation of the seed, with the section as pinpoint."""
    reference: str
    """The seed's bibliography entry, in the same style and format."""
    source: str
    """Id of the seed quoted."""
    section: str | None
    """Heading of the section the passage is in (None before the first heading)."""
    start: int
    """Offset of the passage's first character in the seed text."""
    end: int
    """Offset one past its last character."""
    format: Format = "text"
    """The format :attr:`citation` and :attr:`reference` are in (``text``, ``html`` or
    ``markdown``); each view escapes what is not already in its own medium."""

    @property
    def display(self) -> str:
        """The passage as a reader should see it (:attr:`text` stays verbatim).

        The seed's link markup and escapes are undone and its line breaks joined.
        """
        from binational.model import display_text

        return display_text(self.text)

    def __str__(self) -> str:
        from binational.model import printable

        return printable(f"“{self.display}” {self.citation}")

    def _in(self, medium: Format, text: str) -> str:
        """``text`` (in :attr:`format`) as ``medium`` holds it: escaped unless already so."""
        import html

        from binational.model import markdown_literal

        if self.format == medium:
            return text
        if medium == "html":
            return html.escape(text)
        return markdown_literal(text)

    def _repr_html_(self) -> str:
        import html

        where = html.escape(self.source + (f", {self.section}" if self.section else ""))
        return (
            f"<blockquote>“{html.escape(self.display)}” {self._in('html', self.citation)}"
            f'<br><small style="color:#555">{where} [{self.start}:{self.end}]</small>'
            "</blockquote>"
        )

    def _repr_markdown_(self) -> str:
        return self.markdown()

    def markdown(self, footnote: str | None = None) -> str:
        """The passage in Markdown, cited in the text or, given a label, in a footnote.

        Without ``footnote``: ``“passage” (citation)``. With a label, the passage with
        a footnote reference and, after a blank line, the footnote: the seed's
        reference and the section. The passage and the section are escaped as Markdown
        text, and so are a citation and reference made in another format; the label
        must be a footnote label (letters, digits, ``-`` and ``_``).
        """
        from binational.model import markdown_literal

        passage = f"“{markdown_literal(self.display)}”"
        if footnote is None:
            return f"{passage} {self._in('markdown', self.citation)}"
        if not isinstance(footnote, str) or not re.fullmatch(r"[\w-]+", footnote):
            raise ValueError(
                "markdown(footnote) takes a label of letters, digits, - and _, "
                f"not {footnote!r:.40}"
            )
        where = f" Section “{markdown_literal(self.section)}”." if self.section else ""
        reference = self._in("markdown", self.reference)
        return f"{passage}[^{footnote}]\n\n[^{footnote}]: {reference}{where}"


def quote(
    obj: Object | Claim | Quote | str,
    style: str | Path = "apa",
    format: Format = "text",
    *,
    among: Iterable[Source | str] | None = None,
    corpus: Corpus | None = None,
) -> Quotation:
    """The passage an object is quoted from, with its citation.

    The passage is the object's first (main) quote; pass a :class:`~binational.Quote`
    to quote another; or give ``obj`` by its id, name or alias, as for :func:`cite`.
    The citation is :func:`cite` of that quote; ``among`` and ``corpus`` are as for
    :func:`cite`.

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> q = bn.cite.quote(corpus.recommendations["nsc-joint-enforcement-task-forces"])
    >>> print(q)  # doctest: +NORMALIZE_WHITESPACE
    “This includes establishing joint U.S.-Mexico enforcement task forces in Tijuana-San
    Diego, El Paso-Ciudad Juárez, and McAllen-Reynosa.” (Policy Brief Prepared for U.S.
    National Security Council, ca. 2026, Final Recommendation section)
    >>> q.section
    'Final Recommendation'
    """
    _check_options("quote", style, format)
    c = _corpus(corpus, "quote")
    obj = _named(obj, c, "quote")  # type: ignore[assignment]
    if not _citable(obj):
        _objects(obj, "quote", "obj")  # raises, naming what it takes
        raise TypeError("quote() takes one object; quote each of several on its own")
    evidence = _format.evidence(obj)
    if not evidence:
        raise ValueError(f"{obj!r} has no quote")
    q = evidence[0]
    _known([q], c, corpus is not None, "quote")
    ((seed, locator, label, prefix, suffix),) = _cites(
        CiteItem(q), c, _HEADINGS.get(_format.style_id(style))
    )
    cites = [[_format.cite_of(seed.id, locator, label, prefix, suffix)]]
    pool = _format.pool(c, _among(among, c, "quote"), [seed])
    out = _format.render(pool, style, format, cites, entries=[seed.id])
    return Quotation(
        text=q.text,
        citation=out.citations[0],
        reference=out.entries[out.ids.index(seed.id)] if out.entries else out.citations[0],
        source=seed.id,
        section=q.section,
        start=q.start,
        end=q.end,
        format=format,
    )


# -------------------------------------------------------------- the library


def library_csl_json(corpus: Corpus | None = None) -> CslItem:
    """The CSL-JSON record of this library and its corpus, for citing them.

    The package's name, description, authors and version, and in ``note`` the
    SHA-256 of every seed text the corpus is built from, so that a reader can check
    that they have the same texts. No release date is invented: the record has none.

    >>> import binational as bn
    >>> record = bn.cite.library_csl_json()
    >>> record["version"] == bn.__version__
    True
    >>> print(record["note"])  # doctest: +ELLIPSIS
    Seed texts (SHA-256): 000_7c3a6f57297a07f8.txt 762a665b59e03e13646206...
    """
    from binational._version import __version__

    c = _corpus(corpus, "library_csl_json")
    digests = "; ".join(f"{s.seed.file} {s.seed.sha256}" for s in c.seeds if s.seed is not None)
    return {
        "id": "binational",
        "type": "software",
        "title": f"binational: {_LIBRARY_SUMMARY}",
        "author": [{"literal": _LIBRARY_AUTHORS}],
        "version": __version__,
        "note": f"Seed texts (SHA-256): {digests}",
        "custom": {"seeds": [s.id for s in c.seeds]},
    }


_LIBRARY_SUMMARY = (
    "A typed, citable, comparable knowledge base of four policy documents on U.S.-Mexico "
    "border security"
)
"""The package's description (pyproject.toml), as the title of its citation."""
_LIBRARY_AUTHORS = "binational maintainers"
"""The package's authors (pyproject.toml)."""


def cite_library(
    style: str | Path = "apa", format: Format = "text", *, corpus: Corpus | None = None
) -> str:
    """The bibliography entry of this library, at the version in use, in ``style``.

    Whether the seeds' SHA-256 digests show depends on whether the style prints the
    CSL ``note``; :func:`library_csl_json` always has them.

    >>> import binational as bn
    >>> print(bn.cite.cite_library())  # doctest: +NORMALIZE_WHITESPACE
    binational maintainers. (n.d.). binational: A typed, citable, comparable knowledge
    base of four policy documents on U.S.-Mexico border security (Version 0.1.0)
    [Computer software].
    """
    _check_options("cite_library", style, format)
    return _format.render_records([library_csl_json(corpus)], style, format).entries[0]
