"""The domain objects: actors, initiatives, places, options, recommendations and the rest.

Nothing here does I/O or knows about serialization. Every domain object carries
``evidence``: verbatim :class:`Quote` objects anchored into a seed text. Fields whose
value is the id of another object are marked with :func:`ref` naming the kinds they may
point to; the loader resolves every one of them.

The rest of the vocabulary lives beside this module: the enums in ``_enums``, the
evidence in ``_text``, dates in ``_dates`` and documents in ``_sources``;
:mod:`binational.model` is the place to import any of them from.
"""

# No ``from __future__ import annotations`` here: the field types are evaluated once, as
# the classes are made, and the loader plans its structuring from them without eval.

import decimal
from decimal import Decimal

import attrs

from binational.model._dates import PartialDate, Period, Timeframe, span_text
from binational.model._display import Displayed
from binational.model._enums import (
    ANY_KIND,
    ActorKind,
    ActorRelation,
    Certainty,
    Criterion,
    Dimension,
    Direction,
    EventKind,
    FramingFlag,
    Horizon,
    InitiativeKind,
    InitiativeStatus,
    Kind,
    ParticipantRole,
    PlaceKind,
    Portrayal,
    Qualifier,
    Rating,
    RelationKind,
    Scale,
    Stance,
    Theme,
    Unit,
    ref,
    verbatim,
)
from binational.model._sources import Source
from binational.model._text import Claim, Quote

__all__ = [
    "Actor",
    "ActorLink",
    "Affiliation",
    "Assessment",
    "Characterization",
    "Citation",
    "Event",
    "Figure",
    "Framing",
    "Initiative",
    "InitiativeLink",
    "Object",
    "Participant",
    "Place",
    "PolicyOption",
    "Position",
    "Recommendation",
    "SearchHit",
    "StatusClaim",
]

# ------------------------------------------------------------------------- events


@attrs.frozen(kw_only=True)
class Event:
    """A dated (or undated) step in an initiative's life, or in an actor's.

    ``certainty`` says whether the date is printed as the date of this event or reasoned
    from other text (a footnote's date, a "Days later", the paragraph a step stands in);
    an inferred date comes with the quotes it is inferred from and a ``note``. A step a
    seed proposes, plans or expects is ``planned``: it has not happened by the seed's date.
    """

    kind: EventKind
    """What happened."""
    evidence: tuple[Quote, ...]
    """Quotes that report it, and those its date is inferred from."""
    date: PartialDate | None = None
    """When (the start of a period), as precisely as stated or inferred; None if neither."""
    end: PartialDate | None = None
    """The end of a period the event spans ("in 2017–18" ends 2018); None for a point."""
    fiscal: bool = False
    """True when ``date`` (and ``end``) are U.S. federal fiscal years, given as years
    (FY2026, 1 October 2025 to 30 September 2026, is ``date`` 2026): a budget dated by the
    fiscal year it is for, where the seed prints no day of its request or enactment."""
    open_ended: bool = False
    """True for a period with a start and no stated end ("since 2005", shown ``2005–``):
    ``date`` is its start and ``end`` is None."""
    certainty: Certainty = Certainty.STATED
    """``STATED`` if the date is printed as this event's; ``INFERRED`` if reasoned."""
    note: str | None = None
    """How an inferred date was reasoned (required when inferred), in the encoders' words."""
    planned: bool = False
    """True for a step the seed proposes, plans or expects, not one that has happened."""
    summary: str | None = None
    """What happened, in the encoders' short words, where the kind alone does not say it."""
    actors: tuple[str, ...] = attrs.field(default=(), metadata=ref(Kind.ACTOR))
    """Ids of the actors who did it, if stated."""
    about: tuple[str, ...] = attrs.field(
        default=(), metadata=ref(Kind.ACTOR, Kind.INITIATIVE, Kind.PLACE)
    )
    """Ids of other actors, initiatives or places the event concerns, as the seed says."""

    @property
    def when(self) -> str:
        """The date as shown: ``2021-10``, ``2017–2018``, ``FY2026``, ``2005–``, ``undated``.

        >>> from binational import PartialDate
        >>> e = Event(kind=EventKind.PROPOSED, evidence=(), date=PartialDate(year=2026),
        ...           fiscal=True)
        >>> e.when, attrs.evolve(e, fiscal=False, open_ended=True).when
        ('FY2026', '2026–')
        """
        return span_text(self.date, self.end, fiscal=self.fiscal, open_ended=self.open_ended)


