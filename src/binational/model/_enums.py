"""The closed vocabularies of the model: one enum per set of values a field may take.

:class:`Kind` names the kinds of object of a corpus; :func:`ref` marks a field whose
values are ids of objects of some kinds.
"""

import enum
from typing import Final

__all__ = [
    "ANY_KIND",
    "ActorKind",
    "ActorRelation",
    "Certainty",
    "Criterion",
    "Dimension",
    "Direction",
    "EventKind",
    "FramingFlag",
    "Horizon",
    "InitiativeKind",
    "InitiativeStatus",
    "Kind",
    "ParticipantRole",
    "PlaceKind",
    "Portrayal",
    "Qualifier",
    "Rating",
    "RelationKind",
    "Scale",
    "SourceField",
    "SourceRole",
    "SourceType",
    "Stance",
    "Theme",
    "Unit",
    "ref",
    "verbatim",
]


class Kind(enum.Enum):
    """The kinds of object in a :class:`~binational.Corpus`; values name its collections."""

    SOURCE = "sources"
    ACTOR = "actors"
    INITIATIVE = "initiatives"
    PLACE = "places"
    OPTION = "options"
    RECOMMENDATION = "recommendations"
    FIGURE = "figures"
    FRAMING = "framings"
    CITATION = "citations"
    POSITION = "positions"
    CHARACTERIZATION = "characterizations"


ANY_KIND: Final = tuple(Kind)
"""Every kind: for a field whose values may be ids of objects of any kind."""


def ref(*kinds: Kind) -> dict[str, tuple[Kind, ...]]:
    """Field metadata marking a field whose values are ids of objects of ``kinds``.

    The loader resolves every such id, and :meth:`Corpus.mentioning
    <binational.Corpus.mentioning>` follows them.
    """
    return {"ref": kinds}


def verbatim() -> dict[str, bool]:
    r"""Field metadata marking a ``str`` field that holds a seed's text as it stands.

    Such text keeps the seed's markup (``\$``, ``[link](#)``); wherever a reader gets it
    as a value (the rows of :meth:`Collection.to_frame <binational.Collection.to_frame>`
    and of :func:`binational.export.tables`) its display form
    (:func:`~binational.model.display_text`) is beside it, as ``<field>_display``.
    """
    return {"verbatim": True}


class Certainty(enum.Enum):
    """Whether a value is stated by the text or inferred from it by the encoders."""

    STATED = "stated"
    INFERRED = "inferred"


class SourceRole(enum.Enum):
    """Whether a source is one of the four seed documents or a work they cite."""

    SEED = "seed"
    CITED = "cited"


class SourceType(enum.Enum):
    """The kind of document, named as in CSL (the Citation Style Language)."""

    ARTICLE_JOURNAL = "article-journal"
    ARTICLE_MAGAZINE = "article-magazine"
    ARTICLE_NEWSPAPER = "article-newspaper"
    BILL = "bill"
    BOOK = "book"
    CHAPTER = "chapter"
    DATASET = "dataset"
    DOCUMENT = "document"
    INTERVIEW = "interview"
    LEGISLATION = "legislation"
    POST = "post"
    POST_WEBLOG = "post-weblog"
    REGULATION = "regulation"
    REPORT = "report"
    SPEECH = "speech"
    WEBPAGE = "webpage"


class SourceField(enum.Enum):
    """A bibliographic field a document can be silent on (see ``Source.silent_on``)."""

    TITLE = "title"
    """The seed describes the work but prints no title; ``title`` holds its description."""
    CREATORS = "creators"
    PUBLISHER = "publisher"
    ISSUED = "issued"
    URL = "url"
    CONTAINER = "container"


