"""Authoring script for seed 001 (Orion Forum, "A Neighbor in Focus", June 30, 2026).

Writes /tmp/draft/out001/: the seed file, the new vocabulary entries (*-add.json) and
the alias additions to existing entries (vocab-updates.json). Quotes are written as
{"text": ...} (plus "near" where the text recurs); /work/main/tools/anchor.py fills in
the offsets. Every quote is checked against the seed text here first, so a typo fails
at once.
"""
import json
import os
import re
import sys

sys.path.insert(0, "/work/main/tools")
from anchor import canonical  # noqa: E402

SEED_FILE = "001_dc56d1647ec21a07.txt"
T = open(f"/work/main/seeds/{SEED_FILE}", encoding="utf-8").read()
SEED = "orion-2026-neighbor-in-focus"
OUT = "/tmp/draft/out001"
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


def QA(text, start):
    """A quote with explicit offsets (used for table cells, which repeat)."""
    assert T[start:start + len(text)] == text, (text, start)
    return {"text": text, "start": start, "end": start + len(text)}


def Y(y, m=None, d=None):
    return {k: v for k, v in (("year", y), ("month", m), ("day", d)) if v is not None}


def org(n):
    return {"type": "organization", "name": n}


def stated(date, *quotes):
    return {"date": date, "certainty": "stated", "evidence": list(quotes)}


def inferred(date, note, *quotes):
    return {"date": date, "certainty": "inferred", "evidence": list(quotes), "note": note}


# ====================================================================== sections
HEADINGS = [
    "ORION FORUM",
    "A Neighbor in Focus: Mexico's Role in Emerging U.S. Defense & Homeland Security Strategies",
    "Introduction",
    "Policy & Analytical Framework",
    "Fiscal Year 2026 Budget Requests",
    "What This Means for Mexico",
    "Posture Statements: NORTHCOM, SOUTHCOM, and U.S. Signaling in Latin America",
    "Analysis & Implications",
    "Strategic Framing in U.S. National Security and Defense Security",
    "Trump 2.0: The Donroe Doctrine",
    "Security Policies, Priorities, and Initiatives",
    "Security Policies",
    "Gun Trade",
    "Policy Recommendation & Conclusion",
    "Comparison of Strategic Documents: National Security Strategies from Bush-Trump",
    "Comparison of Strategic Documents: National Defense Strategies from Bush-Trump",
]
sections = []
for h in HEADINGS:
    i = T.index("\n" + h + "\n") + 1  # a whole line
    sections.append({"title": h, "start": i})
assert [s["start"] for s in sections] == sorted(s["start"] for s in sections)

# ====================================================================== seed source
PLACEHOLDER_NOTE = (
    "Every hyperlink in the text is a markdown placeholder of the form [text](#); "
    "no URL is printed anywhere, so no cited work has a url."
)
seed_source = {
    "id": SEED,
    "role": "seed",
    "type": "report",
    "title": "A Neighbor in Focus: Mexico's Role in Emerging U.S. Defense & Homeland Security Strategies",
    "evidence": [
        Q("A Neighbor in Focus: Mexico's Role in Emerging U.S. Defense & Homeland Security Strategies"),
        Q("ORION FORUM"),
        Q("JUNE 30, 2026"),
        Q("Orion Policy Institute (OPI) is an independent, non-profit, tax-exempt think tank focusing on a broad range of issues at the local, national, and global levels."),
        Q("Accordingly, all views, positions, and conclusions represented herein should be understood to be solely those of the author(s) and do not necessarily reflect the views of OPI."),
        Q("Note: This figure was created by and is the property of Orion Policy Institute.",
          near="Comparison of Strategic Documents: National Security Strategies from Bush-Trump"),
    ],
    "publisher": "Orion Policy Institute",
    "issued": stated(Y(2026, 6, 30), Q("JUNE 30, 2026")),
    "collection_title": "ORION FORUM",
    "silent_on": ["creators", "url", "container"],
    "seed": {"file": SEED_FILE, "sha256": "aa18329bf11439a51ac5f730c6a24b331081c25ce3ed0996826bcc0436ebcd46"},
    "notes": [
        "No author is named: the closing disclaimer attributes the views to “the author(s)” without a name, so creators is empty.",
        "The publisher is read from the closing paragraph, which presents Orion Policy Institute (OPI) and says the views “do not necessarily reflect the views of OPI”, and from the notes under both tables (“created by and is the property of Orion Policy Institute”); the text has no imprint line. The disclaimer also says “OPI does not take institutional policy positions”.",
        "“ORION FORUM” is the banner line above the title; it is recorded as the series (collection_title). The text does not say what it is.",
        "The text calls itself a “project” (“This project evaluates how the 2025 National Security Strategy positions Mexico”); type report is the encoders' choice.",
        PLACEHOLDER_NOTE,
        "The text carries markdown noise that the quotes keep as printed: escaped dollar signs (\\$), escaped parentheses inside link text, [text](#) placeholder links and <p>…</p> markup in the two tables.",
        "Many paragraphs are split mid-sentence by a blank line (apparently page breaks), e.g. “fluctuates sharply” / “but never stabilizes”, “\\$115.6 billion” / “request.”, “expanding unilateral” / “enforcement as the default mode of engagement.”; quotes that cross such a break keep the blank line.",
        "The paragraph before the “November 2025 National Security Strategy.” run-in heading breaks off mid-sentence after a comma: “put to use with the capture of Maduro in Venezuela,”.",
        "Several subsections open with run-in headings inside the paragraph (“President's Budget.”, “Department of Homeland Security.”, “Department of Defense.”, “Department of Justice.”, “Department of State.”, “November 2025 National Security Strategy.”, “January 2026 National Defense Strategy.”); they are not separate lines and are not recorded as sections.",
        "The heading “Strategic Framing in U.S. National Security and Defense Security” is kept as printed.",
        "Both comparison tables stop at the Trump administration; neither has a Biden column, although the introduction contrasts the Biden administration with the second Trump administration.",
    ],
}

# ====================================================================== cited sources
def src(id, type, title, evidence, notes=(), silent=("creators", "publisher", "issued", "url", "container"), untitled=False, **kw):
    """A cited work; `untitled` marks a work the text describes but prints no title for."""
    assert any(title in q["text"] for q in evidence), f"title of {id} not in its evidence"
    s = {"id": id, "role": "cited", "type": type, "title": title, "evidence": evidence}
    s.update(kw)
    sil = [f for f in silent
           if not (f == "creators" and s.get("creators"))
           and not (f == "publisher" and s.get("publisher"))
           and not (f == "issued" and s.get("issued") and s["issued"]["certainty"] == "stated")
           and not (f == "container" and s.get("container_title"))]
    if untitled:
        sil = ["title"] + sil
    s["silent_on"] = sil
    if notes:
        s["notes"] = list(notes)
    return s


NO_TITLE = "No title is printed (silent_on title); the title field holds the text's own words for the work (the link text where there is a link)."
CELL_YEAR = "The text gives no title or date for this document (silent_on title; the title field holds the table's abbreviation as printed in the column header); the year is read from the cell(s) of the comparison table column that cite it."

Q_NSS_INTRO = Q("This project evaluates how the 2025 National Security Strategy positions Mexico within U.S. homeland defense and regional security, measuring the alignment between strategic objectives, NORTHCOM/SOUTHCOM posture statements, and operational resourcing.")
Q_NSS_HEAD = Q("November 2025 National Security Strategy. [The current NSS](#) outlines major threats the U.S. is facing and how it plans to address them.")
Q_NDS_HEAD = Q("January 2026 National Defense Strategy. [The NDS](#) is complementary to the NSS.")
Q_NDS_2026 = Q("[The 2026 NDS](#) explicitly elevates border security, narco-terrorism, and hemispheric control as core missions of the Department of Defense")
FOOT1 = Q("* For administrations that did not issue a formally titled National Defense Strategy, this analysis relies on the highest level of defense guidance available. For the Obama administration, this includes the 2012 Defense Strategic Guidance and the Quadrennial Defense Review, which informed DoD programming and budgeting decisions. They are therefore treated as full NDSS.")
FOOT2 = Q("**The full 2018 National Defense Strategy remains classified and was never released in an unredacted public version. Accordingly, this analysis draws on the unclassified NDS Summary, the 2018 National Military Strategy, and congressional testimony on the goals and priorities of the Trump administration's defense posture.")

sources = [
    src("doc-nss-2025", "document", "National Security Strategy",
        [Q_NSS_INTRO, Q_NSS_HEAD],
        issued=stated(Y(2025, 11), Q("November 2025 National Security Strategy."), Q("the 2025 National Security Strategy")),
        silent=("publisher", "url", "container"),
        notes=["The introduction calls it “the 2025 National Security Strategy”; the run-in heading dates it November 2025; the text also calls it “The current NSS”.",
               "No author is named for the document itself; the text attributes its statements to the White House (“the White House states the Western Hemisphere must be …”), so creators is left empty rather than filled by inference."]),
    src("doc-nds-2026", "document", "National Defense Strategy",
        [Q_NDS_HEAD, Q_NDS_2026],
        issued=stated(Y(2026, 1), Q("January 2026 National Defense Strategy.")),
        silent=("creators", "publisher", "url", "container"),
        notes=["Named “January 2026 National Defense Strategy”, “The NDS” and “The 2026 NDS”; also “The new National Defense Strategy”."]),
    src("doc-nss-2002", "document", "NSS",
        [Q("Bush NSS"), Q("<p>Terror/WMD (2002) “Shadowy networks”/ weak states (2006)</p>")], untitled=True,
        issued=inferred(Y(2002), "Dated 2002 by the “(2002)” markers in the Bush NSS column of the NSS comparison table.",
                        Q("<p>Terror/WMD (2002) “Shadowy networks”/ weak states (2006)</p>")),
        notes=[CELL_YEAR, "The introduction also says the drift in how U.S. doctrine frames Mexico “is visible as early as 2002”."]),
    src("doc-nss-2006", "document", "NSS",
        [Q("Bush NSS"), Q("<p>Terror/WMD (2002) “Shadowy networks”/ weak states (2006)</p>"),
         Q("<p>Not central in 2002 Illegal immigration is explicit in 2006</p>")],
        untitled=True,
        issued=inferred(Y(2006), "Dated 2006 by the “(2006)” / “in 2006” markers in the Bush NSS column of the NSS comparison table.",
                        Q("<p>Not central in 2002 Illegal immigration is explicit in 2006</p>")),
        notes=[CELL_YEAR]),
    src("doc-nss-2010", "document", "NSS",
        [Q("Obama NSS"), Q("<p>DSG (2012) explicitly links defense posture to 2010 NSS</p>")], untitled=True,
        issued=stated(Y(2010), Q("2010 NSS")),
        silent=("creators", "publisher", "url", "container"),
        notes=["Named only as “2010 NSS” in the NDS table (silent_on title; the title field holds the abbreviation); the Obama NSS column dates its threat entry “(2010)”."]),
    src("doc-nss-2015", "document", "NSS",
        [Q("Obama NSS"), Q("Greater threat diversification in 2015--cyber, climate, global health, TCOs, fragile states")], untitled=True,
        issued=inferred(Y(2015), "Dated 2015 by the “in 2015” marker in the Obama NSS column of the NSS comparison table.",
                        Q("Greater threat diversification in 2015--cyber, climate, global health, TCOs, fragile states")),
        notes=[CELL_YEAR]),
    src("doc-nds-2005", "document", "NDS",
        [Q("Bush NDS"), Q("<p>2005 specifically focuses on IW and non-state networks</p>")], untitled=True,
        issued=inferred(Y(2005), "Dated 2005 by the “(2005)” / “2005 specifically focuses” markers in the Bush NDS column of the NDS comparison table.",
                        Q("<p>2005 specifically focuses on IW and non-state networks</p>")),
        notes=[CELL_YEAR]),
    src("doc-nds-2008", "document", "NDS",
        [Q("Bush NDS"), Q("<p>2008 expands to criminal enterprises and illicit trafficking</p>")], untitled=True,
        issued=inferred(Y(2008), "Dated 2008 by the “(2008)” / “2008 expands” markers in the Bush NDS column of the NDS comparison table.",
                        Q("<p>2008 expands to criminal enterprises and illicit trafficking</p>")),
        notes=[CELL_YEAR]),
    src("doc-dsg-2012", "document", "Defense Strategic Guidance",
        [FOOT1, Q("<p>DSG (2012) explicitly links defense posture to 2010 NSS</p>")],
        issued=stated(Y(2012), Q("the 2012 Defense Strategic Guidance")),
        silent=("creators", "publisher", "url", "container"),
        notes=["The footnote marked * says the Obama column relies on it (with the Quadrennial Defense Review) in place of a formally titled National Defense Strategy."]),
    src("doc-qdr", "document", "Quadrennial Defense Review",
        [FOOT1, Q("<p>QDR further emphasizes restraint in DoD</p>")],
        notes=["The footnote names “the Quadrennial Defense Review” for the Obama administration without a year; no date is recorded."]),
    src("doc-nds-2018", "document", "National Defense Strategy",
        [FOOT2],
        issued=stated(Y(2018), Q("The full 2018 National Defense Strategy")),
        silent=("creators", "publisher", "url", "container"),
        notes=["The footnote marked ** says the full document “remains classified” and that the analysis draws instead on the unclassified summary, the 2018 National Military Strategy and congressional testimony."]),
    src("doc-nds-2018-summary", "document", "NDS Summary",
        [FOOT2],
        notes=["Named only as “the unclassified NDS Summary” in the footnote on the 2018 National Defense Strategy; that it summarises the 2018 NDS is read from that context. No date is recorded."]),
    src("doc-nms-2018", "document", "National Military Strategy",
        [FOOT2],
        issued=stated(Y(2018), Q("the 2018 National Military Strategy")),
        silent=("creators", "publisher", "url", "container")),
    src(untitled=True, id="doc-congressional-testimony-trump-defense", type="document", title=
        "congressional testimony on the goals and priorities of the Trump administration's defense posture",
        evidence=[FOOT2],
        notes=["A vague reference: no witness, committee or date is named. " + NO_TITLE]),
    src(untitled=True, id="doc-fy25-continuing-resolution", type="legislation", title= "FY25 full-year continuing resolution",
        evidence=[Q("Funding patterns—from the FY25 full-year continuing resolution"),
         Q("They are now being operationalized through the FY25 continuing resolution and the FY26 budget requests")],
        notes=["Named, not linked, as a source of the funding patterns the text analyses; no figures from it are given. " + NO_TITLE]),
    src("doc-mexican-constitution", "legislation", "Mexican constitution",
        [Q("The Mexican constitution, in Article 76, allows the presence of foreign troops only if approved by the Mexican Senate.")],
        notes=["Named, not linked; the text refers to its Article 76 (initiatives: mexico-constitution-article-76). No edition or date is given."]),
    src(untitled=True, id="doc-fy26-budget-requests", type="document", title= "FY26 budget requests",
        evidence=[Q("Funding patterns—from the FY25 full-year continuing resolution to [FY26 budget requests](#)--reinforce a broader reorientation of U.S. security priorities"),
         Q("Across the [FY26 budget requests](#) for DHS, DoD, and DOJ, the federal government is constructing a durable, institutionalized enforcement architecture")],
        notes=["A collective reference to the FY26 budget requests (for DHS, DoD and DOJ in the second occurrence); no single document is identified. " + NO_TITLE]),
    src("doc-fy26-presidents-budget", "document", "President's Budget",
        [Q("While largely declaratory, [the President's Budget](#) (PB) provides clear insight into the administration's strategic priorities and institutional intent.")],
        notes=["Identified as the FY26 PB by the following sentence (“The FY26 PB makes the reorientation toward domestic enforcement explicit.”). No date is printed."]),
    src(untitled=True, id="doc-fy26-budget", type="document", title= "FY26 budget",
        evidence=[Q("The [FY26 budget](#) transforms the Department from a regulatory and administrative agency into the federal government's primary enforcement and border-security institution."),
         Q("[The FY26 budget](#) structurally sidelines the Department of State")],
        notes=["Two links read “FY26 budget” (in the DHS and the State paragraphs); the text does not say whether they point to the departments' own requests or to one overall FY26 budget document, so one vague record stands for both. " + NO_TITLE]),
    src(untitled=True, id="doc-fy26-dod-budget", type="document", title= "FY26 Department of Defense budget",
        evidence=[Q("[The FY26 Department of Defense budget](#) embeds border security within the core of U.S. deterrence architecture")],
        notes=[NO_TITLE]),
    src(untitled=True, id="doc-fy26-doj-budget", type="document", title= "Department of Justice's FY26 budget",
        evidence=[Q("[The Department of Justice's FY26 budget](#) positions the Department as a domestic enforcement throughput institution")],
        notes=[NO_TITLE]),
    src("doc-integrated-country-strategy", "document", "Integrated Country Strategy",
        [Q("The absence of an updated [Integrated Country Strategy](#) (ICS)--the primary tool for aligning U.S. and partner priorities--leaves no institutional mechanism for reconciling U.S. enforcement imperatives with Mexico's sovereignty concerns.")],
        notes=["The text links the name while saying an updated ICS is absent; which edition the link points to is not said."]),
    src(untitled=True, id="doc-crs-primers", type="report", title= "CRS primers",
        evidence=[Q("Further analysis of the posture statements, [CRS primers](#), and FY26 statutory and budgetary signals reveal a striking asymmetry")],
        creators=[org("CRS")],
        notes=["“CRS” is never expanded; it is recorded as the creator because the text names the primers after it. No individual primer is identified. " + NO_TITLE]),
    src(untitled=True, id="doc-northcom-posture-statement", type="document", title= "posture statement",
        evidence=[Q_NSS_INTRO, Q("Further analysis of the posture statements, [CRS primers](#), and FY26 statutory and budgetary signals reveal a striking asymmetry")],
        creators=[org("NORTHCOM")],
        notes=["The text speaks of “NORTHCOM/SOUTHCOM posture statements” without year or title; this record stands for NORTHCOM's. " + NO_TITLE]),
    src(untitled=True, id="doc-southcom-posture-statement", type="document", title= "posture statement",
        evidence=[Q_NSS_INTRO, Q("Further analysis of the posture statements, [CRS primers](#), and FY26 statutory and budgetary signals reveal a striking asymmetry")],
        creators=[org("SOUTHCOM")],
        notes=["The text speaks of “NORTHCOM/SOUTHCOM posture statements” without year or title; this record stands for SOUTHCOM's. " + NO_TITLE]),
    src("doc-ndaa", "legislation", "NDAA",
        [Q("The FY26 budget and [NDAA provisions](#) reinforce this structural tilt.")],
        notes=["“NDAA” is never expanded and no fiscal year is given for it (the surrounding text speaks of “FY26 statutory and budgetary signals”)."]),
    src("doc-ndaa-section-1265", "legislation", "Section 1265",
        [Q("Even where Congress mandates deeper engagement, as in [Section 1265](#)’s requirement for a U.S. security assistance strategy to Mexico, the statute simultaneously draws a bright legal boundary: nothing in the provision authorizes the use of force in Mexico.")],
        notes=["That Section 1265 belongs to the NDAA is read from the paragraph (“The FY26 budget and NDAA provisions …”), not stated with the section."]),
    src("doc-ndaa-section-1205", "legislation", "Section 1205",
        [Q("[Section 1205](#)’s joint training pilot similarly reflects bounded cooperation: tactical, U.S.-based, and contingent on explicit Mexican consent.")],
        notes=["That Section 1205 belongs to the NDAA is read from the paragraph, not stated with the section."]),
    src("doc-security-cooperation-justification-book", "document", "Security Cooperation Justification Book",
        [Q("Budgetary patterns in [the Security Cooperation Justification Book](#) further clarify the U.S. government’s revealed preferences.")],
        notes=["No fiscal year or issuer is printed."]),
    src("doc-bicentennial-framework", "document",
        "U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities",
        [Q("the United States and Mexico replaced the Mérida Initiative with the [U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities](#).")],
        notes=["The framework is both an initiative (initiatives: bicentennial-framework) and, as a linked text, a cited work; the text gives no date for the document itself."]),
    src(untitled=True, id="doc-white-house-defunding-open-border", type="document", title= "defunding the open border",
        evidence=[Q("Furthering this narrative, the White House has released information for plans on “[defunding the open border](#)” which follows the same logic: immigration is overrun, dangerous, and wasting taxpayer money.")],
        creators=[org("White House")],
        notes=["The text describes it only as “information for plans on ‘defunding the open border’” released by the White House. " + NO_TITLE]),
    src(untitled=True, id="doc-inegi-homicide-data", type="dataset", title= "data",
        evidence=[Q("Firearms were used in 71.8 percent of homicides in Mexico, according to the latest [data](#) from INEGI, [compared](#) to 51 percent in 2005."),
         Q("firearms were used in 71.8 percent of homicides in Mexico, according to the latest [data](#) from INEGI,")],
        creators=[org("INEGI")],
        notes=["“the latest data from INEGI”: no year, table or title is given; INEGI is never expanded. " + NO_TITLE]),
    src(untitled=True, id="doc-dea-2025-bilateral-security-project", type="document", title= "bilateral security project",
        evidence=[Q("In August of 2025, the DEA announced a new [bilateral security project](#).")],
        creators=[org("DEA")],
        issued=stated(Y(2025, 8), Q("In August of 2025, the DEA announced a new [bilateral security project](#).")),
        silent=("publisher", "url", "container"),
        notes=["The DEA's announcement of August 2025. The next sentences (“They described how At the core of this effort is Project Portero …”) appear to reproduce its wording without quotation marks; the stray capital in “how At” is kept. " + NO_TITLE]),
    src(untitled=True, id="doc-nyt-2026-01-15", type="article-newspaper", title= "report",
        evidence=[Q("According to a New York Times [report](#) on January 15, 2026, “U.S. officials want American forces, either Special Operations troops or CIA officers, to accompany Mexican soldiers on raids on suspected fentanyl labs, according to American officials who spoke on condition of anonymity to discuss sensitive diplomatic issues and military planning.”")],
        container_title="New York Times",
        issued=stated(Y(2026, 1, 15), Q("According to a New York Times [report](#) on January 15, 2026")),
        silent=("creators", "publisher", "url"),
        notes=["No author or headline is given. " + NO_TITLE]),
    src(untitled=True, id="doc-fox-news-trump-interview", type="interview", title= "interview with Fox News",
        evidence=[Q("President Donald Trump, in an interview with Fox News, declared that the U.S. could begin ground attacks against drug cartels and asserted that these organizations “control Mexico.”")],
        container_title="Fox News",
        silent=("publisher", "issued", "url"),
        notes=["Not linked; named in the text. The interviewee is Donald Trump (actors: donald-trump) and Fox News the outlet; creators is left empty (and not marked silent) because the text states who was interviewed but not who authored the interview. No date is given. " + NO_TITLE]),
    src(untitled=True, id="doc-gao-atf-trace-data", type="report", title= "GAO",
        evidence=[Q("As the [GAO](#) explains, the ATF does not compile complete data on all illicit weapon captures and misses thousands of firearms, such as those recovered by Mexican state forces, because only Mexico’s federal Attorney General’s office sends trace requests to the ATF.")],
        creators=[org("GAO")],
        notes=["A GAO work on ATF trace data, named only by its author (“As the GAO explains”); no title, number or date. " + NO_TITLE]),
]
SRC_IDS = {s["id"] for s in sources}