# ------------------------------------------------------------------------- actors


@attrs.frozen(kw_only=True)
class ActorLink:
    """A reference to an actor with the evidence for it."""

    actor: str = attrs.field(metadata=ref(Kind.ACTOR))
    """Id of the actor."""
    certainty: Certainty
    """Whether the relation is stated or inferred."""
    evidence: tuple[Quote, ...]
    """Quotes that state the relation or that it is inferred from."""


@attrs.frozen(kw_only=True)
class Affiliation:
    """A relation from an actor to the state or organisation it belongs to or acts for."""

    kind: ActorRelation
    """How the actor relates to the target: ``belongs-to`` or ``acts-for`` (``part-of``
    is the actor's :attr:`~Actor.parent`)."""
    actor: str = attrs.field(metadata=ref(Kind.ACTOR))
    """Id of the target actor."""
    certainty: Certainty
    """Whether the relation is stated or inferred."""
    evidence: tuple[Quote, ...]
    """Quotes that state the relation or that it is inferred from."""


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Actor(Displayed):
    """A country, body, agency, command, official, organisation or criminal group.

    One actor is one object across all seeds; its ``evidence`` holds quotes from every
    seed it appears in.
    """

    id: str
    """Stable slug, e.g. ``mexico`` or ``us-dhs``."""
    name: str
    """Name in full, as a seed gives it."""
    kind: ActorKind
    """What sort of actor this is."""
    evidence: tuple[Quote, ...]
    """Quotes, from every seed, in which the actor appears."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the country the actor belongs to, if any."""
    aliases: tuple[str, ...] = ()
    """Other names and abbreviations found in the seeds, e.g. ``DHS``."""
    parent: ActorLink | None = None
    """The body this actor is part of (``part-of``), with the evidence for it."""
    affiliations: tuple[Affiliation, ...] = ()
    """The states or organisations the actor belongs to or acts for, with evidence; a
    relation no seed supports is left out."""
    events: tuple[Event, ...] = ()
    """Dated steps the seeds report of it: taking office, an extradition, a call held."""
    notes: tuple[str, ...] = ()
    """Encoders' notes."""

    @property
    def sources(self) -> tuple[str, ...]:
        """Ids of the seeds the actor appears in, in corpus order."""
        return tuple(dict.fromkeys(q.source for q in self.evidence))


# -------------------------------------------------------------------- initiatives


@attrs.frozen(kw_only=True)
class StatusClaim:
    """The status a seed gives an initiative."""

    status: InitiativeStatus
    """The status."""
    certainty: Certainty
    """Whether the seed states the status or it is inferred from the text."""
    evidence: tuple[Quote, ...]
    """Quotes that state or imply the status."""


@attrs.frozen(kw_only=True)
class Participant:
    """An actor taking part in an initiative, with its role."""

    actor: str = attrs.field(metadata=ref(Kind.ACTOR))
    """Id of the actor."""
    role: ParticipantRole
    """Its role."""
    certainty: Certainty
    """Whether the role is stated or inferred."""
    evidence: tuple[Quote, ...]
    """Quotes that state or imply it."""


@attrs.frozen(kw_only=True)
class InitiativeLink:
    """A relation from one initiative to another."""

    kind: RelationKind
    """How this initiative relates to the target."""
    initiative: str = attrs.field(metadata=ref(Kind.INITIATIVE))
    """Id of the target initiative."""
    certainty: Certainty
    """Whether the relation is stated or inferred."""
    evidence: tuple[Quote, ...]
    """Quotes that state or imply it."""


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Initiative(Displayed):
    """A named program, agreement, operation, framework, statute, strategy or mechanism.

    Existing or proposed. One initiative is one object across all seeds.
    """

    id: str
    """Stable slug, e.g. ``merida-initiative``."""
    name: str
    """Name as a seed gives it."""
    kind: InitiativeKind
    """What sort of initiative this is."""
    evidence: tuple[Quote, ...]
    """Quotes, from every seed, in which the initiative appears."""
    aliases: tuple[str, ...] = ()
    """Other names and abbreviations found in the seeds."""
    statuses: tuple[StatusClaim, ...] = ()
    """Statuses the seeds give it (a seed silent on status adds none)."""
    events: tuple[Event, ...] = ()
    """Steps in its life the seeds report."""
    participants: tuple[Participant, ...] = ()
    """Actors taking part, with roles."""
    relations: tuple[InitiativeLink, ...] = ()
    """Predecessors, successors and other related initiatives."""
    notes: tuple[str, ...] = ()
    """Encoders' notes."""

    @property
    def sources(self) -> tuple[str, ...]:
        """Ids of the seeds the initiative appears in, in corpus order."""
        return tuple(dict.fromkeys(q.source for q in self.evidence))


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Place(Displayed):
    """A place a seed names as the site of action: a corridor, city, border or region."""

    id: str
    """Stable slug, e.g. ``tijuana-san-diego``."""
    name: str
    """Name as a seed gives it."""
    kind: PlaceKind
    """What sort of place this is."""
    evidence: tuple[Quote, ...]
    """Quotes, from every seed, in which the place appears."""
    countries: tuple[str, ...] = ()
    """ISO 3166-1 alpha-2 codes of the countries the place lies in."""
    aliases: tuple[str, ...] = ()
    """Other spellings found in the seeds (e.g. with a hyphen instead of a dash)."""
    notes: tuple[str, ...] = ()
    """Encoders' notes."""

    @property
    def sources(self) -> tuple[str, ...]:
        """Ids of the seeds the place appears in, in corpus order."""
        return tuple(dict.fromkeys(q.source for q in self.evidence))


