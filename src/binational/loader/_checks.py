"""The checks of structured records, beyond what the converter checks while structuring.

- of one object wherever it is: its id follows the id grammar (:data:`ID_PATTERN`), it
  has evidence where its class requires some, and its values are possible (a period
  that ends before it starts or has a year below 1, a range whose ``value_max`` is below
  its ``value``, a phase or rank below 1, an option assessed twice on one criterion, an
  inferred date without evidence and a note, an inferred event date without a note or
  an event that ends before it starts, an open-ended period or event with an end, a
  fiscal year with a month or day, a source said to be silent on a field it
  states, a sentence-case title that is more than the title in another case);
- of one seed file: its sections (non-empty headings, inside the text, at their offsets,
  in text order), its sources' roles, its citation markers, its positions, its actors'
  relations (none to the actor itself, ``part-of`` only as the parent, an affiliation
  listed once);
- of one vocabulary file: ids, non-empty names and aliases;
- across the corpus: every reference names an object of a kind its field takes, and a
  list of references names each object once (:func:`check_references`).

Every problem found is added to a :class:`Problems`, with its file and JSON path.
"""

from __future__ import annotations

import enum
import functools
import re
import typing
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import attrs
from attrs import AttrsInstance

from binational.exceptions import Problem
from binational.model import (
    ActorRelation,
    Certainty,
    Citation,
    Criterion,
    Dating,
    Dimension,
    Event,
    Figure,
    Kind,
    PartialDate,
    Period,
    PolicyOption,
    Position,
    Qualifier,
    Quote,
    Recommendation,
    Section,
    Source,
    SourceField,
    SourceRole,
    Timeframe,
)

if typing.TYPE_CHECKING:
    from binational.loader._records import SectionRecord, SeedFile

__all__ = [
    "ID_PATTERN",
    "Problems",
    "article",
    "check_actor_links",
    "check_corpus",
    "check_entries",
    "check_markers",
    "check_objects",
    "check_positions",
    "check_references",
    "check_sections",
    "check_seed_file",
    "field_types",
    "id_problem",
    "objects",
]

ID_PATTERN: typing.Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""The id grammar: ``^[a-z0-9]+(?:-[a-z0-9]+)*$``.

