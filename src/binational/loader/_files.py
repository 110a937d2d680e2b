"""Finding the data and reading it safely: folders, regular files, JSON, SHA-256.

- :func:`data_dir` and :func:`seeds_dir` find the packaged data and the seed texts (an
  installed wheel's ``binational/_seeds``, or a checkout's ``seeds/`` beside ``src/``);
- :func:`read_regular` reads a regular file only: a FIFO, a device or a directory is
  never opened; a bundle's file is opened relative to its folder's descriptor, never
  through a symbolic link, and checked once open (:func:`os.fstat`); a seed text of
  another size than the data says is refused before it is read, and one larger than
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
    "OtherSize",
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


class OtherSize(Exception):  # noqa: N818 - a finding the loader reports, never raised out
    """The file opened has another size (:attr:`size`, in bytes) than the one expected.

    Found from the open file's status, before a byte of it is read or hashed.
    """

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


READ_BEFORE_HASHING = 64 << 20
"""A seed text up to this size (64 MiB) is read, then hashed; a larger one is hashed a
chunk at a time first, and read only if it is the text expected."""

_READ = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
"""O_NONBLOCK: should a FIFO replace a file after it was checked, opening does not hang."""
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CONFINED = bool(_NOFOLLOW and _DIRECTORY) and os.open in os.supports_dir_fd


def _open_within(path: Path, folder: Path) -> int:
    """A descriptor of ``path``, opened one name at a time from ``folder``, never a link.

    Each folder on the way is opened relative to the descriptor of the one before it,
    with no-follow semantics, so a name swapped for a symbolic link while the bundle is
    read is refused, not followed out of ``folder``. What a name is (a FIFO, a device)
    is looked at before it is opened, so such a file is never opened; the caller checks
    what was opened with :func:`os.fstat`.
    """
    try:
        parts = path.relative_to(folder).parts
    except ValueError:
        raise OSError(f"{path} is not inside {folder}") from None
    if not parts or ".." in parts:
        raise OSError(f"{path} is not a file inside {folder}")
    at = os.open(folder, os.O_RDONLY | _DIRECTORY)
    try:
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            try:
                mode = os.stat(part, dir_fd=at, follow_symlinks=False).st_mode
            except FileNotFoundError:
                raise FileNotFoundError(f"{path.name} not found") from None
            if stat.S_ISLNK(mode):
                target = os.readlink(part, dir_fd=at)
                raise OSError(
                    f"{part} links to {target}: a bundle's files are never read through "
                    f"a link, which could lead outside {folder}"
                )
            if not last and not stat.S_ISDIR(mode):
                raise OSError(f"{part} is not a folder")
            if last and not stat.S_ISREG(mode):
                raise OSError(f"{part} {_not_regular(mode)}")
            flags = (_READ if last else os.O_RDONLY | _DIRECTORY) | _NOFOLLOW
            try:
                fd = os.open(part, flags, dir_fd=at)
            except OSError as e:  # swapped for a link or another kind since the look
                raise OSError(f"{part} changed while it was read: {e.strerror}") from None
            os.close(at)
            at = fd
        fd, at = at, -1
        return fd
    finally:
        if at != -1:
            os.close(at)


def read_regular(
    item: Traversable,
    within: Traversable | None = None,
    sha256: str | None = None,
    size: int | None = None,
) -> bytes:
    """The bytes of ``item``; a FIFO, device or directory is never opened (OSError).

    With ``within`` (a folder), the file is opened one name at a time from that folder
    (relative to a directory descriptor, no name followed if it is a symbolic link), so
    nothing outside it is read even if a name is swapped for a link meanwhile. What was
    opened is then checked (:func:`os.fstat`): a regular file, and, with ``size``, of
    that many bytes (else :exc:`OtherSize`, before anything is read). With ``sha256``,
    a file larger than :data:`READ_BEFORE_HASHING` is first hashed a chunk at a time
    and read whole only if its SHA-256 is that one: a file that is not the one
    expected, however large, is never held in memory (:exc:`OtherFile` gives its
    SHA-256).
    """
    if not isinstance(item, os.PathLike):  # a Traversable of another kind (in a zip, say)
        if not item.is_file():
            raise OSError(f"{item.name} is not a file")
        data = item.read_bytes()
        if size is not None and len(data) != size:
            raise OtherSize(len(data))
        return data
    path = Path(item)
    try:
        os.fsencode(path)
    except UnicodeEncodeError:  # a lone surrogate (JSON "\ud800"): no file has such a name
        raise FileNotFoundError(f"{path.name!r} names no file") from None
    folder: object = within  # a Path of a bundle, or None
    if isinstance(folder, os.PathLike) and _CONFINED:
        fd = _open_within(path, Path(folder))
    else:
        if isinstance(folder, os.PathLike):  # no dir_fd here: the real path, checked
            real, root = path.resolve(), Path(folder).resolve()
            if not real.is_relative_to(root):
                raise OSError(f"{path.name} links to {real}, outside {within}")
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise OSError(f"{path.name} {_not_regular(mode)}")
        fd = os.open(path, _READ)
    with os.fdopen(fd, "rb") as f:
        status = os.fstat(f.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise OSError(f"{path.name} {_not_regular(status.st_mode)}")
        if size is not None and status.st_size != size:
            raise OtherSize(status.st_size)
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
