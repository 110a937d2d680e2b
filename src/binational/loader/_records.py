"""The shape of the data files: what a reviewer reads in ``binational/data/``.

Most records *are* domain objects (:mod:`binational.model._model`). Only the kinds that are
shared across seeds are split in two: an *entry* in a vocabulary file gives the identity
(name, kind, aliases), and a *mention* in each seed file gives that seed's evidence and
statements. The loader merges them into one :class:`~binational.Actor`,
:class:`~binational.Initiative` or :class:`~binational.Place`.
"""

# No ``from __future__ import annotations`` here: the field types are evaluated once, as
# the classes are made, and the loader plans its structuring from them without eval.

import attrs

from binational.model import (
    ActorKind,
    ActorLink,
    Affiliation,
    Characterization,
    Citation,
    Event,
    Figure,
    Framing,
    InitiativeKind,
    InitiativeLink,
    Participant,
    PlaceKind,
    PolicyOption,
    Position,
    Quote,
    Recommendation,
    Source,
    StatusClaim,
)

__all__ = [
    "ActorEntry",
    "ActorMention",
    "ActorsFile",
    "InitiativeEntry",
    "InitiativeMention",
    "InitiativesFile",
    "PlaceEntry",
    "PlaceMention",
    "PlacesFile",
    "SectionRecord",
    "SeedFile",
]


@attrs.frozen(kw_only=True, eq=False, repr=False)  # internal: built, read, dropped
class SectionRecord:
    """A section heading of a seed: its title as printed and where it starts."""

    title: str
    """The heading, exactly as in the seed text."""
    start: int
    """Offset of the heading's first character."""


@attrs.frozen(kw_only=True, eq=False, repr=False)  # internal: built, read, dropped
class ActorEntry:
    """Identity of an actor, shared by every seed that mentions it."""

    id: str
    """Stable slug."""
    name: str
    """Name in full."""
    kind: ActorKind
    """What sort of actor."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code."""
    aliases: tuple[str, ...] = ()
    """Other names and abbreviations found in the seeds."""
    notes: tuple[str, ...] = ()
    """Encoders' notes."""


@attrs.frozen(kw_only=True, eq=False, repr=False)  # internal: built, read, dropped
class ActorMention:
    """What one seed says of an actor."""

    id: str
    """Id of an :class:`ActorEntry`."""
    evidence: tuple[Quote, ...]
    """Quotes from this seed in which the actor appears."""
    parent: ActorLink | None = None
    """The body this actor is part of, if this seed states or implies it."""
    affiliations: tuple[Affiliation, ...] = ()
    """The states or organisations it belongs to or acts for, as this seed says."""
    events: tuple[Event, ...] = ()
    """Dated steps of the actor this seed reports."""
    notes: tuple[str, ...] = ()
    """Encoders' notes on this seed's mention."""


@attrs.frozen(kw_only=True, eq=False, repr=False)  # internal: built, read, dropped
class InitiativeEntry:
    """Identity of an initiative, shared by every seed that mentions it."""

    id: str
    """Stable slug."""
    name: str
    """Name as a seed gives it."""
    kind: InitiativeKind
    """What sort of initiative."""
    aliases: tuple[str, ...] = ()
    """Other names and abbreviations found in the seeds."""
    notes: tuple[str, ...] = ()
    """Encoders' notes."""


@attrs.frozen(kw_only=True, eq=False, repr=False)  # internal: built, read, dropped
class InitiativeMention:
    """What one seed says of an initiative."""

    id: str
    """Id of an :class:`InitiativeEntry`."""
    evidence: tuple[Quote, ...]
    """Quotes from this seed in which the initiative appears."""
    statuses: tuple[StatusClaim, ...] = ()
    """Status this seed gives it."""
    events: tuple[Event, ...] = ()
    """Steps in its life this seed reports."""
    participants: tuple[Participant, ...] = ()
    """Actors taking part, as this seed says."""
    relations: tuple[InitiativeLink, ...] = ()
    """Related initiatives, as this seed says."""
    notes: tuple[str, ...] = ()
    """Encoders' notes on this seed's mention."""


@attrs.frozen(kw_only=True, eq=False, repr=False)  # internal: built, read, dropped
class PlaceEntry:
    """Identity of a place, shared by every seed that mentions it."""

    id: str
    """Stable slug."""
    name: str
    """Name as a seed gives it."""
    kind: PlaceKind
    """What sort of place."""
    countries: tuple[str, ...] = ()
    """ISO 3166-1 alpha-2 codes."""
    aliases: tuple[str, ...] = ()
    """Other spellings found in the seeds."""
    notes: tuple[str, ...] = ()
    """Encoders' notes."""


@attrs.frozen(kw_only=True, eq=False, repr=False)  # internal: built, read, dropped
class PlaceMention:
    """What one seed says of a place."""

    id: str
    """Id of a :class:`PlaceEntry`."""
    evidence: tuple[Quote, ...]
    """Quotes from this seed in which the place appears."""
    notes: tuple[str, ...] = ()
    """Encoders' notes on this seed's mention."""


@attrs.frozen(kw_only=True, eq=False, repr=False)  # internal: built, read, dropped
class ActorsFile:
    """``data/actors.json``."""

    actors: tuple[ActorEntry, ...]
    """Every actor of the corpus."""


@attrs.frozen(kw_only=True, eq=False, repr=False)  # internal: built, read, dropped
class InitiativesFile:
    """``data/initiatives.json``."""

    initiatives: tuple[InitiativeEntry, ...]
    """Every initiative of the corpus."""


@attrs.frozen(kw_only=True, eq=False, repr=False)  # internal: built, read, dropped
class PlacesFile:
    """``data/places.json``."""

    places: tuple[PlaceEntry, ...]
    """Every place of the corpus."""


@attrs.frozen(kw_only=True, eq=False, repr=False)  # internal: built, read, dropped
class SeedFile:
    """``data/seeds/NNN-*.json``: everything encoded from one seed document.

    Quotes in it carry only ``text``, ``start`` and ``end``; the loader adds the seed
    id and the section heading.
    """

    source: Source
    """The seed document's own record (``role`` must be ``seed``)."""
    sections: tuple[SectionRecord, ...]
    """Its section headings, in text order."""
    sources: tuple[Source, ...] = ()
    """The works it cites."""
    citations: tuple[Citation, ...] = ()
    """Its in-text citations."""
    actors: tuple[ActorMention, ...] = ()
    """The actors it mentions."""
    initiatives: tuple[InitiativeMention, ...] = ()
    """The initiatives it mentions."""
    places: tuple[PlaceMention, ...] = ()
    """The places it mentions."""
    options: tuple[PolicyOption, ...] = ()
    """The policy options it weighs."""
    recommendations: tuple[Recommendation, ...] = ()
    """The actions it recommends."""
    figures: tuple[Figure, ...] = ()
    """The quantitative facts it states."""
    framings: tuple[Framing, ...] = ()
    """The cells of its comparison tables."""
    positions: tuple[Position, ...] = ()
    """Its stances on shared dimensions: one per dimension, addressed or not."""
    characterizations: tuple[Characterization, ...] = ()
    """How it characterises actors."""
