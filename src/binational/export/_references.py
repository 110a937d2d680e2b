"""Exports for reference managers: CSL-JSON, BibTeX (pybtex) and RIS (rispy).

Each export is made from the CSL-JSON record of :func:`binational.cite.csl_json`, so the
three say the same thing. pybtex and rispy are imported only when used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from binational.cite import CslItem, CslName, csl_json
from binational.exceptions import MissingDependencyError
from binational.model import Source

__all__ = ["to_bibtex", "to_csl_json", "to_ris"]


def _records(sources: Source | Iterable[Source], function: str) -> list[CslItem]:
    """The records of one source or several; a TypeError names ``function`` otherwise."""
    given: object = sources  # checked as the caller may pass anything
    if isinstance(given, Source):
        return [csl_json(given)]
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        raise TypeError(
            f"{function}() takes a Source or an iterable of Sources as sources, "
            f"not {type(given).__name__}"
        )
    listed = list(given)
    for s in listed:
        if not isinstance(s, Source):
            raise TypeError(
                f"{function}() takes Sources in sources, not {type(s).__name__} "
                "(corpus.sources[id] gives the source of an id)"
            )
    return csl_json(listed)


def _inferred(item: CslItem) -> bool:
    return item.get("custom", {}).get("issued-certainty") == "inferred"


_INFERRED_NOTE = "Date inferred from the text; the document prints none."


def to_csl_json(sources: Source | Iterable[Source]) -> str:
    """The CSL-JSON of sources, as a JSON array (Zotero, pandoc and citeproc read it).

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> print(bn.export.to_csl_json(corpus.sources["ohss-cbp-encounters"]))  # doctest: +ELLIPSIS
    [
      {
        "id": "ohss-cbp-encounters",
        "type": "webpage",
        "title": "CBP encounters",
        "author": [
          {
            "literal": "Office of Homeland Security Statistics"
          }
        ],
        "publisher": "U.S. Department of Homeland Security",
        "URL": "https://ohss.dhs.gov/khsm/cbp-encounters",
        "custom": {
          "role": "cited",
          "silent-on": [
            "issued"
          ]
        }
      }
    ]
    <BLANKLINE>
    """
    return json.dumps(_records(sources, "to_csl_json"), indent=2, ensure_ascii=False) + "\n"


# ------------------------------------------------------------------------ BibTeX

_BIBTEX_TYPES = {
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "book": "book",
    "chapter": "incollection",
    "dataset": "dataset",
    "legislation": "legislation",
    "post": "online",
    "post-weblog": "online",
    "report": "techreport",
    "webpage": "online",
}
"""CSL types with a BibTeX entry type of their own; the others are ``misc``.

``online``, ``dataset`` and ``legislation`` are biblatex's (BibTeX styles read an
unknown type as ``misc``); pandoc and Zotero read them back as web page, dataset and
statute."""

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
"""BibTeX's month macros, which every BibTeX style and reader knows (``month = may``)."""

_VERBATIM = frozenset({"date", "url", "urldate"})
"""BibTeX fields read verbatim (no LaTeX escapes)."""


_TEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    # Not \{: BibTeX counts every brace, escaped or not; and LaTeX decoders (pylatexenc,
    # bibtexparser's) drop \textbraceleft.
    "{": r"$\lbrace$",
    "}": r"$\rbrace$",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
"""LaTeX's special characters, as the commands that print them."""

_LIGATURES = re.compile(r"(?<=-)(?=-)|(?<=`)(?=`)|(?<=')(?=')|(?<=[?!])(?=`)|(?<=[,<>])(?=[,<>])")
"""Places between two characters that TeX would join into another (``--`` into "–")."""


def _tex(text: str) -> str:
    r"""Text as LaTeX that prints it: the one place BibTeX values are escaped.

    Every special character is a command (so a value cannot close its entry, open a
    group or run ``\input``), ligatures are broken with ``{}``, and whitespace
    (line breaks too) is one space, as TeX reads it.
    """
    escaped = "".join(_TEX_SPECIALS.get(c, c) for c in " ".join(text.split()))
    return _LIGATURES.sub("{}", escaped)


