"""Authoring script for seed 003 (Greenway, Martínez-Fernández and Beaver, "How the
President Can Use the U.S. Military to Confront the Catastrophic Threat at the Border
with Mexico", January 27, 2025).

Writes /tmp/draft/out003/: the seed file, the new vocabulary entries (*-add.json) and
the alias additions to existing entries (vocab-updates.json). Quotes are written as
{"text": ...} (plus "near" where the text recurs); /work/main/tools/anchor.py fills in
the offsets. Every quote is checked against the seed text here first, so a typo fails
at once.
"""
import json
import os
import sys

sys.path.insert(0, "/work/main/tools")
from anchor import canonical  # noqa: E402

SEED_FILE = "003_11abb8733a9f1312.txt"
T = open(f"/work/main/seeds/{SEED_FILE}", encoding="utf-8").read()
SEED = "greenway-2025-military-options-border"
P = "greenway"
OUT = "/tmp/draft/out003"
os.makedirs(OUT, exist_ok=True)


def Q(text, near=None):
    """A quote; fails at once if it is not in the text or is ambiguous without `near`."""
    if near is not None:
        lo = T.find(near)
        if lo < 0:
            raise SystemExit(f"near not found: {near!r}")
        if T.find(text, lo) < 0:
            raise SystemExit(f"quote not found after near: {text!r}")
        return {"text": text, "near": near}
    at = T.find(text)
    if at < 0:
        raise SystemExit(f"quote not found: {text!r}")
    if T.find(text, at + 1) >= 0:
        raise SystemExit(f"quote occurs more than once: {text!r}")
    return {"text": text}


def Y(y, m=None, d=None):
    return {k: v for k, v in (("year", y), ("month", m), ("day", d)) if v is not None}


def org(n):
    return {"type": "organization", "name": n}


def person(given, family):
    return {"type": "person", "given": given, "family": family}


def stated(date, *quotes):
    return {"date": date, "certainty": "stated", "evidence": list(quotes)}


# ====================================================================== sentences
TITLE = "How the President Can Use the U.S. Military to Confront the Catastrophic Threat at the Border with Mexico"
BYLINE = "By Robert GreenwayAndrés Martínez-Fernández\u00a0and\u00a0Wilson Beaver"

# abstract (the paragraph under the byline)
ABS_PLAN = "Given the rapidly deteriorating conditions at the U.S. border with Mexico and only tenuous U.S.–Mexico cooperation, it is appropriate for the U.S. to engage in serious planning and preparation for an enhanced and scalable military role in confronting the growing threats at the border."
ABS_CONG = "Congress should appropriate resources for an enhanced border security role for the U.S. military."
ABS_DOD = "The Defense Department should prioritize border security in its planning."
ABS_CBP = "Bolstering Customs and Border Protection capacities and resources should occur alongside an increased U.S. military enforcement role."
ABS_JOINT = "Joint military action, coordinated with approval from the Mexican government, is the ideal condition for any direct U.S. action against the cartels on Mexican territory."
ABS_UNI = "However, unilateral U.S. military action may be necessary to prompt cooperation from a resistant Mexican government or otherwise contain the cartel threat."
# key takeaways
KT1 = "The President has many options and authorities for using the U.S. military to protect the integrity of the Southwest border from the historic narco-migration threat."
KT2 = "Congress and the Department of Defense should proactively engage in appropriations and planning to enable the President to use these options and authorities."
KT3 = "U.S. policy should seek an end state in which the Mexican government re-assumes the primary role for debilitating the cartel threat within its borders"
# body
GROWTH = "The unchecked growth of Mexican drug cartels poses a rapidly increasing threat to U.S. national security and the well-being of the American public."
OD100K = "The rise of illicit fentanyl has driven U.S. overdose deaths to staggering levels, surpassing 100,000 annually since 2021."
FTOS = "Mexico’s drug cartels have also become instrumental in the expansion of mass illegal migration, increasingly including the movement of individuals affiliated with foreign terrorist organizations (FTOs) and the espionage operations of hostile foreign governments."
FOURYEARS = "Over the past four years, the long-standing challenges around illegal migration and illicit narcotics at the U.S border have deepened and accelerated, threatening to destabilize the United States."
HOSTILE = "Hostile foreign governments in Venezuela, Nicaragua, and elsewhere are weaponizing mass migration against the United States."
INFILTR = "Enabled by lack of control at the U.S. borders, both south and north, these nations and hostile non-state actors have supported the infiltration into the United States of transnational criminal organizations like Tren de Aragua, foreign spies, and terrorists from the Middle East.2"
CCP = "At the same time, it is increasingly clear that the Chinese Communist Party is actively funding and deploying America’s most deadly drug threat in history in the form of fentanyl, causing a destabilizing crisis and a death toll that each year eclipses the total of U.S. casualties from the Vietnam War."
PASS = "All these threats pass through the U.S. southern border, deployed from within Mexico by deadly and increasingly powerful drug cartels."
COOP_DET = "As the threats facing the U.S. at its border with Mexico rise, cooperation with Mexico has rapidly deteriorated."
DECADES = "For decades, Mexico has been a complex security partner for the U.S., with counternarcotics cooperation impaired by corruption, capacity limitations, and political shifts."
AMLO = "Mexico’s previous government under President Andrés Manuel López Obrador had accelerated the decline in Mexico’s counternarcotics enforcement actions while imposing substantial new limits on security cooperation with the U.S."
STANCE = "This stance created a broad-based and rapid deterioration in both U.S.–Mexico security cooperation and Mexico’s own law enforcement and security operations against the cartels."
FREEDOM = "In effect, this security policy is characterized by the Mexican government granting drug cartels significantly expanded operating freedom within Mexican territory."
SHEIN = "President Claudia Sheinbaum, who took office in October 2024, has indicated planned continuity with López Obrador’s security policies during her administration."
MIGR = "Notably, the Mexican government\u00a0has proved more willing to disrupt the flow of illegal migration across its territory (but even this cooperation has proven tenuous)."
TRUMP_CLEAR = "President Trump has made it clear that his Administration will confront the cartel threat."
FTO_MOVE = "On the first day of the new Administration, President Trump moved toward designating Mexican cartels as FTOs and indicated that he may deploy the U.S. military to Mexico to target the cartels."
FOLLOWON = "Several follow-on policy measures are available to the Trump Administration to confront the cartel threat."
LEVER = "By reasserting U.S. national security interests in the U.S.–Mexico relationship, and using U.S. economic leverage, the U.S. can push a reluctant Mexican government to confront the cartel threat housed within its borders."
USMCA = "The 2026 renegotiation of the United States–Mexico–Canada Agreement (USMCA) offers one such opportunity, while other issues, such as Chinese transshipment through Mexico, also demand attention."
NEED = "However, there is a clear need for increased U.S. action to contain and confront the cartels and their illicit activities."
RELIANCE = "The increasingly unreliable nature of the U.S.–Mexico security partnership has already led the Trump Administration to signal a stance in which it prioritizes new measures and resources that reduce the reliance of the U.S. on the willingness of the Mexican government to contain the cartel threat."
FIRST = "The first steps on this front should consist of measures, such as substantial bolstering of the U.S. Customs and Border Protection (CBP) border security capacities, increasing restrictions on formal and informal border crossings, ramping up U.S. law enforcement efforts, targeting illicit financial flows tied to the cartels, and sanctioning corrupt Mexican officials."
CONTEMPLATE = "At the same time, the increasingly dangerous nature of the threats emanating from Mexico, and the Mexican government’s quickly declining capacity to maintain the rule of law, should also lead the United States to seriously contemplate measures that use the capacities and resources of the U.S. military to protect the U.S. border."
EXPLORE = "While the U.S. military has played varying support roles at the U.S.–Mexico border in the past several years, the Trump Administration should explore options to bolster and expand that role in the face of these threats and potential future instability."
EMERG = "Indeed, President Trump has shown his intent to do so in his declaration of a national emergency at the U.S. southern border."
BROAD = "A broad and diverse set of options and legal authorities are available to the second Trump Administration for using the resources and capacities of the U.S. military to ensure the integrity of the border with Mexico."
PRECEDENT = "Additionally, there is substantial historical precedent for an active U.S. military role in border security and managing migration crises."
TRADEOFF = "There are risks and trade-offs to repurposing U.S. military resources and personnel toward border security and deportation operations."
DEMANDS = "Given the increasing risks of a conflict in the South China Sea, as well as ongoing instability in the Middle East and Europe, demands for limited U.S. military resources are substantial."
MITIG_READY = "Nonetheless, steps can and should be taken in congressional appropriations and Department of Defense (DOD) planning to mitigate effects on military readiness elsewhere."
RANGE = "This\u00a0Special Report\u00a0lays out and explores some core options and approaches for deploying U.S. military resources, ranging from support for infrastructure constructions and logistics to direct action against Mexican drug cartels."
DECISION = "Ultimately, the decision of how to use the military to confront border security threats should be made by following thorough intelligence-based planning, resource and funding commitments, and appropriate coordinated measures across relevant U.S. government agencies."
FUND = "To enable effective U.S. military support for border security, the Trump Administration and Congress should ensure that appropriate funding is appropriated to the DOD for fiscal years (FYs) 2025 and 2026, as well as to the Department of Homeland Security (DHS)."
THEATERS = "In this way, the impact on military readiness in other critical theaters could be limited."
REVIEW = "The Secretary of Defense should also order a full review of available defense resources and programs to apply in support of U.S. border security."
RSOI = "This review should include bolstering of Reception, Staging, Onward Movement, and Integration processes and resources at and around the U.S.–Mexican border."
UNIQUE = "The U.S. military possesses unique resources and capabilities to assist with a range of missions and roles to confront the various aspects of the border crisis."
DETAIN = "When it comes to large-scale illegal-alien detention and deportation, some of the underused but most impactful resources include U.S. military transport vehicles and facilities around the world which could support detention and repatriation of illegal aliens, including to higher-risk and extra-hemispheric countries of origin."
CONSIDER = "These and other options should be considered to ensure U.S. control over its border, with capacities to scale the response as needed."
LAST = "Options for direct action against the cartels within Mexico should be a last resort and operate on an escalating scale, to be deployed in consideration of the present operating environment and diplomatic context."
DUAL = "The approach for any direct military action should be tailored to the dual objectives of destabilizing cartel supply chains and prompting a desired change in behavior by the cartels or the Mexican government in the case of unilateral action."
DRONES = "Lower-risk options, such as interception of cartel drones around the U.S. border, may still be effective, though current conditions heighten the importance of planning for more aggressive measures, including on Mexican territory."
JOINT = "Joint military action, coordinated with the approval of the Mexican government, is the ideal condition for any direct U.S. action against the cartels on Mexican territory."
UNI = "However, in the appropriate context, unilateral U.S. military action may be employed to disrupt cartel activity and prompt cooperation from a resistant Mexican government."
HIGHRISK = "At the same time, there are high risks of undesirable response from the Mexican government and drug cartels."
MITIG = "Therefore, any direct U.S. military action should be preceded and accompanied by coordinated measures to mitigate undesirable responses and limit the exposure of the U.S. to the same."
PULL2 = "Joint military action … is the ideal condition for any direct U.S. action against the cartels on Mexican territory. However … unilateral U.S. military action may be employed to disrupt cartel activity and prompt cooperation from a resistant Mexican government."
HEAD2 = "Mexico and the Cartel Threat"
DTOS = "The nature of the cartel threat has shifted notably in recent years as the Mexican government increasingly pulls back on enforcement against drug trafficking organizations (DTOs)."
REIGN = "Mexican drug cartels have seized on their effective free reign on Mexican territory to ramp up illicit drug trafficking and migrant smuggling into the United States, tapping into highly profitable new revenue streams that threaten U.S. security and stability."
WEALTH = "This wealth has allowed cartels to grow in power and lethal capacity, further dissuading the Mexican government from deploying its limited enforcement capacities against the cartels."
REVENUE = "Leveraging their sophisticated and sprawling illicit networks, Mexican drug cartels receive an estimated $30 billion each year in illicit revenue."
EMPLOYER = "Today, drug cartels are the fifth-largest employer in Mexico, with between 160,000 and 185,000 members."
WEAPONS = "Cartels are also equipped with military-level weaponry, including anti-aircraft weapons and armored vehicles, while increasingly employing advanced technologies, such as drones and signal jamming systems."
TERRITORY = "Mexican drug cartels have successfully used violence and corruption as a primary tactic to capture and control territory within Mexico, gaining increasing levels of operational freedom in recent years."
HOMICIDE = "Even as the Mexican government has substantially reduced its armed confrontations with the cartels, cartel violence has risen to disturbing levels, with upwards of 40,000 recorded homicide deaths each year.7"
DIRE = "For the U.S., the consequences of increasingly empowered drug cartels have been dire."
OD326 = "Between 2021 and 2023, the U.S. recorded 326,126 overdose deaths as fentanyl seizures tripled and more than 8.5 million border encounters."
PARTNERS = "Cartels in Mexico have proven willing partners for U.S. adversaries seeking to destabilize the United States."
PARTNERS_NEAR = PARTNERS + " The Chinese Communist Party"
CHINA = "The Chinese Communist Party, through Chinese chemical companies and criminal groups, has provided a steady flow of fentanyl precursors to Mexican cartels, while Chinese money launderers aid the cartels in laundering their profits to avoid U.S. law enforcement."
READ = "Read and Download the Full Report Here: How the President Can Use the U.S. Military to Confront the Catastrophic Threat at the Border with Mexico"

