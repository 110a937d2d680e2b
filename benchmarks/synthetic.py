"""Synthetic corpora N times the real one, for measuring how loading and search scale.

Run: ``python benchmarks/synthetic.py --scale N --out DIR``. It writes ``DIR/data`` (the
vocabularies and one file per seed copy in ``DIR/data/seeds``) and ``DIR/seeds`` (the
seed texts), which ``binational.load_from(DIR / "data", DIR / "seeds")`` loads with every
check the packaged data gets.

Scale N is N copies of the packaged corpus. Copy 1 *is* the packaged corpus, file for
file and byte for byte. Copy k (2 ... N) is the same data with

- every id suffixed ``-xk`` (``mexico`` -> ``mexico-x17``), wherever it occurs: the
  ``id`` of every record (objects, vocabulary entries, the mentions of entries) and
  every field the model marks as a reference (``metadata={"ref": ...}``); no other
  string is touched, and quotes (``text``, ``start``, ``end``) never;
- the name and every alias of each vocabulary entry suffixed `` (copy k)``, so that a
  name or alias still names one entity only;
- its seed texts copied to ``xNNNN-<file>`` (same content, so the SHA-256 in the data
  stays true), and its per-seed data files named ``xNNNN-<file>.json``, which sort after
  the packaged names (the loader reads ``data/seeds`` in name order and requires only a
  lower-case ``.json`` extension).

The fields to rewrite are found from the record classes themselves
(:mod:`binational.loader._records`, :mod:`binational.model`), not by matching strings: a type
the walk does not understand is an error, so a model change cannot silently produce a
corpus that is not N faithful copies.

Generation is a template fill: each file is turned once into JSON text whose ids, names
and text file names carry a control-character mark, and each copy is that text with the
marks replaced, written straight to disk. Memory stays at one copy's worth at any scale.

A generated folder holds ``synthetic.json`` (scale, a hash of the source data, of the
seed texts and of this script, sizes and time); :func:`generate` reuses a folder whose
marker matches and regenerates it otherwise.
"""

from __future__ import annotations

import argparse
import enum
import functools
import hashlib
import json
import re
import shutil
import tempfile
import time
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from binational.loader import ID_PATTERN, data_dir, seeds_dir
from binational.loader._records import (
    ActorEntry,
    ActorMention,
    ActorsFile,
    InitiativeEntry,
    InitiativeMention,
    InitiativesFile,
    PlaceEntry,
    PlaceMention,
    PlacesFile,
    SeedFile,
)
from binational.model import Quote, SeedText

if typing.TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = [
    "MARKER",
    "Generated",
    "default_cache",
    "ensure",
    "generate",
    "id_suffix",
    "name_suffix",
    "source_hash",
]

MARKER = "synthetic.json"
"""Name of the marker file written last into a generated folder."""

VOCABULARIES: tuple[tuple[str, str, type], ...] = (
    ("actors.json", "actors", ActorsFile),
    ("initiatives.json", "initiatives", InitiativesFile),
    ("places.json", "places", PlacesFile),
)
"""The vocabulary files: file name, its one key, its record class."""

_ENTRIES = (ActorEntry, InitiativeEntry, PlaceEntry)
"""Vocabulary entries: their ``name`` and ``aliases`` get the per-copy name suffix."""

_MENTIONS = (ActorMention, InitiativeMention, PlaceMention)
"""A seed's mentions of vocabulary entries: their ``id`` refers to an entry."""

# Marks put into the template. json.dumps writes a control character as a six-character
# escape (``\u0001``), which is what each copy's text has replaced.
_ID_MARK = "\x01"
_NAME_MARK = "\x02"
_FILE_MARK = "\x03"
_ESCAPED = {m: json.dumps(m)[1:-1] for m in (_ID_MARK, _NAME_MARK, _FILE_MARK)}
_FILE_MARK_NAME = "\0"
"""Where the per-copy prefix goes in a seed data file's name (not in its text)."""
_COPY_SUFFIX = re.compile(r"-x[0-9]+\Z")


def id_suffix(copy: int) -> str:
    """What copy ``copy`` (1-based) appends to every id: nothing for copy 1."""
    return "" if copy == 1 else f"-x{copy}"


def name_suffix(copy: int) -> str:
    """What copy ``copy`` appends to vocabulary names and aliases: nothing for copy 1."""
    return "" if copy == 1 else f" (copy {copy})"


def file_prefix(copy: int) -> str:
    """What copy ``copy`` puts before its file names: nothing for copy 1."""
    return "" if copy == 1 else f"x{copy:04d}-"


