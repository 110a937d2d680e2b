""":func:`load` (the packaged corpus, cached) and :func:`load_from` (any data, uncached).

Data flows one way: JSON files → records (one cattrs converter,
:mod:`binational.loader._convert`) → checks (:mod:`binational.loader._checks`) →
merged domain objects (:mod:`binational.loader._merge`) → an immutable
:class:`~binational.Corpus`. Every problem found is collected; if there is any,
:class:`~binational.DataError` is raised and no corpus is returned.

What the loader refuses, beyond what the converter does:

- a file that is not a regular file (a FIFO, a device, a directory) is never opened;
  a file that is not UTF-8 JSON, or is nested too deeply to parse, is a problem
  (:mod:`binational.loader._files`);
- every entry of ``data/seeds/`` must be a per-seed ``.json`` file (lowercase
  extension): nothing there is skipped without a word;
- a seed's ``source.seed.file`` is a plain file name directly inside the seeds folder
  (no slash or backslash, no ``..``, no absolute path) naming a regular UTF-8 file;
- section headings are non-empty, inside the text, at their offsets, in text order;
- ids follow the id grammar (:data:`ID_PATTERN`); a vocabulary entry's name and
  aliases are not empty;
- a reference names an object of a kind its field takes, and a list of references
  names each object once; an option is assessed at most once on each criterion;
- impossible values: a period that ends before it starts or has a year below 1, an
  open-ended period with an end, a fiscal year with a month or day, a range
  whose ``value_max`` is below its ``value``, a phase or rank below 1 (and, through
  :class:`~binational.PartialDate`, dates that are not real calendar dates).
"""

from __future__ import annotations

import os
import threading
import typing
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from binational.corpus import Corpus
from binational.exceptions import DataError, Problem
from binational.loader._checks import ID_PATTERN, Problems, check_seed_file
from binational.loader._files import as_traversable, data_dir, seeds_dir
from binational.loader._merge import build
from binational.loader._read import Loaded, Root, read_seed_file, read_vocabulary, seed_items
from binational.loader._records import ActorsFile, InitiativesFile, PlacesFile

if typing.TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["ID_PATTERN", "data_dir", "load", "load_from", "seeds_dir"]

_lock = threading.Lock()
_cached: Corpus | None = None


def load(*, extra: Iterable[str | os.PathLike[str]] = ()) -> Corpus:
    """The packaged corpus, built on first call and cached (thread-safe).

    ``extra`` adds bundles of your own documents: each is a folder holding a ``seeds/``
    folder of per-seed data files in the packaged format, a ``texts/`` folder of the
    seed texts they quote, and optionally ``actors.json``, ``initiatives.json`` and
    ``places.json`` for entities the packaged vocabularies lack (see the how-to
    *Load your own documents*). A bundle is checked as the packaged data is, every quote
    verified; an id it shares with the packaged data (or another bundle) is an error,
    not an overwrite, while a mention of a packaged actor, initiative or place adds the
    bundle's evidence to that one object. Nothing outside a bundle's folder is read. A
    corpus with bundles is built anew on every call, not cached.

    Raises :class:`~binational.DataError` if the packaged data or a bundle is invalid.

    >>> import binational
    >>> corpus = binational.load()
    >>> corpus is binational.load()
    True
    """
    bundles = list(_check_extra(extra))
    if bundles:
        return load_from(data_dir(), seeds_dir(), extra=bundles)
    global _cached
    corpus = _cached
    if corpus is not None:
        return corpus
    with _lock:
        if _cached is None:
            _cached = load_from(data_dir(), seeds_dir())
        return _cached