class ActorKind(enum.Enum):
    """What sort of actor an :class:`Actor` is."""

    COUNTRY = "country"
    COUNTRY_GROUP = "country-group"
    GOVERNMENT_BODY = "government-body"
    AGENCY = "agency"
    MILITARY = "military"
    LEGISLATURE = "legislature"
    COURT = "court"
    OFFICIAL = "official"
    PERSON = "person"
    ORGANIZATION = "organization"
    INTERNATIONAL_ORGANIZATION = "international-organization"
    CRIMINAL_ORGANIZATION = "criminal-organization"
    COMPANY = "company"
    MEDIA = "media"


class ActorRelation(enum.Enum):
    """How one actor relates to another (``this`` → ``target``); defined in the codebook.

    ``PART_OF`` is the relation of :attr:`Actor.parent <binational.Actor.parent>`; the
    others are :attr:`Actor.affiliations <binational.Actor.affiliations>`.
    """

    PART_OF = "part-of"
    """This actor is a unit of ``target`` or holds a post in it (an agency of its
    department, a ministry or official of its government, a leader of its group)."""
    BELONGS_TO = "belongs-to"
    """This actor is of ``target`` by nationality, origin or base (Chinese money
    launderers, Mexico's drug cartels) without being a part of it or acting for it."""
    ACTS_FOR = "acts-for"
    """This actor acts on behalf of ``target`` or as its instrument (the Chinese
    Communist Party acting "through Chinese chemical companies")."""


class InitiativeKind(enum.Enum):
    """What sort of thing an :class:`Initiative` is."""

    PROGRAM = "program"
    AGREEMENT = "agreement"
    OPERATION = "operation"
    FRAMEWORK = "framework"
    STATUTE = "statute"
    PROVISION = "provision"
    STRATEGY = "strategy"
    BUDGET = "budget"
    DIALOGUE = "dialogue"
    MECHANISM = "mechanism"
    TASK_FORCE = "task-force"
    FACILITY = "facility"
    POLICY = "policy"
    DESIGNATION = "designation"
    DECLARATION = "declaration"


class InitiativeStatus(enum.Enum):
    """The status of an initiative as one seed describes it."""

    PROPOSED = "proposed"
    ANNOUNCED = "announced"
    ACTIVE = "active"
    ENDED = "ended"
    REPLACED = "replaced"
    DISPUTED = "disputed"
    BLOCKED = "blocked"


class EventKind(enum.Enum):
    """What happened: a step in an initiative's life, or one an actor took or underwent."""

    ANNOUNCED = "announced"
    SIGNED = "signed"
    LAUNCHED = "launched"
    ESTABLISHED = "established"
    RENEWED = "renewed"
    EXPANDED = "expanded"
    REPLACED = "replaced"
    ENDED = "ended"
    DESIGNATED = "designated"
    DECLARED = "declared"
    APPROVED = "approved"
    BLOCKED = "blocked"
    DISPUTED = "disputed"
    RELEASED = "released"
    PROPOSED = "proposed"
    """Recommended or put forward (e.g. by a task force), not yet adopted."""
    HELD = "held"
    """A meeting, call, negotiation or other occasion took place."""
    CARRIED_OUT = "carried-out"
    """An operation was carried out."""
    TOOK_OFFICE = "took-office"
    """An official took office, or an administration began."""
    EXTRADITED = "extradited"
    """People were extradited (``summary`` says who and to where)."""
    ATTACKED = "attacked"
    """The subject was the target of an attack."""
    INCREASED = "increased"
    """A quantity rose over a period: a trend the seed dates (its size, if printed, is a
    :class:`Figure`)."""
    CHANGED = "changed"
    """A role, practice or situation developed or shifted over a period: a trend the seed
    states as having happened (``summary`` says how), not its reading of documents."""


class ParticipantRole(enum.Enum):
    """The role an actor plays in an initiative (after IATI's participating-org roles)."""

    LEAD = "lead"
    FUNDER = "funder"
    IMPLEMENTER = "implementer"
    PARTNER = "partner"
    SIGNATORY = "signatory"
    BENEFICIARY = "beneficiary"
    TARGET = "target"
    ANNOUNCER = "announcer"
    MEMBER = "member"
    OVERSIGHT = "oversight"


