"""Helpers of the citation tests: sample sources, the CSL schema, pandoc as a peer.

Seed 000 cites organisations only. The seeds still to be encoded cite persons with
Spanish double surnames and particles, journal articles with volume, issue and pages,
reports with numbers, web pages with access dates, untitled works, and seeds whose
date is inferred. :data:`SAMPLES` (fictional works, real shapes) exercise all of that
until the real ones are encoded.

pandoc (from the pypandoc-binary wheel, offline) is the independent CSL processor
(Haskell citeproc) and the independent reader of BibTeX and RIS the tests compare
with.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from binational import (
    Certainty,
    Dating,
    Organization,
    PartialDate,
    Person,
    Quote,
    SeedText,
    Source,
    SourceField,
    SourceRole,
    SourceType,
)

_Q = (Quote(source="sample-seed", start=0, end=1, text="x"),)


def _stated(year: int, month: int | None = None, day: int | None = None) -> Dating:
    return Dating(date=PartialDate(year=year, month=month, day=day), certainty=Certainty.STATED)


SAMPLES: tuple[Source, ...] = (
    Source(
        id="martinez-fernandez-2023-remittances",
        role=SourceRole.CITED,
        type=SourceType.ARTICLE_JOURNAL,
        title="Remittances and return migration in Michoacán",
        evidence=_Q,
        creators=(
            Person(family="Martínez-Fernández", given="Ana María"),
            Person(family="Fuente", given="José Luis", particle="de la"),
        ),
        issued=_stated(2023, 8),
        container_title="Journal of Borderlands Studies",
        volume="38",
        issue="4",
        pages="1312–1316",
    ),
    Source(
        id="martinez-fernandez-2023-shelters",
        role=SourceRole.CITED,
        type=SourceType.REPORT,
        title="Shelter capacity in Tijuana and Mexicali",
        evidence=_Q,
        creators=(Person(family="Martínez-Fernández", given="Ana María"),),
        issued=_stated(2023),
        publisher="Colegio de la Frontera Norte",
        publisher_place="Tijuana",
        number="EF-2023-07",
    ),
    Source(
        id="martinez-fernandez-2023-deportations",
        role=SourceRole.CITED,
        type=SourceType.REPORT,
        title="Deportations through Nogales, 2019–2022",
        evidence=_Q,
        creators=(Person(family="Martínez-Fernández", given="Ana María"),),
        issued=_stated(2023, 11),
        publisher="Colegio de la Frontera Norte",
        url="https://example.org/colef/deportaciones",
    ),
    Source(
        id="sheinbaum-pardo-2024-strategy",
        role=SourceRole.CITED,
        type=SourceType.REPORT,
        title="Estrategia nacional de seguridad pública",
        evidence=_Q,
        creators=(
            Person(family="Sheinbaum Pardo", given="Claudia"),
            Person(family="García Harfuch", given="Omar"),
            Person(family="Velázquez Alzúa", given="Rosa Icela"),
        ),
        issued=_stated(2024, 10, 8),
        publisher="Gobierno de México",
        url="https://example.org/estrategia",
    ),
    Source(
        id="crs-2024-border-security",
        role=SourceRole.CITED,
        type=SourceType.REPORT,
        title="Border security between ports of entry",
        evidence=_Q,
        creators=(Organization(name="Congressional Research Service"),),
        issued=_stated(2024, 2, 1),
        number="R47255",
        collection_title="CRS Reports",
        publisher="Library of Congress",
        publisher_place="Washington, DC",
        url="https://crsreports.congress.gov/product/pdf/R/R47255",
    ),
    Source(
        id="cbp-southwest-land-border-encounters",
        role=SourceRole.CITED,
        type=SourceType.WEBPAGE,
        title="Southwest land border encounters",
        evidence=_Q,
        creators=(Organization(name="U.S. Customs and Border Protection"),),
        accessed=PartialDate(year=2025, month=3, day=14),
        url="https://www.cbp.gov/newsroom/stats/southwest-land-border-encounters",
        silent_on=(SourceField.ISSUED,),
    ),
    Source(
        id="humboldt-1811-essay",
        role=SourceRole.CITED,
        type=SourceType.BOOK,
        title="Political essay on the kingdom of New Spain",
        evidence=_Q,
        creators=(Person(family="Humboldt", given="Alexander", dropping_particle="von"),),
        issued=_stated(1811),
        publisher="Longman",
        publisher_place="London",
    ),
    Source(
        id="king-2022-chapter",
        role=SourceRole.CITED,
        type=SourceType.CHAPTER,
        title="Cartels, corruption and the courts",
        evidence=_Q,
        creators=(Person(family="King", given="Robert", suffix="Jr."),),
        issued=_stated(2022),
        container_title="Security and the Border",
        publisher="Routledge",
        pages="45-67",
    ),
    Source(
        id="shelter-map-untitled",
        role=SourceRole.CITED,
        type=SourceType.DATASET,
        title="Map of migrant shelters in Baja California",
        evidence=_Q,
        creators=(Organization(name="Coalición Pro Defensa del Migrante"),),
        issued=_stated(2024),
        silent_on=(SourceField.TITLE,),
    ),
    Source(
        id="sample-seed",
        role=SourceRole.SEED,
        type=SourceType.REPORT,
        title="A neighbor in focus: Mexico in U.S. strategy",
        evidence=_Q,
        creators=(Person(family="Orión", given="Lucía"),),
        issued=Dating(
            date=PartialDate(year=2018),
            certainty=Certainty.INFERRED,
            evidence=_Q,
            note="Thirteen years after a 2005 event.",
        ),
        silent_on=(SourceField.ISSUED,),
        seed=SeedText(file="sample.txt", sha256="0" * 64),
    ),
    Source(
        id="hr2-2023-secure-the-border",
        role=SourceRole.CITED,
        type=SourceType.LEGISLATION,
        title="Secure the Border Act of 2023",
        evidence=_Q,
        number="H.R. 2",
        issued=_stated(2023, 5, 11),
        container_title="118th Congress",
    ),
    Source(
        id="lopez-2021-newspaper",
        role=SourceRole.CITED,
        type=SourceType.ARTICLE_NEWSPAPER,
        title="What happened at the bridge?",
        evidence=_Q,
        creators=(Person(family="López Obrador", given="Andrés Manuel"),),
        issued=_stated(2021, 9, 20),
        container_title="La Jornada",
        url="https://example.org/jornada/bridge",
    ),
)
"""Sources of every shape the remaining seeds hold (fictional works)."""


ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The shared directory: $BINATIONAL_SHARED, or ``../shared`` beside the checkout."""
    return Path(os.environ.get("BINATIONAL_SHARED") or ROOT.parent / "shared")


