"""The codebook: what every coded judgement in the data means, in words.

Stances (:class:`~binational.Position`), assessments of options
(:class:`~binational.Assessment`) and characterisations of actors
(:class:`~binational.Characterization`) are codings of the texts, not facts the texts
state. This module defines each dimension, level, criterion, rating and portrayal, and
the rules the coders followed, so that a second coder can reproduce the codes; and the
kinds of relation between actors (:class:`~binational.ActorRelation`) with the rules
for recording one. It is vocabulary: no I/O, no views.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from binational.model import (
    ActorRelation,
    Criterion,
    Dimension,
    Portrayal,
    Rating,
    Stance,
    Theme,
)

__all__ = [
    "CODEBOOK",
    "THEME_DIMENSIONS",
    "Codebook",
    "CriterionDefinition",
    "DimensionDefinition",
    "PortrayalDefinition",
    "RelationDefinition",
    "codebook",
]


@attrs.frozen(kw_only=True)
class DimensionDefinition:
    """What a stance on one :class:`~binational.Dimension` means."""

    dimension: Dimension
    """The dimension defined."""
    question: str
    """The question a stance answers."""
    levels: Mapping[Stance, str]
    """What each level of the five-point scale means on this dimension."""
    not_addressed: str
    """When the dimension is coded as not addressed."""
    rules: tuple[str, ...] = ()
    """Rules for this dimension alone, applied after the general stance rules."""


@attrs.frozen(kw_only=True)
class CriterionDefinition:
    """What an assessment on one :class:`~binational.Criterion` means."""

    criterion: Criterion
    """The criterion defined."""
    question: str
    """The question an assessment answers."""
    ratings: Mapping[Rating, str]
    """What each rating means on this criterion."""


@attrs.frozen(kw_only=True)
class PortrayalDefinition:
    """What one :class:`~binational.Portrayal` of an actor means."""

    portrayal: Portrayal
    """The portrayal defined."""
    definition: str
    """When a document is coded as portraying an actor this way."""


@attrs.frozen(kw_only=True)
class RelationDefinition:
    """What one :class:`~binational.ActorRelation` between actors means."""

    relation: ActorRelation
    """The relation defined."""
    definition: str
    """When an actor is recorded as related to another this way."""
    example: str
    """An example from the seeds."""
    followed_by: str
    """The parameter of the compare functions that follows it."""


@attrs.frozen(kw_only=True)
class Codebook:
    """Every coded vocabulary with its definitions, and the coding rules."""

    stance_rules: tuple[str, ...]
    """Rules for coding stances, in the order they are applied."""
    dimensions: Mapping[Dimension, DimensionDefinition]
    """Every dimension, in enum order."""
    assessment_rules: tuple[str, ...]
    """Rules for coding assessments of options."""
    criteria: Mapping[Criterion, CriterionDefinition]
    """Every criterion, in enum order."""
    characterization_rules: tuple[str, ...]
    """Rules for coding characterisations of actors."""
    portrayals: Mapping[Portrayal, PortrayalDefinition]
    """Every portrayal, in enum order."""
    coded_actors: tuple[str, ...]
    """Ids of the actors whose characterisation was coded in every seed that mentions
    them; other actors are not coded, and say so."""
    relation_rules: tuple[str, ...] = ()
    """Rules for recording a relation between actors."""
    relations: Mapping[ActorRelation, RelationDefinition] = MappingProxyType({})
    """Every relation between actors, in enum order."""


def _levels(
    strongly_against: str, against: str, neutral: str, for_: str, strongly_for: str
) -> Mapping[Stance, str]:
    return MappingProxyType(
        {
            Stance.STRONGLY_AGAINST: strongly_against,
            Stance.AGAINST: against,
            Stance.NEUTRAL: neutral,
            Stance.FOR: for_,
            Stance.STRONGLY_FOR: strongly_for,
        }
    )


_STANCE_RULES = (
    (
        "Code the document's own voice. Views it reports (of an administration, a strategy "
        "document, a government or a task force) are not its stance unless it endorses them."
    ),
    "Read the whole document; what it recommends weighs more than what it describes.",
    (
        "strongly-for / strongly-against: the document makes the matter central, argues for or "
        "against it without hedging, and its recommendations follow from that."
    ),
    (
        "for / against: the document leans one way but hedges (\u201cmay\u201d, \u201cas a last "
        "resort\u201d, \u201cin the appropriate context\u201d), treats the matter as one element "
        "among others, or also argues the other way in part."
    ),
    (
        "neutral: the document addresses the matter but weighs it both ways without coming "
        "down on a side, or only describes it."
    ),
    (
        "not addressed: a full reading finds nothing in the document's own voice that bears on "
        "the dimension. This is recorded as a position with no stance, not left out."
    ),
    (
        "Every coded stance quotes the passages it is read from, from the coded document only; "
        "a judgement call is explained in the position's notes."
    ),
)

_DIMENSIONS = (
    DimensionDefinition(
        dimension=Dimension.BINATIONAL_COOPERATION,
        question="Should border security be pursued through cooperation between the United "
        "States and Mexico (joint bodies, shared responsibility, coordination)?",
        levels=_levels(
            "Rejects cooperation with Mexico as a way to border security.",
            "Treats cooperation as unreliable or secondary and prefers means that reduce "
            "reliance on Mexico.",
            "Weighs cooperation both ways, or only describes it.",
            "Favours cooperation as one important element of its approach.",
            "Makes binational cooperation the core of its approach.",
        ),
        not_addressed="The document says nothing of U.S.\u2013Mexico cooperation.",
    ),
    DimensionDefinition(
        dimension=Dimension.ENFORCEMENT_EMPHASIS,
        question="Should enforcement (policing, barriers, surveillance, interdiction, "
        "detention, removal, prosecution) be the main instrument of border security?",
        levels=_levels(
            "Rejects enforcement as an instrument of border security.",
            "Argues that enforcement-centred policy is wrong or insufficient and should give "
            "way to other instruments, while keeping some enforcement.",
            "Treats enforcement as one instrument among equals, or weighs it both ways.",
            "Favours more or stronger enforcement, with other instruments beside it.",
            "Makes enforcement the main instrument and calls for it to expand.",
        ),
        not_addressed="The document says nothing of enforcement as an instrument.",
    ),
    DimensionDefinition(
        dimension=Dimension.MILITARY_ROLE,
        question="Should the U.S. military take a larger role in border security (at or "
        "near the border, in detention, logistics or enforcement)?",
        levels=_levels(
            "Rejects any military role in border security.",
            "Argues against an expanded military role, or accepts the military only in "
            "limited or cooperative roles.",
            "Weighs a larger military role both ways, or only describes it.",
            "Favours a larger military role, with hedges or limits.",
            "Calls for a larger military role without hedging and plans for it.",
        ),
        not_addressed="The document says nothing of a U.S. military role in border security.",
    ),
    DimensionDefinition(
        dimension=Dimension.UNILATERAL_ACTION,
        question="Should the United States act on border security alone, without Mexico's "
        "agreement?",
        levels=_levels(
            "Rejects unilateral U.S. action outright.",
            "Argues that unilateral action is ineffective or harmful and should be avoided.",
            "Weighs unilateral action both ways, or only describes it.",
            "Accepts unilateral action where needed (hedged: \u201cmay be necessary\u201d).",
            "Calls for unilateral action as the normal way to act.",
        ),
        not_addressed="The document says nothing of acting with or without Mexico.",
    ),
    DimensionDefinition(
        dimension=Dimension.HUMANITARIAN_PROTECTION,
        question="Should the safety, rights and dignity of migrants be a goal of border policy?",
        levels=_levels(
            "Argues that humanitarian concerns should not constrain border policy.",
            "Treats humanitarian concerns as an obstacle or a cost to be accepted.",
            "Mentions humanitarian concerns without weighing them.",
            "Counts migrants' safety or rights as a reason for or against policies.",
            "Makes protection of migrants a central aim, with measures for it.",
        ),
        not_addressed="The document says nothing of migrants' safety, rights or dignity.",
    ),
    DimensionDefinition(
        dimension=Dimension.MEXICAN_SOVEREIGNTY,
        question="Should Mexico's sovereignty (its consent, territorial integrity and own "
        "policy choices) limit what the United States does?",
        levels=_levels(
            "Argues that Mexico's sovereignty should not limit U.S. action.",
            "Prefers Mexico's consent but does not treat it as a precondition for U.S. action.",
            "Addresses sovereignty but neither asks that it limit U.S. action nor that it "
            "be set aside.",
            "Asks that U.S. policy respect Mexico's sovereignty, among other aims.",
            "Makes respect for Mexico's sovereignty a firm limit on U.S. action.",
        ),
        not_addressed="The document says nothing of Mexico's sovereignty, consent or "
        "territorial integrity.",
    ),
    DimensionDefinition(
        dimension=Dimension.ROOT_CAUSES,
        question="Should the causes of what shows at the border (drivers of migration, drug "
        "demand, arms supply, labour markets) be tackled where they arise, away from the "
        "border?",
        levels=_levels(
            "Argues that root causes are not the business of border security.",
            "Treats work on root causes as a distraction or too slow to matter.",
            "Mentions root causes without weighing them.",
            "Favours measures against root causes as one element of its approach.",
            "Makes action on root causes central, as the most effective approach.",
        ),
        not_addressed="The document says nothing of tackling causes away from the border.",
        rules=(
            (
                "Supply-side enforcement abroad does not count: interdiction, raids or strikes "
                "on cartel supply chains, sanctions and the pursuit of illicit finance act on "
                "those who carry the flows, not on what causes them, and are coded on "
                "enforcement-emphasis (and military-force-in-mexico). Only action on the "
                "conditions that produce the flows counts: the drivers of migration, drug "
                "demand, the supply of arms, labour markets."
            ),
        ),
    ),
    DimensionDefinition(
        dimension=Dimension.MILITARY_FORCE_IN_MEXICO,
        question="Should U.S. military force be used on Mexican territory (strikes, raids, "
        "troops)? Distinct from a larger military role at home.",
        levels=_levels(
            "Rejects U.S. military force in Mexico.",
            "Argues against it, or accepts it only as a last resort it does not plan for.",
            "Weighs it both ways, or only describes it.",
            "Favours preparing for it or using it, hedged (a last resort, with Mexico's "
            "approval if possible).",
            "Calls for U.S. military force in Mexico without hedging.",
        ),
        not_addressed="The document says nothing of U.S. military force in Mexico.",
    ),
    DimensionDefinition(
        dimension=Dimension.TRADE_AND_TRAVEL,
        question="Should keeping legitimate trade and travel flowing across the border be "
        "a goal of border security?",
        levels=_levels(
            "Argues that legitimate trade and travel should give way to border control.",
            "Proposes restricting legitimate crossings, or using trade as leverage, without "
            "weighing the flow of legitimate trade and travel.",
            "Mentions legitimate trade and travel without weighing them.",
            "Counts legitimate trade and travel as one aim among others.",
            "Makes facilitating legitimate trade and travel a central aim, with measures for it.",
        ),
        not_addressed="The document says nothing of legitimate trade and travel across the border.",
    ),
    DimensionDefinition(
        dimension=Dimension.MIGRATION_AS_SECURITY_THREAT,
        question="Does the document, in its own voice, treat migration across the "
        "U.S.\u2013Mexico border as a threat to national security?",
        levels=_levels(
            "The document explicitly rejects or reframes treating migration as a "
            "national-security threat (e.g. as human security or a humanitarian crisis) and "
            "argues that securitised responses are wrong or counterproductive.",
            "The document frames migration mainly as a humanitarian, economic, legal or "
            "administrative matter and treats security framings with reservation, without "
            "arguing against them at length.",
            "The document presents security and non-security framings of migration side by "
            "side without taking a side, or mentions migration's security aspects only in "
            "passing.",
            "The document treats migration as a security concern among others (linking it to "
            "border control, smuggling or cartels as security issues) without calling it a "
            "primary threat or building its case on it.",
            "The document presents migration across the border as a national-security threat "
            "in its own voice: a primary or grave threat, or one inseparable from threats "
            "such as cartels, drug trafficking or terrorism (e.g. a "
            "\u201cnarco-migration threat\u201d), and grounds security or military responses "
            "on it.",
        ),
        not_addressed="The document does not discuss migration across the border, or only "
        "counts it without framing it.",
        rules=(
            (
                "Code the document's own voice. A view the document reports (a strategy "
                "document, an official, an administration) is not the document's stance unless "
                "the document adopts it; say in the note what it reports."
            ),
            (
                "Weigh the whole document; quote the one to three passages that decide the "
                "level, verbatim."
            ),
            (
                "Drug trafficking or cartel violence alone is not migration: the dimension is "
                "about people crossing the border."
            ),
        ),
    ),
)

_ASSESSMENT_RULES = (
    (
        "An option is rated on a criterion only where its own seed speaks to that criterion "
        "for that option; a criterion the seed is silent on is not assessed and stays empty."
    ),
    (
        "Ratings are from the option's point of view: favourable means the seed presents the "
        "option as doing well on the criterion (low cost, low humanitarian risk, quick results)."
    ),
    "mixed: the seed states both a favourable and an unfavourable judgement on the criterion.",
    (
        "Risks the seed names as conditions to mitigate (\u201cshould be preceded by "
        "measures to mitigate\u201d) count as unfavourable on that criterion."
    ),
    "Every rating quotes the passages it is read from.",
)

_CRITERIA = (
    CriterionDefinition(
        criterion=Criterion.COST,
        question="What does the option cost in money or resources?",
        ratings=MappingProxyType(
            {
                Rating.FAVOURABLE: "Presented as cheap or as saving resources.",
                Rating.MIXED: "Costs and savings both stated.",
                Rating.UNFAVOURABLE: "Presented as costly or as drawing scarce resources.",
            }
        ),
    ),
    CriterionDefinition(
        criterion=Criterion.HUMANITARIAN_RISK,
        question="Does the option endanger migrants' lives, safety or rights?",
        ratings=MappingProxyType(
            {
                Rating.FAVOURABLE: "Presented as reducing harm to migrants.",
                Rating.MIXED: "Both harms and protections stated.",
                Rating.UNFAVOURABLE: "Presented as increasing harm to migrants.",
            }
        ),
    ),
    CriterionDefinition(
        criterion=Criterion.SOVEREIGNTY,
        question="Does the option respect Mexico's sovereignty and consent?",
        ratings=MappingProxyType(
            {
                Rating.FAVOURABLE: "Presented as respecting or strengthening Mexico's "
                "sovereignty and agency.",
                Rating.MIXED: "Both stated.",
                Rating.UNFAVOURABLE: "Presented as limiting or violating Mexico's sovereignty.",
            }
        ),
    ),
    CriterionDefinition(
        criterion=Criterion.FEASIBILITY,
        question="Can the option be carried out, politically and institutionally?",
        ratings=MappingProxyType(
            {
                Rating.FAVOURABLE: "Presented as readily feasible.",
                Rating.MIXED: "Both stated.",
                Rating.UNFAVOURABLE: "Presented as facing political or institutional barriers.",
            }
        ),
    ),
    CriterionDefinition(
        criterion=Criterion.TIME_TO_RESULTS,
        question="How soon does the option yield results?",
        ratings=MappingProxyType(
            {
                Rating.FAVOURABLE: "Presented as giving quick results.",
                Rating.MIXED: "Both stated.",
                Rating.UNFAVOURABLE: "Presented as slow to yield results.",
            }
        ),
    ),
    CriterionDefinition(
        criterion=Criterion.DURABILITY,
        question="Do the option's effects last?",
        ratings=MappingProxyType(
            {
                Rating.FAVOURABLE: "Presented as lasting or sustainable.",
                Rating.MIXED: "Both stated.",
                Rating.UNFAVOURABLE: "Presented as fading, adapted to or reversible.",
            }
        ),
    ),
    CriterionDefinition(
        criterion=Criterion.ROOT_CAUSES,
        question="Does the option address the causes of the problem?",
        ratings=MappingProxyType(
            {
                Rating.FAVOURABLE: "Presented as addressing root causes.",
                Rating.MIXED: "Both stated.",
                Rating.UNFAVOURABLE: "Presented as leaving root causes untouched.",
            }
        ),
    ),
    CriterionDefinition(
        criterion=Criterion.DEPENDENCE_ON_MEXICO,
        question="Does the option's success depend on what Mexico does?",
        ratings=MappingProxyType(
            {
                Rating.FAVOURABLE: "Presented as working whatever Mexico does, or as "
                "reducing reliance on Mexico.",
                Rating.MIXED: "Both stated.",
                Rating.UNFAVOURABLE: "Presented as depending on Mexico, or as failing "
                "without Mexico's part.",
            }
        ),
    ),
    CriterionDefinition(
        criterion=Criterion.ESCALATION_RISK,
        question="Does the option risk escalation, retaliation or conflict?",
        ratings=MappingProxyType(
            {
                Rating.FAVOURABLE: "Presented as low-risk or de-escalating.",
                Rating.MIXED: "Both stated.",
                Rating.UNFAVOURABLE: "Presented as risking escalation, retaliation or "
                "undesirable responses.",
            }
        ),
    ),
    CriterionDefinition(
        criterion=Criterion.EFFECTIVENESS,
        question="Does the option achieve its security aim (fewer crossings, less "
        "trafficking, weaker criminal organisations)?",
        ratings=MappingProxyType(
            {
                Rating.FAVOURABLE: "Presented as effective or efficient.",
                Rating.MIXED: "Both stated.",
                Rating.UNFAVOURABLE: "Presented as ineffective, inefficient or displacing "
                "the problem.",
            }
        ),
    ),
)

_CHARACTERIZATION_RULES = (
    (
        "Code how the document portrays each coded actor; an actor may carry several "
        "portrayals in one document, each with its quotes."
    ),
    (
        "Code the document's own voice as such; a portrayal the document reports as someone "
        "else's (a strategy document, an administration, an official) is coded with "
        "attributed_to naming that source or actor."
    ),
    (
        "Code only what a passage says of the actor itself: a threat that comes from within a "
        "country is not a portrayal of that country as a threat."
    ),
    (
        "A coded actor a seed mentions but does not portray in any of these ways is recorded "
        "as not characterised; one it does not mention, as not mentioned."
    ),
)

_PORTRAYALS = (
    PortrayalDefinition(
        portrayal=Portrayal.PARTNER,
        definition="A counterpart whose cooperation is sought, valued or relied on.",
    ),
    PortrayalDefinition(
        portrayal=Portrayal.TRANSIT_COUNTRY,
        definition="A country through which migrants or illicit goods pass on their way elsewhere.",
    ),
    PortrayalDefinition(
        portrayal=Portrayal.OBJECT_OF_PRESSURE,
        definition="An actor to be pressured, coerced or leveraged into acting (by "
        "tariffs, threats of force, sanctions or economic leverage).",
    ),
    PortrayalDefinition(
        portrayal=Portrayal.THREAT,
        definition="A source of danger to security.",
    ),
    PortrayalDefinition(
        portrayal=Portrayal.SOVEREIGN_ACTOR,
        definition="An actor with its own sovereignty, interests and agency, which are "
        "to be respected or are being overridden.",
    ),
    PortrayalDefinition(
        portrayal=Portrayal.CAPACITY_CONSTRAINED,
        definition="An actor short of capacity: strained, under-resourced, overstretched, "
        "corrupted or with weak institutions.",
    ),
    PortrayalDefinition(
        portrayal=Portrayal.ENFORCER,
        definition="An actor whose role is enforcement: policing, interception, detention, "
        "removal or the use of force.",
    ),
    PortrayalDefinition(
        portrayal=Portrayal.OPERATING_ENVIRONMENT,
        definition="A territory where others act, rather than an actor with agency.",
    ),
)

_RELATION_RULES = (
    (
        "Record a relation only where a seed states it, or where it can be read from a "
        "passage (then it is inferred, and its note or quotes say how). A relation no seed "
        "supports is left out, however well known: no seed says which department CISA, the "
        "DEA or the ATF is part of, so they have none."
    ),
    (
        "part-of is the actor's parent: one per actor, the closest body a seed names (an "
        "agency read in a seed's paragraph on its department, a body named with its state: "
        "\u201cthe U.S. State Department\u201d)."
    ),
    (
        "belongs-to needs the passage to tie the actor to the state or organisation (a "
        "nationality or origin printed with it: \u201cChinese money launderers\u201d, "
        "\u201cMexico\u2019s drug cartels\u201d, \u201cthe first Mexican citizen\u201d); "
        "acts-for needs it to say that the actor acts on the target's behalf or as its means "
        "(\u201cthrough\u201d)."
    ),
    (
        "Where a qualifier may not reach the actor (\u201cChinese chemical companies and "
        "criminal groups\u201d), the relation it would support is not recorded."
    ),
    (
        "Relations are followed only when asked: include_children follows part-of, "
        "include_related belongs-to and acts-for, each at any depth (see Corpus.linked)."
    ),
)

_RELATIONS = (
    RelationDefinition(
        relation=ActorRelation.PART_OF,
        definition="The actor is a unit of the target or holds a post in it: an agency "
        "of a department, a body or official of a state's government, a committee of a "
        "legislature, a leader of a group. Recorded as the actor's parent.",
        example="ICE is part of DHS (seed 001's paragraph on the Department of Homeland "
        "Security); the U.S. State Department is part of the United States.",
        followed_by="include_children",
    ),
    RelationDefinition(
        relation=ActorRelation.BELONGS_TO,
        definition="The actor is of the target by nationality, origin or base, without "
        "being a part of it or acting for it.",
        example="Chinese money launderers belong to China; Mexico's drug cartels to Mexico.",
        followed_by="include_related",
    ),
    RelationDefinition(
        relation=ActorRelation.ACTS_FOR,
        definition="The actor acts on the target's behalf or as its instrument.",
        example="Chinese chemical companies act for the Chinese Communist Party (\u201cThe "
        "Chinese Communist Party, through Chinese chemical companies and criminal groups, "
        "has provided a steady flow of fentanyl precursors\u201d).",
        followed_by="include_related",
    ),
)

CODEBOOK = Codebook(
    stance_rules=_STANCE_RULES,
    dimensions=MappingProxyType({d.dimension: d for d in _DIMENSIONS}),
    assessment_rules=_ASSESSMENT_RULES,
    criteria=MappingProxyType({c.criterion: c for c in _CRITERIA}),
    characterization_rules=_CHARACTERIZATION_RULES,
    portrayals=MappingProxyType({p.portrayal: p for p in _PORTRAYALS}),
    coded_actors=(
        "mexico",
        "united-states",
        "us-dhs",
        "us-military",
        "mexican-drug-cartels",
        "transnational-criminal-organizations",
        "smuggling-and-trafficking-networks",
    ),
    relation_rules=_RELATION_RULES,
    relations=MappingProxyType({r.relation: r for r in _RELATIONS}),
)
"""The codebook of the packaged data."""

THEME_DIMENSIONS: dict[Theme, Dimension] = {
    Theme.ENFORCEMENT: Dimension.ENFORCEMENT_EMPHASIS,
    Theme.MILITARY: Dimension.MILITARY_ROLE,
    Theme.BINATIONAL_COORDINATION: Dimension.BINATIONAL_COOPERATION,
    Theme.HUMANITARIAN_PROTECTION: Dimension.HUMANITARIAN_PROTECTION,
    Theme.REGIONAL_DEVELOPMENT: Dimension.ROOT_CAUSES,
    Theme.TRADE_FACILITATION: Dimension.TRADE_AND_TRAVEL,
    Theme.TRAVEL_FACILITATION: Dimension.TRADE_AND_TRAVEL,
}
"""The dimension whose direction a theme's recommendations take, for :class:`Tension`."""


def codebook() -> Codebook:
    """The codebook: every dimension, criterion and portrayal defined, with the rules.

    >>> cb = codebook()
    >>> cb.dimensions[Dimension.TRADE_AND_TRAVEL].question[:40]
    'Should keeping legitimate trade and trav'
    """
    return CODEBOOK
