"""Loading: caching, laziness, and one clear DataError for every kind of bad data."""

from __future__ import annotations

import calendar
import contextlib
import enum
import json
import math
import os
import shutil
import subprocess
import sys
import threading
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import binational
from binational import (
    DataError,
    Figure,
    Organization,
    PartialDate,
    Period,
    Person,
    Quote,
    load_from,
)
from binational.loader import _load as load_module
from binational.loader import _records as records
from binational.loader import exact_json

from . import bundle
from .conftest import SEED_000_DATA

Edit = Callable[[str, Callable[[Any], None]], Path]


def problems_of(data: Path, seeds: Path | None = None) -> DataError:
    with pytest.raises(DataError) as info:
        load_from(data, seeds or load_module.seeds_dir())  # type: ignore[arg-type]
    return info.value


class TestLoad:
    def test_a_57_mb_data_file_loads(self, data_copy: Path) -> None:
        """No size limit: a valid seed file of over 57 MB (copies of real objects) loads."""
        path = data_copy / SEED_001_DATA
        seed = json.loads(path.read_text(encoding="utf-8"))
        figures, recommendations = list(seed["figures"]), list(seed["recommendations"])
        one_copy = len(json.dumps([figures, recommendations], indent=2))
        copies = 0
        while path.stat().st_size < 57 * 2**20:
            more = (57 * 2**20 - path.stat().st_size) // one_copy + 1
            for k in range(copies, copies + more):
                seed["figures"] += [{**f, "id": f"{f['id']}-copy-{k}"} for f in figures]
                seed["recommendations"] += [
                    {**r, "id": f"{r['id']}-copy-{k}"} for r in recommendations
                ]
            copies += more
            path.write_text(json.dumps(seed, indent=2), encoding="utf-8")
        del seed
        corpus = load_from(data_copy, load_module.seeds_dir())
        assert len(corpus.figures) == len(binational.load().figures) + copies * len(figures)
        copy = corpus.figures[f"{figures[0]['id']}-copy-{copies - 1}"]
        assert copy.value == Decimal(str(figures[0]["value"]))

    def test_load_is_cached(self) -> None:
        """load() builds the corpus once and returns the same object afterwards."""
        assert binational.load() is binational.load()

    def test_concurrent_first_calls_build_one_corpus(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Threads racing on the first load() all get the same corpus, built once."""
        monkeypatch.setattr(load_module, "_cached", None)
        calls = []
        real = load_module.load_from

        def counting(*args: Any) -> binational.Corpus:
            calls.append(1)
            return real(*args)

        monkeypatch.setattr(load_module, "load_from", counting)
        barrier = threading.Barrier(8)
        results: list[binational.Corpus] = []

        def worker() -> None:
            barrier.wait()
            results.append(binational.load())

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(calls) == 1
        assert len({id(r) for r in results}) == 1

    def test_import_is_cheap(self) -> None:
        """Importing the package reads no data and imports neither cattrs nor the loader's JSON."""
        code = (
            "import sys, binational, binational.loader._load as l; "
            "print('cattrs' in sys.modules, l._cached is None)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        assert out == ["False", "True"]

    def test_import_is_light(self) -> None:
        """``import binational`` loads the model and its views, not cattrs, the loader or I/O."""
        code = (
            "import sys, binational; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('cattrs', 'json', 'hashlib', 'pathlib') or m == 'importlib.resources' "
            "or m.startswith('binational.')))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        loaded = set(eval(out))  # noqa: S307 - our own subprocess's list of names
        allowed = (
            "binational._version",
            "binational.exceptions",
            "binational.model",
            "binational.views",
        )
        assert {m for m in loaded if not m.startswith(allowed)} == set()
        assert {"binational.model._model", "binational.exceptions"} <= loaded

    def test_valid_data_is_structured_without_detailed_validation(self) -> None:
        """A valid corpus loads through the converter without detailed validation only."""
        code = (
            "import binational, binational.loader._read as r\n"
            "made = []\n"
            "real = r.make_converter\n"
            "r.make_converter = lambda **kw: made.append(kw) or real(**kw)\n"
            "binational.load()\n"
            "print(made)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        assert out.strip() == "[{'detailed_validation': False}]"

    def test_load_from_builds_a_fresh_corpus(self, data_copy: Path) -> None:
        """load_from() reads the given directory and does not touch the cache."""
        corpus = load_from(data_copy, load_module.seeds_dir())
        assert corpus is not binational.load()
        assert corpus.recommendations.ids() == binational.load().recommendations.ids()


class TestArguments:
    @pytest.mark.parametrize(
        ("data", "seeds", "argument", "got"),
        [
            (None, None, "data", "NoneType"),
            (3, "seeds", "data", "int"),
            ("data", b"seeds", "seeds", "bytes"),
            ("data", ["seeds"], "seeds", "list"),
        ],
    )
    def test_load_from_wrong_types(self, data: Any, seeds: Any, argument: str, got: str) -> None:
        """load_from() names the argument of the wrong type and what it takes."""
        with pytest.raises(TypeError) as info:
            load_from(data, seeds)
        assert str(info.value) == (
            f"load_from() argument {argument!r} must be a path (str or os.PathLike) or an "
            f"importlib.resources Traversable, not {got}"
        )


class TestDataErrors:
    def test_quote_mismatch_names_file_path_and_texts(self, edit: Edit) -> None:
        """A quote that differs from the seed text is reported with both versions."""

        def change(d: Any) -> None:
            d["recommendations"][2]["evidence"][0]["text"] = "This includes establishing joint"

        err = problems_of(edit(SEED_000_DATA, change))
        (p,) = err.problems
        assert p.file == SEED_000_DATA
        assert p.path == "$.recommendations[2].evidence[0]"
        assert "does not match the seed text" in p.message
        assert isinstance(err, ValueError)

    def test_dangling_reference(self, edit: Edit) -> None:
        """An id that names nothing is an error at its exact path."""
        err = problems_of(
            edit(SEED_000_DATA, lambda d: d["recommendations"][3].update(addressees=["atlantis"]))
        )
        assert [(p.path, p.message) for p in err.problems] == [
            ("$.recommendations[3].addressees[0]", "unknown id 'atlantis'")
        ]

    def test_reference_listed_twice(self, edit: Edit) -> None:
        """A list of references names each object once."""
        err = problems_of(
            edit(
                SEED_000_DATA,
                lambda d: d["recommendations"][3].update(addressees=["us-dhs", "us-dod", "us-dhs"]),
            )
        )
        assert [(p.path, p.message) for p in err.problems] == [
            ("$.recommendations[3].addressees[2]", "'us-dhs' is listed twice (also [0])")
        ]

    def test_option_assessed_twice_on_one_criterion(self, edit: Edit) -> None:
        """A second assessment on a criterion would be hidden by option.assessment()."""

        def change(d: Any) -> None:
            assessments = d["options"][1]["assessments"]
            assessments.append(dict(assessments[0]))

        err = problems_of(edit(SEED_000_DATA, change))
        data = json.loads((load_module.data_dir() / SEED_000_DATA).read_text(encoding="utf-8"))
        criterion = data["options"][1]["assessments"][0]["criterion"]
        assert [(p.path, p.message) for p in err.problems] == [
            (
                "$.options[1].assessments[4].criterion",
                f"{criterion!r} is assessed twice (also .assessments[0])",
            )
        ]

    @pytest.mark.parametrize(
        ("change", "path", "message"),
        [
            (lambda a: a.update(name=""), "$.actors[2].name", "a name must not be empty"),
            (lambda a: a.update(name=" \t"), "$.actors[2].name", "a name must not be empty"),
            (
                lambda a: a.update(aliases=["X", ""]),
                "$.actors[2].aliases[1]",
                "an alias must not be empty",
            ),
        ],
    )
    def test_empty_vocabulary_name(
        self, edit: Edit, change: Callable[[Any], None], path: str, message: str
    ) -> None:
        """An actor, initiative or place has a name, and no empty alias."""
        err = problems_of(edit("actors.json", lambda d: change(d["actors"][2])))
        assert (path, message) in [(p.path, p.message) for p in err.problems]

    def test_reference_to_the_wrong_kind(self, edit: Edit) -> None:
        """An addressee must be an actor, not a place."""
        err = problems_of(
            edit(SEED_000_DATA, lambda d: d["recommendations"][0].update(addressees=["tijuana"]))
        )
        assert "'tijuana' is a place, expected an actor" in err.problems[0].message

    @pytest.mark.parametrize(
        ("value", "words"),
        [("3", "expected an integer"), (True, "expected an integer"), (2.0, "expected an integer")],
    )
    def test_no_coercion(self, edit: Edit, value: object, words: str) -> None:
        """'3', true and 2.0 are not integers."""
        err = problems_of(
            edit(SEED_000_DATA, lambda d: d["recommendations"][2].update(phase=value))
        )
        (p,) = err.problems
        assert p.path == "$.recommendations[2].phase"
        assert words in p.message

    def test_string_is_not_a_tuple(self, edit: Edit) -> None:
        """A string where a list is expected is not split into characters."""
        err = problems_of(edit("actors.json", lambda d: d["actors"][0].update(aliases="U.S.")))
        assert (err.problems[0].path, err.problems[0].message) == (
            "$.actors[0].aliases",
            "expected an array, got string",
        )

    def test_unknown_key_and_enum_value(self, edit: Edit) -> None:
        """Unknown keys and enum values are errors, reported together."""

        def change(d: Any) -> None:
            d["options"][0]["colour"] = "red"
            d["options"][1]["horizon"] = "forever"

        err = problems_of(edit(SEED_000_DATA, change))
        got = {p.path: p.message for p in err.problems}
        assert got["$.options[0]"] == "unknown key(s): colour"
        assert "'forever' is not a valid Horizon" in got["$.options[1].horizon"]

    def test_several_problems_at_once(self, edit: Edit) -> None:
        """Every problem of a file is listed, not only the first."""

        def change(d: Any) -> None:
            for r in d["recommendations"][:5]:
                r["evidence"][0]["start"] += 1

        err = problems_of(edit(SEED_000_DATA, change))
        assert len(err.problems) == 5
        assert str(err).startswith("5 problem(s) in " + SEED_000_DATA)

    def test_invalid_json(self, data_copy: Path) -> None:
        """A syntax error gives line and column."""
        (data_copy / "places.json").write_text('{"places": [,]}', encoding="utf-8")
        (p,) = problems_of(data_copy).problems
        assert p.file == "places.json"
        assert p.path == "line 1, column 13"

    def test_duplicate_json_key(self, data_copy: Path) -> None:
        """A key given twice is not silently resolved to the last value."""
        (data_copy / "places.json").write_text('{"places": [], "places": []}', encoding="utf-8")
        assert "duplicate key 'places'" in problems_of(data_copy).problems[0].message

    def test_changed_seed_text(self, seeds_copy: Path, data_copy: Path) -> None:
        """A seed text that differs by one byte is rejected by its SHA-256."""
        path = seeds_copy / "000_7c3a6f57297a07f8.txt"
        raw = bytearray(path.read_bytes())
        raw[100] ^= 1
        path.write_bytes(bytes(raw))
        (p,) = problems_of(data_copy, seeds_copy).problems
        assert p.path == "$.source.seed.sha256"

    def test_vocabulary_entry_without_evidence(self, edit: Edit) -> None:
        """An actor no seed mentions has no evidence and is rejected."""
        new = {"id": "atlantis", "name": "Atlantis", "kind": "country"}
        err = problems_of(edit("actors.json", lambda d: d["actors"].append(new)))
        assert "'atlantis' is mentioned by no seed" in err.problems[0].message

    def test_mention_without_vocabulary_entry(self, edit: Edit) -> None:
        """A seed may only mention actors the vocabulary defines."""
        err = problems_of(edit(SEED_000_DATA, lambda d: d["actors"][0].update(id="atlantis")))
        messages = [p.message for p in err.problems]
        assert "'atlantis' is not in actors.json" in messages

    def test_duplicate_id_across_kinds(self, edit: Edit) -> None:
        """Ids are unique across the whole corpus."""
        err = problems_of(
            edit(SEED_000_DATA, lambda d: d["positions"][0].update(id="nsc-phased-strategy"))
        )
        assert "id 'nsc-phased-strategy' is used twice" in err.problems[0].message

    def test_duplicate_id_is_reported_where_it_is_repeated(self, edit: Edit) -> None:
        """The second use of an id is the one reported, naming the first."""
        data = edit(SEED_003_DATA, lambda d: d["figures"][0].update(id="nsc-phased-strategy"))
        err = problems_of(data)
        expected = (
            "id 'nsc-phased-strategy' is used twice (also a recommendation, at "
            f"{SEED_000_DATA} $.recommendations[1].id)"
        )
        assert messages_at(err, SEED_003_DATA, "$.figures[0].id") == [expected]

    def test_alias_collision(self, edit: Edit) -> None:
        """Two actors cannot share a name or alias."""
        err = problems_of(edit("actors.json", lambda d: d["actors"][1].update(aliases=["US"])))
        assert any("'US' also names" in p.message for p in err.problems)

    def test_inferred_date_needs_a_note(self, edit: Edit) -> None:
        """An inferred date without the reasoning behind it is rejected."""
        err = problems_of(edit(SEED_000_DATA, lambda d: d["source"]["issued"].pop("note")))
        assert err.problems[0].path == "$.source.issued"

    def test_inferred_event_date_needs_a_note(self, edit: Edit) -> None:
        """An event whose date is inferred says how it was inferred."""

        def change(d: Any) -> None:
            task_forces = next(
                i for i in d["initiatives"] if i["id"] == "us-mexico-enforcement-task-forces"
            )
            task_forces["events"] = [
                {
                    "kind": "established",
                    "date": {"year": 2026},
                    "certainty": "inferred",
                    "evidence": task_forces["evidence"][:1],
                }
            ]

        err = problems_of(edit(SEED_000_DATA, change))
        (p,) = err.problems
        assert p.path.endswith(".events[0]")
        assert "an inferred event date needs a date and a note" in p.message

    def test_event_ending_before_it_starts(self, edit: Edit) -> None:
        """An event that spans a period ends on or after the date it starts."""

        def change(d: Any) -> None:
            task_forces = next(
                i for i in d["initiatives"] if i["id"] == "us-mexico-enforcement-task-forces"
            )
            task_forces["events"] = [
                {
                    "kind": "established",
                    "date": {"year": 2028},
                    "end": {"year": 2027},
                    "evidence": task_forces["evidence"][:1],
                }
            ]

        err = problems_of(edit(SEED_000_DATA, change))
        (p,) = err.problems
        assert p.path.endswith(".events[0].end")
        assert p.message == "an event cannot end (2027) before it starts (2028)"

    @pytest.mark.parametrize(
        ("extra", "path", "message"),
        [
            (
                {"fiscal": True, "date": {"year": 2026, "month": 3}},
                ".events[0].date",
                "a fiscal year is given as a year only, not 2026-03",
            ),
            (
                {"fiscal": True},
                ".events[0].fiscal",
                "an event dated by a fiscal year needs a date (its year)",
            ),
            (
                {"open_ended": True, "date": {"year": 2021}, "end": {"year": 2023}},
                ".events[0].open_ended",
                "an open-ended event has a date it starts and no end",
            ),
            (
                {"open_ended": True},
                ".events[0].open_ended",
                "an open-ended event has a date it starts and no end",
            ),
        ],
    )
    def test_impossible_fiscal_or_open_event_dates(
        self, edit: Edit, extra: dict[str, Any], path: str, message: str
    ) -> None:
        """A fiscal year is a year only; an open-ended event has a start and no end."""

        def change(d: Any) -> None:
            task_forces = next(
                i for i in d["initiatives"] if i["id"] == "us-mexico-enforcement-task-forces"
            )
            task_forces["events"] = [
                {"kind": "proposed", "evidence": task_forces["evidence"][:1], **extra}
            ]

        err = problems_of(edit(SEED_000_DATA, change))
        (p,) = err.problems
        assert (p.path[-len(path) :], p.message) == (path, message)

    def test_fiscal_and_open_event_dates_load(self, edit: Edit) -> None:
        """A fiscal-year event and an open-ended one load, as the flags say."""

        def change(d: Any) -> None:
            task_forces = next(
                i for i in d["initiatives"] if i["id"] == "us-mexico-enforcement-task-forces"
            )
            ev = task_forces["evidence"][:1]
            task_forces["events"] = [
                {"kind": "proposed", "evidence": ev, "date": {"year": 2026}, "fiscal": True},
                {"kind": "increased", "evidence": ev, "date": {"year": 2021}, "open_ended": True},
            ]

        corpus = load_from(edit(SEED_000_DATA, change), load_module.seeds_dir())
        fy, since = corpus.initiatives["us-mexico-enforcement-task-forces"].events
        assert (fy.date, fy.fiscal, fy.open_ended) == (PartialDate(year=2026), True, False)
        assert (since.date, since.end, since.open_ended) == (PartialDate(year=2021), None, True)

    def test_open_period_with_an_end_and_fiscal_timeframe_with_a_month(self, edit: Edit) -> None:
        """An open-ended figure period has no end; a fiscal timeframe is in years."""

        def change(d: Any) -> None:
            d["figures"][0]["period"] = {"start": 2021, "end": 2023, "open_ended": True}
            r = next(r for r in d["recommendations"] if r.get("timeframe"))
            r["timeframe"]["fiscal"] = True
            r["timeframe"]["start"] = {"year": 2026, "month": 6}

        err = problems_of(edit(SEED_000_DATA, change))
        got = {(p.path.rsplit(".", 1)[-1], p.message) for p in err.problems}
        assert ("end", "an open-ended period has no end") in got
        assert ("start", "a fiscal year is given as a year only, not 2026-06") in got

    def test_silent_field_with_a_value(self, edit: Edit) -> None:
        """A field said to be unstated must be empty."""
        err = problems_of(edit(SEED_000_DATA, lambda d: d["source"].update(publisher="Someone")))
        assert "publisher is said to be unstated" in err.problems[0].message

    def test_citation_marker_outside_its_sentence(self, edit: Edit) -> None:
        """The marker of a citation lies inside the sentence quoted as its evidence."""

        def change(d: Any) -> None:
            d["citations"][0]["evidence"] = d["citations"][5]["evidence"]

        err = problems_of(edit(SEED_000_DATA, change))
        assert err.problems[0].path == "$.citations[0].marker"

    def test_object_without_evidence(self, edit: Edit) -> None:
        """Every object carries at least one quote."""
        err = problems_of(
            edit(SEED_000_DATA, lambda d: d["recommendations"][0].update(evidence=[]))
        )
        assert err.problems[0].path == "$.recommendations[0]"
        assert "no evidence" in err.problems[0].message

    def test_missing_seed_text(self, data_copy: Path, tmp_path: Path) -> None:
        """A seed text that is not there is named."""
        (tmp_path / "empty").mkdir()
        problems = problems_of(data_copy, tmp_path / "empty").problems
        assert len(problems) == len(list((data_copy / "seeds").iterdir()))
        assert all("not found" in p.message for p in problems)
        assert any("seed text '000_7c3a6f57297a07f8.txt' not found" in p.message for p in problems)


def test_packaged_data_is_canonical_json() -> None:
    """Every data file is in canonical form (sorted keys, indent 2, final newline)."""
    root = load_module.data_dir()
    files = [root / n for n in ("actors.json", "initiatives.json", "places.json")]
    files += list((root / "seeds").iterdir())
    for f in files:
        text = f.read_text(encoding="utf-8")
        canonical = json.dumps(json.loads(text), indent=2, ensure_ascii=False, sort_keys=True)
        assert text == canonical + "\n", f.name


@pytest.mark.skipif(
    not os.environ.get("BINATIONAL_EXPECT_WHEEL"),
    reason="only when testing the installed wheel",
)
def test_running_against_the_installed_wheel() -> None:
    """The wheel carries its data and seed texts inside the package."""
    assert "site-packages" in binational.__file__
    assert load_module.seeds_dir().name == "_seeds"
    assert len(binational.load().recommendations) > 0


SEED_001_DATA = "seeds/001-orion-2026-neighbor-in-focus.json"
SEED_003_DATA = "seeds/003-greenway-2025-military-options-border.json"
SEED_000_TEXT = "000_7c3a6f57297a07f8.txt"


def rewrite(data: Path, name: str, change: Callable[[Any], None], **raw: str) -> Path:
    """Apply ``change`` to a data file; then put ``raw`` JSON text in place of "@key" strings.

    The JSON is written ASCII-escaped, so lone surrogates survive.
    """
    path = data / name
    content = json.loads(path.read_text(encoding="utf-8"))
    change(content)
    text = json.dumps(content, indent=2)
    for key, literal in raw.items():
        text = text.replace(json.dumps(f"@{key}"), literal)
    path.write_text(text, encoding="utf-8")
    return data


def messages_at(err: DataError, file: str, path: str) -> list[str]:
    """The messages of the problems at ``file`` and ``path``."""
    return [p.message for p in err.problems if (p.file, p.path) == (file, path)]


def setter(*keys: str | int, value: Any) -> Callable[[Any], None]:
    """A change that sets the value at ``keys`` (``"figures", 0, "value"``)."""

    def change(d: Any) -> None:
        for k in keys[:-1]:
            d = d[k]
        d[keys[-1]] = value

    return change


class TestImpossibleValues:
    """Values that cannot be true are refused with the file, the path and why (issue 11)."""

    @pytest.mark.parametrize(
        ("literal", "shown"),
        [("NaN", "NaN"), ("-Infinity", "-Infinity"), ("Infinity", "Infinity"), ("1e999", "Inf")],
    )
    def test_non_finite_number(self, data_copy: Path, literal: str, shown: str) -> None:
        """NaN, ±Infinity and 1e999 (which overflows) are not figures."""
        change = setter("figures", 0, "value", value="@x")
        err = problems_of(rewrite(data_copy, SEED_001_DATA, change, x=literal))
        (message,) = messages_at(err, SEED_001_DATA, "$.figures[0].value")
        assert message.startswith(f"expected an exact number, got {shown}")

    @pytest.mark.parametrize(
        ("date", "words"),
        [
            ({"year": 2024, "month": 2, "day": 31}, "2024-02 has no day 31"),
            ({"year": 2023, "month": 2, "day": 29}, "2023-02 has no day 29"),
            ({"year": 2024, "month": 4, "day": 31}, "2024-04 has no day 31"),
            ({"year": 2024, "month": 1, "day": 0}, "2024-01 has no day 0"),
            ({"year": -5}, "year must be 1-9999, not -5"),
            ({"year": 0}, "year must be 1-9999, not 0"),
            ({"year": 2024, "month": 13}, "month must be 1-12, not 13"),
            ({"year": 2024, "day": 3}, "day 3 needs a month"),
        ],
        ids=[
            "31-feb",
            "29-feb-2023",
            "31-apr",
            "day-0",
            "year-minus-5",
            "year-0",
            "month-13",
            "no-month",
        ],
    )
    def test_date_that_is_not_in_the_calendar(
        self, data_copy: Path, date: dict[str, int], words: str
    ) -> None:
        """A date must be a real calendar date, year 1 or later."""
        change = setter("sources", 0, "issued", "date", value=date)
        err = problems_of(rewrite(data_copy, SEED_003_DATA, change))
        (message,) = messages_at(err, SEED_003_DATA, "$.sources[0].issued.date")
        assert words in message

    def test_leap_day_in_a_leap_year_loads(self, data_copy: Path) -> None:
        """29 February 2024 is a real date (and the seed text is not checked for dates)."""
        change = setter("sources", 0, "issued", "date", value={"year": 2024, "month": 2, "day": 29})
        corpus = load_from(rewrite(data_copy, SEED_003_DATA, change), load_module.seeds_dir())
        issued = corpus.sources["hankinson-2024-border-crisis-foreign-espionage"].issued
        assert issued is not None
        assert str(issued.date) == "2024-02-29"

    @pytest.mark.parametrize(
        ("period", "path", "words"),
        [
            (
                {"start": 2026, "end": 2020},
                "end",
                "a period cannot end (2020) before it starts (2026)",
            ),
            ({"start": -5}, "start", "a year is 1-9999, not -5"),
            ({"start": 0, "end": 2020}, "start", "a year is 1-9999, not 0"),
        ],
        ids=["ends-before-start", "year-minus-5", "year-0"],
    )
    def test_impossible_period(
        self, data_copy: Path, period: dict[str, int], path: str, words: str
    ) -> None:
        """A period runs forward from a year 1 or later."""
        change = setter("figures", 0, "period", value=period)
        err = problems_of(rewrite(data_copy, SEED_001_DATA, change))
        assert [words] == messages_at(err, SEED_001_DATA, f"$.figures[0].period.{path}")

    def test_range_ending_below_its_start(self, data_copy: Path) -> None:
        """A range's value_max is not below its value."""

        def change(d: Any) -> None:
            d["figures"][0].update(qualifier="range", value_max=10)

        err = problems_of(rewrite(data_copy, SEED_001_DATA, change))
        assert messages_at(err, SEED_001_DATA, "$.figures[0].value_max") == [
            "a range cannot end (10) below its start (64.9)"
        ]

    @pytest.mark.parametrize("phase", [0, -1])
    def test_phase_below_one(self, data_copy: Path, phase: int) -> None:
        """A phase is an ordinal: 1, 2, 3..."""
        change = setter("recommendations", 2, "phase", value=phase)
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change))
        assert [f"a phase is 1 or more, not {phase}"] == messages_at(
            err, SEED_000_DATA, "$.recommendations[2].phase"
        )

    @pytest.mark.parametrize("rank", [0, -3])
    def test_rank_below_one(self, data_copy: Path, rank: int) -> None:
        """A rank on an escalation ladder starts at 1."""
        change = setter("options", 0, "rank", value=rank)
        err = problems_of(rewrite(data_copy, SEED_003_DATA, change))
        assert [f"a rank is 1 or more, not {rank}"] == messages_at(
            err, SEED_003_DATA, "$.options[0].rank"
        )


class TestSections:
    """Section headings are where they say, non-empty and in order (issue 11)."""

    @pytest.mark.parametrize(
        ("change", "path", "words"),
        [
            (setter("sections", 1, "start", value=-1), "$.sections[1].start", "outside"),
            (setter("sections", 1, "start", value=10**9), "$.sections[1].start", "outside"),
            (setter("sections", 1, "title", value=""), "$.sections[1].title", "must not be empty"),
            (setter("sections", 1, "title", value=" "), "$.sections[1].title", "must not be empty"),
            (
                setter("sections", 1, "start", value="57"),
                "$.sections[1].start",
                "expected an integer",
            ),
            (setter("sections", 1, value=None), "$.sections[1]", "expected an object"),
            (setter("sections", value={}), "$.sections", "expected an array, got object"),
        ],
        ids=["negative", "past-the-text", "empty", "blank", "string-offset", "null", "not-a-list"],
    )
    def test_bad_section(
        self, data_copy: Path, change: Callable[[Any], None], path: str, words: str
    ) -> None:
        """Each bad section is reported at its own path (not ``$[1].start``)."""
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change))
        assert any(words in m for m in messages_at(err, SEED_000_DATA, path)), err.problems

    def test_no_sections(self, data_copy: Path) -> None:
        """An empty list of sections is refused (it was a ValueError out of zip())."""
        err = problems_of(rewrite(data_copy, SEED_000_DATA, setter("sections", value=[])))
        assert messages_at(err, SEED_000_DATA, "$.sections") == [
            "a seed text has at least one heading (its title)"
        ]

    def test_sections_out_of_order(self, data_copy: Path) -> None:
        """Sections are listed in text order."""

        def change(d: Any) -> None:
            d["sections"][1], d["sections"][2] = d["sections"][2], d["sections"][1]

        err = problems_of(rewrite(data_copy, SEED_000_DATA, change))
        (message,) = messages_at(err, SEED_000_DATA, "$.sections[2]")
        assert message.startswith("sections must be in text order")