class RelationKind(enum.Enum):
    """How one initiative relates to another (``this`` → ``target``)."""

    SUCCEEDED_BY = "succeeded-by"
    """``target`` replaced this initiative."""
    PRECEDED_BY = "preceded-by"
    """This initiative replaced ``target``."""
    DERIVED_FROM = "derived-from"
    """This initiative grew out of ``target``."""
    COORDINATED_WITH = "coordinated-with"
    """This initiative is run in coordination with ``target``."""
    PART_OF = "part-of"
    """This initiative is a component of ``target``."""


class PlaceKind(enum.Enum):
    """What sort of place a :class:`Place` is."""

    CORRIDOR = "corridor"
    CITY = "city"
    SECTOR = "sector"
    STATE = "state"
    BORDER = "border"
    REGION = "region"
    WATERWAY = "waterway"
    FACILITY = "facility"


class Horizon(enum.Enum):
    """The time horizon an option or recommendation works on."""

    SHORT = "short-term"
    MEDIUM = "medium-term"
    LONG = "long-term"


class Criterion(enum.Enum):
    """Shared criteria against which policy options are assessed."""

    COST = "cost"
    HUMANITARIAN_RISK = "humanitarian-risk"
    SOVEREIGNTY = "sovereignty"
    FEASIBILITY = "feasibility"
    TIME_TO_RESULTS = "time-to-results"
    DURABILITY = "durability"
    ROOT_CAUSES = "root-causes"
    DEPENDENCE_ON_MEXICO = "dependence-on-mexico"
    ESCALATION_RISK = "escalation-risk"
    EFFECTIVENESS = "effectiveness"


class Rating(enum.Enum):
    """How a seed judges an option on one criterion, from the option's point of view.

    ``FAVOURABLE`` means the seed presents the option as doing well on the criterion
    (e.g. low humanitarian risk, quick results); ``MIXED`` that it states both.
    """

    UNFAVOURABLE = "unfavourable"
    MIXED = "mixed"
    FAVOURABLE = "favourable"

    @property
    def score(self) -> int:
        """-1, 0 or +1, for sorting and plotting."""
        return {"unfavourable": -1, "mixed": 0, "favourable": 1}[self.value]


class Theme(enum.Enum):
    """Themes recommendations are grouped by across documents."""

    ENFORCEMENT = "enforcement"
    INTELLIGENCE_SHARING = "intelligence-sharing"
    HUMANITARIAN_PROTECTION = "humanitarian-protection"
    ASYLUM_PROCESSING = "asylum-processing"
    ADJUDICATION_CAPACITY = "adjudication-capacity"
    LEGAL_PATHWAYS = "legal-pathways"
    REGIONAL_DEVELOPMENT = "regional-development"
    GOVERNANCE_AND_ACCOUNTABILITY = "governance-and-accountability"
    INSTITUTIONAL_CAPACITY = "institutional-capacity"
    BINATIONAL_COORDINATION = "binational-coordination"
    MILITARY = "military"
    ARMS_TRAFFICKING = "arms-trafficking"
    ILLICIT_FINANCE = "illicit-finance"
    DRUG_POLICY = "drug-policy"
    JUDICIAL_REFORM = "judicial-reform"
    BORDER_MANAGEMENT = "border-management"
    TRADE_FACILITATION = "trade-facilitation"
    TRAVEL_FACILITATION = "travel-facilitation"
    INFRASTRUCTURE = "infrastructure"
    PUBLIC_DIPLOMACY = "public-diplomacy"
    IMMIGRATION_REFORM = "immigration-reform"
    ECONOMIC_LEVERAGE = "economic-leverage"
    """Using economic pressure (trade, a trade agreement's renegotiation) to move another
    government; not coordination with it."""