def _dump(value: Any) -> str:
    """JSON as the packaged data files are written (two-space indent, UTF-8 as is)."""
    return json.dumps(value, indent=2, ensure_ascii=False)


# ----------------------------------------------------------------- the rewrite plan


@dataclass
class _Marks:
    """What marking one file found: the ids it defines and refers to, its text files."""

    defined: set[str] = field(default_factory=set)
    referenced: set[str] = field(default_factory=set)
    text_files: list[str] = field(default_factory=list)
    names: int = 0


Handler = Callable[[Any, _Marks], Any]
"""Turns a parsed JSON value into its marked form (records are changed in place)."""

_LEAVES = (str, int, float, Decimal, bool, type(None))


def _mark_id(value: Any, marks: _Marks, *, defines: bool) -> str:
    if not isinstance(value, str):
        raise TypeError(f"an id must be a string, not {value!r}")
    (marks.defined if defines else marks.referenced).add(value)
    return value + _ID_MARK


def _ids_handler(tp: Any, *, defines: bool) -> Handler:
    """Marks a field holding one id (``str``, ``str | None``) or several (``tuple[str, ...]``)."""
    if tp is str:
        return lambda v, m: _mark_id(v, m, defines=defines)
    if tp == (str | None):
        return lambda v, m: None if v is None else _mark_id(v, m, defines=defines)
    if tp == tuple[str, ...]:
        return lambda v, m: [_mark_id(x, m, defines=defines) for x in v]
    raise TypeError(f"an id or reference field of type {tp} is not understood")


def _name(value: Any, marks: _Marks) -> str:
    if not isinstance(value, str):
        raise TypeError(f"a name must be a string, not {value!r}")
    marks.names += 1
    return value + _NAME_MARK


def _names_handler(tp: Any) -> Handler:
    if tp is str:
        return _name
    if tp == tuple[str, ...]:
        return lambda v, m: [_name(x, m) for x in v]
    raise TypeError(f"a name field of type {tp} is not understood")


def _text_file(value: Any, marks: _Marks) -> str:
    if not isinstance(value, str):
        raise TypeError(f"a seed text file name must be a string, not {value!r}")
    marks.text_files.append(value)
    return _FILE_MARK + value


def _field_handler(cls: type, f: attrs.Attribute[Any], tp: Any) -> Handler | None:
    if f.name == "id" or f.metadata.get("ref"):
        # An ``id`` field defines an id, except in a mention, where it names the entry.
        return _ids_handler(tp, defines=f.name == "id" and cls not in _MENTIONS)
    if cls in _ENTRIES and f.name in {"name", "aliases"}:
        return _names_handler(tp)
    if cls is SeedText and f.name == "file":
        return _text_file
    return _type_handler(tp)


def _type_handler(tp: Any) -> Handler | None:
    """How to mark a value of type ``tp``, or None if nothing in it is an id."""
    if tp in _LEAVES or (isinstance(tp, type) and issubclass(tp, enum.Enum)):
        return None
    if tp is Quote:
        return None  # written {"text", "start", "end"}: verbatim, never rewritten
    if isinstance(tp, type) and attrs.has(tp):
        return _record_handler(tp)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _type_handler(args[0])
        if item is None:
            return None
        return lambda v, m: [item(x, m) for x in v]
    if origin in {types.UnionType, typing.Union}:
        members = [a for a in args if a is not type(None)]
        handlers = [_type_handler(a) for a in members]
        live = [h for h in handlers if h is not None]
        if not live:
            return None
        if len(members) == 1:
            only = live[0]
            return lambda v, m: None if v is None else only(v, m)
        raise TypeError(f"a union {tp} whose members hold ids is not understood")
    raise TypeError(f"a field of type {tp} is not understood")


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, Handler], ...]:
    """The fields of ``cls`` that hold ids, names or text file names, with their handlers."""
    hints = typing.get_type_hints(cls)
    plan = []
    for f in attrs.fields(cls):
        handler = _field_handler(cls, f, hints[f.name])
        if handler is not None:
            plan.append((f.name, handler))
    return tuple(plan)


def _record_handler(cls: type) -> Handler | None:
    if not _plan(cls):
        return None

    def handle(value: Any, marks: _Marks) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"a {cls.__name__} must be a JSON object, not {value!r}")
        for name, handler in _plan(cls):
            if name in value:
                value[name] = handler(value[name], marks)
        return value

    return handle


def _mark(raw: Any, cls: type, marks: _Marks) -> Any:
    handler = _record_handler(cls)
    if handler is None:
        raise TypeError(f"{cls.__name__} holds no ids")
    return handler(raw, marks)