BAD_IDS = [
    ("", "must not be empty"),
    ("nsc/rec", "U+002F SOLIDUS"),
    ("..", "U+002E FULL STOP"),
    ("nsc rec", "U+0020 SPACE"),
    ("nsc-rec\t", "U+0009"),
    ("nsc-\x07rec", "U+0007"),
    ("nsc-\u200brec", "U+200B ZERO WIDTH SPACE"),
    ("nsc-\u202erec", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("nsc-\u2066rec", "U+2066 LEFT-TO-RIGHT ISOLATE"),
    ("nsc-\ud800rec", "U+D800 (a lone surrogate)"),
    ("nsc-r\u0435c", "U+0435 CYRILLIC SMALL LETTER IE"),
    ("NSC-rec", "U+004E LATIN CAPITAL LETTER N"),
    ("nsc-rec-", "a hyphen at its start or end"),
    ("nsc--rec", "two in a row"),
]


class TestIds:
    """Ids follow the grammar ``^[a-z0-9]+(?:-[a-z0-9]+)*$`` (issue 11)."""

    def test_every_packaged_id_follows_the_grammar(self, corpus: binational.Corpus) -> None:
        """The grammar refuses no id in use."""
        ids = [o.id for c in corpus.collections().values() for o in c]
        assert [i for i in ids if not load_module.ID_PATTERN.fullmatch(i)] == []

    @pytest.mark.parametrize(("id", "words"), BAD_IDS, ids=[repr(i) for i, _ in BAD_IDS])
    def test_bad_id_in_a_seed_file(self, data_copy: Path, id: str, words: str) -> None:
        """A seed's own object with a bad id is refused, naming the character."""
        change = setter("recommendations", 0, "id", value=id)
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change))
        (message,) = messages_at(err, SEED_000_DATA, "$.recommendations[0].id")
        assert words in message

    @pytest.mark.parametrize("id", ["m\u0435xico", "mex\u200bico", "mexico\u0301", "Mexico"])
    def test_look_alike_beside_mexico(self, data_copy: Path, id: str) -> None:
        """An actor whose id looks like (or normalises to) ``mexico`` is refused."""
        new = {"id": id, "name": "Mexico (again)", "kind": "country"}
        err = problems_of(rewrite(data_copy, "actors.json", lambda d: d["actors"].append(new)))
        where = f"$.actors[{len(binational.load().actors)}].id"
        (message,) = messages_at(err, "actors.json", where)
        assert message.startswith(f"id {id!r} contains U+")

    def test_bad_id_of_a_mention(self, data_copy: Path) -> None:
        """A mention in a seed file is held to the same grammar."""
        change = setter("actors", 0, "id", value="united states")
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change))
        assert any("U+0020 SPACE" in m for m in messages_at(err, SEED_000_DATA, "$.actors[0].id"))

    @pytest.mark.parametrize(
        ("file", "keys"),
        [
            (SEED_000_DATA, ("source", "id")),
            (SEED_003_DATA, ("sources", 0, "id")),
            (SEED_001_DATA, ("figures", 0, "id")),
            (SEED_001_DATA, ("citations", 0, "id")),
            (SEED_001_DATA, ("characterizations", 0, "id")),
            (SEED_000_DATA, ("positions", 0, "id")),
            ("initiatives.json", ("initiatives", 0, "id")),
            ("places.json", ("places", 0, "id")),
        ],
        ids=lambda v: v if isinstance(v, str) else ".".join(map(str, v)),
    )
    @pytest.mark.parametrize("bad", ["x\u200by", "x\u202ey", "x/y"], ids=["zwsp", "rlo", "slash"])
    def test_every_id_is_held_to_the_grammar(
        self, data_copy: Path, file: str, keys: tuple[str | int, ...], bad: str
    ) -> None:
        """Seeds, cited works, every object kind and the vocabularies: no id escapes the check."""
        err = problems_of(rewrite(data_copy, file, setter(*keys, value=bad)))
        path = "$" + "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys)
        assert any(m.startswith(f"id {bad!r} contains U+") for m in messages_at(err, file, path))