class Unit(enum.Enum):
    """The unit a :class:`Figure`'s value is counted in."""

    USD = "USD"
    """U.S. dollars."""
    PERCENT = "percent"
    """A percentage (``20`` for "twenty percent")."""
    COUNT = "count"
    """A number of things: people, deaths, weapons, extraditions."""
    MULTIPLE = "multiple"
    """A factor of change (``3`` for "tripled"): not a number of things."""
    RANK = "rank"
    """An ordinal position (``5`` for "the fifth-largest"): not a number of things."""
    YEARS = "years"
    """A duration in years (``18`` for "the past 18 years")."""
    MONTHS = "months"
    """A duration in months (``6`` to ``9`` for "six to nine months")."""


class Scale(enum.Enum):
    """The multiplier a figure is stated with ("$43.8 billion": ``BILLION``)."""

    ONE = "one"
    THOUSAND = "thousand"
    MILLION = "million"
    BILLION = "billion"

    @property
    def factor(self) -> int:
        """The multiplier as a number."""
        return int(10**self.exponent)

    @property
    def exponent(self) -> int:
        """The multiplier as a power of ten (9 for ``BILLION``)."""
        return {"one": 0, "thousand": 3, "million": 6, "billion": 9}[self.value]


class Qualifier(enum.Enum):
    """How exact a stated figure is ("nearly 65%": ``APPROXIMATELY``)."""

    EXACT = "exact"
    APPROXIMATELY = "approximately"
    MORE_THAN = "more-than"
    AT_LEAST = "at-least"
    UP_TO = "up-to"
    RANGE = "range"


class Direction(enum.Enum):
    """Whether a figure states a change, and which way."""

    INCREASE = "increase"
    DECREASE = "decrease"
    LEVEL = "level"


class FramingFlag(enum.Enum):
    """Defects of a comparison-table cell as it stands in the seed."""

    TRUNCATED = "truncated"
    """The cell's text is cut off mid-word or mid-line."""
    MISALIGNED = "misaligned"
    """The cell's content appears to belong to another row or column."""
    EMPTY = "empty"
    """The cell holds only a dash or nothing."""


class Dimension(enum.Enum):
    """Shared dimensions on which a seed's stance is coded.

    Each is defined, level by level, in the codebook (:func:`binational.compare.codebook`).
    """

    BINATIONAL_COOPERATION = "binational-cooperation"
    ENFORCEMENT_EMPHASIS = "enforcement-emphasis"
    MILITARY_ROLE = "military-role"
    UNILATERAL_ACTION = "unilateral-action"
    HUMANITARIAN_PROTECTION = "humanitarian-protection"
    MEXICAN_SOVEREIGNTY = "mexican-sovereignty"
    ROOT_CAUSES = "root-causes"
    MILITARY_FORCE_IN_MEXICO = "military-force-in-mexico"
    """U.S. military force on Mexican territory (distinct from a larger role at home)."""
    TRADE_AND_TRAVEL = "trade-and-travel"
    """Keeping legitimate trade and travel flowing across the border."""
    MIGRATION_AS_SECURITY_THREAT = "migration-as-security-threat"
    """Migration across the border treated as a threat to national security
    (securitisation)."""


class Portrayal(enum.Enum):
    """How a document characterises an actor (see :class:`Characterization`)."""

    PARTNER = "partner"
    TRANSIT_COUNTRY = "transit-country"
    OBJECT_OF_PRESSURE = "object-of-pressure"
    THREAT = "threat"
    SOVEREIGN_ACTOR = "sovereign-actor"
    CAPACITY_CONSTRAINED = "capacity-constrained"
    ENFORCER = "enforcer"
    OPERATING_ENVIRONMENT = "operating-environment"


class Stance(enum.Enum):
    """A coded stance on a :class:`Dimension`, on a five-point ordinal scale."""

    STRONGLY_AGAINST = "strongly-against"
    AGAINST = "against"
    NEUTRAL = "neutral"
    FOR = "for"
    STRONGLY_FOR = "strongly-for"

    @property
    def score(self) -> int:
        """-2 … +2, for sorting and plotting."""
        return list(Stance).index(self) - 2
