"""The one cattrs converter, configured in one place.

Rules of :func:`make_converter` (every data file is structured through it):

1. Unknown keys are errors (``forbid_extra_keys``).
2. No coercion: a ``str`` field takes only a JSON string (holding no lone surrogate,
   which JSON can escape but no output can print), an ``int`` only a JSON
   integer (not ``true``, not ``"3"``, not ``3.0``), a ``float`` a finite JSON number
   (not ``NaN``, ``Infinity`` or ``1e999``, which Python's JSON parser accepts), a
   ``bool`` only ``true``/``false``. Enums take only one of their values.
3. Tuples come from JSON arrays only (a string is not a tuple of characters); records
   come from JSON objects only, and anything else is named ("expected an object with
   key 'actors', got null").
4. Creators are a tagged union: ``{"type": "person", ...}`` or
   ``{"type": "organization", ...}``.
5. A :class:`~binational.Quote` is written ``{"text", "start", "end"}`` and is checked,
   while structuring, against the seed text of the file being read
   (:func:`quote_context`); the seed id and the section heading are filled in.
6. Errors are collected (``detailed_validation``) and turned into ``msg @ $.path``
   lines by :func:`error_lines`.

:func:`fast_structure` applies the same rules to valid data without cattrs, through a
function written out as code for each class (:func:`record_source`). It accepts a
subset of what the converter accepts, building equal objects, and raises
:exc:`Fallback` at the first thing it does not take; the loader then runs the
converter on that file, for every error with its path. Valid data (every load of a
good corpus) never pays for detailed validation, and cattrs is imported only when an
error is to be reported.
"""

from __future__ import annotations

import bisect
import contextlib
import enum
import functools
import math
import reprlib
import sys
import types
import typing
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from typing import Any

import attrs

from binational.model._model import Creator, Organization, Person, Quote

if typing.TYPE_CHECKING:
    import cattrs

__all__ = [
    "Fallback",
    "QuoteContext",
    "error_lines",
    "fast_structure",
    "make_converter",
    "quote_context",
]


class InvalidValueError(ValueError):
    """A value rejected by one of our hooks; its message is shown as written."""


class QuoteContext:
    """The seed text that quotes being structured must match.

    ``quotes`` keeps the quotes the fast path has made, by offsets: a passage quoted
    by several objects (half the quotes of the packaged data) is checked and made once,
    and they share it. ``made`` holds the other objects it has made, by class, each
    after the objects inside it, so the loader need not walk them again.
    """

    __slots__ = ("made", "quotes", "section_starts", "section_titles", "source", "text")

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
        self.made: dict[type, list[Any]] = {}

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


def _json_type(val: object) -> str:
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
        raise InvalidValueError(f"expected a string, got {_json_type(val)} {_shown(val)}")
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
        raise InvalidValueError(f"expected an integer, got {_json_type(val)} {_shown(val)}")
    return val


def _strict_float(val: object, _: type) -> float:
    if type(val) not in (int, float):
        raise InvalidValueError(f"expected a number, got {_json_type(val)} {_shown(val)}")
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


def _strict_bool(val: object, _: type) -> bool:
    if not isinstance(val, bool):
        raise InvalidValueError(f"expected true or false, got {_json_type(val)} {_shown(val)}")
    return val


def _structure_quote(val: object, _: type) -> Quote:
    if not isinstance(val, dict):
        raise InvalidValueError(f"a quote must be an object, got {_json_type(val)}")
    keys = set(val)
    if keys != {"text", "start", "end"}:
        missing = sorted({"text", "start", "end"} - keys)
        extra = sorted(keys - {"text", "start", "end"})
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
    return Quote(source=ctx.source, start=start, end=end, text=text, section=ctx.section_at(start))


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
            raise InvalidValueError(f"expected an array, got {_json_type(val)}")
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
            raise InvalidValueError(f"expected an object{keys}, got {_json_type(val)}")
        return generated(val, cls)

    return structure


def _full_quote_hook(texts: Mapping[str, str]) -> Callable[[object, type], Quote]:
    """Structure a quote written whole (as the corpus export writes it), checked."""
    keys = {"source", "start", "end", "text", "section"}

    def structure(val: object, _: type) -> Quote:
        if not isinstance(val, dict):
            raise InvalidValueError(f"a quote must be an object, got {_json_type(val)}")
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
        return Quote(source=source, start=start, end=end, text=text, section=section)

    return structure


def make_converter(*, texts: Mapping[str, str] | None = None) -> cattrs.Converter:
    """The converter every data file is structured with (rules in the module docstring).

    With ``texts`` (seed id → text), quotes are read whole, as the corpus export
    (:func:`binational.corpus_json`) writes them, each checked against its seed's text,
    instead of against the seed file being read (rule 5).
    """
    import cattrs
    from cattrs.strategies import configure_tagged_union

    c = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    c.register_structure_hook(str, _strict_str)
    c.register_structure_hook(int, _strict_int)
    c.register_structure_hook(float, _strict_float)
    c.register_structure_hook(bool, _strict_bool)
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


