"""Exceptions raised by :mod:`binational`.

Every error the library raises on purpose is a :class:`BinationalError`. The two you
will meet are:

- :class:`DataError` (also a :class:`ValueError`): a data file is malformed, a quote
  does not match its seed text, or a reference does not resolve. It lists every problem
  found, each with the file and the path inside it.
- :class:`UnknownIdError` (also a :class:`LookupError`): an id or alias that names no
  object of the kind asked for. It suggests near matches.

Formatting citations can also raise :class:`UnknownStyleError` (a citation style that
is not known) and :class:`MissingDependencyError` (an optional dependency that is not
installed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

__all__ = [
    "BinationalError",
    "DataError",
    "MissingDependencyError",
    "Problem",
    "UnknownIdError",
    "UnknownStyleError",
]


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _shown(text: str) -> str:
    r"""``text`` with its control characters and line breaks escaped (``\n``, ``\x1b``).

    A file name or a value from the data then cannot start a line of its own, or send
    an escape sequence to the terminal, in a message.
    """
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class BinationalError(Exception):
    """Base class of every error this library raises on purpose."""


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with one place in one data file."""

    file: str
    """Name of the data file (or seed text) the problem is in."""
    path: str
    """JSONPath-like location inside the file, e.g. ``$.recommendations[3].addressees[0]``."""
    message: str
    """What is wrong, in words."""

    def __str__(self) -> str:
        return _shown(f"{self.file}: {self.path}: {self.message}")


class DataError(BinationalError, ValueError):
    """The packaged (or given) data cannot be turned into a valid corpus.

    Raised by :func:`binational.load` and :func:`binational.load_from`; no corpus is
    returned. :attr:`problems` lists every problem found, not only the first.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        files = sorted({p.file for p in self.problems})
        head = (
            f"{len(self.problems)} problem(s) in {_shown(', '.join(files))}"
            if self.problems
            else "invalid data"
        )
        lines = [head, *(f"  - {p}" for p in self.problems[:50])]
        if len(self.problems) > 50:
            lines.append(f"  ... and {len(self.problems) - 50} more")
        super().__init__("\n".join(lines))

    @property
    def files(self) -> tuple[str, ...]:
        """The data files that have problems, sorted."""
        return tuple(sorted({p.file for p in self.problems}))


class UnknownIdError(BinationalError, LookupError):
    """No object of ``kind`` has the id (or alias) ``id``.

    ``suggestions`` holds the closest known ids, best first (possibly empty).
    """

    kind: str
    id: str
    suggestions: tuple[str, ...]

    def __init__(self, kind: str, id: str, suggestions: Sequence[str] = ()) -> None:
        self.kind = kind
        self.id = id
        self.suggestions = tuple(suggestions)
        msg = f"no {kind} with id or alias {id!r}"
        if self.suggestions:
            msg += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(msg)

    def __str__(self) -> str:
        # LookupError would repr() a single argument; show the message as written.
        return str(self.args[0])


class UnknownStyleError(BinationalError, LookupError):
    """No CSL style has the name ``style``, or the file ``style`` is not a CSL style.

    A style is named as in the CSL styles repository (``"apa"``,
    ``"chicago-author-date"``, ``"modern-language-association"``...) or given as the
    path of a ``.csl`` file. ``suggestions`` holds the closest style names, best first
    (possibly empty); ``reason`` says what is wrong with a file.
    """

    style: str
    suggestions: tuple[str, ...]
    reason: str | None

    def __init__(
        self, style: str, suggestions: Sequence[str] = (), *, reason: str | None = None
    ) -> None:
        self.style = style
        self.suggestions = tuple(suggestions)
        self.reason = reason
        msg = f"unknown citation style {style!r}"
        if reason:
            msg += f": {reason}"
        if self.suggestions:
            msg += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(msg)

    def __str__(self) -> str:
        return str(self.args[0])


class MissingDependencyError(BinationalError, ImportError):
    """An optional dependency needed for what was asked is not installed.

    ``package`` names the distribution to install (e.g. ``networkx``), ``extra`` the
    extra of binational that installs it, if there is one (``pip install
    "binational[cite]"``).
    """

    package: str
    extra: str | None

    def __init__(self, package: str, *, needed_for: str, extra: str | None = None) -> None:
        self.package = package
        self.extra = extra
        how = f'pip install "binational[{extra}]"' if extra else f"pip install {package}"
        super().__init__(f"{needed_for} needs {package}, which is not installed ({how})")