@pytest.fixture
def unblock_fifo() -> Any:
    """Should a test open a FIFO by mistake, unblock it after 20 s instead of hanging."""
    fifos: list[Path] = []

    def unblock() -> None:
        for fifo in fifos:
            with contextlib.suppress(OSError):  # nobody is reading it
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    timer = threading.Timer(20, unblock)
    timer.start()
    yield fifos
    timer.cancel()


class TestFiles:
    """Only regular files in their folder are read, and none is skipped silently (issue 11)."""

    @pytest.mark.parametrize(
        "name",
        [
            "../x",
            "../seeds/" + SEED_000_TEXT,
            "/etc/passwd",
            "/dev/zero",
            "sub/x.txt",
            "..",
            ".",
            "",
            "a\\b",
            "x\x00y",
        ],
    )
    def test_seed_text_outside_the_seeds_folder(self, data_copy: Path, name: str) -> None:
        """A seed's file is a plain name: no path leads out of the seeds folder."""
        change = setter("source", "seed", "file", value=name)
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change))
        (message,) = messages_at(err, SEED_000_DATA, "$.source.seed.file")
        assert "must be a plain file name inside the seeds folder" in message

    def test_seed_text_named_with_a_lone_surrogate(self, data_copy: Path) -> None:
        """A seed's file named with a lone surrogate is not found (no UnicodeEncodeError)."""
        name = "x\ud800.txt"
        change = setter("source", "seed", "file", value=name)
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change))
        (message,) = messages_at(err, SEED_000_DATA, "$.source.seed.file")
        assert message.startswith(f"seed text {name!r} not found in ")

    def test_folder_named_with_a_lone_surrogate(self, tmp_path: Path) -> None:
        """A data or seeds folder whose name no file system can hold is not found."""
        nowhere = str(tmp_path / "x\ud800")
        err = problems_of(Path(nowhere))
        assert messages_at(err, "actors.json", "$") == ["file not found"]
        err = problems_of(Path(str(load_module.data_dir())), Path(nowhere))
        assert messages_at(err, SEED_000_DATA, "$.source.seed.file") == [
            f"seed text {SEED_000_TEXT!r} not found in {nowhere}"
        ]

    @pytest.mark.skipif(sys.platform != "linux", reason="needs sparse files and RLIMIT_AS")
    @pytest.mark.parametrize("what", ["seed text", "data file"])
    def test_huge_file_is_not_a_memory_error(
        self, data_copy: Path, seeds_copy: Path, what: str
    ) -> None:
        """A 384 MB (sparse) file is a problem, not a MemoryError, in 256 MB of address space.

        A seed text is hashed a chunk at a time and not read, as its SHA-256 is not the
        one expected; a data file that cannot be held in memory is named.
        """
        if what == "seed text":  # of the size the data says: hashed, not read
            big, file, path = seeds_copy / SEED_000_TEXT, SEED_000_DATA, "$.source.seed.sha256"
            expected = f"seed text {SEED_000_TEXT!r} has SHA-256 "
            rewrite(data_copy, SEED_000_DATA, setter("source", "seed", "bytes", value=384 << 20))
        else:
            big, file, path = data_copy / "actors.json", "actors.json", "$"
            expected = "file too large to read into memory"
        with big.open("wb") as f:
            f.truncate(384 << 20)
        code = (
            "import resource, binational\n"
            "resource.setrlimit(resource.RLIMIT_AS, (256 << 20, 256 << 20))\n"
            "try:\n"
            f"    binational.load_from({str(data_copy)!r}, {str(seeds_copy)!r})\n"
            "except binational.DataError as e:\n"
            "    print('\\n'.join(f'{p.file}|{p.path}|{p.message}' for p in e.problems))\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
        )
        assert done.returncode == 0, done.stderr[-2000:]
        found = [line.split("|") for line in done.stdout.splitlines()]
        assert any(f == file and p == path and expected in m for f, p, m in found), found

    @pytest.mark.skipif(sys.platform != "linux", reason="needs sparse files")
    def test_huge_seed_text_of_another_size_is_refused_unread(
        self, data_copy: Path, seeds_copy: Path
    ) -> None:
        """A 4 GiB sparse text where the data says 17,096 bytes: refused by its size.

        Its size is read from the opened file; not a byte of it is read or hashed
        (hashing 4 GiB takes many seconds; the subprocess is given 20).
        """
        big = seeds_copy / SEED_000_TEXT
        with big.open("r+b") as f:
            f.truncate(4 << 30)
        code = (
            "import binational\n"
            "try:\n"
            f"    binational.load_from({str(data_copy)!r}, {str(seeds_copy)!r})\n"
            "except binational.DataError as e:\n"
            "    print('\\n'.join(f'{p.file}|{p.path}|{p.message}' for p in e.problems))\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=20, check=False
        )
        assert done.returncode == 0, done.stderr[-2000:]
        found = [line.split("|") for line in done.stdout.splitlines()]
        assert [
            SEED_000_DATA,
            "$.source.seed.bytes",
            (
                f"seed text {SEED_000_TEXT!r} is 4,294,967,296 bytes, data says 17,096: "
                "not the text the data was coded on (refused before reading it)"
            ),
        ] in found, found

    @pytest.mark.parametrize("value", [None, "17096", -1, True, 1.5])
    def test_seed_text_size_that_is_not_a_size(self, data_copy: Path, value: object) -> None:
        change = setter("source", "seed", "bytes", value=value)
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change))
        assert messages_at(err, SEED_000_DATA, "$.source.seed.bytes")

    def test_seed_text_size_is_required(self, data_copy: Path) -> None:
        def drop(data: Any) -> None:
            del data["source"]["seed"]["bytes"]

        err = problems_of(rewrite(data_copy, SEED_000_DATA, drop))
        assert messages_at(err, SEED_000_DATA, "$.source.seed.bytes") == ["required field missing"]

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
    def test_seed_text_that_is_a_fifo(
        self, data_copy: Path, seeds_copy: Path, unblock_fifo: list[Path]
    ) -> None:
        """A FIFO is never opened (it would hang the loader)."""
        os.mkfifo(seeds_copy / "fifo.txt")
        unblock_fifo.append(seeds_copy / "fifo.txt")
        change = setter("source", "seed", "file", value="fifo.txt")
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change), seeds_copy)
        (message,) = messages_at(err, SEED_000_DATA, "$.source.seed.file")
        assert "fifo.txt is a FIFO, not a regular file" in message

    @pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
    def test_seed_text_linked_to_a_device(self, data_copy: Path, seeds_copy: Path) -> None:
        """A link to /dev/zero is not read (it would fill the memory)."""
        (seeds_copy / "zero.txt").symlink_to("/dev/zero")
        change = setter("source", "seed", "file", value="zero.txt")
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change), seeds_copy)
        (message,) = messages_at(err, SEED_000_DATA, "$.source.seed.file")
        assert "zero.txt is a character device, not a regular file" in message

    def test_seed_text_that_is_a_directory(self, data_copy: Path, seeds_copy: Path) -> None:
        """A directory is not a seed text."""
        (seeds_copy / "drafts").mkdir()
        change = setter("source", "seed", "file", value="drafts")
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change), seeds_copy)
        (message,) = messages_at(err, SEED_000_DATA, "$.source.seed.file")
        assert "drafts is a directory, not a regular file" in message

    def test_seed_text_that_is_not_utf8(self, data_copy: Path, seeds_copy: Path) -> None:
        """A seed text that is not UTF-8 is a problem, not a UnicodeDecodeError."""
        import hashlib

        raw = b"Policy Brief \xff\xfe"
        (seeds_copy / SEED_000_TEXT).write_bytes(raw)
        change = setter("source", "seed", "sha256", value=hashlib.sha256(raw).hexdigest())
        rewrite(data_copy, SEED_000_DATA, setter("source", "seed", "bytes", value=len(raw)))
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change), seeds_copy)
        (message,) = messages_at(err, SEED_000_DATA, "$.source.seed.file")
        assert f"seed text {SEED_000_TEXT!r} is not UTF-8: invalid start byte at byte 13" == message

    @pytest.mark.parametrize(
        ("name", "content"),
        [
            ("000-x.JSON", "{}"),
            ("notes.txt", "notes"),
            ("001-orion.json.bak", "{}"),
            (".hidden", ""),
        ],
    )
    def test_file_that_would_be_skipped(self, data_copy: Path, name: str, content: str) -> None:
        """Every file in data/seeds is read, or named as a problem: none is skipped."""
        (data_copy / "seeds" / name).write_text(content, encoding="utf-8")
        err = problems_of(data_copy)
        (message,) = [p.message for p in err.problems if p.file == f"seeds/{name}"]
        assert "must end in '.json' (lower case)" in message

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
    def test_fifo_among_seed_files(self, data_copy: Path, unblock_fifo: list[Path]) -> None:
        """A FIFO named like a data file is named, never opened (it would hang)."""
        os.mkfifo(data_copy / "seeds" / "004-draft.json")
        unblock_fifo.append(data_copy / "seeds" / "004-draft.json")
        err = problems_of(data_copy)
        assert messages_at(err, "seeds/004-draft.json", "$") == [
            "not a seed data file: not a regular file"
        ]

    @pytest.mark.parametrize("what", ["fifo", "device"])
    def test_vocabulary_that_is_not_a_regular_file(
        self, data_copy: Path, unblock_fifo: list[Path], what: str
    ) -> None:
        """actors.json as a FIFO or a link to /dev/zero is refused unread (no hang, no OOM)."""
        target = data_copy / "actors.json"
        target.unlink()
        if what == "fifo":
            if not hasattr(os, "mkfifo"):
                pytest.skip("needs FIFOs")
            os.mkfifo(target)
            unblock_fifo.append(target)
        else:
            if not Path("/dev/zero").exists():
                pytest.skip("needs /dev/zero")
            target.symlink_to("/dev/zero")
        kind = {"fifo": "a FIFO", "device": "a character device"}[what]
        err = problems_of(data_copy)
        assert messages_at(err, "actors.json", "$") == [
            f"cannot read file: actors.json is {kind}, not a regular file"
        ]

    def test_directory_among_seed_files(self, data_copy: Path) -> None:
        """A folder named like a data file is not skipped either."""
        (data_copy / "seeds" / "004-draft.json").mkdir()
        err = problems_of(data_copy)
        assert [p.message for p in err.problems if p.file == "seeds/004-draft.json"] == [
            "not a seed data file: not a regular file"
        ]

    @pytest.mark.parametrize(
        ("content", "got"), [("null", "null"), ("[]", "array"), ('"x"', "string"), ("3", "integer")]
    )
    def test_seed_file_that_is_not_an_object(self, data_copy: Path, content: str, got: str) -> None:
        """A per-seed file holding null or [] is a problem, not an empty seed."""
        (data_copy / SEED_000_DATA).write_text(content, encoding="utf-8")
        err = problems_of(data_copy)
        assert [f"expected an object with keys 'source', 'sections', got {got}"] == messages_at(
            err, SEED_000_DATA, "$"
        )

    def test_empty_seed_file(self, data_copy: Path) -> None:
        """A seed file holding {} lists each missing field once."""
        (data_copy / SEED_000_DATA).write_text("{}", encoding="utf-8")
        err = problems_of(data_copy)
        assert [(p.path, p.message) for p in err.problems if p.file == SEED_000_DATA] == [
            ("$.source", "required field missing"),
            ("$.sections", "required field missing"),
        ]

    @pytest.mark.parametrize(
        ("change", "path", "words"),
        [
            (lambda d: d.pop("source"), "$.source", "required field missing"),
            (lambda d: d["source"]["seed"].pop("file"), "$.source.seed.file", "required field"),
            (setter("source", "id", value=7), "$.source.id", "expected a string, got integer"),
            (setter("source", "seed", value=[]), "$.source.seed", "expected an object with key"),
            (setter("source", "seed", "sha256", value=None), "$.source.seed.sha256", "got null"),
        ],
        ids=["no-source", "no-file", "id-not-a-string", "seed-not-an-object", "sha-null"],
    )
    def test_seed_file_without_its_text(
        self, data_copy: Path, change: Callable[[Any], None], path: str, words: str
    ) -> None:
        """A seed file that does not say which text it encodes is told where."""
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change))
        assert any(words in m for m in messages_at(err, SEED_000_DATA, path)), err.problems

    @pytest.mark.parametrize(("content", "got"), [("null", "null"), ("[]", "array")])
    def test_vocabulary_that_is_not_an_object(
        self, data_copy: Path, content: str, got: str
    ) -> None:
        """actors.json holding [] or null says what it should hold."""
        (data_copy / "actors.json").write_text(content, encoding="utf-8")
        err = problems_of(data_copy)
        assert [f"expected an object with key 'actors', got {got}"] == messages_at(
            err, "actors.json", "$"
        )

    @pytest.mark.parametrize("name", ["actors.json", SEED_000_DATA])
    def test_deeply_nested_json(self, data_copy: Path, name: str) -> None:
        """JSON nested 100,000 deep is a problem, not a RecursionError."""
        (data_copy / name).write_text("[" * 100_000, encoding="utf-8")
        err = problems_of(data_copy)
        assert messages_at(err, name, "$") == ["invalid JSON: arrays or objects nested too deeply"]

    def test_data_file_that_is_not_utf8(self, data_copy: Path) -> None:
        """A data file that is not UTF-8 is a problem naming the byte."""
        (data_copy / "places.json").write_bytes(b'{"places": ["\xe9"]}')
        err = problems_of(data_copy)
        assert messages_at(err, "places.json", "$") == [
            "not UTF-8: invalid continuation byte at byte 13"
        ]