# -- the fast path ---------------------------------------------------------------------


class Fallback(Exception):  # noqa: N818 - a signal, not an error shown to anyone
    """The fast path does not take this value: structure it with the converter."""


_Hook = Callable[[Any], Any]
_FAST: dict[Any, _Hook] = {}
"""Per type, its fast structuring function (planned on first use, kept)."""


def fast_structure(raw: Any, t: Any) -> Any:
    """``raw`` structured as ``t`` by the rules of :func:`make_converter`, or :exc:`Fallback`.

    Takes only JSON the converter takes, for the types of the data files, and builds
    equal objects. It does not describe what is wrong: on :exc:`Fallback`, structure
    the same value with the converter.
    """
    try:
        return _fast_hook(t)(raw)
    except Fallback:
        raise
    except Exception as e:  # an unknown key (KeyError), a constructor's refusal...
        raise Fallback from e


def _fast_hook(t: Any) -> _Hook:
    hook = _FAST.get(t)
    if hook is None:
        hook = _FAST[t] = _plan(t)
    return hook


def _fail() -> typing.NoReturn:
    raise Fallback


def _encodes(s: str) -> bool:
    """Whether ``s`` holds no lone surrogate (JSON can escape one; no output can print it)."""
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _fast_str(v: Any) -> str:
    if type(v) is str and (v.isascii() or _encodes(v)):
        return v
    _fail()


def _fast_int(v: Any) -> int:
    if type(v) is int:
        return v
    _fail()


def _fast_float(v: Any) -> float:
    if type(v) is float and math.isfinite(v):
        return v
    if type(v) is int:
        try:
            return float(v)
        except OverflowError:  # an int too large for a float
            _fail()
    _fail()


def _fast_bool(v: Any) -> bool:
    if type(v) is bool:
        return v
    _fail()


def _fast_quote(v: Any) -> Quote:
    if type(v) is not dict or len(v) != 3:
        _fail()
    text, start, end = v["text"], v["start"], v["end"]  # a missing key: KeyError, Fallback
    ctx = _CONTEXT.get()
    if ctx is None or type(text) is not str or type(start) is not int or type(end) is not int:
        _fail()
    made = ctx.quotes.get((start, end))
    if made is not None and made.text == text:  # the same passage, checked already
        return made
    if not 0 <= start < end <= len(ctx.text) or ctx.text[start:end] != text:
        _fail()
    section = ctx.section_at(start)
    if _QUOTE_SETTERS is None:
        quote = Quote(source=ctx.source, start=start, end=end, text=text, section=section)
    else:  # as Quote's __init__ does, for less (see _slot_setters)
        set_source, set_start, set_end, set_text, set_section = _QUOTE_SETTERS
        quote = object.__new__(Quote)
        set_source(quote, ctx.source)
        set_start(quote, start)
        set_end(quote, end)
        set_text(quote, text)
        set_section(quote, section)
    ctx.quotes[start, end] = quote
    return quote


def _plan(t: Any) -> _Hook:
    """The fast structuring function of type ``t``."""
    simple: dict[Any, _Hook] = {
        str: _fast_str,
        int: _fast_int,
        float: _fast_float,
        bool: _fast_bool,
        Quote: _fast_quote,
    }
    if t in simple:
        return simple[t]
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return _plan_enum(t)
    if _is_homogeneous_tuple(t):
        return _plan_tuple(typing.get_args(t)[0])
    args = typing.get_args(t)
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        if set(args) == {Person, Organization}:
            return _plan_creator()
        if len(args) == 2 and type(None) in args:
            return _plan_optional(next(a for a in args if a is not type(None)))
    if _is_record(t):
        return _plan_record(t)
    raise NotImplementedError(f"no fast structuring for {t!r}")


def _plan_enum(cls: type[enum.Enum]) -> _Hook:
    members = {m.value: m for m in cls}

    def structure(v: Any) -> Any:
        if type(v) is str:
            member = members.get(v)
            if member is not None:
                return member
        _fail()

    return structure


_STR = frozenset({str})


def _plan_tuple(elem: Any) -> _Hook:
    if elem is str:

        def strings(v: Any) -> tuple[str, ...]:
            if (
                type(v) is list
                and set(map(type, v)) <= _STR
                and (all(map(str.isascii, v)) or all(map(_encodes, v)))
            ):
                return tuple(v)
            _fail()

        return strings
    hook: _Hook | None = None  # resolved on first use: a record may contain itself

    def structure(v: Any) -> tuple[Any, ...]:
        nonlocal hook
        if type(v) is not list:
            _fail()
        h = hook = hook or _fast_hook(elem)
        return tuple([h(x) for x in v])

    return structure


