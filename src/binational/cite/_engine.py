"""The citation engine: citeproc-py, fixed where it is wrong for our sources.

This module knows CSL-JSON and CSL styles, nothing of the domain model. It is imported
only when something is formatted, so ``import binational`` never loads citeproc.
tests/test_csl.py has a test class per fix below; tests/test_golden.py compares the
result with pandoc's citeproc, a second CSL processor.

citeproc-py is a real CSL processor but leaves parts of the CSL 1.0 specification
undone. What the corpus needs is fixed here, either around the engine (in the data it
is given, or in its output) or in it (subclasses of its element classes, bound to a
style through a private lxml class lookup, so citeproc-py itself is not patched for
other users in the same process). The fixes in it are in this module; those around it
(:func:`prepare`, :func:`_tidy`, :func:`_substitute_authors`, :func:`_engine_item`,
the formatters) in :mod:`binational.cite._render`, and the checks of a style
(:func:`_check`, :func:`_trial`) in :mod:`binational.cite._styles`:

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
import functools
import re
import unicodedata
from collections.abc import Collection, Sequence
from typing import Any, Final

from citeproc import model as _m
from citeproc.string import NoCase as _NoCase
from citeproc.string import String as _String

__all__ = ["FIXES", "UNSET", "unaccented"]


_NS: Final = "http://purl.org/net/xbiblio/csl"
_TEXT_TAG: Final = f"{{{_NS}}}text"
UNSET: Final = object()
"""The value of a cite's ``_first_names`` while :class:`_Names` is to record them."""


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

    def _variable(self, item: Any, context: Any) -> Any:
        text = super()._variable(item, context)
        rendered = getattr(context.get_layout(), "_substituted", None)
        if rendered is not None and text:
            rendered.append(self.get("variable"))
        return text


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
        if first and item.get("_first_names") is UNSET and text:
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
            item["_first_names"] = UNSET
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
    return tuple((_bare(unaccented(w)), _bare(w), w) for w in words)


def unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _bare(word: str) -> str:
    return re.sub(r"[^\w]|_", "", word)


class _StyleRoot(_m.Style):  # type: ignore[misc]
    """``cs:style`` that finds each macro once.

    The engine looks a macro up by XPath each time it renders or tests one (whether
    it calls a variable, for ``cs:group``), which was most of the time a bibliography
    took. The cache lives on the root, which :class:`~binational.cite._styles.Style` keeps alive.
    """

    def xpath_search(self, expression: str) -> Any:
        if not expression.startswith("cs:macro["):
            return super().xpath_search(expression)
        cache = self.__dict__.setdefault("_macros", {})
        if expression not in cache:
            cache[expression] = super().xpath_search(expression)
        return cache[expression]


FIXES: Final[dict[str, type]] = {
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