An id is one or more words of lowercase ASCII letters and digits joined by single
hyphens: ``mexico``, ``us-dhs``, ``orion-2026-neighbor-in-focus``. So an id is never
empty and holds no ``/``, ``.``, space, upper case, control, zero-width or bidi
character, lone surrogate or non-ASCII letter; and two different ids stay different
under any Unicode normalisation or case folding (``mex\u200bico`` and a Cyrillic
``mеxico`` are refused, not confused with ``mexico``).
"""


class Problems:
    """The problems found so far, in the order found; one found twice is listed once."""

    def __init__(self) -> None:
        self.found: list[Problem] = []
        self._seen: set[Problem] = set()

    def add(self, file: str, path: str, message: str) -> None:
        """Record a problem of ``file`` at ``path`` (a JSON path or a line and column)."""
        p = Problem(file=file, path=path, message=message)
        if p not in self._seen:
            self._seen.add(p)
            self.found.append(p)


# -- what the checks read of a class ---------------------------------------------------


@functools.cache
def field_types(cls: type) -> dict[str, Any]:
    """The type of each field of the attrs class ``cls``, its annotation evaluated."""
    return typing.get_type_hints(cls)


class _Fields(NamedTuple):
    """What the checks need to know of the fields of a model class."""

    children: tuple[str, ...]
    """Fields whose values may hold model objects (other than quotes)."""
    refs: tuple[tuple[str, tuple[Kind, ...]], ...]
    """Fields holding an id or a tuple of ids, with the kinds of object they may name."""
    has_id: bool
    evidence_required: bool


def _holds_objects(t: Any) -> bool:
    """Whether a value of type ``t`` may hold an attrs instance other than a quote."""
    if isinstance(t, type):
        return attrs.has(t) and t is not Quote
    return any(_holds_objects(a) for a in typing.get_args(t))


@functools.cache
def _fields(cls: type) -> _Fields:
    fields = attrs.fields(typing.cast("type[AttrsInstance]", cls))
    types = field_types(cls)
    return _Fields(
        children=tuple(f.name for f in fields if _holds_objects(types[f.name])),
        refs=tuple((f.name, f.metadata["ref"]) for f in fields if "ref" in f.metadata),
        has_id=any(f.name == "id" for f in fields),
        evidence_required=any(f.name == "evidence" and f.default is attrs.NOTHING for f in fields),
    )


# -- walking a record ---------------------------------------------------------------------


def objects(record: AttrsInstance) -> list[AttrsInstance]:
    """Every model object inside ``record`` (itself included) but quotes, outermost first.

    Quotes are checked while they are structured and name their seed themselves.
    """
    out: list[AttrsInstance] = []
    stack: list[Any] = [record]
    while stack:
        obj = stack.pop()
        if isinstance(obj, tuple):
            stack.extend(reversed(obj))
        elif obj is not None:
            out.append(obj)
            cls: type = type(obj)
            stack.extend(reversed([getattr(obj, name) for name in _fields(cls).children]))
    return out


def _paths(record: AttrsInstance) -> dict[int, tuple[int, str]]:
    """Where each object of ``record`` is, by ``id()``: its place and its JSON path.

    For reporting problems at their paths, in the order the file holds them.
    """
    places: dict[int, tuple[int, str]] = {}
    for i, (path, obj) in enumerate(_walk(record, "$")):
        places.setdefault(id(obj), (i, path))
    return places


_LEAVES = (str, int, float, bool, type(None), enum.Enum)
"""Values that hold no attrs instance, skipped by :func:`_walk` without a look."""


def _walk(obj: object, path: str) -> Iterator[tuple[str, AttrsInstance]]:
    """Every attrs instance inside ``obj`` with its JSON path, outermost first."""
    if isinstance(obj, tuple):
        for i, v in enumerate(obj):
            if not isinstance(v, _LEAVES):
                yield from _walk(v, f"{path}[{i}]")
        return
    cls = type(obj)
    if attrs.has(cls):
        yield path, typing.cast("AttrsInstance", obj)
        for f in attrs.fields(cls):
            value = getattr(obj, f.name)
            if not isinstance(value, _LEAVES):
                yield from _walk(value, f"{path}.{f.name}")


def _report(
    problems: Problems,
    file: str,
    record: AttrsInstance,
    found: list[tuple[AttrsInstance, str, str]],
    root: str = "$",
) -> None:
    """Add ``(object, path suffix, message)`` findings at their paths, in file order.

    ``root`` is the JSON path of ``record`` in its file.
    """
    if found:
        paths = _paths(record)
        found.sort(key=lambda item: paths[id(item[0])][0])
        for obj, at, message in found:
            problems.add(file, root + paths[id(obj)][1][1:] + at, message)


# -- one object ---------------------------------------------------------------------------


def _describe(c: str) -> str:
    """A character as ``U+200B ZERO WIDTH SPACE``."""
    if "\ud800" <= c <= "\udfff":
        return f"U+{ord(c):04X} (a lone surrogate)"
    return f"U+{ord(c):04X} {unicodedata.name(c, unicodedata.category(c))}"


def id_problem(id: str) -> str | None:
    """Why ``id`` breaks the id grammar (:data:`ID_PATTERN`), if it does."""
    if ID_PATTERN.fullmatch(id):
        return None
    grammar = "lowercase ASCII letters and digits, in words joined by single hyphens"
    if not id:
        return f"an id must not be empty: ids are {grammar}"
    bad = next((c for c in id if not ("a" <= c <= "z" or "0" <= c <= "9" or c == "-")), None)
    if bad is not None:
        return f"id {id!r} contains {_describe(bad)}: ids are {grammar}"
    return f"id {id!r} has a hyphen at its start or end, or two in a row: ids are {grammar}"


def _object_problems(obj: AttrsInstance) -> list[tuple[str, str]]:
    """Checks that hold for one record wherever it appears: ``(path suffix, message)``."""
    fields = _fields(type(obj))
    out: list[tuple[str, str]] = []
    id = getattr(obj, "id", None) if fields.has_id else None
    if isinstance(id, str) and (problem := id_problem(id)) is not None:
        out.append((".id", problem))
    if fields.evidence_required and not getattr(obj, "evidence"):  # noqa: B009
        out.append(("", "has no evidence: it needs at least one quote"))
    if isinstance(obj, Source):
        out += _source_problems(obj)
    elif isinstance(obj, Figure):
        out += _figure_problems(obj)
    elif isinstance(obj, Period):
        for name in ("start", "end"):
            year = getattr(obj, name)
            if year is not None and not 1 <= year <= 9999:
                out.append((f".{name}", f"a year is 1-9999, not {year}"))
        if obj.end is not None and obj.end < obj.start:
            out.append((".end", f"a period cannot end ({obj.end}) before it starts ({obj.start})"))
        if obj.open_ended and obj.end is not None:
            out.append((".end", "an open-ended period has no end"))
    elif isinstance(obj, Timeframe) and obj.fiscal:
        out += _fiscal_problems({"start": obj.start, "end": obj.end})
    elif isinstance(obj, Recommendation) and obj.phase is not None and obj.phase < 1:
        out.append((".phase", f"a phase is 1 or more, not {obj.phase}"))
    elif isinstance(obj, PolicyOption):
        out += _option_problems(obj)
    elif (
        isinstance(obj, Dating)
        and obj.certainty is Certainty.INFERRED
        and not (obj.evidence and obj.note)
    ):
        out.append(("", "an inferred date needs evidence and a note saying how it was inferred"))
    elif isinstance(obj, Event):
        out += _event_problems(obj)
    return out


def _event_problems(obj: Event) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if obj.certainty is Certainty.INFERRED and not (obj.date and obj.note):
        out.append(
            ("", "an inferred event date needs a date and a note saying how it was inferred")
        )
    if obj.end is not None:
        if obj.date is None:
            out.append((".end", "an event with an end needs a date it starts"))
        elif obj.end < obj.date:
            out.append((".end", f"an event cannot end ({obj.end}) before it starts ({obj.date})"))
    if obj.open_ended and (obj.date is None or obj.end is not None):
        out.append((".open_ended", "an open-ended event has a date it starts and no end"))
    if obj.fiscal:
        if obj.date is None:
            out.append((".fiscal", "an event dated by a fiscal year needs a date (its year)"))
        out += _fiscal_problems({"date": obj.date, "end": obj.end})
    return out


def _fiscal_problems(dates: dict[str, PartialDate | None]) -> list[tuple[str, str]]:
    """A fiscal year is a year: no month or day (FY2026 starts 1 October 2025)."""
    return [
        (f".{name}", f"a fiscal year is given as a year only, not {d}")
        for name, d in dates.items()
        if d is not None and (d.month is not None or d.day is not None)
    ]


def _figure_problems(obj: Figure) -> list[tuple[str, str]]:
    if (obj.qualifier is Qualifier.RANGE) != (obj.value_max is not None):
        return [("", "a range has qualifier 'range' and a value_max, and only a range does")]
    if obj.value_max is not None and obj.value_max < obj.value:
        return [
            (
                ".value_max",
                f"a range cannot end ({obj.value_max:g}) below its start ({obj.value:g})",
            )
        ]
    return []


def _option_problems(obj: PolicyOption) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if obj.rank is not None and obj.rank < 1:
        out.append((".rank", f"a rank is 1 or more, not {obj.rank}"))
    first: dict[Criterion, int] = {}
    for i, a in enumerate(obj.assessments):
        j = first.setdefault(a.criterion, i)
        if j != i:  # option.assessment(criterion) would give the first, hiding this one
            out.append(
                (
                    f".assessments[{i}].criterion",
                    f"{a.criterion.value!r} is assessed twice (also .assessments[{j}])",
                )
            )
    return out


def _source_problems(s: Source) -> list[tuple[str, str]]:
    empty = {
        SourceField.TITLE: True,
        SourceField.CREATORS: not s.creators,
        SourceField.PUBLISHER: s.publisher is None,
        SourceField.ISSUED: s.issued is None or s.issued.certainty is Certainty.INFERRED,
        SourceField.URL: s.url is None,
        SourceField.CONTAINER: s.container_title is None,
    }
    out = [
        (".silent_on", f"{field.value} is said to be unstated but has a stated value")
        for field in s.silent_on
        if not empty[field]
    ]
    sentence = s.sentence_case_title
    if sentence is not None and (sentence == s.title or sentence.casefold() != s.title.casefold()):
        out.append(
            (
                ".sentence_case_title",
                "the sentence-case title must be the title with only its letter case changed"
                if sentence != s.title
                else "the sentence-case title is the title itself: leave it out",
            )
        )
    return out


# -- one file -------------------------------------------------------------------------------


def check_sections(
    problems: Problems,
    name: str,
    text: str,
    sections: Sequence[SectionRecord | Section],
    where: str = "$.sections",
) -> bool:
    """There are headings, non-empty, inside the text, at their offsets and in text order."""
    if not sections:
        problems.add(name, where, "a seed text has at least one heading (its title)")
        return False
    ok = True
    for i, s in enumerate(sections):
        if not s.title.strip():
            problems.add(name, f"{where}[{i}].title", "a section heading must not be empty")
            ok = False
        elif not 0 <= s.start < len(text):
            problems.add(
                name,
                f"{where}[{i}].start",
                f"offset {s.start} is outside the seed text (length {len(text)})",
            )
            ok = False
        elif text[s.start : s.start + len(s.title)] != s.title:
            problems.add(name, f"{where}[{i}]", f"heading {s.title!r} is not at offset {s.start}")
            ok = False
        if i and s.start <= sections[i - 1].start:
            problems.add(
                name,
                f"{where}[{i}]",
                f"sections must be in text order: this one starts at {s.start}, "
                f"the one before at {sections[i - 1].start}",
            )
            ok = False
    return ok


def check_seed_file(
    problems: Problems, name: str, record: SeedFile, inside: Sequence[AttrsInstance]
) -> None:
    """The checks of a structured seed file; ``inside`` are its :func:`objects`."""
    if record.source.role is not SourceRole.SEED or record.source.seed is None:
        problems.add(name, "$.source.role", "the seed's own record must have role 'seed'")
    for i, s in enumerate(record.sources):
        if s.role is not SourceRole.CITED or s.seed is not None:
            problems.add(name, f"$.sources[{i}]", "cited works have role 'cited' and no seed")
    check_objects(problems, name, record, inside)
    check_markers(problems, name, enumerate(record.citations), "$.citations")
    check_positions(problems, name, record.source.id, enumerate(record.positions), "$.positions")
    check_actor_links(problems, name, enumerate(record.actors), "$.actors")


def check_objects(
    problems: Problems,
    name: str,
    record: AttrsInstance,
    inside: Sequence[AttrsInstance],
    root: str = "$",
) -> None:
    """The checks of one object wherever it is, for the objects ``inside`` ``record``.

    ``root`` is the JSON path of ``record`` in the file ``name``.
    """
    found = [(obj, at, message) for obj in inside for at, message in _object_problems(obj)]
    _report(problems, name, record, found, root)


def check_markers(
    problems: Problems, name: str, citations: Iterable[tuple[int, Citation]], where: str
) -> None:
    """Each citation's marker lies inside one of its quoted sentences."""
    for i, c in citations:
        if not any(q.start <= c.marker.start and c.marker.end <= q.end for q in c.evidence):
            problems.add(name, f"{where}[{i}].marker", "marker lies outside its sentence")