# footnote paragraphs
FN1 = "Simon Hankinson, “Biden’s Border Crisis Promotes Foreign Espionage in Plain Sight,” Heritage Foundation Commentary, May 31, 2024, https://www.heritage.org/border-security/commentary/bidens-border-crisis-promotes-foreign-espionage-plain-sight."
FN2 = "U.S. House of Representatives, “Terror at Our Door: How the Biden–Harris Administration’s Open-Borders Policies Undermine National Security and Endanger Americans,” Interim Staff Report of the Committee on the Judiciary and Subcommittee on Immigration Integrity, Security, and Enforcement, August 5, 2024, https://judiciary.house.gov/sites/evo-subsites/republicans-judiciary.house.gov/files/evo-media-document/FILE_6538.pdf (accessed December 4, 2024)."
FN3 = "Andrés Martínez-Fernández and Andrew J. Harding, “Holding China and Mexico Accountable for America’s Fentanyl Crisis,” Heritage Foundation Backgrounder No. 3851, September 9, 2024, https://www.heritage.org/china/report/holding-china-and-mexico-accountable-americas-fentanyl-crisis."
FN4 = "The White House, “Designating Cartels and Other Organizations as Foreign Terrorist Organizations,” January 20, 2025, https://www.whitehouse.gov/presidential-actions/2025/01/designating-cartels-and-other-organizations-as-foreign-terrorist-organizations-and-specially-designated-global-terrorists/ (accessed January 21, 2025)."
FN5 = "The White House, “Declaring a National Emergency at the Southern Border of the United States,” January 20, 2025, https://www.whitehouse.gov/presidential-actions/2025/01/declaring-a-national-emergency-at-the-southern-border-of-the-united-states/ (accessed January 21, 2025)."
FN6 = "Rafael Prieto-Curiel, Gian Maria Campedelli, and Alejandro Hope, “Fentanyl and Other Drugs Found in Mexico,” Science, Vol. 381, No. 6664 (September 2023), pp. 1312–1316, https://www.science.org/doi/10.1126/science.adh2888 (accessed December 4, 2024)."
FN7 = "Center for Preventive Action, “Criminal Violence in Mexico,” Council on Foreign Relations Global Conflict Tracker, updated October 9, 2024, https://www.cfr.org/global-conflict-tracker/conflict/criminal-violence-mexico (accessed December 4, 2024)."
FN8 = "News release, “U.S. Overdose Deaths Decrease in 2023, First Time Since 2018,” Centers for Disease Control and Prevention, National Center for Health Statistics, May 15, 2024, https://www.cdc.gov/nchs/pressroom/nchs_press_releases/2024/20240515.htm (accessed Decem er 15, 2024), and news release, “DEA Releases 2024 National Drug Threat Assessment,” U.S. Drug Enforcement Administration, May 9, 2024, https://www.dea.gov/press-releases/2024/05/09/dea-releases-2024-national-drug-threat-assessment (accessed December 4, 2024)."
FN8_CDC = "News release, “U.S. Overdose Deaths Decrease in 2023, First Time Since 2018,” Centers for Disease Control and Prevention, National Center for Health Statistics, May 15, 2024, https://www.cdc.gov/nchs/pressroom/nchs_press_releases/2024/20240515.htm (accessed Decem er 15, 2024)"
FN8_DEA = "news release, “DEA Releases 2024 National Drug Threat Assessment,” U.S. Drug Enforcement Administration, May 9, 2024, https://www.dea.gov/press-releases/2024/05/09/dea-releases-2024-national-drug-threat-assessment (accessed December 4, 2024)."

# every fixed sentence must occur in the text (once, or be handled with near)
for _name, _s in list(globals().items()):
    if _name.isupper() and isinstance(_s, str) and _name not in ("P", "SEED", "SEED_FILE", "OUT", "T"):
        assert _s in T, _name


def q(s):
    """Quote a sentence that occurs once."""
    return Q(s)


# sentences that recur (pull quotes, the title) need a near
def q_lever():
    return Q(LEVER, near=FOLLOWON)


def q_partners():
    return Q(PARTNERS, near=PARTNERS_NEAR)


def q_title():
    return Q(TITLE, near=TITLE)


# ====================================================================== sections
HEADINGS = [TITLE, "Key Takeaways", HEAD2]
sections = []
for h in HEADINGS:
    i = 0 if T.startswith(h + "\n") else T.index("\n" + h + "\n") + 1
    sections.append({"title": h, "start": i})
assert [s["start"] for s in sections] == sorted(s["start"] for s in sections)

