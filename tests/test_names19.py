"""Names and quotes that cannot be told apart (issue 19, item 6).

Names empty once invisible characters are removed, names confusable with another of
the corpus (Unicode TR39 skeletons), quotes that start or end inside a character: the
loader and ``corpus_from_json`` refuse them alike.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

import binational
from binational import DataError, corpus_from_json
from binational.export import corpus_json
from binational.loader._names import confusable_key, skeleton, visible

from . import bundle


def load_with(tmp_path: Path, files: dict[str, Any], text: str = bundle.TEXT) -> list[str]:
    """The problems of loading the tiny bundle's ``files`` with seed text ``text``."""
    raw = text.encode()
    seed = files[bundle.SEED_DATA]["source"]["seed"]
    seed.update(sha256=hashlib.sha256(raw).hexdigest(), bytes=len(raw))
    data, seeds = bundle.write(tmp_path, files)
    (seeds / bundle.TEXT_FILE).write_bytes(raw)
    with pytest.raises(DataError) as info:
        binational.load_from(data, seeds)
    return [f"{p.path}: {p.message}" for p in info.value.problems]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data, seeds = bundle.write(tmp_path_factory.mktemp("tiny"))
    exported: dict[str, Any] = json.loads(
        json.dumps(corpus_json(binational.load_from(data, seeds)))
    )
    return exported


def export_problems(export: dict[str, Any]) -> list[str]:
    with pytest.raises(DataError) as info:
        corpus_from_json(export)
    return [f"{p.path}: {p.message}" for p in info.value.problems]


class TestSkeleton:
    def test_homoglyphs_and_invisible_characters_share_a_skeleton(self) -> None:
        assert skeleton("M\u0435xico") == skeleton("Mexico") == skeleton("Mex\u200bico")
        assert confusable_key("MEXICO") == confusable_key("m\u0435xico")

    def test_different_names_keep_different_skeletons(self) -> None:
        assert confusable_key("Mexico") != confusable_key("Mexicali")
        assert confusable_key("United States") != confusable_key("United Nations")

    @pytest.mark.parametrize("name", ["\u200b", "\u200b\u200d\u2060", " \u00a0", "\ufeff\u3164"])
    def test_invisible_names_are_empty(self, name: str) -> None:
        assert visible(name) == ""


@pytest.mark.parametrize(
    ("alias", "said"),
    [
        ("M\u0435xico", "looks like 'Mexico', a name of 'mexico'"),  # Cyrillic е
        ("Mex\u200bico", "looks like 'Mexico', a name of 'mexico'"),  # zero width space
        ("\u200b", "is empty once its invisible characters are removed"),
    ],
)
def test_loader_and_json_refuse_a_confusable_or_invisible_alias(
    tmp_path: Path, export: dict[str, Any], alias: str, said: str
) -> None:
    files = bundle.files()
    files["actors.json"]["actors"][1]["aliases"] = ["US", alias]
    assert any(
        p.startswith("$.actors[1].aliases[1]: ") and said in p for p in load_with(tmp_path, files)
    )
    broken = copy.deepcopy(export)
    us = next(a for a in broken["actors"] if a["id"] == "united-states")
    us["aliases"] = ["US", alias]
    assert any(said in p for p in export_problems(broken))


def test_a_name_of_only_a_zero_width_space_is_refused(tmp_path: Path) -> None:
    files = bundle.files()
    files["places.json"]["places"][0]["name"] = "\u200b"
    assert "$.places[0].name: '\\u200b' is empty once its invisible characters are removed" in (
        load_with(tmp_path, files)
    )


TEXT = bundle.TEXT + "Cafe\u0301 con leche.\n"


@pytest.mark.parametrize(
    ("start", "end", "side"),
    [(0, 4, "ends at"), (4, 9, "starts at")],  # "Cafe" | "\u0301 con"
)
def test_a_quote_inside_a_character_is_refused(
    tmp_path: Path, export: dict[str, Any], start: int, end: int, side: str
) -> None:
    at = len(bundle.TEXT)
    quote = {"text": TEXT[at + start : at + end], "start": at + start, "end": at + end}
    files = bundle.files()
    files[bundle.SEED_DATA]["actors"][0]["evidence"].append(quote)
    found = load_with(tmp_path, files, TEXT)
    assert any(f"quote {side} {at + (end if side == 'ends at' else start)}" in p for p in found)
    assert any("U+0301 COMBINING ACUTE ACCENT" in p for p in found)
    broken = copy.deepcopy(export)
    broken["texts"]["tiny-brief"] = TEXT
    broken["sections"]["tiny-brief"][-1]["end"] = len(TEXT)
    mexico = next(a for a in broken["actors"] if a["id"] == "mexico")
    mexico["evidence"].append({**quote, "source": "tiny-brief", "section": "A Tiny Brief"})
    assert any("inside a character" in p for p in export_problems(broken))


def test_a_quote_of_the_whole_character_loads(tmp_path: Path) -> None:
    at = len(bundle.TEXT)
    files = bundle.files()
    files[bundle.SEED_DATA]["actors"][0]["evidence"].append(
        {"text": "Cafe\u0301", "start": at, "end": at + 5}
    )
    raw = TEXT.encode()
    files[bundle.SEED_DATA]["source"]["seed"].update(
        sha256=hashlib.sha256(raw).hexdigest(), bytes=len(raw)
    )
    data, seeds = bundle.write(tmp_path, files)
    (seeds / bundle.TEXT_FILE).write_bytes(raw)
    corpus = binational.load_from(data, seeds)
    assert corpus.actors["mexico"].evidence[-1].text == "Cafe\u0301"