def check_actor_links(
    problems: Problems, name: str, actors: Iterable[tuple[int, Any]], where: str
) -> None:
    """No actor relates to itself; ``part-of`` is the parent; an affiliation is listed once.

    ``actors`` are ``(index, actor)`` of the list at ``where``: the mentions of a seed
    file, or the actors of a corpus export.
    """
    for i, m in actors:
        path = f"{where}[{i}]"
        if m.parent is not None and m.parent.actor == m.id:
            problems.add(name, f"{path}.parent.actor", f"{m.id!r} cannot be part of itself")
        seen: dict[tuple[ActorRelation, str], int] = {}
        for j, a in enumerate(m.affiliations):
            at = f"{path}.affiliations[{j}]"
            if a.kind is ActorRelation.PART_OF:
                problems.add(
                    name,
                    f"{at}.kind",
                    "part-of is the actor's parent: write it as 'parent', not as an affiliation",
                )
            if a.actor == m.id:
                problems.add(name, f"{at}.actor", f"{m.id!r} cannot be affiliated with itself")
            first = seen.setdefault((a.kind, a.actor), j)
            if first != j:
                problems.add(
                    name,
                    at,
                    f"{a.kind.value} {a.actor!r} is listed twice (also .affiliations[{first}]);"
                    " put every quote in one",
                )


