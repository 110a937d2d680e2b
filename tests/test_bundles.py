"""Your own documents: bundles loaded beside the packaged corpus, checked the same way."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import binational
from binational import DataError, compare

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "memo-bundle"
SEED_FILE = "seeds/100-example-memo.json"


@pytest.fixture(scope="module")
def merged() -> binational.Corpus:
    return binational.load(extra=[EXAMPLE])


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A writable copy of the example bundle."""
    target = tmp_path / "memo-bundle"
    shutil.copytree(EXAMPLE, target)
    return target


def change(bundle: Path, name: str, edit: Callable[[Any], None]) -> None:
    path = bundle / name
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def problems(bundle: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        binational.load(extra=[bundle])
    return [f"{p.file} {p.path}: {p.message}" for p in info.value.problems]


class TestMerged:
    def test_bundle_adds_its_objects(self, merged: binational.Corpus) -> None:
        """The bundle's source, recommendation and actor join the packaged ones."""
        packaged = binational.load()
        assert len(packaged.sources) + 1 == len(merged.sources)
        assert "example-memo-quarterly-council" in merged.recommendations
        assert "example-joint-border-council" in merged.actors
        assert "example-memo" not in packaged.sources

    def test_shared_actor_gains_evidence(self, merged: binational.Corpus) -> None:
        """Mexico is one object with evidence from the packaged seeds and the bundle."""
        mexico = merged.actors["mexico"]
        assert "example-memo" in mexico.sources
        assert binational.load().actors["mexico"].sources == mexico.sources[:-1]

    def test_quotes_are_verified_against_the_bundles_text(self, merged: binational.Corpus) -> None:
        """Every quote of the bundle is its text at its offsets."""
        text = merged.text("example-memo")
        for rec in merged.recommendations.by_source("example-memo"):
            for q in rec.evidence:
                assert text[q.start : q.end] == q.text

    def test_compare_and_search_see_the_bundle(self, merged: binational.Corpus) -> None:
        """Comparison and search work across the merged corpus."""
        m = compare.stances(corpus=merged)
        assert "example-memo" in [s.id for s in m.seeds]
        pairs = compare.disagreements(
            "example-memo", "lawson-tello-fox-border-security-north-america", corpus=merged
        )
        assert [(p.dimension.value, p.distance) for p in pairs] == [("binational-cooperation", 1)]
        assert merged.search("waiting times")[0].object.id == "example-memo-quarterly-council"

    def test_cite_sees_the_bundle(self, merged: binational.Corpus) -> None:
        """An object of the bundle is cited as its document."""
        pytest.importorskip("pypandoc")
        rec = merged.recommendations["example-memo-quarterly-council"]
        assert "Example Memo on Border Cooperation" in binational.cite.cite(rec, corpus=merged)

    def test_packaged_corpus_is_unchanged(self, merged: binational.Corpus) -> None:
        """Loading a bundle does not change what load() returns."""
        assert merged is not binational.load()
        assert "example-memo" not in binational.load().sources


class TestRefused:
    def test_id_shared_with_the_packaged_data(self, bundle: Path) -> None:
        """An object id already in the packaged data is an error, not an overwrite.

        It is reported where the bundle uses it, naming where the packaged data does.
        """
        change(
            bundle, SEED_FILE, lambda d: d["recommendations"][0].update(id="nsc-phased-strategy")
        )
        expected = (
            f"memo-bundle/{SEED_FILE} $.recommendations[0].id: id 'nsc-phased-strategy' is used "
            "twice (also a recommendation, at seeds/000-nsc-migration-policy-brief.json "
            "$.recommendations[1].id)"
        )
        assert problems(bundle) == [expected]

    def test_seed_id_shared_with_a_packaged_seed(self, bundle: Path) -> None:
        """A bundle's seed cannot take the id of a packaged seed."""
        path = bundle / SEED_FILE
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace('"example-memo"', '"nsc-migration-policy-brief"'), encoding="utf-8"
        )
        expected = (
            f"memo-bundle/{SEED_FILE} $.source.id: id 'nsc-migration-policy-brief' is used twice "
            "(also a source, at seeds/000-nsc-migration-policy-brief.json $.source.id)"
        )
        assert problems(bundle) == [expected]

    def test_actor_id_shared_with_a_packaged_recommendation(self, bundle: Path) -> None:
        """An id clash across kinds names both places, the bundle's vocabulary among them."""
        path = bundle / SEED_FILE
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("example-joint-border-council", "nsc-phased-strategy"))
        change(bundle, "actors.json", lambda d: d["actors"][0].update(id="nsc-phased-strategy"))
        found = [p for p in problems(bundle) if "is used twice" in p]
        assert len(found) == 1
        assert "memo-bundle/actors.json $.actors[0].id" in found[0]
        assert "seeds/000-nsc-migration-policy-brief.json" in found[0]

    def test_vocabulary_entry_shared_with_the_packaged_data(self, bundle: Path) -> None:
        """A bundle may not define an actor the packaged vocabulary defines."""
        change(
            bundle,
            "actors.json",
            lambda d: d["actors"].append({"id": "mexico", "name": "Mexico", "kind": "country"}),
        )
        found = problems(bundle)
        assert any(
            p.startswith("memo-bundle/actors.json $.actors[1].id: duplicate id 'mexico'")
            for p in found
        )

    def test_quote_not_in_the_text(self, bundle: Path) -> None:
        """A quote that is not at its offsets in the bundle's text is refused."""
        change(bundle, SEED_FILE, lambda d: d["recommendations"][0]["evidence"][0].update(start=1))
        assert any(
            p.startswith("memo-bundle/seeds/100-example-memo.json $.recommendations[0]")
            for p in problems(bundle)
        )

    def test_text_outside_the_bundle(self, bundle: Path) -> None:
        """A seed text path leading out of the bundle is refused."""
        change(bundle, SEED_FILE, lambda d: d["source"]["seed"].update(file="../../x.txt"))
        assert any("plain file name" in p for p in problems(bundle))

    @pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
    def test_link_out_of_the_bundle(self, bundle: Path, tmp_path: Path) -> None:
        """A text that is a link to a file outside the bundle is not read."""
        outside = tmp_path / "outside.txt"
        shutil.copy(bundle / "texts" / "example-memo.txt", outside)
        (bundle / "texts" / "example-memo.txt").unlink()
        (bundle / "texts" / "example-memo.txt").symlink_to(outside)
        assert any("outside" in p for p in problems(bundle))

    @pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
    def test_texts_folder_linked_out_of_the_bundle(self, bundle: Path, tmp_path: Path) -> None:
        """A texts/ folder that is a link to a folder outside the bundle is not read."""
        shutil.move(bundle / "texts", tmp_path / "elsewhere")
        (bundle / "texts").symlink_to(tmp_path / "elsewhere")
        assert any(
            p.startswith(f"memo-bundle/{SEED_FILE} $.source.seed.file: ")
            and "outside" in p
            and "example-memo.txt" in p
            for p in problems(bundle)
        )

    @pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
    @pytest.mark.parametrize("name", ["seeds", SEED_FILE, "actors.json"])
    def test_data_linked_out_of_the_bundle(self, bundle: Path, tmp_path: Path, name: str) -> None:
        """A data file, or the seeds/ folder, that is a link out of the bundle is not read."""
        shutil.move(bundle / name, tmp_path / "elsewhere")
        (bundle / name).symlink_to(tmp_path / "elsewhere")
        file = "actors.json" if name == "actors.json" else SEED_FILE
        assert any(
            p.startswith(f"memo-bundle/{file} $: cannot read file: ") and "outside" in p
            for p in problems(bundle)
        )

    @pytest.mark.parametrize("what", ["fifo", "device", "broken link"])
    def test_vocabulary_that_is_not_a_regular_file(self, bundle: Path, what: str) -> None:
        """A vocabulary that is a FIFO, a device or a broken link is named, not taken as absent."""
        target = bundle / "actors.json"
        target.unlink()
        if what == "fifo":
            if not hasattr(os, "mkfifo"):
                pytest.skip("needs FIFOs")
            os.mkfifo(target)
        elif what == "device":
            if not Path("/dev/zero").exists():
                pytest.skip("needs /dev/zero")
            target.symlink_to("/dev/zero")
        else:
            target.symlink_to(bundle / "gone.json")
        words = {"fifo": "is a FIFO", "device": "links to /dev/zero", "broken link": "links to"}
        assert any(
            p.startswith("memo-bundle/actors.json $: ") and words[what] in p
            for p in problems(bundle)
        )

    def test_missing_folder(self, tmp_path: Path) -> None:
        """A bundle folder that is not there is a DataError naming it."""
        assert any("bundle folder not found" in p for p in problems(tmp_path / "nothing"))

    def test_one_path_is_not_a_list(self) -> None:
        """extra takes a list of folders; a single path is a TypeError."""
        with pytest.raises(TypeError, match="iterable of bundle folders"):
            binational.load(extra=str(EXAMPLE))  # type: ignore[arg-type]

    @pytest.mark.parametrize("extra", [None, 3, b"examples/memo-bundle"])
    def test_extra_that_is_not_an_iterable_of_folders(self, extra: Any) -> None:
        """extra of the wrong type is a TypeError naming extra, from load() and load_from()."""
        with pytest.raises(TypeError, match=r"^extra must be an iterable of bundle folders"):
            binational.load(extra=extra)
        with pytest.raises(TypeError, match=r"^extra must be an iterable of bundle folders"):
            binational.load_from(EXAMPLE, EXAMPLE / "texts", extra=extra)


