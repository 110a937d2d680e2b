"""The property tests' profiles: derandomised and bounded in CI, random locally."""

from __future__ import annotations

from hypothesis import Phase, settings

from .conftest import hypothesis_profile


def test_ci_environment_selects_the_ci_profile() -> None:
    assert hypothesis_profile({"CI": "true"}) == "ci"
    assert hypothesis_profile({"CI": "1"}) == "ci"


def test_local_runs_use_the_random_dev_profile() -> None:
    assert hypothesis_profile({}) == "dev"
    assert hypothesis_profile({"CI": "false"}) == "dev"
    assert not settings.get_profile("dev").derandomize


def test_an_explicit_profile_wins() -> None:
    assert hypothesis_profile({"CI": "true", "HYPOTHESIS_PROFILE": "dev"}) == "dev"
    assert hypothesis_profile({"HYPOTHESIS_PROFILE": "ci"}) == "ci"


def test_the_ci_profile_is_derandomised_and_bounded() -> None:
    ci = settings.get_profile("ci")
    assert ci.derandomize
    assert ci.database is None
    assert ci.max_examples <= 100
    assert Phase.shrink not in ci.phases
