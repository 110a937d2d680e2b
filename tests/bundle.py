"""A tiny valid data bundle (one seed, a few objects), for tests that load it many times."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from binational import Dimension

TEXT = (
    "A Tiny Brief\n"
    "Mexico and the United States should build a joint task force in Tijuana.\n"
    "Funding rose to 43.8 billion dollars in 2026 (Smith, 2024).\n"
)
TEXT_FILE = "tiny.txt"
SEED_DATA = "seeds/000-tiny-brief.json"


def quote(text: str) -> dict[str, Any]:
    """A quote of the first occurrence of ``text`` in the tiny seed text."""
    start = TEXT.index(text)
    return {"text": text, "start": start, "end": start + len(text)}


SENTENCE_1 = "Mexico and the United States should build a joint task force in Tijuana."
SENTENCE_2 = "Funding rose to 43.8 billion dollars in 2026 (Smith, 2024)."


def files() -> dict[str, Any]:
    """The data files of the bundle, by name relative to the data folder."""
    seed = {
        "source": {
            "id": "tiny-brief",
            "role": "seed",
            "type": "report",
            "title": "A Tiny Brief",
            "evidence": [quote("A Tiny Brief")],
            "issued": {"date": {"year": 2026}, "certainty": "stated", "evidence": [quote("2026")]},
            "seed": {
                "file": TEXT_FILE,
                "sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
                "bytes": len(TEXT.encode()),
            },
        },
        "sections": [{"title": "A Tiny Brief", "start": 0}],
        "sources": [
            {
                "id": "smith-2024",
                "role": "cited",
                "type": "book",
                "title": "A Book",
                "evidence": [quote("Smith, 2024")],
                "creators": [{"type": "person", "family": "Smith", "given": "Ann"}],
                "issued": {"date": {"year": 2024, "month": 2, "day": 29}, "certainty": "stated"},
            }
        ],
        "citations": [
            {
                "id": "tiny-cite-1",
                "marker": quote("Smith, 2024"),
                "evidence": [quote(SENTENCE_2)],
                "candidates": ["smith-2024"],
            }
        ],
        "actors": [
            {"id": "mexico", "evidence": [quote("Mexico")]},
            {"id": "united-states", "evidence": [quote("United States")]},
        ],
        "initiatives": [
            {
                "id": "joint-task-force",
                "evidence": [quote("joint task force")],
                "participants": [
                    {
                        "actor": "mexico",
                        "role": "partner",
                        "certainty": "stated",
                        "evidence": [quote(SENTENCE_1)],
                    }
                ],
            }
        ],
        "places": [{"id": "tijuana", "evidence": [quote("Tijuana")]}],
        "options": [
            {
                "id": "tiny-option",
                "name": "A task force",
                "summary": "Build a joint task force.",
                "evidence": [quote(SENTENCE_1)],
                "horizon": "short-term",
                "rank": 1,
            }
        ],
        "recommendations": [
            {
                "id": "tiny-recommendation",
                "summary": "Build a joint task force in Tijuana.",
                "evidence": [quote(SENTENCE_1)],
                "addressees": ["mexico", "united-states"],
                "places": ["tijuana"],
                "phase": 1,
                "builds_on": ["joint-task-force", "tiny-option"],
                "themes": ["binational-coordination"],
            }
        ],
        "figures": [
            {
                "id": "tiny-funding",
                "subject": "funding",
                "value": "43.8",
                "unit": "USD",
                "scale": "billion",
                "direction": "increase",
                "period": {"start": 2026},
                "about": ["united-states"],
                "evidence": [quote("43.8 billion dollars")],
            }
        ],
        "positions": [
            {
                "id": "tiny-position-binational-cooperation",
                "source": "tiny-brief",
                "dimension": "binational-cooperation",
                "stance": "for",
                "evidence": [quote(SENTENCE_1)],
            },
            *(
                {
                    "id": f"tiny-position-{d.value}",
                    "source": "tiny-brief",
                    "dimension": d.value,
                    "stance": None,
                    "notes": ["Not addressed."],
                }
                for d in Dimension
                if d is not Dimension.BINATIONAL_COOPERATION
            ),
        ],
        "characterizations": [
            {
                "id": "tiny-mexico-partner",
                "actor": "mexico",
                "portrayal": "partner",
                "evidence": [quote(SENTENCE_1)],
            }
        ],
    }
    return {
        SEED_DATA: seed,
        "actors.json": {
            "actors": [
                {"id": "mexico", "name": "Mexico", "kind": "country", "country": "MX"},
                {
                    "id": "united-states",
                    "name": "United States",
                    "kind": "country",
                    "country": "US",
                    "aliases": ["US"],
                },
            ]
        },
        "initiatives.json": {
            "initiatives": [
                {"id": "joint-task-force", "name": "joint task force", "kind": "task-force"}
            ]
        },
        "places.json": {
            "places": [{"id": "tijuana", "name": "Tijuana", "kind": "city", "countries": ["MX"]}]
        },
    }


def write(root: Path, content: dict[str, Any] | None = None) -> tuple[Path, Path]:
    """Write the bundle (or ``content``, by file name) under ``root``: (data, seeds)."""
    data, seeds = root / "data", root / "seeds"
    (data / "seeds").mkdir(parents=True, exist_ok=True)
    seeds.mkdir(exist_ok=True)
    (seeds / TEXT_FILE).write_text(TEXT, encoding="utf-8")
    for name, value in (content or files()).items():
        (data / name).write_text(json.dumps(value, indent=2), encoding="utf-8")
    return data, seeds
