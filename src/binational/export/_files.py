"""Files written whole or not at all, never through a symbolic link; CSV without formulas.

Every file the library writes goes through :func:`write_files`: each is written to a
temporary file beside its destination and renamed into place (:func:`os.replace`) only
once all of them are written, so a failure or a kill mid-write leaves the old files (or
none) and no temporary file behind. A destination that is a symbolic link is refused
rather than followed, so a write never lands outside the place named, unless the caller
asks to follow links (``follow_symlinks=True``): then the file the link points to is
replaced, atomically, and the link is kept.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as a formula; :func:`to_csv` writes such a text cell with a leading ``'``
(OWASP's rule against CSV injection) unless asked to keep it raw.
"""

from __future__ import annotations

import csv
import io
import os
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Literal

__all__ = ["FORMULA_START", "to_csv", "write_csv", "write_files", "write_text"]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula (OWASP)."""

Writer = Callable[[IO[bytes]], object]
"""Writes the content of one file to a binary stream."""


def _check_formulas(formulas: object) -> Literal["neutralise", "keep"]:
    if formulas == "neutralise":
        return "neutralise"
    if formulas == "keep":
        return "keep"
    raise ValueError(f"formulas must be 'neutralise' or 'keep', not {formulas!r}")


def _cell(value: object) -> object:
    """A text cell a spreadsheet would run, with a leading ``'``; anything else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(
    stream: IO[str],
    rows: Iterable[Mapping[str, object]],
    columns: Sequence[str],
    *,
    formulas: Literal["neutralise", "keep"] = "neutralise",
    lineterminator: str = "\r\n",
) -> None:
    """Write ``rows`` to ``stream`` as CSV with a header of ``columns``.

    Text cells that start as a formula are neutralised (see :func:`to_csv`) unless
    ``formulas="keep"``; numbers are never touched.
    """
    keep = _check_formulas(formulas) == "keep"
    names = list(columns)
    writer = csv.writer(stream, lineterminator=lineterminator)
    writer.writerow(names)
    start = FORMULA_START
    for r in rows:
        values = [r.get(c) for c in names]
        if not keep:
            values = ["'" + v if isinstance(v, str) and v.startswith(start) else v for v in values]
        writer.writerow(values)


def to_csv(
    rows: Sequence[Mapping[str, object]],
    columns: Sequence[str] | None = None,
    *,
    formulas: Literal["neutralise", "keep"] = "neutralise",
) -> str:
    """Rows as CSV text, a header first (the columns of every row, in order, by default).

    A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return is written with a leading ``'``, so a spreadsheet shows it rather than
    running it; ``formulas="keep"`` writes it raw. Numbers are numbers, never touched.

    >>> print(to_csv([{"name": "=1+1", "value": -3}]), end="")
    name,value
    '=1+1,-3
    >>> print(to_csv([{"name": "=1+1", "value": -3}], formulas="keep"), end="")
    name,value
    =1+1,-3
    """
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise TypeError(f"to_csv() takes rows, a sequence of mappings, not {type(rows).__name__}")
    rows = list(rows)
    for r in rows:
        if not isinstance(r, Mapping):
            raise TypeError(
                f"to_csv() takes rows, a sequence of mappings, holding {type(r).__name__}"
            )
    if columns is not None and (
        isinstance(columns, str | bytes) or not isinstance(columns, Iterable)
    ):
        raise TypeError(f"to_csv() takes columns, a sequence of str, not {type(columns).__name__}")
    if columns is not None:
        columns = list(columns)
        for c in columns:
            if not isinstance(c, str):
                raise TypeError(
                    f"to_csv() takes columns, a sequence of str, holding {type(c).__name__}"
                )
    if columns is None:
        columns = list(dict.fromkeys(k for r in rows for k in r))
    buf = io.StringIO()
    write_csv(buf, rows, columns, formulas=formulas, lineterminator="\n")
    return buf.getvalue()


def _refuse_link(path: Path) -> None:
    if path.is_symlink():
        raise ValueError(
            f"{path} is a symbolic link: refusing to write through it (follow_symlinks=True, "
            "or --follow-symlinks on the command line, replaces the file it points to)"
        )
    if path.exists() and not path.is_file():
        raise ValueError(f"{path} exists and is not a file: refusing to replace it")


def _followed(path: Path) -> Path:
    """The file a symbolic link at ``path`` leads to (through every link), or ``path``."""
    return path.resolve() if path.is_symlink() else path


def write_files(files: Mapping[Path, Writer], *, follow_symlinks: bool = False) -> list[Path]:
    """Write every file, all or none: each to a temporary file beside it, then renamed.

    ``files`` maps each destination to a function writing its content to a binary
    stream. Destinations that are symbolic links (or folders) are refused before
    anything is written, unless ``follow_symlinks``: then a link's target is written
    (atomically, beside the target) and the link stays. If any writer fails, or the
    process is interrupted, the temporary files are removed and the destinations are as
    they were. Returns the destinations, in order, as given.
    """
    if not isinstance(follow_symlinks, bool):
        raise TypeError(f"follow_symlinks must be True or False, not {follow_symlinks!r:.40}")
    given = list(files)
    if follow_symlinks:
        files = {_followed(path): write for path, write in files.items()}
    for path in files:
        _refuse_link(path)
    temporaries: dict[Path, Path] = {}
    try:
        for path, write in files.items():
            temporary = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
            # O_EXCL: a fresh file, never an existing one or a link; mode 0o666 so that
            # the umask applies, as it would to a file opened the ordinary way.
            try:
                fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except OSError as e:  # named by the destination, not the temporary name
                reason = e.strerror
                if isinstance(e, FileNotFoundError) and not path.parent.is_dir():
                    reason = f"its folder {path.parent} does not exist"
                raise type(e)(e.errno, reason, str(path)) from None
            temporaries[path] = temporary  # only once it is ours to remove
            with os.fdopen(fd, "wb") as stream:
                write(stream)
        for path in files:
            _refuse_link(path)  # checked again: it may have become a link meanwhile
        for path, temporary in temporaries.items():
            temporary.replace(path)
    finally:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
    return given


def write_text(path: str | Path, text: str, *, follow_symlinks: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically, refusing a symbolic link there.

    With ``follow_symlinks``, a link at ``path`` is followed: the file it points to is
    replaced atomically and the link stays.
    """
    target = Path(path)
    write_files(
        {target: lambda stream: stream.write(text.encode("utf-8"))},
        follow_symlinks=follow_symlinks,
    )
    return target