class TestMessages:
    """Messages say what is wrong in words one can act on (issue 11)."""

    def test_quote_in_another_normalisation(self, data_copy: Path) -> None:
        """A quote in NFD against an NFC text shows the code points that differ."""
        import unicodedata

        def change(d: Any) -> None:
            q = d["actors"][35]["evidence"][0]
            q["text"] = unicodedata.normalize("NFD", q["text"])

        err = problems_of(rewrite(data_copy, SEED_001_DATA, change))
        (message,) = messages_at(err, SEED_001_DATA, "$.actors[35].evidence[0]")
        assert message.endswith(
            "data has U+006F U+0301, text has U+00F3 "
            "(the same text in another Unicode normalisation)"
        )

    @pytest.mark.parametrize("sign", ["", "-"])
    def test_an_integer_of_any_size_is_exact(self, data_copy: Path, sign: str) -> None:
        """A figure's value is exact: an integer beyond the range of a float loads as itself."""
        change = setter("figures", 0, "value", value="@x")
        corpus = load_from(
            rewrite(data_copy, SEED_001_DATA, change, x=sign + "1" + "0" * 400),
            load_module.seeds_dir(),
        )
        assert corpus.figures.by_source("orion-2026-neighbor-in-focus")[0].value == int(
            sign + "1" + "0" * 400
        )

    def test_a_huge_wrong_value_is_shown_short(self, data_copy: Path) -> None:
        """A wrong value is shown in a few characters, however large or deep it is."""
        change = setter("source", "title", value=[[[["x" * 1000] * 1000]]])
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change))
        (message,) = messages_at(err, SEED_000_DATA, "$.source.title")
        assert message.startswith("expected a string, got array [")
        assert len(message) < 100

    def test_no_raw_control_character_in_a_message(self, data_copy: Path) -> None:
        """Keys and values from a data file are escaped: a message cannot drive a terminal."""
        rewrite(data_copy, SEED_001_DATA, setter("figures", 0, "\x1b[2J", value=1))
        change = setter("source", "seed", "sha256", value="\x1b[31m")
        err = problems_of(rewrite(data_copy, SEED_000_DATA, change))
        assert messages_at(err, SEED_001_DATA, "$.figures[0]") == ["unknown key(s): '\\x1b[2J'"]
        (sha,) = messages_at(err, SEED_000_DATA, "$.source.seed.sha256")
        assert sha.endswith("data says '\\x1b[31m'")
        assert [str(p) for p in err.problems if not str(p).isprintable()] == []