# ---------------------------------------------------------- options and stances


@attrs.frozen(kw_only=True)
class Assessment:
    """How a seed judges an option on one criterion (coded by the encoders)."""

    criterion: Criterion
    """The criterion."""
    rating: Rating
    """The judgement, from the option's point of view."""
    evidence: tuple[Quote, ...]
    """Quotes the rating is read from."""
    certainty: Certainty = Certainty.INFERRED
    """Ratings are codings of the text, so inferred unless the seed ranks outright."""


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class PolicyOption(Displayed):
    """An approach a seed lays out or weighs, with what it says for and against it."""

    id: str
    """Stable slug, e.g. ``nsc-option-border-enforcement``."""
    name: str
    """Short name, in the seed's words where it has one."""
    summary: str
    """What the option is, in the encoders' short words."""
    evidence: tuple[Quote, ...]
    """Quotes that lay the option out."""
    horizon: Horizon | None = None
    """Time horizon the seed gives its effects, if it does."""
    components: tuple[Claim, ...] = ()
    """Measures the option consists of."""
    benefits: tuple[Claim, ...] = ()
    """Benefits the seed states."""
    risks: tuple[Claim, ...] = ()
    """Risks, costs and drawbacks the seed states."""
    conditions: tuple[Claim, ...] = ()
    """Conditions the seed attaches to it."""
    assessments: tuple[Assessment, ...] = ()
    """Ratings against shared criteria; a criterion absent here is not assessed."""
    rank: int | None = None
    """Position on an escalation ladder the seed lays out (1 = least escalatory)."""
    notes: tuple[str, ...] = ()
    """Encoders' notes."""

    @property
    def source(self) -> str:
        """Id of the seed the option comes from."""
        return self.evidence[0].source

    def assessment(self, criterion: Criterion) -> Assessment | None:
        """The assessment on ``criterion``, or None if the seed does not assess it."""
        for a in self.assessments:
            if a.criterion is criterion:
                return a
        return None


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Position(Displayed):
    """A seed's stance on a shared dimension (coded, as the Manifesto Project codes).

    Every seed has one position on every :class:`Dimension`; where the seed does not
    address a dimension, its position says so (``stance`` None, no evidence).
    """

    id: str
    """Stable slug, e.g. ``nsc-position-binational-cooperation``."""
    source: str = attrs.field(metadata=ref(Kind.SOURCE))
    """Id of the seed the position is read from."""
    dimension: Dimension
    """The dimension."""
    stance: Stance | None
    """The coded stance; None when the seed does not address the dimension."""
    evidence: tuple[Quote, ...] = ()
    """Quotes the stance is read from (from the seed ``source`` only); empty if None."""
    certainty: Certainty = Certainty.INFERRED
    """Stances are codings of the text, so inferred."""
    notes: tuple[str, ...] = ()
    """Encoders' notes: judgement calls, and what was looked for where nothing was."""

    @property
    def addressed(self) -> bool:
        """Whether the seed addresses the dimension at all."""
        return self.stance is not None


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Characterization(Displayed):
    """How a seed characterises an actor (coded on the :class:`Portrayal` vocabulary)."""

    id: str
    """Stable slug, e.g. ``greenway-mexico-object-of-pressure``."""
    actor: str = attrs.field(metadata=ref(Kind.ACTOR))
    """Id of the actor characterised."""
    portrayal: Portrayal
    """How the actor is portrayed."""
    evidence: tuple[Quote, ...]
    """Quotes the portrayal is read from."""
    attributed_to: tuple[str, ...] = attrs.field(default=(), metadata=ref(Kind.SOURCE, Kind.ACTOR))
    """Empty when the seed portrays the actor in its own voice; otherwise the documents
    or actors whose view the seed reports (e.g. the 2026 National Defense Strategy)."""
    certainty: Certainty = Certainty.INFERRED
    """Characterisations are codings of the text, so inferred."""
    notes: tuple[str, ...] = ()
    """Encoders' notes."""

    @property
    def source(self) -> str:
        """Id of the seed the characterisation is read from."""
        return self.evidence[0].source