# ====================================================================== citations
S = {
    1: "Since the George W. Bush administration, U.S. security doctrine has oscillated in how it conceptualizes Mexico, as reflected across successive [National Security Strategies \\(NSS\\)](#), National Defense Strategies (NDS), and related guidance documents.",
    2: "Funding patterns—from the FY25 full-year continuing resolution to [FY26 budget requests](#)--reinforce a broader reorientation of U.S. security priorities away from democracy promotion and alliance-building in the Western Hemisphere and toward preparation for conflict closer to home.",
    3: "[The Bush and Obama](#) eras framed Mexico primarily through governance, partnership, and institutional cooperation; the Trump administrations' strategies recast Mexico as a vector of illicit flows, mass migration, and hemispheric instability; and the Biden administration briefly returned to a governance-centric, non-securitized framing.",
    4: "Across the [FY26 budget requests](#) for DHS, DoD, and DOJ, the federal government is constructing a durable, institutionalized enforcement architecture whose scale exceeds anything seen in the past two decades.",
    5: "While largely declaratory, [the President's Budget](#) (PB) provides clear insight into the administration's strategic priorities and institutional intent.",
    6: "The [FY26 budget](#) transforms the Department from a regulatory and administrative agency into the federal government's primary enforcement and border-security institution.",
    7: "[The FY26 Department of Defense budget](#) embeds border security within the core of U.S. deterrence architecture, elevating Mexico-linked challenges to a level traditionally reserved for strategic threats such as missile defense, nuclear modernization, and cyber operations.",
    8: "[The Department of Justice's FY26 budget](#) positions the Department as a domestic enforcement throughput institution rather than a partner in binational justice or rule-of-law cooperation.",
    9: "[The FY26 budget](#) structurally sidelines the Department of State, leaving it with limited capacity to manage the diplomatic friction generated by the expanded enforcement posture of DHS and DoD.",
    10: "The absence of an updated [Integrated Country Strategy](#) (ICS)--the primary tool for aligning U.S. and partner priorities--leaves no institutional mechanism for reconciling U.S. enforcement imperatives with Mexico's sovereignty concerns.",
    11: "Further analysis of the posture statements, [CRS primers](#), and FY26 statutory and budgetary signals reveal a striking asymmetry in how the United States approaches security in the Western Hemisphere.",
    12: "[SOUTHCOM](#) continues to articulate a partnership-centric logic; one that emphasizes capacity-building, democratic resilience, and shared regional threats.",
    13: "[NORTHCOM](#), by contrast, frames the U.S.–Mexico interface almost exclusively through a homeland defense lens, describing its mission as “sealing the borders” and “repelling all forms of invasion,” with Mexican-based TCOs treated as direct threats to U.S. sovereignty.",
    14: "The FY26 budget and [NDAA provisions](#) reinforce this structural tilt.",
    15: "[Drug Interdiction and Counter-Drug Activities](#) funding remains flat, and Project 5114--the USNORTHCOM Mexico Office of Defense Coordination--operates as an administrative liaison mechanism rather than a platform for integrated operations.",
    16: "Even where Congress mandates deeper engagement, as in [Section 1265](#)’s requirement for a U.S. security assistance strategy to Mexico, the statute simultaneously draws a bright legal boundary: nothing in the provision authorizes the use of force in Mexico.",
    17: "[Section 1205](#)’s joint training pilot similarly reflects bounded cooperation: tactical, U.S.-based, and contingent on explicit Mexican consent.",
    18: "Budgetary patterns in [the Security Cooperation Justification Book](#) further clarify the U.S. government’s revealed preferences.",
    19: "Strategic convergence is assumed rather than engineered, and the institutional mechanisms capable of producing it, such as [the Bicentennial Framework](#), lack the statutory, budgetary, and bureaucratic anchoring needed to survive political shifts.",
    20: "[The 2026 NDS](#) explicitly elevates border security, narco-terrorism, and hemispheric control as core missions of the Department of Defense, promising to “secure America’s borders,” “provide credible military options against narco-terrorists wherever they may be,” and enforce a “Trump Corollary to the Monroe Doctrine” through decisive military action.",
    21: "This stands in sharp contrast to SOUTHCOM’s partnership-centric posture and echoes [NORTHCOM’s](#) depiction of the border as a battlespace to be “sealed” against “all forms of invasion.”",
    22: "Under the second Trump administration, U.S. foreign policy has reoriented itself towards [the Monroe Doctrine](#)--a doctrine of Western independence from foreign influence and any such interference in the Western Hemisphere would be considered a threat to the U.S.",
    23: "[The Trump Corollary](#) of this doctrine, what the President has referred to as [the \"Donroe Doctrine,\"](#) expands Monroe to include international organizations and a stated \"destiny\" the American\n\npeople have in the Western Hemisphere.",
    25: "[The current NSS](#) outlines major threats the U.S. is facing and how it plans to address them.",
    26: "Furthering this narrative, the White House has released information for plans on “[defunding the open border](#)” which follows the same logic: immigration is overrun, dangerous, and wasting taxpayer money.",
    27: "[The NDS](#) is complementary to the NSS.",
    28: "The NDS also extends the “[Warrior Ethos](#)” that [Secretary Hegseth has reinstated](#).",
    30: "Firearms were used in 71.8 percent of homicides in Mexico, according to the latest [data](#) from INEGI, [compared](#) to 51 percent in 2005.",
    32: "Felipe Calderón and George W. Bush signed the [Mérida initiative](#) in 2008 to disempower criminal organizations and capture their leaders.",
    33: "The Mérida Initiative was renewed and expanded under the Barack Obama administration, which formed the [Central American Regional Security Initiative](#) (CARSI) in 2011.",
    34: "During the October 2021 launch of the High-Level Security Dialogue (HLSD), the United States and Mexico replaced the Mérida Initiative with the [U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities](#).",
    35: "In August of 2025, the DEA announced a new [bilateral security project](#).",
    36: "Days later, on [August 19, 2025](#), Mexico's President Claudia Sheinbaum said her government did not have an agreement with the U.S. Drug Enforcement Administration regarding an operation known as \"Project Portero,\" after the DEA announced it.",
    37: "Trump has also linked drug trafficking to the deaths of 300,000 Americans every year and has justified the toughening of anti-drug policy as a [national security priority](#).",
    38: "According to a New York Times [report](#) on January 15, 2026, “U.S. officials want American forces, either Special Operations troops or CIA officers, to accompany Mexican soldiers on raids on suspected fentanyl labs, according to American officials who spoke on condition of anonymity to discuss sensitive diplomatic issues and military planning.”",
    39: "Since Trump took office [92 cartel members have been extradited](#) to the United States.",
    40: "In 2024, the [trade exchange](#) (including international purchases and sales) of Weapons to Mexico was 214 million dollars.",
    41: "The reason Mexico cares so much about the illicit flow of firearms is that firearms were used in 71.8 percent of homicides in Mexico, according to the latest [data](#) from INEGI, [compared](#) to 51 percent in 2005.",
    43: "“[The Bureau of Alcohol, Tobacco, Firearms, and Explosives \\(ATF\\)](#) National Tracing Center (NTC) is the nation’s only crime gun tracing facility.",
    44: "As the [GAO](#) explains, the ATF does not compile complete data on all illicit weapon captures and misses thousands of firearms, such as those recovered by Mexican state forces, because only Mexico’s federal Attorney General’s office sends trace requests to the ATF.",
    45: "Mexico as a response to this perceived source of violence sued several major U.S. gun manufacturers including Smith & Wesson, Beretta, Colt and Glock in 2021 but [the Supreme Court blocked](#) the lawsuit in June of 2025.",
}
for k, v in S.items():
    Q(v)

UNKNOWN = "Placeholder link: the text does not name or describe the work the link points to, so no candidate is recorded."
cites = []
CITE_IDS = {}


def C(n, marker, sent, cands, note=None):
    cid = f"orion-cite-{n:02d}"
    c = {"id": cid, "marker": Q(marker, near=S[sent]), "evidence": [Q(S[sent])], "candidates": cands}
    if note:
        c["notes"] = [note] if isinstance(note, str) else list(note)
    cites.append(c)
    CITE_IDS[n] = cid
    return cid


NSS_ALL = ["doc-nss-2002", "doc-nss-2006", "doc-nss-2010", "doc-nss-2015", "doc-nss-2025"]
C(1, "[National Security Strategies \\(NSS\\)](#)", 1, NSS_ALL,
  "The link text names the series of National Security Strategies, not one document; every NSS the text names (by year in the tables or prose) is kept as a candidate.")
C(2, "[FY26 budget requests](#)", 2, ["doc-fy26-budget-requests"])
C(3, "[The Bush and Obama](#)", 3, [],
  "Placeholder link on the words “The Bush and Obama”: it may point to those administrations' strategy documents, but the text does not say which work it cites, so no candidate is recorded.")
C(4, "[FY26 budget requests](#)", 4, ["doc-fy26-budget-requests"])
C(5, "[the President's Budget](#)", 5, ["doc-fy26-presidents-budget"])
C(6, "[FY26 budget](#)", 6, ["doc-fy26-budget"],
  "The link sits in the DHS paragraph but reads only “FY26 budget”; it may point to the DHS request or to an overall FY26 budget document.")
C(7, "[The FY26 Department of Defense budget](#)", 7, ["doc-fy26-dod-budget"])
C(8, "[The Department of Justice's FY26 budget](#)", 8, ["doc-fy26-doj-budget"])
C(9, "[The FY26 budget](#)", 9, ["doc-fy26-budget"],
  "The link sits in the State paragraph but reads only “The FY26 budget”; it may point to the State request or to an overall FY26 budget document.")
C(10, "[Integrated Country Strategy](#)", 10, ["doc-integrated-country-strategy"])
C(11, "[CRS primers](#)", 11, ["doc-crs-primers"])
C(12, "[SOUTHCOM](#)", 12, ["doc-southcom-posture-statement"],
  "The link is on the command's name; that it points to SOUTHCOM's posture statement is inferred from the opening of the paragraph (“Further analysis of the posture statements …”).")
C(13, "[NORTHCOM](#)", 13, ["doc-northcom-posture-statement"],
  "The link is on the command's name; that it points to NORTHCOM's posture statement is inferred from the paragraph, which goes on to quote NORTHCOM's description of its mission.")
C(14, "[NDAA provisions](#)", 14, ["doc-ndaa"])
C(15, "[Drug Interdiction and Counter-Drug Activities](#)", 15, [],
  "The link text names a budget line (initiatives: drug-interdiction-counter-drug-activities), not a document; the work it points to is not identified.")
C(16, "[Section 1265](#)", 16, ["doc-ndaa-section-1265"])
C(17, "[Section 1205](#)", 17, ["doc-ndaa-section-1205"])
C(18, "[the Security Cooperation Justification Book](#)", 18, ["doc-security-cooperation-justification-book"])
C(19, "[the Bicentennial Framework](#)", 19, ["doc-bicentennial-framework"])
C(20, "[The 2026 NDS](#)", 20, ["doc-nds-2026"])
C(21, "[NORTHCOM’s](#)", 21, ["doc-northcom-posture-statement"],
  "The link is on “NORTHCOM’s”; the posture statement is inferred as its target because the sentence repeats the quoted mission language (“sealed”, “all forms of invasion”).")
C(22, "[the Monroe Doctrine](#)", 22, [], "The link text names a doctrine (initiatives: monroe-doctrine), not a document. " + UNKNOWN)
C(23, "[The Trump Corollary](#)", 23, [], "The link text names a doctrine (initiatives: trump-corollary), not a document. " + UNKNOWN)
C(24, "[the \"Donroe Doctrine,\"](#)", 23, [],
  "The link covers the name the President is said to have used; the statement in which he used it is not identified. The link text includes the comma inside the quotation marks.")
C(25, "[The current NSS](#)", 25, ["doc-nss-2025"])
C(26, "[defunding the open border](#)", 26, ["doc-white-house-defunding-open-border"])
C(27, "[The NDS](#)", 27, ["doc-nds-2026"])
C(28, "[Warrior Ethos](#)", 28, [], UNKNOWN)
C(29, "[Secretary Hegseth has reinstated](#)", 28, [], UNKNOWN)
C(30, "[data](#)", 30, ["doc-inegi-homicide-data"])
C(31, "[compared](#)", 30, [],
  "The link on “compared” presumably sources the 2005 figure (51 percent), but the text does not name the work. " + UNKNOWN)
C(32, "[Mérida initiative](#)", 32, [], "The link text names a program (initiatives: merida-initiative), not a document. " + UNKNOWN)
C(33, "[Central American Regional Security Initiative](#)", 33, [],
  "The link text names a program (initiatives: carsi), not a document. " + UNKNOWN)
C(34, "[U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities](#)", 34, ["doc-bicentennial-framework"])
C(35, "[bilateral security project](#)", 35, ["doc-dea-2025-bilateral-security-project"],
  "The link is on the project's description; the cited work is taken to be the DEA's announcement the sentence reports.")
C(36, "[August 19, 2025](#)", 36, [],
  "The link is on the date of Sheinbaum's statement; the report of it is not identified. " + UNKNOWN)
C(37, "[national security priority](#)", 37, [], UNKNOWN)
C(38, "[report](#)", 38, ["doc-nyt-2026-01-15"])
C(39, "[92 cartel members have been extradited](#)", 39, [],
  "The link is followed two sentences later by a long quotation (“Tuesday’s transfer included …”) from a work the text does not name. " + UNKNOWN)
C(40, "[trade exchange](#)", 40, [],
  "The link presumably sources the 2024 arms-trade figures; the text does not name the work. " + UNKNOWN)
C(41, "[data](#)", 41, ["doc-inegi-homicide-data"])
C(42, "[compared](#)", 41, [],
  "The link on “compared” presumably sources the 2005 figure (51 percent), but the text does not name the work. " + UNKNOWN)
C(43, "[The Bureau of Alcohol, Tobacco, Firearms, and Explosives \\(ATF\\)](#)", 43, [],
  "The link is on the agency's name at the start of a quotation about its National Tracing Center; the quoted work is not identified. " + UNKNOWN)
C(44, "[GAO](#)", 44, ["doc-gao-atf-trace-data"])
C(45, "[the Supreme Court blocked](#)", 45, [],
  "The link is on the words reporting the Supreme Court's action; the decision or report it points to is not identified. " + UNKNOWN)
assert len(cites) == 45
cid = lambda n: CITE_IDS[n]

# ====================================================================== actors
actors = []        # mentions in the seed file
new_actors = []    # new vocabulary entries
EXISTING_ACTORS = {a["id"] for a in json.load(open("/work/main/src/binational/data/actors.json"))["actors"]}
actor_alias_updates = {}


def link(actor, certainty, *quotes):
    return {"actor": actor, "certainty": certainty, "evidence": list(quotes)}


def A(id, evidence, name=None, kind=None, country=None, aliases=(), parent=None, notes=None, entry_notes=None, add_aliases=()):
    """A mention; for a new actor also its vocabulary entry; for an existing one, alias additions."""
    m = {"id": id, "evidence": evidence}
    if parent:
        m["parent"] = parent
    if notes:
        m["notes"] = notes
    actors.append(m)
    if id in EXISTING_ACTORS:
        assert name is None and kind is None
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