class TestLoneSurrogates:
    """A lone surrogate is not a character: no string of the data may hold one (issue 11).

    JSON can escape one; loaded, it would break every later print or export.
    """

    @pytest.mark.parametrize(
        ("file", "keys", "path"),
        [
            (SEED_000_DATA, ("recommendations", 0, "summary"), "$.recommendations[0].summary"),
            (SEED_000_DATA, ("recommendations", 3, "notes", 0), "$.recommendations[3].notes[0]"),
            ("actors.json", ("actors", 0, "name"), "$.actors[0].name"),
            ("places.json", ("places", 0, "aliases", 0), "$.places[0].aliases[0]"),
        ],
        ids=["summary", "note", "actor-name", "alias"],
    )
    def test_lone_surrogate_in_text(
        self, data_copy: Path, file: str, keys: tuple[str | int, ...], path: str
    ) -> None:
        """A string holding a lone surrogate is refused at its path, naming the code point."""
        err = problems_of(rewrite(data_copy, file, setter(*keys, value="Bad \udc80 text")))
        expected = (
            "a string cannot hold U+DC80 (a lone surrogate), found at character 4: "
            "a surrogate is half of a UTF-16 pair, not a character"
        )
        assert messages_at(err, file, path) == [expected]

    def test_a_surrogate_pair_is_one_character(self, data_copy: Path) -> None:
        """An escaped surrogate pair is a character like any other, and loads."""
        change = setter("recommendations", 3, "notes", 0, value="A face \U0001f600.")
        corpus = load_from(rewrite(data_copy, SEED_000_DATA, change), load_module.seeds_dir())
        assert corpus.recommendations.objects()[3].notes[0] == "A face \U0001f600."