# -------------------------------------------------------------- recommendations


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Recommendation(Displayed):
    """One concrete action a seed recommends."""

    id: str
    """Stable slug, e.g. ``nsc-joint-enforcement-task-forces``."""
    summary: str
    """The action, in the encoders' short words; the evidence holds the seed's."""
    evidence: tuple[Quote, ...]
    """Quotes that make the recommendation (the first is the main one)."""
    addressees: tuple[str, ...] = attrs.field(default=(), metadata=ref(Kind.ACTOR))
    """Ids of the actors the seed says should act; empty if it names none."""
    made_by: str | None = attrs.field(default=None, metadata=ref(Kind.ACTOR, Kind.INITIATIVE))
    """For a recommendation the seed reports rather than makes: who made it (e.g. a task
    force); None when the seed itself recommends."""
    lead: str | None = attrs.field(default=None, metadata=ref(Kind.ACTOR))
    """Id of the actor the seed says should lead, if it names one."""
    participants: tuple[str, ...] = attrs.field(default=(), metadata=ref(Kind.ACTOR))
    """Ids of other actors the seed involves in the action."""
    places: tuple[str, ...] = attrs.field(default=(), metadata=ref(Kind.PLACE))
    """Ids of the places (corridors, cities) where the action is to happen."""
    phase: int | None = None
    """Ordinal of the phase of the seed's plan the action belongs to, if phased."""
    timeframe: Timeframe | None = None
    """When, as the seed states it."""
    metrics: tuple[Claim, ...] = ()
    """How the seed says progress should be measured."""
    builds_on: tuple[str, ...] = attrs.field(
        default=(), metadata=ref(Kind.INITIATIVE, Kind.OPTION, Kind.RECOMMENDATION)
    )
    """Ids of initiatives, options or other recommendations the action builds on."""
    themes: tuple[Theme, ...] = ()
    """Themes, coded by the encoders, for grouping across documents."""
    notes: tuple[str, ...] = ()
    """Encoders' notes."""

    @property
    def source(self) -> str:
        """Id of the seed the recommendation comes from."""
        return self.evidence[0].source


# ------------------------------------------------------ figures and framings


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Figure(Displayed):
    """A quantitative fact a seed states, as a number a notebook can sum and plot."""

    id: str
    """Stable slug, e.g. ``orion-dhs-reconciliation-fy26``."""
    subject: str
    """What is measured, in the encoders' short words."""
    value: Decimal
    """The number as printed, exactly (``Decimal("43.8")`` for "$43.8 billion"); the low
    end of a range."""
    unit: Unit
    """Unit of the value."""
    evidence: tuple[Quote, ...]
    """Quotes that state the figure."""
    scale: Scale = Scale.ONE
    """Multiplier as printed (``BILLION`` for "$43.8 billion")."""
    value_max: Decimal | None = None
    """High end, for a range ("between 160,000 and 185,000"), exactly."""
    qualifier: Qualifier = Qualifier.EXACT
    """How exact the printed figure is."""
    direction: Direction | None = None
    """Whether the figure is a change (increase or decrease) or a level."""
    period: Period | None = None
    """Year(s) or fiscal year(s) the figure refers to, if stated."""
    about: tuple[str, ...] = attrs.field(default=(), metadata=ref(*ANY_KIND))
    """Ids of the actors, initiatives or places the figure is about."""
    measure: str | None = None
    """Slug naming the quantity measured, shared by figures of different seeds that the
    texts present as measuring the same thing (coded by the encoders, so they can be
    compared); None if no other seed measures it."""
    claimed_by: str | None = attrs.field(default=None, metadata=ref(Kind.ACTOR, Kind.SOURCE))
    """For a figure the seed reports as someone else's claim, without adopting it: the
    actor or document whose claim it is, named in the evidence (Trump's "deaths of
    300,000 Americans every year"); None when the seed states the figure in its own voice,
    sourced or not."""
    notes: tuple[str, ...] = ()
    """Encoders' notes, e.g. where the seed's own figures do not add up."""

    @property
    def source(self) -> str:
        """Id of the seed the figure comes from."""
        return self.evidence[0].source

    @property
    def amount(self) -> Decimal:
        """``value`` times the scale, exactly: the figure as one number.

        ``Decimal("43800000000")`` for "$43.8 billion"; a whole amount has no fraction
        digits (``Decimal("8300000000")``, never ``8300000000.000001``).
        """
        return scaled(self.value, self.scale)

    @property
    def amount_max(self) -> Decimal | None:
        """``value_max`` times the scale, exactly; None if the figure is not a range."""
        return None if self.value_max is None else scaled(self.value_max, self.scale)


