"""Options: policy options against shared criteria, within or across seeds."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

import attrs

from binational.compare._args import (
    corpus_arg,
    enum_arg,
    enums_arg,
    named_in,
    objects_arg,
    seeds_arg,
)
from binational.compare._base import (
    Record,
    Result,
    Status,
    first_quote,
    make_cell,
    quote_text,
)
from binational.corpus import Corpus
from binational.model import Assessment, Cell, Criterion, PolicyOption, Quote, Source

__all__ = [
    "AssessmentCell",
    "OptionMatrix",
    "options",
]


@attrs.frozen(kw_only=True)
class AssessmentCell:
    """One option on one criterion: an assessment or *not assessed*."""

    option: PolicyOption
    """The option."""
    criterion: Criterion
    """The criterion."""
    assessment: Assessment | None
    """The seed's assessment, or None if the seed does not speak to the criterion."""

    @property
    def status(self) -> Status:
        """``CODED`` or ``NOT_ASSESSED``."""
        return Status.CODED if self.assessment else Status.NOT_ASSESSED

    @property
    def evidence(self) -> tuple[Quote, ...]:
        """The quotes the rating is read from."""
        return self.assessment.evidence if self.assessment else ()

    def as_cell(self) -> Cell:
        """The cell as a table shows it."""
        if self.assessment is None:
            return make_cell("·", empty=True)
        return make_cell(self.assessment.rating.value, self.evidence)


@attrs.frozen(kw_only=True)
class OptionMatrix(Result[AssessmentCell]):
    """Options × criteria, within or across seeds.

    It iterates as its cells; its table has the options as rows and the criteria as
    columns; its records are one per cell.
    """

    options: tuple[PolicyOption, ...]
    """The options (rows)."""
    criteria: tuple[Criterion, ...]
    """The criteria (columns)."""
    cells: tuple[AssessmentCell, ...]
    """Every cell, option by option."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "option": "string",
        "source": "string",
        "criterion": "string",
        "rating": "string",
        "score": "Int64",
        "status": "string",
        "quotes": "Int64",
        "first_quote": "string",
        "first_quote_display": "string",
    }

    def cell(self, option: str | PolicyOption, criterion: Criterion | str) -> AssessmentCell:
        """The cell of one option on one criterion."""
        if not isinstance(option, PolicyOption | str):
            raise TypeError(
                f"cell() takes an option or its id as option, not {type(option).__name__}"
            )
        oid = (
            option.id
            if isinstance(option, PolicyOption)
            else named_in((c.option for c in self.cells), option, PolicyOption, "option")
        )
        crit = enum_arg(Criterion, criterion, "criterion")
        for c in self.cells:
            if c.option.id == oid and c.criterion is crit:
                return c
        raise KeyError(f"no cell for {oid!r} on {crit.value!r} in this matrix")

    def coverage(self) -> dict[Status, int]:
        """How many cells are assessed and how many not."""
        out = dict.fromkeys((Status.CODED, Status.NOT_ASSESSED), 0)
        for c in self.cells:
            out[c.status] += 1
        return out

    @property
    def _rows(self) -> tuple[AssessmentCell, ...]:
        return self.cells

    def _record(self, c: AssessmentCell, /) -> Record:
        return {
            "option": c.option.id,
            "source": c.option.source,
            "criterion": c.criterion.value,
            "rating": c.assessment.rating.value if c.assessment else None,
            "score": c.assessment.rating.score if c.assessment else None,
            "status": c.status.value,
            "quotes": len(c.evidence),
            "first_quote": first_quote(c.evidence),
            "first_quote_display": quote_text(c.evidence, None),
        }

    def _title(self) -> str:
        return "Options by criteria"

    def _headers(self) -> list[str]:
        return ["option", *(c.value for c in self.criteria)]

    def _grid(self) -> Iterator[list[Cell]]:
        for o in self.options:
            yield [make_cell(o.id, o.evidence[:1]), *(c.as_cell() for c in self if c.option is o)]

    def _note(self) -> str:
        return "· = not assessed: the option's seed does not speak to the criterion."


def options(
    options: Iterable[str | PolicyOption] | None = None,
    *,
    seeds: Iterable[str | Source] | None = None,
    criteria: Iterable[Criterion | str] | None = None,
    corpus: Corpus | None = None,
) -> OptionMatrix:
    """Options against criteria: every option of ``seeds`` (default all), or those given.

    >>> m = options(seeds=["greenway-2025-military-options-border"], criteria=["escalation-risk"])
    >>> [(c.option.id, c.assessment and c.assessment.rating.value) for c in m][2]
    ('greenway-option-cartel-drone-interception', 'favourable')
    """
    c = corpus_arg(corpus)
    chosen = (
        list(c.options) if options is None else objects_arg(c, options, PolicyOption, "options")
    )
    if seeds is not None:
        wanted = {s.id for s in seeds_arg(c, seeds)}
        chosen = [o for o in chosen if o.source in wanted]
    crits = enums_arg(Criterion, criteria, "criteria") or tuple(Criterion)
    opts = tuple(dict.fromkeys(chosen))
    cells = tuple(
        AssessmentCell(option=o, criterion=k, assessment=o.assessment(k))
        for o in opts
        for k in crits
    )
    return OptionMatrix(options=opts, criteria=crits, cells=cells)