# -- generated corruption -----------------------------------------------------------


@attrs.frozen
class Node:
    """A value inside a data file, with the type the file declares for it."""

    keys: tuple[str | int, ...]
    """Where it is: the keys and indices from the root."""
    type: Any
    """Its declared type."""
    reported_at: str
    """The JSON path a problem with it is reported at (a quote's, for anything in a quote)."""

    @property
    def path(self) -> str:
        return "$" + "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in self.keys)


def nodes(raw: Any, tp: Any, keys: tuple[str | int, ...] = (), quote: str | None = None) -> Any:
    """Every node of ``raw`` (read as type ``tp``), outermost first."""
    node = Node(keys, tp, quote or Node(keys, tp, "").path)
    yield node
    args = typing.get_args(tp)
    if tp is Quote:
        for k in raw:
            yield from nodes(
                raw[k], {"start": int, "end": int, "text": str}[k], (*keys, k), node.path
            )
    elif typing.get_origin(tp) is tuple:
        for i, v in enumerate(raw):
            yield from nodes(v, args[0], (*keys, i), quote)
    elif typing.get_origin(tp) in (typing.Union, types.UnionType):
        if raw is not None and type(None) in args:
            (inner,) = [a for a in args if a is not type(None)]
            yield from nodes(raw, inner, keys, quote)
        elif raw is not None:  # a creator, tagged by its type
            inner = {"person": Person, "organization": Organization}[raw["type"]]
            hints = typing.get_type_hints(inner)
            for k, v in raw.items():
                if k != "type":
                    yield from nodes(v, hints[k], (*keys, k), quote)
    elif attrs.has(tp):
        hints = typing.get_type_hints(tp)
        for k, v in raw.items():
            yield from nodes(v, hints[k], (*keys, k), quote)


