"""Loading: caching, laziness, and one clear DataError for every kind of bad data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import binational
from binational import DataError, load_from
from binational import _load as load_module

from .conftest import SEED_000_DATA

Edit = Callable[[str, Callable[[Any], None]], Path]


def problems_of(data: Path, seeds: Path | None = None) -> DataError:
    with pytest.raises(DataError) as info:
        load_from(data, seeds or load_module.seeds_dir())  # type: ignore[arg-type]
    return info.value


class TestLoad:
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
            "import sys, binational, binational._load as l; "
            "print('cattrs' in sys.modules, l._cached is None)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        assert out == ["False", "True"]

    def test_load_from_builds_a_fresh_corpus(self, data_copy: Path) -> None:
        """load_from() reads the given directory and does not touch the cache."""
        corpus = load_from(data_copy, load_module.seeds_dir())
        assert corpus is not binational.load()
        assert corpus.recommendations.ids() == binational.load().recommendations.ids()


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

    def test_alias_collision(self, edit: Edit) -> None:
        """Two actors cannot share a name or alias."""
        err = problems_of(edit("actors.json", lambda d: d["actors"][1].update(aliases=["US"])))
        assert any("'US' also names" in p.message for p in err.problems)

    def test_inferred_date_needs_a_note(self, edit: Edit) -> None:
        """An inferred date without the reasoning behind it is rejected."""
        err = problems_of(edit(SEED_000_DATA, lambda d: d["source"]["issued"].pop("note")))
        assert err.problems[0].path == "$.source.issued"

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