def _tex_pages(pages: str) -> str:
    """A page range as LaTeX: each part escaped as text, the parts joined by ``--``."""
    return "--".join(_tex(part) for part in re.split(r"\s*[-–]+\s*", pages))


_URL_UNSAFE = re.compile(r"[{}\\\s\x00-\x1f\x7f\"%]")
"""Characters a URL cannot carry into a BibTeX value as they are: braces (BibTeX counts
them), backslashes, whitespace, control characters, and ``%`` (so the encoding is
reversible)."""


def _bibtex_url(url: str) -> str:
    """A URL as BibTeX holds it verbatim: what could close the value percent-encoded.

    ``%`` itself is encoded only where it does not already start an escape, so a URL's
    existing escapes are kept as they are and the value reads back as the same address.
    """

    def encode(m: re.Match[str]) -> str:
        c = m.group()
        if c == "%" and re.match(r"%[0-9A-Fa-f]{2}", url[m.start() : m.start() + 3]):
            return c
        return "".join(f"%{b:02X}" for b in c.encode("utf-8"))

    return _URL_UNSAFE.sub(encode, url)


def _iso(parts: list[int]) -> str:
    return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(parts))


def _bibtex_person(name: CslName) -> Any:
    from pybtex.database import Person

    if "literal" in name:
        # Braces keep an organisation's name whole: one last name, no initials.
        return Person(last="{" + _tex(name["literal"]) + "}")
    particles = " ".join(
        p for p in (name.get("non-dropping-particle"), name.get("dropping-particle")) if p
    )
    return Person(
        first=_tex(name.get("given", "")),
        prelast=_tex(particles),
        last=_tex(name["family"]),
        lineage=_tex(name.get("suffix", "")),
    )


def _bibtex_fields(item: CslItem) -> dict[str, str]:
    kind = _BIBTEX_TYPES.get(item["type"], "misc")
    # Braced whole, titles (the work's, its container's, its series') keep their case
    # as printed: BibTeX styles, biblatex and pandoc would otherwise recase them
    # ("U.S." read back as "U.s.", "Heritage Foundation Backgrounder" as
    # "Heritage foundation backgrounder").
    fields: dict[str, str] = {"title": "{" + _tex(item.get("title", "")) + "}"}
    if "issued" in item:
        parts = item["issued"]["date-parts"][0]
        fields["year"] = str(parts[0])
        if len(parts) > 1:
            fields["month"] = str(parts[1])
            fields["date"] = _iso(parts)
        if _inferred(item):
            # biblatex reads an EDTF date; "~" marks it approximate (CSL's circa).
            fields["date"] = _iso(parts) + "~"
    container = item.get("container-title")
    if container:
        key = {"incollection": "booktitle", "article": "journal"}.get(kind, "howpublished")
        fields[key] = "{" + _tex(container) + "}"
    publisher = item.get("publisher")
    if publisher:
        fields["institution" if kind == "techreport" else "publisher"] = _tex(publisher)
    number = item.get("issue") if kind == "article" else item.get("number")
    simple = {
        "address": _tex(item["publisher-place"]) if "publisher-place" in item else None,
        "series": "{" + _tex(item["collection-title"]) + "}"
        if "collection-title" in item
        else None,
        "volume": _tex(item["volume"]) if "volume" in item else None,
        # BibTeX's "number" is an article's issue, or a report's number.
        "number": _tex(number) if number else None,
        "pages": _tex_pages(item["page"]) if "page" in item else None,
        "url": _bibtex_url(item["URL"]) if "URL" in item else None,
        "urldate": _iso(item["accessed"]["date-parts"][0]) if "accessed" in item else None,
        "note": _INFERRED_NOTE if _inferred(item) else None,
    }
    if kind == "article" and "number" in item:
        simple["note"] = "; ".join(n for n in (f"No. {_tex(item['number'])}", simple["note"]) if n)
    fields.update({k: v for k, v in simple.items() if v})
    return fields


