"""binational find: full-text search of the passages from the command line."""

from __future__ import annotations

import json

import pytest

from binational.cli import main

from .test_cli import run

NSC = "nsc-migration-policy-brief"


def test_find_prints_passages_with_marked_snippets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "migration", "national", "security", "threat", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "«migration»" in out
    assert "Executive Summary" in out
    assert out.splitlines()[0].split()[0] == "1"


def test_find_in_one_seed_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", '"task forces"', "--in", NSC, "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records
    assert {r["source"] for r in records} == {NSC}
    assert all("«task forces»" in r["snippet"].casefold() for r in records)
    assert {"rank", "score", "section", "part", "start", "end", "text", "objects"} <= set(
        records[0]
    )


def test_find_parts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "accessed", "--part", "notes", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("rank,score,source,section,part")
    assert all(",notes," in line for line in lines[1:] if line.startswith(("1", "2", "3")))


def test_find_markdown_escapes_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "Merida", "--format", "markdown", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "**Mérida**" in out
    assert "](#)" not in out


@pytest.mark.parametrize(
    ("args", "status", "says"),
    [
        (["find", "zeppelin"], 1, "nothing matched"),
        (["find", "NOT", "cartel"], 2, "begins or ends with NOT"),
        (["find", '"unbalanced'], 2, "unbalanced double quote"),
        (["find", "the"], 2, "only common words"),
        (["find", "border", "--in", "nope"], 1, "no seed"),
        (["find", "border", "--limit", "-1"], 2, "0 or more"),
    ],
)
def test_find_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], status: int, says: str
) -> None:
    assert main(args) == status
    err = capsys.readouterr().err
    assert says in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_find_fits_80_columns() -> None:
    done = run("find", "border", "security", env={"COLUMNS": "80"})
    assert done.returncode == 0
    lines = done.stdout.decode().splitlines()
    assert lines
    assert [line for line in lines if len(line) > 80] == []


def test_find_on_an_ascii_terminal() -> None:
    done = run("find", "Merida", env={"PYTHONIOENCODING": "ascii", "COLUMNS": "80"})
    assert done.returncode == 0
    out = done.stdout.decode("ascii")
    assert "*M?rida*" in out
    assert "Traceback" not in done.stderr.decode()


def test_find_to_a_closed_pipe_ends_quietly() -> None:
    import os
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "binational", "find", "border", "--limit", "200"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait()
    assert b"Traceback" not in err