# ------------------------------------------------------------------ the templates


@dataclass(frozen=True)
class _Template:
    """One output file: its name (relative to ``data/``) and its marked JSON text."""

    name: str
    text: str

    def fill(self, copy: int) -> str:
        return (
            self.text.replace(_ESCAPED[_ID_MARK], id_suffix(copy))
            .replace(_ESCAPED[_NAME_MARK], name_suffix(copy))
            .replace(_ESCAPED[_FILE_MARK], file_prefix(copy))
        )


@dataclass(frozen=True)
class _Source:
    """The real corpus, read once and marked."""

    seed_files: tuple[_Template, ...]
    vocabularies: tuple[tuple[str, str, _Template], ...]
    """(file name, key, template of the entries: the lines between ``[`` and ``]``)."""
    texts: tuple[tuple[str, bytes], ...]
    digest: str


def _unmarked(name: str, text: str) -> None:
    for escaped in _ESCAPED.values():
        if escaped[1:] in text:
            raise ValueError(f"{name} already holds {escaped!r}: it cannot be templated")


def _seed_items(data: Traversable) -> list[Traversable]:
    return sorted((i for i in (data / "seeds").iterdir()), key=lambda i: i.name)


def source_hash(data: Traversable | None = None, seeds: Traversable | None = None) -> str:
    """SHA-256 of what a synthetic corpus is made from: data files, seed texts, this script."""
    data = data_dir() if data is None else data
    seeds = seeds_dir() if seeds is None else seeds
    h = hashlib.sha256()
    items = [(f"data/{n}", data / n) for n, _, _ in VOCABULARIES]
    items += [(f"data/seeds/{i.name}", i) for i in _seed_items(data)]
    items += [(f"seeds/{i.name}", i) for i in sorted(seeds.iterdir(), key=lambda i: i.name)]
    items.append(("synthetic.py", Path(__file__)))
    for name, item in items:
        if item.is_file():
            content = item.read_bytes()
            h.update(f"{name}\0{len(content)}\0".encode())
            h.update(content)
    return h.hexdigest()


def _read_source(data: Traversable, seeds: Traversable) -> _Source:
    seed_files: list[_Template] = []
    marks = _Marks()
    for item in _seed_items(data):
        if not item.name.endswith(".json"):
            raise ValueError(f"data/seeds/{item.name} is not a per-seed .json file")
        text = item.read_text(encoding="utf-8")
        raw = json.loads(text)
        _unmarked(item.name, _dump(raw))
        marked = _dump(_mark(raw, SeedFile, marks)) + "\n"
        seed_files.append(_Template(f"seeds/{_FILE_MARK_NAME}{item.name}", marked))
    vocabularies = []
    for file, key, cls in VOCABULARIES:
        raw = json.loads((data / file).read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or set(raw) != {key} or not raw[key]:
            raise ValueError(f"{file} must be an object with one key {key!r}, a non-empty list")
        _unmarked(file, _dump(raw))
        entries = _mark(raw, cls, marks)[key]
        body = ",\n".join(_indent(_dump(e), "    ") for e in entries)
        vocabularies.append((file, key, _Template(file, body)))
    unknown = marks.referenced - marks.defined
    if unknown:
        raise ValueError(f"references to ids nothing defines: {sorted(unknown)[:5]}")
    clashing = sorted(i for i in marks.defined if _COPY_SUFFIX.search(i))
    if clashing:
        raise ValueError(f"ids already ending like a copy suffix: {clashing[:5]}")
    bad = sorted(i for i in marks.defined if not ID_PATTERN.fullmatch(i + id_suffix(2)))
    if bad:
        raise ValueError(f"ids that break the id grammar once suffixed: {bad[:5]}")
    texts = tuple((name, (seeds / name).read_bytes()) for name in dict.fromkeys(marks.text_files))
    return _Source(tuple(seed_files), tuple(vocabularies), texts, source_hash(data, seeds))


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))


# ---------------------------------------------------------------------- generation


@dataclass(frozen=True)
class Generated:
    """A synthetic corpus on disk."""

    root: Path
    scale: int
    files: int
    """Files written: data files and seed texts."""
    bytes: int
    """Their total size."""
    seconds: float
    """How long generating took (the original run's, when reused)."""
    reused: bool
    """True if an existing folder with a matching marker was used as it was."""

    @property
    def data(self) -> Path:
        """The folder to pass as ``data`` to :func:`binational.load_from`."""
        return self.root / "data"

    @property
    def seeds(self) -> Path:
        """The folder to pass as ``seeds`` to :func:`binational.load_from`."""
        return self.root / "seeds"