def check_positions(
    problems: Problems,
    name: str,
    seed: str,
    positions: Iterable[tuple[int, Position]],
    where: str,
) -> None:
    """One position per dimension, each for the seed ``seed``, with evidence iff a stance.

    ``positions`` are ``(index, position)`` of the list at ``where``.
    """
    seen: dict[Dimension, int] = {}
    for i, p in positions:
        path = f"{where}[{i}]"
        if p.source != seed:
            problems.add(
                name,
                f"{path}.source",
                f"a position of this seed must have source {seed!r}, not {p.source!r}",
            )
        if p.dimension in seen:
            problems.add(
                name,
                f"{path}.dimension",
                f"{p.dimension.value!r} is coded twice (also {where}[{seen[p.dimension]}])",
            )
        seen.setdefault(p.dimension, i)
        if p.stance is not None and not p.evidence:
            problems.add(name, path, "a coded stance needs at least one quote")
        if p.stance is None and p.evidence:
            problems.add(name, path, "a dimension not addressed (stance null) has no evidence")
        if p.stance is None and not p.notes:
            problems.add(
                name, path, "a dimension not addressed needs a note on what was looked for"
            )
    missing = [d.value for d in Dimension if d not in seen]
    if missing:
        problems.add(
            name,
            where,
            f"every dimension needs a position of seed {seed!r} (stance null if not "
            f"addressed); missing: {', '.join(missing)}",
        )