def load_from(
    data: Traversable | str | Path,
    seeds: Traversable | str | Path,
    *,
    extra: Iterable[str | os.PathLike[str]] = (),
) -> Corpus:
    """Build a corpus from a data directory and a seeds directory, uncached.

    ``data`` holds ``actors.json``, ``initiatives.json``, ``places.json`` and a
    ``seeds/`` folder of per-seed files; ``seeds`` holds the seed texts. Use it to
    validate edited data; :func:`load` is the packaged corpus.

    Each of ``data`` and ``seeds`` is a path (a ``str`` or ``os.PathLike``)
    or an ``importlib.resources`` ``Traversable``; anything else raises
    :exc:`TypeError`. Bad data raises :class:`~binational.DataError` listing every
    problem; no corpus is returned. Besides malformed JSON, unknown keys, wrong types
    and quotes that do not match, it refuses non-finite numbers, lone surrogates, dates that are not
    real calendar dates, periods that end before they start, ranges whose maximum is
    below their value, phases and ranks below 1, empty or misplaced section headings,
    ids outside the id grammar (``^[a-z0-9]+(?:-[a-z0-9]+)*$``), a seed text that is
    not a plain regular file inside ``seeds``, and any file in ``data/seeds/`` that is
    not a ``.json`` file.

    ``extra`` are bundles of your own documents to load beside the data (see
    :func:`load`).
    """
    roots = [Root("", as_traversable(data, "data"), as_traversable(seeds, "seeds"))]
    if extra != ():
        roots += _bundle_roots(extra)
    return _load_roots(roots)


def _check_extra(extra: object) -> Iterable[str | os.PathLike[str]]:
    """``extra`` if it is an iterable (of bundle folders); else a TypeError naming it."""
    if isinstance(extra, str | bytes | os.PathLike):
        raise TypeError("extra must be an iterable of bundle folders, not one path")
    if not isinstance(extra, Iterable):
        raise TypeError(
            f"extra must be an iterable of bundle folders (str or os.PathLike), "
            f"not {type(extra).__name__}"
        )
    return typing.cast("Iterable[str | os.PathLike[str]]", extra)


def _bundle_roots(extra: Iterable[str | os.PathLike[str]]) -> list[Root]:
    """A root per bundle folder; a folder that is not there, or given twice, is a DataError.

    Problems in a bundle are reported under its folder's name (``memo-bundle/...``), or
    under its full path when two bundles have folders of the same name.
    """
    folders: list[Path] = []
    problems: list[Problem] = []
    seen: dict[Path, Path] = {}
    for item in _check_extra(extra):
        if not isinstance(item, str | os.PathLike):
            raise TypeError(f"a bundle is a folder path (str or os.PathLike), not {item!r}")
        folder = Path(item)
        if not folder.is_dir():
            problems.append(Problem(file=str(folder), path="$", message="bundle folder not found"))
            continue
        real = folder.resolve()
        if real in seen:
            also = "" if Path(seen[real]) == folder else f" (also as {seen[real]})"
            message = f"this bundle is given twice{also}: give each bundle once"
            problems.append(Problem(file=str(folder), path="$", message=message))
            continue
        seen[real] = folder
        folders.append(folder)
    if problems:
        raise DataError(problems)
    names = [f.name for f in folders]
    return [
        Root(
            f"{f.name if names.count(f.name) == 1 else f.resolve()}/",
            f,
            f / "texts",
            bundle=True,
        )
        for f in folders
    ]


def _load_roots(roots: Sequence[Root]) -> Corpus:
    """The corpus of every root's data files, or DataError listing every problem found.

    Each file is read, structured and checked on its own first; only if every one is
    valid are they merged into a corpus (:func:`~binational.loader._merge.build`).
    """
    problems = Problems()
    files: list[Loaded] = []
    vocabularies: dict[str, list[tuple[str, int, Any]]] = {
        "actors": [],
        "initiatives": [],
        "places": [],
    }
    valid = True
    for root in roots:
        for item in seed_items(problems, root):
            loaded = read_seed_file(problems, root, item)
            if loaded is not None:
                files.append(loaded)
        for key, cls in (
            ("actors", ActorsFile),
            ("initiatives", InitiativesFile),
            ("places", PlacesFile),
        ):
            entries = read_vocabulary(problems, root, key, cls)
            if entries is None:
                valid = False
            else:
                vocabularies[key] += entries
    for f in files:
        check_seed_file(problems, f.name, f.record, f.objects)
    if problems.found or not valid:
        raise DataError(problems.found)
    return build(problems, files, vocabularies, bundles=len(roots) > 1)