# ====================================================================== seed source
seed_source = {
    "id": SEED,
    "role": "seed",
    "type": "report",
    "title": TITLE,
    "evidence": [q_title(), Q("January 27, 2025"), Q(BYLINE),
                 Q("This\u00a0Special Report\u00a0lays out and explores some core options and approaches for deploying U.S. military resources"),
                 Q("Read and Download the Full Report Here:")],
    "creators": [person("Robert", "Greenway"), person("Andrés", "Martínez-Fernández"), person("Wilson", "Beaver")],
    "issued": stated(Y(2025, 1, 27), Q("January 27, 2025")),
    "silent_on": ["publisher", "url"],
    "seed": {"file": SEED_FILE, "sha256": "1109b60fa96fd56e22bad552b1bc6f80b1d1f83592c3a4204797749f14e7de11"},
    "notes": [
        "The byline is printed run together: “By Robert GreenwayAndrés Martínez-Fernández and Wilson Beaver” (no separator between “Greenway” and “Andrés”). It is read as three authors, Robert Greenway, Andrés Martínez-Fernández (family name “Martínez-Fernández”) and Wilson Beaver, in printed order.",
        "No publisher is printed. The footnotes cite Heritage Foundation series (“Heritage Foundation Commentary”, “Heritage Foundation Backgrounder No. 3851”), but the text never names its own publisher, so none is recorded.",
        "The text calls itself “This Special Report”; type report follows that self-description. It is not said to belong to a series, and no series is recorded.",
        "The text is an excerpt: it ends with the line “Read and Download the Full Report Here:” followed by the title, with no URL printed (the link target is lost), so url is left empty.",
        "Footnotes are printed as separate paragraphs after the sentence they support, not at the foot of the text. Only two carry a printed number, glued to the end of the sentence (“Middle East.2”, “each year.7”); the other six have no number in the text. Their positions are consistent with a running count (one note, Hankinson, before the note numbered 2; four notes, Martínez-Fernández and Harding, two White House documents and Science, between 2 and 7; one note, CDC and DEA, after 7), but the missing numbers are not supplied.",
        "Where a footnote interrupts a paragraph, the text after it starts a new line with a leading no-break space (U+00A0) (“ All these threats…”, “ Several follow-on…”, “ Cartels are also equipped…”, “ For the U.S., the consequences…”), which suggests these lines continue the paragraph before the footnote; sections and quotes keep the text as stored.",
        "Pull quotes repeat sentences of the body: “By reasserting U.S. national security interests…” (after the paragraph it comes from), “Joint military action … is the ideal condition … However … unilateral U.S. military action may be employed…” (an elided version of the paragraph before it), and “Cartels in Mexico have proven willing partners for U.S. adversaries…” (printed once before the paragraph that opens with the same sentence). Quotes are taken from the body text, not from the pull quotes.",
        "The summary paragraph under the byline and the body state the joint-action sentence in slightly different words (“coordinated with approval from the Mexican government” vs “coordinated with the approval of the Mexican government”), and the unilateral sentence differently (“may be necessary to prompt cooperation … or otherwise contain the cartel threat” vs “may be employed to disrupt cartel activity and prompt cooperation”).",
        "No-break spaces (U+00A0) stand in the byline (around “and”), in “the Mexican government has proved”, in “This Special Report lays out” and at the start of four lines; quotes keep them as stored.",
        "Small misprints kept as printed: “at the U.S border” (no period after S), “free reign” (for the usual “free rein”), “infrastructure constructions”, and the third Key Takeaway has no final period.",
    ],
}

# ====================================================================== cited sources
sources = [
    {"id": "hankinson-2024-border-crisis-foreign-espionage", "role": "cited", "type": "webpage",
     "title": "Biden’s Border Crisis Promotes Foreign Espionage in Plain Sight",
     "evidence": [Q(FN1)],
     "creators": [person("Simon", "Hankinson")],
     "collection_title": "Heritage Foundation Commentary",
     "issued": stated(Y(2024, 5, 31), Q(FN1)),
     "url": "https://www.heritage.org/border-security/commentary/bidens-border-crisis-promotes-foreign-espionage-plain-sight",
     "notes": ["Printed with “Heritage Foundation Commentary” after the title, recorded as the series (collection_title); no publisher is printed apart from that series name.",
               "No access date is printed. The footnote ends with a period right after the URL; the period is not taken as part of the URL.",
               "The footnote carries no number in the text; it follows the sentence on cartels moving individuals affiliated with FTOs and the espionage operations of hostile foreign governments."]},
    {"id": "us-house-2024-terror-at-our-door", "role": "cited", "type": "report",
     "title": "Terror at Our Door: How the Biden–Harris Administration’s Open-Borders Policies Undermine National Security and Endanger Americans",
     "evidence": [Q(FN2)],
     "creators": [org("U.S. House of Representatives")],
     "collection_title": "Interim Staff Report of the Committee on the Judiciary and Subcommittee on Immigration Integrity, Security, and Enforcement",
     "issued": stated(Y(2024, 8, 5), Q(FN2)),
     "url": "https://judiciary.house.gov/sites/evo-subsites/republicans-judiciary.house.gov/files/evo-media-document/FILE_6538.pdf",
     "accessed": Y(2024, 12, 4),
     "notes": ["The phrase after the title, “Interim Staff Report of the Committee on the Judiciary and Subcommittee on Immigration Integrity, Security, and Enforcement”, is printed where the other footnotes print a series; it describes the kind of report and the committee and subcommittee behind it. It is kept verbatim in collection_title; it is not a series name."]},
    {"id": "martinez-fernandez-harding-2024-holding-china-mexico-accountable", "role": "cited", "type": "report",
     "title": "Holding China and Mexico Accountable for America’s Fentanyl Crisis",
     "evidence": [Q(FN3)],
     "creators": [person("Andrés", "Martínez-Fernández"), person("Andrew J.", "Harding")],
     "collection_title": "Heritage Foundation Backgrounder",
     "number": "3851",
     "issued": stated(Y(2024, 9, 9), Q(FN3)),
     "url": "https://www.heritage.org/china/report/holding-china-and-mexico-accountable-americas-fentanyl-crisis",
     "notes": ["Printed “Heritage Foundation Backgrounder No. 3851”: series in collection_title, “3851” in number.",
               "No access date is printed. The footnote carries no number in the text.",
               "Its first author, Andrés Martínez-Fernández, is also one of the three authors of the seed."]},
    {"id": "white-house-2025-designating-cartels-fto", "role": "cited", "type": "document",
     "title": "Designating Cartels and Other Organizations as Foreign Terrorist Organizations",
     "evidence": [Q(FN4)],
     "creators": [org("The White House")],
     "issued": stated(Y(2025, 1, 20), Q(FN4)),
     "url": "https://www.whitehouse.gov/presidential-actions/2025/01/designating-cartels-and-other-organizations-as-foreign-terrorist-organizations-and-specially-designated-global-terrorists/",
     "accessed": Y(2025, 1, 21),
     "notes": ["The footnote does not say what kind of document this is (the URL path contains “presidential-actions”); type document is the encoders' choice.",
               "The printed title ends “as Foreign Terrorist Organizations”, while the printed URL continues “…-and-specially-designated-global-terrorists/”; both are kept as printed.",
               "The footnote carries no number in the text."]},
    {"id": "white-house-2025-southern-border-national-emergency", "role": "cited", "type": "document",
     "title": "Declaring a National Emergency at the Southern Border of the United States",
     "evidence": [Q(FN5)],
     "creators": [org("The White House")],
     "issued": stated(Y(2025, 1, 20), Q(FN5)),
     "url": "https://www.whitehouse.gov/presidential-actions/2025/01/declaring-a-national-emergency-at-the-southern-border-of-the-united-states/",
     "accessed": Y(2025, 1, 21),
     "notes": ["The footnote does not say what kind of document this is (the URL path contains “presidential-actions”); type document is the encoders' choice.",
               "The footnote carries no number in the text."]},
    {"id": "prieto-curiel-2023-science-fentanyl-drugs-mexico", "role": "cited", "type": "article-journal",
     "title": "Fentanyl and Other Drugs Found in Mexico",
     "evidence": [Q(FN6)],
     "creators": [person("Rafael", "Prieto-Curiel"), person("Gian Maria", "Campedelli"), person("Alejandro", "Hope")],
     "container_title": "Science", "volume": "381", "issue": "6664", "pages": "1312–1316",
     "issued": stated(Y(2023, 9), Q(FN6)),
     "url": "https://www.science.org/doi/10.1126/science.adh2888",
     "accessed": Y(2024, 12, 4),
     "notes": ["Title, volume, issue, month and pages are recorded exactly as printed; they were not checked against the article itself.",
               "The footnote carries no number in the text; it follows the sentence on cartels as the fifth-largest employer in Mexico with between 160,000 and 185,000 members (the $30 billion revenue sentence before it has no footnote of its own)."]},
    {"id": "cpa-criminal-violence-in-mexico", "role": "cited", "type": "webpage",
     "title": "Criminal Violence in Mexico",
     "evidence": [Q(FN7)],
     "creators": [org("Center for Preventive Action")],
     "container_title": "Council on Foreign Relations Global Conflict Tracker",
     "url": "https://www.cfr.org/global-conflict-tracker/conflict/criminal-violence-mexico",
     "accessed": Y(2024, 12, 4),
     "silent_on": ["issued"],
     "notes": ["The footnote prints “updated October 9, 2024”, a date of last update, not a date of issue; issued is left empty and the update date is kept here.",
               "The footnote is numbered 7 in the text (“each year.7”)."]},
    {"id": "cdc-nchs-2024-overdose-deaths-decrease-2023", "role": "cited", "type": "webpage",
     "title": "U.S. Overdose Deaths Decrease in 2023, First Time Since 2018",
     "evidence": [Q(FN8_CDC)],
     "creators": [org("Centers for Disease Control and Prevention, National Center for Health Statistics")],
     "issued": stated(Y(2024, 5, 15), Q(FN8_CDC)),
     "url": "https://www.cdc.gov/nchs/pressroom/nchs_press_releases/2024/20240515.htm",
     "accessed": Y(2024),
     "notes": ["Printed as a “News release”; type webpage is the encoders' choice (CSL has no press-release type).",
               "The author is printed as “Centers for Disease Control and Prevention, National Center for Health Statistics” and is kept as one name, as printed.",
               "The access date is garbled: printed “(accessed Decem er 15, 2024)”, with a letter missing from the month. Only the year, 2024, is recorded with certainty; the month name is not repaired, and the printed day (15) cannot be kept without a month.",
               "This work and the DEA news release are cited together in one unnumbered footnote; they are recorded as two sources with two citation edges."]},
    {"id": "dea-2024-national-drug-threat-assessment-release", "role": "cited", "type": "webpage",
     "title": "DEA Releases 2024 National Drug Threat Assessment",
     "evidence": [Q(FN8_DEA)],
     "creators": [org("U.S. Drug Enforcement Administration")],
     "issued": stated(Y(2024, 5, 9), Q(FN8_DEA)),
     "url": "https://www.dea.gov/press-releases/2024/05/09/dea-releases-2024-national-drug-threat-assessment",
     "accessed": Y(2024, 12, 4),
     "notes": ["Printed as a “news release”; type webpage is the encoders' choice.",
               "Cited in the same unnumbered footnote as the CDC news release."]},
]

