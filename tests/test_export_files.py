"""Files written whole or not at all, never through a link; CSV cells that cannot run."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO, Any

import pytest

import binational
from binational.cli import main
from binational.export import _files, _tables, to_csv, write_tables, write_text

CORPUS = binational.load()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every entry of a folder (hidden ones too) with its bytes."""
    return {p.name: p.read_bytes() if p.is_file() else b"<dir>" for p in folder.iterdir()}


class TestCsvCells:
    @pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
    def test_formula_cells_are_neutralised(self, start: str) -> None:
        """A text cell starting as a formula reads back with a leading quote."""
        value = start + 'HYPERLINK("http://x")'
        rows = list(csv.DictReader(to_csv([{"a": value}]).splitlines(keepends=True)))
        assert [{"a": "'" + value}] == rows

    def test_numbers_are_never_touched(self) -> None:
        """A negative number stays -3; a plain text cell stays as it is."""
        assert to_csv([{"a": -3, "b": "x"}]) == "a,b\n-3,x\n"

    def test_keep_writes_raw_values(self) -> None:
        """formulas='keep' writes the cell as given."""
        assert to_csv([{"a": "=1+1"}], formulas="keep") == "a\n=1+1\n"

    def test_unknown_option_is_refused(self) -> None:
        """formulas takes 'neutralise' or 'keep'."""
        with pytest.raises(ValueError, match="formulas"):
            to_csv([{"a": 1}], formulas="raw")  # type: ignore[arg-type]

    def test_write_tables_neutralises_unless_kept(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """write_tables' CSV neutralises formula cells; formulas='keep' keeps them."""
        real = _tables.tables(CORPUS)
        real["actors"][0]["name"] = "=cmd|' /C calc'!A0"
        monkeypatch.setattr(_tables, "tables", lambda _corpus: real)
        write_tables(tmp_path / "n", corpus=CORPUS)
        write_tables(tmp_path / "k", corpus=CORPUS, formulas="keep")
        for folder, expected in (("n", "'=cmd|' /C calc'!A0"), ("k", "=cmd|' /C calc'!A0")):
            with (tmp_path / folder / "actors.csv").open(encoding="utf-8", newline="") as f:
                assert expected == next(csv.DictReader(f))["name"]


class TestAtomicWrites:
    def test_symlink_is_refused_and_its_target_untouched(self, tmp_path: Path) -> None:
        """A link at the destination is refused, naming it; what it points to is kept."""
        target = tmp_path / "precious.txt"
        target.write_text("keep me", encoding="utf-8")
        link = tmp_path / "out.json"
        link.symlink_to(target)
        with pytest.raises(ValueError, match=r"out\.json is a symbolic link"):
            write_text(link, "overwritten")
        assert target.read_text(encoding="utf-8") == "keep me"
        assert link.is_symlink()

    def test_interrupted_write_keeps_the_old_file(self, tmp_path: Path) -> None:
        """A writer failing midway leaves the old file and no temporary file."""
        path = tmp_path / "out.txt"
        path.write_text("old", encoding="utf-8")

        def half(stream: IO[bytes]) -> None:
            stream.write(b"new, half")
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            _files.write_files({path: half})
        assert snapshot(tmp_path) == {"out.txt": b"old"}

    def test_write_text_replaces(self, tmp_path: Path) -> None:
        """A successful write replaces the file whole."""
        path = tmp_path / "out.txt"
        path.write_text("old", encoding="utf-8")
        write_text(path, "new")
        assert snapshot(tmp_path) == {"out.txt": b"new"}

    def test_write_tables_link_refused_before_anything(self, tmp_path: Path) -> None:
        """A link at one table's place: refused, nothing written, the target kept."""
        outside = tmp_path / "outside.csv"
        outside.write_text("outside", encoding="utf-8")
        folder = tmp_path / "tables"
        folder.mkdir()
        (folder / "quotes.csv").symlink_to(outside)
        before = snapshot(folder)
        with pytest.raises(ValueError, match=r"quotes\.csv is a symbolic link"):
            write_tables(folder, corpus=CORPUS)
        assert before == snapshot(folder)
        assert outside.read_text(encoding="utf-8") == "outside"

    def test_write_tables_all_or_none(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """One table that cannot be written leaves the folder as it was."""
        write_tables(tmp_path, corpus=CORPUS)
        before = snapshot(tmp_path)
        calls = 0
        real = _tables.write_csv

        def failing(*args: Any, **kwargs: Any) -> None:
            nonlocal calls
            calls += 1
            if calls == 5:
                raise OSError(28, "No space left on device")
            real(*args, **kwargs)

        monkeypatch.setattr(_tables, "write_csv", failing)
        monkeypatch.setattr(_tables, "tables", lambda _corpus: {})
        with pytest.raises(OSError, match="No space"):
            write_tables(tmp_path, corpus=CORPUS)
        assert before == snapshot(tmp_path)

    def test_write_tables_folder_in_the_way(self, tmp_path: Path) -> None:
        """A folder where a table goes is refused before anything is written."""
        (tmp_path / "links.csv").mkdir()
        with pytest.raises(ValueError, match=r"links\.csv exists and is not a file"):
            write_tables(tmp_path, corpus=CORPUS)
        assert snapshot(tmp_path) == {"links.csv": b"<dir>"}

    def test_failed_write_tables_leaves_no_new_folder(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A folder write_tables created is removed again if the write fails."""

        def failing(*_args: Any, **_kwargs: Any) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(_tables, "write_csv", failing)
        with pytest.raises(KeyboardInterrupt):
            write_tables(tmp_path / "new", corpus=CORPUS)
        assert snapshot(tmp_path) == {}

    def test_cli_export_refuses_a_link(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """export -o LINK says so in one line, exits 2 and keeps the link's target."""
        target = tmp_path / "precious.txt"
        target.write_text("keep me", encoding="utf-8")
        link = tmp_path / "refs.ris"
        link.symlink_to(target)
        assert main(["export", "ris", "-o", str(link)]) == 2
        assert "refs.ris is a symbolic link" in capsys.readouterr().err
        assert target.read_text(encoding="utf-8") == "keep me"

    def test_following_a_link_is_asked_for_and_replaces_its_target(self, tmp_path: Path) -> None:
        """follow_symlinks=True writes the file the link points to; the link stays a link."""
        target = tmp_path / "real" / "out.json"
        target.parent.mkdir()
        target.write_text("old", encoding="utf-8")
        link = tmp_path / "out.json"
        link.symlink_to(target)
        assert write_text(link, "new", follow_symlinks=True) == link
        assert link.is_symlink()
        assert target.read_text(encoding="utf-8") == "new"
        assert sorted(p.name for p in target.parent.iterdir()) == ["out.json"]  # no temporary
        with pytest.raises(TypeError, match="follow_symlinks"):
            write_text(link, "x", follow_symlinks="yes")  # type: ignore[arg-type]

    def test_write_tables_follows_a_link_when_asked(self, tmp_path: Path) -> None:
        outside = tmp_path / "outside.csv"
        outside.write_text("outside", encoding="utf-8")
        folder = tmp_path / "tables"
        folder.mkdir()
        (folder / "quotes.csv").symlink_to(outside)
        write_tables(folder, corpus=CORPUS, follow_symlinks=True)
        assert (folder / "quotes.csv").is_symlink()
        assert outside.read_text(encoding="utf-8").startswith("id,")

    def test_cli_export_follows_a_link_when_asked(self, tmp_path: Path) -> None:
        target = tmp_path / "precious.ris"
        target.write_text("old", encoding="utf-8")
        link = tmp_path / "refs.ris"
        link.symlink_to(target)
        assert main(["export", "ris", "-o", str(link), "--follow-symlinks"]) == 0
        assert link.is_symlink()
        assert target.read_text(encoding="utf-8").startswith("TY  -")

    def test_cli_export_writes_the_file(self, tmp_path: Path) -> None:
        """export -o FILE writes the file and leaves nothing else beside it."""
        assert main(["export", "ris", "-o", str(tmp_path / "refs.ris")]) == 0
        assert [p.name for p in tmp_path.iterdir()] == ["refs.ris"]
