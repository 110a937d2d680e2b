"""Exports: CSL-JSON, BibTeX and RIS, each read back by a parser we did not write.

BibTeX is read by bibtexparser and by pandoc; RIS and CSL-JSON by pandoc. What must
survive: authors (persons split as they were, organisations whole), title, year, URL
and report number, with their diacritics.
"""

from __future__ import annotations

import calendar
import json
import re
import sys
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import binational
from binational import MissingDependencyError, Organization, Person, Source, SourceType
from binational.cite import csl_json
from binational.export import _references as _export
from binational.export import to_bibtex, to_csl_json, to_ris

from .citing import SAMPLES, pandoc_read, schema_errors, sources

CORPUS = binational.load()
ALL = (*CORPUS.sources, *SAMPLES)
SAMPLE = {s.id: s for s in SAMPLES}


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {i["id"]: i for i in items}


def person_name(p: Person) -> tuple[str, str]:
    """A person as (family with particles, given with suffix): what every reader keeps apart."""
    family = " ".join(x for x in (p.dropping_particle, p.particle, p.family) if x)
    return family, " ".join(x for x in (p.given, p.suffix) if x)


def csl_name(n: dict[str, Any]) -> tuple[str, str]:
    """A CSL name read back, as :func:`person_name` puts it (literal: family only)."""
    if "literal" in n:
        return n["literal"], ""
    particles = (n.get("dropping-particle"), n.get("non-dropping-particle"), n["family"])
    family = " ".join(x for x in particles if x)
    return family, " ".join(x for x in (n.get("given"), n.get("suffix")) if x)


def expected_names(s: Source) -> list[tuple[str, str]]:
    return [(c.name, "") if isinstance(c, Organization) else person_name(c) for c in s.creators]


def smart(value: Any) -> Any:
    """``value`` with straight apostrophes typographic, as pandoc's readers make them.

    pandoc reads "Mexico's" in CSL-JSON and BibTeX as "Mexico’s" (its "smart"
    typography); the exports keep the apostrophe as printed.
    """
    if isinstance(value, str):
        return value.replace("'", "’")
    if isinstance(value, list):
        return [smart(v) for v in value]
    if isinstance(value, dict):
        return {k: smart(v) for k, v in value.items()}
    return value


class TestCslJson:
    def test_the_export_is_the_records(self) -> None:
        """to_csl_json is the JSON of csl_json, diacritics written as they are."""
        text = to_csl_json(SAMPLES)
        assert json.loads(text) == csl_json(SAMPLES)
        assert "Martínez-Fernández" in text
        assert text.endswith("]\n")

    def test_one_source_is_a_list_of_one(self) -> None:
        """A single source exports as an array of one record (what readers expect)."""
        source = CORPUS.sources["world-bank-2023-world-development-report"]
        assert json.loads(to_csl_json(source)) == [csl_json(source)]

    def test_the_export_validates(self) -> None:
        """The whole export is one valid CSL-JSON document."""
        assert schema_errors(json.loads(to_csl_json(ALL))) == []

    def test_pandoc_reads_it_back(self) -> None:
        """pandoc reads every record: authors, title, date, URL and number unchanged."""
        back = by_id(pandoc_read(to_csl_json(ALL), "csljson"))
        for s in ALL:
            record = csl_json(s)
            got = back[s.id]
            for key in ("title", "author", "issued", "accessed", "number", "page", "volume"):
                assert got.get(key) == smart(record.get(key)), (s.id, key)
            assert got.get("URL") == record.get("URL"), s.id