# ====================================================================== citations
cites = []
NO_NUM = ("No footnote number is printed for this note, so the marker is the opening words of the footnote paragraph, "
          "and the evidence holds both the sentence before it and the footnote paragraph.")


def C(n, marker, sentence, cands, fn=None, notes=()):
    ev = [Q(sentence)]
    if fn is not None:
        ev.append(Q(fn, near=sentence) if T.count(fn) > 1 else Q(fn))
    c = {"id": f"{P}-cite-{n:02d}", "marker": marker, "evidence": ev, "candidates": cands}
    if notes:
        c["notes"] = list(notes)
    cites.append(c)


C(1, Q("Simon Hankinson"), FTOS, ["hankinson-2024-border-crisis-foreign-espionage"], FN1, [NO_NUM])
C(2, Q("2", near=INFILTR[-40:]), INFILTR, ["us-house-2024-terror-at-our-door"],
  notes=["The number 2 is printed glued to the end of the sentence (“Middle East.2”); the footnote paragraph follows it."])
C(3, Q("Andrés Martínez-Fernández and Andrew J. Harding"), CCP,
  ["martinez-fernandez-harding-2024-holding-china-mexico-accountable"], FN3, [NO_NUM])
C(4, Q("The White House", near=FN4), FTO_MOVE, ["white-house-2025-designating-cartels-fto"], FN4, [NO_NUM])
C(5, Q("The White House", near=FN5), EMERG, ["white-house-2025-southern-border-national-emergency"], FN5, [NO_NUM])
C(6, Q("Rafael Prieto-Curiel, Gian Maria Campedelli, and Alejandro Hope"), EMPLOYER,
  ["prieto-curiel-2023-science-fentanyl-drugs-mexico"], FN6,
  [NO_NUM, "The footnote follows the second sentence of its paragraph; the first (“an estimated $30 billion each year”) carries no footnote of its own, and the text does not say whether this note covers it too."])
C(7, Q("7", near=HOMICIDE[-40:]), HOMICIDE, ["cpa-criminal-violence-in-mexico"],
  notes=["The number 7 is printed glued to the end of the sentence (“each year.7”); the footnote paragraph follows it."])
C(8, Q("News release"), OD326, ["cdc-nchs-2024-overdose-deaths-decrease-2023"], FN8,
  [NO_NUM, "One unnumbered footnote cites two works; this edge is for the first (the CDC news release), marked by its opening words “News release”."])
C(9, Q("news release"), OD326, ["dea-2024-national-drug-threat-assessment-release"], FN8,
  [NO_NUM.replace("opening words of the footnote paragraph", "opening words of this work's entry inside the footnote paragraph"),
   "One unnumbered footnote cites two works; this edge is for the second (the DEA news release), marked by the words “news release” that open its entry."])

# ====================================================================== actors
actors = []
new_actors = []
EXISTING_ACTORS = {a["id"] for a in json.load(open("/work/main/src/binational/data/actors.json"))["actors"]}
actor_alias_updates = {}


def link(actor, certainty, *quotes):
    return {"actor": actor, "certainty": certainty, "evidence": list(quotes)}


def A(id, evidence, name=None, kind=None, country=None, aliases=(), parent=None, notes=None, entry_notes=None, add_aliases=()):
    m = {"id": id, "evidence": evidence}
    if parent:
        m["parent"] = parent
    if notes:
        m["notes"] = notes
    actors.append(m)
    if id in EXISTING_ACTORS:
        assert name is None and kind is None, id
        if add_aliases:
            actor_alias_updates[id] = list(add_aliases)
    else:
        e = {"id": id, "name": name, "kind": kind}
        if country:
            e["country"] = country
        if aliases:
            e["aliases"] = list(aliases)
        if entry_notes:
            e["notes"] = entry_notes
        new_actors.append(e)


# --- countries
A("united-states", [q(GROWTH), q(HOSTILE), q(CONTEMPLATE), q_lever()])
A("mexico", [q(COOP_DET), q(DECADES), q(FREEDOM), q(MIGR), q(KT3), q(RELIANCE)],
  add_aliases=["Mexican government"],
  notes=["The seed speaks mostly of “the Mexican government”, which is recorded as Mexico."])
A("venezuela", [q(HOSTILE)], name="Venezuela", kind="country", country="VE")
A("nicaragua", [q(HOSTILE)], name="Nicaragua", kind="country", country="NI")
A("china", [q(USMCA), Q(FN3)], name="China", kind="country", country="CN",
  notes=["Named as China only in the title of a cited work; the body speaks of “Chinese transshipment through Mexico” and of the Chinese Communist Party."])
A("canada", [q(USMCA)], name="Canada", kind="country", country="CA",
  notes=["Seed 003 names Canada only within the name of the United States–Mexico–Canada Agreement."])
A("hostile-foreign-governments", [q(FTOS), q(HOSTILE)], name="hostile foreign governments", kind="country-group",
  entry_notes=["A class named generically; seed 003 gives Venezuela and Nicaragua as examples (“in Venezuela, Nicaragua, and elsewhere”)."])
# --- U.S. bodies and officials
A("us-president", [q_title(), q(KT1), q(KT2)], name="President", kind="official", country="US",
  entry_notes=["The office of the U.S. President, where a seed speaks of “the President” as an office rather than of a named person."])
A("donald-trump", [q(TRUMP_CLEAR), q(FTO_MOVE), q(EMERG)], name="Trump", kind="official", country="US",
  aliases=["President Trump"],
  entry_notes=["Seed 003 prints only “President Trump” (no given name)."])
A("trump-administration", [q(FOLLOWON), q(EXPLORE), q(BROAD), q(FUND), q(RELIANCE)],
  name="Trump Administration", kind="government-body", country="US", aliases=["second Trump Administration"],
  entry_notes=["The U.S. executive under President Trump, as a seed names it (“the Trump Administration”, “the second Trump Administration”)."])
A("us-white-house", [Q(FN4), Q(FN5)], name="White House", kind="government-body", country="US",
  notes=["Seed 003 names “The White House” only as the author of two cited documents."])
A("us-congress", [q(ABS_CONG), q(KT2), q(FUND)], name="Congress", kind="legislature", country="US")
A("us-house-of-representatives", [Q(FN2)], name="U.S. House of Representatives", kind="legislature", country="US",
  notes=["Named only as the author of a cited staff report."])
A("us-house-judiciary-committee", [Q(FN2)], name="Committee on the Judiciary", kind="legislature", country="US",
  parent=link("us-house-of-representatives", "inferred", Q(FN2)),
  notes=["Named only in the description of a cited report whose author is printed as the U.S. House of Representatives; that the committee belongs to the House is inferred from that footnote."])
A("us-house-immigration-subcommittee", [Q(FN2)], name="Subcommittee on Immigration Integrity, Security, and Enforcement",
  kind="legislature", country="US",
  parent=link("us-house-of-representatives", "inferred", Q(FN2)),
  notes=["Named only in the description of a cited report whose author is printed as the U.S. House of Representatives; that it belongs to the House is inferred from that footnote. The footnote joins it to the Committee on the Judiciary with “and” and does not say it is part of that committee."])
A("us-dod", [q(ABS_DOD), q(KT2), q(MITIG_READY), q(FUND)], name="Department of Defense", kind="government-body", country="US",
  aliases=["Defense Department", "DOD"])
A("us-secretary-of-defense", [q(REVIEW)], name="Secretary of Defense", kind="official", country="US",
  parent=link("us-dod", "inferred", q(REVIEW)),
  notes=["That the Secretary heads the Department of Defense is inferred from the title; the seed does not state it."])
A("us-military", [q(ABS_CONG), q(KT1), q(CONTEMPLATE), q(EXPLORE), q(UNIQUE), q(PRECEDENT)],
  name="U.S. military", kind="military", country="US",
  notes=["Seed 003 says the U.S. military “has played varying support roles at the U.S.–Mexico border in the past several years”."])
A("us-cbp", [q(ABS_CBP), q(FIRST)], name="U.S. Customs and Border Protection", kind="agency", country="US",
  aliases=["Customs and Border Protection", "CBP"])
A("us-dhs", [q(FUND)], add_aliases=["Department of Homeland Security", "DHS"])
A("us-law-enforcement", [q(FIRST), q(CHINA)], name="U.S. law enforcement", kind="agency", country="US",
  entry_notes=["Named generically; no agency is identified."])
A("us-cdc", [Q(FN8_CDC)], name="Centers for Disease Control and Prevention", kind="agency", country="US",
  notes=["Named only as (part of) the author of a cited news release."])
A("us-nchs", [Q(FN8_CDC)], name="National Center for Health Statistics", kind="agency", country="US",
  parent=link("us-cdc", "inferred", Q(FN8_CDC)),
  notes=["Printed after “Centers for Disease Control and Prevention,” in the author of a cited news release; that it belongs to the CDC is inferred from that order."])
