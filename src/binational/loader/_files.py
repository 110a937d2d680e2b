"""Where the package's data and the seed texts are: an installed wheel or a checkout."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

__all__ = ["checkout_seeds", "package_folder"]


def package_folder() -> Traversable:
    """The package's folder, as :mod:`importlib.resources` finds it."""
    return resources.files("binational")


def checkout_seeds() -> Path:
    """Where the seed texts are in a checkout (``seeds/`` beside ``src/``)."""
    return Path(__file__).resolve().parents[3] / "seeds"
