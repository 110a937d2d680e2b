"""Files of the installed package, read with :mod:`os` (no :mod:`pathlib`).

Importing :mod:`pathlib` costs a tenth of a load, and :mod:`importlib.resources` more;
the packaged data, installed as files, needs neither.
"""

from __future__ import annotations

import os
import typing
from collections.abc import Iterator
from typing import Any

__all__ = ["OsPath", "checkout_seeds", "package_folder"]


class OsPath:
    """A file or folder, as an ``importlib.resources`` Traversable, read with :mod:`os`."""

    __slots__ = ("_path",)

    def __init__(self, path: str) -> None:
        self._path = path

    @property
    def name(self) -> str:
        """The last component of the path."""
        return os.path.basename(self._path)

    def __fspath__(self) -> str:
        return self._path

    def __str__(self) -> str:
        return self._path

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._path!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OsPath) and other._path == self._path

    def __hash__(self) -> int:
        return hash(self._path)

    def __lt__(self, other: OsPath) -> bool:
        return self._path < other._path

    def __truediv__(self, child: str) -> OsPath:
        return OsPath(os.path.join(self._path, child))

    def joinpath(self, *descendants: str) -> OsPath:
        """The path with ``descendants`` appended."""
        return OsPath(os.path.join(self._path, *descendants))

    def iterdir(self) -> Iterator[OsPath]:
        """The entries of the folder, by name."""
        return (self / name for name in sorted(os.listdir(self._path)))

    def is_dir(self) -> bool:
        """Whether the path is a folder."""
        return os.path.isdir(self._path)

    def is_file(self) -> bool:
        """Whether the path is a regular file."""
        return os.path.isfile(self._path)

    def open(self, mode: str = "r", *args: Any, **kwargs: Any) -> typing.IO[Any]:
        """The file, opened as :func:`open` opens it."""
        return open(self._path, mode, *args, **kwargs)

    def read_bytes(self) -> bytes:
        """The file's bytes."""
        with open(self._path, "rb") as f:
            return f.read()

    def read_text(self, encoding: str | None = None) -> str:
        """The file's text."""
        with open(self._path, encoding=encoding) as f:
            return f.read()


def package_folder() -> OsPath | None:
    """The package's folder, if it is installed as files with its data."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return OsPath(here) if os.path.isdir(os.path.join(here, "data")) else None


def checkout_seeds() -> OsPath:
    """Where the seed texts are in a checkout (``seeds/`` beside ``src/``)."""
    src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
    return OsPath(os.path.join(os.path.dirname(src), "seeds"))