Q_DHS_PARA = Q("Its request includes \\$63.6 billion in discretionary funding and \\$43.8 billion in reconciliation authority, producing a nearly 65% increase over FY25.")
Q_ICE = Q("ICE receives \\$501 million for expanded detention capacity and \\$205 million for transportation and removals, explicitly tied to a mass removal campaign.")
Q_USCIS = Q("At the same time, USCIS loses \\$169.9 million, eliminating integration grants and narrowing its mission to enforcement-adjacent functions.")
Q_CBP = Q("CBP's discretionary funding declines even as it receives targeted investments in surveillance towers and AI-enabled inspection systems.")
Q_CG = Q("The Coast Guard gains \\$1 billion for maritime interdiction.")
Q_PB_CUTS = Q("It cuts \\$1.1 billion from INCLE, \\$491 million from the Cybersecurity and Infrastructure Security Agency (CISA), and \\$650 million from DHS's Shelter and Services Program, while increasing DHS resources by \\$43.8 billion and DoD funding by \\$113.3 billion.")
Q_NORTHCOM_ODC = Q("The DoD also allocates \\$904.3 million for counter-drug and interdiction activities, while U.S. Northern Command (NORTHCOM) continues to maintain a Mexico-focused Office of Defense Coordination.")
Q_P5114 = Q(S[15])
Q_DEA_ANN = Q(S[35])
Q_SHEIN_PORTERO = Q(S[36])
Q_ATF_NTC = Q(S[43])
Q_GAO = Q(S[44])
Q_LAWSUIT = Q(S[45])
Q_MERIDA_SIGN = Q(S[32])
Q_MERIDA_CONGRESS = Q("The US Congress approved 2.3 billion dollars for this plan and spent 1.4 billion on equipment and training.")
Q_MERIDA_EQUIP = Q("It provided four planes for ocean surveillance, one surveillance aircraft, nine Blackhawk helicopters, divided between the navy and the federal police, and dogs and technology to monitor border crossings.")
Q_MERIDA_OBAMA = Q(S[33])
Q_HLSD = Q(S[34])
Q_DELAFUENTE_SEPT = Q("In September of 2025, Foreign Minister Juan Ramón de la Fuente announced that Mexico and the United States reached an understanding on security cooperation, based on four fundamental principles: unrestricted respect for sovereignty and territorial integrity, shared responsibility, mutual trust, and coordinated collaboration without subordination.")
Q_PRESSCONF = Q("At a joint press conference with U.S. Secretary of State Marco Rubio following their meeting with President Claudia Sheinbaum Pardo, De la Fuente reiterated the strong relationship and extensive collaboration with the United States.")
Q_MECH = Q("At the Mexican Foreign Ministry headquarters, De la Fuente reported that to ensure the effective implementation of the agreements reached in this new Border Security and Law Enforcement Cooperation Program, a high-level coordination mechanism has been established.")
Q_CALL = Q("Secretary of State Marco Rubio and Mexican Foreign Minister Juan Ramón de la Fuente held a call on January 11, 2026, to discuss strengthening binational cooperation against arms trafficking, fentanyl, and narcoterrorist networks.")
Q_SRE_PRINCIPLES = Q("The Mexican Foreign Ministry emphasized that Mexico has made clear that there must be unrestricted respect for the principles of sovereignty, territorial integrity, shared responsibility, mutual trust, and collaboration without subordination.")
Q_STATE_CALL = Q("The U.S. State Department reported that the conversation revolved around the U.S. need to “obtain tangible results” to curb illicit trafficking affecting both sides of the border and dismantle transnational criminal networks.")
Q_FOX = Q("President Donald Trump, in an interview with Fox News, declared that the U.S. could begin ground attacks against drug cartels and asserted that these organizations “control Mexico.”")
Q_NYT = Q(S[38])
Q_EXTRADITE_37 = Q("On January 20th, 2026, Mexico extradited 37 cartel members to the US signaling that they are willing to cooperate with the US government in order to avoid troops entering Mexico.")
Q_EXTRADITE_92 = Q(S[39])
Q_TRANSFER = Q("“Tuesday’s transfer included a handful of important figures from the Sinaloa Cartel, the Beltrán-Leyva cartel, Cartel Jalisco Nueva Generacion, the Northeast Cartel, a remnant of the infamous Zetas based in the Mexican border state of Tamaulipas, across from Texas.")
Q_NAVARRO = Q("Among those transferred was María Del Rosario Navarro Sánchez, the first Mexican citizen to face charges in the U.S. for providing support to a terrorist organization, after being accused of conspiring with a cartel.”")
Q_MENCHO = Q("Lately the arrest and extradition of the leader of the CJNG, known as El Mencho, as well as several leaders of the cartel have served as tangible results for the US that a security partnership is possible.")
Q_ART76 = Q("The Mexican constitution, in Article 76, allows the presence of foreign troops only if approved by the Mexican Senate.")
Q_SHEIN_SAVVY = Q("President Claudia Sheinbaum has shown herself to be a savvy politician who understands that, to protect her political parties and her own image, they must defend Mexico's sovereignty at all costs.")
Q_SHEIN_WILLING = Q("She has shown willingness to send troops to the border, provide water to Texas, stop petroleum shipments to Cuba and extradite record numbers of organized crime members in the hopes of avoiding a violation of Mexican sovereignty.")
Q_TRADE_ORIGINS = Q("The main commercial origins of Weapons in 2024 were the United States (US\\$38.7M), Israel (US\\$20.3M), the Czech Republic (US\\$7.31M), Italy (US\\$6.15M), and Spain (US\\$6.11M).")
Q_TRACES_2018 = Q("In 2018, 19,617 weapons were traced at the request of Mexican security forces, and of those, 13,460 were sourced from the United States.")
Q_MIL_BURDEN = Q("This would benefit Sheinbaum as it would give her political credit, which she is in dire need of and it could help lessen the burden on the Mexican military, which still holds high levels of legitimacy in Mexico but is being overstretched.")
Q_JTF = Q("Create a Southwest Border Joint Task Force lead by DHS incorporating DoD, DOJ, and intel and state liaisons into a single CONOPS for border and cartel-specific threats that has operational control over all border and immigration assets to legalize and centralize command.")
Q_DEA_PROGRAM = Q("The program brings together Mexican investigators with U.S. law enforcement, prosecutors, defense officials, and members of the intelligence community.")
Q_FIN_INTEL = Q("Greater investment in financial intelligence and asset-tracing by both\n\ncountries and financial institutions would help better trace illicit funds.")
Q_FIN_PENALTY = Q("We also suggest harsher penalties for financial institutions that are found guilty of enrichment from organized crime funds to encourage financial institutions to reform their vetting mechanisms for illicit funds and cooperate with the authorities.")
Q_GUN_STATES = Q("Border states like Arizona and Texas could also bolster gun purchase laws as most illicit guns tracked by Mexico originate from those states.")
Q_TX_AZ = Q("Since 2009, Texas and Arizona have made up to 60 percent of the guns recovered in Mexico and traced to a purchase in the United States.")
Q_DHS_CENTER = Q("Department of Homeland Security. DHS emerges as the institutional center of gravity in Mexico-linked security policy.")
Q_WH_DHS = Q("Most notably, the White House is preparing to make the Department of Homeland Security a combat-command-esque institution as opposed to its more civilian-led structure.")
Q_NDS_INTERAGENCY = Q("For interagency cooperation, the NDS is explicit in DoD’s role as a border enforcement agency.")
Q_SOUTHWEST_CONTROL = Q("Specifically, the military will have total control over the southwest border.")
Q_GATEKEEPERS = Q("At the core of this effort is Project Portero, DEA's flagship operation aimed at dismantling cartel \"gatekeepers\", operatives who control the smuggling corridors along the Southwest Border.")

# --- countries
A("united-states", [Q("Mexico's role in U.S. strategic and defense policy has undergone a structural shift from partner to operating environment."),
                    Q("The U.S. administration demands tangible security results from Mexico and is considering military action in Mexico."),
                    Q("The United States maintains two parallel and largely uncoordinated approaches to regional security")])
A("mexico", [Q("Caught in this reconfiguration is Mexico, increasingly presumed to cooperate with U.S. interests and treated less as a sovereign actor with its own policies and strategic objectives than as an object of U.S. security operations."),
             Q("Mexico's government seeks to avoid military operation in its own territory and has been willing to extradite criminals and take drastic actions to provide the tangible results the U.S. demands."),
             Q("Mexico seeks unrestricted respect for\n\nsovereignty and territorial integrity, shared responsibility, mutual trust, and coordinated collaboration without subordination."),
             Q_EXTRADITE_37])
A("china", [Q("Mexico is not framed as a strategic competition theater, even as China is invoked extensively elsewhere."), Q("<p>China, Russia TCOs</p>")],
  name="China", kind="country", country="CN")
A("russia", [Q("<p>China, Russia TCOs</p>"), Q("on revision Russia), rog")],
  name="Russia", kind="country", country="RU",
  notes=["Named only in two cells of the Trump NSS column of the NSS comparison table; the second is truncated (“on revision Russia), rog”)."])
A("israel", [Q_TRADE_ORIGINS], name="Israel", kind="country", country="IL")
A("czech-republic", [Q_TRADE_ORIGINS], name="Czech Republic", kind="country", country="CZ")
A("italy", [Q_TRADE_ORIGINS], name="Italy", kind="country", country="IT")
A("spain", [Q_TRADE_ORIGINS], name="Spain", kind="country", country="ES")
A("cuba", [Q_SHEIN_WILLING], name="Cuba", kind="country", country="CU")
A("venezuela", [Q("put to use with the capture of Maduro in Venezuela,"), Q("These have already been carried out in January with Venezuela.")],
  name="Venezuela", kind="country", country="VE")
A("taiwan", [Q("Western Hemisphere programs are not growth priorities; major increases flow to Taiwan and Indo-Pacific initiatives.")],
  name="Taiwan", kind="country", country="TW")

# --- U.S. government
A("us-dhs", [Q_DHS_CENTER, Q("DHS alone receives a 64.9% increase over FY25 enacted levels"), Q_WH_DHS],
  add_aliases=["DHS", "Department of Homeland Security"])
A("us-ice", [Q_ICE], name="ICE", kind="agency", country="US",
  parent=link("us-dhs", "inferred", Q_ICE, Q_DHS_PARA),
  notes=["The text never expands “ICE”. That it belongs to DHS is inferred from its place among the allocations of the DHS request."],
  entry_notes=["The text gives only the abbreviation."])
A("us-cbp", [Q_CBP], name="CBP", kind="agency", country="US",
  parent=link("us-dhs", "inferred", Q_CBP, Q_DHS_PARA),
  notes=["The text never expands “CBP”. That it belongs to DHS is inferred from its place in the DHS paragraph."],
  entry_notes=["The text gives only the abbreviation."])
A("us-uscis", [Q_USCIS], name="USCIS", kind="agency", country="US",
  parent=link("us-dhs", "inferred", Q_USCIS, Q_DHS_PARA),
  notes=["The text never expands “USCIS”. That it belongs to DHS is inferred from its place in the DHS paragraph."],
  entry_notes=["The text gives only the abbreviation."])
A("us-coast-guard", [Q_CG], name="Coast Guard", kind="agency", country="US",
  parent=link("us-dhs", "inferred", Q_CG, Q_DHS_PARA),
  notes=["That it belongs to DHS is inferred from its place in the DHS paragraph."])
A("us-cisa", [Q_PB_CUTS], name="Cybersecurity and Infrastructure Security Agency", kind="agency", country="US", aliases=["CISA"],
  notes=["Named once, in the list of President's Budget cuts; the text does not tie it to DHS or any department, so no parent is recorded."])
A("us-dod", [Q("Department of Defense. [The FY26 Department of Defense budget](#) embeds border security within the core of U.S. deterrence architecture"),
             Q("The DoD receives a \\$113.3 billion topline increase and \\$5 billion in mandatory Homeland Border Security funding"),
             Q_NDS_INTERAGENCY],
  name="Department of Defense", kind="government-body", country="US", aliases=["DoD"])
A("us-northcom", [Q_NORTHCOM_ODC, Q_P5114, Q(S[13])],
  name="U.S. Northern Command", kind="military", country="US", aliases=["NORTHCOM", "USNORTHCOM"],
  parent=link("us-dod", "inferred", Q_NORTHCOM_ODC),
  notes=["That it belongs to DoD is inferred from the DoD budget paragraph, which lists its Office of Defense Coordination alongside DoD allocations."])
A("us-southcom", [Q(S[12]), Q("It reflects two incompatible institutional missions: SOUTHCOM’s cooperative regional engagement versus NORTHCOM’s unilateral territorial defense.")],
  name="SOUTHCOM", kind="military", country="US",
  notes=["The text never expands “SOUTHCOM” and does not tie it to DoD, so no parent is recorded."],
  entry_notes=["The text gives only the abbreviation."])
A("us-special-operations-troops", [Q_NYT], name="Special Operations troops", kind="military", country="US",
  notes=["Named in the quoted New York Times report as one of the “American forces” U.S. officials want to accompany Mexican raids; no parent command is named."])
A("us-doj", [Q("Department of Justice. [The Department of Justice's FY26 budget](#) positions the Department"),
             Q("The DOJ's request totals \\$41.8 billion, including \\$8.3 billion in mandatory funding, while its discretionary budget declines by \\$2.5 billion.")],
  name="Department of Justice", kind="government-body", country="US", aliases=["DOJ"])
A("us-dea", [Q_DEA_ANN, Q_SHEIN_PORTERO, Q("To advance this effort, DEA has launched a multi-week training and collaboration program at one of its intelligence centers on the Southwest Border.")],
  name="U.S. Drug Enforcement Administration", kind="agency", country="US", aliases=["DEA"],
  notes=["The text does not tie the DEA to the Department of Justice, so no parent is recorded."])
A("us-atf", [Q_ATF_NTC, Q_GAO],
  name="Bureau of Alcohol, Tobacco, Firearms, and Explosives", kind="agency", country="US", aliases=["ATF"],
  notes=["In the text the name is inside a link and its parentheses are escaped: “\\(ATF\\)”. The text does not tie the ATF to the Department of Justice, so no parent is recorded. That it is a U.S. agency is read from the quotation (“the nation’s only crime gun tracing facility”, about trace requests from Mexico)."])
A("us-atf-ntc", [Q_ATF_NTC], name="National Tracing Center", kind="agency", country="US", aliases=["NTC"],
  parent=link("us-atf", "stated", Q_ATF_NTC))
A("us-state-department", [Q("[The FY26 budget](#) structurally sidelines the Department of State"),
                          Q("The lack of any coordination with the State Department should also be telling."),
                          Q_STATE_CALL],
  add_aliases=["Department of State", "State Department", "U.S. State Department"])
A("us-congress", [Q_MERIDA_CONGRESS, Q("Even where Congress mandates deeper engagement")],
  name="US Congress", kind="legislature", country="US", aliases=["Congress"])
A("us-supreme-court", [Q_LAWSUIT], name="Supreme Court", kind="court", country="US",
  notes=["The text says only “the Supreme Court”; that it is the U.S. Supreme Court is inferred from the lawsuit against “U.S. gun manufacturers” it blocked."])
A("white-house", [Q("Beyond these threats, the White House states the Western Hemisphere must be “reasonably stable and well-governed” to prevent mass migration"),
                  Q(S[26]), Q_WH_DHS],
  name="White House", kind="government-body", country="US")
A("us-cia", [Q_NYT], name="CIA", kind="agency", country="US", entry_notes=["The text gives only the abbreviation."])
A("us-gao", [Q_GAO], add_aliases=["GAO"])
A("us-intelligence-community", [Q_DEA_PROGRAM, Q_JTF], name="intelligence community", kind="agency",
  notes=["Generic: “members of the intelligence community” in the DEA training program and “intel … liaisons” in the recommended Joint Task Force. That it is the U.S. intelligence community is not stated."],
  entry_notes=["Named generically; no agency is identified."])

# --- U.S. officials and persons
A("donald-trump", [Q_FOX, Q("If not, Trump has not been shy about the use of tariffs and other coercive measures."), Q_EXTRADITE_92],
  name="Donald Trump", kind="official", country="US", aliases=["Trump"],
  notes=["Called “President Donald Trump”. The text also speaks of “the President” (“what the President has referred to as the ‘Donroe Doctrine’”) and of the first and second Trump administrations."])
A("hegseth", [Q("[Secretary Hegseth has reinstated](#)")], name="Hegseth", kind="official", country="US",
  notes=["Named only as “Secretary Hegseth”, in the sentence on the National Defense Strategy; the text gives neither his first name nor his department, so no parent is recorded. The country is inferred from that context."])
A("marco-rubio", [Q_PRESSCONF, Q_CALL], name="Marco Rubio", kind="official", country="US",
  parent=link("us-state-department", "stated", Q_PRESSCONF))
A("george-w-bush", [Q_MERIDA_SIGN, Q("Since the George W. Bush administration, U.S. security doctrine has oscillated in how it conceptualizes Mexico")],
  name="George W. Bush", kind="official", country="US", aliases=["Bush"],
  notes=["His office is not stated; it is implied by “the George W. Bush administration” and the “Bush NSS” / “Bush NDS” table columns."])
A("barack-obama", [Q_MERIDA_OBAMA, Q("Obama explicitly states: \"the false choice between our interests and our values\"")],
  name="Barack Obama", kind="official", country="US", aliases=["Obama"],
  notes=["Named as “the Barack Obama administration”, “Obama” and in the “Obama NSS” / “Obama DSG, QDR*” table columns."])
A("biden", [Q("the contrast between the Biden administration and the second Trump administration is especially stark"),
            Q("the Biden administration briefly returned to a governance-centric, non-securitized framing")],
  name="Biden", kind="official", country="US",
  notes=["Named only as “the Biden administration”; no first name is given. Neither comparison table has a Biden column."])

# --- Mexican institutions, officials and persons
A("claudia-sheinbaum", [Q_SHEIN_PORTERO, Q_PRESSCONF, Q_SHEIN_SAVVY],
  name="Claudia Sheinbaum Pardo", kind="official", country="MX", aliases=["Claudia Sheinbaum", "Sheinbaum"],
  parent=link("mexico", "stated", Q_SHEIN_PORTERO),
  notes=["Called “Mexico's President Claudia Sheinbaum”, “President Claudia Sheinbaum Pardo” and “Sheinbaum”. The text speaks both of “her political parties” and of “her political party's project”; no party is named."])
A("juan-ramon-de-la-fuente", [Q_DELAFUENTE_SEPT, Q_CALL, Q_MECH],
  name="Juan Ramón de la Fuente", kind="official", country="MX", aliases=["De la Fuente"],
  parent=link("mexico-foreign-ministry", "inferred", Q_CALL, Q_MECH),
  notes=["Called “Foreign Minister” and “Mexican Foreign Minister”; that he heads the Mexican Foreign Ministry is inferred from the title."])
A("mexico-foreign-ministry", [Q_MECH, Q_SRE_PRINCIPLES],
  name="Mexican Foreign Ministry", kind="government-body", country="MX",
  parent=link("mexico", "stated", Q_SRE_PRINCIPLES))
A("mexican-senate", [Q_ART76], name="Mexican Senate", kind="legislature", country="MX",
  parent=link("mexico", "stated", Q_ART76))
A("mexico-attorney-general", [Q_GAO], name="federal Attorney General’s office", kind="government-body", country="MX",
  parent=link("mexico", "stated", Q_GAO),
  notes=["Named as “Mexico’s federal Attorney General’s office”, the only Mexican body that sends trace requests to the ATF."])
A("mexican-military", [Q_MIL_BURDEN, Q_NYT], name="Mexican military", kind="military", country="MX",
  parent=link("mexico", "stated", Q_MIL_BURDEN),
  notes=["Also “Mexican soldiers” in the quoted New York Times report."])
A("mexican-navy", [Q_MERIDA_EQUIP], name="navy", kind="military", country="MX",
  parent=link("mexico", "inferred", Q_MERIDA_EQUIP),
  notes=["Named only as “the navy” among the recipients of Mérida Initiative helicopters; that it is Mexico's navy is inferred from the context (equipment provided to Mexico under the plan)."],
  entry_notes=["Named only as “the navy”."])
A("mexican-federal-police", [Q_MERIDA_EQUIP], name="federal police", kind="agency", country="MX",
  parent=link("mexico", "inferred", Q_MERIDA_EQUIP),
  notes=["Named only as “the federal police” among the recipients of Mérida Initiative helicopters; that it is Mexico's is inferred from the context."],
  entry_notes=["Named only as “the federal police”."])
