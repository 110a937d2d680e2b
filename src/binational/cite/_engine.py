"""citeproc-py's CSL elements, fixed where they depart from the CSL 1.0.2 specification.

This module knows CSL, nothing of the domain model, and of house policy only what no
CSL style can express (listed below): the package's own styles
(``binational/cite/styles``, found by :mod:`binational.cite._styles`) carry the policy
that CSL can express, and any other style is followed to the letter. The fixes are
subclasses of citeproc-py's element classes, bound to a style through a private lxml
class lookup (:data:`FIXES`), so that citeproc-py itself is not patched for other
users in the same process. The fixes made around the engine (in the data it is given,
or in its output) are in :mod:`binational.cite._render`. tests/test_csl.py has a test
class per fix; tests/test_golden.py compares the whole with pandoc's citeproc, a
second processor.

Fixes of CSL behaviour (the section of the CSL 1.0.2 specification in brackets):

- ``disambiguate="true"`` is tested [Choose; Disambiguation, method 3]: :class:`_If`.
- ``is-numeric="locator"`` tests the cite's locator, and ``locator="sub-verbo"``
  matches the "sub verbo" label [Choose]: :class:`_If`.
- Substituted variables are suppressed in the rest of the entry, also those a macro
  rendered [Substitute]: :class:`_Substitute`, :class:`_Text`.
- A label of an empty variable is not rendered [Label]: :class:`_Label`.
- ``initialize="false"`` keeps given names in full, and only existing initials take
  ``initialize-with`` [Name, ``initialize``]: :class:`_Name`.
- Cites without ``cs:sort`` keep the order given; sort keys compare without case
  [Sorting]: :class:`_Layout`, :class:`_Key`.
- Title case: each part of a hyphenated word is a word, "v." is a stop word [Title
  Case Conversion, and the stop words of the CSL schema]: :class:`_Text`.
- Quotation marks inside quoted text become inner ones [Quotes; Appendix II,
  ``open-inner-quote``/``close-inner-quote``]: :class:`_Text` (as ‘ ’).
- The names each entry starts with are recorded for ``subsequent-author-substitute``
  [Reference Grouping]: :class:`_Names` (the substitution: ``_render``).
- The citation-item flags ``suppress-author`` and ``author-only`` (CSL's citation
  data, ``csl-citation.json``): :class:`_Names`, :class:`_Layout`.

Processor conventions where the specification is silent, made as pandoc's citeproc and
citeproc-js make them (not house policy: every processor has to choose):

- Sort keys compare without accents and punctuation, word by word, as the Unicode
  collation of those processors does: :class:`_Key`.
- Title case capitalises the first letter of a word that opens with a bracket or a
  quotation mark ("[Congressional"): :class:`_Text`.

House policy that CSL XML cannot express, kept here on purpose (CSL has no way to
change its stop words):

- Title case also leaves name particles ("de", "von", "van", "d’"), "about" and single
  letters in lower case (:attr:`_Text._stop_words`), as pandoc and citeproc-js do. The
  seeds cite Spanish titles, which CSL leaves alone when an item's ``language`` says
  so (Non-English Items); the model records no language.

Speed only, the output unchanged: :class:`_StyleRoot` (each macro found once),
:meth:`_Text.calls_variable` (kept per macro), :class:`_Sort` (a key rendered only for
items still tied), :class:`_Layout` (a citation of one cite is not sorted).

Not done (the engine's own behaviour is kept): name disambiguation by adding given
names or more names (Disambiguation, methods 1 and 2: a collision falls through to
year suffixes), citation collapsing (``collapse="year"``), and
``subsequent-author-substitute-rule`` other than ``complete-all``.
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
    """``cs:if`` that also tests ``disambiguate`` (CSL 1.0.2, Choose; Disambiguation).

    ``disambiguate`` is set per cite by :func:`~binational.cite._render.prepare`.

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

    CSL 1.0.2, Substitute: a variable rendered in a substitute is suppressed in the
    rest of the entry, also when a macro rendered it (:meth:`_variable`, with
    :class:`_Substitute`).

    Title case (CSL 1.0.2, Title Case Conversion) treats each part of a hyphenated
    compound as a word ("Full-Year", "Out-of-the-Way") and "v." as a stop word, as the
    specification and its stop-word list say; and, as pandoc and citeproc-js do where
    the specification is silent, capitalises the first letter of a word that opens
    with punctuation ("[Congressional", "(Parenthetical)"). The engine did neither.

    Quotation marks inside quoted text become the inner ones (CSL 1.0.2, Quotes; the
    ``open-inner-quote`` term): “‘Nothing but Bones’: 30 Years”.
    """

    # House policy, which no CSL style can express (CSL has no setting for its stop
    # words): name particles ("de", "von", "van", "d’"), "about" and single letters
    # stay lower case, as in pandoc and citeproc-js, because the seeds cite Spanish
    # titles and the model records no ``language`` that would exempt them. "v." (and
    # "v", the same word bared of its period) is a stop word of the CSL schema.
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
    """``cs:substitute`` that suppresses every variable its output rendered.

    CSL 1.0.2, Substitute: "Substituted variables are suppressed in the rest of the
    output"; the engine suppressed a substitute only when it was itself a variable,
    not one rendered through a macro (APA's and MLA's title for an authorless work was
    printed twice).
    """

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
    """``cs:label`` that renders nothing when its variable is empty.

    CSL 1.0.2, Label: "The term is only rendered if the selected variable is
    non-empty" (Chicago printed "Edition." for blog posts).
    """

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
    """``cs:name`` that honours ``initialize="false"`` (CSL 1.0.2, Name, ``initialize``).

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

    CSL 1.0.2, Reference Grouping: ``subsequent-author-substitute`` replaces the names
    of the first ``cs:names`` rendered; ``_render`` compares them entry to entry.

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
    title in quotation marks after every other. CSL 1.0.2 (Sorting) says "Sorting is
    case-insensitive" and leaves the rest of collation to the processor; the Unicode
    collation pandoc and citeproc-js use also ignores accents and punctuation. Keys are
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