def _plan_optional(inner: Any) -> _Hook:
    hook: _Hook | None = None

    def structure(v: Any) -> Any:
        nonlocal hook
        if v is None:
            return None
        h = hook = hook or _fast_hook(inner)
        return h(v)

    return structure


def _plan_creator() -> _Hook:
    def structure(v: Any) -> Creator:
        if type(v) is not dict:
            _fail()
        rest = dict(v)
        tag = rest.pop("type", None)
        if tag == "person":
            return typing.cast("Person", _fast_hook(Person)(rest))
        if tag == "organization":
            return typing.cast("Organization", _fast_hook(Organization)(rest))
        _fail()

    return structure


_TYPES: dict[tuple[str, str], Any] = {}
"""Annotations evaluated, by module and text: many fields share one."""


def field_types(cls: type) -> dict[str, Any]:
    """The type of each field of the attrs class ``cls``, its annotation evaluated.

    Like :func:`typing.get_type_hints`, but each distinct annotation of a module is
    evaluated once (``get_type_hints`` compiles every annotation of every class anew).
    """
    if any(f.inherited for f in attrs.fields(cls)):
        return typing.get_type_hints(cls)
    module = vars(sys.modules[cls.__module__])
    out: dict[str, Any] = {}
    for f in attrs.fields(cls):
        t = f.type
        if isinstance(t, str):
            key = (cls.__module__, t)
            if key not in _TYPES:
                _TYPES[key] = eval(t, module)  # noqa: S307 - our own annotations
            t = _TYPES[key]
        out[f.name] = t
    return out


class RecordSource(typing.NamedTuple):
    """The code of one class's fast structuring function, and what it refers to."""

    text: str
    """The source of a function ``structure(v)``."""
    namespace: dict[str, Any]
    """Its globals: the class, its fields' defaults, setters and enum values..."""
    late: list[tuple[str, Any]]
    """Names of its globals that are other types' hooks, with the types: resolved once
    this class's function is known (a record may contain itself)."""


def record_source(cls: type) -> RecordSource:
    """The fast structuring function of the attrs class ``cls``, written out as code.

    Like the functions attrs and cattrs generate: one straight run of statements per
    field (the common checks inline, other types through their own hook), then the
    object made (:func:`_construct`). The code of every class a load uses is compiled
    ahead into :mod:`binational.loader._fast_code` (``tools/fast_code.py``), so that a first
    load does not spend its time compiling.
    """
    types_ = field_types(cls)
    fields = attrs.fields(cls)
    ns: dict[str, Any] = {
        "_cls": cls,
        "_fail": _fail,
        "_encodes": _encodes,
        "_context": _CONTEXT,
        "_dict": dict,
        "_str": str,
        "_int": int,
        "_bool": bool,
        "_list": list,
        "_tuple": tuple,
        "_map": map,
    }
    lines = ["def structure(v):", "    if type(v) is not _dict:", "        _fail()"]
    required = sum(1 for f in fields if f.default is attrs.NOTHING)
    if required != len(fields):
        lines.append(f"    n = {required}")
    late: list[tuple[str, Any]] = []  # hooks of other types, resolved once this one is known
    for i, f in enumerate(fields):
        if not f.init or f.alias != f.name or f.converter is not None:
            raise NotImplementedError(f"no fast structuring for field {cls.__name__}.{f.name}")
        x = f"x{i}"
        check = _inline(types_[f.name], x, f"h{i}", ns, late)
        if f.default is attrs.NOTHING:  # missing: a KeyError, and so Fallback
            lines.append(f"    {x} = v[{f.name!r}]")
            lines += ["    " + line for line in check]
            continue
        default = f.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                raise NotImplementedError(f"no fast structuring for {cls.__name__}.{f.name}")
            ns[f"d{i}"] = default.factory
            made = f"d{i}()"
        else:
            ns[f"d{i}"] = default
            made = f"d{i}"
        lines += [f"    if {f.name!r} in v:", "        n += 1", f"        {x} = v[{f.name!r}]"]
        lines += ["        " + line for line in check]
        lines += ["    else:", f"        {x} = {made}"]
    count = "n" if required != len(fields) else str(required)
    lines += [
        f"    if len(v) != {count}:",  # a key that names no field
        "        _fail()",
        *_construct(cls, fields, ns),
        "    ctx = _context.get()",
        "    if ctx is not None:",
        "        made = ctx.made.get(_cls)",
        "        if made is None:",
        "            ctx.made[_cls] = [obj]",
        "        else:",
        "            made.append(obj)",
        "    return obj",
    ]
    return RecordSource("\n".join(lines) + "\n", ns, late)


