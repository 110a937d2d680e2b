"""Reading one place data comes from (:class:`Root`) into checked records.

A seed file is read as JSON, its seed text found, hashed and decoded, its sections
checked, and then it is structured through the converter with every quote checked
against that text (:func:`read_seed_file`); a vocabulary file is read and structured
likewise (:func:`read_vocabulary`). :func:`structure` structures without detailed
validation, and again with it only when that fails, to report every error at its path.
Every problem found is added to a :class:`~binational.loader._checks.Problems`; a file
that has one gives None.
"""

from __future__ import annotations

import functools
import os
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from attrs import AttrsInstance

from binational.loader._checks import Problems, check_entries, check_sections, objects
from binational.loader._convert import (
    QuoteContext,
    error_lines,
    json_type,
    make_converter,
    quote_context,
)
from binational.loader._files import (
    OtherFile,
    OtherSize,
    Unreadable,
    read_json,
    read_regular,
    seed_file_name_problem,
    sha256,
)
from binational.loader._records import SectionRecord, SeedFile
from binational.model import Section

if typing.TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    import cattrs

__all__ = ["Loaded", "Root", "read_seed_file", "read_vocabulary", "seed_items", "structure"]


class Root:
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

    @property
    def within(self) -> Traversable | None:
        """The folder every file read must lie inside: a bundle's own, else anywhere."""
        return self.data if self.bundle else None


class Loaded:
    """A structured seed file and what the loader knows about it."""

    __slots__ = ("name", "objects", "record", "sections", "text")

    def __init__(
        self, *, name: str, record: SeedFile, text: str, sections: tuple[Section, ...]
    ) -> None:
        self.name = name
        """The file's name in problems (``seeds/….json``, after its bundle's name)."""
        self.record = record
        self.text = text
        """The seed text its quotes are checked against."""
        self.sections = sections
        self.objects: list[AttrsInstance] = objects(record)
        """Every model object of the record but quotes, outermost first."""


@functools.cache
def _converter(*, detailed_validation: bool) -> cattrs.Converter:
    """The converter of :func:`~binational.loader._convert.make_converter`, made once.

    Its structuring functions are generated on first use and kept, so a second load
    does not generate them again. Sharing it is safe: quotes are checked against the
    text of a context variable set around each seed file.
    """
    return make_converter(detailed_validation=detailed_validation)


def structure(problems: Problems, raw: Any, cls: Any, name: str, root: str = "$") -> Any:
    """``raw`` structured as ``cls``, or None with a problem per error.

    ``root`` is the JSON path of ``raw`` inside its file. Structuring stops at the first
    error; only then is ``raw`` structured again, with detailed validation, for every
    error and where it is.
    """
    try:
        return _converter(detailed_validation=False).structure(raw, cls)
    except Exception:  # noqa: BLE001, S110 - structured again below, to say what is wrong
        pass
    try:
        return _converter(detailed_validation=True).structure(raw, cls)
    except Exception as e:  # noqa: BLE001 - every structuring error becomes a Problem
        for path, msg in error_lines(e):
            problems.add(name, root + path[1:], msg)
        return None


def _read(problems: Problems, item: Traversable, name: str, within: Traversable | None) -> Any:
    """The parsed file, or :data:`_INVALID` with a problem."""
    try:
        return read_json(item, within)
    except Unreadable as e:
        problems.add(name, e.path, e.message)
        return _INVALID


_INVALID: typing.Final = object()
"""What :func:`_read` and :func:`_required` give for a value they could not read (JSON
``null`` is None)."""


def _required(problems: Problems, name: str, raw: Any, path: str, kind: type) -> Any:
    """The value at ``path`` (``$.a.b``) of ``raw`` if it is a ``kind``, else ``_INVALID``."""
    value, at = raw, "$"
    for key in path.split(".")[1:]:
        if not isinstance(value, dict):
            problems.add(name, at, f"expected an object with key {key!r}, got {json_type(value)}")
            return _INVALID
        if key not in value:
            problems.add(name, f"{at}.{key}", "required field missing")
            return _INVALID
        value, at = value[key], f"{at}.{key}"
    if not isinstance(value, kind):
        want = {str: "a string", int: "an integer"}.get(kind, "an array")
        problems.add(name, at, f"expected {want}, got {json_type(value)}")
        return _INVALID
    return value


def seed_items(problems: Problems, root: Root) -> list[Traversable]:
    """The per-seed data files of ``root``; anything else in ``seeds/`` is a problem."""
    seed_dir = root.data / "seeds"
    items = []
    for i in sorted(seed_dir.iterdir(), key=lambda i: i.name) if seed_dir.is_dir() else ():
        name = f"{root.label}seeds/{i.name}"
        if not i.name.endswith(".json"):
            problems.add(
                name,
                "$",
                "not a seed data file: every file in data/seeds is read, and its name "
                "must end in '.json' (lower case)",
            )
        elif not i.is_file():
            problems.add(name, "$", "not a seed data file: not a regular file")
        else:
            items.append(i)
    if not items:
        problems.add(f"{root.label}seeds", "$", f"no seed data files in {seed_dir}")
    return items


