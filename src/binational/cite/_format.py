"""What is formatted: the works cited, the records a style gets, the output, kept.

The works an object is cited as (a source itself, or the seeds its evidence is quoted
from), the CSL-JSON each style is given of them, and the engine's output for them.

The engine (pandoc's citeproc, :mod:`binational.cite._pandoc`) runs through
:func:`~binational.cite.format_csl`: one pandoc process per formatting, kept.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from binational.cite._csl_json import CslItem, csl_json
from binational.corpus import Corpus, Object
from binational.model import Claim, Position, Quote, Source

if TYPE_CHECKING:
    from binational.cite._cite import CiteMode, Format

__all__ = [
    "Cite",
    "Output",
    "cite_of",
    "corpus_or_load",
    "engine",
    "evidence",
    "pinpoints",
    "pool",
    "render",
    "render_records",
    "sources_cited",
    "style_id",
    "style_items",
    "wants_sentence_case",
]

# ------------------------------------------------------------------ the engine


def engine() -> None:
    """Check that the engine (pandoc, of ``pypandoc-binary``) is there, or say what to install."""
    from binational.cite._pandoc import pandoc_path

    pandoc_path()


@attrs.frozen
class Cite:
    """One work cited in a citation, with an optional locator and affixes."""

    id: str
    locator: str | None = None
    label: str = "page"
    prefix: str | None = None
    suffix: str | None = None
    mode: str | None = None
    """The cite's own form (``"suppress-author"``, ``"narrative"``), over the citation's."""


@attrs.frozen
class Output:
    """What :func:`render` produced."""

    ids: tuple[str, ...]
    """Ids of the bibliography's entries, in the style's order."""
    entries: tuple[str, ...]
    """Bibliography entries, in the same order (empty if the style has none)."""
    citations: tuple[str, ...]
    """The citations asked for, in the order asked."""
    order: tuple[str, ...] = ()
    """Ids of all the records, in the style's bibliography order."""


def cite_of(
    id: str,
    locator: str | None = None,
    label: str = "page",
    prefix: str | None = None,
    suffix: str | None = None,
) -> Cite:
    """One work cited in a citation."""
    return Cite(id, locator, label, prefix, suffix)


def style_id(style: str | Path) -> str:
    """The CSL id of a style (``http://www.zotero.org/styles/apa``), or ``""``."""
    from binational.cite._styles import style_id

    return style_id(style)


def _engine_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """A CSL-JSON record as the engine is given it: ``custom`` read and dropped.

    An issued date whose ``custom.issued-certainty`` is "inferred" is given as
    uncertain (CSL ``circa``), which styles print as "ca. 2026" (APA) or "[2026?]"
    (Chicago).
    """
    out = {k: copy.deepcopy(v) for k, v in item.items() if k != "custom"}
    custom = item.get("custom") or {}
    if "issued" in out and custom.get("issued-certainty") == "inferred":
        out["issued"]["circa"] = True
    return out


def _cluster(cites: Sequence[Cite], mode: CiteMode) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for c in cites:
        item: dict[str, Any] = {"id": c.id}
        if c.locator is not None:
            item["locator"] = c.locator
            item["label"] = c.label
        if c.prefix:
            item["prefix"] = c.prefix
        if c.suffix:
            item["suffix"] = c.suffix
        form = c.mode or mode
        if form == "suppress-author":
            item["suppress-author"] = True
        elif form == "narrative":
            item["author-only"] = True
        out.append(item)
    return out


def render_records(records: Sequence[CslItem], style: str | Path, format: Format) -> Output:
    """The bibliography of CSL-JSON records of no source (the library's own), not kept."""
    from binational.cite._format_csl import format_csl

    out = format_csl([_engine_item(r) for r in records], style, format=format)
    return Output(
        ids=tuple(e.id for e in out.bibliography),
        entries=tuple(e.text for e in out.bibliography),
        citations=(),
        order=out.order,
    )


def wants_sentence_case(style: Path) -> bool:
    """Whether a style prints titles in sentence case: the APA styles (``apa*.csl``).

    CSL cannot turn a title into sentence case (it cannot tell proper nouns), so those
    styles get each source's reviewed :attr:`~binational.Source.sentence_case_title`;
    every other style gets the title as printed.
    """
    return style.stem.startswith("apa")


def style_items(sources: Sequence[Source], style: Path) -> list[CslItem]:
    """The CSL-JSON of ``sources`` as the engine gets it for ``style``.

    Titles are in sentence case for the styles of :func:`wants_sentence_case`, where
    the source's :attr:`~binational.Source.sentence_case_title` is still its title in
    another case: a title changed since (``attrs.evolve(source, title=...)``) is
    printed as it is, not the old title's sentence case.
    """
    items = csl_json(sources)
    if wants_sentence_case(style):
        for item, source in zip(items, sources, strict=True):
            sentence = source.sentence_case_title
            if (
                sentence is not None
                and "title" in item
                and sentence.casefold() == source.title.casefold()
            ):
                item["title"] = sentence
    return items


_STANDING_IN = ("title", "container-title", "publisher", "collection-title", "number")
"""Variables a style may print in place of a missing author (cs:substitute)."""


def _author_words(record: Mapping[str, Any]) -> set[str]:
    """Words a record's citation could share with another's, if they read the same.

    The last word of the first author's name, or for a work without author of each
    variable a style may print in its place. Coarse on purpose ("de la Fuente" and
    "Fuente" share it): works that share no such word cannot read the same, so need
    no year suffix or other disambiguation against each other.
    """
    authors = record.get("author") or record.get("editor") or ()
    if authors:
        first = authors[0]
        names = [first.get("literal") or first.get("family") or ""]
    else:
        names = [str(record.get(name) or "") for name in _STANDING_IN]
    last = [re.findall(r"[^\W\d_]+", str(name).casefold())[-1:] for name in names]
    return {w for words in last for w in words} or {""}