_EXACT = decimal.Context(prec=decimal.MAX_PREC, traps=[decimal.Inexact, decimal.InvalidOperation])
"""Decimal arithmetic that never rounds: shifting a printed number by a power of ten."""


def scaled(value: Decimal, scale: Scale) -> Decimal:
    """``value`` times ``scale``, exactly; a whole result without fraction digits.

    >>> scaled(Decimal("8.3"), Scale.BILLION)
    Decimal('8300000000')
    >>> scaled(Decimal("64.9"), Scale.ONE)
    Decimal('64.9')
    """
    out = value.scaleb(scale.exponent, context=_EXACT)
    if out == out.to_integral_value(context=_EXACT):
        return out.quantize(_ONE, context=_EXACT)
    return out


_ONE = Decimal(1)


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Framing(Displayed):
    """One cell of a comparison table: how one strategy document frames one category."""

    id: str
    """Stable slug, e.g. ``orion-nss-obama-mexico-framing``."""
    table: str
    """Title of the table as printed."""
    column: str
    """Column header as printed, e.g. ``Trump NSS``."""
    administration: str
    """Administration the column stands for, e.g. ``Obama``."""
    category: str
    """Row label as printed, e.g. ``Mexico Framing``."""
    text: str = attrs.field(metadata=verbatim())
    """The cell's text as it stands, defects included."""
    evidence: tuple[Quote, ...]
    """The cell as quoted from the seed."""
    documents: tuple[str, ...] = attrs.field(default=(), metadata=ref(Kind.SOURCE))
    """Ids of the strategy documents the column stands for."""
    flags: tuple[FramingFlag, ...] = ()
    """Defects of the cell (truncated, misaligned, empty)."""
    notes: tuple[str, ...] = ()
    """Encoders' notes."""

    @property
    def source(self) -> str:
        """Id of the seed the table is in."""
        return self.evidence[0].source


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Citation(Displayed):
    """An edge of the citation graph: a seed cites a work at one place in its text.

    A citation is data the seeds hold (who cites whom, where). To format a citation of
    an object for your own writing, use :func:`binational.cite.cite`.
    """

    id: str
    """Stable slug, e.g. ``nsc-cite-03``."""
    marker: Quote
    """The in-text marker as printed, e.g. ``Human Rights Watch, 2024``."""
    evidence: tuple[Quote, ...]
    """The sentence that carries the marker."""
    candidates: tuple[str, ...] = attrs.field(metadata=ref(Kind.SOURCE))
    """Ids of the works the marker may refer to; more than one means ambiguous."""
    notes: tuple[str, ...] = ()
    """Encoders' notes, e.g. why a marker is ambiguous."""

    @property
    def source(self) -> str:
        """Id of the citing seed."""
        return self.marker.source

    @property
    def ambiguous(self) -> bool:
        """True if the marker matches more than one work."""
        return len(self.candidates) > 1


# --------------------------------------------------------------------------- search

Object = (
    Source
    | Actor
    | Initiative
    | Place
    | PolicyOption
    | Recommendation
    | Figure
    | Framing
    | Citation
    | Position
    | Characterization
)
"""Any domain object of a corpus."""


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class SearchHit(Displayed):
    """One result of :meth:`Corpus.search <binational.Corpus.search>`."""

    object: Object
    """The matching object."""
    score: float
    """Relevance; higher is better."""
    quote: Quote | None
    """The best-matching quote of the object, if a quote matched."""
