"""The vocabulary of the knowledge base: frozen attrs classes and enums.

Nothing here does I/O or knows about serialization. Every domain object carries
``evidence``: verbatim :class:`Quote` objects anchored into a seed text. Fields whose
value is the id of another object are marked with ``metadata={"ref": ...}`` naming the
kinds they may point to; the loader resolves every one of them.
"""

# No ``from __future__ import annotations`` here: the field types are evaluated once, as
# the classes are made, and the loader plans its structuring from them without eval.

import attrs

from binational.model._display import Displayed
from binational.model._enums import (
    ANY_KIND,
    ActorKind,
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
    SourceField,
    SourceRole,
    SourceType,
    Stance,
    Theme,
    Unit,
    ref,
)

__all__ = [
    "Actor",
    "ActorKind",
    "ActorLink",
    "Assessment",
    "Certainty",
    "Characterization",
    "Citation",
    "Claim",
    "Creator",
    "Criterion",
    "Dating",
    "Dimension",
    "Direction",
    "Event",
    "EventKind",
    "Figure",
    "Framing",
    "FramingFlag",
    "Horizon",
    "Initiative",
    "InitiativeKind",
    "InitiativeLink",
    "InitiativeStatus",
    "Kind",
    "Organization",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "Period",
    "Person",
    "Place",
    "PlaceKind",
    "PolicyOption",
    "Portrayal",
    "Position",
    "Qualifier",
    "Quote",
    "Rating",
    "Recommendation",
    "RelationKind",
    "Scale",
    "Section",
    "SeedText",
    "Source",
    "SourceField",
    "SourceRole",
    "SourceType",
    "Stance",
    "StatusClaim",
    "Theme",
    "Timeframe",
    "Unit",
]