A("us-dea", [Q(FN8_DEA)], name="U.S. Drug Enforcement Administration", kind="agency", country="US", aliases=["DEA"],
  notes=["Named only as the author of a cited news release (whose title says “DEA Releases…”)."])
# --- Mexican officials
A("andres-manuel-lopez-obrador", [q(AMLO), q(SHEIN)], name="Andrés Manuel López Obrador", kind="official", country="MX",
  aliases=["López Obrador"],
  notes=["Seed 003 calls him head of “Mexico’s previous government”."])
A("claudia-sheinbaum", [q(SHEIN)], name="Claudia Sheinbaum", kind="official", country="MX",
  notes=["Seed 003: “who took office in October 2024”. That she is Mexico's president is read from the paragraph, which is about Mexico; the sentence itself says only “President Claudia Sheinbaum”."])
A("corrupt-mexican-officials", [q(FIRST)], name="corrupt Mexican officials", kind="official", country="MX",
  entry_notes=["A class named generically; no official is identified."])
# --- cartels, criminal and hostile actors
A("mexican-drug-cartels", [q(GROWTH), q(FTOS), q(PASS), q(FTO_MOVE), q(REIGN), q(REVENUE), q(EMPLOYER), q(WEAPONS), q(TERRITORY),
                            q(HOMICIDE), q(DIRE), q_partners(), q(CHINA), q(DTOS)],
  name="Mexican drug cartels", kind="criminal-organization", country="MX",
  aliases=["Mexico’s drug cartels", "Mexican cartels", "Cartels in Mexico"],
  notes=["Seed 003 mostly says “the cartels” or “drug cartels”. It also speaks once of Mexican enforcement against “drug trafficking organizations (DTOs)”; that quote is kept here as evidence, but “DTOs” is not made an alias because the text does not equate the two terms."])
A("tren-de-aragua", [q(INFILTR)], name="Tren de Aragua", kind="criminal-organization",
  notes=["Seed 003 names it as one of the “transnational criminal organizations” infiltrated into the United States; it does not say where the group is based."])
A("foreign-terrorist-organizations", [q(FTOS)], name="foreign terrorist organizations", kind="criminal-organization",
  aliases=["FTOs"],
  entry_notes=["The class of organizations; seed 003 speaks of individuals affiliated with them. The designation of cartels as FTOs is the initiative cartel-fto-designation."])
A("middle-east-terrorists", [q(INFILTR)], name="terrorists from the Middle East", kind="criminal-organization",
  entry_notes=["Individuals named as a class; the actor kinds have none for unaffiliated persons, so criminal-organization is used."])
A("chinese-communist-party", [q(CCP), q(CHINA)], name="Chinese Communist Party", kind="organization", country="CN")
A("chinese-chemical-companies", [q(CHINA)], name="Chinese chemical companies", kind="company", country="CN",
  entry_notes=["Named generically; no company is identified."])
A("chinese-criminal-groups", [q(CHINA)], name="criminal groups", kind="criminal-organization",
  entry_notes=["Printed “through Chinese chemical companies and criminal groups”: it is not clear whether “Chinese” also qualifies “criminal groups”, so no country is recorded (the id reflects the likelier reading only as a slug)."])
A("chinese-money-launderers", [q(CHINA)], name="Chinese money launderers", kind="criminal-organization", country="CN",
  entry_notes=["Named generically; no person or network is identified."])
# --- organisations named in footnotes
A("heritage-foundation", [Q(FN1), Q(FN3)], name="Heritage Foundation", kind="organization",
  notes=["Seed 003 prints the name only inside series names of two cited works (“Heritage Foundation Commentary”, “Heritage Foundation Backgrounder No. 3851”). It is not recorded as publisher of those works or of the seed."])
A("center-for-preventive-action", [Q(FN7)], name="Center for Preventive Action", kind="organization",
  notes=["Named only as the author of a cited web page in the Council on Foreign Relations Global Conflict Tracker; the footnote does not say how the two are related."])
A("council-on-foreign-relations", [Q(FN7)], name="Council on Foreign Relations", kind="organization",
  notes=["Named only within the name of the “Council on Foreign Relations Global Conflict Tracker”."])

# ====================================================================== places
places = [
    {"id": "us-mexico-border", "evidence": [q_title(), q(ABS_PLAN), q(KT1), q(PASS), q(EXPLORE), q(EMERG), q(RSOI), q(BROAD)]},
    {"id": "south-china-sea", "evidence": [q(DEMANDS)]},
    {"id": "middle-east", "evidence": [q(INFILTR), q(DEMANDS)]},
    {"id": "europe", "evidence": [q(DEMANDS)]},
]
place_alias_updates = {"us-mexico-border": ["Southwest border", "U.S.–Mexican border", "U.S. border with Mexico"]}
new_places = [
    {"id": "south-china-sea", "name": "South China Sea", "kind": "waterway",
     "notes": ["Seed 003 names it only for “the increasing risks of a conflict” there, as a competing demand on U.S. military resources."]},
    {"id": "middle-east", "name": "Middle East", "kind": "region",
     "notes": ["Seed 003: “terrorists from the Middle East” and “ongoing instability in the Middle East”."]},
    {"id": "europe", "name": "Europe", "kind": "region",
     "notes": ["Seed 003 names it only for “ongoing instability” there, as a competing demand on U.S. military resources."]},
]

# ====================================================================== initiatives
FTO_NOTE = ("The seed says Trump “moved toward designating Mexican cartels as FTOs” on the first day of the new Administration — "
            "not that the cartels were designated. The step is recorded as an announcement (status announced, inferred; event announced), "
            "not as a designation. The date 2025-01-20 is the date printed for the cited White House document, which the footnote attaches "
            "to this sentence; the body itself says only “On the first day of the new Administration”.")
initiatives = [
    {"id": "cartel-fto-designation",
     "evidence": [q(FTO_MOVE), Q(FN4)],
     "statuses": [{"status": "announced", "certainty": "inferred", "evidence": [q(FTO_MOVE)]}],
     "events": [{"kind": "announced", "date": Y(2025, 1, 20), "actors": ["donald-trump"], "evidence": [q(FTO_MOVE), Q(FN4)]}],
     "participants": [
         {"actor": "donald-trump", "role": "announcer", "certainty": "stated", "evidence": [q(FTO_MOVE)]},
         {"actor": "mexican-drug-cartels", "role": "target", "certainty": "stated", "evidence": [q(FTO_MOVE)]}],
     "notes": [FTO_NOTE, "The cited document's title speaks of “Cartels and Other Organizations”; its URL adds “specially-designated-global-terrorists”. Neither is repeated in the body."]},
    {"id": "southern-border-national-emergency",
     "evidence": [q(EMERG), Q(FN5)],
     "events": [{"kind": "declared", "date": Y(2025, 1, 20), "actors": ["donald-trump"], "evidence": [q(EMERG), Q(FN5)]}],
     "participants": [{"actor": "donald-trump", "role": "announcer", "certainty": "stated", "evidence": [q(EMERG)]}],
     "notes": ["The body says only “his declaration of a national emergency at the U.S. southern border”; the date 2025-01-20 is the date printed for the cited White House document. No status is stated.",
               "The seed presents the declaration as showing Trump's “intent” to bolster and expand the military's role at the border."]},
    {"id": "usmca",
     "evidence": [q(USMCA)],
     "participants": [
         {"actor": a, "role": "partner", "certainty": "inferred", "evidence": [q(USMCA)]} for a in ("united-states", "mexico", "canada")],
     "notes": ["The parties are inferred from the agreement's name; the seed does not list them. No status is stated (a 2026 renegotiation is mentioned)."]},
    {"id": "usmca-2026-renegotiation",
     "evidence": [q(USMCA)],
     "relations": [{"kind": "derived-from", "initiative": "usmca", "certainty": "stated", "evidence": [q(USMCA)]}],
     "notes": ["Seed 003 presents “The 2026 renegotiation” as an upcoming opportunity to use U.S. economic leverage on Mexico; it gives no status (none of the status values fits “scheduled”) and no participants."]},
    {"id": "rsoi-border",
     "evidence": [q(RSOI)],
     "notes": ["Seed 003 names “Reception, Staging, Onward Movement, and Integration processes and resources at and around the U.S.–Mexican border” only as something the recommended defense review should bolster; it does not abbreviate the name, say who runs these processes, or give a status."]},
    {"id": "defense-resources-border-review",
     "evidence": [q(REVIEW), q(RSOI)],
     "statuses": [{"status": "proposed", "certainty": "stated", "evidence": [q(REVIEW)]}],
     "participants": [{"actor": "us-secretary-of-defense", "role": "lead", "certainty": "stated", "evidence": [q(REVIEW)]}],
     "notes": ["Recommended by the seed (“should also order”); there is no initiative kind for a review, so mechanism is used."]},
    {"id": "border-security-appropriations-fy2025-fy2026",
     "evidence": [q(MITIG_READY), q(FUND), q(ABS_CONG), q(KT2)],
     "statuses": [{"status": "proposed", "certainty": "stated", "evidence": [q(FUND), q(ABS_CONG)]}],
     "participants": [
         {"actor": "us-congress", "role": "funder", "certainty": "stated", "evidence": [q(FUND), q(ABS_CONG)]},
         {"actor": "trump-administration", "role": "partner", "certainty": "stated", "evidence": [q(FUND)]},
         {"actor": "us-dod", "role": "beneficiary", "certainty": "stated", "evidence": [q(FUND)]},
         {"actor": "us-dhs", "role": "beneficiary", "certainty": "stated", "evidence": [q(FUND)]}],
     "notes": ["Seed 003 calls for appropriations in general (“Congress should appropriate resources…”, “congressional appropriations”) and specifically for funding “to the DOD for fiscal years (FYs) 2025 and 2026, as well as to the Department of Homeland Security (DHS)”; these are recorded as one proposed appropriation. Whether the fiscal years also apply to the DHS funding is not clear from the sentence."]},
    {"id": "lopez-obrador-security-policy",
     "evidence": [q(AMLO), q(STANCE), q(FREEDOM), q(SHEIN)],
     "participants": [
         {"actor": "andres-manuel-lopez-obrador", "role": "lead", "certainty": "stated", "evidence": [q(AMLO)]},
         {"actor": "mexico", "role": "lead", "certainty": "stated", "evidence": [q(FREEDOM)]},
         {"actor": "claudia-sheinbaum", "role": "announcer", "certainty": "inferred", "evidence": [q(SHEIN)]}],
     "notes": ["Seed 003 describes López Obrador's security policy as a decline in counternarcotics enforcement with new limits on security cooperation with the U.S., and as “the Mexican government granting drug cartels significantly expanded operating freedom within Mexican territory”.",
               "Sheinbaum “has indicated planned continuity” with these policies: recorded as announcer (inferred). No status is recorded: the text does not say whether the policies are now in force."]},
]
new_initiatives = [
    {"id": "cartel-fto-designation", "name": "Designating Cartels and Other Organizations as Foreign Terrorist Organizations",
     "kind": "designation", "aliases": ["designating Mexican cartels as FTOs"],
     "notes": ["The designation of cartels as Foreign Terrorist Organizations. Seed 003 prints the name in the title of a cited White House document and speaks of Trump moving “toward designating Mexican cartels as FTOs”."]},
    {"id": "southern-border-national-emergency", "name": "national emergency at the U.S. southern border", "kind": "declaration",
     "aliases": ["National Emergency at the Southern Border of the United States"]},
    {"id": "usmca", "name": "United States–Mexico–Canada Agreement", "kind": "agreement", "aliases": ["USMCA"]},
    {"id": "usmca-2026-renegotiation", "name": "2026 renegotiation of the United States–Mexico–Canada Agreement", "kind": "dialogue",
     "notes": ["A negotiation; dialogue is the nearest initiative kind."]},
    {"id": "rsoi-border", "name": "Reception, Staging, Onward Movement, and Integration", "kind": "mechanism",
     "notes": ["Seed 003 speaks of these “processes and resources at and around the U.S.–Mexican border”."]},
    {"id": "defense-resources-border-review", "name": "full review of available defense resources and programs", "kind": "mechanism",
     "notes": ["A review, proposed in seed 003, of defense resources and programs to apply in support of U.S. border security."]},
    {"id": "border-security-appropriations-fy2025-fy2026", "name": "congressional appropriations", "kind": "budget",
     "notes": ["Appropriations for the military's border security role: funding to the DOD for FYs 2025 and 2026 and to DHS, as proposed in seed 003."]},
    {"id": "lopez-obrador-security-policy", "name": "López Obrador’s security policies", "kind": "policy"},
]