A("mexican-state-forces", [Q_GAO], name="Mexican state forces", kind="agency", country="MX",
  parent=link("mexico", "stated", Q_GAO),
  entry_notes=["Named generically; no force is identified."])
A("mexican-security-forces", [Q_TRACES_2018, Q("These exercises can respect Mexico's sovereignty by helping increase its security forces ability to respond to organized crime.")],
  name="Mexican security forces", kind="agency", country="MX",
  parent=link("mexico", "stated", Q_TRACES_2018),
  entry_notes=["Named generically; no force is identified."])
A("maduro", [Q("put to use with the capture of Maduro in Venezuela,")], name="Maduro", kind="person",
  notes=["Named only as “Maduro”, captured “in Venezuela”; the text gives no first name, office or nationality. The sentence breaks off after “Venezuela,”."])
A("felipe-calderon", [Q_MERIDA_SIGN], name="Felipe Calderón", kind="person",
  notes=["The text states neither his office nor his nationality; it says only that he and George W. Bush signed the Mérida Initiative in 2008. No country is recorded."])
A("el-mencho", [Q_MENCHO], name="El Mencho", kind="person",
  parent=link("cjng", "stated", Q_MENCHO),
  notes=["“the leader of the CJNG, known as El Mencho”; the text reports his arrest and extradition without a date."])
A("maria-del-rosario-navarro-sanchez", [Q_NAVARRO], name="María Del Rosario Navarro Sánchez", kind="person", country="MX",
  notes=["Inside the quotation about the January 20, 2026 transfer: “the first Mexican citizen to face charges in the U.S. for providing support to a terrorist organization”."])

# --- criminal organisations
A("sinaloa-cartel", [Q_TRANSFER], name="Sinaloa Cartel", kind="criminal-organization")
A("beltran-leyva-cartel", [Q_TRANSFER], name="Beltrán-Leyva cartel", kind="criminal-organization")
A("cjng", [Q_TRANSFER, Q_MENCHO], name="Cartel Jalisco Nueva Generacion", kind="criminal-organization", aliases=["CJNG"],
  entry_notes=["Spelled “Generacion” without an accent in the text."])
A("northeast-cartel", [Q_TRANSFER], name="Northeast Cartel", kind="criminal-organization",
  notes=["Described as “a remnant of the infamous Zetas”; a remnant is not recorded as a part (no parent). “based in the Mexican border state of Tamaulipas” may describe the Northeast Cartel or the Zetas; the sentence does not settle which."])
A("zetas", [Q_TRANSFER], name="Zetas", kind="criminal-organization",
  notes=["Named only as the group the Northeast Cartel is “a remnant of”."])
A("transnational-criminal-organizations", [Q("with Mexican-based TCOs treated as direct threats to U.S. sovereignty"),
                                           Q("Accompanying this, the U.S. faces additional risks from TCOs and FTO-designated cartels."),
                                           Q("\\$3.2 billion for transnational criminal organization prosecutions")],
  name="TCOs", kind="criminal-organization", aliases=["transnational criminal organization"],
  entry_notes=["Named generically; the text writes “TCOs” and never expands it in the plural, using the full form only attributively (“transnational criminal organization prosecutions”)."])
A("drug-cartels", [Q_FOX, Q("Accompanying this, the U.S. faces additional risks from TCOs and FTO-designated cartels.")],
  name="drug cartels", kind="criminal-organization",
  entry_notes=["Named generically (“drug cartels”, “cartels”, “FTO-designated cartels”); no organisation is identified."],
  notes=["“FTO-designated cartels”: “FTO” is never expanded and no designated cartel or designation date is named, so the designation is not recorded as an initiative."])
A("narco-terrorists", [Q("ensure cooperation to target narco-terrorists"),
                       Q("Specific to cartels, the NDS states the military will have “credible military options to use against narco-terrorists wherever they may be.”")],
  name="narco-terrorists", kind="criminal-organization",
  entry_notes=["A label the NSS and NDS use, as the text reports them; no organisation is identified."])
A("cartel-gatekeepers", [Q_GATEKEEPERS, Q("By specifically targeting them, DEA and its partners are striking at the heart of cartel command-and-control.")],
  name="gatekeepers", kind="criminal-organization",
  entry_notes=["A class of cartel operatives (“operatives who control the smuggling corridors along the Southwest Border”), not one organisation."])

# --- companies, media, research
for gid, gname in (("smith-wesson", "Smith & Wesson"), ("beretta", "Beretta"), ("colt", "Colt"), ("glock", "Glock")):
    A(gid, [Q_LAWSUIT], name=gname, kind="company", country="US",
      notes=["The text lists it among the “several major U.S. gun manufacturers” Mexico sued in 2021; the country is recorded as the text states it."])
A("inegi", [Q(S[30]), Q(S[41])], name="INEGI", kind="organization",
  notes=["The text never expands “INEGI” or says what kind of body it is; it is the source of “the latest data” on firearm homicides in Mexico. No country is recorded."],
  entry_notes=["The text gives only the abbreviation."])
A("orion-policy-institute", [Q("Orion Policy Institute (OPI) is an independent, non-profit, tax-exempt think tank focusing on a broad range of issues at the local, national, and global levels."),
                             Q("OPI does not take institutional policy positions."),
                             Q("Note: This figure was created by and is the property of Orion Policy Institute.", near="Comparison of Strategic Documents: National Security Strategies from Bush-Trump"),
                             Q("Note: This figure was created by and is the property of Orion Policy Institute.", near="Comparison of Strategic Documents: National Defense Strategies from Bush-Trump")],
  name="Orion Policy Institute", kind="organization", aliases=["OPI"])
A("fox-news", [Q_FOX], name="Fox News", kind="media")
A("new-york-times", [Q_NYT], name="New York Times", kind="media")
A("financial-institutions", [Q_FIN_INTEL, Q_FIN_PENALTY], name="financial institutions", kind="organization",
  entry_notes=["Named generically; no institution is identified."])
A("arizona-state", [Q_GUN_STATES], name="Arizona", kind="government-body", country="US",
  notes=["The U.S. state as a polity (“Border states like Arizona and Texas could also bolster gun purchase laws”); the territory is places: arizona. That it is a U.S. state is read from the context (guns traced to purchases in the United States)."])
A("texas-state", [Q_GUN_STATES], name="Texas", kind="government-body", country="US",
  notes=["The U.S. state as a polity (“Border states like Arizona and Texas could also bolster gun purchase laws”); the territory is places: texas."])

# ====================================================================== places
places = []
new_places = []
EXISTING_PLACES = {p["id"] for p in json.load(open("/work/main/src/binational/data/places.json"))["places"]}
place_alias_updates = {}


def P(id, evidence, name=None, kind=None, countries=(), aliases=(), notes=None, entry_notes=None, add_aliases=()):
    m = {"id": id, "evidence": evidence}
    if notes:
        m["notes"] = notes
    places.append(m)
    if id in EXISTING_PLACES:
        assert name is None
        if add_aliases:
            place_alias_updates[id] = list(add_aliases)
    else:
        e = {"id": id, "name": name, "kind": kind}
        if countries:
            e["countries"] = list(countries)
        if aliases:
            e["aliases"] = list(aliases)
        if entry_notes:
            e["notes"] = entry_notes
        new_places.append(e)


P("us-mexico-border", [Q("Specific to border security, the NSS elevates the southern border to a near-battlefield status."),
                       Q_SOUTHWEST_CONTROL, Q_GATEKEEPERS,
                       Q("These inconsistencies in announcements reflect the tension between the two countries that are trying to present a united front to the public sphere yet still have two different visions of how to achieve security in the border region.")],
  add_aliases=["Southwest Border"],
  notes=["The text says “southern border”, “Southwest Border” / “southwest border”, “the border” and “the border region”. “Southwest Border” is read as this border from the context (smuggling corridors moving drugs “into the United States” and firearms and cash “back into Mexico”)."])
P("texas", [Q_TRANSFER, Q_TX_AZ, Q_SHEIN_WILLING, Q_GUN_STATES], name="Texas", kind="state", countries=["US"],
  notes=["That Texas and Arizona are U.S. states is read from the context (“Border states”, guns “traced to a purchase in the United States”)."])
P("arizona", [Q_TX_AZ, Q_GUN_STATES], name="Arizona", kind="state", countries=["US"])
P("tamaulipas", [Q_TRANSFER], name="Tamaulipas", kind="state", countries=["MX"],
  notes=["“the Mexican border state of Tamaulipas, across from Texas”."])
P("guantanamo-bay", [Q("including \\$2 billion for border operations and \\$3 billion for detention-related activities at continental U.S. (CONUS) sites and Guantanamo Bay.")],
  name="Guantanamo Bay", kind="facility",
  notes=["Named as a site of DoD detention-related activities; the text does not say where it lies, so no country is recorded."])
P("conus", [Q("including \\$2 billion for border operations and \\$3 billion for detention-related activities at continental U.S. (CONUS) sites and Guantanamo Bay.")],
  name="continental U.S.", kind="region", countries=["US"], aliases=["CONUS"])
P("western-hemisphere", [Q("reinforce a broader reorientation of U.S. security priorities away from democracy promotion and alliance-building in the Western Hemisphere"),
                         Q("The document explicitly states the U.S. must “actively and fearlessly defend America’s interests throughout the Western Hemisphere,”"),
                         Q("Beyond these threats, the White House states the Western Hemisphere must be “reasonably stable and well-governed” to prevent mass migration")],
  name="Western Hemisphere", kind="region")
P("latin-america", [Q("Posture Statements: NORTHCOM, SOUTHCOM, and U.S. Signaling in Latin America")], name="Latin America", kind="region",
  notes=["Named only in a section heading."])
P("indo-pacific", [Q("Western Hemisphere programs are not growth priorities; major increases flow to Taiwan and Indo-Pacific initiatives.")],
  name="Indo-Pacific", kind="region")
P("mexican-foreign-ministry-headquarters", [Q_MECH], name="Mexican Foreign Ministry headquarters", kind="facility", countries=["MX"],
  notes=["Where De la Fuente reported the high-level coordination mechanism."])

# ====================================================================== initiatives
initiatives = []
new_initiatives = []
EXISTING_INITS = {i["id"] for i in json.load(open("/work/main/src/binational/data/initiatives.json"))["initiatives"]}
init_alias_updates = {}


def st(status, certainty, *quotes):
    return {"status": status, "certainty": certainty, "evidence": list(quotes)}


def ev(kind, quotes, date=None, actors=()):
    e = {"kind": kind, "evidence": list(quotes)}
    if date:
        e["date"] = date
    if actors:
        e["actors"] = list(actors)
    return e


def pt(actor, role, certainty, *quotes):
    return {"actor": actor, "role": role, "certainty": certainty, "evidence": list(quotes)}


def rel(kind, target, certainty, *quotes):
    return {"kind": kind, "initiative": target, "certainty": certainty, "evidence": list(quotes)}


def I(id, evidence, name=None, kind=None, aliases=(), statuses=(), events=(), participants=(), relations=(),
      notes=None, entry_notes=None, add_aliases=()):
    m = {"id": id, "evidence": evidence}
    for k, v in (("statuses", statuses), ("events", events), ("participants", participants), ("relations", relations)):
        if v:
            m[k] = list(v)
    if notes:
        m["notes"] = notes
    initiatives.append(m)
    if id in EXISTING_INITS:
        assert name is None
        if add_aliases:
            init_alias_updates[id] = list(add_aliases)
    else:
        e = {"id": id, "name": name, "kind": kind}
        if aliases:
            e["aliases"] = list(aliases)
        if entry_notes:
            e["notes"] = entry_notes
        new_initiatives.append(e)


Q_MERIDA_AIM = Q("The plan's aim was also to reform the justice system by applying new judicial, police, and prison reforms, and providing forensic equipment and training.")
Q_MERIDA_TELECOM = Q("The plan also established a system of secure telecommunications between ten Mexican and American cities to share intelligence and dedicated funding to training and equipment for the Mexican penitentiary and judicial systems.")
Q_BICENT_AREAS = Q("That focuses on binational cooperation in three primary areas.")
Q_PORTERO_HSTF = Q("Project Portero is also coordinated with the Homeland Security Task Force (HSTF), ensuring a whole-of-government approach.")
Q_HSTF_INTEG = Q("HSTF integration brings together law enforcement, intelligence, defense, and prosecutorial elements, aligning priorities and operations so the United States can apply its full capabilities against cartel networks.")
Q_DEA_TRAIN = Q("To advance this effort, DEA has launched a multi-week training and collaboration program at one of its intelligence centers on the Southwest Border.")
Q_DEA_TRAIN2 = Q("Over the course of several weeks, participants will identify joint targets, develop coordinated enforcement strategies, and strengthen the exchange of intelligence.")
Q_UNDERSTANDING_RESULTS = Q("The Foreign Minister stated that this understanding will lead to more and better results in security matters, which is in the interest of both governments and peoples.")
Q_AGREEMENT_MEASURES = Q("This agreement includes measures to counter illicit financial flows, the flow of illegal fuels, the apprehension of those who generate violence, and the trafficking of drugs and illegal weapons, each within their respective territories.")
Q_MECH_MEET = Q("This mechanism will meet periodically to evaluate progress and ensure the achievement of the established objectives.")
Q_SEC1265 = Q(S[16])
Q_SEC1205 = Q(S[17])
Q_NDAA_SUM = Q("These provisions collectively signal congressional intent to expand planning, reporting, and capacity-building while categorically rejecting coercive or kinetic military action.")
Q_NDAA_PROHIBIT = Q("NDAA provisions that mandate planning and capacity-building while explicitly prohibiting the use of force in Mexico")
Q_FY25CR = Q("They are now being operationalized through the FY25 continuing resolution and the FY26 budget requests, which together reallocate institutional power across DHS, DoD, DOJ, and State in ways that materially reshape how the United States engages with Mexico.")
Q_PB_DECL = Q(S[5])
Q_PB_FY26 = Q("The FY26 PB makes the reorientation toward domestic enforcement explicit.")
Q_INCLE = Q("In contrast, State and international programs fall by 83.7%, with International Narcotics Control and Law Enforcement (INCLE) reduced by \\$1.1 billion.")
Q_RECON = Q("Because reconciliation authority is multiyear and largely insulated from annual appropriations oversight, it effectively grants DHS strategic discretion over Mexico-linked enforcement operations well beyond a single budget cycle.")
Q_HBS = Q("The DoD receives a \\$113.3 billion topline increase and \\$5 billion in mandatory Homeland Border Security funding, including \\$2 billion for border operations and \\$3 billion for detention-related activities at continental U.S. (CONUS) sites and Guantanamo Bay.")
Q_HBS_NEW = Q("including \\$5 billion in new mandatory border-security funding")
Q_ICS = Q(S[10])
Q_MONROE = Q(S[22])
Q_COROLLARY = Q(S[23])
Q_STATE_COROLLARY = Q("Moreover, the Department of State is framed as an enforcer of the Trump Corollary and dealmaker to ensure hemispheric\n\nalignment to U.S. priorities.")
Q_WARRIOR = Q(S[28])
Q_P5114_RESULT = Q("When read alongside flat counter-drug budgets, administrative liaison structures like Project 5114, and NDAA provisions")

# --- programs and agreements
I("merida-initiative",
  [Q_MERIDA_SIGN, Q_MERIDA_CONGRESS, Q_MERIDA_AIM, Q_MERIDA_EQUIP, Q_MERIDA_TELECOM, Q_MERIDA_OBAMA, Q_HLSD],
  name="Mérida Initiative", kind="program",
  statuses=[st("replaced", "stated", Q_HLSD)],
  events=[ev("signed", [Q_MERIDA_SIGN], Y(2008), ["felipe-calderon", "george-w-bush"]),
          ev("approved", [Q_MERIDA_CONGRESS], None, ["us-congress"]),
          ev("renewed", [Q_MERIDA_OBAMA], None, ["barack-obama"]),
          ev("expanded", [Q_MERIDA_OBAMA], None, ["barack-obama"]),
          ev("replaced", [Q_HLSD], Y(2021, 10), ["united-states", "mexico"])],
  participants=[pt("felipe-calderon", "signatory", "stated", Q_MERIDA_SIGN),
                pt("george-w-bush", "signatory", "stated", Q_MERIDA_SIGN),
                pt("us-congress", "funder", "stated", Q_MERIDA_CONGRESS),
                pt("mexican-navy", "beneficiary", "stated", Q_MERIDA_EQUIP),
                pt("mexican-federal-police", "beneficiary", "stated", Q_MERIDA_EQUIP),
                pt("united-states", "partner", "stated", Q_HLSD),
                pt("mexico", "partner", "stated", Q_HLSD)],
  relations=[rel("succeeded-by", "bicentennial-framework", "stated", Q_HLSD)],
  notes=["The link text spells it “Mérida initiative”; later “Mérida Initiative”.",
         "Its stated aims: to disempower criminal organizations and capture their leaders, and to reform the justice system (judicial, police and prison reforms, forensic equipment and training).",
         "The text says the US Congress “approved 2.3 billion dollars for this plan and spent 1.4 billion on equipment and training”; no dates are given for the approval.",
         "Components listed: four planes for ocean surveillance, one surveillance aircraft, nine Blackhawk helicopters (divided between the navy and the federal police), dogs and technology to monitor border crossings, a secure telecommunications system between ten Mexican and American cities, and training and equipment for the Mexican penitentiary and judicial systems.",
         "The renewal and expansion “under the Barack Obama administration” is undated; the administration is recorded as the actor through Barack Obama."])
I("carsi", [Q_MERIDA_OBAMA], name="Central American Regional Security Initiative", kind="program", aliases=["CARSI"],
  events=[ev("established", [Q_MERIDA_OBAMA], Y(2011), ["barack-obama"])],
  relations=[rel("derived-from", "merida-initiative", "inferred", Q_MERIDA_OBAMA)],
  notes=["The text says the Obama administration, under which Mérida was “renewed and expanded”, “formed” CARSI in 2011; that CARSI grew out of the Mérida Initiative is inferred from that one sentence, which does not say so outright."])
I("us-mexico-high-level-security-dialogue", [Q_HLSD],
  events=[ev("launched", [Q_HLSD], Y(2021, 10))],
  participants=[pt("united-states", "partner", "inferred", Q_HLSD), pt("mexico", "partner", "inferred", Q_HLSD)],
  add_aliases=["High-Level Security Dialogue", "HLSD"],
  notes=["Seed 001 mentions the dialogue only as the occasion (“the October 2021 launch”) at which the United States and Mexico replaced the Mérida Initiative with the Bicentennial Framework; that the two countries are its parties is inferred from that sentence."])
I("bicentennial-framework", [Q_HLSD, Q_BICENT_AREAS, Q(S[19])],
  name="U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities", kind="framework",
  aliases=["Bicentennial Framework"],
  events=[ev("established", [Q_HLSD], Y(2021, 10), ["united-states", "mexico"])],
  participants=[pt("united-states", "partner", "stated", Q_HLSD), pt("mexico", "partner", "stated", Q_HLSD)],
  relations=[rel("preceded-by", "merida-initiative", "stated", Q_HLSD)],
  notes=["It “focuses on binational cooperation in three primary areas”: protecting people (public health programs against addiction, community policing, reducing homicide and impunity rates); diminishing transnational criminal operations across the border (securing travel and commerce, reducing the illicit firearm trade, targeting TCOs' supply chains and human trafficking); and pursuing criminal networks (illicit financing, security and judicial capacity, cyber threats, extradition cooperation).",
         "The text records no status for it; it says that mechanisms “such as the Bicentennial Framework” lack the statutory, budgetary and bureaucratic anchoring needed to survive political shifts.",
         "The event date is the October 2021 HLSD launch, at which the text says the replacement took place."])
