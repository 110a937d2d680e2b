"""The one cattrs converter, configured in one place.

Rules of :func:`make_converter` (every data file is structured through it):

1. Unknown keys are errors (``forbid_extra_keys``).
2. No coercion: a ``str`` field takes only a JSON string (holding no lone surrogate,
   which JSON can escape but no output can print), an ``int`` only a JSON
   integer (not ``true``, not ``"3"``, not ``3.0``), a ``float`` a finite JSON number
   (not ``NaN``, ``Infinity`` or ``1e999``, which Python's JSON parser accepts), a
   ``bool`` only ``true``/``false``. Enums take only one of their values.
   An exact number (a :class:`~decimal.Decimal` field: a figure's ``value`` and
   ``value_max``) is a JSON integer when it is whole (``300000``) and otherwise a JSON
   string holding the numeral as printed (``"8.3"``, ``"-2.5"``): never a JSON number
   with a fraction or an exponent, which a JSON reader makes a binary float (``8.3``
   is read as 8.2999999999999998…, and 8.3 × 10⁹ as 8300000000.000001), and never a
   string holding a whole number, which has one form, the integer. Written back, an
   exact number takes the same form (:func:`exact_json`).
3. Tuples come from JSON arrays only (a string is not a tuple of characters); records
   come from JSON objects only, and anything else is named ("expected an object with
   key 'actors', got null").
4. Creators are a tagged union: ``{"type": "person", ...}`` or
   ``{"type": "organization", ...}``.
5. A :class:`~binational.Quote` is written ``{"text", "start", "end"}`` and is checked,
   while structuring, against the seed text of the file being read
   (:func:`quote_context`); the seed id and the section heading are filled in.
6. With ``detailed_validation`` (the default), every error is collected, with where it
   is, and :func:`error_lines` turns them into ``msg @ $.path`` lines. Without it, the
   first error stops structuring and says neither where it is nor what else is wrong:
   the loader structures each file so, which is faster, and structures a file again with
   detailed validation only when that fails. Both are made here, with the same hooks,
   so both take and refuse the same data.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import math
import re
import reprlib
import typing
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from decimal import Decimal
from typing import Any

import attrs

from binational.model import Creator, Organization, Person, Quote

if typing.TYPE_CHECKING:
    import cattrs

__all__ = [
    "QuoteContext",
    "error_lines",
    "exact_json",
    "json_type",
    "make_converter",
    "quote_context",
]


class InvalidValueError(ValueError):
    """A value rejected by one of our hooks; its message is shown as written."""


class QuoteContext:
    """The seed text that quotes being structured must match.

    A passage quoted by several objects (half the quotes of the packaged data) is
    checked once and made into one :class:`~binational.Quote`, which they share
    (:attr:`quotes`).
    """

    __slots__ = ("quotes", "section_starts", "section_titles", "source", "text")

    def __init__(
        self,
        *,
        source: str,
        text: str,
        section_starts: tuple[int, ...],
        section_titles: tuple[str, ...],
    ) -> None:
        self.source = source
        self.text = text
        self.section_starts = section_starts
        self.section_titles = section_titles
        self.quotes: dict[tuple[int, int], Quote] = {}
        """The quotes made so far, by their offsets."""

    def section_at(self, offset: int) -> str | None:
        """Heading of the section containing ``offset``."""
        i = bisect.bisect_right(self.section_starts, offset) - 1
        return self.section_titles[i] if i >= 0 else None


_CONTEXT: ContextVar[QuoteContext | None] = ContextVar("binational_quotes", default=None)


@contextlib.contextmanager
def quote_context(ctx: QuoteContext) -> Iterator[None]:
    """Structure quotes against ``ctx`` inside the ``with`` block."""
    token = _CONTEXT.set(ctx)
    try:
        yield
    finally:
        _CONTEXT.reset(token)


def _shorten(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def json_type(val: object) -> str:
    """The JSON name of the type of a parsed value (``"object"``, ``"null"``...)."""
    return {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
        type(None): "null",
    }.get(type(val), type(val).__name__)


def _shown(val: object) -> str:
    """``val`` as a short repr for a message, however long or deeply nested it is."""
    return _REPR.repr(val)


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = 3, 60, 60


def _strict_str(val: object, _: type) -> str:
    if not isinstance(val, str):
        raise InvalidValueError(f"expected a string, got {json_type(val)} {_shown(val)}")
    if not val.isascii():
        try:
            val.encode("utf-8")
        except UnicodeEncodeError as e:
            raise InvalidValueError(
                f"a string cannot hold U+{ord(val[e.start]):04X} (a lone surrogate), found at "
                f"character {e.start}: a surrogate is half of a UTF-16 pair, not a character"
            ) from None
    return val


def _strict_int(val: object, _: type) -> int:
    if type(val) is not int:
        raise InvalidValueError(f"expected an integer, got {json_type(val)} {_shown(val)}")
    return val


def _strict_float(val: object, _: type) -> float:
    if type(val) not in (int, float):
        raise InvalidValueError(f"expected a number, got {json_type(val)} {_shown(val)}")
    try:
        number = float(typing.cast("float", val))
    except OverflowError:  # an integer literal such as 1 followed by 400 zeros
        raise InvalidValueError(
            "expected a finite number, got an integer too large to be a number (over 1.8e308)"
        ) from None
    if not math.isfinite(number):
        raise InvalidValueError(
            f"expected a finite number, got {_NON_FINITE.get(str(number), number)}"
            " (JSON has no NaN or Infinity; a literal such as 1e999 overflows to Infinity)"
        )
    return number


_NON_FINITE = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}


_NUMERAL = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")
"""A decimal numeral with a fraction part, as an exact number is written in a string."""


def _exact(val: object, _: type) -> Decimal:
    if type(val) is int:
        return Decimal(val)
    if type(val) is float:
        raise InvalidValueError(
            f"expected an exact number, got number {_shown(val)}: a number with a fraction or "
            "an exponent is read as a binary float, which is not exact; write it as a string "
            f'holding the numeral as printed, e.g. "{_shown(val)}" (a whole number as an '
            "integer)"
            if math.isfinite(val)
            else f"expected an exact number, got {_NON_FINITE.get(str(val), val)} (JSON has no "
            "NaN or Infinity; a literal such as 1e999 overflows to Infinity)"
        )
    if not isinstance(val, str):
        raise InvalidValueError(
            f'expected an exact number (an integer, or a string such as "8.3"), got '
            f"{json_type(val)} {_shown(val)}"
        )
    if not _NUMERAL.fullmatch(val):
        whole = re.fullmatch(r"-?(?:0|[1-9][0-9]*)", val) is not None
        raise InvalidValueError(
            f"a whole number is written as a JSON integer, not as the string {_shown(val)}"
            if whole
            else f'expected a decimal numeral such as "8.3" or "-2.5" (digits, a point, '
            f"digits; no exponent, sign + or spaces), got {_shown(val)}"
        )
    return Decimal(val)


def exact_json(value: Decimal) -> int | str:
    """An exact number as JSON holds it: a whole one as an integer, else its numeral.

    The form the converter reads (rule 2 of :func:`make_converter`), so a number
    written and read back is equal to itself.

    >>> exact_json(Decimal("300000")), exact_json(Decimal("8.3"))
    (300000, '8.3')
    """
    if not value.is_finite():
        raise ValueError(f"not an exact number: {value}")
    return int(value) if typing.cast("int", value.as_tuple().exponent) >= 0 else format(value, "f")


def _strict_bool(val: object, _: type) -> bool:
    if not isinstance(val, bool):
        raise InvalidValueError(f"expected true or false, got {json_type(val)} {_shown(val)}")
    return val


def _structure_quote(val: object, _: type) -> Quote:
    if not isinstance(val, dict):
        raise InvalidValueError(f"a quote must be an object, got {json_type(val)}")
    if val.keys() != _QUOTE_KEYS:
        keys = set(val)
        missing = sorted(_QUOTE_KEYS - keys)
        extra = sorted(keys - _QUOTE_KEYS)
        what = []
        if missing:
            what.append("missing " + ", ".join(missing))
        if extra:
            what.append("unknown " + ", ".join(extra))
        raise InvalidValueError("a quote has keys text, start, end: " + "; ".join(what))
    text = _strict_str(val["text"], str)
    start = _strict_int(val["start"], int)
    end = _strict_int(val["end"], int)
    ctx = _CONTEXT.get()
    if ctx is None:
        raise InvalidValueError("a quote can only appear in a seed file")
    known = ctx.quotes.get((start, end))
    if known is not None and known.text == text:  # a passage quoted before, checked then
        return known
    if not 0 <= start < end <= len(ctx.text):
        raise InvalidValueError(
            f"quote offsets [{start}:{end}] are outside the seed text "
            f"(length {len(ctx.text)}) or empty"
        )
    found = ctx.text[start:end]
    if found != text:
        msg = (
            f"quote does not match the seed text at [{start}:{end}]: "
            f"data has {_shorten(text)!r}, text has {_shorten(found)!r}"
        )
        if _shorten(text) == _shorten(found) or _nfc(text) == _nfc(found):
            msg += "; " + _first_difference(text, found)
        at = ctx.text.find(text)
        if at >= 0:
            msg += f" (the quote occurs at [{at}:{at + len(text)}])"
        raise InvalidValueError(msg)
    if (problem := grapheme_problem(ctx.text, start, end)) is not None:
        raise InvalidValueError(problem)
    quote = Quote(source=ctx.source, start=start, end=end, text=text, section=ctx.section_at(start))
    ctx.quotes[start, end] = quote
    return quote


_JOINS_BEFORE = frozenset("\u200d")  # ZERO WIDTH JOINER: the next character joins it


def _extends(c: str) -> bool:
    """Whether ``c`` belongs to the character before it: no boundary before it.

    A combining mark, a variation selector, a skin-tone modifier, a zero width joiner.
    """
    o = ord(c)
    return (
        unicodedata.category(c) in ("Mn", "Mc", "Me")
        or c in _JOINS_BEFORE
        or 0xFE00 <= o <= 0xFE0F
        or 0x1F3FB <= o <= 0x1F3FF
        or 0xE0100 <= o <= 0xE01EF
    )


def _boundary(text: str, i: int) -> bool:
    """Whether offset ``i`` of ``text`` lies between two user-perceived characters."""
    if i <= 0 or i >= len(text):
        return True
    before, after = text[i - 1], text[i]
    if before == "\r" and after == "\n":
        return False
    if before in _JOINS_BEFORE:
        return False
    if "\udc00" <= after <= "\udfff" and "\ud800" <= before <= "\udbff":
        return False
    return not _extends(after)


def grapheme_problem(text: str, start: int, end: int) -> str | None:
    """Why the quote ``text[start:end]`` does not start and end on character boundaries.

    A quote that ends between a letter and its combining accent (``e`` of ``e\u0301``),
    or starts on the accent, would show another character than the text has.

    >>> print(grapheme_problem("cafe\u0301 noir", 0, 4)[:44])
    quote ends at 4, inside a character: 'e' and
    >>> grapheme_problem("cafe\u0301 noir", 0, 5) is None
    True
    """
    for at, side in ((start, "starts"), (end, "ends")):
        if not _boundary(text, at):
            after = text[at]
            name = unicodedata.name(after, f"U+{ord(after):04X}")
            return (
                f"quote {side} at {at}, inside a character: {text[at - 1]!r} and "
                f"U+{ord(after):04X} {name} after it are one character to a reader; "
                f"quote it whole"
            )
    return None


_QUOTE_KEYS = frozenset({"text", "start", "end"})


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _code_points(s: str) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in s)


def _cluster(s: str, i: int) -> str:
    """The character at ``i`` with the combining marks that follow it."""
    j = i + 1
    while j < len(s) and unicodedata.combining(s[j]):
        j += 1
    return s[i:j]


def _first_difference(data: str, text: str) -> str:
    """Where two strings that look alike first differ, as code points."""
    i = 0
    while i < min(len(data), len(text)) and data[i] == text[i]:
        i += 1
    while i > 0 and any(unicodedata.combining(s[i : i + 1] or " ") for s in (data, text)):
        i -= 1  # start at the base character the marks belong to
    a, b = _cluster(data, i) if i < len(data) else "", _cluster(text, i) if i < len(text) else ""
    how = " (the same text in another Unicode normalisation)" if _nfc(a) == _nfc(b) else ""
    return (
        f"first difference at character {i}: data has {_code_points(a) or 'nothing'}, "
        f"text has {_code_points(b) or 'nothing'}{how}"
    )


def _is_homogeneous_tuple(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook_factory(
    t: Any, converter: cattrs.Converter
) -> Callable[[object, type], tuple[Any, ...]]:
    from cattrs.errors import IterableValidationError, IterableValidationNote

    elem = typing.get_args(t)[0]
    # Resolve the element hook lazily: the element class may not be configured yet.
    hook = functools.cache(lambda: converter.get_structure_hook(elem))

    def structure(val: object, _: type) -> tuple[Any, ...]:
        if not isinstance(val, list):
            raise InvalidValueError(f"expected an array, got {json_type(val)}")
        if not converter.detailed_validation:
            item_hook = hook()
            return tuple([item_hook(item, elem) for item in val])
        out = []
        errors: list[Exception] = []
        for i, item in enumerate(val):
            try:
                out.append(hook()(item, elem))
            except Exception as e:  # noqa: BLE001 - collected and re-raised below
                e.add_note(IterableValidationNote(f"Structuring {t} @ index {i}", i, elem))
                errors.append(e)
        if errors:
            raise IterableValidationError(f"While structuring {t!r}", errors, t)
        return tuple(out)

    return structure


def _is_record(t: Any) -> bool:
    return isinstance(t, type) and attrs.has(t) and t is not Quote


def _record_hook_factory(cls: type, converter: cattrs.Converter) -> Callable[[object, type], Any]:
    generated: Callable[[Any, Any], Any] = converter.gen_structure_attrs_fromdict(cls)
    required = [repr(f.name) for f in attrs.fields(cls) if f.default is attrs.NOTHING]
    keys = f" with key{'s' if len(required) > 1 else ''} {', '.join(required)}" if required else ""

    def structure(val: object, _: type) -> Any:
        if not isinstance(val, dict):
            raise InvalidValueError(f"expected an object{keys}, got {json_type(val)}")
        return generated(val, cls)

    return structure


def _full_quote_hook(texts: Mapping[str, str]) -> Callable[[object, type], Quote]:
    """Structure a quote written whole (as the corpus export writes it), checked."""
    keys = {"source", "start", "end", "text", "section"}

    def structure(val: object, _: type) -> Quote:
        if not isinstance(val, dict):
            raise InvalidValueError(f"a quote must be an object, got {json_type(val)}")
        if not {"source", "start", "end", "text"} <= set(val) <= keys:
            raise InvalidValueError(f"a quote has keys {', '.join(sorted(keys))}")
        source = _strict_str(val["source"], str)
        start = _strict_int(val["start"], int)
        end = _strict_int(val["end"], int)
        text = _strict_str(val["text"], str)
        section = val.get("section")
        if section is not None:
            section = _strict_str(section, str)
        if source not in texts:
            raise InvalidValueError(f"a quote of {source!r}, which has no text in the export")
        if texts[source][start:end] != text or not 0 <= start < end:
            raise InvalidValueError(
                f"quote does not match the text of {source!r} at [{start}:{end}]"
            )
        if (problem := grapheme_problem(texts[source], start, end)) is not None:
            raise InvalidValueError(problem)
        return Quote(source=source, start=start, end=end, text=text, section=section)

    return structure


def make_converter(
    *, detailed_validation: bool = True, texts: Mapping[str, str] | None = None
) -> cattrs.Converter:
    """The converter every data file is structured with.

    Its rules:

    1. unknown keys are errors;
    2. no coercion: ``str``, ``int``, ``float`` and ``bool`` take only that JSON type
       (no lone surrogate in a string, no ``true`` or ``"3"`` for an integer, no ``NaN``,
       ``Infinity`` or overflowing number), enums only one of their values; an exact
       number (``Decimal``) is a JSON integer if whole, else a string holding its
       numeral (``"8.3"``), never a float;
    3. tuples come from JSON arrays only, records from JSON objects only;
    4. creators are a union tagged by ``"type"`` (``person`` or ``organization``);
    5. quotes are ``{"text", "start", "end"}``, checked against the seed text of
       :func:`quote_context` as they are structured;
    6. ``detailed_validation`` collects every error with its path, for
       :func:`error_lines`; without it, structuring stops at the first error, unexplained
       (the loader's happy path, which then asks a detailed converter what is wrong).

    The module docstring says each rule in full. With ``texts`` (seed id → text),
    quotes are read whole, as the corpus export (:func:`binational.export.corpus_json`) writes
    them, each checked against its seed's text, instead of against the seed file being
    read (rule 5).
    """
    import cattrs
    from cattrs.strategies import configure_tagged_union

    c = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed_validation)
    c.register_structure_hook(str, _strict_str)
    c.register_structure_hook(int, _strict_int)
    c.register_structure_hook(float, _strict_float)
    c.register_structure_hook(bool, _strict_bool)
    c.register_structure_hook(Decimal, _exact)
    c.register_unstructure_hook(Decimal, exact_json)
    c.register_structure_hook_factory(_is_record, lambda t: _record_hook_factory(t, c))
    c.register_structure_hook(Quote, _structure_quote if texts is None else _full_quote_hook(texts))
    c.register_structure_hook_factory(_is_homogeneous_tuple, lambda t: _tuple_hook_factory(t, c))
    configure_tagged_union(
        Creator,
        c,
        tag_name="type",
        tag_generator={Person: "person", Organization: "organization"}.__getitem__,
    )
    return c


def _format(exc: BaseException, type: type | None) -> str:
    from cattrs.errors import ForbiddenExtraKeysError
    from cattrs.v import format_exception

    if isinstance(exc, InvalidValueError):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        keys = (k if k.isprintable() else repr(k) for k in sorted(exc.extra_fields))
        return "unknown key(s): " + ", ".join(keys)
    base = format_exception(exc, type)
    if isinstance(exc, ValueError | TypeError) and str(exc):
        return f"{base}: {exc}"
    return base


def error_lines(exc: BaseException) -> Sequence[tuple[str, str]]:
    """``(path, message)`` pairs for a structuring error, one per problem."""
    import cattrs
    from cattrs.errors import ClassValidationError, IterableValidationError

    if not isinstance(exc, ClassValidationError | IterableValidationError):
        return [("$", _format(exc, None))]
    out = []
    for line in cattrs.transform_error(exc, format_exception=_format):
        msg, _, path = line.rpartition(" @ ")
        out.append((path or "$", msg or line))
    return out