def source_key(cls: type) -> str:
    """The name of ``cls``'s function in :mod:`binational.loader._fast_code`."""
    return f"{cls.__module__.rpartition('.')[2]}__{cls.__qualname__}"


def _plan_record(cls: type) -> _Hook:
    """The fast structuring function of ``cls``: compiled ahead if still current."""
    text, ns, late = record_source(cls)
    from binational.loader import _fast_code

    structure: _Hook
    key = source_key(cls)
    if _fast_code.SOURCES.get(key) == text:
        code = getattr(_fast_code, key).__code__
        structure = types.FunctionType(code, ns, "structure")
    else:  # the class changed since the module was written: compile its code now
        filename = f"<binational fast structure {cls.__qualname__}>"
        exec(compile(text, filename, "exec"), ns)  # noqa: S102 - our own code, from our own classes
        structure = ns["structure"]
    _FAST[cls] = structure  # before the fields' hooks: a record may contain itself
    for name, t in late:
        ns[name] = _fast_hook(t)
    return structure


def _construct(cls: type, fields: Sequence[attrs.Attribute[Any]], ns: dict[str, Any]) -> list[str]:
    """Statements that make ``obj``, an instance of ``cls`` from the values in ``x0``, ``x1``...

    attrs' ``__init__`` of a frozen class sets each field through ``object.__setattr__``.
    Where that is all it does (no validator, converter or ``__attrs_post_init__``), the
    fields' slots are set directly, which is cheaper and makes the same object.
    """
    setters = _slot_setters(cls)
    if setters is None:
        keywords = ", ".join(f"{f.name}=x{i}" for i, f in enumerate(fields))
        return [f"    obj = _cls({keywords})"]
    lines = ["    obj = _new(_cls)"]
    for i, setter in enumerate(setters):
        ns[f"s{i}"] = setter
        lines.append(f"    s{i}(obj, x{i})")
    ns["_new"] = object.__new__
    return lines


_Setter = Callable[[Any, Any], None]


def _slot_setters(cls: type) -> list[_Setter] | None:
    """The setters of the slots of ``cls``'s fields, in field order, if ``__init__`` only sets them.

    None where attrs' ``__init__`` does more: a validator, a converter, a pre- or
    post-init hook, a slot that is not a field (attrs' cached hash, say).
    """
    fields = attrs.fields(cls)
    every_slot = {s for k in cls.__mro__ for s in vars(k).get("__slots__", ())}
    if (
        hasattr(cls, "__attrs_pre_init__")
        or hasattr(cls, "__attrs_post_init__")
        or any(f.validator is not None or f.converter is not None for f in fields)
        or every_slot - {"__weakref__"} != {f.name for f in fields}
    ):
        return None
    setters = []
    for f in fields:
        d = next(vars(k)[f.name] for k in cls.__mro__ if f.name in vars(k))
        if type(d) is not types.MemberDescriptorType:
            return None
        setters.append(d.__set__)
    return setters


def _inline(
    t: Any, x: str, hook: str, ns: dict[str, Any], late: list[tuple[str, Any]]
) -> list[str]:
    """Statements that check (and convert) the value in variable ``x`` as type ``t``."""
    if t is str:
        return [f"if type({x}) is not _str or not ({x}.isascii() or _encodes({x})):", "    _fail()"]
    if t is int:
        return [f"if type({x}) is not _int:", "    _fail()"]
    if t is bool:
        return [f"if type({x}) is not _bool:", "    _fail()"]
    if isinstance(t, type) and issubclass(t, enum.Enum):
        ns[hook] = {m.value: m for m in t}
        return [
            f"{x} = {hook}.get({x}) if type({x}) is _str else None",
            f"if {x} is None:",
            "    _fail()",
        ]
    if _is_homogeneous_tuple(t):
        (elem,) = typing.get_args(t)[:1]
        if elem is str:
            return [
                f"if type({x}) is not _list:",
                "    _fail()",
                f"for e in {x}:",
                "    if type(e) is not _str or not (e.isascii() or _encodes(e)):",
                "        _fail()",
                f"{x} = _tuple({x})",
            ]
        late.append((hook, elem))
        return [f"if type({x}) is not _list:", "    _fail()", f"{x} = _tuple(_map({hook}, {x}))"]
    args = typing.get_args(t)
    if (
        typing.get_origin(t) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    ):
        inner = next(a for a in args if a is not type(None))
        return [f"if {x} is not None:"] + [
            "    " + line for line in _inline(inner, x, hook, ns, late)
        ]
    late.append((hook, t))
    return [f"{x} = {hook}({x})"]


_QUOTE_SETTERS = (
    _slot_setters(Quote)
    if [f.name for f in attrs.fields(Quote)] == ["source", "start", "end", "text", "section"]
    else None
)