# ====================================================================== options
def CL(text, *quotes, cites=()):
    c = {"text": text, "evidence": list(quotes)}
    if cites:
        c["cites"] = list(cites)
    return c


def AS(crit, rating, *quotes):
    return {"criterion": crit, "rating": rating, "evidence": list(quotes)}


READINESS = [
    CL("Repurposing U.S. military resources and personnel toward border security and deportation operations has risks and trade-offs", q(TRADEOFF)),
    CL("Demands on limited U.S. military resources are substantial given risks of conflict in the South China Sea and instability in the Middle East and Europe; readiness elsewhere may be affected", q(DEMANDS), q(MITIG_READY)),
]
READINESS_COND = CL("Congressional appropriations and DOD planning should mitigate effects on military readiness elsewhere; funding DOD for FYs 2025 and 2026 and DHS could limit the impact on readiness in other theaters",
                    q(MITIG_READY), q(FUND), q(THEATERS))
PLANNING_COND = CL("The decision on how to use the military should follow thorough intelligence-based planning, resource and funding commitments, and coordinated measures across relevant U.S. agencies", q(DECISION))
LADDER_NOTE = ("The seed states the two ends of its range of options (“ranging from support for infrastructure constructions and logistics to direct action against Mexican drug cartels”) "
               "and an “escalating scale” for direct action; the order of the rungs in between is the encoders' reading of the text.")
options = [
    {"id": f"{P}-option-infrastructure-logistics-support", "name": "Support for infrastructure constructions and logistics",
     "summary": "Military support for infrastructure construction and logistics at the border: the low end of the range of military options the report lays out.",
     "evidence": [q(RANGE)],
     "rank": 1,
     "risks": READINESS,
     "conditions": [READINESS_COND, PLANNING_COND],
     "assessments": [AS("cost", "unfavourable", q(TRADEOFF), q(DEMANDS))],
     "notes": ["The excerpt names this option only as the start of its range and says nothing more about it.", LADDER_NOTE]},
    {"id": f"{P}-option-detention-deportation-support", "name": "Military transport and facilities for detention and deportation",
     "summary": "Use U.S. military transport vehicles and facilities around the world to support detention and repatriation of illegal aliens, including to higher-risk and extra-hemispheric countries of origin.",
     "evidence": [q(DETAIN), q(CONSIDER)],
     "rank": 2,
     "components": [
         CL("U.S. military transport vehicles to support detention and repatriation, including to higher-risk and extra-hemispheric countries of origin", q(DETAIN)),
         CL("U.S. military facilities around the world to support detention", q(DETAIN))],
     "benefits": [
         CL("Among the underused but most impactful resources for large-scale detention and deportation", q(DETAIN)),
         CL("Helps ensure U.S. control over its border, with capacity to scale the response as needed", q(CONSIDER))],
     "risks": READINESS,
     "conditions": [READINESS_COND, PLANNING_COND],
     "assessments": [AS("cost", "unfavourable", q(TRADEOFF))],
     "notes": [LADDER_NOTE]},
    {"id": f"{P}-option-cartel-drone-interception", "name": "Interception of cartel drones around the U.S. border",
     "summary": "A lower-risk option: intercept cartel drones around the U.S. border.",
     "evidence": [q(DRONES)],
     "rank": 3,
     "benefits": [CL("Lower-risk, and may still be effective", q(DRONES))],
     "risks": [CL("Current conditions heighten the importance of planning for more aggressive measures, including on Mexican territory", q(DRONES))],
     "conditions": [PLANNING_COND],
     "assessments": [AS("escalation-risk", "favourable", q(DRONES))],
     "notes": ["The text gives drone interception as an example of “Lower-risk options” in its paragraph on direct action; it locates it “around the U.S. border”, not in Mexico.",
               "The second risk is the seed's qualification (“though current conditions heighten the importance of planning for more aggressive measures”), not a stated drawback of interception itself.",
               "The seed notes that cartels increasingly employ “drones and signal jamming systems”.",
               LADDER_NOTE]},
    {"id": f"{P}-option-joint-military-action", "name": "Joint military action with the approval of the Mexican government",
     "summary": "Direct U.S. military action against the cartels on Mexican territory, coordinated with the approval of the Mexican government: the ideal condition for any such action.",
     "evidence": [q(JOINT), q(ABS_JOINT)],
     "rank": 4,
     "benefits": [CL("The ideal condition for any direct U.S. action against the cartels on Mexican territory", q(JOINT), q(ABS_JOINT))],
     "conditions": [
         CL("Coordinated with the approval of the Mexican government", q(JOINT), q(ABS_JOINT)),
         CL("Direct action within Mexico should be a last resort, on an escalating scale, in consideration of the operating environment and diplomatic context", q(LAST)),
         CL("Any direct U.S. military action should be preceded and accompanied by coordinated measures to mitigate undesirable responses", q(MITIG)),
         PLANNING_COND],
     "notes": ["The text calls joint action “the ideal condition for any direct U.S. action”; it is one of the two forms of direct action on Mexican territory it distinguishes (joint or unilateral).",
               "The summary paragraph says “coordinated with approval from the Mexican government”, the body “coordinated with the approval of the Mexican government”.",
               LADDER_NOTE]},
    {"id": f"{P}-option-unilateral-military-action", "name": "Unilateral U.S. military action",
     "summary": "Unilateral U.S. military action against the cartels, in the appropriate context, to disrupt cartel activity and prompt cooperation from a resistant Mexican government.",
     "evidence": [q(UNI), q(ABS_UNI)],
     "rank": 5,
     "benefits": [
         CL("May disrupt cartel activity", q(UNI)),
         CL("May prompt cooperation from a resistant Mexican government", q(UNI), q(ABS_UNI)),
         CL("May otherwise contain the cartel threat", q(ABS_UNI)),
         CL("Direct action aims to destabilize cartel supply chains and, in the case of unilateral action, prompt a desired change in behavior by the cartels or the Mexican government", q(DUAL))],
     "risks": [CL("High risks of undesirable response from the Mexican government and drug cartels", q(HIGHRISK))],
     "conditions": [
         CL("Only in the appropriate context", q(UNI)),
         CL("Direct action within Mexico should be a last resort, on an escalating scale, in consideration of the operating environment and diplomatic context", q(LAST)),
         CL("Any direct U.S. military action should be preceded and accompanied by coordinated measures to mitigate undesirable responses and limit U.S. exposure", q(MITIG)),
         PLANNING_COND],
     "assessments": [AS("escalation-risk", "unfavourable", q(HIGHRISK))],
     "notes": ["The summary paragraph says unilateral action “may be necessary to prompt cooperation … or otherwise contain the cartel threat”; the body says it “may be employed to disrupt cartel activity and prompt cooperation”. Both are hedged (“may”).",
               "The high-risk sentence follows the unilateral sentence directly; the text does not say whether it concerns unilateral action only or all direct action, so it is attached both here and to the general direct-action option.",
               LADDER_NOTE]},
    {"id": f"{P}-option-direct-action-in-mexico", "name": "Direct action against the cartels within Mexico",
     "summary": "Direct U.S. military action against the cartels within Mexico, as a last resort and on an escalating scale: the top end of the report's range of options, taken in joint or unilateral form.",
     "evidence": [q(LAST), q(RANGE), q(DUAL)],
     "components": [
         CL("Joint military action with the approval of the Mexican government (the ideal condition)", q(JOINT)),
         CL("Unilateral U.S. military action in the appropriate context", q(UNI)),
         CL("Planning for more aggressive measures, including on Mexican territory", q(DRONES))],
     "benefits": [CL("Tailored to destabilize cartel supply chains and prompt a desired change in behavior by the cartels or (for unilateral action) the Mexican government", q(DUAL))],
     "risks": [CL("High risks of undesirable response from the Mexican government and drug cartels", q(HIGHRISK))],
     "conditions": [
         CL("A last resort, operating on an escalating scale", q(LAST)),
         CL("Deployed in consideration of the present operating environment and diplomatic context", q(LAST)),
         CL("Preceded and accompanied by coordinated measures to mitigate undesirable responses and limit U.S. exposure", q(MITIG)),
         PLANNING_COND],
     "assessments": [AS("escalation-risk", "unfavourable", q(HIGHRISK))],
     "notes": ["This option gathers what the text says of direct action in general. Joint action (rank 4) and unilateral action (rank 5) are the two forms of it the text distinguishes, so this umbrella option is left without a rank of its own: ranking it above unilateral action would suggest a further, separate rung that the text does not describe. It is the top end of the seed's stated range (“to direct action against Mexican drug cartels”) and is called “a last resort”.",
               "The text does not say whether drone interception “around the U.S. border” belongs to direct action; it is recorded as its own option (rank 3)."]},
]

