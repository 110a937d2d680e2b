"""One rule set for every way in (issue 19, item 3).

The same corruptions, fed to the loader (as a data folder) and to ``corpus_from_json``
(as an export), are refused by both, with the same error type and a message naming
what is wrong where.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import binational
from binational import DataError, corpus_from_json
from binational.export import corpus_json

from . import bundle

Change = Callable[[dict[str, Any]], None]


def _seed(files: dict[str, Any]) -> Any:
    return files[bundle.SEED_DATA]


def _seed_source(export: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in export["sources"] if s["id"] == "tiny-brief")


def _duplicate_id_files(files: dict[str, Any]) -> None:
    recs = _seed(files)["recommendations"]
    recs.append({**recs[0]})


def _duplicate_id_export(export: dict[str, Any]) -> None:
    recs = export["recommendations"]
    recs.append({**recs[0], "summary": "Another."})


def _dangling_files(files: dict[str, Any]) -> None:
    _seed(files)["recommendations"][0]["addressees"] = ["mexico", "nobody"]


def _dangling_export(export: dict[str, Any]) -> None:
    export["recommendations"][0]["addressees"] = ["mexico", "nobody"]


def _bad_id_files(files: dict[str, Any]) -> None:
    _seed(files)["recommendations"][0]["id"] = "Tiny Recommendation"


def _bad_id_export(export: dict[str, Any]) -> None:
    export["recommendations"][0]["id"] = "Tiny Recommendation"


def _no_positions_files(files: dict[str, Any]) -> None:
    _seed(files)["positions"] = []


def _no_positions_export(export: dict[str, Any]) -> None:
    export["positions"] = []


def _heading_files(files: dict[str, Any]) -> None:
    _seed(files)["sections"].append({"title": "Funding", "start": 5})


def _heading_export(export: dict[str, Any]) -> None:
    sections = export["sections"]["tiny-brief"]
    sections[0]["end"] = 5
    sections.append({"source": "tiny-brief", "title": "Funding", "start": 5, "end": 200})


def _cited_files(files: dict[str, Any]) -> None:
    _seed(files)["source"]["role"] = "cited"


def _cited_export(export: dict[str, Any]) -> None:
    _seed_source(export)["role"] = "cited"


def _position_twice_files(files: dict[str, Any]) -> None:
    positions = _seed(files)["positions"]
    positions.append({**positions[1], "id": "tiny-position-again"})


def _position_twice_export(export: dict[str, Any]) -> None:
    positions = export["positions"]
    positions.append({**positions[1], "id": "tiny-position-again"})


def _empty_name_files(files: dict[str, Any]) -> None:
    files["places.json"]["places"][0]["name"] = " "


def _empty_name_export(export: dict[str, Any]) -> None:
    export["places"][0]["name"] = " "


def _self_parent_files(files: dict[str, Any]) -> None:
    _seed(files)["actors"][0]["parent"] = {
        "actor": "mexico",
        "certainty": "stated",
        "evidence": [bundle.quote("Mexico")],
    }


def _self_parent_export(export: dict[str, Any]) -> None:
    actor = next(a for a in export["actors"] if a["id"] == "mexico")
    actor["parent"] = {
        "actor": "mexico",
        "certainty": "stated",
        "evidence": [{**bundle.quote("Mexico"), "source": "tiny-brief"}],
    }


CASES: dict[str, tuple[Change, Change, str]] = {
    "duplicate id": (_duplicate_id_files, _duplicate_id_export, "used twice"),
    "dangling reference": (_dangling_files, _dangling_export, "unknown id 'nobody'"),
    "id outside the grammar": (_bad_id_files, _bad_id_export, "U+0054 LATIN CAPITAL LETTER T"),
    "seed without positions": (_no_positions_files, _no_positions_export, "every dimension"),
    "misplaced heading": (_heading_files, _heading_export, "heading 'Funding' is not at offset 5"),
    "seed turned cited": (_cited_files, _cited_export, "role"),
    "dimension coded twice": (_position_twice_files, _position_twice_export, "coded twice"),
    "empty name": (_empty_name_files, _empty_name_export, "a name must not be empty"),
    "part of itself": (_self_parent_files, _self_parent_export, "cannot be part of itself"),
}


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data, seeds = bundle.write(tmp_path_factory.mktemp("tiny"))
    corpus = binational.load_from(data, seeds)
    exported: dict[str, Any] = json.loads(json.dumps(corpus_json(corpus)))
    return exported


def test_the_untouched_export_and_folder_load(export: dict[str, Any], tmp_path: Path) -> None:
    corpus_from_json(export)
    binational.load_from(*bundle.write(tmp_path))


@pytest.mark.parametrize("case", list(CASES))
def test_both_ways_in_refuse_the_same_corruption(
    case: str, export: dict[str, Any], tmp_path: Path
) -> None:
    in_files, in_export, said = CASES[case]
    files = bundle.files()
    in_files(files)
    with pytest.raises(DataError) as loaded:
        binational.load_from(*bundle.write(tmp_path, files))
    broken = copy.deepcopy(export)
    in_export(broken)
    with pytest.raises(DataError) as read:
        corpus_from_json(broken)
    for error in (loaded.value, read.value):
        assert any(said in p.message for p in error.problems), [str(p) for p in error.problems]
    assert all(p.file == "export" and p.path.startswith("$.") for p in read.value.problems)