def default_cache() -> Path:
    """Where :func:`ensure` keeps generated corpora unless told otherwise."""
    return Path(tempfile.gettempdir()) / "binational-synthetic"


def ensure(scale: int, cache: Path | None = None) -> Generated:
    """The corpus of ``scale`` under ``cache`` (``scale-N``), generated if not there."""
    root = (default_cache() if cache is None else cache) / f"scale-{scale}"
    return generate(scale, root)


def _read_marker(root: Path) -> dict[str, Any] | None:
    try:
        marker = json.loads((root / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return marker if isinstance(marker, dict) else None


def generate(
    scale: int,
    out: Path,
    *,
    data: Traversable | None = None,
    seeds: Traversable | None = None,
    force: bool = False,
) -> Generated:
    """Write the corpus of ``scale`` copies into ``out`` (``out/data``, ``out/seeds``).

    ``data`` and ``seeds`` default to the packaged data and seed texts. A folder whose
    marker records the same scale and source hash is reused unless ``force``; otherwise
    its ``data`` and ``seeds`` folders are replaced (nothing else in ``out`` is touched).
    """
    if scale < 1:
        raise ValueError(f"scale must be 1 or more, not {scale}")
    data = data_dir() if data is None else data
    seeds = seeds_dir() if seeds is None else seeds
    digest = source_hash(data, seeds)
    marker = _read_marker(out)
    if (
        not force
        and marker is not None
        and marker.get("scale") == scale
        and marker.get("source_hash") == digest
    ):
        return Generated(
            out, scale, int(marker["files"]), int(marker["bytes"]), float(marker["seconds"]), True
        )
    start = time.perf_counter()
    source = _read_source(data, seeds)
    (out / MARKER).unlink(missing_ok=True)
    for sub in ("data", "seeds"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    (out / "data" / "seeds").mkdir(parents=True)
    (out / "seeds").mkdir()
    files, size = 0, 0
    for _, nbytes in _write_copies(source, out, scale):
        files += 1
        size += nbytes
    seconds = time.perf_counter() - start
    marker = {
        "scale": scale,
        "source_hash": digest,
        "files": files,
        "bytes": size,
        "seconds": round(seconds, 3),
        "generator": "benchmarks/synthetic.py",
    }
    (out / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
    return Generated(out, scale, files, size, seconds, False)


def _write_copies(source: _Source, out: Path, scale: int) -> Iterator[tuple[str, int]]:
    """Write every file, one copy at a time; yield each file's name and size in bytes."""
    data = out / "data"
    vocab_files = []
    for file, key, _ in source.vocabularies:
        f = (data / file).open("w", encoding="utf-8", newline="\n")
        f.write(f'{{\n  "{key}": [\n')
        vocab_files.append(f)
    try:
        for copy in range(1, scale + 1):
            for template in source.seed_files:
                name = template.name.replace(_FILE_MARK_NAME, file_prefix(copy))
                content = template.fill(copy).encode("utf-8")
                (data / name).write_bytes(content)
                yield f"data/{name}", len(content)
            for name, text in source.texts:
                target = out / "seeds" / (file_prefix(copy) + name)
                target.write_bytes(text)
                yield f"seeds/{target.name}", len(text)
            for f, (_, _, template) in zip(vocab_files, source.vocabularies, strict=True):
                if copy > 1:
                    f.write(",\n")
                f.write(template.fill(copy))
        for f in vocab_files:
            f.write("\n  ]\n}\n")
    finally:
        for f in vocab_files:
            f.close()
    for file, _, _ in source.vocabularies:
        yield f"data/{file}", (data / file).stat().st_size


# --------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> None:
    """Generate one synthetic corpus and say where it is."""
    parser = argparse.ArgumentParser(
        description="Write a synthetic corpus of N copies of the packaged one."
    )
    parser.add_argument("--scale", type=int, required=True, help="copies of the real corpus")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help=f"folder to write (default: {default_cache()}/scale-N)",
    )
    parser.add_argument("--force", action="store_true", help="regenerate even if cached")
    args = parser.parse_args(argv)
    out = args.out if args.out is not None else default_cache() / f"scale-{args.scale}"
    g = generate(args.scale, out, force=args.force)
    how = "reused" if g.reused else f"generated in {g.seconds:.1f} s"
    print(f"scale {g.scale}: {g.files} files, {g.bytes / 2**20:.1f} MiB, {how}")
    print(f"  binational.load_from({str(g.data)!r}, {str(g.seeds)!r})")


if __name__ == "__main__":
    main()
