"""Citations: CSL-JSON records, formatted references and citations, quotations.

CSL-JSON is the one citation record: every formatted citation, bibliography and
export is made from :func:`csl_json`. Formatting runs citeproc-py (see
:mod:`binational._csl`), imported only when something is formatted.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Literal, Required, TypedDict, overload

import attrs

from binational._corpus import Corpus, Object
from binational._model import (
    Claim,
    Creator,
    Organization,
    PartialDate,
    Position,
    Quote,
    Source,
    SourceField,
)
from binational.exceptions import MissingDependencyError

if TYPE_CHECKING:
    from binational._csl import Output, Prepared

__all__ = [
    "Bibliography",
    "CslDate",
    "CslItem",
    "CslName",
    "Format",
    "Quotation",
    "bibliography",
    "cite",
    "cite_library",
    "csl_json",
    "library_csl_json",
    "quote",
]

Format = Literal["text", "html", "markdown"]
"""An output format: plain ``"text"``, ``"html"`` or ``"markdown"``."""


# ---------------------------------------------------------------- the record

CslName = TypedDict(
    "CslName",
    {
        "family": str,
        "given": str,
        "non-dropping-particle": str,
        "dropping-particle": str,
        "suffix": str,
        "literal": str,
    },
    total=False,
)
CslName.__doc__ = """A CSL-JSON name: a person's parts, or an organisation's ``literal`` name.

