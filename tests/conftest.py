"""Shared fixtures: the packaged corpus and a scratch copy of the data to break."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

import binational
from binational.loader._load import data_dir, seeds_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED_SEEDS = Path(os.environ.get("BINATIONAL_SHARED") or ROOT.parent / "shared") / "seeds"
SEED_000_DATA = "seeds/000-nsc-migration-policy-brief.json"


@pytest.fixture(scope="session")
def corpus() -> binational.Corpus:
    return binational.load()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the packaged data directory."""
    target = tmp_path / "data"
    shutil.copytree(str(data_dir()), target)
    return target


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed texts."""
    target = tmp_path / "seeds"
    shutil.copytree(str(seeds_dir()), target)
    return target


@pytest.fixture
def edit(data_copy: Path) -> Callable[[str, Callable[[Any], None]], Path]:
    """Apply ``change`` to the parsed JSON of a data file in the copy, write it back."""

    def apply(name: str, change: Callable[[Any], None]) -> Path:
        path = data_copy / name
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        return data_copy

    return apply


# Property tests: the default profile explores; the CI profile (HYPOTHESIS_PROFILE=ci,
# set by .ci/run) is derandomised, so a run's examples depend only on the code.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