class TestBibtex:
    def _parse(self, text: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """Entries by key, read by bibtexparser: raw fields, and LaTeX-decoded ones."""
        bibtexparser = pytest.importorskip("bibtexparser")
        from bibtexparser import middlewares as m

        raw = bibtexparser.parse_string(text)
        decoded = bibtexparser.parse_string(
            text,
            append_middleware=[
                m.SeparateCoAuthors(),
                m.SplitNameParts(),
                m.LatexDecodingMiddleware(keep_braced_groups=True),
            ],
        )
        assert not raw.failed_blocks
        return (
            {e.key: e.fields_dict for e in raw.entries},
            {e.key: e.fields_dict for e in decoded.entries},
        )

    def _check_bibtexparser(self, s: Source, raw: Any, decoded: Any) -> None:
        fields = decoded[s.id]
        names = [
            (
                " ".join(n.von + n.last).strip("{}"),
                " ".join(n.first + n.jr),
            )
            for n in (fields["author"].value if "author" in fields else [])
        ]
        assert names == expected_names(s)
        # The title is braced whole; the decoder drops braces around one letter.
        assert fields["title"].value.removeprefix("{").removesuffix("}") == csl_json(s)["title"]
        if s.issued is not None:
            assert fields["year"].value == str(s.issued.date.year)
        if s.url is not None:
            assert raw[s.id]["url"].value == s.url
        if s.number is not None and s.type is SourceType.REPORT:
            assert fields["number"].value == s.number

    @pytest.mark.parametrize("source", ALL, ids=lambda s: s.id)
    def test_bibtexparser_reads_the_key_fields_back(self, source: Source) -> None:
        """Authors, title, year, URL and report number survive bibtexparser."""
        raw, decoded = self._parse(to_bibtex(ALL))
        self._check_bibtexparser(source, raw, decoded)

    @settings(max_examples=100, deadline=None)
    @given(sources())
    def test_any_source_survives_bibtexparser(self, source: Source) -> None:
        """Whatever its fields and diacritics, a source's key fields survive."""
        raw, decoded = self._parse(to_bibtex(source))
        self._check_bibtexparser(source, raw, decoded)

    def test_pandoc_reads_the_key_fields_back(self) -> None:
        """pandoc's BibTeX reader gives back authors, title, year, URL and report number.

        BibTeX has one "von" part for both kinds of CSL particle; pandoc reads it as a
        dropping particle, so particles are compared with the family name.
        """
        back = by_id(pandoc_read(to_bibtex(ALL), "bibtex"))
        for s in ALL:
            record = csl_json(s)
            got = back[s.id]
            assert [csl_name(n) for n in got.get("author", [])] == smart(expected_names(s))
            assert got["title"] == smart(record["title"])
            assert got.get("URL") == s.url
            if s.issued is not None:
                assert got["issued"]["date-parts"][0] == list(s.issued.date.parts)
            if s.type is SourceType.REPORT:
                assert got.get("number") == s.number

    def test_biblatex_reads_the_other_fields_back(self) -> None:
        """pandoc's biblatex reader gives back full dates, access dates, containers and series.

        Containers and series keep their case (they are braced, as titles are). BibTeX's
        ``misc`` has no container field: a web page's site or an interview's outlet is
        ``howpublished``, which pandoc reads as the publisher.
        """
        back = by_id(pandoc_read(to_bibtex(ALL), "biblatex"))
        for s in ALL:
            record, got = csl_json(s), back[s.id]
            for key in ("issued", "accessed", "collection-title", "URL"):
                assert got.get(key) == smart(record.get(key)), (s.id, key)
            container = got.get("container-title") or got.get("publisher")
            if s.container_title is not None:
                assert container == smart(s.container_title), s.id
            if s.type is SourceType.REPORT:
                assert got.get("number") == s.number, s.id

    @settings(max_examples=20, deadline=None)
    @given(sources())
    def test_any_source_survives_pandoc(self, source: Source) -> None:
        """Generated sources come back from pandoc with their names, title and date."""
        got = pandoc_read(to_bibtex(source), "bibtex")[0]
        assert [csl_name(n) for n in got.get("author", [])] == expected_names(source)
        assert got["title"] == csl_json(source)["title"]
        if source.issued is not None:
            assert got["issued"]["date-parts"][0][0] == source.issued.date.year

    def test_latex_specials_are_escaped_and_urls_are_not(self) -> None:
        """& and % are escaped in a title; a URL is written verbatim (biblatex's url)."""
        source = Source(
            id="special",
            role=SAMPLES[0].role,
            type=SourceType.REPORT,
            title="Cats & dogs: 100% sure_thing",
            evidence=SAMPLES[0].evidence,
            url="https://example.org/a_b%20c?x=1&y=2",
        )
        text = to_bibtex(source)
        assert r'title = "{Cats \& dogs: 100\% sure\_thing}"' in text
        assert 'url = "https://example.org/a_b%20c?x=1&y=2"' in text
        got = pandoc_read(text, "bibtex")[0]
        assert (got["title"], got["URL"]) == (source.title, source.url)

    def test_an_inferred_date_is_noted(self) -> None:
        """A date the encoders inferred is said to be inferred, in ``note``."""
        assert 'note = "Date inferred' in to_bibtex(SAMPLE["sample-seed"])

    def test_without_pybtex(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pybtex, the export says what to install."""
        monkeypatch.setitem(sys.modules, "pybtex.database", None)
        with pytest.raises(MissingDependencyError, match="pybtex"):
            to_bibtex(SAMPLES)


class TestRis:
    def test_pandoc_reads_the_key_fields_back(self) -> None:
        """pandoc's RIS reader gives back type, persons, title, year and URL.

        pandoc splits a name without a comma at its last space, as it would a person's;
        an organisation's name is compared whole (given and family joined). Zotero
        reads such a name as one field. RIS has no way to keep a comma inside a name:
        an organisation whose name has one ("Centers for Disease Control and
        Prevention, National Center for Health Statistics") is read as family name,
        given name; both parts survive, in order.
        """
        back = by_id(pandoc_read(to_ris(ALL), "ris"))
        for s in ALL:
            got = back[s.id]
            names = [csl_name(n) for n in got.get("author", [])]
            for name, creator in zip(names, s.creators, strict=True):
                if isinstance(creator, Organization) and "," in creator.name:
                    assert ", ".join(name) == creator.name
                elif isinstance(creator, Organization):
                    assert " ".join(x for x in reversed(name) if x) == creator.name
                elif creator.suffix is None:
                    assert name == person_name(creator)
            assert got["title"] == csl_json(s)["title"]
            assert got.get("URL") == s.url
            if s.issued is not None:
                assert got["issued"]["date-parts"] == [[s.issued.date.year]]
            if s.number is not None and s.type not in {SourceType.BILL, SourceType.LEGISLATION}:
                assert got["ISSN"] == s.number, s.id

    def test_the_report_number_is_where_zotero_reads_it(self) -> None:
        """A report's number is SN, which Zotero reads as the report number.

        pandoc's RIS reader names SN "ISSN" whatever the type; the value survives.
        """
        text = to_ris(CORPUS.sources["gao-2023-immigration-courts-workforce"])
        assert "SN  - GAO-23-105431" in text
        got = pandoc_read(text, "ris")[0]
        assert got["ISSN"] == "GAO-23-105431"

    def test_a_suffix_survives(self) -> None:
        """A suffix survives: "King, Robert, Jr." (the RIS order) keeps all three parts.

        pandoc reads RIS names with BibTeX's rule, "Last, Jr, First", so it swaps the
        given name and the suffix; each part survives.
        """
        text = to_ris(SAMPLE["king-2022-chapter"])
        assert "AU  - King, Robert, Jr." in text
        got = pandoc_read(text, "ris")[0]["author"][0]
        assert {got["family"], got["given"], got["suffix"]} == {"King", "Robert", "Jr."}

    def test_dates_pages_and_containers(self) -> None:
        """Full date in DA, access date in Y2, pages split, journal in T2."""
        text = to_ris(
            [
                SAMPLE["martinez-fernandez-2023-remittances"],
                SAMPLE["cbp-southwest-land-border-encounters"],
            ]
        )
        for line in (
            "TY  - JOUR",
            "T2  - Journal of Borderlands Studies",
            "DA  - 2023/08//",
            "VL  - 38",
            "IS  - 4",
            "SP  - 1312",
            "EP  - 1316",
            "TY  - ELEC",
            "Y2  - 2025/03/14/",
        ):
            assert line in text.splitlines(), line

    def test_records_start_with_their_type(self) -> None:
        """Every record starts with TY (no numbering line) and ends with ER."""
        records = [r for r in to_ris(ALL).split("\n\n") if r.strip()]
        assert len(records) == len(ALL)
        assert all(r.startswith("TY  - ") and r.rstrip().endswith("ER  -") for r in records)

    @settings(max_examples=20, deadline=None)
    @given(sources())
    def test_any_source_survives_pandoc(self, source: Source) -> None:
        """Generated sources come back from pandoc with title, URL and year."""
        got = pandoc_read(to_ris(source), "ris")[0]
        assert got["title"] == csl_json(source)["title"]
        assert got.get("URL") == source.url
        if source.issued is not None:
            assert got["issued"]["date-parts"] == [[source.issued.date.year]]
        persons = [c for c in source.creators if isinstance(c, Person)]
        got_families = {csl_name(n)[0] for n in got.get("author", [])}
        assert {person_name(p)[0] for p in persons} <= got_families

    def test_diacritics_are_written_as_they_are(self) -> None:
        """RIS is written in UTF-8 without escapes."""
        text = to_ris(SAMPLE["sheinbaum-pardo-2024-strategy"])
        assert "TI  - Estrategia nacional de seguridad pública" in text
        assert re.search(r"^AU  - Velázquez Alzúa, Rosa Icela$", text, re.MULTILINE)

    def test_without_rispy(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without rispy, the export says what to install."""
        monkeypatch.setitem(sys.modules, "rispy", None)
        with pytest.raises(MissingDependencyError, match="rispy"):
            to_ris(SAMPLES)


class TestBadInput:
    @pytest.mark.parametrize("export", [to_csl_json, to_bibtex, to_ris])
    @pytest.mark.parametrize("value", ["world-bank-2023-world-development-report", 42, [42]])
    def test_only_sources_are_exported(self, export: Any, value: Any) -> None:
        """A string, a number or a list of non-sources is a TypeError naming the function."""
        with pytest.raises(TypeError, match=rf"{export.__name__}\(\) takes"):
            export(value)


class TestInferredDates:
    def test_csl_json_marks_an_inferred_date_circa(self) -> None:
        """An inferred year is ``"circa": true`` in the CSL-JSON date, which pandoc keeps."""
        seed = CORPUS.sources["nsc-migration-policy-brief"]
        assert csl_json(seed)["issued"] == {"date-parts": [[2026]], "circa": True}
        back = pandoc_read(to_csl_json(seed), "csljson")[0]
        assert back["issued"] == {"date-parts": [[2026]], "circa": True}

    def test_a_stated_date_is_not_circa(self) -> None:
        """A date the document prints has no circa."""
        record = csl_json(CORPUS.sources["gao-2023-immigration-courts-workforce"])
        assert record["issued"] == {"date-parts": [[2023]]}

    def test_biblatex_reads_an_inferred_date_as_approximate(self) -> None:
        """BibTeX has ``date = "2026~"`` (EDTF), read back by pandoc as circa."""
        text = to_bibtex(CORPUS.sources["nsc-migration-policy-brief"])
        assert 'date = "2026~"' in text
        assert pandoc_read(text, "biblatex")[0]["issued"]["circa"] is True


def _bare(value: str) -> str:
    """A BibTeX value without braces and LaTeX escapes, whitespace normalised."""
    return " ".join(re.sub(r"[{}\\]", "", value).split())


class TestRoundTrips:
    """Every field written survives a parser we did not write; survivors are counted."""

    @staticmethod
    def _written() -> dict[str, tuple[str, dict[str, str]]]:
        """What to_bibtex writes for each source: its entry type and fields."""
        items = csl_json(ALL)
        return {
            i["id"]: (_export._BIBTEX_TYPES.get(i["type"], "misc"), _export._bibtex_fields(i))
            for i in items
        }

    @staticmethod
    def _lost(written: dict[str, tuple[str, dict[str, str]]], read: Any) -> list[str]:
        lost = []
        for key, (kind, fields) in written.items():
            got_kind, got = read[key]
            if got_kind != kind:
                lost.append(f"{key}: type {kind} read as {got_kind}")
            for name, value in fields.items():
                expected = _bare(value)
                if name == "month":
                    expected = calendar.month_name[int(value)]
                if _bare(str(got.get(name, ""))) != expected:
                    lost.append(f"{key}: {name} {value!r} read as {got.get(name)!r}")
        return lost

    def test_every_bibtex_field_survives_pybtex(self) -> None:
        """pybtex reads back every entry type and field written (month macros as names)."""
        from pybtex.database import parse_string

        written = self._written()
        parsed = parse_string(to_bibtex(ALL), "bibtex")
        read = {k: (e.type, dict(e.fields)) for k, e in parsed.entries.items()}
        total = sum(len(fields) for _kind, fields in written.values())
        assert total > len(written) * 3
        assert self._lost(written, read) == []

    def test_every_bibtex_field_survives_bibtexparser(self) -> None:
        """bibtexparser reads back every entry type and field written."""
        bibtexparser = pytest.importorskip("bibtexparser")
        from bibtexparser import middlewares as m

        library = bibtexparser.parse_string(
            to_bibtex(ALL), append_middleware=[m.MonthLongStringMiddleware()]
        )
        assert not library.failed_blocks
        read = {e.key: (e.entry_type, {f.key: f.value for f in e.fields}) for e in library.entries}
        assert self._lost(self._written(), read) == []

    def test_bibtex_entry_types_are_what_reference_managers_expect(self) -> None:
        """Reports, web pages, chapters, datasets and statutes have their own types."""
        kinds = {key: kind for key, (kind, _f) in self._written().items()}
        for s in ALL:
            expected = {
                SourceType.REPORT: "techreport",
                SourceType.WEBPAGE: "online",
                SourceType.POST_WEBLOG: "online",
                SourceType.CHAPTER: "incollection",
                SourceType.DATASET: "dataset",
                SourceType.LEGISLATION: "legislation",
            }.get(s.type)
            if expected is not None:
                assert kinds[s.id] == expected, s.id
        chapter = to_bibtex(SAMPLE["king-2022-chapter"])
        assert 'booktitle = "{Security and the Border}"' in chapter

    def test_months_are_macros(self) -> None:
        """A month is written as BibTeX's macro, which pandoc reads as the month."""
        text = to_bibtex(SAMPLE["martinez-fernandez-2023-remittances"])
        assert "month = aug," in text
        assert pandoc_read(text, "bibtex")[0]["issued"]["date-parts"] == [[2023, 8]]

    def test_every_ris_field_survives_rispy(self) -> None:
        """rispy reads back every tag written, with the same values."""
        import rispy

        written = [_export._ris_record(i) for i in csl_json(ALL)]
        read = rispy.loads(to_ris(ALL))
        assert len(read) == len(written)
        lost = [
            f"{w['id']}: {k} {v!r} read as {r.get(k)!r}"
            for w, r in zip(written, read, strict=True)
            for k, v in w.items()
            if r.get(k) != v
        ]
        assert sum(len(w) for w in written) > len(written) * 3
        assert lost == []


_HOSTILE = st.lists(
    st.one_of(
        st.text(max_size=8),
        st.sampled_from(
            ["\n", "\r", "\r\n", "\u2028", "\x85", "ER  -", "TY  - JOUR", "\nER  - \n", "AU  - X"]
        ),
    ),
    min_size=1,
    max_size=6,
).map("".join)


def _words(value: str) -> str:
    """A value with its whitespace normalised: the folding RIS does, on both sides."""
    return " ".join(value.split())


class TestRisValuesStayInTheirTag:
    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.tuples(_HOSTILE, _HOSTILE, _HOSTILE), min_size=1, max_size=3))
    def test_hostile_values_read_back(self, values: list[tuple[str, str, str]]) -> None:
        """Line breaks and tag lookalikes stay in their value; rispy reads back all.

        Exactly the records and values written come back, modulo whitespace folding.
        """
        import rispy

        base = CORPUS.sources["gao-2023-immigration-courts-workforce"]
        written = []
        for i, (title, publisher, author) in enumerate(values):
            assume(_words(title) and _words(publisher) and _words(author))
            written.append(
                attrs.evolve(
                    base,
                    id=f"x-{i}",
                    title=title,
                    sentence_case_title=None,
                    publisher=publisher,
                    creators=(Organization(name=author),),
                )
            )
        text = to_ris(written)
        back = rispy.loads(text)
        assert [s.id for s in written] == [r["id"] for r in back]
        for source, record in zip(written, back, strict=True):
            assert _words(source.title) == _words(record["title"])
            assert _words(source.publisher or "") == _words(record["publisher"])
            assert [_words(source.creators[0].name)] == [_words(a) for a in record["authors"]]
        assert all(line[:2].isupper() or not line for line in text.splitlines())


_TEX_HOSTILE = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=6),
        st.sampled_from(
            [
                "}, note={x} } @misc{pwn, title={y",
                r"\input{/etc/passwd}",
                r"\immediate\write18{rm -rf x}",
                "$x^2$",
                "{",
                "}",
                "\\",
                "%",
                "--",
                "``",
                "''",
                "\n",
                '"',
                "#&_~",
            ]
        ),
    ),
    min_size=1,
    max_size=6,
).map("".join)