def _days_in_month(year: int, month: int) -> int:
    """The number of days of a month of the proleptic Gregorian calendar."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


# ----------------------------------------------------------------------- evidence


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Quote(Displayed):
    """A verbatim passage of a seed text, anchored by character offsets.

    ``text == seed_text[start:end]`` holds for every quote in a loaded corpus (the
    W3C Web Annotation TextQuoteSelector and TextPositionSelector in one).
    """

    source: str = attrs.field(metadata=ref(Kind.SOURCE))
    """Id of the seed :class:`Source` whose text is quoted."""
    start: int
    """Offset of the first character, in code points, into the seed text as stored."""
    end: int
    """Offset one past the last character."""
    text: str
    """The exact quoted characters (noise such as ``\\$`` or ``[link](#)`` included)."""
    section: str | None = None
    """Heading of the seed section the quote falls under (None before the first)."""


@attrs.frozen(kw_only=True)
class Section:
    """A headed section of a seed text."""

    source: str = attrs.field(metadata=ref(Kind.SOURCE))
    """Id of the seed."""
    title: str
    """The heading as printed."""
    start: int
    """Offset of the heading's first character."""
    end: int
    """Offset where the next section's heading starts (or the text's length)."""


@attrs.frozen(kw_only=True)
class Claim:
    """A statement a seed makes, with its quotes and the citations that back it."""

    text: str
    """The statement, in the encoders' short words; the evidence holds the seed's."""
    evidence: tuple[Quote, ...]
    """Verbatim quotes that make the statement."""
    cites: tuple[str, ...] = attrs.field(default=(), metadata=ref(Kind.CITATION))
    """Ids of the :class:`Citation` edges the seed gives for the statement."""


# -------------------------------------------------------------------------- dates


@attrs.frozen(kw_only=True)
class PartialDate:
    """A date known to the year, the month or the day (CSL ``date-parts``).

    It must be a real calendar date: the year is 1-9999, the month 1-12, and the day
    exists in that month (no 31 February; 29 February only in a leap year). Anything
    else raises :exc:`ValueError`.

    Partial dates are totally ordered by :attr:`sort_key`:

    >>> from binational import PartialDate
    >>> dates = [PartialDate(year=2021, month=10), PartialDate(year=2022), PartialDate(year=2021)]
    >>> [str(d) for d in sorted(dates)]
    ['2021', '2021-10', '2022']
    """

    year: int
    """The year (1-9999)."""
    month: int | None = None
    """The month (1-12), if known."""
    day: int | None = None
    """The day of the month, if known (requires ``month``)."""

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year must be 1-9999, not {self.year}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1-12, not {self.month}")
        if self.day is not None:
            if self.month is None:
                raise ValueError(f"day {self.day} needs a month")
            if not 1 <= self.day <= _days_in_month(self.year, self.month):
                raise ValueError(f"{self.year:04d}-{self.month:02d} has no day {self.day}")

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """The key of the documented total order: ``(year, month or 0, day or 0)``.

        A partial date sorts at the start of the period it names and before every more
        precise date in that period: ``2021`` < ``2021-10`` < ``2021-10-05`` < ``2022``.
        """
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key <= other.sort_key

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key > other.sort_key

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key >= other.sort_key

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def parts(self) -> tuple[int, ...]:
        """The known parts, as CSL ``date-parts`` wants them: ``(2024, 6, 26)``."""
        return tuple(p for p in (self.year, self.month, self.day) if p is not None)


@attrs.frozen(kw_only=True)
class Dating:
    """A date given to a document, stated by the text or inferred from it."""

    date: PartialDate
    """The date, as precise as the evidence allows and no more."""
    certainty: Certainty
    """``STATED`` if printed as such; ``INFERRED`` if reasoned from other text."""
    evidence: tuple[Quote, ...] = ()
    """Quotes the date is stated in or inferred from (required when inferred)."""
    note: str | None = None
    """How an inferred date was reasoned, in the encoders' words."""


@attrs.frozen(kw_only=True)
class Period:
    """The year(s) or fiscal year(s) a figure refers to."""

    start: int
    """First year covered."""
    end: int | None = None
    """Last year covered, if a span; None for a single year."""
    fiscal: bool = False
    """True for U.S. federal fiscal years (FY26 = ``Period(start=2026, fiscal=True)``)."""

    @property
    def sort_key(self) -> tuple[int, int, bool]:
        """The key of the documented total order: ``(start, end or start, fiscal)``.

        Periods sort by their first year, then their last (a single year before a span
        starting that year), then calendar before fiscal years:
        ``2021`` < ``FY2021`` < ``2021-2023`` < ``2022``.
        """
        return (self.start, self.end if self.end is not None else self.start, self.fiscal)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key <= other.sort_key

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key > other.sort_key

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key >= other.sort_key

    def __str__(self) -> str:
        prefix = "FY" if self.fiscal else ""
        if self.end is None or self.end == self.start:
            return f"{prefix}{self.start}"
        return f"{prefix}{self.start}-{prefix}{self.end}"


@attrs.frozen(kw_only=True)
class Timeframe:
    """When a recommendation is to be carried out, as the seed puts it."""

    text: str
    """The seed's words for the timeframe, e.g. ``within the first six to nine months``."""
    evidence: tuple[Quote, ...]
    """Quotes that state the timeframe."""
    start: PartialDate | None = None
    """Earliest date stated, if any ("Beginning in mid-2026" gives 2026)."""
    end: PartialDate | None = None
    """Latest date stated, if any."""


# ------------------------------------------------------------------------ sources


@attrs.frozen(kw_only=True)
class Person:
    """A person as creator of a work, with names split the way CSL splits them."""

    family: str
    """Family name(s), e.g. ``Martínez-Fernández`` or ``Sheinbaum Pardo``."""
    given: str | None = None
    """Given name(s), e.g. ``Andrés`` or ``Andrew J.``."""
    particle: str | None = None
    """Non-dropping particle kept with the family name, e.g. ``de la`` (CSL)."""
    dropping_particle: str | None = None
    """Particle dropped when the family name stands alone (CSL)."""
    suffix: str | None = None
    """Suffix such as ``Jr.``."""


@attrs.frozen(kw_only=True)
class Organization:
    """An organisation as creator of a work (CSL ``literal`` name)."""

    name: str
    """The organisation's name as printed."""


Creator = Person | Organization
"""A creator of a work: a :class:`Person` or an :class:`Organization`."""


@attrs.frozen(kw_only=True)
class SeedText:
    """Where a seed document's text is stored and its fingerprint."""

    file: str
    """File name in ``seeds/`` (the original name of the shared seed)."""
    sha256: str
    """SHA-256 of the file's bytes, hex."""


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Source(Displayed):
    """A document: one of the four seeds or a work one of them cites (CSL-like)."""

    id: str
    """Stable slug, e.g. ``gao-2023-immigration-courts-workforce``."""
    role: SourceRole
    """Whether this is a seed document or a cited work."""
    type: SourceType
    """Kind of document, as a CSL type."""
    title: str
    """Title as printed (capitalisation kept)."""
    evidence: tuple[Quote, ...]
    """Quotes of the title block or reference entry the record is read from."""
    creators: tuple[Creator, ...] = ()
    """Authors, persons or organisations, in printed order; empty if none stated."""
    recipients: tuple[Creator, ...] = ()
    """Those the document is addressed or prepared for (CSL ``recipient``)."""
    publisher: str | None = None
    """Publisher as printed."""
    publisher_place: str | None = None
    """Place of publication as printed."""
    issued: Dating | None = None
    """Date of issue, stated or inferred; None if unknown."""
    url: str | None = None
    """URL as printed; never invented (placeholder links are not URLs)."""
    accessed: PartialDate | None = None
    """Date of access as printed."""
    number: str | None = None
    """Report or document number, e.g. ``GAO-23-105431``."""
    container_title: str | None = None
    """Journal, book or website the work appears in."""
    collection_title: str | None = None
    """Series the work belongs to, e.g. ``Heritage Foundation Backgrounder``."""
    volume: str | None = None
    """Volume of the container."""
    issue: str | None = None
    """Issue of the container."""
    pages: str | None = None
    """Page range, e.g. ``1312–1316``."""
    sentence_case_title: str | None = None
    """The title in sentence case, proper nouns kept, for styles that want it (APA);
    it differs from ``title`` in letter case only. None when the printed title is
    already in sentence case."""
    silent_on: tuple[SourceField, ...] = ()
    """Fields the document itself does not state (kept empty on purpose)."""
    seed: SeedText | None = None
    """For seed documents: where the text is stored and its SHA-256."""
    notes: tuple[str, ...] = ()
    """Encoders' notes: ambiguities, misprints, how the record reads the text."""


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
    """The body this actor is part of, with the evidence for it."""
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
class Event:
    """A dated (or undated) step in an initiative's life."""

    kind: EventKind
    """What happened."""
    evidence: tuple[Quote, ...]
    """Quotes that report it."""
    date: PartialDate | None = None
    """When, as precisely as stated; None if not stated."""
    actors: tuple[str, ...] = attrs.field(default=(), metadata=ref(Kind.ACTOR))
    """Ids of the actors who did it, if stated."""


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
    value: float
    """The number as printed (``43.8`` for "$43.8 billion"); the low end of a range."""
    unit: Unit
    """Unit of the value."""
    evidence: tuple[Quote, ...]
    """Quotes that state the figure."""
    scale: Scale = Scale.ONE
    """Multiplier as printed (``BILLION`` for "$43.8 billion")."""
    value_max: float | None = None
    """High end, for a range ("between 160,000 and 185,000")."""
    qualifier: Qualifier = Qualifier.EXACT
    """How exact the printed figure is."""
    direction: Direction | None = None
    """Whether the figure is a change (increase or decrease) or a level."""
    period: Period | None = None
    """Year(s) or fiscal year(s) the figure refers to, if stated."""
    about: tuple[str, ...] = attrs.field(default=(), metadata=ref(*ANY_KIND))
    """Ids of the actors, initiatives or places the figure is about."""
    measure: str | None = None
    """Slug naming the quantity measured, shared by figures of different seeds that
    measure the same thing (coded by the encoders, so they can be compared); None if no
    other seed measures it."""
    notes: tuple[str, ...] = ()
    """Encoders' notes, e.g. where the seed's own figures do not add up."""

    @property
    def source(self) -> str:
        """Id of the seed the figure comes from."""
        return self.evidence[0].source

    @property
    def amount(self) -> float:
        """``value`` times the scale: the figure as one number (43.8e9)."""
        return self.value * self.scale.factor


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
    text: str
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
    """An edge of the citation graph: a seed cites a work at one place in its text."""

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
