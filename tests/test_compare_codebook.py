"""binational.compare.codebook() and THEME_DIMENSIONS: what the codes mean."""

from __future__ import annotations

import binational
from binational import Criterion, Dimension, Portrayal, Theme, compare

from .comparing import CORPUS


class TestCodebook:
    def test_coded_actors_exist(self) -> None:
        """The codebook names real actors."""
        for a in compare.codebook().coded_actors:
            assert a in CORPUS.actors

    def test_every_code_is_defined(self) -> None:
        """Every dimension, criterion and portrayal has a definition, in enum order."""
        cb = compare.codebook()
        assert list(Dimension) == list(cb.dimensions)
        assert list(Criterion) == list(cb.criteria)
        assert list(Portrayal) == list(cb.portrayals)


class TestThemeDimensions:
    def test_themes_map_to_dimensions(self) -> None:
        """THEME_DIMENSIONS maps some themes, each to the dimension it is read on."""
        assert compare.THEME_DIMENSIONS
        assert all(isinstance(t, Theme) for t in compare.THEME_DIMENSIONS)
        assert all(isinstance(d, Dimension) for d in compare.THEME_DIMENSIONS.values())

    def test_tensions_are_read_on_the_themes_dimension(self) -> None:
        """Every tension of themes() is read on its theme's dimension."""
        tensions = compare.themes().tensions
        assert tensions
        assert all(compare.THEME_DIMENSIONS[t.theme] is t.dimension for t in tensions)

    def test_securitisation_is_defined_with_its_rules(self) -> None:
        """The tenth dimension carries its levels, its not-addressed rule and its rules."""
        d = compare.codebook().dimensions[Dimension.MIGRATION_AS_SECURITY_THREAT]
        assert d.question.startswith("Does the document, in its own voice, treat migration")
        assert "narco-migration threat" in d.levels[binational.Stance.STRONGLY_FOR]
        assert "human security" in d.levels[binational.Stance.STRONGLY_AGAINST]
        assert d.not_addressed.startswith("The document does not discuss migration")
        assert any("people crossing the border" in r for r in d.rules)