def check_entries(problems: Problems, name: str, key: str, entries: Sequence[Any]) -> None:
    """The entries of a vocabulary file (at ``$.key``): ids, names and aliases."""
    for i, entry in enumerate(entries):
        problem = id_problem(entry.id)
        if problem is not None:
            problems.add(name, f"$.{key}[{i}].id", problem)
        if not entry.name.strip():
            problems.add(name, f"$.{key}[{i}].name", "a name must not be empty")
        for j, alias in enumerate(entry.aliases):
            if not alias.strip():
                problems.add(name, f"$.{key}[{i}].aliases[{j}]", "an alias must not be empty")


# -- across the corpus ------------------------------------------------------------------------


def check_references(
    problems: Problems,
    name: str,
    record: AttrsInstance,
    inside: Sequence[AttrsInstance],
    ids: Mapping[str, Kind],
    *,
    root: str = "$",
) -> None:
    """Each reference of the objects ``inside`` ``record`` names an object of a kind it takes.

    ``ids`` gives the kind of every object of the corpus; a list of references names
    each object once.
    """
    found: list[tuple[AttrsInstance, str, str]] = []
    for obj in inside:
        for field, kinds in _fields(type(obj)).refs:
            value = getattr(obj, field)
            if isinstance(value, str):
                if ids.get(value) not in kinds:
                    found.append((obj, f".{field}", _ref_problem(value, kinds, ids)))
                continue
            listed: dict[str, int] = {}
            for j, v in enumerate(value or ()):
                if ids.get(v) not in kinds:
                    found.append((obj, f".{field}[{j}]", _ref_problem(v, kinds, ids)))
                elif listed.setdefault(v, j) != j:
                    message = f"{v!r} is listed twice (also [{listed[v]}])"
                    found.append((obj, f".{field}[{j}]", message))
    _report(problems, name, record, found, root)


