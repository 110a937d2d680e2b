"""binational.compare.codebook() and THEME_DIMENSIONS: what the codes mean."""

from __future__ import annotations

from binational import (
    compare,
)

from .comparing import CORPUS


class TestCodebook:
    def test_coded_actors_exist(self) -> None:
        """The codebook names real actors."""
        for a in compare.codebook().coded_actors:
            assert a in CORPUS.actors