I("project-portero", [Q_GATEKEEPERS, Q_PORTERO_HSTF, Q_SHEIN_PORTERO, Q_DEA_ANN],
  name="Project Portero", kind="operation",
  statuses=[st("announced", "stated", Q_DEA_ANN, Q_SHEIN_PORTERO),
            st("disputed", "inferred", Q_SHEIN_PORTERO,
               Q("These inconsistencies in announcements reflect the tension between the two countries"))],
  events=[ev("announced", [Q_DEA_ANN, Q_GATEKEEPERS], Y(2025, 8), ["us-dea"]),
          ev("disputed", [Q_SHEIN_PORTERO], Y(2025, 8, 19), ["claudia-sheinbaum"])],
  participants=[pt("us-dea", "lead", "stated", Q_GATEKEEPERS),
                pt("cartel-gatekeepers", "target", "stated", Q_GATEKEEPERS),
                pt("mexico", "partner", "inferred", Q_DEA_ANN, Q_SHEIN_PORTERO)],
  relations=[rel("coordinated-with", "homeland-security-task-force", "stated", Q_PORTERO_HSTF)],
  notes=["The DEA announced “a new bilateral security project” with Project Portero “at the core of this effort”; the text does not name the wider project separately, so it is folded into this record.",
         "Mexico's part is disputed: the DEA called the project bilateral, but on August 19, 2025 Sheinbaum said her government “did not have an agreement” with the DEA regarding it. Mexico is kept as a partner only with certainty inferred, and the status “disputed” is a coding of that exchange; the text speaks of “inconsistencies in announcements”.",
         "The text describes the gatekeepers' role: directing fentanyl, methamphetamine and cocaine into the United States and firearms and bulk cash back into Mexico."])
I("dea-training-collaboration-program", [Q_DEA_TRAIN, Q_DEA_PROGRAM, Q_DEA_TRAIN2],
  name="multi-week training and collaboration program", kind="program",
  events=[ev("launched", [Q_DEA_TRAIN], None, ["us-dea"])],
  participants=[pt("us-dea", "lead", "stated", Q_DEA_TRAIN),
                pt("mexico", "partner", "stated", Q_DEA_PROGRAM),
                pt("us-intelligence-community", "partner", "stated", Q_DEA_PROGRAM)],
  relations=[rel("part-of", "project-portero", "inferred", Q_DEA_TRAIN)],
  notes=["Held “at one of its intelligence centers on the Southwest Border” (the center is not named). It brings “Mexican investigators” together with U.S. law enforcement, prosecutors, defense officials and members of the intelligence community; Mexico is recorded as partner through its investigators.",
         "The text says it was launched “To advance this effort”, i.e. the bilateral security project around Project Portero; the part-of relation is inferred from that phrase. No launch date is given beyond the August 2025 context."],
  entry_notes=["Named only descriptively (a DEA program)."])
I("homeland-security-task-force", [Q_PORTERO_HSTF, Q_HSTF_INTEG],
  name="Homeland Security Task Force", kind="task-force", aliases=["HSTF"],
  relations=[rel("coordinated-with", "project-portero", "stated", Q_PORTERO_HSTF)],
  notes=["The text says HSTF integration “brings together law enforcement, intelligence, defense, and prosecutorial elements”; it names no member agency."])
I("border-security-law-enforcement-cooperation-program", [Q_DELAFUENTE_SEPT, Q_MECH, Q_UNDERSTANDING_RESULTS, Q_AGREEMENT_MEASURES],
  name="Border Security and Law Enforcement Cooperation Program", kind="agreement",
  statuses=[st("announced", "stated", Q_DELAFUENTE_SEPT)],
  events=[ev("announced", [Q_DELAFUENTE_SEPT], Y(2025, 9), ["juan-ramon-de-la-fuente"])],
  participants=[pt("mexico", "partner", "stated", Q_DELAFUENTE_SEPT),
                pt("united-states", "partner", "stated", Q_DELAFUENTE_SEPT),
                pt("juan-ramon-de-la-fuente", "announcer", "stated", Q_DELAFUENTE_SEPT)],
  notes=["The text calls it an “understanding on security cooperation” (September 2025), “this understanding”, “This agreement”, and “the agreements reached in this new Border Security and Law Enforcement Cooperation Program”; these are read as one initiative (inferred).",
         "Its four principles as announced: unrestricted respect for sovereignty and territorial integrity, shared responsibility, mutual trust, and coordinated collaboration without subordination.",
         "Its measures: countering illicit financial flows, the flow of illegal fuels, the apprehension of those who generate violence, and the trafficking of drugs and illegal weapons, “each within their respective territories”.",
         "The joint press conference with Marco Rubio, after their meeting with Sheinbaum, is undated in the text; it is not recorded as a dated event."])
I("high-level-coordination-mechanism", [Q_MECH, Q_MECH_MEET],
  name="high-level coordination mechanism", kind="mechanism",
  events=[ev("established", [Q_MECH], None, ["mexico", "united-states"])],
  relations=[rel("part-of", "border-security-law-enforcement-cooperation-program", "inferred", Q_MECH)],
  notes=["De la Fuente reported that it “has been established” to ensure the implementation of the agreements of the Border Security and Law Enforcement Cooperation Program and “will meet periodically”; no date is given for its establishment, and its members are not named (the event's actors are inferred from the binational agreement)."],
  entry_notes=["Named only descriptively."])
I("project-5114", [Q_P5114, Q_NORTHCOM_ODC, Q_P5114_RESULT],
  name="Project 5114", kind="mechanism",
  aliases=["USNORTHCOM Mexico Office of Defense Coordination", "Office of Defense Coordination"],
  statuses=[st("active", "stated", Q_NORTHCOM_ODC)],
  participants=[pt("us-northcom", "lead", "stated", Q_P5114)],
  notes=["The text equates Project 5114 with “the USNORTHCOM Mexico Office of Defense Coordination” and says it “operates as an administrative liaison mechanism rather than a platform for integrated operations”.",
         "The status is read from “continues to maintain a Mexico-focused Office of Defense Coordination”."])
I("ndaa", [Q("The FY26 budget and [NDAA provisions](#) reinforce this structural tilt."), Q_NDAA_PROHIBIT, Q_NDAA_SUM],
  name="NDAA", kind="statute",
  notes=["Never expanded, and no year is given; the surrounding text speaks of “FY26 statutory and budgetary signals”.",
         "The text says its provisions mandate planning and capacity-building “while explicitly prohibiting the use of force in Mexico”; of Section 1265 it says only that nothing in it “authorizes” the use of force. The two wordings differ in strength; both are kept as printed."],
  entry_notes=["The text gives only the abbreviation."])
I("ndaa-section-1265", [Q_SEC1265],
  name="Section 1265", kind="provision",
  participants=[pt("us-congress", "lead", "stated", Q_SEC1265),
                pt("mexico", "beneficiary", "stated", Q_SEC1265)],
  relations=[rel("part-of", "ndaa", "inferred", Q("The FY26 budget and [NDAA provisions](#) reinforce this structural tilt."), Q_SEC1265)],
  notes=["It requires “a U.S. security assistance strategy to Mexico”, while “nothing in the provision authorizes the use of force in Mexico”.",
         "Congress is recorded as lead because the text presents the section as a case where “Congress mandates deeper engagement”."])
I("ndaa-section-1205", [Q_SEC1205],
  name="Section 1205", kind="provision",
  participants=[pt("mexico", "partner", "inferred", Q_SEC1205)],
  relations=[rel("part-of", "ndaa", "inferred", Q("The FY26 budget and [NDAA provisions](#) reinforce this structural tilt."), Q_SEC1205)],
  notes=["The text names it for its “joint training pilot”, which is “tactical, U.S.-based, and contingent on explicit Mexican consent”. Mexico's part (partner) is inferred from “joint” and the consent condition."])
I("mexico-constitution-article-76", [Q_ART76],
  name="Article 76", kind="provision",
  participants=[pt("mexican-senate", "oversight", "stated", Q_ART76)],
  notes=["Article 76 of “The Mexican constitution”, which “allows the presence of foreign troops only if approved by the Mexican Senate”."])

# --- budget instruments
I("fy25-continuing-resolution", [Q(S[2]), Q_FY25CR],
  name="FY25 full-year continuing resolution", kind="budget", aliases=["FY25 continuing resolution"],
  notes=["Named twice as a source of funding patterns; the text gives no figures for it. The DHS figures are compared with “FY25 enacted levels”."])
I("fy26-budget-requests", [Q(S[4]), Q_FY25CR, Q("In this sense, the FY26 budget is not simply a resource plan, it is the institutional expression of the strategic drift identified in the NSS and NDS comparison.")],
  name="FY26 budget requests", kind="budget", aliases=["FY26 budget"],
  notes=["The text treats the requests of DHS, DoD, DOJ and State and “the FY26 budget” as one budget architecture; its figures are recorded per department (figures about this initiative and the department)."])
I("fy26-presidents-budget", [Q_PB_DECL, Q_PB_FY26, Q_PB_CUTS],
  name="President's Budget", kind="budget", aliases=["PB", "FY26 PB"],
  notes=["Described as “largely declaratory”."])
I("incle", [Q_INCLE, Q_PB_CUTS],
  name="International Narcotics Control and Law Enforcement", kind="budget", aliases=["INCLE"],
  notes=["A funding account cut by \\$1.1 billion (stated twice). The text places it under “State and international programs” but does not name its administering department."])
I("shelter-and-services-program", [Q_PB_CUTS],
  name="Shelter and Services Program", kind="program",
  participants=[pt("us-dhs", "lead", "stated", Q_PB_CUTS)],
  notes=["Named as “DHS's Shelter and Services Program”, cut by \\$650 million in the President's Budget."])
I("reconciliation-authority", [Q("driven by \\$43.8 billion in reconciliation authority layered atop its \\$115.6 billion"), Q_DHS_PARA, Q_RECON],
  name="reconciliation authority", kind="budget",
  participants=[pt("us-dhs", "beneficiary", "stated", Q_RECON)],
  notes=["The text says reconciliation authority “is multiyear and largely insulated from annual appropriations oversight”."],
  entry_notes=["A budget instrument named generically."])
I("homeland-border-security-funding", [Q_HBS, Q_HBS_NEW],
  name="Homeland Border Security funding", kind="budget",
  participants=[pt("us-dod", "beneficiary", "stated", Q_HBS)],
  notes=["“\\$5 billion in mandatory Homeland Border Security funding” in the DoD paragraph; the opening summary calls the same \\$5 billion “new mandatory border-security funding”."])
I("drug-interdiction-counter-drug-activities", [Q(S[15])],
  name="Drug Interdiction and Counter-Drug Activities", kind="budget",
  notes=["A funding line whose funding “remains flat”; the text also speaks of “flat counter-drug budgets”. It does not say whether the \\$904.3 million DoD “allocates … for counter-drug and interdiction activities” is this line."])
I("mass-removal-campaign", [Q_ICE], name="mass removal campaign", kind="operation",
  participants=[pt("us-ice", "implementer", "inferred", Q_ICE)],
  notes=["Named only as the campaign to which ICE's detention and removal funding is “explicitly tied”; ICE's role is inferred from that."],
  entry_notes=["Named generically."])

# --- strategies, doctrines, policies
I("integrated-country-strategy", [Q_ICS], name="Integrated Country Strategy", kind="strategy", aliases=["ICS"],
  participants=[pt("us-state-department", "lead", "inferred", Q_ICS)],
  notes=["Called “the primary tool for aligning U.S. and partner priorities”; the text notes “The absence of an updated” ICS. The State Department's role is inferred from the paragraph it sits in (Department of State)."])
I("us-national-security-strategy-2025", [Q_NSS_INTRO, Q_NSS_HEAD,
                                         Q("The document itself states the primary national security threat is mass migration."),
                                         Q("For Mexico, it is not named explicitly in the NSS.")],
  name="2025 National Security Strategy", kind="strategy", aliases=["November 2025 National Security Strategy"],
  events=[ev("released", [Q("November 2025 National Security Strategy.")], Y(2025, 11))],
  participants=[pt("white-house", "lead", "inferred", Q("Beyond these threats, the White House states the Western Hemisphere must be “reasonably stable and well-governed” to prevent mass migration"))],
  notes=["The strategy as a policy instrument; the document itself is sources: doc-nss-2025.",
         "The release month is read from the run-in heading “November 2025 National Security Strategy.”; the White House is recorded as lead because the text attributes the strategy's statements to it."])
I("us-national-defense-strategy-2026", [Q_NDS_HEAD, Q_NDS_2026, Q("Border defense is raised to the primary line of effort."),
                                        Q("Similar to the NSS, the NDS does not explicitly name Mexico.")],
  name="January 2026 National Defense Strategy", kind="strategy", aliases=["2026 NDS"],
  events=[ev("released", [Q("January 2026 National Defense Strategy.")], Y(2026, 1))],
  participants=[pt("us-dod", "lead", "inferred", Q_NDS_INTERAGENCY)],
  notes=["The strategy as a policy instrument; the document itself is sources: doc-nds-2026.",
         "The text reports that the NDS casts DHS as a partner “remaining subordinate to the DoD” and concludes “The military will control the border.”",
         "The quoted phrase “focuses, decisive action” is kept as printed."])
I("monroe-doctrine", [Q_MONROE], name="Monroe Doctrine", kind="policy",
  notes=["Described as “a doctrine of Western independence from foreign influence”."])
I("trump-corollary", [Q_COROLLARY, Q(S[20]), Q_STATE_COROLLARY],
  name="Trump Corollary to the Monroe Doctrine", kind="policy", aliases=["Trump Corollary", "Donroe Doctrine"],
  relations=[rel("derived-from", "monroe-doctrine", "stated", Q_COROLLARY)],
  participants=[pt("donald-trump", "lead", "inferred", Q_COROLLARY),
                pt("us-state-department", "implementer", "stated", Q_STATE_COROLLARY),
                pt("us-dod", "implementer", "inferred", Q(S[20]))],
  notes=["“what the President has referred to as the ‘Donroe Doctrine’”: the President is not named in that sentence; Donald Trump is recorded as lead by inference from the name and the section (“Trump 2.0: The Donroe Doctrine”).",
         "It “expands Monroe to include international organizations and a stated ‘destiny’ the American people have in the Western Hemisphere”; the text says it was “put to use with the capture of Maduro in Venezuela,” (the sentence breaks off).",
         "DoD is recorded as implementer by inference from the NDS's promise to “enforce a ‘Trump Corollary to the Monroe Doctrine’ through decisive military action”."])
I("warrior-ethos", [Q_WARRIOR], name="Warrior Ethos", kind="policy",
  participants=[pt("hegseth", "lead", "stated", Q_WARRIOR)],
  notes=["The NDS “extends” it and “Secretary Hegseth has reinstated” it; the reinstatement is undated and is not recorded as an event."])
I("mexico-gun-manufacturers-lawsuit", [Q_LAWSUIT], name="lawsuit", kind="policy",
  statuses=[st("blocked", "stated", Q_LAWSUIT)],
  events=[ev("launched", [Q_LAWSUIT], Y(2021), ["mexico"]),
          ev("blocked", [Q_LAWSUIT], Y(2025, 6), ["us-supreme-court"])],
  participants=[pt("mexico", "lead", "stated", Q_LAWSUIT)]
  + [pt(g, "target", "stated", Q_LAWSUIT) for g in ("smith-wesson", "beretta", "colt", "glock")],
  notes=["Mexico's 2021 lawsuit against U.S. gun manufacturers. The kind vocabulary has no value for litigation, so “policy” is used. The text calls it only “the lawsuit”: Mexico “sued several major U.S. gun manufacturers including Smith & Wesson, Beretta, Colt and Glock in 2021”.",
         "The filing in 2021 is recorded as event “launched”."],
  entry_notes=["Mexico's 2021 lawsuit against U.S. gun manufacturers; the text calls it only “the lawsuit”."])
I("mexico-judicial-reforms", [Q("There are currently several judicial reforms in Mexico that will hand over the power to pick judges to voters.")],
  name="judicial reforms in Mexico", kind="policy",
  participants=[pt("mexico", "lead", "inferred", Q("There are currently several judicial reforms in Mexico that will hand over the power to pick judges to voters."))],
  notes=["“several judicial reforms” that “will hand over the power to pick judges to voters”; no status or date is recorded."],
  entry_notes=["Named descriptively."])

# --- proposed by the seed
PROPOSED = "Proposed by this seed (Policy Recommendation & Conclusion)."
I("southwest-border-joint-task-force", [Q_JTF, Q("The JTF could help reduce trafficking, but that's already post-purchase.")],
  name="Southwest Border Joint Task Force", kind="task-force", aliases=["JTF"],
  statuses=[st("proposed", "stated", Q_JTF)],
  participants=[pt("us-dhs", "lead", "stated", Q_JTF), pt("us-dod", "member", "stated", Q_JTF),
                pt("us-doj", "member", "stated", Q_JTF), pt("us-intelligence-community", "member", "stated", Q_JTF),
                pt("mexico", "partner", "stated", Q("Mexico can have standing liaisons in order to help bolster cooperation and agency."))],
  notes=[PROPOSED, "“lead by DHS” is printed so (for “led by”). “state liaisons” is ambiguous: U.S. state governments' or State Department liaisons; no actor is recorded for it."])
I("binational-threat-assessments", [Q("There should be annual binational threat assessments completed to align priorities and reduce the risk of the US unilaterally defining problems.")],
  name="annual binational threat assessments", kind="mechanism",
  statuses=[st("proposed", "stated", Q("There should be annual binational threat assessments completed to align priorities and reduce the risk of the US unilaterally defining problems."))],
  notes=[PROPOSED])
I("deconfliction-mechanism", [Q("This assessment should be accompanied by a deconfliction mechanism for issues such as accidental escalation or friendly-fire")],
  name="deconfliction mechanism", kind="mechanism",
  statuses=[st("proposed", "stated", Q("This assessment should be accompanied by a deconfliction mechanism for issues such as accidental escalation or friendly-fire"))],
  notes=[PROPOSED])
I("natural-resources-observatory", [Q("We recommend the creation of an observatory that is funded by the government and run by academics and grass roots organizations that can help track the exploitation of natural resources by organized crime.")],
  name="observatory", kind="mechanism",
  statuses=[st("proposed", "stated", Q("We recommend the creation of an observatory that is funded by the government and run by academics and grass roots organizations"))],
  notes=[PROPOSED, "Named only as “an observatory” to track the exploitation of natural resources by organized crime; “the government” that would fund it is not specified (the paragraph concerns Mexico)."])
I("tracing-cell", [Q("A tracing cell and expanding Mexico's capacity to trace guns through the ATF at every level of their security forces would help track the flow of illicit firearms into Mexico.")],
  name="tracing cell", kind="mechanism",
  statuses=[st("proposed", "stated", Q("A tracing cell and expanding Mexico's capacity to trace guns through the ATF"))],
  notes=[PROPOSED, "The text does not say who would run the tracing cell."])
I("joint-federal-state-oversight-boards", [Q("the creation of a vetting system by joint federal-state oversight boards in regions that can help eliminate judicial and political candidates that are found to have ties to organized crime and increase transparency in appointments")],
  name="joint federal-state oversight boards", kind="mechanism",
  statuses=[st("proposed", "stated", Q("the creation of a vetting system by joint federal-state oversight boards"))],
  notes=[PROPOSED, "Federal and state here are read as Mexico's (the paragraph concerns Mexico's judicial reforms); the text does not say so outright, so no participant is recorded."])
