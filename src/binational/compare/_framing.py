"""Framing: how each document characterises one actor, in its own voice and in others'."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar

import attrs

from binational.compare._args import corpus_arg, linked_ids, object_arg, seeds_arg
from binational.compare._base import (
    Record,
    Result,
    Status,
    first_quote,
    make_cell,
    quote_text,
    short_label,
)
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
    """Its characterisations of the actor (and of the actors linked to it, if asked),
    own voice first, then the views it reports."""
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
    linked: tuple[Actor, ...] = ()
    """The actors linked to :attr:`actor` whose characterisations are included too (its
    parts with ``include_children``, its affiliates with ``include_related``)."""

    _frame_dtypes: ClassVar[dict[str, str]] = {
        "actor": "string",
        "source": "string",
        "status": "string",
        "portrayal": "string",
        "voice": "string",
        "attributed_to": "string",
        "characterization": "string",
        "first_quote": "string",
        "first_quote_display": "string",
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
                "first_quote_display": None,
            }
        for ch in f.characterizations:
            yield {
                "actor": ch.actor,
                "source": f.source.id,
                "status": f.status.value,
                "portrayal": ch.portrayal.value,
                "voice": "reported" if ch.attributed_to else "own",
                "attributed_to": ", ".join(ch.attributed_to) or None,
                "characterization": ch.id,
                "first_quote": first_quote(ch.evidence),
                "first_quote_display": quote_text(ch.evidence, None),
            }

    def _title(self) -> str:
        title = f"How each document characterises {self.actor.name}"
        if self.linked:
            n = len(self.linked)
            title += f" and {n} actor{'s' if n > 1 else ''} linked to it"
        return title

    def _headers(self) -> list[str]:
        return ["document", "own voice", "views it reports", "comparison-table cells"]

    def _cells(self, f: FramingCell, /) -> list[Cell]:
        if f.status is Status.CODED:
            own = _portrayals_cell(f.own, subject=self.actor.id)
            reported = _portrayals_cell(f.reported, subject=self.actor.id, reported=True)
        else:
            own = reported = make_cell(f.status.value, empty=True)
        return [make_cell(short_label(f.source)), own, reported, _tables_cell(f)]

    def _note(self) -> str:
        return "Portrayals are defined in compare.codebook().portrayals."


def _portrayals_cell(
    chs: Sequence[Characterization], *, subject: str, reported: bool = False
) -> Cell:
    if not chs:
        return make_cell("—", empty=True)
    lines = []
    for ch in chs:
        of = "" if ch.actor == subject else f" of {ch.actor}"
        who = f" ({', '.join(ch.attributed_to)})" if reported else ""
        lines.append(f"{ch.portrayal.value}{of}{who}")
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
    include_children: bool = False,
    include_related: bool = False,
    corpus: Corpus | None = None,
) -> ActorFraming:
    """How each document characterises ``actor`` (own voice and reported views).

    ``include_children`` adds the characterisations of the actor's parts, at any depth
    (the agencies of a department); ``include_related`` those of the actors that belong
    to or act for it (see :meth:`Corpus.linked <binational.Corpus.linked>`). Each
    characterisation names the actor it is of (:attr:`Characterization.actor
    <binational.Characterization.actor>`, the ``actor`` column of the records).

    >>> f = framing("mexico")
    >>> sorted({ch.portrayal.value for ch in f.cells[3].own})  # doctest: +NORMALIZE_WHITESPACE
    ['capacity-constrained', 'enforcer', 'object-of-pressure', 'partner', 'sovereign-actor',
     'transit-country']
    """
    c = corpus_arg(corpus)
    a = object_arg(c, actor, Actor, "framing(actor)")
    ids = linked_ids(c, (a.id,), include_children=include_children, include_related=include_related)
    actors = [c.actors[i] for i in ids]
    names = {n.casefold() for x in actors for n in (x.name, *x.aliases)}
    coded = any(i in CODEBOOK.coded_actors for i in ids)
    mentioned = {s for x in actors for s in x.sources}
    cells = []
    for s in seeds_arg(c, seeds):
        chs = tuple(ch for ch in c.characterizations.by_source(s.id) if ch.actor in ids)
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
        elif s.id in mentioned:
            status = Status.NOT_CHARACTERISED
        else:
            status = Status.NOT_MENTIONED
        cells.append(
            FramingCell(source=s, status=status, characterizations=chs, table_cells=tables)
        )
    return ActorFraming(actor=a, cells=tuple(cells), linked=tuple(actors[1:]))