def _latex_text(value: str) -> str:
    r"""What a LaTeX-decoding reader shows (pylatexenc, as bibtexparser's middleware).

    pylatexenc reads ``\textasciicircum`` as the modifier letter "ˆ"; taken as "^".
    """
    from pylatexenc.latex2text import LatexNodes2Text

    return _words(LatexNodes2Text().latex_to_text(value).replace("\u02c6", "^"))


class TestBibtexValuesStayInTheirField:
    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.tuples(_TEX_HOSTILE, _TEX_HOSTILE), min_size=1, max_size=3))
    def test_hostile_values_read_back(self, values: list[tuple[str, str]]) -> None:
        """pybtex and bibtexparser read back the entries, fields and text written.

        No value closes its entry, adds a field or runs a command; the text decodes to
        what was written, modulo whitespace.
        """
        import bibtexparser
        from pybtex.database import parse_string

        base = CORPUS.sources["gao-2023-immigration-courts-workforce"]
        written = []
        for i, (title, publisher) in enumerate(values):
            assume(_words(title) and _words(publisher))
            written.append(
                attrs.evolve(
                    base, id=f"x-{i}", title=title, sentence_case_title=None, publisher=publisher
                )
            )
        text = to_bibtex(written)
        fields = {"title", "year", "number", "url", "institution"}
        pybtex_back = parse_string(text, "bibtex")
        assert [s.id for s in written] == list(pybtex_back.entries)
        library = bibtexparser.parse_string(text)
        assert library.failed_blocks == []
        assert [s.id for s in written] == [e.key for e in library.entries]
        for source, entry, parsed in zip(
            written, pybtex_back.entries.values(), library.entries, strict=True
        ):
            assert fields == {k.lower() for k in entry.fields}
            assert fields | {"author"} == {f.key for f in parsed.fields}
            for key, expected in (("title", source.title), ("institution", source.publisher)):
                assert _words(expected or "") == _latex_text(entry.fields[key])
                assert _words(expected or "") == _latex_text(parsed.fields_dict[key].value)
            assert "\\input" not in text.replace("\\textbackslash{}input", "")


