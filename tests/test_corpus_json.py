"""The corpus as one JSON document: lossless, reloadable, described by its JSON Schema."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest

import binational
from binational import DataError, Kind, corpus_from_json
from binational.export import as_json, corpus_json, corpus_json_schema

CORPUS = binational.load()
EXPORT = json.loads(json.dumps(corpus_json(CORPUS), ensure_ascii=False))


class TestRoundTrip:
    @pytest.mark.parametrize("kind", list(Kind), ids=lambda k: k.value)
    def test_every_collection_comes_back_equal(self, kind: Kind) -> None:
        """Written as JSON and read back, every object of every kind is equal."""
        again = corpus_from_json(EXPORT)
        assert list(again.collection(kind)) == list(CORPUS.collection(kind))

    def test_texts_and_sections_come_back(self) -> None:
        """The seed texts and their sections are part of the export."""
        again = corpus_from_json(EXPORT)
        for s in CORPUS.seeds:
            assert again.text(s.id) == CORPUS.text(s.id)
            assert again.sections(s.id) == CORPUS.sections(s.id)

    def test_enums_are_values(self) -> None:
        """Enums are written as their values, for readers in other languages."""
        rec = next(r for r in EXPORT["recommendations"] if r["id"] == "nsc-phased-strategy")
        assert rec["themes"][0] == CORPUS.recommendations["nsc-phased-strategy"].themes[0].value


class TestSchema:
    def test_the_real_export_is_valid(self) -> None:
        """The JSON Schema, generated from the model, accepts the real export."""
        jsonschema.Draft202012Validator.check_schema(corpus_json_schema())
        jsonschema.validate(EXPORT, corpus_json_schema())

    @pytest.mark.parametrize(
        "damage",
        [
            lambda d: d["actors"][0].pop("kind"),
            lambda d: d["actors"][0].update(kind="planet"),
            lambda d: d["figures"][0].update(value=43.8),
            lambda d: d["figures"][0].update(value="43.8e0"),
            lambda d: d["positions"][0].update(mood="sunny"),
            lambda d: d["sources"][0]["evidence"][0].pop("start"),
        ],
        ids=[
            "missing field",
            "bad enum",
            "float for an exact number",
            "exponent in an exact number",
            "unknown key",
            "quote offset",
        ],
    )
    def test_damage_is_refused(self, damage: Any) -> None:
        """The schema refuses what the model would refuse."""
        broken = copy.deepcopy(EXPORT)
        damage(broken)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, corpus_json_schema())
        with pytest.raises(DataError):
            corpus_from_json(broken)


class TestRefused:
    def test_wrong_format(self) -> None:
        """Anything but an export of this format is a DataError on $.format."""
        with pytest.raises(DataError) as info:
            corpus_from_json({"format": "something-else"})
        assert info.value.problems[0].path == "$.format"

    def test_quote_that_does_not_match_its_text(self) -> None:
        """A quote changed in the export is refused with its path."""
        broken = copy.deepcopy(EXPORT)
        broken["recommendations"][0]["evidence"][0]["text"] = "changed"
        with pytest.raises(DataError) as info:
            corpus_from_json(broken)
        assert info.value.problems[0].path.startswith("$.recommendations[0].evidence[0]")


class TestAsJson:
    def test_one_object_dumps_as_json(self) -> None:
        """as_json() of an object is what json.dumps takes, enums as their values."""
        rec = CORPUS.recommendations["nsc-phased-strategy"]
        data = json.loads(json.dumps(as_json(rec)))
        assert data["id"] == rec.id
        assert data["themes"] == [t.value for t in rec.themes]
        assert data["evidence"][0]["source"] == rec.evidence[0].source

    def test_not_an_object(self) -> None:
        """Anything but corpus objects is a TypeError."""
        with pytest.raises(TypeError, match="as_json"):
            as_json({"id": "x"})