def _neighbours(records: list[dict[str, Any]], cited: set[str]) -> list[dict[str, Any]]:
    """The cited records and those that could read as one of them (for citations alone).

    A citation depends on the other works only through disambiguation (year suffixes,
    added names or titles), which is among works whose citations could read the same;
    formatting the others too would only cost time.
    """
    words = set().union(*(_author_words(r) for r in records if r["id"] in cited))
    return [r for r in records if r["id"] in cited or _author_words(r) & words]


@functools.lru_cache(maxsize=256)
def _rendered(  # noqa: PLR0917 - positional: the arguments are the cache's key
    sources: tuple[Source, ...],
    path: Path,
    mtime_ns: int,  # noqa: ARG001 - a changed style file is formatted again
    format: Format,
    citations: tuple[tuple[Cite, ...], ...],
    entries: frozenset[str] | None,
    mode: CiteMode,
) -> Output:
    """The output of the engine, kept: sources, styles and cites are all immutable."""
    from binational.cite._format_csl import format_csl
    from binational.cite._styles import load_style

    records = [_engine_item(r) for r in style_items(sources, path)]
    if entries is not None and not entries and not load_style(path).numbered:
        records = _neighbours(records, {c.id for cs in citations for c in cs})
    if load_style(path).sorts_citations and any(
        len(cs) > 1 and any(c.prefix or c.suffix for c in cs) for cs in citations
    ):
        # pandoc leaves cites with affixes in the order given: they are given in the
        # style's order (that of its bibliography, found once for these sources).
        rank = {ident: n for n, ident in enumerate(format_csl(records, path).order)}
        citations = tuple(
            tuple(sorted(cs, key=lambda c: rank.get(c.id, len(rank)))) for cs in citations
        )
    # A narrative citation of several works is each work's, joined as the style joins
    # cites: "Lawson et al. (2018); World Bank (2023b)".
    split = mode == "narrative"
    clusters = (
        [_cluster([c], mode) for cs in citations for c in cs]
        if split
        else [_cluster(c, mode) for c in citations]
    )
    out = format_csl(records, path, clusters=clusters, format=format)
    texts = list(out.citations)
    if split:
        delimiter = load_style(path).delimiter
        joined = []
        for cs in citations:
            joined.append(delimiter.join(texts[: len(cs)]))
            del texts[: len(cs)]
        texts = joined
    wanted = [e for e in out.bibliography if entries is None or e.id in entries]
    return Output(
        ids=tuple(e.id for e in wanted),
        entries=tuple(e.text for e in wanted),
        citations=tuple(texts),
        order=out.order,
    )


def _style_file(style: str | Path) -> tuple[Path, int]:
    engine()
    from binational.cite._styles import resolve_style

    path = resolve_style(style).resolve()
    return path, path.stat().st_mtime_ns


def render(
    sources: Sequence[Source],
    style: str | Path,
    format: Format,
    citations: Sequence[Sequence[Cite]] = (),
    *,
    entries: Collection[str] | None = None,
    mode: CiteMode = "parenthetical",
) -> Output:
    """The citations asked for among ``sources`` (one document), and their bibliography.

    The bibliography has all of ``sources``, or the ``entries`` given only.
    """
    path, mtime = _style_file(style)
    return _rendered(
        tuple(sources),
        path,
        mtime,
        format,
        tuple(tuple(c) for c in citations),
        None if entries is None else frozenset(entries),
        mode,
    )


# ------------------------------------------------------------------- sources of


def corpus_or_load(corpus: Corpus | None) -> Corpus:
    if corpus is not None:
        return corpus
    from binational.loader import load

    return load()


def evidence(obj: Object | Claim | Quote) -> tuple[Quote, ...]:
    return (obj,) if isinstance(obj, Quote) else obj.evidence


def pinpoints(obj: Object | Claim | Quote, corpus: Corpus) -> list[tuple[Source, str | None]]:
    """(source, section) for each source an object is cited as, in order.

    A source is cited as itself (the object given, not the corpus's record of its
    id); anything else as each seed its evidence is quoted from, with the section of
    its first quote from that seed.
    """
    if isinstance(obj, Source):
        return [(obj, None)]
    first: dict[str, str | None] = {}
    for q in evidence(obj):
        first.setdefault(q.source, q.section)
    if not first and isinstance(obj, Position):
        # A dimension the seed does not address has no quote: cite the seed, no pinpoint.
        return [(corpus.sources[obj.source], None)]
    return [(corpus.sources[sid], section) for sid, section in first.items()]


def pool(corpus: Corpus, among: Iterable[Source] | None, cited: Iterable[Source]) -> list[Source]:
    """The works cited together (year suffixes are assigned among them).

    A work cited is in the pool as given, in place of a work of the same id.
    """
    works = {s.id: s for s in (corpus.sources if among is None else among)}
    for s in cited:
        works[s.id] = s
    return list(works.values())


def sources_cited(objs: Iterable[Object | Claim | Quote], corpus: Corpus) -> list[Source]:
    """The sources objects are cited by, deduplicated, in the order first met."""
    out: dict[str, Source] = {}
    for obj in objs:
        for source, _section in pinpoints(obj, corpus):
            if isinstance(obj, Source):
                out[source.id] = source  # as given, even if a seed's object came first
            else:
                out.setdefault(source.id, source)
    return list(out.values())
