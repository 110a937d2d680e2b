"""Messages a user can act on (issue 19): bundles given twice or alike, styles, outputs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import binational
from binational import DataError
from binational.cli import main
from binational.exceptions import Problem

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "memo-bundle"


def test_a_bundle_given_twice_is_said_so() -> None:
    """Not 'id used twice (also ...)' pointing at itself: the bundle was given twice."""
    with pytest.raises(DataError) as info:
        binational.load(extra=[EXAMPLE, EXAMPLE])
    (problem,) = info.value.problems
    assert "given twice" in problem.message
    assert "used twice" not in str(info.value)


def test_a_bundle_given_twice_by_two_spellings_names_both() -> None:
    other = EXAMPLE.parent / ".." / EXAMPLE.parent.name / EXAMPLE.name
    with pytest.raises(DataError) as info:
        binational.load(extra=[EXAMPLE, other])
    (problem,) = info.value.problems
    assert problem.file == str(other)
    assert f"also as {EXAMPLE}" in problem.message


def test_bundles_of_the_same_folder_name_are_told_apart_by_path(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "memo-bundle", tmp_path / "b" / "memo-bundle"
    shutil.copytree(EXAMPLE, a)
    shutil.copytree(EXAMPLE, b)
    with pytest.raises(DataError) as info:
        binational.load(extra=[a, b])
    files = {p.file for p in info.value.problems}
    assert all(f.startswith((str(a.resolve()), str(b.resolve()))) for f in files), files
    message = next(p.message for p in info.value.problems if "used twice" in p.message)
    assert str(a.resolve()) in message  # the other one, by its full path


@pytest.mark.parametrize(
    ("style", "said"),
    [
        ("/dev/zero", "it is a character device, not a .csl file"),
        (str(ROOT / "src"), "it is a directory, not a .csl file"),
        ("/no/such/style.csl", "no such file"),
    ],
)
def test_a_style_path_that_is_not_a_file_says_what_it_is(
    style: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["cite", "nsc-phased-strategy", "--style", style]) == 2
    assert said in capsys.readouterr().err


def test_export_to_a_missing_folder_names_the_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "x.json"
    assert main(["export", "json-schema", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert str(target) in err
    assert f"its folder {target.parent} does not exist" in err
    assert not target.parent.exists()


def test_problem_lines_show_control_characters_escaped() -> None:
    """A file name cannot start a line of its own (forge 'ok:') or colour the terminal."""
    p = Problem(file="seeds/x\nok: fine.json", path="$", message="bad \x1b[31mred")
    assert "\n" not in str(p)
    assert "\x1b" not in str(p)
    assert "x\\nok: fine.json" in str(p)
    error = DataError([p])
    assert str(error).count("\n") == 1


def test_check_output_escapes_a_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "memo-bundle"
    shutil.copytree(EXAMPLE, bundle)
    (bundle / "seeds" / "x\nok: fine.json").write_text(json.dumps({}), encoding="utf-8")
    assert main(["check", "--bundle", str(bundle)]) == 2
    err = capsys.readouterr().err
    assert not any(line.startswith("ok:") for line in err.splitlines())