def to_bibtex(sources: Source | Iterable[Source]) -> str:
    r"""The sources as BibTeX entries (UTF-8), one per source, keyed by id.

    Organisations are braced so that they stay one name (``{World Bank}``); particles
    go in the "von" part (``de la Fuente, José Luis``); a report is a ``@techreport``
    whose number is ``number`` and publisher ``institution``, a chapter an
    ``@incollection`` with its book as ``booktitle``, a web page or post biblatex's
    ``@online``, a dataset ``@dataset``, legislation ``@legislation`` (other types are
    ``@misc``); the month is BibTeX's macro (``month = may``); ``year`` and ``month`` are there for
    BibTeX, and a full ``date`` and the ``urldate`` for biblatex (an inferred date is
    approximate there, ``date = "2026~"``, and said to be inferred in ``note``). Titles, container
    titles and series are braced, so that they are read back as printed. Every value
    read as LaTeX is escaped in one place: LaTeX's special characters are written as
    the commands that print them (``\$``, ``\textbackslash{}``, ``$\lbrace$``), so
    no value can close its entry, add a field or run a command such as ``\input``;
    ligatures are broken (``-{}-``) and whitespace is one space.
    Needs pybtex (``pip install "binational[cite]"``).

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> report = corpus.sources["gao-2023-immigration-courts-workforce"]
    >>> print(bn.export.to_bibtex(report))  # doctest: +NORMALIZE_WHITESPACE
    @techreport{gao-2023-immigration-courts-workforce,
        author = "{Government Accountability Office}",
        title = "{Immigration courts: Actions needed to address workforce planning
                  and data gaps}",
        year = "2023",
        number = "GAO-23-105431",
        url = "https://www.gao.gov/assets/gao-23-105431.pdf"
    }
    <BLANKLINE>
    """
    try:
        from pybtex.database import BibliographyData, Entry
        from pybtex.database.output.bibtex import Writer
    except ImportError:
        raise MissingDependencyError("pybtex", needed_for="BibTeX export", extra="cite") from None

    class _Writer(Writer):  # type: ignore[misc]
        def _write_field(self, stream: Any, type: str, value: str) -> None:
            if type == "month" and value.isdigit():
                stream.write(f",\n    month = {_MONTHS[int(value) - 1]}")
            elif type in _VERBATIM:
                stream.write(f",\n    {type} = {self.quote(value)}")
            else:
                super()._write_field(stream, type, value)

        def _encode(self, text: str) -> str:
            return text  # escaped already, by _tex

    data = BibliographyData()
    for item in _records(sources, "to_bibtex"):
        persons = {"author": [_bibtex_person(n) for n in item.get("author", [])]}
        entry = Entry(
            _BIBTEX_TYPES.get(item["type"], "misc"),
            fields=_bibtex_fields(item),
            persons={k: v for k, v in persons.items() if v},
        )
        data.entries[item["id"]] = entry
    text: str = _Writer(encoding="UTF-8").to_string(data)
    return text


# --------------------------------------------------------------------------- RIS

_RIS_TYPES = {
    "article-journal": "JOUR",
    "article-magazine": "MGZN",
    "article-newspaper": "NEWS",
    "bill": "BILL",
    "book": "BOOK",
    "chapter": "CHAP",
    "dataset": "DATA",
    "document": "GEN",
    "interview": "PCOMM",
    "legislation": "STAT",
    "post": "ELEC",
    "post-weblog": "BLOG",
    "regulation": "GOVDOC",
    "report": "RPRT",
    "speech": "SLIDE",
    "webpage": "ELEC",
}
"""CSL types to RIS types, as Zotero maps its own item types."""


def _ris_name(name: CslName) -> str:
    if "literal" in name:
        return name["literal"]
    family = " ".join(p for p in (name.get("non-dropping-particle"), name["family"]) if p)
    given = " ".join(p for p in (name.get("given"), name.get("dropping-particle")) if p)
    return ", ".join(p for p in (family, given, name.get("suffix")) if p)


def _ris_date(parts: list[int]) -> str:
    """A RIS date, ``YYYY/MM/DD/`` with unknown parts empty (``2023//``)."""
    padded = [f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(parts)]
    return "/".join(padded + [""] * (3 - len(padded))) + "/"