A person has ``family`` and, where known, ``given``, ``non-dropping-particle`` (the
model's :attr:`Person.particle <binational.Person.particle>`, e.g. "de la"),
``dropping-particle`` and ``suffix``.
"""

CslDate = TypedDict("CslDate", {"date-parts": list[list[int]]})
CslDate.__doc__ = """A CSL-JSON date: the known parts only, ``{"date-parts": [[2024, 6, 26]]}``."""

CslItem = TypedDict(
    "CslItem",
    {
        "id": Required[str],
        "type": Required[str],
        "title": str,
        "author": list[CslName],
        "recipient": list[CslName],
        "issued": CslDate,
        "accessed": CslDate,
        "publisher": str,
        "publisher-place": str,
        "URL": str,
        "number": str,
        "container-title": str,
        "collection-title": str,
        "volume": str,
        "issue": str,
        "page": str,
        "version": str,
        "note": str,
        "custom": dict[str, str | list[str]],
    },
    total=False,
)
CslItem.__doc__ = """A CSL-JSON item, as :func:`csl_json` makes it.

Keys (CSL variables): ``id``, ``type``, ``title``, ``author``, ``recipient``,
``issued``, ``accessed``, ``publisher``, ``publisher-place``, ``URL``, ``number``,
``container-title``, ``collection-title``, ``volume``, ``issue``, ``page``, and for the
library's own record ``version`` and ``note``. ``custom`` holds what CSL has no
variable for: ``role``, ``issued-certainty``, ``silent-on``, ``sha256``, ``seeds``.
"""


def _name(creator: Creator) -> CslName:
    if isinstance(creator, Organization):
        return {"literal": creator.name}
    name: CslName = {"family": creator.family}
    if creator.given:
        name["given"] = creator.given
    if creator.particle:
        name["non-dropping-particle"] = creator.particle
    if creator.dropping_particle:
        name["dropping-particle"] = creator.dropping_particle
    if creator.suffix:
        name["suffix"] = creator.suffix
    return name


def _date(date: PartialDate) -> CslDate:
    return {"date-parts": [list(date.parts)]}


def _title(source: Source) -> str:
    """The title, or for an untitled work its description in brackets (APA 9.21).

    A description is the encoders' words, not a title as printed, so it is given the
    capital a reference entry starts with ("[Congressional testimony on …]").
    """
    if SourceField.TITLE in source.silent_on:
        text = source.title
        return f"[{text[:1].upper()}{text[1:]}]"
    return source.title


@overload
def csl_json(source: Source) -> CslItem: ...
@overload
def csl_json(source: Iterable[Source]) -> list[CslItem]: ...
def csl_json(source: Source | Iterable[Source]) -> CslItem | list[CslItem]:
    """The CSL-JSON record of a source (a list of records for several).

    Organisations are ``literal`` names; persons are split into ``family``,
    ``given``, particles and suffix; dates carry only their known parts. What CSL has no
    field for is kept under ``custom``: the source's ``role``, the
    ``issued-certainty`` of its date (``"stated"`` or ``"inferred"``), the fields it is
    ``silent-on``, and for a seed its text's ``sha256``. An untitled work (silent on its
    title) has its description as title, in square brackets.

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> record = bn.csl_json(corpus.sources["gao-2023-immigration-courts-workforce"])
    >>> record["author"]
    [{'literal': 'Government Accountability Office'}]
    >>> record["issued"], record["number"]
    ({'date-parts': [[2023]]}, 'GAO-23-105431')
    >>> bn.csl_json(corpus.seeds)[0]["custom"]["issued-certainty"]
    'inferred'
    """
    if not isinstance(source, Source):
        return [csl_json(s) for s in source]
    s = source
    item: CslItem = {"id": s.id, "type": s.type.value, "title": _title(s)}
    if s.creators:
        item["author"] = [_name(c) for c in s.creators]
    if s.recipients:
        item["recipient"] = [_name(c) for c in s.recipients]
    if s.issued is not None:
        item["issued"] = _date(s.issued.date)
    if s.accessed is not None:
        item["accessed"] = _date(s.accessed)
    text_fields = {
        "publisher": s.publisher,
        "publisher-place": s.publisher_place,
        "URL": s.url,
        "number": s.number,
        "container-title": s.container_title,
        "collection-title": s.collection_title,
        "volume": s.volume,
        "issue": s.issue,
        "page": s.pages,
    }
    for key, value in text_fields.items():
        if value is not None:
            item[key] = value  # type: ignore[literal-required]
    custom: dict[str, str | list[str]] = {"role": s.role.value}
    if s.issued is not None:
        custom["issued-certainty"] = s.issued.certainty.value
    if s.silent_on:
        custom["silent-on"] = [f.value for f in s.silent_on]
    if s.seed is not None:
        custom["sha256"] = s.seed.sha256
    item["custom"] = custom
    return item


# ------------------------------------------------------------------ the engine


def _engine() -> ModuleType:
    """The engine module (citeproc-py and its fixes), imported on first use."""
    try:
        from binational import _csl
    except ImportError as e:
        raise MissingDependencyError(
            e.name or "citeproc-py", needed_for="formatting citations", extra="cite"
        ) from None
    return _csl


_prepared_lock = threading.Lock()


@functools.lru_cache(maxsize=32)
def _prepared(sources: tuple[Source, ...], style: str) -> Prepared:
    prepared: Prepared = _engine().prepare(csl_json(sources), style)
    return prepared


def _render(
    sources: Sequence[Source],
    style: str | Path,
    format: Format,
    citations: Sequence[Sequence[tuple[str, str | None]]] = (),
    entries: Collection[str] | None = None,
) -> Output:
    """The citations asked for, as (id, section) pairs, among ``sources``.

    With them, the bibliography of ``sources``, or of ``entries`` only if given.
    """
    csl = _engine()
    path = str(csl.resolve_style(style).resolve())
    with _prepared_lock:
        prepared = _prepared(tuple(sources), path)
    cites = [[csl.Cite(i, section) for i, section in c] for c in citations]
    out: Output = csl.render(prepared, format, cites, entries)
    return out


# ------------------------------------------------------------------- sources of


def _corpus(corpus: Corpus | None) -> Corpus:
    if corpus is not None:
        return corpus
    from binational._load import load

    return load()


def _evidence(obj: Object | Claim | Quote) -> tuple[Quote, ...]:
    return (obj,) if isinstance(obj, Quote) else obj.evidence


def _pinpoints(obj: Object | Claim | Quote) -> list[tuple[str, str | None]]:
    """(source id, section) for each source an object is cited as, in order.

    A source is cited as itself; anything else as each seed its evidence is quoted
    from, with the section of its first quote from that seed.
    """
    if isinstance(obj, Source):
        return [(obj.id, None)]
    first: dict[str, str | None] = {}
    for q in _evidence(obj):
        first.setdefault(q.source, q.section)
    if not first and isinstance(obj, Position):
        return [(obj.source, None)]  # a dimension the seed does not address: no pinpoint
    return list(first.items())


def _pool(corpus: Corpus, among: Iterable[Source] | None, cited: Iterable[Source]) -> list[Source]:
    """The works cited together (year suffixes are assigned among them)."""
    pool = {s.id: s for s in (corpus.sources if among is None else among)}
    for s in cited:
        pool.setdefault(s.id, s)
    return list(pool.values())


def _sources_of(objs: Iterable[Object | Claim | Quote], corpus: Corpus) -> list[Source]:
    """The sources objects are cited by, deduplicated, in the order first met."""
    out: dict[str, Source] = {}
    for obj in objs:
        for sid, _section in _pinpoints(obj):
            out.setdefault(sid, corpus.sources[sid])
    return list(out.values())


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


def bibliography(
    objs: Iterable[Object | Claim | Quote],
    style: str | Path = "apa",
    format: Format = "text",
    *,
    corpus: Corpus | None = None,
) -> Bibliography:
    """The bibliography of the sources of ``objs``, deduplicated, sorted by the style.

    A :class:`~binational.Source` stands for itself; any other object (a recommendation,
    an actor, a quote...) for the seed(s) its evidence is quoted from. ``style`` is a
    CSL style name from the CSL styles repository (``"apa"``, ``"chicago-author-date"``,
    ``"modern-language-association"``, any other) or the path of a ``.csl`` file;
    :exc:`~binational.UnknownStyleError` otherwise. Works by the same author in the same
    year get year suffixes (2023a, 2023b) where the style uses them, assigned among
    ``objs``; :attr:`Bibliography.citations` gives the matching in-text citations.

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> gao = [s for s in corpus.sources if s.id.startswith("gao-")]
    >>> bib = bn.bibliography(gao, style="apa")
    >>> for entry in bib:  # doctest: +NORMALIZE_WHITESPACE +ELLIPSIS
    ...     print(entry)
    Government Accountability Office. (2023a). Immigration courts: Actions needed to
        address workforce planning and data gaps (GAO-23-105431). https://www.gao.gov/...
    Government Accountability Office. (2023b, October 19). U.S. immigration courts see a
        significant and growing backlog. https://www.gao.gov/blog/...
    >>> bib.citations["gao-2023-immigration-courts-backlog-blog"]
    '(Government Accountability Office, 2023b)'
    """
    sources = _sources_of(objs, _corpus(corpus))
    out = _render(sources, style, format, [[(s.id, None)] for s in sources])
    return Bibliography(
        style=str(style),
        format=format,
        entries=out.entries,
        ids=out.ids,
        citations={s.id: c for s, c in zip(sources, out.citations, strict=True)},
    )


# ----------------------------------------------------------------------- cite


def cite(
    obj: Object | Claim | Quote,
    style: str | Path = "apa",
    format: Format = "text",
    *,
    among: Iterable[Source] | None = None,
    corpus: Corpus | None = None,
) -> str:
    """The in-text citation of an object, with its section as pinpoint.

    A :class:`~binational.Source` is cited as itself. Any other object (a
    :class:`~binational.Quote` and a :class:`~binational.Claim` too) is cited as the
    seed its evidence is quoted from, with the section of its first quote from that
    seed as pinpoint, labelled as the style labels a section ("Section Final
    Recommendation" in APA, "sec. Final Recommendation" in Chicago and MLA). A
    :class:`~binational.Citation` edge is cited as the seed whose sentence carries it;
    the works it cites are :meth:`Corpus.cited_works <binational.Corpus.cited_works>`.

    An object with evidence from several seeds (an actor, an initiative, a place) is
    cited as each of them, with its own pinpoint, in one citation ordered as the style
    orders cites; to cite one seed only, cite one of the object's quotes.

    Year suffixes (2023a) are those of the works cited together: by default every
    source of the corpus, as in ``bibliography(corpus.sources)``; pass ``among`` (your
    own reference list) to assign them among those instead. A date the encoders
    inferred (the document prints none) is shown as the style shows an uncertain date:
    "ca. 2026" in APA, "[2026?]" in Chicago; MLA prints no date in its citations.

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> rec = corpus.recommendations["nsc-joint-enforcement-task-forces"]
    >>> print(bn.cite(rec))  # doctest: +NORMALIZE_WHITESPACE
    (Policy Brief Prepared for U.S. National Security Council, ca. 2026,
     Section Final Recommendation)
    >>> wdr = corpus.sources["world-bank-2023-world-development-report"]
    >>> bn.cite(wdr, "chicago-author-date")
    '(World Bank 2023b)'
    """
    c = _corpus(corpus)
    pins = _pinpoints(obj)
    pool = _pool(c, among, (c.sources[sid] for sid, _section in pins))
    return _render(pool, style, format, [pins], entries=()).citations[0]


# ---------------------------------------------------------------------- quote


@attrs.frozen(kw_only=True)
class Quotation:
    """A verbatim passage of a seed with its citation, ready for a report.

    ``str(q)`` is the passage in quotation marks followed by the citation;
    :meth:`markdown` gives the same in Markdown, or as a footnote.
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

    def __str__(self) -> str:
        return f"“{self.text}” {self.citation}"

    def markdown(self, footnote: str | None = None) -> str:
        """The passage in Markdown, cited in the text or, given a label, in a footnote.

        Without ``footnote``: ``“passage” (citation)``. With a label, the passage with
        a footnote reference and, after a blank line, the footnote: the seed's
        reference and the section.
        """
        if footnote is None:
            return str(self)
        where = f" Section “{self.section}”." if self.section else ""
        return f"“{self.text}”[^{footnote}]\n\n[^{footnote}]: {self.reference}{where}"


def quote(
    obj: Object | Claim | Quote,
    style: str | Path = "apa",
    format: Format = "text",
    *,
    among: Iterable[Source] | None = None,
    corpus: Corpus | None = None,
) -> Quotation:
    """The passage an object is quoted from, with its citation.

    The passage is the object's first (main) quote; pass a :class:`~binational.Quote`
    to quote another. The citation is :func:`cite` of that quote; ``among`` and
    ``corpus`` are as for :func:`cite`.

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> q = bn.quote(corpus.recommendations["nsc-joint-enforcement-task-forces"])
    >>> print(q)  # doctest: +NORMALIZE_WHITESPACE
    “This includes establishing joint U.S.-Mexico enforcement task forces in Tijuana-San
    Diego, El Paso-Ciudad Juárez, and McAllen-Reynosa.” (Policy Brief Prepared for U.S.
    National Security Council, ca. 2026, Section Final Recommendation)
    >>> q.section
    'Final Recommendation'
    """
    evidence = _evidence(obj)
    if not evidence:
        raise ValueError(f"{obj!r} has no quote")
    q = evidence[0]
    c = _corpus(corpus)
    seed = c.sources[q.source]
    out = _render(_pool(c, among, [seed]), style, format, [[(seed.id, q.section)]], [seed.id])
    return Quotation(
        text=q.text,
        citation=out.citations[0],
        reference=out.entries[out.ids.index(seed.id)] if out.entries else out.citations[0],
        source=seed.id,
        section=q.section,
        start=q.start,
        end=q.end,
    )


# -------------------------------------------------------------- the library


def library_csl_json(corpus: Corpus | None = None) -> CslItem:
    """The CSL-JSON record of this library and its corpus, for citing them.

    The package's name, description, authors and version, and in ``note`` the
    SHA-256 of every seed text the corpus is built from, so that a reader can check
    that they have the same texts. No release date is invented: the record has none.

    >>> import binational as bn
    >>> record = bn.library_csl_json()
    >>> record["version"] == bn.__version__
    True
    >>> print(record["note"])  # doctest: +ELLIPSIS
    Seed texts (SHA-256): 000_7c3a6f57297a07f8.txt 762a665b59e03e13646206...
    """
    from binational import __version__

    c = _corpus(corpus)
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
    >>> print(bn.cite_library())  # doctest: +NORMALIZE_WHITESPACE
    binational maintainers. (n.d.). binational: A typed, citable, comparable knowledge
    base of four policy documents on U.S.-Mexico border security (Version 0.1.0)
    [Computer software].
    """
    csl = _engine()
    prepared = csl.prepare([library_csl_json(corpus)], style)
    entries: tuple[str, ...] = csl.render(prepared, format).entries
    return entries[0]