# ====================================================================== recommendations
def R(id, summary, evidence, **kw):
    r = {"id": f"{P}-{id}", "summary": summary, "evidence": evidence}
    r.update(kw)
    return r


FIRST_TF = {"text": "The first steps on this front", "evidence": [Q("The first steps on this front")]}
FIRST_NOTE = ("The sentence listing the first steps is impersonal (“The first steps on this front should consist of measures, such as…”) and names no actor; "
              "the paragraph before it says follow-on measures “are available to the Trump Administration”.")
recs = [
    R("plan-enhanced-military-role",
      "Engage in serious planning and preparation for an enhanced and scalable U.S. military role in confronting threats at the border, and seriously contemplate measures that use the military's capacities and resources to protect the border.",
      [q(ABS_PLAN), q(CONTEMPLATE)],
      addressees=["united-states"], participants=["us-military"], places=["us-mexico-border"],
      themes=["military", "border-management"],
      notes=["Phrased as “it is appropriate for the U.S. to engage in…” and “should also lead the United States to seriously contemplate…”."]),
    R("explore-expanding-military-support-role",
      "Explore options to bolster and expand the U.S. military's support role at the U.S.–Mexico border.",
      [q(EXPLORE)], addressees=["trump-administration"], participants=["us-military"], places=["us-mexico-border"],
      builds_on=["southern-border-national-emergency"], themes=["military", "border-management"]),
    R("congress-appropriate-military-border-resources",
      "Appropriate resources for an enhanced border security role for the U.S. military.",
      [q(ABS_CONG), q(KT2)], addressees=["us-congress"], participants=["us-military"],
      builds_on=["border-security-appropriations-fy2025-fy2026"], themes=["military", "border-management"],
      notes=["The second Key Takeaway addresses Congress and the Department of Defense together (“should proactively engage in appropriations and planning”); appropriations are recorded here and planning under the DOD recommendation."]),
    R("dod-prioritize-border-security-planning",
      "Prioritize border security in Department of Defense planning.",
      [q(ABS_DOD), q(KT2)], addressees=["us-dod"], themes=["military", "border-management"]),
    R("mitigate-readiness-effects",
      "Take steps in congressional appropriations and DOD planning to mitigate effects on military readiness elsewhere.",
      [q(MITIG_READY)], participants=["us-congress", "us-dod"], themes=["military"],
      notes=["The sentence is passive (“steps can and should be taken”) and names no actor; Congress and DOD appear through “congressional appropriations and Department of Defense (DOD) planning”."]),
    R("fund-dod-fy2025-fy2026",
      "Ensure appropriate funding is appropriated to the DOD for fiscal years 2025 and 2026 to enable effective military support for border security.",
      [q(FUND), q(THEATERS)], addressees=["trump-administration", "us-congress"], participants=["us-dod"],
      timeframe={"text": "fiscal years (FYs) 2025 and 2026", "evidence": [Q("fiscal years (FYs) 2025 and 2026")], "start": Y(2025), "end": Y(2026)},
      builds_on=["border-security-appropriations-fy2025-fy2026", f"{P}-congress-appropriate-military-border-resources"],
      themes=["military"],
      notes=["The timeframe years are U.S. fiscal years; the timeframe records only the year numbers.",
             "The seed adds that in this way the impact on military readiness in other critical theaters “could be limited”."]),
    R("fund-dhs",
      "Ensure appropriate funding is appropriated to the Department of Homeland Security, alongside DOD, to enable effective military support for border security.",
      [q(FUND)], addressees=["trump-administration", "us-congress"], participants=["us-dhs"],
      builds_on=["border-security-appropriations-fy2025-fy2026"], themes=["border-management"],
      notes=["The sentence reads “to the DOD for fiscal years (FYs) 2025 and 2026, as well as to the Department of Homeland Security (DHS)”; it is not clear whether the fiscal years also apply to DHS, so no timeframe is recorded."]),
    R("order-defense-resources-review",
      "Order a full review of available defense resources and programs to apply in support of U.S. border security.",
      [q(REVIEW)], addressees=["us-secretary-of-defense"], builds_on=["defense-resources-border-review"],
      themes=["military", "border-management"]),
    R("bolster-rsoi",
      "Include in the defense review the bolstering of Reception, Staging, Onward Movement, and Integration processes and resources at and around the U.S.–Mexican border.",
      [q(RSOI)], participants=["us-secretary-of-defense"], places=["us-mexico-border"],
      builds_on=[f"{P}-order-defense-resources-review", "rsoi-border", "defense-resources-border-review"],
      themes=["military", "border-management"],
      notes=["Phrased “This review should include…”: no actor is named; the review is the one the Secretary of Defense should order."]),
    R("bolster-cbp",
      "Substantially bolster U.S. Customs and Border Protection border security capacities and resources, alongside an increased U.S. military enforcement role.",
      [q(FIRST), q(ABS_CBP)], participants=["us-cbp"], places=["us-mexico-border"], timeframe=FIRST_TF,
      themes=["border-management", "enforcement", "institutional-capacity"],
      notes=[FIRST_NOTE, "The summary paragraph says the same in passive form (“Bolstering Customs and Border Protection capacities and resources should occur alongside an increased U.S. military enforcement role”); both are recorded as one action."]),
    R("restrict-border-crossings",
      "Increase restrictions on formal and informal border crossings.",
      [q(FIRST)], places=["us-mexico-border"], timeframe=FIRST_TF, themes=["border-management", "enforcement"], notes=[FIRST_NOTE]),
    R("ramp-up-law-enforcement",
      "Ramp up U.S. law enforcement efforts.",
      [q(FIRST)], participants=["us-law-enforcement"], timeframe=FIRST_TF, themes=["enforcement"], notes=[FIRST_NOTE]),
    R("target-cartel-illicit-financial-flows",
      "Target illicit financial flows tied to the cartels.",
      [q(FIRST)], participants=["mexican-drug-cartels"], timeframe=FIRST_TF, themes=["illicit-finance"], notes=[FIRST_NOTE]),
    R("sanction-corrupt-mexican-officials",
      "Sanction corrupt Mexican officials.",
      [q(FIRST)], participants=["corrupt-mexican-officials"], timeframe=FIRST_TF,
      themes=["governance-and-accountability"], notes=[FIRST_NOTE]),
    R("use-economic-leverage-on-mexico",
      "Reassert U.S. national security interests in the U.S.–Mexico relationship and use U.S. economic leverage to push a reluctant Mexican government to confront the cartel threat within its borders.",
      [q_lever(), q(FOLLOWON)], addressees=["united-states"], participants=["mexico"],
      themes=["binational-coordination"],
      notes=["Phrased as a possibility (“the U.S. can push a reluctant Mexican government”) among the “follow-on policy measures … available to the Trump Administration”, not with “should”. The sentence is repeated as a pull quote."]),
    R("leverage-usmca-2026-renegotiation",
      "Use the 2026 renegotiation of the USMCA as an opportunity to exert that leverage on Mexico.",
      [q(USMCA)], participants=["mexico"],
      timeframe={"text": "The 2026 renegotiation", "evidence": [Q("The 2026 renegotiation")], "start": Y(2026), "end": Y(2026)},
      builds_on=[f"{P}-use-economic-leverage-on-mexico", "usmca-2026-renegotiation", "usmca"],
      themes=["binational-coordination"],
      notes=["Implicit: the seed says the renegotiation “offers one such opportunity” to use U.S. economic leverage; it names no actor in this sentence. The same sentence says “other issues, such as Chinese transshipment through Mexico, also demand attention”, which is not recorded as a separate recommendation (no action is stated)."]),
    R("mexico-primary-role-end-state",
      "Seek an end state in which the Mexican government re-assumes the primary role for debilitating the cartel threat within its borders.",
      [q(KT3)], addressees=["united-states"], participants=["mexico"],
      themes=["binational-coordination", "enforcement"],
      notes=["Addressed to “U.S. policy”, recorded as the United States."]),
    R("intelligence-based-planning",
      "Decide how to use the military against border security threats only after thorough intelligence-based planning and resource and funding commitments.",
      [q(DECISION)], themes=["military"],
      notes=["Passive (“should be made by following…”); no actor is named. The resource and funding commitments are made concrete in the funding recommendations."]),
    R("interagency-coordinated-measures",
      "Take appropriate coordinated measures across relevant U.S. government agencies before deciding how to use the military against border security threats.",
      [q(DECISION)], themes=["military"],
      notes=["Passive; no actor is named (“relevant U.S. government agencies” are not identified)."]),
    R("consider-military-detention-deportation-resources",
      "Consider using U.S. military transport vehicles and facilities, and other options, for detention and deportation, to ensure U.S. control over its border with capacity to scale the response.",
      [q(CONSIDER), q(DETAIN)], participants=["us-military"],
      builds_on=[f"{P}-option-detention-deportation-support"], themes=["military", "enforcement", "border-management"],
      notes=["Passive (“These and other options should be considered”); no actor is named."]),
    R("plan-more-aggressive-measures",
      "Plan for more aggressive measures against the cartels, including on Mexican territory.",
      [q(DRONES)], builds_on=[f"{P}-option-direct-action-in-mexico"], themes=["military"],
      notes=["Implicit: the seed says “current conditions heighten the importance of planning for more aggressive measures, including on Mexican territory”; no actor is named."]),
    R("direct-action-last-resort",
      "Treat direct action against the cartels within Mexico as a last resort, on an escalating scale, deployed in consideration of the operating environment and diplomatic context, and tailored to destabilizing cartel supply chains and prompting a change in behavior.",
      [q(LAST), q(DUAL)],
      builds_on=[f"{P}-option-direct-action-in-mexico", f"{P}-option-joint-military-action", f"{P}-option-unilateral-military-action"],
      themes=["military"],
      notes=["Passive; no actor is named. Recorded also as conditions of the direct-action options."]),
    R("prefer-joint-action-with-mexico",
      "Seek joint military action coordinated with the approval of the Mexican government as the ideal condition for any direct action on Mexican territory, with unilateral action possible in the appropriate context.",
      [q(JOINT), q(UNI), q(ABS_JOINT), q(ABS_UNI)], participants=["mexico"],
      builds_on=[f"{P}-option-joint-military-action", f"{P}-option-unilateral-military-action"],
      themes=["military", "binational-coordination"],
      notes=["Stated as a judgement (“is the ideal condition”) rather than an instruction; no actor is named."]),
    R("mitigate-undesirable-responses",
      "Precede and accompany any direct U.S. military action with coordinated measures to mitigate undesirable responses from the Mexican government and cartels and limit U.S. exposure to them.",
      [q(MITIG), q(HIGHRISK)],
      builds_on=[f"{P}-option-direct-action-in-mexico"], themes=["military"],
      notes=["Passive; no actor is named."]),
]

