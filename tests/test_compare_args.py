"""The arguments of the compare functions: each refused the same way, with one message."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import binational
from binational import UnknownIdError, compare

from .comparing import CORPUS, GREENWAY, NSC


class TestArguments:
    @pytest.mark.parametrize(
        ("call", "error", "message"),
        [
            (lambda: compare.options("nsc-option-system-reform"), TypeError, "an iterable of"),
            (
                lambda: compare.figures("nsc-approaches-evaluated"),
                TypeError,
                "an iterable of figure ids",
            ),
            (lambda: compare.options(["mexico"]), TypeError, "is an actor"),
            (lambda: compare.figures(["mexico"]), TypeError, "is an actor"),
            (lambda: compare.options([3]), TypeError, "takes an id, a name or an object"),
            (lambda: compare.figures(about="us-dhs"), TypeError, "not one:"),
            (lambda: compare.timeline(about="us-dhs"), TypeError, "not one:"),
            (lambda: compare.figures(about=["us-dhss"]), UnknownIdError, "us-dhs"),
            (lambda: compare.timeline(about=["merida"]), UnknownIdError, "merida"),
            (lambda: compare.themes("military"), TypeError, "not one value"),
            (lambda: compare.options(criteria=["speed"]), ValueError, "unknown Criterion"),
            (lambda: compare.mentions("nsc-option-system-reform"), TypeError, "is an option"),
            (lambda: compare.framing(NSC), TypeError, "is a source"),
            (lambda: compare.stances(seeds=[3]), TypeError, "not int"),
            (lambda: compare.agreements(NSC, "nsc-cite-01"), TypeError, "is a citation"),
            (lambda: compare.divergences(corpus=CORPUS.seeds), TypeError, "binational.Corpus"),
        ],
    )
    def test_bad_argument_is_refused(
        self, call: Callable[[], object], error: type[Exception], message: str
    ) -> None:
        """A wrong type, an unknown value or id, or a wrong kind of object is refused."""
        with pytest.raises(error, match=message):
            call()

    def test_ids_and_objects_are_taken_alike(self) -> None:
        """An object may be given as itself or by its id; the result is the same."""
        merida = CORPUS.initiatives["merida-initiative"]
        assert compare.mentions(merida) == compare.mentions("merida-initiative")
        fig = CORPUS.figures.objects()[0]
        assert compare.figures([fig]) == compare.figures([fig.id])
        seed = CORPUS.sources[GREENWAY]
        assert compare.stances(seeds=[seed]) == compare.stances(seeds=[GREENWAY])

    def test_repeated_ids_count_once(self) -> None:
        """A filter given an id twice keeps it once, in the order first given."""
        t = compare.timeline(about=["merida-initiative", "us-dhs", "merida-initiative"])
        assert t.about == ("merida-initiative", "us-dhs")

    def test_no_corpus_means_the_packaged_one(self) -> None:
        """Without corpus=, the packaged corpus is compared."""
        assert compare.stances() == compare.stances(corpus=binational.load())