def _ref_problem(value: str, kinds: tuple[Kind, ...], ids: Mapping[str, Kind]) -> str:
    """Why ``value`` is not the id of an object of one of ``kinds``."""
    if value not in ids:
        return f"unknown id {value!r}"
    want = " or ".join(article(k.value[:-1]) for k in kinds)
    return f"{value!r} is {article(ids[value].value[:-1])}, expected {want}"


def article(noun: str) -> str:
    """The noun with its indefinite article."""
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


# -- a corpus read back from its JSON export ---------------------------------------------------


def check_corpus(
    problems: Problems,
    name: str,
    collections: Mapping[str, Sequence[Any]],
    texts: Mapping[str, str],
    sections: Mapping[str, Sequence[Section]],
) -> None:
    """The loader's checks, for the objects of a corpus given whole (its JSON export).

    What the loader checks of each seed file, of each vocabulary and across the corpus,
    on the objects as the export holds them (``collections`` by kind, at ``$.<kind>``):
    every id once and in the grammar, the checks of each object, the seeds (each text
    a seed's, a seed record for each text, cited works with no text), their sections,
    one position per dimension for each seed, citation markers, actor links, names, and
    every reference to an object of a kind its field takes.
    """
    ids: dict[str, Kind] = {}
    first: dict[str, str] = {}
    for kind in Kind:
        for i, obj in enumerate(collections[kind.value]):
            at = f"$.{kind.value}[{i}]"
            if obj.id in first:
                problems.add(
                    name, f"{at}.id", f"id {obj.id!r} is used twice (also {first[obj.id]})"
                )
            else:
                first[obj.id], ids[obj.id] = at, kind
            check_objects(problems, name, obj, objects(obj), at)
    for key in ("actors", "initiatives", "places"):
        check_entries(problems, name, key, collections[key])
    seeds = {s.id: i for i, s in enumerate(collections["sources"]) if s.role is SourceRole.SEED}
    for i, s in enumerate(collections["sources"]):
        if s.role is SourceRole.SEED and (s.seed is None or s.id not in texts):
            problems.add(name, f"$.sources[{i}]", "a seed has a seed record and a text")
        elif s.role is not SourceRole.SEED and (s.seed is not None or s.id in texts):
            problems.add(
                name, f"$.sources[{i}].role", "cited works have role 'cited', no seed and no text"
            )
    for seed, text in texts.items():
        if seed not in seeds:
            problems.add(name, f"$.texts.{seed}", f"{seed!r} is no seed of the corpus")
            continue
        _check_section_spans(problems, name, seed, text, sections.get(seed, ()))
        positions = [(i, p) for i, p in enumerate(collections["positions"]) if p.source == seed]
        check_positions(problems, name, seed, positions, "$.positions")
    for i, p in enumerate(collections["positions"]):
        if p.source not in seeds:
            problems.add(name, f"$.positions[{i}].source", f"{p.source!r} is no seed of the corpus")
    check_markers(problems, name, enumerate(collections["citations"]), "$.citations")
    check_actor_links(problems, name, enumerate(collections["actors"]), "$.actors")
    for kind in Kind:
        for i, obj in enumerate(collections[kind.value]):
            at = f"$.{kind.value}[{i}]"
            check_references(problems, name, obj, objects(obj), ids, root=at)


def _check_section_spans(
    problems: Problems, name: str, seed: str, text: str, sections: Sequence[Section]
) -> None:
    """A seed's sections: as the loader checks headings, and each ending where the next starts."""
    where = f"$.sections.{seed}"
    if not check_sections(problems, name, text, sections, where):
        return
    ends = [s.start for s in sections[1:]] + [len(text)]
    for i, (s, end) in enumerate(zip(sections, ends, strict=True)):
        if s.source != seed:
            problems.add(name, f"{where}[{i}].source", f"a section of {seed!r} has source {seed!r}")
        if s.end != end:
            problems.add(
                name,
                f"{where}[{i}].end",
                f"a section ends where the next starts (or the text ends): {end}, not {s.end}",
            )
