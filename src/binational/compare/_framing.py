"""Framing: how each document characterises one actor, in its own voice and in others'."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar

import attrs

from binational.compare._args import corpus_arg, object_arg, seeds_arg
from binational.compare._base import Record, Result, Status, first_quote, make_cell, short_label
from binational.compare._codebook import CODEBOOK
from binational.corpus import Corpus
from binational.model import Actor, Cell, Characterization, Framing, Source, display_text

__all__ = [
    "ActorFraming",
    "FramingCell",
    "framing",
]


@attrs.frozen(kw_only=True)
class FramingCell:
    """How one document characterises one actor."""

    source: Source
    """The document."""
    status: Status
    """``CODED``, ``NOT_CHARACTERISED``, ``NOT_MENTIONED`` or ``NOT_CODED``."""
    characterizations: tuple[Characterization, ...]
    """Its characterisations of the actor, own voice first, then the views it reports."""
    table_cells: tuple[Framing, ...] = ()
    """Cells of the document's comparison tables whose row names the actor."""

    @property
    def own(self) -> tuple[Characterization, ...]:
        """The characterisations in the document's own voice."""
        return tuple(c for c in self.characterizations if not c.attributed_to)

    @property
    def reported(self) -> tuple[Characterization, ...]:
        """The characterisations the document reports as others' views."""
        return tuple(c for c in self.characterizations if c.attributed_to)


@attrs.frozen(kw_only=True)
class ActorFraming(Result[FramingCell]):
    """How each document characterises one actor.

    It iterates as its cells; its table has one row per document (own-voice portrayals,
    reported ones, comparison-table cells); its records are one per characterisation,
    and one per empty cell.
    """

    actor: Actor
    """The actor."""
    cells: tuple[FramingCell, ...]
    """One cell per document."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "actor": "string",
        "source": "string",
        "status": "string",
        "portrayal": "string",
        "voice": "string",
        "attributed_to": "string",
        "characterization": "string",
        "first_quote": "string",
    }

    @property
    def _rows(self) -> tuple[FramingCell, ...]:
        return self.cells

    def _records(self, f: FramingCell, /) -> Iterator[Record]:
        if not f.characterizations:
            yield {
                "actor": self.actor.id,
                "source": f.source.id,
                "status": f.status.value,
                "portrayal": None,
                "voice": None,
                "attributed_to": None,
                "characterization": None,
                "first_quote": None,
            }
        for ch in f.characterizations:
            yield {
                "actor": self.actor.id,
                "source": f.source.id,
                "status": f.status.value,
                "portrayal": ch.portrayal.value,
                "voice": "reported" if ch.attributed_to else "own",
                "attributed_to": ", ".join(ch.attributed_to) or None,
                "characterization": ch.id,
                "first_quote": first_quote(ch.evidence),
            }

    def _title(self) -> str:
        return f"How each document characterises {self.actor.name}"

    def _headers(self) -> list[str]:
        return ["document", "own voice", "views it reports", "comparison-table cells"]

    def _cells(self, f: FramingCell, /) -> list[Cell]:
        if f.status is Status.CODED:
            own = _portrayals_cell(f.own)
            reported = _portrayals_cell(f.reported, reported=True)
        else:
            own = reported = make_cell(f.status.value, empty=True)
        return [make_cell(short_label(f.source)), own, reported, _tables_cell(f)]

    def _note(self) -> str:
        return "Portrayals are defined in compare.codebook().portrayals."


def _portrayals_cell(chs: Sequence[Characterization], *, reported: bool = False) -> Cell:
    if not chs:
        return make_cell("—", empty=True)
    lines = []
    for ch in chs:
        who = f" ({', '.join(ch.attributed_to)})" if reported else ""
        lines.append(f"{ch.portrayal.value}{who}")
    return make_cell("\n".join(dict.fromkeys(lines)), tuple(q for ch in chs for q in ch.evidence))


def _tables_cell(f: FramingCell) -> Cell:
    if not f.table_cells:
        return make_cell("")
    lines = [f"{t.column}: {display_text(t.text, 60)}" for t in f.table_cells]
    return make_cell("\n".join(lines), tuple(t.evidence[0] for t in f.table_cells))


def framing(
    actor: str | Actor,
    *,
    seeds: Iterable[str | Source] | None = None,
    corpus: Corpus | None = None,
) -> ActorFraming:
    """How each document characterises ``actor`` (own voice and reported views).

    >>> f = framing("mexico")
    >>> sorted({ch.portrayal.value for ch in f.cells[3].own})  # doctest: +NORMALIZE_WHITESPACE
    ['capacity-constrained', 'enforcer', 'object-of-pressure', 'partner', 'sovereign-actor',
     'transit-country']
    """
    c = corpus_arg(corpus)
    a = object_arg(c, actor, Actor, "framing()")
    names = {a.name.casefold(), *(x.casefold() for x in a.aliases)}
    coded = a.id in CODEBOOK.coded_actors
    cells = []
    for s in seeds_arg(c, seeds):
        chs = tuple(ch for ch in c.characterizations.by_source(s.id) if ch.actor == a.id)
        chs = tuple(sorted(chs, key=lambda ch: bool(ch.attributed_to)))
        tables = tuple(
            t
            for t in c.framings.by_source(s.id)
            if any(n in t.category.casefold().split() for n in names)
        )
        if chs:
            status = Status.CODED
        elif not coded:
            status = Status.NOT_CODED
        elif s.id in a.sources:
            status = Status.NOT_CHARACTERISED
        else:
            status = Status.NOT_MENTIONED
        cells.append(
            FramingCell(source=s, status=status, characterizations=chs, table_cells=tables)
        )
    return ActorFraming(actor=a, cells=tuple(cells))
