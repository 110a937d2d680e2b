"""The binational command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from binational._cli import main


def test_overview_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    """With no command, an overview of every seed and kind is printed."""
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "nsc-migration-policy-brief" in out
    assert "recommendations" in out
    assert "verified against its seed text" in out


def test_show_prints_quotes_with_offsets(capsys: pytest.CaptureFixture[str]) -> None:
    """show prints an object with each quote's seed, offsets and section."""
    assert main(["show", "nsc-cite-06"]) == 0
    out = capsys.readouterr().out
    assert "ambiguous: 2 candidates" in out
    assert "in “Executive Summary”" in out


def test_show_accepts_an_alias_and_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    """show --json prints the object as JSON, looked up by alias."""
    assert main(["show", "Baker Institute", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == "baker-institute"
    assert data["evidence"][0]["source"] == "nsc-migration-policy-brief"


def test_unknown_id_exits_2_with_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown id is an error with suggestions, not a traceback."""
    assert main(["show", "nsc-phased-strategi"]) == 2
    assert "did you mean 'nsc-phased-strategy'" in capsys.readouterr().err


def test_search(capsys: pytest.CaptureFixture[str]) -> None:
    """search lists ranked hits, one kind if asked."""
    assert main(["search", "Tijuana", "--kind", "places"]) == 0
    assert capsys.readouterr().out.split()[2] == "tijuana"


@pytest.mark.parametrize(
    ("args", "words"),
    [(["--limit", "-1"], "must be 0 or more"), (["a" * 1001], "at most 1000")],
    ids=["negative-limit", "long-query"],
)
def test_search_refuses_bad_arguments(
    capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    """A negative limit or an overlong query is an error message, not a traceback."""
    assert main(["search", "mexico", *args]) == 2
    assert words in capsys.readouterr().err


def test_check_reports_broken_data(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """check exits 1 and lists the problems of a broken data directory."""
    (data_copy / "places.json").write_text("[]", encoding="utf-8")
    assert main(["check", "--data", str(data_copy)]) == 1
    assert "places.json" in capsys.readouterr().err


def test_check_passes_on_packaged_data(capsys: pytest.CaptureFixture[str]) -> None:
    """check exits 0 on the packaged data."""
    assert main(["check"]) == 0
    assert capsys.readouterr().out.startswith("ok:")


def test_console_script_runs() -> None:
    """python -m binational runs the same command line."""
    done = subprocess.run(
        [sys.executable, "-m", "binational", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("binational ")