I("us-mexico-security-review", [Q("A regular (maybe biennial) U.S.-Mexico Security Review issued at the cabinet level would help design and evaluate programs and laws with a focus on binational security.")],
  name="U.S.-Mexico Security Review", kind="mechanism",
  statuses=[st("proposed", "stated", Q("A regular (maybe biennial) U.S.-Mexico Security Review issued at the cabinet level"))],
  participants=[pt("united-states", "partner", "inferred", Q("A regular (maybe biennial) U.S.-Mexico Security Review issued at the cabinet level")),
                pt("mexico", "partner", "inferred", Q("A regular (maybe biennial) U.S.-Mexico Security Review issued at the cabinet level"))],
  notes=[PROPOSED, "The name implies both countries; whose cabinet would issue it is not said."])

# ====================================================================== options
def CL(text, *quotes, cites=()):
    c = {"text": text, "evidence": list(quotes)}
    if cites:
        c["cites"] = list(cites)
    return c


def AS(crit, rating, *quotes):
    return {"criterion": crit, "rating": rating, "evidence": list(quotes)}


Q_TWO_MODELS = Q("The United States maintains two parallel and largely uncoordinated approaches to regional security: a SOUTHCOM model that depends on partnership and shared governance, and a NORTHCOM model that treats Mexico as a vector of threats to be managed unilaterally.")
Q_DEFAULT = Q("In the absence of institutional structures that force these logics to interact, the enforcement model prevails by default.")
Q_MEXICO_SOUTHCOM = Q("These statements indicate that Mexico is trying to position itself as a partner in security under the SOUTHCOM model of security that emphasizes cooperation, while trying to reject the NORTHCOM model that would limit its sovereignty and treat the border as a battleground.")
Q_SHORT_GAINS = Q("While this approach may yield short-term enforcement gains, it risks eroding the cooperative foundations necessary for managing long-term challenges such as migration flows, transnational criminal networks, and regional stability.")
Q_FRICTION = Q("The enforcement-dominant architecture also increases the risk of friction and instability within the bilateral relationship.")
Q_MISCALC = Q("This dynamic places additional strain on an already asymmetrical relationship and heightens the potential for miscalculation.")
Q_NO_MEDIATOR = Q("Without a mediating institution to reconcile these logics, the enforcement-centric posture inevitably dominates.")
Q_AVOID_NORTHCOM = Q("The idea of tangible results is something the Mexican administration have taken very seriously as a possible way to avoid the NORTHCOM model.")
Q_MIL_ACTION = Q("The U.S. administration demands tangible security results from Mexico and is considering military action in Mexico.")
Q_CROSS_BORDER = Q("This implicitly states the U.S. will leave cross-border military operations on the table.")
Q_LAST_RESORT = Q("The use-of-force should be a last-resort more than a bargaining chip as the threat of force to leverage concessions takes credibility and agency away from an already cooperative partner.")
Q_SOVEREIGNTY_LAW = Q("It also prioritizes Mexican sovereignty and international law which are fundamental for the long term success and strengthening of bilateral relations.")
Q_PROPELLED = Q("These statements have propelled the Mexican administration to present tangible results to promote a bilateral security model that does not threaten Mexico’s sovereignty.")
Q_TARIFFS = Q("If not, Trump has not been shy about the use of tariffs and other coercive measures.")
Q_AVOID_OP = Q("Mexico's government seeks to avoid military operation in its own territory and has been willing to extradite criminals and take drastic actions to provide the tangible results the U.S. demands.")

options = [
    {"id": "orion-option-northcom-model", "name": "NORTHCOM model",
     "summary": "Treat Mexico as a vector of threats to be managed unilaterally, through a homeland-defense lens that casts the border as a battlespace to be sealed; the enforcement-dominant posture the text sees in the FY26 budget, NSS and NDS.",
     "evidence": [Q_TWO_MODELS, Q(S[13]), Q_DEFAULT],
     "components": [
         CL("Frame the U.S.–Mexico interface through homeland defense: “sealing the borders” and “repelling all forms of invasion”", Q(S[13]), cites=[cid(13)]),
         CL("Treat Mexican-based TCOs as direct threats to U.S. sovereignty", Q("with Mexican-based TCOs treated as direct threats to U.S. sovereignty"))],
     "benefits": [
         CL("May yield short-term enforcement gains", Q_SHORT_GAINS)],
     "risks": [
         CL("Would limit Mexico's sovereignty and treat the border as a battleground", Q_MEXICO_SOUTHCOM),
         CL("Risks eroding the cooperative foundations needed for long-term challenges (migration flows, transnational criminal networks, regional stability)", Q_SHORT_GAINS),
         CL("Increases the risk of friction and instability in the bilateral relationship and heightens the potential for miscalculation", Q_FRICTION, Q_MISCALC),
         CL("Narrows the margin for diplomatic de-escalation; disputes more likely to become operational conflicts, legal disputes or retaliatory measures",
            Q("As U.S. policy tools shift toward detention, removal, interdiction, and surveillance, the margin for diplomatic de-escalation narrows."),
            Q("Disputes that once might have been resolved through negotiation or institutional dialogue are more likely to manifest as operational conflicts, legal disputes, or retaliatory policy measures."))],
     "assessments": [
         AS("sovereignty", "unfavourable", Q_MEXICO_SOUTHCOM),
         AS("time-to-results", "favourable", Q("While this approach may yield short-term enforcement gains")),
         AS("durability", "unfavourable", Q("it risks eroding the cooperative foundations necessary for managing long-term challenges")),
         AS("escalation-risk", "unfavourable", Q_MISCALC)],
     "notes": ["The text names the “NORTHCOM model” and equates it with “the enforcement model”. The benefits and risks listed here are stated in “What This Means for Mexico” of the “enforcement-dominant architecture” / “this approach” of the FY26 budget and doctrine; attaching them to the NORTHCOM model is the encoders' reading of that equation.",
               "The text says the enforcement model “prevails by default” absent institutional structures, and that this “is not a policy failure”; it is described, not recommended."]},
    {"id": "orion-option-southcom-model", "name": "SOUTHCOM model",
     "summary": "Partnership-centric engagement that depends on partnership and shared governance, emphasizing capacity-building, democratic resilience and shared regional threats.",
     "evidence": [Q_TWO_MODELS, Q(S[12])],
     "components": [
         CL("Capacity-building, democratic resilience and shared regional threats", Q(S[12]), cites=[cid(12)]),
         CL("Cooperative regional engagement", Q("It reflects two incompatible institutional missions: SOUTHCOM’s cooperative regional engagement versus NORTHCOM’s unilateral territorial defense."))],
     "benefits": [
         CL("Emphasizes cooperation; Mexico seeks to position itself as a security partner under it rather than under the NORTHCOM model", Q_MEXICO_SOUTHCOM)],
     "conditions": [
         CL("Without a mediating institution or institutional structures forcing the two logics to interact, the enforcement posture dominates by default", Q_NO_MEDIATOR, Q_DEFAULT)],
     "assessments": [
         AS("sovereignty", "favourable", Q_MEXICO_SOUTHCOM)],
     "notes": ["The sovereignty rating is inferred from the contrast the text draws with the NORTHCOM model, which “would limit its sovereignty”."]},
    {"id": "orion-option-unilateral-military-action", "name": "U.S. military action against cartels in Mexico",
     "summary": "Ground attacks or cross-border military operations against cartels and “narco-terrorists” in Mexico, which the administration is said to be considering and the NDS keeps on the table.",
     "evidence": [Q_MIL_ACTION, Q_FOX, Q_CROSS_BORDER],
     "components": [
         CL("Ground attacks against drug cartels", Q_FOX),
         CL("“credible military options to use against narco-terrorists wherever they may be”", Q("Specific to cartels, the NDS states the military will have “credible military options to use against narco-terrorists wherever they may be.”"))],
     "conditions": [
         CL("Mexico's constitution (Article 76) allows foreign troops only if approved by the Mexican Senate", Q_ART76),
         CL("Section 1265 does not authorize the use of force in Mexico; the NDAA provisions are described as prohibiting it", Q_SEC1265, Q_NDAA_PROHIBIT, cites=[cid(16)]),
         CL("The seed recommends that use of force be a last resort and that any kinetic option require formal risk assessments", Q_LAST_RESORT, Q("The U.S. should require formal risk assessments for any kinetic option that include security forces from both countries."))],
     "assessments": [
         AS("sovereignty", "unfavourable", Q_SHEIN_WILLING, Q_PROPELLED)],
     "notes": ["Not one option the text lays out as such: assembled from its reports of the administration's stance (Fox News interview, NDS language) and of operations “already … carried out in January with Venezuela”.",
               "The text states no benefit of the option and no risk beyond the recommendations that condition it; it reports that Mexico “seeks to avoid military operation in its own territory” and extradited cartel members “in order to avoid troops entering Mexico”.",
               "The sovereignty rating is inferred from the text's account of Mexico acting “in the hopes of avoiding a violation of Mexican sovereignty”."]},
    {"id": "orion-option-us-forces-accompany-raids", "name": "U.S. forces accompanying Mexican soldiers on raids",
     "summary": "U.S. Special Operations troops or CIA officers accompanying Mexican soldiers on raids on suspected fentanyl labs, as U.S. officials want according to the New York Times report of January 15, 2026.",
     "evidence": [Q_NYT],
     "risks": [
         CL("The statements have pushed Mexico to present tangible results to promote a security model that does not threaten its sovereignty", Q_PROPELLED)],
     "assessments": [
         AS("sovereignty", "unfavourable", Q_PROPELLED)],
     "notes": ["Reported via the quoted New York Times report (citation orion-cite-38); the text does not weigh it beyond saying such statements propelled Mexico to present tangible results. The sovereignty rating is inferred from that sentence."]},
    {"id": "orion-option-threat-of-force-leverage", "name": "Threat of force as a bargaining chip",
     "summary": "Using the threat of force (and tariffs and other coercive measures) to extract concessions and tangible security results from Mexico.",
     "evidence": [Q_LAST_RESORT, Q_TARIFFS],
     "benefits": [
         CL("Has prompted Mexico to present tangible results, such as extraditions, to avoid U.S. troops entering Mexico", Q_PROPELLED, Q_EXTRADITE_37)],
     "risks": [
         CL("Takes credibility and agency away from an already cooperative partner", Q_LAST_RESORT)],
     "assessments": [
         AS("sovereignty", "unfavourable", Q_LAST_RESORT, Q_SOVEREIGNTY_LAW)],
     "notes": ["The text rejects using force as “a bargaining chip” in its recommendations; the benefit recorded is the effect it reports (Mexico extraditing cartel members “in order to avoid troops entering Mexico”), not a benefit it endorses."]},
]

# ====================================================================== recommendations
def R(id, summary, evidence, **kw):
    r = {"id": id, "summary": summary, "evidence": evidence}
    r.update(kw)
    return r


PASSIVE = "The sentence names no actor who should act."
Q_THREAT_ASSESS = Q("There should be annual binational threat assessments completed to align priorities and reduce the risk of the US unilaterally defining problems.")
Q_DECONF = Q("This assessment should be accompanied by a deconfliction mechanism for issues such as accidental escalation or friendly-fire in which members of foreign affairs from both countries\n\ncan have direct communication and a pre-established framework to manage these conflicts in a timely and peaceful manner.")
Q_RISK_ASSESS = Q("The U.S. should require formal risk assessments for any kinetic option that include security forces from both countries.")
Q_EXERCISES = Q("The US and Mexico should also seek to increase cooperation and joint military exercises that can make a sort of \"playbook\" for joint responses to scenarios like a mass-casualty attack by organized crime.")
Q_DIVERSIFY = Q("It will become critical for Mexico to address the diversification of organized crime into natural resources, extortion, and targeted money-laundering operations run by a handful of gangs, which could severely disrupt organized crime networks.")
Q_OBSERVATORY = Q("We recommend the creation of an observatory that is funded by the government and run by academics and grass roots organizations that can help track the exploitation of natural resources by organized crime.")
Q_MINISTERIAL = Q("It will be important for Mexico to build their ministerial capability and strengthen its judicial system in order to address the high levels of impunity and be able to construct investigative lines that can translate into justice.")
Q_ANTICAPTURE = Q("Sector-specific anti-capture strategies for judicial candidates would be helpful to maintain the autonomy of the judicial branch as well as the creation of a vetting system by joint federal-state oversight boards in regions that can help eliminate judicial and political candidates that are found to have ties to organized crime and increase transparency in appointments.")
Q_TIGHTER = Q("Keeping tighter controls and tracking mechanisms to target the illicit flow of weapons to Mexico is an important step in hindering the combat capabilities of organized criminals.")
Q_STRAW = Q("Investment to regulate straw purchasing and gun trafficking in the U.S. is essential.")
Q_TRACING = Q("A tracing cell and expanding Mexico's capacity to trace guns through the ATF at every level of their security forces would help track the flow of illicit firearms into Mexico.")
Q_GHOST = Q("Regulating ghost guns and kits is also important for both countries' national security.")
Q_REVIEW = Q("A regular (maybe biennial) U.S.-Mexico Security Review issued at the cabinet level would help design and evaluate programs and laws with a focus on binational security.")
Q_REVIEW2 = Q("This would create evaluation mechanisms that can track what policies and programs are working and which are not and help reassess security priorities and policies.")
Q_GOV_MECH1 = Q("The result is a widening gap between rhetorical partnership and institutional practice. One that can only be closed by creating governance mechanisms capable of reconciling these competing logics and anchoring binational convergence in statutory, budgetary, and bureaucratic structures that can withstand domestic political volatility.")
Q_GOV_MECH2 = Q("Any durable U.S.-Mexico security framework will therefore require not only new policy language but new governance mechanisms capable of reconciling these competing logics and anchoring convergence in institutions that can withstand domestic political volatility.")

recs = [
    R("orion-binational-governance-mechanisms",
      "Create binational governance mechanisms that reconcile the SOUTHCOM and NORTHCOM logics and anchor U.S.-Mexico convergence in statutory, budgetary and bureaucratic structures able to withstand domestic political volatility.",
      [Q_GOV_MECH2, Q_GOV_MECH1],
      participants=["united-states", "mexico"],
      builds_on=["orion-option-southcom-model", "orion-option-northcom-model", "bicentennial-framework"],
      themes=["binational-coordination", "governance-and-accountability"],
      notes=["Stated as a requirement in the analysis (“will therefore require”, “can only be closed by creating”), not in the recommendations section; no actor is named.",
             "The link to the Bicentennial Framework is the encoders': the text says such mechanisms, “such as the Bicentennial Framework”, lack that anchoring."]),
    R("orion-southwest-border-joint-task-force",
      "Create a Southwest Border Joint Task Force, led by DHS and incorporating DoD, DOJ and intelligence and “state” liaisons into a single CONOPS for border and cartel-specific threats, with operational control over all border and immigration assets.",
      [Q_JTF, Q("This would help resolve current interagency frictions and establish a central command over all affairs related to the border and security.")],
      lead="us-dhs", participants=["us-dod", "us-doj", "us-intelligence-community"], places=["us-mexico-border"],
      builds_on=["southwest-border-joint-task-force"],
      themes=["border-management", "enforcement"],
      notes=["Imperative (“Create …”) with no addressee named.",
             "“lead by DHS” is printed so. “state liaisons” may mean U.S. state or State Department liaisons; it is not resolved and no actor is recorded for it.",
             "Stated aims: to legalize and centralize command and resolve interagency frictions."]),
    R("orion-mexico-standing-liaisons",
      "Give Mexico standing liaisons to the Joint Task Force to bolster cooperation and Mexican agency.",
      [Q("Mexico can have standing liaisons in order to help bolster cooperation and agency.")],
      participants=["mexico"], builds_on=["orion-southwest-border-joint-task-force", "southwest-border-joint-task-force"],
      themes=["binational-coordination"],
      notes=["Phrased as a permission (“Mexico can have”); that the liaisons attach to the recommended Joint Task Force is read from the paragraph."]),
    R("orion-annual-binational-threat-assessments",
      "Complete annual binational threat assessments to align priorities and reduce the risk of the U.S. unilaterally defining problems.",
      [Q_THREAT_ASSESS, Q("Keeps Mexican agency but also creates a framework for each nation to bring up issues they deem important to their national security.")],
      participants=["united-states", "mexico"], builds_on=["binational-threat-assessments"],
      themes=["binational-coordination", "intelligence-sharing"],
      notes=[PASSIVE + " The participants are read from “binational” and “each nation”. “annual” is a frequency, not a timeframe, so no timeframe is recorded."]),
    R("orion-deconfliction-mechanism",
      "Accompany the threat assessments with a deconfliction mechanism (direct communication and a pre-established framework between members of foreign affairs of both countries) to manage accidental escalation or friendly fire.",
      [Q_DECONF],
      participants=["united-states", "mexico"], builds_on=["deconfliction-mechanism", "orion-annual-binational-threat-assessments"],
      themes=["binational-coordination", "military"],
      notes=[PASSIVE + " “members of foreign affairs from both countries” is not resolved to particular ministries; the two countries are recorded.",
             "The military theme is the encoders' reading of “accidental escalation or friendly-fire”."]),
    R("orion-use-of-force-last-resort",
      "Make the use of force a last resort rather than a bargaining chip, prioritizing Mexican sovereignty and international law.",
      [Q_LAST_RESORT, Q_SOVEREIGNTY_LAW],
      builds_on=["orion-option-threat-of-force-leverage", "orion-option-unilateral-military-action"],
      themes=["military"],
      notes=[PASSIVE + " The paragraph concerns the United States' leverage over Sheinbaum's government, but no addressee is recorded."]),
    R("orion-kinetic-option-risk-assessments",
      "Require formal risk assessments for any kinetic option.",
      [Q_RISK_ASSESS],
      addressees=["united-states"], participants=["mexican-security-forces"],
      builds_on=["orion-option-unilateral-military-action", "orion-option-us-forces-accompany-raids"],
      themes=["military", "governance-and-accountability"],
      notes=["“that include security forces from both countries” may qualify the risk assessments or the kinetic options; the sentence does not settle which. Mexico's security forces are recorded as participants on either reading."]),
    R("orion-joint-military-exercises",
      "Increase cooperation and joint U.S.-Mexico military exercises that build a “playbook” for joint responses to scenarios such as a mass-casualty attack by organized crime.",
      [Q_EXERCISES, Q("These exercises can respect Mexico's sovereignty by helping increase its security forces ability to respond to organized crime.")],
      addressees=["united-states", "mexico"], participants=["mexican-security-forces"],
      themes=["military", "binational-coordination", "institutional-capacity"]),
    R("orion-mexico-counter-criminal-diversification",
      "Mexico should address organized crime's diversification into natural resources, extortion and targeted money-laundering operations.",
      [Q_DIVERSIFY],
      addressees=["mexico"],
      themes=["enforcement", "illicit-finance"],
      notes=["“which could severely disrupt organized crime networks” is kept as printed; the clause's reference is unclear."]),
    R("orion-natural-resources-observatory",
      "Create a government-funded observatory, run by academics and grassroots organizations, to track the exploitation of natural resources by organized crime and guide deployments and investigations.",
      [Q_OBSERVATORY, Q("This would help track the areas that require more security forces to be deployed and can help police forces open lines of investigation into the criminal organizations responsible for the exploitation of natural resources.")],
      builds_on=["natural-resources-observatory"],
      themes=["governance-and-accountability", "institutional-capacity"],
      notes=["“We recommend” names no addressee; “the government” that would fund it is not specified (the paragraph is about Mexico). Academics and grassroots organizations are named generically and not recorded as actors."]),
    R("orion-financial-intelligence-asset-tracing",
      "Invest more in financial intelligence and asset-tracing by both countries and financial institutions to trace illicit funds.",
      [Q_FIN_INTEL, Q("The Mexican government has increasingly targeted financial operations of organized criminals successfully but are limited by the transnational nature of money laundering.")],
      participants=["united-states", "mexico", "financial-institutions"],
      themes=["illicit-finance", "intelligence-sharing"],
      notes=[PASSIVE + " “both countries” is read as the United States and Mexico."]),
    R("orion-financial-institution-penalties",
      "Impose harsher penalties on financial institutions found guilty of enrichment from organized-crime funds, to push them to reform their vetting and cooperate with the authorities.",
      [Q_FIN_PENALTY],
      participants=["financial-institutions"],
      themes=["illicit-finance", "enforcement"],
      notes=["“We also suggest” names no addressee, and the text does not say in which country."]),
    R("orion-mexico-ministerial-judicial-capacity",
      "Mexico should build its ministerial capability and strengthen its judicial system to address high impunity and build investigative lines that lead to justice.",
      [Q_MINISTERIAL, Q("There are currently several judicial reforms in Mexico that will hand over the power to pick judges to voters.")],
      addressees=["mexico"], builds_on=["mexico-judicial-reforms"],
      themes=["judicial-reform", "institutional-capacity"]),
    R("orion-judicial-anti-capture-strategies",
      "Adopt sector-specific anti-capture strategies for judicial candidates to maintain the autonomy of the judicial branch.",
      [Q_ANTICAPTURE],
      builds_on=["mexico-judicial-reforms"],
      themes=["judicial-reform", "governance-and-accountability"],
      notes=[PASSIVE + " The paragraph concerns Mexico's judicial reforms, but Mexico is not named as the actor in the sentence."]),
    R("orion-oversight-board-vetting",
      "Create a vetting system run by joint federal-state oversight boards in regions to eliminate judicial and political candidates with ties to organized crime and increase transparency in appointments.",
      [Q_ANTICAPTURE],
      builds_on=["joint-federal-state-oversight-boards", "mexico-judicial-reforms"],
      themes=["judicial-reform", "governance-and-accountability"],
      notes=[PASSIVE + " Same sentence as the anti-capture strategies; a distinct action."]),
    R("orion-tighter-weapons-controls",
      "Keep tighter controls and tracking mechanisms on the illicit flow of weapons to Mexico, to hinder organized criminals' combat capabilities.",
      [Q_TIGHTER, Q_MIL_BURDEN],
      themes=["arms-trafficking"],
      notes=[PASSIVE + " The text adds that this would give Sheinbaum political credit and lessen the burden on the Mexican military."]),
    R("orion-regulate-straw-purchasing",
      "Invest in regulating straw purchasing and gun trafficking in the United States.",
      [Q_STRAW, Q("The JTF could help reduce trafficking, but that's already post-purchase.")],
      participants=["united-states"],
      themes=["arms-trafficking"],
      notes=[PASSIVE + " The place of action is stated (“in the U.S.”), the actor is not."]),
    R("orion-tracing-cell",
      "Set up a tracing cell to help track the flow of illicit firearms into Mexico.",
      [Q_TRACING],
      builds_on=["tracing-cell"],
      themes=["arms-trafficking", "intelligence-sharing"],
      notes=[PASSIVE + " Who would run the cell is not said."]),
    R("orion-expand-mexico-atf-tracing",
      "Expand Mexico's capacity to trace guns through the ATF at every level of its security forces.",
      [Q_TRACING, Q_GAO],
      participants=["mexico", "us-atf", "mexican-security-forces"],
      themes=["arms-trafficking", "institutional-capacity", "binational-coordination"],
      notes=[PASSIVE + " It answers the gap the text reports from the GAO: only Mexico's federal Attorney General's office sends trace requests to the ATF."]),
    R("orion-regulate-ghost-guns",
      "Regulate ghost guns and kits.",
      [Q_GHOST],
      themes=["arms-trafficking"],
      notes=[PASSIVE + " “important for both countries' national security” says who benefits, not who should act."]),
    R("orion-border-state-gun-purchase-laws",
      "Border states such as Arizona and Texas should bolster their gun purchase laws, since most illicit guns tracked by Mexico originate there.",
      [Q_GUN_STATES, Q_TX_AZ],
      addressees=["arizona-state", "texas-state"], places=["arizona", "texas"],
      themes=["arms-trafficking"],
      notes=["“could also bolster” is a soft recommendation. Its ground, “most illicit guns tracked by Mexico originate from those states”, is stronger than the figure given earlier (“up to 60 percent” since 2009)."]),
    R("orion-us-mexico-security-review",
      "Issue a regular (perhaps biennial) cabinet-level U.S.-Mexico Security Review to design and evaluate binational security programs and laws and reassess priorities.",
      [Q_REVIEW, Q_REVIEW2],
      participants=["united-states", "mexico"], builds_on=["us-mexico-security-review"],
      themes=["binational-coordination", "governance-and-accountability"],
      notes=["No addressee is named; whose cabinet would issue the review is not said. The frequency is hedged (“regular (maybe biennial)”) and is a frequency rather than a timeframe, so no timeframe is recorded."]),
]

