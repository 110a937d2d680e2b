"""Exceptions raised by :mod:`binational`.

Every error the library raises on purpose is a :class:`BinationalError`. The two you
will meet are:

- :class:`DataError` (also a :class:`ValueError`): a data file is malformed, a quote
  does not match its seed text, or a reference does not resolve. It lists every problem
  found, each with the file and the path inside it.
- :class:`UnknownIdError` (also a :class:`LookupError`): an id, name, alias or seed
  number that names no object of the kind asked for. It suggests near matches, seeds
  and entities (actors, initiatives, places) first. Its subclass
  :class:`AmbiguousNameError` says that a name fits several objects and lists them, so
  ``except UnknownIdError`` catches both: either way the name does not pick one object.

Formatting citations can also raise :class:`UnknownStyleError` (a citation style that
is not known) and :class:`MissingDependencyError` (an optional dependency that is not
installed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

__all__ = [
    "MAX_SHOWN",
    "AmbiguousNameError",
    "BinationalError",
    "DataError",
    "MissingDependencyError",
    "Problem",
    "UnknownIdError",
    "UnknownStyleError",
    "shown",
]


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _shown(text: str) -> str:
    r"""``text`` with its control characters and line breaks escaped (``\n``, ``\x1b``).

    A file name or a value from the data then cannot start a line of its own, or send
    an escape sequence to the terminal, in a message.
    """
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


MAX_SHOWN = 80
"""The most characters of a value a message shows: a longer one is cut, with an ellipsis
(a 5 MB id given by mistake must not make a 5 MB message)."""


def shown(value: str, limit: int = MAX_SHOWN) -> str:
    """``repr(value)``, cut to about ``limit`` characters with an ellipsis if longer.

    >>> shown("x" * 200)[:6], len(shown("x" * 200))
    ("'xxxxx", 83)
    >>> shown("Mexico")
    "'Mexico'"
    """
    return repr(value) if len(value) <= limit else repr(value[:limit]) + "…"


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
    """No object of ``kind`` has the id, name or alias ``id``.

    ``suggestions`` holds the closest known ids, best first (possibly empty): seeds and
    entities (actors, initiatives, places) before other objects and citation records.
    ``hint`` (optional) ends the message with what to do instead. The message shows at
    most :data:`~binational.exceptions.MAX_SHOWN` characters of ``id``.
    """

    kind: str
    id: str
    suggestions: tuple[str, ...]

    def __init__(
        self, kind: str, id: str, suggestions: Sequence[str] = (), *, hint: str | None = None
    ) -> None:
        self.kind = kind
        self.id = id
        self.suggestions = tuple(suggestions)
        msg = f"no {kind} with id, name or alias {shown(id)}"
        if self.suggestions:
            msg += "; did you mean " + ", ".join(shown(s) for s in self.suggestions) + "?"
        if hint:
            msg += f"; {hint}"
        super().__init__(msg)

    def __str__(self) -> str:
        # LookupError would repr() a single argument; show the message as written.
        return str(self.args[0])


class AmbiguousNameError(UnknownIdError):
    """A name (or alias, or seed number) fits several objects: give one of their ids.

    A subclass of :class:`UnknownIdError`, so code that catches that error for a name
    that picks no object catches this one too; ``suggestions`` holds the ids of the
    objects the name fits, in corpus order, and ``candidates`` each id with the kind
    and name of its object.

    >>> e = AmbiguousNameError("object", "guard", [("a-guard", "actor", "Guard"),
    ...     ("b-guard", "place", "Guard")])
    >>> print(e)  # doctest: +NORMALIZE_WHITESPACE
    'guard' names 2 objects: 'a-guard' (actor, Guard), 'b-guard' (place, Guard); give
    the id of the one you mean
    >>> e.suggestions
    ('a-guard', 'b-guard')
    """

    candidates: tuple[tuple[str, str, str], ...]

    def __init__(self, kind: str, id: str, candidates: Sequence[tuple[str, str, str]]) -> None:
        self.kind = kind
        self.id = id
        self.candidates = tuple(candidates)
        self.suggestions = tuple(c[0] for c in self.candidates)
        listed = ", ".join(
            f"{shown(i)} ({k}, {n if len(n) <= 60 else n[:60] + '…'})"
            for i, k, n in self.candidates[:10]
        )
        more = f" and {len(self.candidates) - 10} more" if len(self.candidates) > 10 else ""
        plural = kind if kind.endswith("s") else f"{kind}s"
        LookupError.__init__(
            self,
            f"{shown(id)} names {len(self.candidates)} {plural}: {listed}{more}; "
            "give the id of the one you mean",
        )


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