def _ris_record(item: CslItem) -> dict[str, Any]:
    kind = _RIS_TYPES.get(item["type"], "GEN")
    ref: dict[str, Any] = {"type_of_reference": kind, "id": item["id"]}
    if "author" in item:
        ref["authors"] = [_ris_name(n) for n in item["author"]]
    ref["title"] = item.get("title", "")
    container = item.get("container-title")
    series = item.get("collection-title")
    if container:
        ref["secondary_title"] = container
    elif series and kind in {"RPRT", "BOOK"}:
        ref["secondary_title"], series = series, None
    if series:
        ref["tertiary_title"] = series
    if "issued" in item:
        parts = item["issued"]["date-parts"][0]
        ref["year"] = str(parts[0])
        ref["date"] = _ris_date(parts)
    if "accessed" in item:
        ref["access_date"] = _ris_date(item["accessed"]["date-parts"][0])
    optional = {
        "publisher": item.get("publisher"),
        "place_published": item.get("publisher-place"),
        "volume": item.get("volume"),
        "number": item.get("issue"),
    }
    ref.update({k: v for k, v in optional.items() if v})
    if "number" in item:
        # Zotero reads a report's number from SN, a bill's or statute's from M1.
        ref["note" if kind in {"BILL", "STAT"} else "issn"] = item["number"]
    if "page" in item:
        span = re.fullmatch(r"\s*(.+?)\s*[-–]+\s*(.+?)\s*", item["page"])
        ref["start_page"] = span[1] if span else item["page"]
        if span:
            ref["end_page"] = span[2]
    if "URL" in item:
        ref["urls"] = [item["URL"]]
    if _inferred(item):
        ref["notes"] = [_INFERRED_NOTE]
    return ref


_LINE_BREAKS = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
"""Every character that ends a line for a reader (:meth:`str.splitlines`)."""


def _ris_value(value: Any) -> Any:
    """A value on one line: line breaks folded into a space, so it adds no tag."""
    if isinstance(value, str):
        return _LINE_BREAKS.sub(" ", value).strip()
    if isinstance(value, list):
        return [_ris_value(v) for v in value]
    return value


def to_ris(sources: Source | Iterable[Source]) -> str:
    """The sources as RIS records (the tags Zotero reads), one per source.

    Persons are ``Family, Given`` (particles in front of the family name, a suffix
    last: ``King, Robert, Jr.``); organisations are their name alone; dates are
    ``PY`` (year) and ``DA`` (``2023/10/19/``); the access date is ``Y2``; a report's
    number is ``SN``, where Zotero reads it. Every value is one line: a line break in
    it is folded into a space, so that no value can add a tag or a record (and the
    value is stripped, as RIS readers strip it). Needs rispy (``pip install
    "binational[cite]"``).

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> blog = corpus.sources["gao-2023-immigration-courts-backlog-blog"]
    >>> print(bn.export.to_ris(blog))  # doctest: +NORMALIZE_WHITESPACE
    TY  - BLOG
    ID  - gao-2023-immigration-courts-backlog-blog
    AU  - Government Accountability Office
    TI  - U.S. immigration courts see a significant and growing backlog
    PY  - 2023
    DA  - 2023/10/19/
    UR  - https://www.gao.gov/blog/u.s.-immigration-courts-see-significant-and-growing-backlog
    ER  -
    <BLANKLINE>
    """
    try:
        import rispy
    except ImportError:
        raise MissingDependencyError("rispy", needed_for="RIS export", extra="cite") from None

    class _Writer(rispy.RisWriter):  # type: ignore[misc]
        def set_header(self, count: int) -> str:  # noqa: ARG002 - rispy's signature
            return ""  # rispy numbers records ("1."); RIS readers expect TY first

    text: str = rispy.dumps(
        [
            {tag: _ris_value(value) for tag, value in _ris_record(i).items()}
            for i in _records(sources, "to_ris")
        ],
        implementation=_Writer,
    )
    return text
