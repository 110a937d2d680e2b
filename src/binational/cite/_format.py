"""What is formatted: the works cited, the records a style gets, the output, kept.

The works an object is cited as (a source itself, or the seeds its evidence is quoted
from), the CSL-JSON each style is given of them, and the engine's output for them.

The engine (citeproc-py and its fixes, :mod:`binational.cite._engine`) is imported on
first use only, so ``import binational`` never loads citeproc.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from binational.cite._csl_json import CslItem, csl_json
from binational.corpus import Corpus, Object
from binational.exceptions import MissingDependencyError
from binational.model import Claim, Position, Quote, Source

if TYPE_CHECKING:
    from binational.cite._cite import CiteMode, Format
    from binational.cite._render import Cite, Output, Prepared

__all__ = [
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
    """Import the engine (citeproc-py, lxml and the fixes), or say what to install.

    Call it before importing from :mod:`~binational.cite._styles` or
    :mod:`~binational.cite._render`, the engine's modules, inside a function.
    """
    try:
        from binational.cite import _styles  # noqa: F401 - imports the whole engine
    except ImportError as e:
        raise MissingDependencyError(
            e.name or "citeproc-py", needed_for="formatting citations", extra="cite"
        ) from None


def cite_of(
    id: str,
    locator: str | None = None,
    label: str = "page",
    prefix: str | None = None,
    suffix: str | None = None,
) -> Cite:
    """One work cited in a citation, as the engine takes it."""
    engine()
    from binational.cite._render import Cite

    return Cite(id, locator, label, prefix, suffix)


def style_id(style: str | Path) -> str:
    """The CSL id of a style (``http://www.zotero.org/styles/apa``), or ``""``."""
    engine()
    from binational.cite._styles import style_id

    return style_id(style)


def render_records(records: Sequence[CslItem], style: str | Path, format: Format) -> Output:
    """The bibliography of CSL-JSON records of no source (the library's own), not kept."""
    engine()
    from binational.cite._render import prepare, render
    from binational.cite._styles import load_style

    return render(prepare(records, load_style(style)), format)


_prepared_lock = threading.Lock()


def wants_sentence_case(style: Path) -> bool:
    """Whether a style prints titles in sentence case: the APA styles (``apa*.csl``).

    CSL cannot turn a title into sentence case (it cannot tell proper nouns), so those
    styles get each source's reviewed :attr:`~binational.Source.sentence_case_title`;
    every other style gets the title as printed.
    """
    return style.stem.startswith("apa")


def style_items(sources: Sequence[Source], style: Path) -> list[CslItem]:
    """The CSL-JSON of ``sources`` as the engine gets it for ``style``.

    Titles are in sentence case for the styles of :func:`wants_sentence_case`.
    """
    items = csl_json(sources)
    if wants_sentence_case(style):
        for item, source in zip(items, sources, strict=True):
            if source.sentence_case_title is not None and "title" in item:
                item["title"] = source.sentence_case_title
    return items


@functools.lru_cache(maxsize=32)
def _prepared(sources: tuple[Source, ...], path: Path, mtime_ns: int) -> Prepared:  # noqa: ARG001
    engine()
    from binational.cite._render import prepare
    from binational.cite._styles import load_style

    return prepare(style_items(sources, path), load_style(path))


@functools.lru_cache(maxsize=256)
def _rendered(  # noqa: PLR0917 - positional: the arguments are the cache's key
    sources: tuple[Source, ...],
    path: Path,
    mtime_ns: int,
    format: Format,
    citations: tuple[tuple[Cite, ...], ...],
    entries: frozenset[str] | None,
    mode: CiteMode,
) -> Output:
    """The output of the engine, kept: sources, styles and cites are all immutable."""
    engine()
    from binational.cite._render import render

    with _prepared_lock:
        prepared = _prepared(sources, path, mtime_ns)
    return render(prepared, format, citations, entries, mode)


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
    """The citations asked for among ``sources``, and their bibliography.

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
