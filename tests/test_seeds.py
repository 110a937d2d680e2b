"""The seed texts are kept byte for byte, and the manifest and data files agree on them."""

from __future__ import annotations

import hashlib
import json

import pytest

from binational.loader._load import data_dir, seeds_dir

from .conftest import SHARED_SEEDS

MANIFEST = {
    line.split()[1]: line.split()[0]
    for line in (seeds_dir() / "SHA256SUMS").read_text(encoding="ascii").splitlines()
}


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_seed_matches_manifest(name: str) -> None:
    """Each seed text has the SHA-256 its manifest records."""
    assert MANIFEST[name] == hashlib.sha256((seeds_dir() / name).read_bytes()).hexdigest()


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_seed_is_the_shared_original(name: str) -> None:
    """Each packaged seed is byte-identical to the shared original, where that is at hand."""
    original = SHARED_SEEDS / name
    if not original.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    assert original.read_bytes() == (seeds_dir() / name).read_bytes()


def test_manifest_lists_every_seed() -> None:
    """The manifest names exactly the four seed texts shipped."""
    shipped = sorted(p.name for p in seeds_dir().iterdir() if p.name.endswith(".txt"))
    assert shipped == sorted(MANIFEST)
    assert len(shipped) == 4


def test_data_files_record_the_manifest_hash() -> None:
    """Each seed data file records its seed's file name and the manifest's SHA-256."""
    for item in (data_dir() / "seeds").iterdir():
        seed = json.loads(item.read_text(encoding="utf-8"))["source"]["seed"]
        assert MANIFEST[seed["file"]] == seed["sha256"]
