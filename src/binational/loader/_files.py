"""Finding the data and reading it safely: folders, regular files, JSON, SHA-256.

- :func:`data_dir` and :func:`seeds_dir` find the packaged data and the seed texts (an
  installed wheel's ``binational/_seeds``, or a checkout's ``seeds/`` beside ``src/``);
- :func:`read_regular` reads a regular file only: a FIFO, a device or a directory is
  never opened, a symbolic link out of a bundle is refused, and a seed text larger than
  :data:`READ_BEFORE_HASHING` is hashed a chunk at a time before it is read;
- :func:`read_json` parses UTF-8 JSON, refusing a key given twice, and says in one
  line (:exc:`Unreadable`) why a file cannot be read.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import stat
import typing
from pathlib import Path
from typing import Any

from binational.exceptions import DataError, Problem

if typing.TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "READ_BEFORE_HASHING",
    "OtherFile",
    "Unreadable",
    "as_traversable",
    "data_dir",
    "read_json",
    "read_regular",
    "seed_file_name_problem",
    "seeds_dir",
    "sha256",
]


def _package() -> Traversable:
    """The package's folder.

    Where it is installed as files, its path; else (in a zip, say) as
    :mod:`importlib.resources` finds it.
    """
    here = Path(__file__).resolve().parent.parent
    if (here / "data").is_dir():
        return here
    from importlib import resources

    return resources.files("binational")


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
    checkout = Path(__file__).resolve().parents[3] / "seeds"  # src/binational/loader/
    if checkout.is_dir():
        return checkout
    raise DataError(
        [
            Problem(
                file="seeds", path="$", message=f"seed texts not found at {packaged} or {checkout}"
            )
        ]
    )


def as_traversable(p: object, argument: str) -> Traversable:
    """``p`` as a folder to read: a path becomes a :class:`~pathlib.Path`; else a TypeError."""
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


class OtherFile(Exception):  # noqa: N818 - a finding the loader reports, never raised out
    """The file read has another SHA-256 than the one expected (:attr:`digest`)."""

    def __init__(self, digest: str) -> None:
        super().__init__(digest)
        self.digest = digest


READ_BEFORE_HASHING = 64 << 20
"""A seed text up to this size (64 MiB) is read, then hashed; a larger one is hashed a
chunk at a time first, and read only if it is the text expected."""


def read_regular(
    item: Traversable, within: Traversable | None = None, sha256: str | None = None
) -> bytes:
    """The bytes of ``item``; a FIFO, device or directory is never opened (OSError).

    With ``within`` (a folder), a file whose real path lies outside it (through a
    symbolic link) is refused too. With ``sha256``, a file larger than
    :data:`READ_BEFORE_HASHING` is first hashed a chunk at a time and read whole only if
    its SHA-256 is that one: a file that is not the one expected, however large (a
    sparse file of terabytes), is never held in memory (:exc:`OtherFile` gives its
    SHA-256).
    """
    if not isinstance(item, os.PathLike):  # a Traversable of another kind (in a zip, say)
        if not item.is_file():
            raise OSError(f"{item.name} is not a file")
        return item.read_bytes()
    path = Path(item)
    try:
        os.fsencode(path)
    except UnicodeEncodeError:  # a lone surrogate (JSON "\ud800"): no file has such a name
        raise FileNotFoundError(f"{path.name!r} names no file") from None
    folder: object = within  # a Path of a bundle, or None
    if isinstance(folder, os.PathLike):
        real, root = path.resolve(), Path(folder).resolve()
        if not real.is_relative_to(root):
            raise OSError(f"{path.name} links to {real}, outside {within}")
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        raise OSError(f"{path.name} {_not_regular(mode)}")
    # O_NONBLOCK: should a FIFO replace the file after the check, opening does not hang.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        status = os.fstat(f.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise OSError(f"{path.name} {_not_regular(status.st_mode)}")
        if sha256 is not None and status.st_size > READ_BEFORE_HASHING:
            digest = hashlib.sha256()
            for chunk in iter(functools.partial(f.read, 1 << 20), b""):
                digest.update(chunk)
            if digest.hexdigest() != sha256:
                raise OtherFile(digest.hexdigest())
            f.seek(0)
        return f.read()


def sha256(data: bytes) -> str:
    """The SHA-256 of ``data``, in hex."""
    return hashlib.sha256(data).hexdigest()


def seed_file_name_problem(name: str) -> str | None:
    """Why ``name`` is not a plain file name directly inside the seeds folder, if it is not."""
    if not name or name in {".", ".."} or any(c in name for c in "/\\\0"):
        return (
            f"seed text file {name!r} must be a plain file name inside the seeds folder "
            "(no '/', '\\', '..' or absolute path)"
        )
    return None


class Unreadable(Exception):  # noqa: N818 - a finding the loader reports, never raised out
    """A file that cannot be read or parsed: where in it (:attr:`path`), and why."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def read_json(item: Traversable, within: Traversable | None = None) -> Any:
    """The parsed file (None for JSON ``null``); :exc:`Unreadable` says why it cannot be."""
    try:
        raw = read_regular(item, within).decode("utf-8")
    except MemoryError:
        raise Unreadable("$", "file too large to read into memory") from None
    except FileNotFoundError:
        raise Unreadable("$", "file not found") from None
    except OSError as e:
        raise Unreadable("$", f"cannot read file: {e}") from None
    except UnicodeDecodeError as e:
        raise Unreadable("$", f"not UTF-8: {e.reason} at byte {e.start}") from None
    try:
        return json.loads(raw, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as e:
        raise Unreadable(f"line {e.lineno}, column {e.colno}", f"invalid JSON: {e.msg}") from None
    except RecursionError:
        raise Unreadable("$", "invalid JSON: arrays or objects nested too deeply") from None
    except MemoryError:
        raise Unreadable("$", "file too large to read into memory") from None
    except ValueError as e:
        raise Unreadable("$", f"invalid JSON: {e}") from None


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                raise ValueError(f"duplicate key {k!r}")
            seen.add(k)
    return out
