"""Shared fixtures: the packaged corpus and a scratch copy of the data to break."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import Phase, settings

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


# Property tests: the ``dev`` profile (local runs) explores with fresh random examples
# each run; the ``ci`` profile (chosen when CI is set, as CI sets it, or by
# HYPOTHESIS_PROFILE=ci, which .ci/run sets) is derandomised, so a run's examples depend
# only on the code, with a bounded number of examples and a bounded shrink, so a failure
# is reported rather than minimised for minutes.
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    max_examples=100,
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.target),
)
settings.register_profile("dev", derandomize=False, deadline=None, print_blob=True)


def hypothesis_profile(env: Mapping[str, str]) -> str:
    """The profile for an environment: its HYPOTHESIS_PROFILE, else ``ci`` under CI."""
    chosen = env.get("HYPOTHESIS_PROFILE")
    if chosen:
        return chosen
    return "ci" if env.get("CI", "").lower() not in {"", "0", "false", "no"} else "dev"


settings.load_profile(hypothesis_profile(os.environ))
