"""Read the data files, structure them, verify every quote, resolve every reference.

Data flows one way: JSON files → records (one cattrs converter) → checks → merged
domain objects → an immutable :class:`~binational.Corpus`. Every problem found is
collected; if there is any, :class:`~binational.DataError` is raised and no corpus is
returned.

What the loader refuses, beyond what the converter (:mod:`binational.loader._convert`) does:

- a file that is not a regular file (a FIFO, a device, a directory) is never opened;
  a file that is not UTF-8 JSON, or is nested too deeply to parse, is a problem;
- every entry of ``data/seeds/`` must be a per-seed ``.json`` file (lowercase
  extension): nothing there is skipped without a word;
- a seed's ``source.seed.file`` is a plain file name directly inside the seeds folder
  (no slash or backslash, no ``..``, no absolute path) naming a regular UTF-8 file;
- section headings are non-empty, inside the text, at their offsets, in text order;
- ids follow the id grammar (:data:`ID_PATTERN`); a vocabulary entry's name and
  aliases are not empty;
- a reference names an object of a kind its field takes, and a list of references
  names each object once; an option is assessed at most once on each criterion;
- impossible values: a period that ends before it starts or has a year below 1, a range
  whose ``value_max`` is below its ``value``, a phase or rank below 1 (and, through
  :class:`~binational.PartialDate`, dates that are not real calendar dates).
"""

from __future__ import annotations

import enum
import functools
import hashlib
import itertools
import operator
import os
import re
import stat
import threading
import typing
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import attrs
from attrs import AttrsInstance

from binational.corpus._corpus import Corpus
from binational.exceptions import DataError, Problem
from binational.model._model import (
    Actor,
    Certainty,
    Criterion,
    Dating,
    Dimension,
    Figure,
    Initiative,
    Kind,
    Period,
    Place,
    PolicyOption,
    Qualifier,
    Quote,
    Recommendation,
    Section,
    Source,
    SourceField,
    SourceRole,
)

if typing.TYPE_CHECKING:
    from importlib.abc import Traversable
    from pathlib import Path

    import cattrs

    from binational.loader._records import (
        ActorEntry,
        ActorMention,
        InitiativeEntry,
        InitiativeMention,
        PlaceEntry,
        PlaceMention,
        SectionRecord,
        SeedFile,
    )


__all__ = ["ID_PATTERN", "data_dir", "load", "load_from", "seeds_dir"]

_lock = threading.Lock()
_cached: Corpus | None = None

R = TypeVar("R")

ID_PATTERN: typing.Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""The id grammar: ``^[a-z0-9]+(?:-[a-z0-9]+)*$``.

An id is one or more words of lowercase ASCII letters and digits joined by single
hyphens: ``mexico``, ``us-dhs``, ``orion-2026-neighbor-in-focus``. So an id is never
empty and holds no ``/``, ``.``, space, upper case, control, zero-width or bidi
character, lone surrogate or non-ASCII letter; and two different ids stay different
under any Unicode normalisation or case folding (``mex\u200bico`` and a Cyrillic
``mеxico`` are refused, not confused with ``mexico``).
"""

_INVALID: typing.Final = object()
"""What :meth:`_Loader.read_json` returns for a file it could not read (JSON ``null`` is None)."""


def _package() -> Traversable:
    """The package's folder."""
    from binational.loader._files import package_folder

    return package_folder()


def data_dir() -> Traversable:
    """The packaged data directory (``binational/data``)."""
    return _package() / "data"


def seeds_dir() -> Traversable:
    """The directory holding the seed texts.

    In an installed wheel the seeds are packaged as ``binational/_seeds``; in an
    editable install from a checkout they are read from the checkout's ``seeds/``.
    """
    packaged = _package() / "_seeds"
    if packaged.is_dir():
        return packaged
    from binational.loader._files import checkout_seeds

    checkout = checkout_seeds()
    if checkout.is_dir():
        return checkout
    raise DataError(
        [
            Problem(
                file="seeds", path="$", message=f"seed texts not found at {packaged} or {checkout}"
            )
        ]
    )


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


def _bundle_roots(extra: Iterable[str | os.PathLike[str]]) -> list[_Root]:
    """A root per bundle folder; a folder that is not there is a DataError."""
    from pathlib import Path

    roots: list[_Root] = []
    missing: list[Problem] = []
    for item in _check_extra(extra):
        if not isinstance(item, str | os.PathLike):
            raise TypeError(f"a bundle is a folder path (str or os.PathLike), not {item!r}")
        folder = Path(item)
        if not folder.is_dir():
            missing.append(Problem(file=str(folder), path="$", message="bundle folder not found"))
            continue
        roots.append(_Root(f"{folder.name}/", folder, folder / "texts", bundle=True))
    if missing:
        raise DataError(missing)
    return roots


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
    roots = [_Root("", _as_traversable(data, "data"), _as_traversable(seeds, "seeds"))]
    if extra != ():
        roots += _bundle_roots(extra)
    return _Loader(roots).run()