def required_keys(tp: Any) -> list[str]:
    """The keys an object of type ``tp`` cannot do without."""
    if tp is Quote:
        return ["text", "start", "end"]
    if isinstance(tp, type) and attrs.has(tp):
        return [f.name for f in attrs.fields(tp) if f.default is attrs.NOTHING]
    return []


def wrong_values(tp: Any) -> list[Any]:
    """JSON values that a field of type ``tp`` never takes."""
    args = typing.get_args(tp)
    if type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        return [v for v in wrong_values(inner) if v is not None]
    if tp is str:
        return [1, 1.5, True, [], {"x": 1}]
    if tp is int:
        return ["1", 1.5, True, [], {}]
    if tp is float:
        return ["1", True, [], {}, "NaN"]
    if typing.get_origin(tp) is tuple:
        return ["x", 1, {}, True, None]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return [1, True, [], {}, "not-a-value", ""]
    return ["x", 1, [], True]  # objects, quotes, creators, optional values


FILE_TYPES = {
    bundle.SEED_DATA: records.SeedFile,
    "actors.json": records.ActorsFile,
    "initiatives.json": records.InitiativesFile,
    "places.json": records.PlacesFile,
}


@st.composite
def corruptions(draw: st.DrawFn) -> tuple[dict[str, Any], str, str, str]:
    """A valid bundle with one thing broken: (files, file, expected path, what was done)."""
    content = bundle.files()
    file = draw(st.sampled_from(sorted(FILE_TYPES)), label="file")
    all_nodes = list(nodes(content[file], FILE_TYPES[file]))
    how = draw(
        st.sampled_from(["wrong type", "missing key", "unknown key", "bad enum", "bad offset"]),
        label="how",
    )
    if how == "missing key":
        objects = [n for n in all_nodes if required_keys(n.type)]
        node = draw(st.sampled_from(objects), label="node")
        key = draw(st.sampled_from(required_keys(node.type)), label="key")
        target = _at(content[file], node.keys)
        del target[key]
        expected = node.reported_at if node.type is Quote else f"{node.path}.{key}"
    elif how == "unknown key":
        objects = [n for n in all_nodes if required_keys(n.type) or attrs.has(n.type)]
        node = draw(st.sampled_from(objects), label="node")
        _at(content[file], node.keys)["zz-unknown"] = 1
        expected = node.reported_at
    elif how == "bad offset" and file == bundle.SEED_DATA:
        quotes = [n for n in all_nodes if n.type is Quote or n.keys[::2] == ("sections", "start")]
        node = draw(st.sampled_from(quotes), label="node")
        change = draw(st.sampled_from(["negative", "past the end", "empty", "shifted"]))
        if node.type is int:  # a section's start
            offset = {"negative": -1, "past the end": len(bundle.TEXT), "empty": 10**9}
            content[file]["sections"][0]["start"] = offset.get(change, 1)
            return content, file, node.path if change in offset else "$.sections[0]", change
        q = _at(content[file], node.keys)
        if change == "negative":
            q["start"] = -1
        elif change == "past the end":
            q["end"] = len(bundle.TEXT) + 1
        elif change == "empty":
            q["end"] = q["start"]
        else:
            q["start"] += 1
            q["end"] += 1
        expected = node.reported_at
    else:
        if how == "bad enum":
            candidates = [n for n in all_nodes if isinstance(n.type, enum.EnumMeta)]
        else:
            candidates = [n for n in all_nodes if n.keys]
        node = draw(st.sampled_from(candidates), label="node")
        value = draw(st.sampled_from(wrong_values(node.type)), label="value")
        parent = _at(content[file], node.keys[:-1])
        parent[node.keys[-1]] = value
        expected = node.reported_at
    return content, file, expected, f"{how} at {expected}"


def _at(raw: Any, keys: tuple[str | int, ...]) -> Any:
    for k in keys:
        raw = raw[k]
    return raw


HOSTILE_CHARACTERS = st.sampled_from(
    [
        *("/", ".", " ", "\t", "\x00", "\x1b", "A"),
        *("\u200b", "\u200d", "\ufeff", "\u202e", "\u2066"),
        *("\u0301", "\u0435", "\uff4d", "\ud800", "\udfff"),
    ]
)
"""Characters no id may hold: separators, controls, zero-width, bidi, look-alikes, surrogates."""

