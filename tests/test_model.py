"""The vocabulary: small behaviours of the domain classes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import binational.model
from binational import (
    Assessment,
    Citation,
    Criterion,
    Figure,
    PartialDate,
    Period,
    PolicyOption,
    Quote,
    Rating,
    Scale,
    Stance,
    Unit,
)
from binational.model import _dates, _enums, _model, _sources, _text

Q = Quote(source="s", start=0, end=1, text="x")

MODEL_CLASSES = [
    c
    for c in (getattr(binational.model, n) for n in binational.model.__all__)
    if isinstance(c, type) and attrs.has(c)
]


class TestPartialDate:
    @given(
        st.integers(1000, 2100),
        st.one_of(st.none(), st.integers(1, 12)),
        st.integers(1, 28),
    )
    def test_parts_and_str_agree(self, year: int, month: int | None, day: int) -> None:
        """str() is the ISO form of exactly the known parts."""
        d = PartialDate(year=year, month=month, day=day if month else None)
        assert str(d) == "-".join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(d.parts))

    @pytest.mark.parametrize(("month", "day"), [(13, None), (0, None), (None, 5), (2, 32)])
    def test_impossible_dates_are_rejected(self, month: int | None, day: int | None) -> None:
        """A month outside 1-12, or a day without a month, is an error."""
        with pytest.raises(ValueError, match=r"month|day"):
            PartialDate(year=2024, month=month, day=day)


def test_period_str() -> None:
    """Fiscal years print as FY; spans print both ends."""
    assert str(Period(start=2026, fiscal=True)) == "FY2026"
    assert str(Period(start=2021, end=2023)) == "2021-2023"


def test_figure_amount_applies_the_scale() -> None:
    """$43.8 billion is 43,800,000,000 dollars exactly, a whole number without fraction digits."""
    f = Figure(
        id="f",
        subject="s",
        value=Decimal("43.8"),
        unit=Unit.USD,
        scale=Scale.BILLION,
        evidence=(Q,),
    )
    assert (Decimal(43_800_000_000), "43800000000") == (f.amount, str(f.amount))


@pytest.mark.parametrize(
    ("value", "scale", "amount"),
    [
        ("8.3", Scale.BILLION, "8300000000"),
        ("7.31", Scale.MILLION, "7310000"),
        ("64.9", Scale.ONE, "64.9"),
        ("0.0005", Scale.THOUSAND, "0.5"),
        ("-2.5", Scale.BILLION, "-2500000000"),
    ],
)
def test_every_derived_amount_is_exact(value: str, scale: Scale, amount: str) -> None:
    """Value × scale is computed in decimal, never through a binary float."""
    f = Figure(id="f", subject="s", value=Decimal(value), unit=Unit.USD, scale=scale, evidence=(Q,))
    assert amount == str(f.amount)
    ranged = attrs.evolve(f, value_max=Decimal(value) + 1)
    assert ranged.amount_max == Decimal(value).scaleb(scale.exponent) + scale.factor


def test_stance_and_rating_scores_are_ordered() -> None:
    """Ordinal scales score from negative to positive in declaration order."""
    assert [s.score for s in Stance] == [-2, -1, 0, 1, 2]
    assert [r.score for r in Rating] == [-1, 0, 1]


def test_option_assessment_lookup() -> None:
    """An option answers None for a criterion the seed does not assess."""
    a = Assessment(criterion=Criterion.COST, rating=Rating.UNFAVOURABLE, evidence=(Q,))
    o = PolicyOption(id="o", name="n", summary="s", evidence=(Q,), assessments=(a,))
    assert o.assessment(Criterion.COST) is a
    assert o.assessment(Criterion.SOVEREIGNTY) is None
    assert o.source == "s"


def test_citation_is_ambiguous_with_several_candidates() -> None:
    """A marker with two candidate works is ambiguous; with one it is not."""
    c = Citation(id="c", marker=Q, evidence=(Q,), candidates=("a", "b"))
    assert c.ambiguous
    assert not attrs.evolve(c, candidates=("a",)).ambiguous


def test_objects_are_frozen() -> None:
    """Domain objects cannot be changed after creation."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Q.text = "y"  # type: ignore[misc]


class TestOrder:
    def test_partial_dates(self) -> None:
        """A partial date sorts at the start of its period, before more precise dates."""
        from binational import PartialDate

        dates = [
            PartialDate(year=2022),
            PartialDate(year=2021, month=10, day=5),
            PartialDate(year=2021, month=10),
            PartialDate(year=2021),
        ]
        assert [str(d) for d in sorted(dates)] == ["2021", "2021-10", "2021-10-05", "2022"]
        assert PartialDate(year=2021) < PartialDate(year=2021, month=1)

    def test_periods(self) -> None:
        """Periods sort by first year, then last, calendar before fiscal."""
        from binational import Period

        periods = [
            Period(start=2022),
            Period(start=2021, end=2023),
            Period(start=2021, fiscal=True),
            Period(start=2021),
        ]
        assert [str(p) for p in sorted(periods)] == ["2021", "FY2021", "2021-2023", "2022"]

    def test_other_types_do_not_compare(self) -> None:
        """Comparing a date with something else is a TypeError, as for builtins."""
        from binational import PartialDate

        with pytest.raises(TypeError):
            _ = PartialDate(year=2021) < 2021  # type: ignore[operator]


def test_days_in_month_agree_with_the_calendar_module() -> None:
    """PartialDate's own month lengths are the calendar module's, leap years included."""
    import calendar

    from binational.model._dates import days_in_month

    for year in (1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1]


HELPERS = {"ref", "verbatim", "days_in_month"}
"""Helpers the model's modules share (field metadata, calendar arithmetic), not vocabulary."""

MODULE_NAMES = [
    (module, name)
    for module in (_enums, _text, _dates, _sources, _model)
    for name in module.__all__
    if name not in HELPERS
]
"""Every public name of the model's modules, with its module."""


class TestModules:
    @pytest.mark.parametrize(
        ("module", "name"), MODULE_NAMES, ids=lambda x: getattr(x, "__name__", x)
    )
    def test_every_name_of_a_model_module_is_in_the_package(self, module: Any, name: str) -> None:
        """What a model module exports, binational.model exports (the same object)."""
        assert name in binational.model.__all__
        assert getattr(binational.model, name) is getattr(module, name)

    @pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
    def test_classes_are_frozen_slotted_keyword_only(self, cls: type) -> None:
        """Every attrs class of the model is frozen, slotted and keyword-only."""
        assert "__slots__" in vars(cls)
        assert all(f.kw_only for f in attrs.fields(cls))
        inspect = getattr(attrs, "inspect", None)
        if inspect is None:
            pytest.skip("attrs.inspect needs attrs 25.4 or later")
        assert inspect(cls).is_frozen

    @pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
    def test_classes_belong_to_their_modules(self, cls: type) -> None:
        """Each class is defined in one module of the model and exported from the package."""
        assert cls.__module__.startswith("binational.model._")
        assert getattr(binational.model, cls.__name__) is cls