def read_seed_file(problems: Problems, root: Root, item: Traversable) -> Loaded | None:
    """One seed file of ``root``, structured with its quotes checked; None if it has problems."""
    name = f"{root.label}seeds/{item.name}"
    raw = _read(problems, item, name, root.within)
    if raw is _INVALID:
        return None
    if not isinstance(raw, dict):
        got = json_type(raw)
        problems.add(name, "$", f"expected an object with keys 'source', 'sections', got {got}")
        return None
    source_id = _required(problems, name, raw, "$.source.id", str)
    text_file = _required(problems, name, raw, "$.source.seed.file", str)
    sha = _required(problems, name, raw, "$.source.seed.sha256", str)
    size = _required(problems, name, raw, "$.source.seed.bytes", int)
    raw_sections = _required(problems, name, raw, "$.sections", list)
    if _INVALID in (source_id, text_file, sha, size, raw_sections):
        return None
    if isinstance(size, bool) or size < 0:
        problems.add(
            name, "$.source.seed.bytes", f"expected a size in bytes (0 or more), got {size!r}"
        )
        return None
    bad_name = seed_file_name_problem(text_file)
    if bad_name is not None:
        problems.add(name, "$.source.seed.file", bad_name)
        return None
    text = _read_seed_text(problems, root, name, text_file, (sha, size))
    if text is None:
        return None
    sections: tuple[SectionRecord, ...] | None = structure(
        problems, raw_sections, tuple[SectionRecord, ...], name, root="$.sections"
    )
    if sections is None or not check_sections(problems, name, text, sections):
        return None
    ctx = QuoteContext(
        source=source_id,
        text=text,
        section_starts=tuple(s.start for s in sections),
        section_titles=tuple(s.title for s in sections),
    )
    with quote_context(ctx):
        record: SeedFile | None = structure(problems, raw, SeedFile, name)
    if record is None:
        return None
    bounds = [s.start for s in sections[1:]] + [len(text)]
    return Loaded(
        name=name,
        record=record,
        text=text,
        sections=tuple(
            Section(source=source_id, title=s.title, start=s.start, end=e)
            for s, e in zip(sections, bounds, strict=True)
        ),
    )


def _read_seed_text(
    problems: Problems, root: Root, name: str, text_file: str, seed: tuple[str, int]
) -> str | None:
    """The seed text ``text_file`` of ``root``, if it has the SHA-256 and size of ``seed``.

    And if it is UTF-8. The size is checked on the opened file before a byte of it is
    read or hashed.
    """
    sha, size = seed
    try:
        # A bundle's text must lie inside the bundle, even if its texts/ folder is a link.
        data = read_regular(root.texts / text_file, root.within, sha256=sha, size=size)
        digest = sha256(data)
    except OtherSize as e:
        problems.add(
            name,
            "$.source.seed.bytes",
            f"seed text {text_file!r} is {e.size:,} bytes, data says {size:,}: "
            "not the text the data was coded on (refused before reading it)",
        )
        return None
    except OtherFile as e:
        data, digest = b"", e.digest
    except FileNotFoundError:
        problems.add(
            name, "$.source.seed.file", f"seed text {text_file!r} not found in {root.texts}"
        )
        return None
    except OSError as e:
        problems.add(name, "$.source.seed.file", f"cannot read seed text {text_file!r}: {e}")
        return None
    if digest != sha:
        problems.add(
            name,
            "$.source.seed.sha256",
            f"seed text {text_file!r} has SHA-256 {digest}, data says {sha!r}",
        )
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.add(
            name,
            "$.source.seed.file",
            f"seed text {text_file!r} is not UTF-8: {e.reason} at byte {e.start}",
        )
        return None


def read_vocabulary(
    problems: Problems, root: Root, key: str, cls: type[Any]
) -> Sequence[tuple[str, int, Any]] | None:
    """Entries of the vocabulary ``key`` as (file label, index, entry); None if invalid.

    A bundle may leave a vocabulary out (it adds no entries of that kind).
    """
    file = f"{key}.json"
    item = root.data / file
    label = f"{root.label}{file}"
    if root.bundle and not os.path.lexists(typing.cast("Path", item)):
        return []  # left out (a FIFO, device or broken link by that name is read and refused)
    raw = _read(problems, item, label, root.within)
    if raw is _INVALID:
        return None
    vocabulary = structure(problems, raw, cls, label)
    if vocabulary is None:
        return None
    entries = list(getattr(vocabulary, key))
    check_entries(problems, label, key, entries)
    return [(label, i, e) for i, e in enumerate(entries)]