HOSTILE_IDS = st.one_of(
    st.sampled_from([i for i, _ in BAD_IDS]),
    st.tuples(st.from_regex(load_module.ID_PATTERN, fullmatch=True), HOSTILE_CHARACTERS).flatmap(
        lambda t: st.integers(0, len(t[0])).map(lambda i: t[0][:i] + t[1] + t[0][i:])
    ),
    st.text(st.characters(exclude_categories=()), max_size=6).filter(
        lambda s: not load_module.ID_PATTERN.fullmatch(s)
    ),
)
"""Ids outside the grammar, many of them one character away from a valid one."""


@st.composite
def impossibilities(draw: st.DrawFn) -> tuple[dict[str, Any], str, str, str]:
    """A valid bundle with one impossible value: (files, file, expected path, what was done).

    A bad id, a non-finite number, a date not in the calendar, a period running backwards,
    a phase or rank below 1, a range ending below its start, or a lone surrogate in a string.
    """
    content = bundle.files()
    kinds = ["bad id", "lone surrogate", "non-finite", "date", "period", "below one", "range"]
    how = draw(st.sampled_from(kinds), label="how")
    in_any_file = how in ("bad id", "lone surrogate")
    file = (
        draw(st.sampled_from(sorted(FILE_TYPES)), label="file") if in_any_file else bundle.SEED_DATA
    )
    all_nodes = list(nodes(content[file], FILE_TYPES[file]))

    def pick(test: Callable[[Node], bool]) -> Node:
        return draw(st.sampled_from([n for n in all_nodes if n.keys and test(n)]), label="node")

    def put(node: Node, value: Any) -> None:
        _at(content[file], node.keys[:-1])[node.keys[-1]] = value

    if how == "bad id":
        node = pick(lambda n: n.keys[-1] == "id")
        put(node, draw(HOSTILE_IDS, label="id"))
        return content, file, node.path, f"{how} at {node.path}"
    if how == "lone surrogate":
        node = pick(lambda n: n.type is str and n.keys[-1] != "type")
        text = _at(content[file], node.keys)
        at = draw(st.integers(0, len(text)), label="at")
        put(node, text[:at] + draw(st.sampled_from(["\ud800", "\udbff", "\udc00"])) + text[at:])
        return content, file, node.reported_at, f"{how} at {node.path}"
    if how == "non-finite":  # or inexact: a float where an exact number is wanted
        node = pick(lambda n: n.type in (Decimal, Decimal | None))
        put(node, draw(st.sampled_from([math.nan, math.inf, -math.inf, 8.3, -2.5, 1e20])))
        return content, file, node.path, f"{how} at {node.path}"
    if how == "date":
        node = pick(lambda n: n.type in (PartialDate, PartialDate | None))
        put(node, draw(IMPOSSIBLE_DATES, label="date"))
        return content, file, node.path, f"{how} at {node.path}"
    if how == "period":
        node = pick(lambda n: n.type in (Period, Period | None))
        start, end, at = draw(
            st.one_of(
                st.integers(1, 9999).flatmap(
                    lambda s: st.integers(-10, s - 1).map(lambda e: (s, e, "end"))
                ),
                st.integers(-(10**6), 0).map(lambda s: (s, None, "start")),
                st.integers(10_000, 10**6).map(lambda e: (2026, e, "end")),
            ),
            label="period",
        )
        put(node, {"start": start} if end is None else {"start": start, "end": end})
        return content, file, f"{node.path}.{at}", f"{how} at {node.path}"
    if how == "below one":
        node = pick(lambda n: n.keys[-1] in ("phase", "rank"))
        put(node, draw(st.integers(max_value=0), label="value"))
        return content, file, node.path, f"{how} at {node.path}"
    node = pick(lambda n: n.type is Figure)
    figure = _at(content[file], node.keys)
    below = draw(
        st.decimals(min_value=Decimal("0.000001"), max_value=10**12, places=6), label="below"
    )
    figure.update(qualifier="range", value_max=exact_json(Decimal(str(figure["value"])) - below))
    return content, file, f"{node.path}.value_max", f"{how} at {node.path}"


IMPOSSIBLE_DATES = st.one_of(
    st.tuples(st.integers(1, 9999), st.sampled_from([(2, 30), (2, 31), (4, 31), (6, 31)])).map(
        lambda t: {"year": t[0], "month": t[1][0], "day": t[1][1]}
    ),
    st.integers(1, 9999)
    .filter(lambda y: not calendar.isleap(y))
    .map(lambda y: {"year": y, "month": 2, "day": 29}),
    st.integers(max_value=0).map(lambda y: {"year": y}),
    st.integers(min_value=10_000).map(lambda y: {"year": y}),
    st.integers(2000, 2030).flatmap(
        lambda y: st.one_of(st.integers(max_value=0), st.integers(min_value=13)).map(
            lambda m: {"year": y, "month": m}
        )
    ),
    st.integers(1, 31).map(lambda d: {"year": 2024, "day": d}),
    st.integers(1, 12).flatmap(
        lambda m: st.one_of(st.integers(max_value=0), st.integers(min_value=32)).map(
            lambda d: {"year": 2024, "month": m, "day": d}
        )
    ),
)
"""Dates that are not in the calendar, or outside years 1-9999."""


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corrupt")


class TestGeneratedCorruption:
    def test_the_tiny_bundle_is_valid(self, tmp_path: Path) -> None:
        """The bundle the corruptions start from loads."""
        corpus = load_from(*bundle.write(tmp_path))
        assert corpus.recommendations["tiny-recommendation"].phase == 1

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(corruption=corruptions())
    def test_corrupt_data_gives_a_data_error_at_the_right_path(
        self, scratch: Path, corruption: tuple[dict[str, Any], str, str, str]
    ) -> None:
        """A broken bundle raises DataError with a problem at the broken path, nothing else."""
        content, file, expected, what = corruption
        shutil.rmtree(scratch)
        data, seeds = bundle.write(scratch, content)
        with pytest.raises(DataError) as info:
            load_from(data, seeds)
        found = [(p.file, p.path) for p in info.value.problems]
        assert (file, expected) in found, (what, info.value.problems)

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(impossibility=impossibilities())
    def test_impossible_data_gives_a_data_error_at_the_right_path(
        self, scratch: Path, impossibility: tuple[dict[str, Any], str, str, str]
    ) -> None:
        """Bad ids, non-finite numbers and impossible values raise DataError at their path."""
        content, file, expected, what = impossibility
        event(what.split(" at ")[0])
        shutil.rmtree(scratch)
        data, seeds = bundle.write(scratch, content)
        with pytest.raises(DataError) as info:
            load_from(data, seeds)
        found = [(p.file, p.path) for p in info.value.problems]
        assert (file, expected) in found, (what, info.value.problems)


class TestSentenceCaseTitles:
    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ("Policy brief prepared for the U.S. National Security Council", "letter case"),
            ("Policy Brief Prepared for U.S. National Security Council", "leave it out"),
        ],
    )
    def test_only_letter_case_may_change(self, edit: Edit, value: str, message: str) -> None:
        """A sentence-case title with other words, or equal to the title, is refused."""
        data = edit(SEED_000_DATA, lambda d: d["source"].update(sentence_case_title=value))
        err = problems_of(data)
        assert any(
            message in p.message and p.path == "$.source.sentence_case_title" for p in err.problems
        )


def _normalize_reference(s: str) -> str:
    """normalize() written plainly: casefold, strip accents, keep runs of letters and digits."""
    import re
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", s.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", bare))


@given(st.text() | st.text(alphabet=st.characters(max_codepoint=127)))
def test_alias_normalization_is_the_same_on_its_ascii_shortcut(s: str) -> None:
    """The names the alias check compares: normalize()'s ASCII shortcut agrees with Unicode's."""
    from binational.corpus import normalize

    assert normalize(s) == _normalize_reference(s)