class TestBibtexUrlsAndPages:
    @settings(max_examples=60, deadline=None)
    @given(url=_TEX_HOSTILE, first=_TEX_HOSTILE, last=_TEX_HOSTILE)
    def test_a_hostile_url_or_page_range_stays_in_its_field(
        self, url: str, first: str, last: str
    ) -> None:
        """A URL or page range cannot close its entry or add a field, and reads back.

        The URL comes back percent-encoded where it held what BibTeX cannot carry (the
        same address); the page range comes back as its two parts joined by ``--``.
        """
        from urllib.parse import unquote

        import bibtexparser
        from pybtex.database import parse_string

        assume(_words(first) and _words(last) and "-" not in first + last + "–")
        base = CORPUS.sources["gao-2023-immigration-courts-workforce"]
        source = attrs.evolve(
            base, id="x-0", url="https://example.org/" + url, pages=f"{first}–{last}"
        )
        text = to_bibtex(source)
        back = parse_string(text, "bibtex").entries["x-0"]
        library = bibtexparser.parse_string(text)
        assert library.failed_blocks == []
        assert [e.key for e in library.entries] == ["x-0"]
        assert {k.lower() for k in back.fields} >= {"url", "pages", "title"}
        assert unquote(back.fields["url"]) == unquote(source.url or "")
        assert not any(c.isspace() or c in "{}\\" for c in back.fields["url"])
        got_first, _, got_last = back.fields["pages"].partition("--")
        assert _latex_text(got_first) == _words(first)
        assert _latex_text(got_last) == _words(last)
