"""binational.compare.codebook() and THEME_DIMENSIONS: what the codes mean."""

from __future__ import annotations

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