# ====================================================================== positions
DISCLAIMER = "OPI says it “does not take institutional policy positions” and that the views are “solely those of the author(s)”; the stance is the document's."
positions = [
    {"id": "orion-position-binational-cooperation", "dimension": "binational-cooperation", "stance": "strongly-for",
     "evidence": [Q_GOV_MECH2, Q_THREAT_ASSESS, Q_REVIEW,
                  Q("The absence of commensurate investment in governance, development, and institutional capacity-building further constrains Mexico's ability to shape outcomes on its own terms.")],
     "notes": [DISCLAIMER]},
    {"id": "orion-position-unilateral-action", "dimension": "unilateral-action", "stance": "against",
     "evidence": [Q_THREAT_ASSESS,
                  Q("As U.S. strategy and resourcing increasingly consolidate Mexico-linked challenges within enforcement and defense institutions, the bilateral relationship is reshaped in ways that privilege unilateral action over negotiated cooperation."),
                  Q_LAST_RESORT],
     "notes": [DISCLAIMER]},
    {"id": "orion-position-mexican-sovereignty", "dimension": "mexican-sovereignty", "stance": "for",
     "evidence": [Q_SOVEREIGNTY_LAW, Q("These exercises can respect Mexico's sovereignty by helping increase its security forces ability to respond to organized crime."),
                  Q("Keeps Mexican agency but also creates a framework for each nation to bring up issues they deem important to their national security.")],
     "notes": [DISCLAIMER]},
    {"id": "orion-position-military-role", "dimension": "military-role", "stance": "against",
     "evidence": [Q_LAST_RESORT,
                  Q("These investments transform the DoD from a contingency support actor into an enduring operational presence in border and migration enforcement, institutionalizing military involvement in what has historically been treated as a civilian and diplomatic policy space."),
                  Q("As an agency built and designed for diplomacy, the U.S. is effectively sidelining the strongest tool at its disposal to mitigate any friction the DoD may create--similar to the budget requests.")],
     "notes": [DISCLAIMER,
               "Coded against an expanded or unilateral military role: the text wants force as a last resort and criticises the militarisation of border policy. It does recommend joint military exercises with Mexico and a DHS-led Joint Task Force that incorporates DoD, so the stance is not coded strongly-against."]},
]

# ====================================================================== figures
FY26 = {"start": 2026, "fiscal": True}
Q_DOJ_SUM = Q("The DOJ, despite a 7.6% cut, concentrates over \\$9 billion on immigration enforcement, transnational criminal organization prosecutions, and Southwest border operations.")
Q_DOJ_REQ = Q("The DOJ's request totals \\$41.8 billion, including \\$8.3 billion in mandatory funding, while its discretionary budget declines by \\$2.5 billion.")
Q_DOJ_LINES = Q("Despite this reduction, the DOJ allocates substantial resources to enforcement priorities: \\$11 billion for\n\nviolent crime and gangs, \\$10 billion for drug trafficking and opioid enforcement, \\$3.2 billion for transnational criminal organization prosecutions, \\$3.6 billion for immigration enforcement, and \\$2.3 billion for Southwest border operations.")
Q_HOM1 = Q(S[30])
Q_HOM2 = Q(S[41])
Q_TRACES_2023 = Q("By 2023, 25,697 weapons had been traced, of which 17,535 were sourced from the United States.")
Q_TRADE = Q(S[40])
Q_TRADE_SPLIT = Q("108 million were international sales of weapons, and 106 million were in purchases of firearms.")
Q_TWENTY = Q("This percentage represents an\n\nincrease of twenty percent in the use of firearms in homicides, which Mexico has struggled to lower in the last two decades.")
N_DHS_BASE = ("The text gives two accounts of the DHS request: “\\$43.8 billion in reconciliation authority layered atop its \\$115.6 billion request” and “Its request includes \\$63.6 billion in discretionary funding and \\$43.8 billion in reconciliation authority”. "
              "63.6 + 43.8 = 107.4, not 115.6, and the text does not say whether the \\$115.6 billion includes the reconciliation authority; both figures are kept as printed.")
N_DOJ_9 = ("The three categories named here are listed later as \\$3.2 billion (TCO prosecutions), \\$3.6 billion (immigration enforcement) and \\$2.3 billion (Southwest border operations), which sum to \\$9.1 billion, consistent with “over \\$9 billion”. "
           "All five listed DOJ lines (11 + 10 + 3.2 + 3.6 + 2.3) sum to \\$30.1 billion of the \\$41.8 billion request.")
figures = []


def F(id, subject, value, unit, evidence, scale="one", qualifier="exact", direction=None, period=None, about=(), notes=None, value_max=None):
    f = {"id": id, "subject": subject, "value": value, "unit": unit, "evidence": evidence, "scale": scale, "qualifier": qualifier}
    if direction:
        f["direction"] = direction
    if period:
        f["period"] = period
    if about:
        f["about"] = list(about)
    if notes:
        f["notes"] = notes if isinstance(notes, list) else [notes]
    if value_max is not None:
        f["value_max"] = value_max
    figures.append(f)


# --- FY26 budget: DHS
F("orion-fig-dhs-increase-fy26", "Increase in DHS funding over FY25 enacted levels", 64.9, "percent",
  [Q("DHS alone receives a 64.9% increase over FY25 enacted levels")], direction="increase", period=FY26,
  about=["us-dhs", "fy26-budget-requests"],
  notes="The DHS paragraph restates it as “a nearly 65% increase over FY25” (orion-fig-dhs-increase-nearly-65).")
F("orion-fig-dhs-increase-nearly-65", "Increase in DHS funding over FY25 produced by the request", 65, "percent",
  [Q("producing a nearly 65% increase over FY25")], qualifier="approximately", direction="increase", period=FY26,
  about=["us-dhs", "fy26-budget-requests"])
F("orion-fig-dhs-reconciliation-authority", "DHS reconciliation authority", 43.8, "USD",
  [Q("driven by \\$43.8 billion in reconciliation authority layered atop its \\$115.6 billion"), Q_DHS_PARA], scale="billion", period=FY26,
  about=["us-dhs", "reconciliation-authority", "fy26-budget-requests"])
F("orion-fig-pb-dhs-increase", "Increase in DHS resources in the President's Budget", 43.8, "USD",
  [Q_PB_CUTS], scale="billion", direction="increase", period=FY26,
  about=["us-dhs", "fy26-presidents-budget"],
  notes="The same amount the text elsewhere calls DHS's reconciliation authority (orion-fig-dhs-reconciliation-authority); here it is described as an increase in DHS resources.")
F("orion-fig-dhs-request", "DHS FY26 request (on which the reconciliation authority is layered)", 115.6, "USD",
  [Q("layered atop its \\$115.6 billion\n\nrequest.")], scale="billion", period=FY26,
  about=["us-dhs", "fy26-budget-requests"], notes=N_DHS_BASE)
F("orion-fig-dhs-discretionary", "DHS discretionary funding in the request", 63.6, "USD",
  [Q_DHS_PARA], scale="billion", period=FY26, about=["us-dhs", "fy26-budget-requests"], notes=N_DHS_BASE)
F("orion-fig-ice-detention", "ICE funding for expanded detention capacity", 501, "USD",
  [Q_ICE], scale="million", period=FY26, about=["us-ice", "mass-removal-campaign", "fy26-budget-requests"])
F("orion-fig-ice-removals", "ICE funding for transportation and removals", 205, "USD",
  [Q_ICE], scale="million", period=FY26, about=["us-ice", "mass-removal-campaign", "fy26-budget-requests"])
F("orion-fig-uscis-loss", "USCIS funding lost", 169.9, "USD",
  [Q_USCIS], scale="million", direction="decrease", period=FY26, about=["us-uscis", "fy26-budget-requests"])
F("orion-fig-coast-guard-gain", "Coast Guard funding gained for maritime interdiction", 1, "USD",
  [Q_CG], scale="billion", direction="increase", period=FY26, about=["us-coast-guard", "fy26-budget-requests"])
F("orion-fig-ssp-cut", "Cut to DHS's Shelter and Services Program in the President's Budget", 650, "USD",
  [Q_PB_CUTS], scale="million", direction="decrease", period=FY26,
  about=["shelter-and-services-program", "us-dhs", "fy26-presidents-budget"])
F("orion-fig-cisa-cut", "Cut to CISA in the President's Budget", 491, "USD",
  [Q_PB_CUTS], scale="million", direction="decrease", period=FY26, about=["us-cisa", "fy26-presidents-budget"])
# --- DoD
F("orion-fig-dod-topline-increase", "DoD topline increase", 113.3, "USD",
  [Q("The DoD receives a \\$113.3 billion topline increase, including \\$5 billion in new mandatory border-security funding."), Q_HBS, Q_PB_CUTS],
  scale="billion", direction="increase", period=FY26, about=["us-dod", "fy26-budget-requests", "fy26-presidents-budget"],
  notes="Stated three times: as a “topline increase” (twice) and as the President's Budget “increasing … DoD funding by \\$113.3 billion”.")
F("orion-fig-dod-mandatory-border", "DoD mandatory Homeland Border Security funding", 5, "USD",
  [Q_HBS_NEW, Q_HBS], scale="billion", period=FY26, about=["us-dod", "homeland-border-security-funding", "fy26-budget-requests"],
  notes="Called “new mandatory border-security funding” in the summary. Its two stated parts (\\$2 billion and \\$3 billion) sum to it.")
F("orion-fig-dod-border-operations", "DoD Homeland Border Security funding for border operations", 2, "USD",
  [Q_HBS], scale="billion", period=FY26, about=["us-dod", "homeland-border-security-funding"])
F("orion-fig-dod-detention", "DoD Homeland Border Security funding for detention-related activities at CONUS sites and Guantanamo Bay", 3, "USD",
  [Q_HBS], scale="billion", period=FY26, about=["us-dod", "homeland-border-security-funding", "conus", "guantanamo-bay"])
F("orion-fig-dod-counter-drug", "DoD allocation for counter-drug and interdiction activities", 904.3, "USD",
  [Q_NORTHCOM_ODC], scale="million", period=FY26, about=["us-dod"],
  notes="The text does not say whether this is the Drug Interdiction and Counter-Drug Activities line it calls “flat”; the period is read from the FY26 DoD budget paragraph.")
# --- DOJ
F("orion-fig-doj-cut", "Cut to DOJ", 7.6, "percent", [Q_DOJ_SUM], direction="decrease", period=FY26, about=["us-doj", "fy26-budget-requests"],
  notes="The base of the cut is not stated; the DOJ paragraph says the discretionary budget declines by \\$2.5 billion.")
F("orion-fig-doj-enforcement-total", "DOJ funding concentrated on immigration enforcement, TCO prosecutions and Southwest border operations", 9, "USD",
  [Q_DOJ_SUM], scale="billion", qualifier="more-than", period=FY26, about=["us-doj", "fy26-budget-requests"], notes=N_DOJ_9)
F("orion-fig-doj-request", "DOJ FY26 request, total", 41.8, "USD", [Q_DOJ_REQ], scale="billion", period=FY26, about=["us-doj", "fy26-budget-requests"])
F("orion-fig-doj-mandatory", "DOJ mandatory funding in the request", 8.3, "USD", [Q_DOJ_REQ], scale="billion", period=FY26, about=["us-doj", "fy26-budget-requests"])
F("orion-fig-doj-discretionary-decline", "Decline in DOJ discretionary budget", 2.5, "USD", [Q_DOJ_REQ], scale="billion", direction="decrease", period=FY26,
  about=["us-doj", "fy26-budget-requests"])
F("orion-fig-doj-violent-crime", "DOJ funding for violent crime and gangs", 11, "USD", [Q_DOJ_LINES], scale="billion", period=FY26, about=["us-doj", "fy26-budget-requests"], notes=N_DOJ_9)
F("orion-fig-doj-drug-trafficking", "DOJ funding for drug trafficking and opioid enforcement", 10, "USD", [Q_DOJ_LINES], scale="billion", period=FY26, about=["us-doj", "fy26-budget-requests"])
F("orion-fig-doj-tco-prosecutions", "DOJ funding for transnational criminal organization prosecutions", 3.2, "USD", [Q_DOJ_LINES], scale="billion", period=FY26,
  about=["us-doj", "transnational-criminal-organizations", "fy26-budget-requests"])
F("orion-fig-doj-immigration-enforcement", "DOJ funding for immigration enforcement", 3.6, "USD", [Q_DOJ_LINES], scale="billion", period=FY26, about=["us-doj", "fy26-budget-requests"])
F("orion-fig-doj-southwest-border", "DOJ funding for Southwest border operations", 2.3, "USD", [Q_DOJ_LINES], scale="billion", period=FY26,
  about=["us-doj", "us-mexico-border", "fy26-budget-requests"])
F("orion-fig-doj-prisoner-detention", "DOJ federal prisoner detention funding", 2.5, "USD",
  [Q("Federal prisoner detention increases to \\$2.5 billion, reflecting rising average daily populations and reinforcing the DOJ's role as a mass enforcement executor.")],
  scale="billion", direction="level", period=FY26, about=["us-doj", "fy26-budget-requests"],
  notes="The text says detention “increases to” \\$2.5 billion: the value is the new level, so direction is level; the size of the increase is not given.")
# --- State
F("orion-fig-state-cut", "Decline in State and international programs", 83.7, "percent",
  [Q_INCLE, Q("State and international programs experience the largest reduction across the federal budget, declining by 83.7%")],
  direction="decrease", period=FY26, about=["us-state-department", "fy26-budget-requests"],
  notes="Stated for “State and international programs”, not for the Department alone; the text calls it “the largest reduction across the federal budget”.")
F("orion-fig-incle-cut", "Cut to INCLE", 1.1, "USD", [Q_INCLE, Q_PB_CUTS], scale="billion", direction="decrease", period=FY26,
  about=["incle", "fy26-presidents-budget", "fy26-budget-requests"])
# --- Mérida
F("orion-fig-merida-approved", "Amount the US Congress approved for the Mérida Initiative", 2.3, "USD", [Q_MERIDA_CONGRESS], scale="billion",
  about=["merida-initiative", "us-congress"], notes="No year is given for the approval.")
F("orion-fig-merida-spent", "Mérida Initiative spending on equipment and training", 1.4, "USD", [Q_MERIDA_CONGRESS], scale="billion",
  about=["merida-initiative", "us-congress"], notes="“spent 1.4 billion”: the currency is carried over from “2.3 billion dollars” earlier in the sentence.")
F("orion-fig-merida-planes", "Planes for ocean surveillance provided under the Mérida Initiative", 4, "count", [Q_MERIDA_EQUIP], about=["merida-initiative"])
F("orion-fig-merida-surveillance-aircraft", "Surveillance aircraft provided under the Mérida Initiative", 1, "count", [Q_MERIDA_EQUIP], about=["merida-initiative"])
F("orion-fig-merida-blackhawks", "Blackhawk helicopters provided under the Mérida Initiative, divided between the navy and the federal police", 9, "count",
  [Q_MERIDA_EQUIP], about=["merida-initiative", "mexican-navy", "mexican-federal-police"],
  notes="The text does not say how the nine were divided.")