class TestCheckCommand:
    def test_valid_bundle(self) -> None:
        """binational check --bundle accepts the example."""
        done = subprocess.run(
            [sys.executable, "-m", "binational", "check", "--bundle", str(EXAMPLE)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0
        assert "sources=65" in done.stdout

    def test_broken_bundle(self, bundle: Path) -> None:
        """A broken bundle exits 2 listing the problem with its file and path."""
        change(bundle, SEED_FILE, lambda d: d["positions"].pop())
        done = subprocess.run(
            [sys.executable, "-m", "binational", "check", "--bundle", str(bundle)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 2
        assert "memo-bundle/seeds/100-example-memo.json: $.positions" in done.stderr

    @pytest.mark.parametrize(
        "edit",
        [
            lambda b: change(
                b, SEED_FILE, lambda d: d["recommendations"][0].update(id="nsc-phased-strategy")
            ),
            lambda b: change(b, SEED_FILE, lambda d: d["source"]["seed"].update(file="../x")),
            lambda b: change(b, SEED_FILE, lambda d: d["recommendations"].append(None)),
            lambda b: (b / "seeds" / "101-draft.JSON").write_text("{}", encoding="utf-8"),
        ],
        ids=["id-clash", "path-out", "null-recommendation", "skipped-file"],
    )
    def test_same_problems_as_the_library(self, bundle: Path, edit: Callable[[Path], Any]) -> None:
        """check --bundle lists every problem load(extra=) finds, file and path, and exits 2."""
        edit(bundle)
        expected = [f"{p.replace(' $', ': $', 1)}" for p in problems(bundle)]
        done = subprocess.run(
            [sys.executable, "-m", "binational", "check", "--bundle", str(bundle)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 2
        assert done.stdout == ""
        listed = [line.removeprefix("  - ") for line in done.stderr.splitlines()[1:]]
        assert listed == expected

    def test_missing_bundle_folder(self, tmp_path: Path) -> None:
        """A bundle folder that is not there exits 2 naming it."""
        done = subprocess.run(
            [sys.executable, "-m", "binational", "check", "--bundle", str(tmp_path / "nothing")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 2
        assert f"{tmp_path / 'nothing'}: $: bundle folder not found" in done.stderr