# ====================================================================== figures
figures = [
    {"id": f"{P}-us-overdose-deaths-annual-since-2021", "subject": "U.S. overdose deaths per year, driven by illicit fentanyl",
     "value": 100000, "unit": "count", "qualifier": "more-than", "direction": "level",
     "about": ["united-states"], "evidence": [q(OD100K)],
     "notes": ["Printed “surpassing 100,000 annually since 2021”: an open-ended period from 2021 that the period field cannot hold, so no period is recorded."]},
    {"id": f"{P}-cartel-illicit-revenue", "subject": "Illicit revenue of Mexican drug cartels each year",
     "value": 30, "scale": "billion", "unit": "USD", "qualifier": "approximately", "direction": "level",
     "about": ["mexican-drug-cartels"], "evidence": [q(REVENUE)],
     "notes": ["“an estimated $30 billion each year”; no year is given. The sentence carries no footnote of its own."]},
    {"id": f"{P}-cartel-members", "subject": "Members of Mexican drug cartels",
     "value": 160000, "value_max": 185000, "unit": "count", "qualifier": "range", "direction": "level",
     "about": ["mexican-drug-cartels", "mexico"], "evidence": [q(EMPLOYER)],
     "notes": ["“Today … with between 160,000 and 185,000 members”; footnoted to the Science article (citation greenway-cite-06)."]},
    {"id": f"{P}-cartels-employer-rank", "subject": "Rank of drug cartels among employers in Mexico (fifth-largest)",
     "value": 5, "unit": "count", "qualifier": "exact", "direction": "level",
     "about": ["mexican-drug-cartels", "mexico"], "evidence": [q(EMPLOYER)],
     "notes": ["Printed as an ordinal, “the fifth-largest employer in Mexico”. The unit values have no rank, so the rank 5 is stored as a count; it is not a number of employers."]},
    {"id": f"{P}-mexico-homicides-annual", "subject": "Recorded homicide deaths in Mexico each year, amid cartel violence",
     "value": 40000, "unit": "count", "qualifier": "more-than", "direction": "level",
     "about": ["mexico", "mexican-drug-cartels"], "evidence": [q(HOMICIDE)],
     "notes": ["Printed “upwards of 40,000 recorded homicide deaths each year”; no year is given. Footnote 7 (CFR Global Conflict Tracker)."]},
    {"id": f"{P}-us-overdose-deaths-2021-2023", "subject": "U.S. overdose deaths recorded between 2021 and 2023",
     "value": 326126, "unit": "count", "qualifier": "exact",
     "period": {"start": 2021, "end": 2023}, "about": ["united-states"], "evidence": [q(OD326)],
     "notes": ["A total over three years; consistent with the earlier statement that overdose deaths have surpassed 100,000 annually since 2021. Footnoted (unnumbered) to the CDC and DEA news releases."]},
    {"id": f"{P}-fentanyl-seizures-tripled", "subject": "Change in fentanyl seizures between 2021 and 2023 (tripled)",
     "value": 3, "unit": "count", "qualifier": "exact", "direction": "increase",
     "period": {"start": 2021, "end": 2023}, "about": ["united-states"], "evidence": [q(OD326)],
     "notes": ["Printed in words, “fentanyl seizures tripled”: the value 3 is the multiple, not a number of seizures (the unit values have no factor unit). The text does not say who made the seizures or where; “about” records the United States because the sentence begins “the U.S. recorded”."]},
    {"id": f"{P}-border-encounters-2021-2023", "subject": "Border encounters between 2021 and 2023",
     "value": 8.5, "scale": "million", "unit": "count", "qualifier": "more-than",
     "period": {"start": 2021, "end": 2023}, "about": ["united-states"], "evidence": [q(OD326)],
     "notes": ["The sentence is grammatically incomplete: “… as fentanyl seizures tripled and more than 8.5 million border encounters.” has no verb for the encounters; the figure is kept as printed.",
               "The text does not say at which border(s) the encounters were recorded, so no place is given in “about”."]},
]

# ====================================================================== positions
positions = [
    {"id": f"{P}-position-military-role", "dimension": "military-role", "stance": "strongly-for",
     "evidence": [q(ABS_PLAN), q(ABS_CONG), q(KT1), q(EXPLORE)]},
    {"id": f"{P}-position-enforcement-emphasis", "dimension": "enforcement-emphasis", "stance": "strongly-for",
     "evidence": [q(FIRST), q(ABS_CBP), q(NEED)]},
    {"id": f"{P}-position-unilateral-action", "dimension": "unilateral-action", "stance": "for",
     "evidence": [q(ABS_UNI), q(UNI), q(RELIANCE)],
     "notes": ["Hedged: unilateral military action “may be necessary” / “may be employed” “in the appropriate context”, direct action in Mexico is “a last resort”, and joint action with Mexican approval is “the ideal condition”; so “for”, not “strongly-for”."]},
    {"id": f"{P}-position-mexican-sovereignty", "dimension": "mexican-sovereignty", "stance": "against",
     "evidence": [q(UNI), q(DRONES), q(JOINT)],
     "notes": ["The report prefers action with the Mexican government's approval but accepts unilateral U.S. military action and “more aggressive measures, including on Mexican territory”; Mexican consent is not treated as a precondition, which is coded “against”. The word sovereignty does not occur in the text."]},
]

# ====================================================================== write
seedfile = {"source": seed_source, "sections": sections, "sources": sources, "citations": cites,
            "actors": actors, "initiatives": initiatives, "places": places, "options": options,
            "recommendations": recs, "figures": figures, "positions": positions}
open(f"{OUT}/003-{SEED}.json", "w", encoding="utf-8").write(canonical(seedfile))
open(f"{OUT}/actors-add.json", "w", encoding="utf-8").write(canonical({"actors": new_actors}))
open(f"{OUT}/initiatives-add.json", "w", encoding="utf-8").write(canonical({"initiatives": new_initiatives}))
open(f"{OUT}/places-add.json", "w", encoding="utf-8").write(canonical({"places": new_places}))
updates = {"actors": {k: {"aliases": v} for k, v in actor_alias_updates.items()},
           "places": {k: {"aliases": v} for k, v in place_alias_updates.items()}}
open(f"{OUT}/vocab-updates.json", "w", encoding="utf-8").write(canonical(updates))
print("written:", {k: len(v) for k, v in seedfile.items() if isinstance(v, list)})
