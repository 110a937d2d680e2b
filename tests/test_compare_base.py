"""binational.compare.Result: what every result shares, written once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from binational import (
    Stance,
    compare,
)

from .comparing import MAKERS


class TestViews:
    @pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS)
    def test_frame_has_one_row_per_record_with_typed_columns(self, make: Callable[[], Any]) -> None:
        """to_frame() has one row per record and the declared dtypes."""
        result = make()
        frame = result.to_frame()
        assert len(result.records()) == len(frame)
        assert dict(result._frame_dtypes) == {k: str(v) for k, v in frame.dtypes.items()}
        assert list(result.columns) == list(frame.columns)

    @pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS)
    def test_text_html_markdown(self, make: Callable[[], Any]) -> None:
        """Every result prints, renders HTML and Markdown with its title."""
        result = make()
        title = result.table().title
        assert str(result).startswith(title)
        assert result._repr_html_().startswith('<div class="binational-table">')
        assert title.split()[0] in result.to_markdown()

    def test_stance_frame_is_typed(self) -> None:
        """Scores are nullable integers; not-addressed cells are null, not zero."""
        frame = compare.stances().to_frame()
        coded = frame[frame["status"] == "coded"]
        assert len(coded) == int(frame["score"].notna().sum())
        assert {s.score for s in Stance} >= set(coded["score"].astype(int))

    def test_result_is_immutable(self) -> None:
        """Results cannot be changed after they are made."""
        m = compare.stances()
        with pytest.raises(AttributeError):
            m.cells = ()  # type: ignore[misc]