def _as_traversable(p: object, argument: str) -> Traversable:
    from pathlib import Path

    if isinstance(p, str | os.PathLike):
        return Path(p)
    if all(hasattr(p, a) for a in ("iterdir", "is_dir", "read_bytes", "__truediv__")):
        return typing.cast("Traversable", p)
    raise TypeError(
        f"load_from() argument {argument!r} must be a path (str or os.PathLike) or an "
        f"importlib.resources Traversable, not {type(p).__name__}"
    )


_FILE_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int) -> str:
    kind = next((k for test, k in _FILE_KINDS if test(mode)), "not a regular file")
    return f"is {kind}, not a regular file"


class _OtherFile(Exception):  # noqa: N818 - a finding the loader reports, never raised out
    """The file read has another SHA-256 than the one expected (:attr:`digest`)."""

    def __init__(self, digest: str) -> None:
        super().__init__(digest)
        self.digest = digest


def _read_regular(
    item: Traversable, within: Traversable | None = None, sha256: str | None = None
) -> bytes:
    """The bytes of ``item``; a FIFO, device or directory is never opened (OSError).

    With ``within`` (a folder), a file whose real path lies outside it (through a
    symbolic link) is refused too. With ``sha256``, the file is first hashed a chunk at a
    time and read whole only if its SHA-256 is that one: a file that is not the one
    expected, however large (a sparse file of terabytes), is never held in memory
    (:class:`_OtherFile` gives its SHA-256).
    """
    if not isinstance(item, os.PathLike):
        if not item.is_file():
            raise OSError(f"{item.name} is not a file")
        return item.read_bytes()
    try:
        os.fsencode(item)
    except UnicodeEncodeError:  # a lone surrogate (JSON "\ud800"): no file has such a name
        raise FileNotFoundError(f"{item.name!r} names no file") from None
    folder: object = within  # a Path of a bundle, or None
    if isinstance(folder, os.PathLike):
        real, root = os.path.realpath(item), os.path.realpath(folder)
        if os.path.commonpath([real, root]) != root:
            raise OSError(f"{item.name} links to {real}, outside {within}")
    mode = os.stat(item).st_mode  # noqa: PTH116 - a Path or the package's own OsPath
    if not stat.S_ISREG(mode):
        raise OSError(f"{item.name} {_not_regular(mode)}")
    # O_NONBLOCK: should a FIFO replace the file after the check, opening does not hang.
    fd = os.open(item, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        mode = os.fstat(f.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(f"{item.name} {_not_regular(mode)}")
        if sha256 is not None and os.fstat(f.fileno()).st_size > _READ_BEFORE_HASHING:
            digest = hashlib.sha256()
            for chunk in iter(functools.partial(f.read, 1 << 20), b""):
                digest.update(chunk)
            if digest.hexdigest() != sha256:
                raise _OtherFile(digest.hexdigest())
            f.seek(0)
        return f.read()


_READ_BEFORE_HASHING = 64 << 20
"""A seed text up to this size (64 MiB) is read, then hashed; a larger one is hashed a
chunk at a time first, and read only if it is the text expected."""


def _seed_file_name_problem(name: str) -> str | None:
    """Why ``name`` is not a plain file name directly inside the seeds folder, if it is not."""
    if not name or name in {".", ".."} or any(c in name for c in "/\\\0"):
        return (
            f"seed text file {name!r} must be a plain file name inside the seeds folder "
            "(no '/', '\\', '..' or absolute path)"
        )
    return None


def _describe(c: str) -> str:
    """A character as ``U+200B ZERO WIDTH SPACE``."""
    if "\ud800" <= c <= "\udfff":
        return f"U+{ord(c):04X} (a lone surrogate)"
    return f"U+{ord(c):04X} {unicodedata.name(c, unicodedata.category(c))}"


def _id_problem(id: str) -> str | None:
    """Why ``id`` breaks the id grammar (:data:`ID_PATTERN`), if it does."""
    if ID_PATTERN.fullmatch(id):
        return None
    grammar = "lowercase ASCII letters and digits, in words joined by single hyphens"
    if not id:
        return f"an id must not be empty: ids are {grammar}"
    bad = next((c for c in id if not ("a" <= c <= "z" or "0" <= c <= "9" or c == "-")), None)
    if bad is not None:
        return f"id {id!r} contains {_describe(bad)}: ids are {grammar}"
    return f"id {id!r} has a hyphen at its start or end, or two in a row: ids are {grammar}"


def _sha256(data: bytes) -> str:
    """The SHA-256 of ``data``, in hex."""
    return hashlib.sha256(data).hexdigest()


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                raise ValueError(f"duplicate key {k!r}")
            seen.add(k)
    return out


class _Loaded:
    """A structured seed file and what the loader knows about it."""

    __slots__ = ("by_class", "name", "record", "sections", "text")

    def __init__(
        self,
        *,
        name: str,
        record: SeedFile,
        text: str,
        sections: tuple[Section, ...],
    ) -> None:
        self.name = name
        self.record = record
        self.text = text
        self.sections = sections
        by_class: dict[type, list[Any]] = {}
        for obj in _objects(record):
            by_class.setdefault(type(obj), []).append(obj)
        self.by_class = by_class
        """Every model object of the record but quotes (:func:`_objects`), by class."""


@functools.cache
def _converter(*, detailed_validation: bool) -> cattrs.Converter:
    """The converter of :func:`~binational.loader._convert.make_converter`, made once.

    Its structuring functions are generated on first use and kept, so a second load
    does not generate them again. Sharing it is safe: quotes are checked against the
    text of a context variable set around each seed file.
    """
    from binational.loader._convert import make_converter

    return make_converter(detailed_validation=detailed_validation)


class _Root:
    """One place data is read from: the packaged data (or a data folder) or a bundle."""

    __slots__ = ("bundle", "data", "label", "texts")

    def __init__(
        self, label: str, data: Traversable, texts: Traversable, *, bundle: bool = False
    ) -> None:
        self.label = label
        """Prefix of the file names in problems: ``""`` for the base data, a bundle's
        name followed by ``/`` for a bundle."""
        self.data = data
        """The folder holding the vocabularies and ``seeds/``."""
        self.texts = texts
        """The folder holding the seed texts."""
        self.bundle = bundle
        """A bundle: vocabularies optional, and nothing read from outside its folder."""


class _Loader:
    def __init__(self, roots: Sequence[_Root]) -> None:
        self.roots = tuple(roots)
        self.problems: list[Problem] = []
        self.seen: set[Problem] = set()

    # -- helpers ----------------------------------------------------------------

    def problem(self, file: str, path: str, message: str) -> None:
        """Record a problem; one found twice (the same file, path and message) is listed once."""
        p = Problem(file=file, path=path, message=message)
        if p not in self.seen:
            self.seen.add(p)
            self.problems.append(p)

    def read_json(self, item: Traversable, name: str, within: Traversable | None = None) -> Any:
        """The parsed file (None for JSON ``null``), or ``_INVALID`` with a problem."""
        import json

        try:
            raw = _read_regular(item, within).decode("utf-8")
        except MemoryError:
            self.problem(name, "$", "file too large to read into memory")
            return _INVALID
        except FileNotFoundError:
            self.problem(name, "$", "file not found")
            return _INVALID
        except OSError as e:
            self.problem(name, "$", f"cannot read file: {e}")
            return _INVALID
        except UnicodeDecodeError as e:
            self.problem(name, "$", f"not UTF-8: {e.reason} at byte {e.start}")
            return _INVALID
        try:
            return json.loads(raw, object_pairs_hook=_reject_duplicate_keys)
        except json.JSONDecodeError as e:
            self.problem(name, f"line {e.lineno}, column {e.colno}", f"invalid JSON: {e.msg}")
        except RecursionError:
            self.problem(name, "$", "invalid JSON: arrays or objects nested too deeply")
        except MemoryError:
            self.problem(name, "$", "file too large to read into memory")
        except ValueError as e:
            self.problem(name, "$", f"invalid JSON: {e}")
        return _INVALID

    def structure(self, raw: Any, cls: Any, name: str, root: str = "$") -> Any:
        """``raw`` structured as ``cls``, or None with a problem per error.

        ``root`` is the JSON path of ``raw`` inside its file. Structuring stops at the
        first error; only then is ``raw`` structured again, with detailed validation,
        for every error and where it is.
        """
        from binational.loader._convert import error_lines

        try:
            return _converter(detailed_validation=False).structure(raw, cls)
        except Exception:  # noqa: BLE001, S110 - structured again below, to say what is wrong
            pass
        try:
            return _converter(detailed_validation=True).structure(raw, cls)
        except Exception as e:  # noqa: BLE001 - every structuring error becomes a Problem
            for path, msg in error_lines(e):
                self.problem(name, root + path[1:], msg)
            return None

    def required(self, name: str, raw: Any, path: str, kind: type) -> Any:
        """The value at ``path`` (``$.a.b``) of ``raw`` if it is a ``kind``, else ``_INVALID``."""
        from binational.loader._convert import _json_type

        value, at = raw, "$"
        for key in path.split(".")[1:]:
            if not isinstance(value, dict):
                self.problem(
                    name, at, f"expected an object with key {key!r}, got {_json_type(value)}"
                )
                return _INVALID
            if key not in value:
                self.problem(name, f"{at}.{key}", "required field missing")
                return _INVALID
            value, at = value[key], f"{at}.{key}"
        if not isinstance(value, kind):
            want = "a string" if kind is str else "an array"
            self.problem(name, at, f"expected {want}, got {_json_type(value)}")
            return _INVALID
        return value

    # -- reading ----------------------------------------------------------------

    def read_seed_file(self, root: _Root, item: Traversable) -> _Loaded | None:
        from binational.loader._convert import QuoteContext, _json_type, quote_context
        from binational.loader._records import SectionRecord, SeedFile

        name = f"{root.label}seeds/{item.name}"
        raw = self.read_json(item, name, root.data if root.bundle else None)
        if raw is _INVALID:
            return None
        if not isinstance(raw, dict):
            got = _json_type(raw)
            self.problem(name, "$", f"expected an object with keys 'source', 'sections', got {got}")
            return None
        source_id = self.required(name, raw, "$.source.id", str)
        text_file = self.required(name, raw, "$.source.seed.file", str)
        sha = self.required(name, raw, "$.source.seed.sha256", str)
        raw_sections = self.required(name, raw, "$.sections", list)
        if _INVALID in (source_id, text_file, sha, raw_sections):
            return None
        bad_name = _seed_file_name_problem(text_file)
        if bad_name is not None:
            self.problem(name, "$.source.seed.file", bad_name)
            return None
        try:
            # A bundle's text must lie inside the bundle, even if its texts/ folder is a link.
            within = root.data if root.bundle else None
            data = _read_regular(root.texts / text_file, within, sha256=sha)
            digest = _sha256(data)
        except _OtherFile as e:
            data, digest = b"", e.digest
        except FileNotFoundError:
            self.problem(
                name, "$.source.seed.file", f"seed text {text_file!r} not found in {root.texts}"
            )
            return None
        except OSError as e:
            self.problem(name, "$.source.seed.file", f"cannot read seed text {text_file!r}: {e}")
            return None
        if digest != sha:
            self.problem(
                name,
                "$.source.seed.sha256",
                f"seed text {text_file!r} has SHA-256 {digest}, data says {sha!r}",
            )
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            self.problem(
                name,
                "$.source.seed.file",
                f"seed text {text_file!r} is not UTF-8: {e.reason} at byte {e.start}",
            )
            return None
        sections: tuple[SectionRecord, ...] | None = self.structure(
            raw_sections, tuple[SectionRecord, ...], name, root="$.sections"
        )
        if sections is None:
            return None
        if not self.check_sections(name, text, sections):
            return None
        ctx = QuoteContext(
            source=source_id,
            text=text,
            section_starts=tuple(s.start for s in sections),
            section_titles=tuple(s.title for s in sections),
        )
        with quote_context(ctx):
            record: SeedFile | None = self.structure(raw, SeedFile, name)
        if record is None:
            return None
        bounds = [s.start for s in sections[1:]] + [len(text)]
        return _Loaded(
            name=name,
            record=record,
            text=text,
            sections=tuple(
                Section(source=source_id, title=s.title, start=s.start, end=e)
                for s, e in zip(sections, bounds, strict=True)
            ),
        )

    def check_sections(self, name: str, text: str, sections: Sequence[SectionRecord]) -> bool:
        """There are headings, non-empty, inside the text, at their offsets and in text order."""
        if not sections:
            self.problem(name, "$.sections", "a seed text has at least one heading (its title)")
            return False
        ok = True
        for i, s in enumerate(sections):
            if not s.title.strip():
                self.problem(name, f"$.sections[{i}].title", "a section heading must not be empty")
                ok = False
            elif not 0 <= s.start < len(text):
                self.problem(
                    name,
                    f"$.sections[{i}].start",
                    f"offset {s.start} is outside the seed text (length {len(text)})",
                )
                ok = False
            elif text[s.start : s.start + len(s.title)] != s.title:
                self.problem(
                    name, f"$.sections[{i}]", f"heading {s.title!r} is not at offset {s.start}"
                )
                ok = False
            if i and s.start <= sections[i - 1].start:
                self.problem(
                    name,
                    f"$.sections[{i}]",
                    f"sections must be in text order: this one starts at {s.start}, "
                    f"the one before at {sections[i - 1].start}",
                )
                ok = False
        return ok

    def read_vocabulary(
        self, root: _Root, file: str, key: str, cls: type[Any]
    ) -> list[tuple[str, int, Any]] | None:
        """Entries of one vocabulary file as (file label, index, entry); None if invalid.

        A bundle may leave a vocabulary out (it adds no entries of that kind).
        """
        item = root.data / file
        label = f"{root.label}{file}"
        if root.bundle and not os.path.lexists(typing.cast("Path", item)):
            return []  # left out (a FIFO, device or broken link by that name is read and refused)
        raw = self.read_json(item, label, root.data if root.bundle else None)
        if raw is _INVALID:
            return None
        vocabulary = self.structure(raw, cls, label)
        if vocabulary is None:
            return None
        entries = list(getattr(vocabulary, key))
        for i, entry in enumerate(entries):
            problem = _id_problem(entry.id)
            if problem is not None:
                self.problem(label, f"$.{key}[{i}].id", problem)
            if not entry.name.strip():
                self.problem(label, f"$.{key}[{i}].name", "a name must not be empty")
            for j, alias in enumerate(entry.aliases):
                if not alias.strip():
                    self.problem(label, f"$.{key}[{i}].aliases[{j}]", "an alias must not be empty")
        return [(label, i, e) for i, e in enumerate(entries)]

    # -- checks -----------------------------------------------------------------

    def check_seed_file(self, f: _Loaded) -> None:
        rec = f.record
        if rec.source.role is not SourceRole.SEED or rec.source.seed is None:
            self.problem(f.name, "$.source.role", "the seed's own record must have role 'seed'")
        for i, s in enumerate(rec.sources):
            if s.role is not SourceRole.CITED or s.seed is not None:
                self.problem(f.name, f"$.sources[{i}]", "cited works have role 'cited' and no seed")
        found: list[tuple[AttrsInstance, tuple[str, str]]] = []
        fullmatch = ID_PATTERN.fullmatch
        for cls, objects in f.by_class.items():
            plan = _class_plan(cls)
            # The common case, every id good and evidence present, checked a class at a
            # time; a class with checks of its own, or a problem, is checked object by object.
            if not plan.checked:
                continue
            if (plan.has_id and not all(map(fullmatch, map(_ID, objects)))) or (
                plan.evidence_required and not all(map(_EVIDENCE, objects))
            ):
                for obj in objects:
                    found += [(obj, p) for p in _object_problems(obj)]
            elif plan.special:
                for obj in objects:
                    found += [(obj, p) for p in _special_problems(obj)]
        if found:
            paths = _paths(rec)
            found.sort(key=lambda item: paths[id(item[0])][0])
            for obj, (at, message) in found:
                self.problem(f.name, paths[id(obj)][1] + at, message)
        for i, c in enumerate(rec.citations):
            if not any(q.start <= c.marker.start and c.marker.end <= q.end for q in c.evidence):
                self.problem(f.name, f"$.citations[{i}].marker", "marker lies outside its sentence")
        self.check_positions(f)

    def check_positions(self, f: _Loaded) -> None:
        """One position per dimension, each for this seed, with evidence iff a stance."""
        seen: dict[Dimension, int] = {}
        for i, p in enumerate(f.record.positions):
            path = f"$.positions[{i}]"
            if p.source != f.record.source.id:
                self.problem(
                    f.name,
                    f"{path}.source",
                    f"a position of this seed must have source "
                    f"{f.record.source.id!r}, not {p.source!r}",
                )
            if p.dimension in seen:
                self.problem(
                    f.name,
                    f"{path}.dimension",
                    f"{p.dimension.value!r} is coded twice (also $.positions[{seen[p.dimension]}])",
                )
            seen.setdefault(p.dimension, i)
            if p.stance is not None and not p.evidence:
                self.problem(f.name, path, "a coded stance needs at least one quote")
            if p.stance is None and p.evidence:
                self.problem(
                    f.name, path, "a dimension not addressed (stance null) has no evidence"
                )
            if p.stance is None and not p.notes:
                self.problem(
                    f.name, path, "a dimension not addressed needs a note on what was looked for"
                )
        missing = [d.value for d in Dimension if d not in seen]
        if missing:
            self.problem(
                f.name,
                "$.positions",
                f"every dimension needs a position (stance null if not addressed); "
                f"missing: {', '.join(missing)}",
            )

    # -- the run ------------------------------------------------------------------

    def seed_items(self, root: _Root) -> list[Traversable]:
        """The per-seed data files of ``root``; anything else in ``seeds/`` is a problem."""
        seed_dir = root.data / "seeds"
        items = []
        for i in sorted(seed_dir.iterdir(), key=lambda i: i.name) if seed_dir.is_dir() else ():
            name = f"{root.label}seeds/{i.name}"
            if not i.name.endswith(".json"):
                self.problem(
                    name,
                    "$",
                    "not a seed data file: every file in data/seeds is read, and its name "
                    "must end in '.json' (lower case)",
                )
            elif not i.is_file():
                self.problem(name, "$", "not a seed data file: not a regular file")
            else:
                items.append(i)
        if not items:
            self.problem(f"{root.label}seeds", "$", f"no seed data files in {seed_dir}")
        return items

    def run(self) -> Corpus:
        """The corpus, or DataError listing every problem found."""
        return self.build()

    def build(self) -> Corpus:
        from binational.loader._records import ActorsFile, InitiativesFile, PlacesFile

        files: list[_Loaded] = []
        vocabularies: dict[str, list[tuple[str, int, Any]]] = {
            "actors": [],
            "initiatives": [],
            "places": [],
        }
        valid = True
        for root in self.roots:
            items = self.seed_items(root)
            files += [f for f in (self.read_seed_file(root, i) for i in items) if f is not None]
            for key, cls in (
                ("actors", ActorsFile),
                ("initiatives", InitiativesFile),
                ("places", PlacesFile),
            ):
                entries = self.read_vocabulary(root, f"{key}.json", key, cls)
                if entries is None:
                    valid = False
                else:
                    vocabularies[key] += entries
        for f in files:
            self.check_seed_file(f)
        if self.problems or not valid:
            raise DataError(self.problems)

        merged: dict[str, list[Any]] = {}
        kinds: tuple[tuple[str, type[Any]], ...] = (
            ("actors", Actor),
            ("initiatives", Initiative),
            ("places", Place),
        )
        for key, model in kinds:
            merged[key] = self.merge(
                key, vocabularies[key], [(f, getattr(f.record, key)) for f in files], model
            )
            self.check_aliases(key, vocabularies[key])

        def cat(attr: str) -> list[Any]:
            return [o for f in files for o in getattr(f.record, attr)]

        sources = [f.record.source for f in files] + cat("sources")
        corpus_kwargs: dict[str, list[Any]] = {
            "sources": sources,
            **merged,
            "options": cat("options"),
            "recommendations": cat("recommendations"),
            "figures": cat("figures"),
            "framings": cat("framings"),
            "citations": cat("citations"),
            "positions": cat("positions"),
            "characterizations": cat("characterizations"),
        }
        ids = self.check_ids(files, corpus_kwargs, vocabularies)
        self.check_references(files, ids)
        if self.problems:
            raise DataError(self.problems)
        return Corpus(
            **corpus_kwargs,
            texts={f.record.source.id: f.text for f in files},
            sections={f.record.source.id: f.sections for f in files},
        )

    def merge(
        self,
        key: str,
        entries: Sequence[tuple[str, int, ActorEntry | InitiativeEntry | PlaceEntry]],
        mentions: Sequence[
            tuple[_Loaded, Sequence[ActorMention | InitiativeMention | PlaceMention]]
        ],
        cls: type[R],
    ) -> list[R]:
        """One object per vocabulary entry, with the evidence of every seed's mention.

        Entries come from every root (the packaged vocabulary, then each bundle's); an id
        defined twice is a problem, never an overwrite.
        """
        by_id: dict[str, list[ActorMention | InitiativeMention | PlaceMention]] = {}
        for f, ms in mentions:
            seen: set[str] = set()
            for i, m in enumerate(ms):
                if m.id in seen:
                    self.problem(
                        f.name, f"$.{key}[{i}].id", f"{m.id!r} is mentioned twice in this file"
                    )
                seen.add(m.id)
                by_id.setdefault(m.id, []).append(m)
        known = {e.id for _, _, e in entries}
        for f, ms in mentions:
            for i, m in enumerate(ms):
                if m.id not in known:
                    where = " of the data or of any bundle" if len(self.roots) > 1 else ""
                    message = f"{m.id!r} is not in {key}.json{where}"
                    self.problem(f.name, f"$.{key}[{i}].id", message)
        out: list[R] = []
        first: dict[str, str] = {}
        for file, i, e in entries:
            if e.id in first:
                where = "" if first[e.id] == file else f" (already defined in {first[e.id]})"
                self.problem(file, f"$.{key}[{i}].id", f"duplicate id {e.id!r}{where}")
                continue
            first[e.id] = file
            ms = by_id.get(e.id, [])
            if not ms:
                self.problem(
                    file,
                    f"$.{key}[{i}]",
                    f"{e.id!r} is mentioned by no seed: it has no evidence",
                )
                continue
            fields: dict[str, Any] = _as_dict(e)
            for m in ms:
                many, single = _mention_fields(typing.cast("type", type(m)))
                for name in many:  # tuples: every seed's, in order
                    value = getattr(m, name)
                    if value:
                        fields[name] = fields.get(name, ()) + value
                for name in single:  # one value: the seeds that give it must agree
                    value = getattr(m, name)
                    if value is not None:
                        if fields.get(name) not in (None, value):
                            self.problem(
                                file, f"$.{key}[{i}]", f"seeds disagree on {name} of {e.id!r}"
                            )
                        fields[name] = value
            out.append(cls(**fields))
        return out

    def check_aliases(
        self,
        key: str,
        entries: Sequence[tuple[str, int, ActorEntry | InitiativeEntry | PlaceEntry]],
    ) -> None:
        from binational.corpus._corpus import normalize

        owner: dict[str, str] = {}
        for file, i, e in entries:
            for name in (e.id, e.name, *e.aliases):
                n = normalize(name)
                if owner.setdefault(n, e.id) != e.id:
                    self.problem(
                        file, f"$.{key}[{i}]", f"name or alias {name!r} also names {owner[n]!r}"
                    )

    def check_ids(
        self,
        files: Sequence[_Loaded],
        kinds: Mapping[str, Sequence[Any]],
        vocabularies: Mapping[str, Sequence[tuple[str, int, Any]]],
    ) -> dict[str, Kind]:
        """Every id once in the corpus; a second use is reported where it is, naming the first."""
        first: dict[str, tuple[Kind, Any]] = {}
        for kind in Kind:
            for obj in kinds[kind.value]:
                seen = first.setdefault(obj.id, (kind, obj))
                if seen[1] is obj:
                    continue
                file, path = self.locate(files, vocabularies, kind, obj)
                other_file, other_path = self.locate(files, vocabularies, *seen)
                self.problem(
                    file,
                    path,
                    f"id {obj.id!r} is used twice (also {_a(seen[0].value[:-1])}, "
                    f"at {other_file} {other_path})",
                )
        return {id: kind for id, (kind, _) in first.items()}

    def locate(
        self,
        files: Sequence[_Loaded],
        vocabularies: Mapping[str, Sequence[tuple[str, int, Any]]],
        kind: Kind,
        obj: Any,
    ) -> tuple[str, str]:
        """The file and path of ``obj``, an object of ``kind`` of the corpus being built."""
        for f in files:
            if kind is Kind.SOURCE and f.record.source is obj:
                return f.name, "$.source.id"
            for i, o in enumerate(getattr(f.record, kind.value)):
                if o is obj:
                    return f.name, f"$.{kind.value}[{i}].id"
        # Actors, initiatives and places are merged from their vocabulary entries.
        for file, i, entry in vocabularies.get(kind.value, ()):
            if entry.id == obj.id:
                return file, f"$.{kind.value}[{i}].id"
        return f"{kind.value}.json", "$"

    def check_references(self, files: Sequence[_Loaded], ids: Mapping[str, Kind]) -> None:
        for f in files:
            found: list[tuple[AttrsInstance, str, str]] = []
            for cls, objects in f.by_class.items():
                for name, kinds, allowed, get, many in _class_plan(cls).refs:
                    # The common case, every reference good and none listed twice in one
                    # field, checked a field at a time.
                    values = list(map(get, objects))
                    named = set(itertools.chain.from_iterable(values) if many else values)
                    named.discard(None)  # an optional reference left out
                    if set(map(ids.get, named)) <= allowed and (
                        not many or sum(map(len, values)) == sum(map(len, map(set, values)))
                    ):
                        continue
                    for obj in objects:
                        value = getattr(obj, name)
                        if isinstance(value, str):
                            if ids.get(value) not in kinds:
                                found.append((obj, f".{name}", _ref_problem(value, kinds, ids)))
                            continue
                        listed: dict[str, int] = {}
                        for j, v in enumerate(value or ()):
                            if ids.get(v) not in kinds:
                                found.append((obj, f".{name}[{j}]", _ref_problem(v, kinds, ids)))
                            elif listed.setdefault(v, j) != j:
                                message = f"{v!r} is listed twice (also [{listed[v]}])"
                                found.append((obj, f".{name}[{j}]", message))
            if found:
                paths = _paths(f.record)
                found.sort(key=lambda item: paths[id(item[0])][0])
                for obj, at, message in found:
                    self.problem(f.name, paths[id(obj)][1] + at, message)


def _ref_problem(value: str, kinds: tuple[Kind, ...], ids: Mapping[str, Kind]) -> str:
    """Why ``value`` is not the id of an object of one of ``kinds``."""
    if value not in ids:
        return f"unknown id {value!r}"
    want = " or ".join(_a(k.value[:-1]) for k in kinds)
    return f"{value!r} is {_a(ids[value].value[:-1])}, expected {want}"


class _ClassPlan(typing.NamedTuple):
    """What the checks need to know of one model class, read once per class."""

    children: tuple[str, ...]
    """Fields whose values may hold model objects (other than quotes)."""
    refs: tuple[tuple[str, tuple[Kind, ...], frozenset[Kind], Callable[[Any], Any], bool], ...]
    """Fields holding ids: name, the kinds they may name (as declared, and as a set), a
    getter, and whether the field holds a tuple of ids (else one id, or None)."""
    has_id: bool
    evidence_required: bool
    checked: bool
    """Whether :func:`_object_problems` has anything to check on it."""
    special: bool
    """Whether it has checks of its own (a source, figure, period, phase, rank, dating)
    beside its id and its evidence."""


_PLANS: dict[type, _ClassPlan] = {}


@functools.cache
def _holds_objects(t: Any) -> bool:
    """Whether a value of type ``t`` may hold an attrs instance other than a quote."""
    if isinstance(t, type):
        return attrs.has(t) and t is not Quote
    return any(_holds_objects(a) for a in typing.get_args(t))


def _is_tuple(t: Any) -> bool:
    return typing.get_origin(t) is tuple


_ID = operator.attrgetter("id")
_EVIDENCE = operator.attrgetter("evidence")


def _class_plan(cls: type) -> _ClassPlan:
    plan = _PLANS.get(cls)
    if plan is None:
        fields = attrs.fields(typing.cast("type[AttrsInstance]", cls))
        hints = _field_types(cls)
        evidence = next((f for f in fields if f.name == "evidence"), None)
        has_id = any(f.name == "id" for f in fields)
        evidence_required = evidence is not None and evidence.default is attrs.NOTHING
        special = issubclass(cls, Source | Figure | Period | Recommendation | PolicyOption | Dating)
        plan = _PLANS[cls] = _ClassPlan(
            children=tuple(f.name for f in fields if _holds_objects(hints[f.name])),
            refs=tuple(
                (
                    f.name,
                    f.metadata["ref"],
                    frozenset(f.metadata["ref"]),
                    operator.attrgetter(f.name),
                    _is_tuple(hints[f.name]),
                )
                for f in fields
                if "ref" in f.metadata
            ),
            has_id=has_id,
            evidence_required=evidence_required,
            checked=has_id or evidence_required or special,
            special=special,
        )
    return plan


def _objects(record: AttrsInstance) -> list[AttrsInstance]:
    """Every model object inside ``record`` but quotes, outermost first.

    Quotes are checked while they are structured and name their seed themselves; the
    objects are walked by plan, without building paths (see :func:`_paths`).
    """
    out: list[AttrsInstance] = []
    stack: list[Any] = [record]
    while stack:
        obj = stack.pop()
        if isinstance(obj, tuple):
            stack.extend(reversed(obj))
            continue
        if obj is None:
            continue
        out.append(obj)
        children = [getattr(obj, name) for name in _class_plan(type(obj)).children]
        stack.extend(reversed(children))
    return out


def _paths(record: AttrsInstance) -> dict[int, tuple[int, str]]:
    """Where each object of ``record`` is, by ``id()``: its place and its JSON path.

    For reporting problems at their paths, in the order the file holds them.
    """
    places: dict[int, tuple[int, str]] = {}
    for i, (path, obj) in enumerate(_walk(record, "$")):
        places.setdefault(id(obj), (i, path))
    return places


_LEAVES = (str, int, float, bool, type(None), enum.Enum)
"""Values that hold no attrs instance, skipped by :func:`_walk` without a look."""


def _walk(obj: object, path: str) -> Iterator[tuple[str, AttrsInstance]]:
    """Every attrs instance inside ``obj`` with its JSON path, outermost first."""
    if isinstance(obj, tuple):
        for i, v in enumerate(obj):
            if not isinstance(v, _LEAVES):
                yield from _walk(v, f"{path}[{i}]")
        return
    cls = type(obj)
    if attrs.has(cls):
        yield path, typing.cast("AttrsInstance", obj)
        for f in attrs.fields(cls):
            value = getattr(obj, f.name)
            if not isinstance(value, _LEAVES):
                yield from _walk(value, f"{path}.{f.name}")


def _object_problems(obj: AttrsInstance) -> list[tuple[str, str]]:
    """Checks that hold for one record wherever it appears: ``(path suffix, message)``."""
    plan = _class_plan(type(obj))
    if not plan.checked:
        return []
    out: list[tuple[str, str]] = []
    id = getattr(obj, "id", None) if plan.has_id else None
    if isinstance(id, str) and (problem := _id_problem(id)) is not None:
        out.append((".id", problem))
    if plan.evidence_required and not getattr(obj, "evidence"):  # noqa: B009
        out.append(("", "has no evidence: it needs at least one quote"))
    if plan.special:
        out += _special_problems(obj)
    return out


def _special_problems(obj: AttrsInstance) -> list[tuple[str, str]]:
    """The checks of its own of an object of a special class (see :class:`_ClassPlan`)."""
    out: list[tuple[str, str]] = []
    if isinstance(obj, Source):
        out += _source_problems(obj)
    elif isinstance(obj, Figure) and (
        (obj.qualifier is Qualifier.RANGE) != (obj.value_max is not None)
    ):
        out.append(("", "a range has qualifier 'range' and a value_max, and only a range does"))
    elif isinstance(obj, Figure) and obj.value_max is not None and obj.value_max < obj.value:
        out.append(
            (
                ".value_max",
                f"a range cannot end ({obj.value_max:g}) below its start ({obj.value:g})",
            )
        )
    elif isinstance(obj, Period):
        for name in ("start", "end"):
            year = getattr(obj, name)
            if year is not None and not 1 <= year <= 9999:
                out.append((f".{name}", f"a year is 1-9999, not {year}"))
        if obj.end is not None and obj.end < obj.start:
            out.append((".end", f"a period cannot end ({obj.end}) before it starts ({obj.start})"))
    elif isinstance(obj, Recommendation) and obj.phase is not None and obj.phase < 1:
        out.append((".phase", f"a phase is 1 or more, not {obj.phase}"))
    elif isinstance(obj, PolicyOption):
        if obj.rank is not None and obj.rank < 1:
            out.append((".rank", f"a rank is 1 or more, not {obj.rank}"))
        first: dict[Criterion, int] = {}
        for i, a in enumerate(obj.assessments):
            j = first.setdefault(a.criterion, i)
            if j != i:  # option.assessment(criterion) would give the first, hiding this one
                out.append(
                    (
                        f".assessments[{i}].criterion",
                        f"{a.criterion.value!r} is assessed twice (also .assessments[{j}])",
                    )
                )
    elif (
        isinstance(obj, Dating)
        and obj.certainty is Certainty.INFERRED
        and not (obj.evidence and obj.note)
    ):
        out.append(("", "an inferred date needs evidence and a note saying how it was inferred"))
    return out


def _source_problems(s: Source) -> list[tuple[str, str]]:
    empty = {
        SourceField.TITLE: True,
        SourceField.CREATORS: not s.creators,
        SourceField.PUBLISHER: s.publisher is None,
        SourceField.ISSUED: s.issued is None or s.issued.certainty is Certainty.INFERRED,
        SourceField.URL: s.url is None,
        SourceField.CONTAINER: s.container_title is None,
    }
    out = [
        (".silent_on", f"{field.value} is said to be unstated but has a stated value")
        for field in s.silent_on
        if not empty[field]
    ]
    sentence = s.sentence_case_title
    if sentence is not None and (sentence == s.title or sentence.casefold() != s.title.casefold()):
        out.append(
            (
                ".sentence_case_title",
                "the sentence-case title must be the title with only its letter case changed"
                if sentence != s.title
                else "the sentence-case title is the title itself: leave it out",
            )
        )
    return out


def _as_dict(obj: AttrsInstance) -> dict[str, Any]:
    """The fields of ``obj`` by name, not recursing (``attrs.asdict`` with less work)."""
    return {f: getattr(obj, f) for f in _field_names(type(obj))}


@functools.cache
def _mention_fields(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The fields of a mention class but its id: those holding tuples, and the others."""
    types = {k: v for k, v in _field_types(cls).items() if k != "id"}
    many = tuple(k for k, t in types.items() if _is_tuple(t))
    return many, tuple(k for k in types if k not in many)


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    """The type of each field of the attrs class ``cls``, its annotation evaluated."""
    return typing.get_type_hints(cls)


@functools.cache
def _field_names(cls: type[AttrsInstance]) -> tuple[str, ...]:
    return tuple(f.name for f in attrs.fields(cls))


def _a(noun: str) -> str:
    """The noun with its indefinite article."""
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"
