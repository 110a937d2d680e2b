"""binational.plot: each plot draws, labels its units and names its documents."""

from __future__ import annotations

import io
import sys

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from binational import MissingDependencyError, compare, plot  # noqa: E402


def png(ax: object) -> bytes:
    buf = io.BytesIO()
    ax.figure.savefig(buf, format="png")  # type: ignore[attr-defined]
    plt.close(ax.figure)  # type: ignore[attr-defined]
    return buf.getvalue()


def source_line(ax: object) -> str:
    return ax.figure.get_supxlabel()  # type: ignore[attr-defined,no-any-return]


class TestStances:
    def test_every_cell_is_labelled(self) -> None:
        """Each cell carries its stance or 'not addressed'; the sources are named."""
        m = compare.stances()
        ax = plot.stances(m)
        texts = [t.get_text() for t in ax.texts]
        assert len(m) == len(texts)
        assert texts.count("not addressed") == m.coverage()[compare.Status.NOT_ADDRESSED]
        assert "Greenway et al. (2025)" in source_line(ax)
        assert png(ax).startswith(b"\x89PNG")

    def test_draws_on_the_given_axes(self) -> None:
        """An ax passed in is drawn on and returned."""
        _, ax = plt.subplots()
        assert ax is plot.stances(ax=ax)
        plt.close(ax.figure)


class TestFigures:
    def test_budget_changes_signed_in_billions(self) -> None:
        """The default is the FY26 changes, cuts below zero, unit on the axis."""
        ax = plot.figures()
        widths = [p.get_width() for p in ax.patches]
        assert any(w < 0 for w in widths)
        assert any(w > 100 for w in widths)  # DoD's +113.3 billion
        assert "billions of U.S. dollars" in ax.get_xlabel()
        assert "Orion Policy Institute (2026)" in source_line(ax)
        png(ax)

    def test_mixed_units_are_refused(self) -> None:
        """Figures in several units cannot share an axis."""
        with pytest.raises(ValueError, match="several units"):
            plot.figures(compare.figures(about=["us-dhs"]))


class TestTimeline:
    def test_one_row_per_dated_event(self) -> None:
        """Every dated event of the timeline is a row; undated ones are counted."""
        t = compare.timeline()
        ax = plot.timeline(t)
        events = [e for e in t if e.kind is compare.EntryKind.EVENT]
        assert len(events) == len(ax.get_yticklabels())
        undated = [e for e in t.undated if e.kind is compare.EntryKind.EVENT]
        assert f"{len(undated)} undated" in ax.get_title()
        png(ax)


def test_without_matplotlib(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without matplotlib, a plot names the extra to install."""
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(MissingDependencyError, match="binational\\[plot\\]"):
        plot.stances()