def csl_validator() -> Any:
    """A Draft 7 validator of the official CSL-JSON schema, or skip the test."""
    jsonschema = pytest.importorskip("jsonschema")
    path = shared_dir() / "schemas" / "csl-data.json"
    if not path.is_file():
        pytest.skip(f"the CSL-JSON schema is not at {path} (set BINATIONAL_SHARED)")
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def schema_errors(items: list[Any]) -> list[str]:
    """The schema's complaints about ``items``, each with where it is."""
    errors = csl_validator().iter_errors(items)
    return [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def _pypandoc() -> Any:
    return pytest.importorskip("pypandoc", reason="pandoc (pypandoc-binary) is the peer")


def pandoc(text: str, *, read: str, write: str, args: Iterable[str] = ()) -> str:
    """``text`` converted by pandoc from ``read`` to ``write``."""
    out: str = _pypandoc().convert_text(text, write, format=read, extra_args=["--wrap=none", *args])
    return out


def pandoc_citeproc(
    items: list[Mapping[str, Any]], style: Path, cites: Iterable[str]
) -> tuple[list[str], list[str]]:
    """pandoc's citations (one per cite, given in pandoc's syntax) and bibliography.

    Every cite is a paragraph of its own; the bibliography follows, one entry per
    paragraph, in plain text.
    """
    cites = list(cites)
    with tempfile.TemporaryDirectory() as tmp:
        bib = Path(tmp) / "items.json"
        bib.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        marker = "BIBLIOGRAPHY-FOLLOWS"
        doc = "\n\n".join([*cites, marker, "::: {#refs}\n:::"]) + "\n"
        out = pandoc(
            doc,
            read="markdown",
            write="plain",
            args=["--citeproc", "--csl", str(style), "--bibliography", str(bib)],
        )
    paragraphs = [" ".join(p.split()) for p in out.replace("\u00a0", " ").split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    split = paragraphs.index(marker)
    return paragraphs[:split], paragraphs[split + 1 :]


def pandoc_read(text: str, format: str) -> list[dict[str, Any]]:
    """CSL-JSON of a bibliography as pandoc reads it (``bibtex``, ``biblatex``, ``ris``)."""
    items: list[dict[str, Any]] = json.loads(pandoc(text, read=format, write="csljson"))
    return items


# ------------------------------------------------------------------ hypothesis

_LOWER = "abcdefghijklmnopqrstuvwxyzáéíóúñüç"
_word = st.text(_LOWER, min_size=2, max_size=9).map(str.capitalize)
_surname = st.lists(_word, min_size=1, max_size=2).flatmap(
    lambda parts: st.sampled_from([" ", "-"]).map(lambda sep: sep.join(parts))
)
_given = st.lists(_word, min_size=1, max_size=2).map(" ".join)

persons = st.builds(
    Person,
    family=_surname,
    given=_given,
    particle=st.one_of(st.none(), st.sampled_from(["de", "de la", "del", "van der"])),
)
organizations = st.builds(
    Organization,
    name=st.lists(_word, min_size=1, max_size=4).map(" ".join),
)
_title = st.lists(
    st.one_of(_word, st.text(_LOWER, min_size=1, max_size=8)), min_size=1, max_size=8
).map(" ".join)
_dates = st.builds(
    lambda y, m, d: PartialDate(year=y, month=m, day=d if m else None),
    st.integers(1900, 2030),
    st.one_of(st.none(), st.integers(1, 12)),
    st.one_of(st.none(), st.integers(1, 28)),
)


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """A cited work of any type, with persons or organisations and optional fields."""
    kind = draw(st.sampled_from(list(SourceType)))
    issued = draw(st.one_of(st.none(), _dates))
    optional = st.one_of(st.none(), _title)
    return Source(
        id="x-" + draw(st.from_regex(r"[a-z0-9]{1,12}", fullmatch=True)),
        role=SourceRole.CITED,
        type=kind,
        title=draw(_title),
        evidence=_Q,
        creators=tuple(draw(st.lists(st.one_of(persons, organizations), max_size=4))),
        issued=None
        if issued is None
        else Dating(date=issued, certainty=draw(st.sampled_from(list(Certainty))), evidence=_Q),
        url=draw(
            st.one_of(
                st.none(),
                st.from_regex(r"https://example\.org/[a-z0-9_-]{1,20}", fullmatch=True),
            )
        ),
        number=draw(
            st.one_of(st.none(), st.from_regex(r"[A-Z]{2,4}-[0-9]{2}-[0-9]{3,6}", fullmatch=True))
        ),
        publisher=draw(optional),
        publisher_place=draw(st.one_of(st.none(), _word)),
        container_title=draw(optional),
        accessed=draw(st.one_of(st.none(), _dates)),
    )
