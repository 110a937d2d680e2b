"""The binational command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from binational.cli import main


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


def test_unknown_id_exits_1_with_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown id is 'nothing found' (exit 1) with suggestions, not a traceback."""
    assert main(["show", "nsc-phased-strategi"]) == 1
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
    """check exits 2 and lists the problems of a broken data directory."""
    (data_copy / "places.json").write_text("[]", encoding="utf-8")
    assert main(["check", "--data", str(data_copy)]) == 2
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


NSC, GREENWAY = "nsc-migration-policy-brief", "greenway-2025-military-options-border"
LAWSON = "lawson-tello-fox-border-security-north-america"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """The command line as a subprocess, bytes in and out."""
    import os

    return subprocess.run(
        [sys.executable, "-m", "binational", *args],
        capture_output=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


class TestCompareCommand:
    def test_stances_table(self) -> None:
        """compare stances prints the matrix; not-addressed cells say so."""
        done = run("compare", "stances")
        assert done.returncode == 0
        assert "not addressed" in done.stdout.decode()

    def test_csv_is_one_row_per_record(self) -> None:
        """--format csv parses back to the result's records, header first."""
        import csv
        import io

        from binational import compare

        done = run("compare", "disagreements", NSC, GREENWAY, "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(done.stdout.decode())))
        expected = compare.disagreements(NSC, GREENWAY).records()
        assert [r["dimension"] for r in expected] == [r["dimension"] for r in rows]
        assert expected[0]["a_quote"] == rows[0]["a_quote"]

    def test_json(self) -> None:
        """--format json is the records as a JSON list."""
        done = run("compare", "framing", "Mexico", "--format", "json")
        data = json.loads(done.stdout)
        assert {"mexico"} == {r["actor"] for r in data}

    def test_exact_amounts_in_json(self) -> None:
        """An exact amount is an integer if whole, else its numeral in a string."""
        done = run("compare", "figures", "--about", "us-doj", "--format", "json")
        data = {r["figure"]: r for r in json.loads(done.stdout)}
        assert data["orion-fig-doj-mandatory"]["amount"] == 8_300_000_000
        assert data["orion-fig-doj-cut"]["amount"] == "7.6"

    def test_following_relations(self) -> None:
        """--include-children and --include-related reach the comparisons."""
        done = run(
            "compare", "figures", "--about", "us-dhs", "--include-children", "--format", "json"
        )
        assert "orion-fig-uscis-loss" in {r["figure"] for r in json.loads(done.stdout)}
        done = run("compare", "mentions", "china", "--include-related", "--format", "json")
        assert any("chinese-money-launderers" in r["about"] for r in json.loads(done.stdout))

    def test_nothing_matched_exits_1(self) -> None:
        """A view with no rows exits 1 and says so on stderr."""
        done = run("compare", "agreements", NSC, GREENWAY)
        assert (done.returncode, done.stdout) == (1, b"")
        assert b"nothing matched" in done.stderr

    @pytest.mark.parametrize(
        "args",
        [
            ("compare", "themes", "nosuch"),
            ("compare", "stances", "--seed", "hrw-2024-nothing-but-bones"),
            ("compare",),
        ],
    )
    def test_bad_input_exits_2_in_one_line(self, args: tuple[str, ...]) -> None:
        """A refused argument is one line on stderr, exit 2, no traceback."""
        done = run(*args)
        assert done.returncode == 2
        assert b"Traceback" not in done.stderr

    def test_unknown_id_exits_1(self) -> None:
        """An id that names nothing is 'nothing found': exit 1, one line, suggestions."""
        done = run("compare", "timeline", "--about", "merida-initiativ")
        assert done.returncode == 1
        assert b"did you mean 'merida-initiative'" in done.stderr

    def test_closed_pipe_ends_quietly(self) -> None:
        """Output to a reader that stops early ends without a traceback."""
        import os

        proc = subprocess.Popen(
            [sys.executable, "-m", "binational", "compare", "mentions", "mexico"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            # wide, so that the output (200 kB) is more than a pipe holds
            env={**os.environ, "COLUMNS": "200"},
        )
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait()
        assert b"Traceback" not in err
        assert proc.returncode != 0

    def test_non_utf8_terminal(self) -> None:
        """An ASCII terminal gets ASCII borders and replaced characters, no error."""
        done = run(
            "compare",
            "mentions",
            "merida-initiative",
            env={"PYTHONIOENCODING": "ascii", "COLUMNS": "200"},  # wide enough for a grid
        )
        assert done.returncode == 0
        out = done.stdout.decode("ascii")
        assert "+---" in out
        assert "M?rida" in out


class TestExportCommand:
    def test_json_reloads_to_the_corpus(self, tmp_path: Path) -> None:
        """export json -o FILE writes the corpus that corpus_from_json reads back."""
        import binational

        out = tmp_path / "corpus.json"
        assert run("export", "json", "-o", str(out)).returncode == 0
        again = binational.corpus_from_json(json.loads(out.read_text(encoding="utf-8")))
        assert len(binational.load().recommendations) == len(again.recommendations)

    def test_ctrl_c_mid_export_keeps_the_file_and_exits_130(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Interrupted while exporting: exit 130, one line, the old file as it was."""
        from unittest.mock import Mock

        from binational import export

        out = tmp_path / "corpus.json"
        out.write_text("old", encoding="utf-8")
        monkeypatch.setattr(export, "corpus_json", Mock(side_effect=KeyboardInterrupt))
        assert main(["export", "json", "-o", str(out)]) == 130
        assert capsys.readouterr().err == "binational: interrupted\n"
        assert out.read_text(encoding="utf-8") == "old"
        assert [p.name for p in tmp_path.iterdir()] == ["corpus.json"]

    def test_schema_and_bibliographies(self) -> None:
        """export json-schema is JSON; bibtex and ris have an entry per source."""
        import binational

        schema = json.loads(run("export", "json-schema").stdout)
        assert schema["properties"]["format"]["const"] == "binational-corpus/1"
        n = len(binational.load().sources)
        assert n == run("export", "bibtex").stdout.decode().count("\n@") + 1
        assert n == run("export", "ris").stdout.decode().count("TY  - ")


class TestListSearchCite:
    def test_list_singular_or_plural(self, capsys: pytest.CaptureFixture[str]) -> None:
        """list takes a kind singular or plural, and a seed filter."""
        assert main(["list", "option", "--seed", GREENWAY]) == 0
        out = capsys.readouterr().out
        assert "greenway-option-economic-leverage" in out
        assert "nsc-option-border-enforcement" not in out
        assert main(["list", "options", "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert len(data) == 22
        assert {"id", "name", "summary", "horizon", "rank"} <= set(data[0])

    def test_search_with_no_hits_exits_1(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A search that finds nothing says so on stderr and exits 1."""
        assert main(["search", "zeppelin"]) == 1
        assert "nothing found" in capsys.readouterr().err

    def test_search_kind_singular(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--kind takes a singular name too."""
        assert main(["search", "asylum", "--kind", "recommendation", "--limit", "1"]) == 0
        assert "recommendation" in capsys.readouterr().out

    def test_cite_in_a_style(self, capsys: pytest.CaptureFixture[str]) -> None:
        """cite prints the in-text citation in the style asked, mla for short."""
        pytest.importorskip("pypandoc")
        assert main(["cite", "nsc-joint-enforcement-task-forces", "--style", "mla"]) == 0
        assert "sec. Final Recommendation" in capsys.readouterr().out

    def test_unknown_style_exits_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown style is one line on stderr, exit 2."""
        pytest.importorskip("pypandoc")
        assert main(["cite", "mexico", "--style", "nosuch"]) == 2
        assert "unknown citation style" in capsys.readouterr().err

    def test_bibliography_of_a_seed(self, capsys: pytest.CaptureFixture[str]) -> None:
        """bibliography --seed lists the seed and the works it cites."""
        pytest.importorskip("pypandoc")
        assert main(["bibliography", "--seed", GREENWAY]) == 0
        out = capsys.readouterr().out
        assert "Greenway, R." in out
        assert "Prieto-Curiel" in out
        assert "Human Rights Watch" not in out


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_is_one_line() -> None:
    """Output to a full disk is one line on stderr and a non-zero status, no traceback."""
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "binational", "overview"],
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert done.returncode == 1
    assert b"cannot write output" in done.stderr
    assert b"Traceback" not in done.stderr


class TestFitsTheTerminal:
    @pytest.mark.parametrize(
        "args",
        [["overview"], ["compare", "stances"], ["list", "recommendations"]],
        ids=["overview", "compare-stances", "list-recommendations"],
    )
    def test_columns_80_fits_80_columns(self, args: list[str]) -> None:
        """With COLUMNS=80 every line of the output is at most 80 characters."""
        done = run(*args, env={"COLUMNS": "80"})
        assert done.returncode == 0
        lines = done.stdout.decode().splitlines()
        assert lines
        assert [line for line in lines if len(line) > 80] == []

    def test_a_narrow_terminal_gets_records(self) -> None:
        """Too narrow for a readable grid, a comparison is one record per block."""
        done = run(
            "compare",
            "disagreements",
            "nsc-migration-policy-brief",
            GREENWAY,
            env={"COLUMNS": "60"},
        )
        out = done.stdout.decode()
        assert "dimension: binational-cooperation" in out
        assert all(len(line) <= 60 for line in out.splitlines())

    def test_list_prints_one_line_per_object(self) -> None:
        """list prints exactly one line per object, cut to the terminal's width."""
        import binational

        done = run("list", "recommendations", env={"COLUMNS": "80"})
        lines = done.stdout.decode().splitlines()
        ids = [o.id for o in binational.load().recommendations]
        assert len(ids) == len(lines)
        assert [line.split()[0] for line in lines] == ids

    def test_list_through_a_pipe_is_not_cut(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Piped with no COLUMNS, a list line keeps its whole name and seeds."""
        monkeypatch.delenv("COLUMNS", raising=False)
        assert main(["list", "places"]) == 0
        first = capsys.readouterr().out.splitlines()[0]
        assert first.endswith(f"{GREENWAY}]")

    @pytest.mark.parametrize("query", ["GAO", "billion"], ids=["source", "figure"])
    def test_search_hits_always_have_a_title(
        self, capsys: pytest.CaptureFixture[str], query: str
    ) -> None:
        """Every hit is two lines, the second what the object is called."""
        assert main(["search", query, "--kind", "sources", "--kind", "figures"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert len(lines) % 2 == 0
        titles = lines[1::2]
        assert all(t.startswith("       ") and t.strip() for t in titles)


class TestKwicCommand:
    def test_lines_fit_80_columns_through_a_pipe(self) -> None:
        """Piped with COLUMNS=80, every line fits and each match is in its line."""
        done = run("kwic", "merida", env={"COLUMNS": "80"})
        assert done.returncode == 0
        lines = done.stdout.decode().splitlines()
        assert lines[0] == "5 occurrences of 'merida'"
        assert [line for line in lines if len(line) > 80] == []
        matches = [line for line in lines[1:] if not line.startswith(" ")]
        assert len(matches) == 5
        assert all("Mérida" in line for line in matches)

    def test_ascii_output_does_not_fail(self) -> None:
        """With an ASCII-only stdout, accented text is replaced, not a traceback."""
        done = run("kwic", "merida", env={"PYTHONIOENCODING": "ascii", "COLUMNS": "80"})
        assert done.returncode == 0
        assert b"M?rida" in done.stdout
        assert b"Traceback" not in done.stderr

    def test_in_keeps_to_the_documents_given(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--in keeps to the seeds given; JSON has each match's offsets and objects."""
        assert main(["kwic", "merida", "--in", NSC, "--in", LAWSON, "--format", "json"]) == 0
        records = json.loads(capsys.readouterr().out)
        assert {r["document"] for r in records} == {LAWSON}
        assert all(r["match"] == "Mérida" and r["end"] > r["start"] for r in records)
        assert "merida-initiative" in records[0]["objects"]

    @pytest.mark.parametrize("fmt", ["csv", "markdown"])
    def test_formats(self, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
        """CSV has the record columns; Markdown a table."""
        assert main(["kwic", "joint", "task", "force*", "--width", "20", "--format", fmt]) == 0
        out = capsys.readouterr().out
        first = out.splitlines()[0]
        if fmt == "csv":
            assert first == "document,section,start,end,left,match,right,objects"
        else:
            assert "occurrence" in first

    @pytest.mark.parametrize(
        ("args", "status", "words"),
        [
            (["  "], 2, "term is empty"),
            (["a*b"], 2, "may only end a word"),
            (["merida", "--in", "nope"], 1, "'nope'"),
            (["zzzyzzz"], 1, "nothing matched"),
        ],
        ids=["empty", "star", "unknown-seed", "not-found"],
    )
    def test_bad_input_is_one_line(
        self, capsys: pytest.CaptureFixture[str], args: list[str], status: int, words: str
    ) -> None:
        """A bad term or seed, or no match, is one line on stderr with its exit status."""
        assert main(["kwic", *args]) == status
        err = capsys.readouterr().err
        assert words in err
        assert len(err.splitlines()) == 1