F("orion-fig-merida-cities", "Mexican and American cities linked by the Mérida secure telecommunications system", 10, "count", [Q_MERIDA_TELECOM], about=["merida-initiative"])
# --- homicides
F("orion-fig-firearm-homicide-share-latest", "Share of homicides in Mexico committed with firearms (latest INEGI data)", 71.8, "percent",
  [Q_HOM1, Q_HOM2], about=["mexico", "inegi"],
  notes="Stated twice in almost the same words. “the latest data” carries no year, so no period is recorded.")
F("orion-fig-firearm-homicide-share-2005", "Share of homicides in Mexico committed with firearms in 2005", 51, "percent",
  [Q_HOM1, Q_HOM2], period={"start": 2005}, about=["mexico"],
  notes="The source of the 2005 figure is a link on “compared” whose target is not identified (orion-cite-31, orion-cite-42).")
F("orion-fig-firearm-homicide-increase", "Increase in the use of firearms in homicides in Mexico (2005 to latest data)", 20, "percent",
  [Q_TWENTY], direction="increase", about=["mexico"],
  notes="Printed as “an increase of twenty percent”. The text's own figures, 51 and 71.8 percent, differ by 20.8 percentage points; the text does not say whether “twenty percent” means percentage points, and as a relative change the two figures would give a larger number. The value is kept as printed (no hedge word, so qualifier exact).")
# --- arms trade 2024
F("orion-fig-arms-trade-2024", "Trade exchange of weapons to Mexico, including international purchases and sales", 214, "USD",
  [Q_TRADE], scale="million", period={"start": 2024}, about=["mexico"],
  notes="“the trade exchange (including international purchases and sales) of Weapons to Mexico”: whether the sales are Mexico's own is not said. Its two parts, 108 and 106 million, sum to 214.")
F("orion-fig-arms-sales-2024", "International sales of weapons (part of the 2024 trade exchange)", 108, "USD",
  [Q_TRADE_SPLIT], scale="million", period={"start": 2024}, about=["mexico"],
  notes="The sentence gives “108 million” without a currency; dollars are carried over from the preceding sentence. Whose sales these are is not said.")
F("orion-fig-arms-purchases-2024", "Purchases of firearms (part of the 2024 trade exchange)", 106, "USD",
  [Q_TRADE_SPLIT], scale="million", period={"start": 2024}, about=["mexico"],
  notes="The sentence gives “106 million” without a currency; dollars are carried over from the preceding sentence.")
for fid, country, val, label in (("united-states", "united-states", 38.7, "the United States"), ("israel", "israel", 20.3, "Israel"),
                                 ("czech-republic", "czech-republic", 7.31, "the Czech Republic"), ("italy", "italy", 6.15, "Italy"),
                                 ("spain", "spain", 6.11, "Spain")):
    F(f"orion-fig-weapons-origin-{fid}-2024", f"Weapons of commercial origin in {label} (2024)", val, "USD",
      [Q_TRADE_ORIGINS], scale="million", period={"start": 2024}, about=[country, "mexico"],
      notes="Printed as “US\\$…M”; one of the five “main commercial origins of Weapons” in 2024. The text does not say these are Mexico's imports, though the paragraph concerns the trade of weapons to Mexico.")
# --- gun traces
F("orion-fig-traces-2018", "Weapons traced at the request of Mexican security forces in 2018", 19617, "count",
  [Q_TRACES_2018], period={"start": 2018}, about=["mexican-security-forces", "mexico"])
F("orion-fig-traces-2018-us-sourced", "Weapons traced in 2018 that were sourced from the United States", 13460, "count",
  [Q_TRACES_2018], period={"start": 2018}, about=["united-states", "mexico"])
F("orion-fig-traces-2023", "Weapons traced at the request of Mexico by 2023", 25697, "count",
  [Q_TRACES_2023], period={"start": 2023}, about=["mexico"],
  notes="“By 2023, 25,697 weapons had been traced”: the text does not say whether this is the 2023 count or a cumulative total; it is recorded for 2023 as the parallel with “In 2018, 19,617” suggests, without certainty.")
F("orion-fig-traces-2023-us-sourced", "Weapons traced by 2023 that were sourced from the United States", 17535, "count",
  [Q_TRACES_2023], period={"start": 2023}, about=["united-states", "mexico"],
  notes="See orion-fig-traces-2023 on “By 2023”.")
F("orion-fig-texas-arizona-share", "Share of guns recovered in Mexico and traced to a U.S. purchase that came from Texas and Arizona", 60, "percent",
  [Q_TX_AZ], qualifier="up-to", about=["texas", "arizona", "mexico"],
  notes="“Since 2009” is open-ended and has no end year, so no period is recorded. The recommendation section later says “most illicit guns tracked by Mexico originate from those states”, which is stronger than “up to 60 percent”.")
# --- extraditions and claims
F("orion-fig-extradited-2026-01-20", "Cartel members Mexico extradited to the US on January 20, 2026", 37, "count",
  [Q_EXTRADITE_37], period={"start": 2026}, about=["mexico", "united-states"])
F("orion-fig-extradited-since-trump", "Cartel members extradited to the United States since Trump took office", 92, "count",
  [Q_EXTRADITE_92], about=["mexico", "united-states", "donald-trump"],
  notes="No start date is given beyond “Since Trump took office”, so no period is recorded. The recommendations section speaks of Mexico extraditing “record numbers”.")
F("orion-fig-drug-deaths-claim", "Annual deaths of Americans Trump links to drug trafficking", 300000, "count",
  [Q(S[37])], about=["donald-trump", "united-states"],
  notes="A claim the text attributes to Trump (“Trump has also linked drug trafficking to the deaths of 300,000 Americans every year”); the text neither endorses nor sources it (the link in the sentence has no identified target). Per year; no year is given.")

# ====================================================================== framings
NSS_TITLE = "Comparison of Strategic Documents: National Security Strategies from Bush-Trump"
NDS_TITLE = "Comparison of Strategic Documents: National Defense Strategies from Bush-Trump"
TABLE_NOTE = "The table is followed by the note “Note: This figure was created by and is the property of Orion Policy Institute.”"
COL_DOCS = {
    ("nss", "Bush"): ["doc-nss-2002", "doc-nss-2006"],
    ("nss", "Obama"): ["doc-nss-2010", "doc-nss-2015"],
    ("nss", "Trump"): [],
    ("nds", "Bush"): ["doc-nds-2005", "doc-nds-2008"],
    ("nds", "Obama"): ["doc-dsg-2012", "doc-qdr"],
    ("nds", "Trump"): ["doc-nds-2018", "doc-nds-2018-summary", "doc-nms-2018", "doc-congressional-testimony-trump-defense"],
}
COL_NOTES = {
    ("nss", "Bush"): ["The column's documents are read from the years its cells cite (2002, 2006)."],
    ("nss", "Obama"): ["The column's documents are read from the years its cells cite (2010, 2015)."],
    ("nss", "Trump"): ["The column does not say which Trump NSS it stands for. The text names only the 2025 (November 2025) NSS, but this column's “Threat #1” cell (“China, Russia TCOs”) differs from the text's account of that NSS (“The document itself states the primary national security threat is mass migration”), and the title says “from Bush-Trump” without saying which Trump administration; no document is recorded."],
    ("nds", "Bush"): ["The column's documents are read from the years its cells cite (2005, 2008)."],
    ("nds", "Obama"): ["The header carries an asterisk; footnote *: “For the Obama administration, this includes the 2012 Defense Strategic Guidance and the Quadrennial Defense Review … They are therefore treated as full NDSS.” (“NDSS” as printed)."],
    ("nds", "Trump"): ["The header is printed “Trump ND”, cut off.",
                       "Its documents are inferred from footnote ** (the full 2018 NDS is classified; the analysis draws on the unclassified NDS Summary, the 2018 National Military Strategy and congressional testimony on the Trump administration's defense posture). The ** marker does not appear in the table as printed, perhaps lost with the cut header; the column does not match the text's account of the January 2026 NDS (e.g. “Border Security: Not assigne” vs “Border defense is raised to the primary line of effort”)."],
}


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "unlabelled"


def table_rows(title):
    """(line_start_offset, [cells]) for each data row of the table under `title`."""
    start = T.index("\n" + title + "\n") + 1
    end = T.index("Note: This figure was created by", start)
    rows = []
    off = start
    for line in T[start:end].split("\n"):
        if "\t" in line and not line.startswith("Category") and not line.startswith("----"):
            rows.append((off, line.split("\t")))
        off += len(line) + 1
    header = T[start:end].split("\n")[2].split("\t")
    return header, rows


framings = []
# cell-specific flags and notes: (table, admin, category) -> (flags, notes)
CELL = {
    # NSS table, Trump column
    ("nss", "Trump", "Threat #1"): ([], ["The text's prose says the November 2025 NSS names mass migration as the primary threat; this cell names “China, Russia TCOs”. Which Trump NSS the column stands for is not said."]),
    ("nss", "Trump", "W. Hemisphere"): ([], ["Line breaks inside the cell appear to be lost (“Zone of instability Migration & regional threats”)."]),
    ("nss", "Trump", "Mexico Framing"): ([], ["Line breaks inside the cell appear to be lost; “flows- drug” may be cut, but no word is visibly cut off, so it is not flagged."]),
    ("nss", "Trump", "Border Security"): ([], ["Line breaks inside the cell appear to be lost; “Linked to mission DHS position executor” reads as if words are missing, but no word is visibly cut off, so it is not flagged."]),
    ("nss", "Trump", "TCOs"): (["truncated"], ["The cell breaks off: “Linked to border corruption,” and “No mention or institutional” end without completion."]),
    ("nss", "Trump", "Role of DoD"): (["truncated"], ["Cut off mid-word on most lines (“Support de”, “power com”, “Modernizat”, “em”, “Hemispher”, “No border c”, “not operati”)."]),
    ("nss", "Trump", "Role of DHS"): (["truncated"], ["Cut off mid-word (“border secu”, “Central to s”, “operatio”)."]),
    ("nss", "Trump", "Role of DOJ"): (["truncated"], ["Cut off mid-word (“Immigratio”, “detention s”, “Rights arch”)."]),
    ("nss", "Trump", "Role of State"): (["truncated"], ["Cut off mid-word (“Western He”, “nearly abse”)."]),
    ("nss", "Trump", "Primary Governance Modality"): (["truncated"], ["Cut off mid-word (“America Fir”, “largely bas”, “economic n”, “great-powe”, “Threat fram”, “rog”, “uncont”, “enforcemen”); “Russia)” has an unmatched parenthesis."]),
    ("nss", "Trump", "Migration Framing"): (["truncated"], ["Cut off mid-word (“Security thr”, “humanitaria”, “Language o”, “uncontrol”, “border inv”) and ends with a comma; two opening quotation marks are never closed."]),
    ("nss", "Bush", "Role of DOJ"): (["empty"], []),
    ("nss", "Bush", "Role of State"): (["empty"], []),
    # NDS table
    ("nds", "Trump", "Threat #1"): (["truncated"], ["Cut off: “Primary: Ch”, “Secondary:” (nothing follows), “Tertiary: Te”."]),
    ("nds", "Trump", "W. Hemisphere"): (["truncated"], ["Cut off: “One of four regions, fra”, “power comp”, “governance”."]),
    ("nds", "Trump", "Mexico Framing"): (["truncated"], ["Cut off mid-word (“vecto”, “defense pla”)."]),
    ("nds", "Trump", "Border Security"): (["truncated"], ["Cut off mid-word (“Not assigne”)."]),
    ("nds", "Trump", "TCOs"): (["truncated"], ["Cut off mid-word (“Appear thro”, “il”, “Not elevate”, “national se”)."]),
    ("nds", "Trump", "Role of DoD"): (["misaligned"], ["“No mention” as the role of DoD in a defense strategy column seems displaced: the same column's Mexico Framing cell begins “No mention”, and the Obama column's Role of DoD cell carries language (“lethality, competition”) at odds with the rest of that column. Flagged as apparently misaligned; the text gives no explanation."]),
    ("nds", "Trump", "Role of DHS"): (["truncated", "misaligned"], ["Cut off mid-word (“campaignin”, “alliances/pa”, “defense fro”, “modernizat”); its content (campaigning, great-power, alliances, modernization) does not concern DHS and seems to belong to another row."]),
    ("nds", "Trump", "Role of DOJ"): (["empty"], []),
    ("nds", "Trump", "Role of State"): (["empty"], []),
    ("nds", "Trump", "Primary Governance Modality"): (["empty"], []),
    ("nds", "Trump", "Migration Framing"): (["truncated", "misaligned"], ["Cut off mid-word (“transbound”). Its content (“Democratic rule of law, resiliency, strengthening transbound”) is at odds with the text's account of the Trump strategies as recasting Mexico as “a vector of illicit flows, mass migration” and with the NSS table's Trump migration cell; it seems to belong elsewhere."]),
    ("nds", "Bush", "Role of DOJ"): (["empty"], []),
    ("nds", "Bush", "Role of State"): (["empty"], []),
    ("nds", "Bush", "Primary Governance Modality"): (["empty"], []),
    ("nds", "Obama", "Mexico Framing"): (["misaligned"], ["“hemisphere treated as competitive space, not partner space” is at odds with the same column's W. Hemisphere cell (“partners have sovereignty”) and with the text's statement that the Bush and Obama eras framed Mexico “primarily through governance, partnership, and institutional cooperation”; it seems to belong to another column."]),
    ("nds", "Obama", "Role of DoD"): (["misaligned"], ["“Central executor of national power; lethality, competition” contradicts the same column's “rejecting large-scale prolonged ground conflict--emphasizing restraint”, “avoid becoming default solution to governance problems” and “QDR further emphasizes restraint in DoD”; it seems to belong to another column."]),
    ("nds", "Obama", "Role of State"): (["misaligned"], ["“Subordinated to deterrence and competition” is at odds with the same column's alliance-centered, restraint-based framing (and with the NSS table's Obama Role of State, “Diplomacy is core security instrument”); it seems to belong to another column, whose cell here is “—”."]),
    ("nds", "Obama", "Primary Governance Modality"): (["misaligned"], ["“Minimal, focus on lethality, readiness, modernization” is at odds with the same column's restraint and burden-sharing framing; it seems to belong to another column, whose cell here is “—”."]),
    ("nds", "Obama", "Role of DOJ"): ([], ["Same wording as the column's Role of DHS cell (“Supporting actor, not central to defense strategy”)."]),
    ("nds", "Obama", ""): (["misaligned"], ["A row with no label and only this cell, in the Obama column, printed between the W. Hemisphere and Mexico Framing rows; it may continue the W. Hemisphere cell above. The category is left empty as printed."]),
}
used_cells = set()
for tkey, title in (("nss", NSS_TITLE), ("nds", NDS_TITLE)):
    header, rows = table_rows(title)
    for off, cells in rows:
        assert len(cells) == 4, cells
        category = re.sub(r"</?p>", "", cells[0])
        pos = off + len(cells[0]) + 1
        for ci in range(1, 4):
            raw = cells[ci]
            cell_start = pos
            pos += len(raw) + 1
            if not raw:
                continue
            column = header[ci]
            admin = column.split()[0]
            text = re.sub(r"</?p>", "", raw)
            cslug = slug(category) if category else "w-hemisphere-continued"
            fid = f"orion-{tkey}-{admin.lower()}-{cslug}"
            flags, notes = CELL.get((tkey, admin, category), ([], []))
            used_cells.add((tkey, admin, category))
            if text == "—":
                assert flags == ["empty"], (tkey, admin, category)
            f = {"id": fid, "table": title, "column": column, "administration": admin, "category": category,
                 "text": text, "evidence": [QA(raw, cell_start)], "documents": COL_DOCS[(tkey, admin)]}
            if flags:
                f["flags"] = flags
            allnotes = list(notes) + COL_NOTES[(tkey, admin)] + [TABLE_NOTE]
            if "</p> <p>" in raw:
                allnotes.insert(0, "The cell holds several <p> paragraphs; text joins them with the single space printed between them.")
            f["notes"] = allnotes
            framings.append(f)
assert used_cells >= set(CELL), set(CELL) - used_cells
assert len({f["id"] for f in framings}) == len(framings)

# ====================================================================== checks and output
def _norm(s):
    import unicodedata
    d = unicodedata.normalize("NFKD", s.casefold())
    return " ".join(re.findall(r"[a-z0-9]+", "".join(c for c in d if not unicodedata.combining(c))))


def check_aliases(mentions, entries, updates, existing_file, key):
    existing = json.load(open(existing_file))[key]
    by_id = {e["id"]: e for e in existing + entries}
    ev = {m["id"]: [q["text"] for q in m["evidence"]] for m in mentions}
    for e in entries:
        for a in e.get("aliases", []):
            assert any(a in t for t in ev[e["id"]]), f"{key}: alias {a!r} of {e['id']} not in its evidence"
    for i, al in updates.items():
        for a in al:
            assert any(a in t for t in ev[i]), f"{key}: alias {a!r} of {i} not in its evidence"
    owner = {}
    for e in by_id.values():
        names = [e["id"], e["name"], *e.get("aliases", []), *updates.get(e["id"], [])]
        for n in names:
            k = _norm(n)
            assert owner.setdefault(k, e["id"]) == e["id"], f"{key}: {n!r} of {e['id']} collides with {owner[k]}"
    # every name and alias occurs, as whole normalized words, in one of this seed's quotes
    for e in entries:
        qs = [f" {_norm(t)} " for t in ev[e["id"]]]
        for n in [e["name"], *e.get("aliases", [])]:
            assert any(f" {_norm(n)} " in q for q in qs), f"{key}: name {n!r} of {e['id']} not evidenced"
    for i, al in updates.items():
        qs = [f" {_norm(t)} " for t in ev[i]]
        for n in al:
            assert any(f" {_norm(n)} " in q for q in qs), f"{key}: alias {n!r} of {i} not evidenced"
    # every mention has an entry, every new entry a mention
    assert set(ev) <= set(by_id), set(ev) - set(by_id)
    assert {e["id"] for e in entries} <= set(ev)


check_aliases(actors, new_actors, actor_alias_updates, "/work/main/src/binational/data/actors.json", "actors")
check_aliases(initiatives, new_initiatives, init_alias_updates, "/work/main/src/binational/data/initiatives.json", "initiatives")
check_aliases(places, new_places, place_alias_updates, "/work/main/src/binational/data/places.json", "places")

seedfile = {"source": seed_source, "sections": sections, "sources": sources, "citations": cites,
            "actors": actors, "initiatives": initiatives, "places": places, "options": options,
            "recommendations": recs, "figures": figures, "framings": framings, "positions": positions}
open(f"{OUT}/001-orion-2026-neighbor-in-focus.json", "w", encoding="utf-8").write(canonical(seedfile))
open(f"{OUT}/actors-add.json", "w", encoding="utf-8").write(canonical({"actors": new_actors}))
open(f"{OUT}/initiatives-add.json", "w", encoding="utf-8").write(canonical({"initiatives": new_initiatives}))
open(f"{OUT}/places-add.json", "w", encoding="utf-8").write(canonical({"places": new_places}))
updates = {
    "actors": {i: {"aliases": a} for i, a in actor_alias_updates.items()},
    "initiatives": {i: {"aliases": a} for i, a in init_alias_updates.items()},
    "places": {i: {"aliases": a} for i, a in place_alias_updates.items()},
}
open(f"{OUT}/vocab-updates.json", "w", encoding="utf-8").write(canonical(updates))
counts = {k: len(v) for k, v in seedfile.items() if isinstance(v, list)}
counts["new actors"] = len(new_actors)
counts["new initiatives"] = len(new_initiatives)
counts["new places"] = len(new_places)
print(json.dumps(counts))
