"""Authoring script for seed 002: Lawson, Tello and Fox, "Border Security in North America" (chapter).

Writes /tmp/draft/out002/: the seed file, new vocabulary entries (*-add.json) and alias
additions to existing entries (vocab-updates.json). Quotes are {"text": ...} (plus "near"
where a passage recurs) or carry explicit offsets (footnote markers); every quote is
checked against the seed text here first. /work/main/tools/anchor.py fills in offsets.
"""
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, "/work/main/tools")
from anchor import canonical  # noqa: E402

SEED_FILE = "002_1f498e8741326d76.txt"
T = open(f"/work/main/seeds/{SEED_FILE}", encoding="utf-8").read()
SEED = "lawson-tello-fox-border-security-north-america"
OUT = "/tmp/draft/out002"
os.makedirs(OUT, exist_ok=True)
T3 = ["canada", "mexico", "united-states"]


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
        m = re.search(r"\s+".join(re.escape(w) for w in text.split()), T)
        raise SystemExit(f"quote not found: {text!r}\n  actual: {m.group() if m else None!r}")
    if T.find(text, at + 1) >= 0:
        raise SystemExit(f"quote occurs more than once: {text!r}")
    return {"text": text}


def QA(text, start):
    assert T[start:start + len(text)] == text, (text, start)
    return {"text": text, "start": start, "end": start + len(text)}


def Y(y, m=None, d=None):
    return {k: v for k, v in (("year", y), ("month", m), ("day", d)) if v is not None}


def person(family, given):
    return {"type": "person", "family": family, "given": given}


# ====================================================================== sections
HEADINGS = [
    "Border Security in North America",
    "The Importance of Border Security",
    "Preserving Progress to Date",
    "Solving Problems Away from the Border",
    "Improving Border Management",
    "Obstacles and Next Steps",
]
sections = []
for h in HEADINGS:
    if T.startswith(" " + h + "\n"):
        i = 1  # the first line carries a leading space (extraction artifact)
    else:
        i = T.index("\n" + h + "\n") + 1
    sections.append({"title": h, "start": i})
assert [s["start"] for s in sections] == sorted(s["start"] for s in sections)

# ====================================================================== sentences used more than once
S_NAFTA = "This chapter addresses four aspects of border security arrangements among the three\nsignatories to the North American Free Trade Agreement (NAFTA).1"
S_DYAD = "There is no reason to believe that what works for one dyad\nwould apply to either of the other two.2"
S_ALONE = "These cross-border\nthreats cannot be adequately addressed by any one government alone.3"
S_BLOCK1_OPEN = "Failure to secure the external borders of North America will inhibit the legitimate\nmovement of people and goods within the continent."
S_BLOCK2 = ("Any weakness in controlling access to North America from abroad reduces the\nsecurity of the continent as a whole and exacerbates the pressure to intensify\n"
            "controls on intracontinental movement and traffic, which increases the transaction\ncosts associated with trade and travel within North America.4")
S_BREAKDOWN = "Just as reliable security arrangements permit deeper economic integration, so can breakdowns (or\nperceived breakdowns) in border security cause much larger problems in the trinational\nrelationship.5"
S_TF = "In 2005, a task force of notable individuals from Canada, Mexico, and the United States convened\nto address the next chapter of North American cooperation.6"
S_TF_RECS = ("On border security, this task force\nmade five recommendations: (1) the creation of a North American security perimeter, (2) the\n"
             "creation of a North American vetted traveler program, (3) a “smart borders” action plan, (4) joint\n"
             "screening of nationals from third countries, and (5) increased information-sharing and capacity\nbuilding for law enforcement.")
S_13YEARS = "Thirteen years later, substantial progress has been made on all of\nthese issues."
S_TERROR_FLY = "For instance, it is now just as difficult for terrorists to fly into Mexico or Canada from\na third country as it is for them to fly into the United States.7"
S_TTP = ("Likewise, trusted traveler programs\nsuch as SENTRI, NEXUS, Global Entry, and FAST have all improved, simplifying bordercrossing security procedures for prescreened commercial and personal travelers. 8")
S_CBM = "Most\nimportantly, all three countries have embraced the notion of collaborative border management\n(CBM), also known as “Twenty-First Century Borders.”9"
S_LINE = "In this approach, countries use border\nauthorities to secure flows of goods and people through their territories, rather than to defend a\nspecific legal line.10"
S_SHIFT = "CBM thus represents a crucial paradigmatic shift from 19th-century notions\nof sovereignty and border management to a framework that is more adaptable to the needs of the\ncurrent century."
S_RENEG = "During the renegotiation of NAFTA in 2017–18, for instance, progress\non border security was held hostage to economic points of contention."
S_DEMAND = "Policies that reduce drug demand in the United States would be especially critical.11"
S_AEO = "Membership in\nAuthorized Economic Operator programs should likewise be mutually recognized in all three\ncountries.12"
S_RFID = "RFID signals would allow\ncustoms authorities to link to driver, truck, trailer, and shipment information, providing more\nadvanced notification of entries—a crucial improvement in land border operations.13"
S_DISRUPT = ("The three countries should also consider jointly\nendorsing “disruption” as a theory of action against certain types of transnational crime (rather\n"
             "than the conventional law enforcement model of investigate-arrest-indict-prosecute-incarcerate),\nwhere traditional approaches are known to have a weak deterrent effect.14")
S_CI = ("Likewise, the three countries should develop a joint plan to protect transnational critical\ninfrastructure in North America, such as pipelines, from all hazards, from cyberattacks to extreme\nweather events.15")
S_PORTSEC = "The Port Security Committees (on the Mexico-U.S. border) and an\nanalogous arrangement (Port Committees) on the Canada-U.S. border are two key examples."
S_MERIDA = ("It is this realization that lay behind the Mérida Initiative, first announced in 2007, which\nprovided significant funding for Mexican and Central American law enforcement as well as\n"
            "supplemental funds targeted at strengthening Mexico’s borders with Guatemala and Belize.")
S_FUNDING = ("Funding\nshould be directed to the Mexican government for physical infrastructure at and around ports of\nentry, as well as to the Guatemalan government to pay for a computer-assisted entry-exit system\n"
             "and professionalization of its customs agency.")
S_SHIPRIDER = ("In addition,\njoint or fully parallel patrols should operate in the areas between the ports of entry, as with the\n"
               "Canadian-American program Shiprider, in which U.S. and Canadian officers operate together on\nthe same vessel in the Great Lakes.")
S_GLC = ("For instance, the governance of transnational waterways\nby organizations like the International Boundary and Water Commission on the southwest border\n"
         "and the Great Lakes Commission for the Great Lakes and the Saint Lawrence River tend to\ndepoliticize incidents and focus discussion on technical issues.")
S_AT_BORDER = ("Attempting to address the perverse consequences of lax interior enforcement and labor\nmarket demand by reinforcing physical security at the border is inefficient, ineffective, and\nsometimes inhumane.")
S_ORIGINS = ("The\noptimal security arrangements in North America, therefore, include policies that prevent problems\nwhich are most apparent at the physical border but have their origins elsewhere.")
S_COLLAB = ("All of these\nactivities will be much more efficient and effective if done in collaboration between countries on\n"
            "both sides of a physical border, rather than done by one unilaterally or by both in an uncoordinated\nway.")
S_VETTED_FORCE = ("In particular, funding should include assistance in developing a vetted Mexican federal frontier\n"
                  "force (or vetted units of the Federal Police) that can mirror the U.S. Border Patrol in the areas\nbetween ports of entry.")
S_VETTED_UNITS = ("On the southwest land border between the ports of entry, as\nnoted above, Mexico should develop vetted units that can mirror the operations of U.S. Border\n"
                  "Patrol in major smuggling corridors.")
S_IMMREF = ("Comprehensive immigration reform likely would include employer sanctions for hiring\nundocumented workers and a jointly negotiated guest worker program that presumably would\n"
            "allow a large number of Mexicans and Central Americans to work legally in the United States and\nCanada.")
S_TTP_EXPAND = "To this end, trusted traveler programs should be expanded."
S_PSHIP = ("To facilitate and streamline cross-border commerce, all three countries should build on their\nexisting trusted shipper programs.")
S_CTPAT = ("Verification and inspection for vetted trader\nprograms like the Customs-Trade Partnership Against Terrorism (C-TPAT) should be conducted\n"
           "jointly (as is already happening in Canada), and Canada’s Partners in Protection (PIP) program\n"
           "and C-TPAT need to be truly harmonized; in other words, a company that belongs to PIP should\n"
           "be recognized as being C-TPAT approved in the United States and vice versa.")
S_CANNABIS = ("For instance, the full legalization of\n cannabis in Canada will likely lead to southbound smuggling into the United States and will\n"
              "certainly lead to violations of U.S. law by Canadian citizens carrying small quantities of the\nsubstance for personal use.")
S_CANNABIS_MANAGE = ("Both governments will have to actively manage the issue of how to\nprevent infractions without arresting people who actually pose little threat to public safety or\ndiscouraging tourism.")
S_DECOUPLE = ("However, it is vital for all parties to decouple border security\npolicies from other issues wherever possible and consider them on their own merits.")
S_QUOTIDIAN = ("In particular,\nNorth American countries should strive to prevent national politics from interfering with quotidian\n"
               "working relationships at the border, which are crucial to ensuring the smooth flow of legitimate\ncommerce and travel.")
S_FOOTBALLS = ("North American countries should thus try to resolve border issues, including local law enforcement\n"
               "and port-of-entry operations, at the border wherever possible, rather than allowing them to become\npolitical footballs.")
S_TUNNEL = ("For instance, the discovery of a tunnel used by smugglers between the states of\nSonora and Arizona should be regarded as part of everyday law enforcement operations, rather\n"
            "than an occasion for questioning binational efforts to address transnational crime.")
S_SHOOTING = ("The shooting of\na Mexican who threw rocks at a Border Patrol agent should become an occasion for discussions\n"
              "about the process by which law enforcement agents on one side of the border can secure help from\n"
              "counterparts on the other side during an incident and about the value of mirrored patrols in the\n"
              "areas between the ports of entry, rather than for official demarches by the Ministry of Foreign\nAffairs.")
S_TECHNO = "One common way to reduce the politicization of incidents is to have in place more formal and\ntechnocratic mechanisms to address them."
S_TECHNO2 = "For issues of border management,\nthis approach should be adopted wherever possible."
S_SOUTHERN = ("Another possible component of immigration reform, tied to security, would involve\nassistance to Mexico in strengthening its southern border, especially with Guatemala.")
S_ASYLUM = ("This effort should be coupled with collaboration\nbetween Mexico and the United States in adjudicating asylum claims by Central American\nmigrants before they reach the interior of Mexico.")
S_DRUG_MEASURES = ("These policies might include expanded drug testing (to discourage use), better supervision of the\n"
                   "prison-probation-parolee population, and street-level enforcement that makes it more difficult for\nbuyers to meet sellers.")
S_EVIDENCE = ("All three countries also would benefit from efforts to develop sound,\nevidence-based drug control policies, especially for cannabis.")
S_CSO = ("One step might be for civil society\norganizations or academic institutions to develop drug control proposals that are aimed at the\n"
         "region as a whole and that take into account the interconnected nature of North American\neconomies.")
S_STRAW = ("Similarly, tighter restrictions on the sale of weapons and ammunition to potential straw\n"
           "purchasers would help curtail the flow of illegal weapons and their use in criminal activity.")
S_MERIDA_FUND = ("In\nconjunction with these efforts, Mexico would benefit from expanded funding for programs aimed\n"
                 "at building Mexican domestic law enforcement capacity, along the lines of the Mérida Initiative.")
S_NATIONAL_POL = "At the same time, national politics occasionally has disrupted collaboration on border management\nand other security issues."
S_OUTBOUND = ("For this reason, North American countries must care as much\nabout what goes out of their country as what goes in—a significant paradigmatic departure from\n"
              "conventional thinking about borders during the 20th century.")
S_LINES = ("In the future, border operations should be improved along the critical lines of\ninterconnectivity, streamlined commerce management, noncommercial travel (especially in\n"
           "connection with terrorism), and comprehensive border security.")
S_ANTIQUATED = ("Although all three countries have rhetorically embraced collaborative border management at the\n"
                "highest levels of government, implementation remains incomplete. In some cases, there is still the\n"
                "danger of antiquated thinking—for instance, the fear that harmonization of standards for products\n"
                "compromises “sovereignty.” Such thinking can prevent otherwise easy “wins” for the region as a\nwhole.")
S_BINPORT = ("On the subject of interconnectivity, all new authorized crossing points should be constructed as a\n"
             "single binational port of entry that straddles the frontier, staffed by cross-deputized officers.")
S_SINGLE = ("Where\ncross-deputation is impossible for whatever reason, such as the configuration of existing ports, all\n"
            "processing should be single-entry/exit, so that an entry into one country is automatically counted\n as an exit from the other.")
S_INTEROP = ("Communications should be interoperable, so that security personnel at\nand between the ports of entry can communicate securely with their counterparts on the other side\nof the border.")
S_PROCURE = ("Representatives of the neighboring country should be informed ahead of time about\n"
             "procurement of equipment that might affect the interoperability of communications.")
S_OBS_MIRROR = ("In some cases, representatives of the third country might\nparticipate as observers in mirrored operations conducted by the other two countries for training\npurposes.")
S_NO_NOVEL = ("Such cooperation would not require novel governance structures, nor would it involve\n"
              "the creation of any kind of binational or trinational frontier force.")
S_TSHIP_GROWN = ("These programs—voluntary arrangements by which shippers\nagree to secure their own supply chains (facilities, conveyances, etc.) in exchange for expedited\n"
                 "processing and priority in business resumption—have grown and improved over the years, but\n"
                 "they should be further enhanced in several ways.")
S_RFID_CARDS = ("For commercial drivers, the three governments should consider introducing mandatory\n"
                "radio-frequency identification (RFID)-equipped border crossing cards.")
S_CARGO = ("Similarly, all\nthree countries should run jointly developed targeting algorithms on cargo data, in order to detect\n"
           "potential dangerous or illegal shipments or conveyances.")
S_NONCOMM = ("Along with commercial travel, noncommercial travel should receive equal scrutiny, particularly\nas it pertains to issues of terrorism.")
S_KNOWN = ("The\nthree countries should also investigate the potential for “known traveler” digital identity programs\n"
           "that allow individuals to share information with authorities on a one-time basis as they pass through\n"
           "ports of entry, thereby allowing law enforcement personnel to focus on higher-risk individuals.")
S_KNOWN2 = ("Such programs would reach a segment of people (including visitors from outside North American)\n"
            "who cannot access existing trusted traveler programs or who simply do not wish to surrender their\n"
            "personally identifiable information to the government on a permanent basis.")
S_PRIMARY = ("Primary inspection at\nports of entry should be eliminated, at least for nationals from other North American countries.")
S_SECONDARY = ("Travelers should be referred to secondary screening based on a combination of targeting and the\n"
               "judgments of officers on the scene, as well as a reasonable number of random checks designed to\n"
               "maintain a baseline deterrence against smuggling.")
S_CT = ("North American countries also should continue\nintelligence collaboration on counterterrorism, including asylum claimants or refugees in Canada\n"
        "and joint screening of air travelers arriving into the continent from abroad.")
S_OBS_CT = ("Where appropriate,\nofficials from the third country might participate in such joint operations as observers, in order to\n"
            "glean information for analogous operations in their home country.")
S_WATCH = ("Furthermore, the three countries\n should collaborate more comprehensively to prevent the movement of known or suspected\n"
           "members of transnational criminal organizations into and through the region, including the\n"
           "development of “watch lists” analogous to those used to screen known or suspected terrorists.")
S_JOINT_INV = ("Major investigations of cross-border\nsmuggling and trafficking should be joint, and operations should be coordinated to achieve\n"
               "maximum disruption of criminal organizations.")
S_OBS_TF = ("In some cases, such as\nhuman trafficking investigations, binational task forces could include a representative of the third\n"
            "country (presumably as an observer) as a way of sharing best practices and training law\nenforcement personnel.")
S_PLANNING = ("Planning for major natural disasters that span the border, as well as for\n"
              "public health crises that involve border communities, should be done jointly.")
S_DUAL = ("When planning is\n“dual-binational.” representatives of the third country might attend planning sessions as observers.")
S_OBS_CI = ("Again, binational planning might incorporate official observation by\nrepresentatives from the third-partner country.")
S_COUNTER = "These three threats to cooperation must be countered vigorously."
S_DEEPEN = ("Indeed, further deepening of\ncollaborative border management in North America and continuous public support for such\n"
            "collaboration by all three governments will be critical to future cooperation.")
S_PUBDIP = ("This approach\nsuggests a series of policy changes, detailed above, but it also involves public diplomacy.")
S_INCUMBENT = ("For this reason, it is\nincumbent on all those familiar with border security—elected and appointed officials, business\n"
               "executives, policy experts, members of civic groups, community leaders, journalists, and the like—\n"
               "to reiterate the importance and value of security collaboration in North America.")
S_MEX_COOP = ("For Mexico,\ncooperation on security is also likely to involve—and should involve—capacity building for law\n"
              "enforcement and information sharing that enhances public safety domestically.")
S_MEX_INVEST = ("To effectively combat transnational crime,\nMexico will need significant investment in its law enforcement capacity.")
S_CONTINUED = ("Continued investment in Mexican law enforcement capacity is a wise investment for the continent\nas a whole.")
S_POL_DEBATES = "National political debates should be prevented from disrupting\nmutually beneficial relationships at the border itself."
S_PRESERVE = ("As a result—and this raises the second point—\nthe three NAFTA countries have an interest in preserving the progress that they have made on\n"
              "security over the past 18 years.")
S_PROTECT = ("Protecting these valuable relationships from politics is crucial, particularly in an era when the\n"
             "rhetoric regarding immigration and U.S.-Mexico relations has turned nastier.")
S_RUBRICS = ("These fall under two rubrics: (1) solving problems away from\nthe border in order to prevent security problems at the border and (2) improving operations at the\nborders themselves.")
S_CLOSER = ("In particular,\ncloser attention to immigration reform and the flows of illegal drugs and weapons would\n"
            "meaningfully contribute to border security in North America.")
S_DRUGS_AT_BORDER = ("The same is true for the traffic in illegal drugs, which governments could\naddress most effectively through policies that discourage demand but which (given the economics\n"
                     "of the illegal drug trade) can be addressed only inefficiently and incompletely at the border.")
S_EMPLOYER = ("For instance, the challenge of undocumented immigration into the United States from (or\n"
              "through) Mexico is fundamentally a product of inadequate employer sanctions against hiring\n"
              "undocumented workers in the United States and the absence of properly structured guest worker\nprogram.")
S_CENTRAL_AM = ("However, preventing undocumented\nimmigration by Central Americans through Mexico into the United States is far easier to address,\n"
                "and the benefits of doing so are clear.")
S_TRANSIT = ("Mexico has now become at least as important a transit country for undocumented migrants\n"
             "as it is a sending country—in other words, more non-Mexicans than Mexicans attempt to cross\n"
             "into the United States illegally from Mexico.")
S_WEAKEST = ("As refugee crises in the European Union have\ndemonstrated, perimeter security is only as strong as its weakest link.")
S_BIDIR = ("On the U.S.-Mexico border, drugs flow north while bulk cash and weapons flow south in\na mutually reinforcing, bidirectional contraband trade.")
S_DISMANTLE = ("This is particularly true when the goal is to dismantle transnational criminal organizations\n"
               "that operate more or less seamlessly on both sides of a border and engage in bidirectional\nsmuggling.")
S_LOOMING = ("Other looming security issues concern cross-border critical infrastructure\n(such as pipelines), the illicit trade in fentanyl, the handling of dangerous incidents at ports of\n"
             "entry, and the continuing adaptation of transnational criminal organizations.")
S_MEDIA = ("They must therefore rely primarily on politicians and the mass\nmedia. Unfortunately, political discourse about neighboring countries can be tendentious, and\n"
           "media coverage can provide a distorted picture of the situation on the ground.")
S_GREAT_LAKES_PATROLS = ("Countless other informal and formal law enforcement relationships, both at and between the ports\n"
                         "of entry—from joint U.S.-Canadian patrols on the Great Lakes to ad hoc communication between\n"
                         "officials on each side of the southwest border—are being created and cultivated every day.")
S_OUTER = ("From the U.S. perspective, cooperation with its two land neighbors creates an outer perimeter that\nreduces the threat of attack on the homeland.")
S_SEAL = ("From the Canadian and Mexican perspectives, the\nsecurity cooperation that has developed over the past 18 years means that there should never be a\n"
          "need to seal America’s land borders, as was threatened after September 11, 2001.")
S_REPORT_INTRO = ("As the authors of a well-known report on the future of the NAFTA bloc\nput it more than a decade ago:")
S_BLOCK1_DELAYS = ("After the 9/11 attacks, delays\nat the Canadian-U.S. border prompted parts shortages in both countries, costing\n"
                   "manufacturers millions of dollars an hour.")
S_MOST_PEOPLE = ("Most people in Canada, Mexico, and the United States will not cross either of the two land borders\nin North America themselves.")
S_20YEARS = ("One of the ways that North American countries have made\nprogress over the past 20 years is by encouraging cooperation at an operational level along the\n"
             "border and insulating such efforts from national-level politics.")
S_TRADE_DISRUPT = ("Not only does border security contribute directly to\npublic safety, collaboration among the three parties to NAFTA can prevent trade disruption should\nan adverse event occur.")
S_LAND_BORDER = ("The arrangements\nthat embody sound border management apply at either land border, as well as to the much smaller\n"
                 "amount of direct trade and travel between Canada and Mexico.")
S_OPENING = ("Borders are the place where some of the most challenging security issues in North America present\nthemselves.")
S_TERROR_ASSAULT = ("In addition, future terrorist assaults could target critical\ninfrastructure or sites in any of the three countries.")
S_FRONTIER = ("International criminal\n activity also poses a continuing threat to public safety in the region, including drugand gang-related violence along the Mexican-U.S. frontier.")
S_STRAIN = ("Any of these problems\ncould strain bilateral relationships if the framework of collaborative security is not firmly\nestablished.")
S_BAD_THINGS = ("The reality of flows in North America is that “bad things” leaving one country will inevitably\nreturn to it in some way.")
S_OBSTACLES = ("The most important obstacles to deeper collaboration on security come from three sources.")
S_IGNORANCE = ("The\nfirst is ignorance of the state of play at the physical borders, including of the mutual benefits that\nalready have been obtained from close collaboration.")
S_NATIONALIZATION = ("A second and related\nproblem is the nationalization of local border issues, which tend to blow operation-level mishaps\ninto international incidents.")
S_NEG_DISCOURSE = ("A final source is unjustified negative discourse about friendly\nneighbors, whose cooperation is essential for security in the region.")
S_TF_RECS_5 = "(5) increased information-sharing and capacity\nbuilding for law enforcement"

for k, v in list(globals().items()):
    if k.startswith("S_"):
        Q(v)  # every stored sentence is in the text exactly once

# ====================================================================== seed source
seed_source = {
    "id": SEED,
    "role": "seed",
    "type": "chapter",
    "title": "Border Security in North America",
    "evidence": [Q("Border Security in North America\nChappell Lawson, Jorge Tello, and Jennifer Fox"),
                 Q("This chapter addresses four aspects of border security arrangements")],
    "creators": [person("Lawson", "Chappell"), person("Tello", "Jorge"), person("Fox", "Jennifer")],
    "issued": {
        "date": Y(2018),
        "certainty": "inferred",
        "evidence": [Q(S_TF), Q(S_13YEARS), Q(S_RENEG)],
        "note": ("The chapter prints no date. It says the task force convened “In 2005” and that “Thirteen years later, "
                 "substantial progress has been made” (2005 + 13 = 2018), and it speaks of the renegotiation of NAFTA "
                 "“in 2017–18” in the past tense, so it was written in 2018 or later; 2018 is the year the text's own "
                 "arithmetic gives. Only the year of writing is inferred: publication could be later. The text's other "
                 "spans (“the past 18 years”, “the past 20 years”, the quoted report “more than a decade ago”) give no "
                 "starting year and are not used."),
    },
    "silent_on": ["publisher", "issued", "url", "container"],
    "seed": {"file": SEED_FILE, "sha256": "99516092a79d642aa011086ea6dfc60190ca92e9a575a9f8c1edf357c8394de9"},
    "notes": [
        "The text calls itself a chapter (“This chapter addresses four aspects of border security arrangements”); no book, editor, publisher or date is printed (silent_on container, publisher, issued, url).",
        "The text is a PDF extraction: lines break mid-sentence, some lines begin with a stray space, words are joined across lost hyphens (“drugand gang-related”, “bordercrossing”) and footnote numbers are glued to the preceding word (“(NAFTA).1”) or set off by a space (“travelers. 8”). Quotes keep all of these as printed.",
        "Footnote markers 1–15 appear in the text but the notes themselves are not printed; each marker is recorded as a citation with no candidate work except 3 and 4, which follow the block quotations from the “well-known report on the future of the NAFTA bloc”.",
        "The first line (the title) begins with a space; the first section heading is recorded from offset 1.",
    ],
}

# ====================================================================== cited sources
REPORT_ID = "report-on-the-future-of-the-nafta-bloc"
sources = [{
    "id": REPORT_ID,
    "role": "cited",
    "type": "report",
    "title": "well-known report on the future of the NAFTA bloc",
    "evidence": [Q(S_REPORT_INTRO), Q("The same report further noted:")],
    "silent_on": ["title", "creators", "issued", "publisher", "url", "container"],
    "notes": [
        "The chapter prints no title for the report (silent_on title); the title field holds the chapter's own description, “a well-known report on the future of the NAFTA bloc”.",
        "The chapter speaks of “the authors” of the report but names none (silent_on creators).",
        "The chapter says the authors wrote “more than a decade ago”; no year is printed and none is inferred, since the chapter's own date is itself only inferred.",
        "Two passages are quoted at length as block quotations, followed by footnote markers 3 and 4 (citations lawson-cite-03 and lawson-cite-04). The first has two ellipses as printed (“Trade across the . . . border”, “in any of the three countries. . . . International criminal”).",
        "The chapter does not say whether this report is connected with the 2005 task force it discusses later; no link is recorded.",
    ],
}]

# ====================================================================== citations
cites = []
NO_NOTE = "The chapter prints no note for this marker: the footnotes are not part of the text, so the work cited cannot be identified."


def C(n, sentence, cands, notes=()):
    at = T.find(sentence)
    assert at >= 0 and T.find(sentence, at + 1) < 0, sentence
    mk = str(n)
    assert sentence.endswith(mk)
    c = {"id": f"lawson-cite-{n:02d}", "marker": QA(mk, at + len(sentence) - len(mk)),
         "evidence": [Q(sentence)], "candidates": list(cands), "notes": list(notes)}
    cites.append(c)


C(1, S_NAFTA, [], [NO_NOTE])
C(2, S_DYAD, [], [NO_NOTE])
C(3, S_ALONE, [REPORT_ID], [
    "The chapter prints no note for this marker. It closes the first block quotation from the “well-known report on the future of the NAFTA bloc”, so it is read as citing that report; the note itself, with any title, is not printed.",
    "The marker stands at the end of the block quotation and is taken to cover the whole quoted passage, which begins “Failure to secure the external borders of North America”."])
C(4, S_BLOCK2, [REPORT_ID], [
    "The chapter prints no note for this marker. It closes the second block quotation, introduced by “The same report further noted:”, so it is read as citing that report; the note itself is not printed."])
C(5, S_BREAKDOWN, [], [NO_NOTE])
C(6, S_TF, [], [
    NO_NOTE,
    "The marker follows the sentence on the 2005 task force and may cite the task force's work, but the chapter names no report or other document of the task force, so no cited source is created and the candidates are left empty."])
C(7, S_TERROR_FLY, [], [NO_NOTE])
C(8, S_TTP, [], [NO_NOTE, "The marker is printed after a space (“travelers. 8”); the evidence quote keeps the space."])
C(9, S_CBM, [], [NO_NOTE])
C(10, S_LINE, [], [NO_NOTE])
C(11, S_DEMAND, [], [NO_NOTE])
C(12, S_AEO, [], [NO_NOTE])
C(13, S_RFID, [], [NO_NOTE])
C(14, S_DISRUPT, [], [NO_NOTE])
C(15, S_CI, [], [NO_NOTE])
cid = lambda n: f"lawson-cite-{n:02d}"

# ====================================================================== actors
actors, new_actors, actor_alias_updates = [], [], {}
EXISTING_ACTORS = {a["id"] for a in json.load(open("/work/main/src/binational/data/actors.json"))["actors"]}


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


Q_THREE = Q("The more that Canada,\nMexico, and the United States can collaborate")
A("united-states", [Q_THREE, Q(S_OUTER), Q(S_DEMAND), Q(S_ASYLUM)])
A("canada", [Q_THREE, Q(S_CANNABIS), Q(S_CTPAT), Q(S_LAND_BORDER)], name="Canada", kind="country", country="CA")
A("mexico", [Q_THREE, Q(S_MEX_COOP), Q(S_MEX_INVEST), Q(S_TRANSIT), Q(S_FUNDING)])
A("guatemala", [Q(S_FUNDING), Q(S_SOUTHERN), Q(S_MERIDA)],
  notes=["The chapter proposes funding for the Guatemalan government (a computer-assisted entry-exit system and professionalization of its customs agency)."])
A("belize", [Q(S_MERIDA)], name="Belize", kind="country", country="BZ")
A("european-union", [Q(S_WEAKEST)], name="European Union", kind="international-organization",
  notes=["Named only as the place of “refugee crises” that show that perimeter security is only as strong as its weakest link."])
A("us-border-patrol", [Q(S_SHOOTING), Q(S_VETTED_FORCE), Q(S_VETTED_UNITS)], add_aliases=["U.S. Border Patrol"],
  notes=["Called “Border Patrol” and “U.S. Border Patrol”; the chapter proposes vetted Mexican units that can mirror it between the ports of entry."])
A("mexico-foreign-ministry", [Q(S_SHOOTING)], name="Ministry of Foreign Affairs", kind="government-body", country="MX",
  notes=["Named only as “the Ministry of Foreign Affairs”, whose “official demarches” should not follow the shooting of a Mexican by a Border Patrol agent; that it is Mexico's ministry is read from that context (the text does not say so). No parent is recorded for that reason."],
  entry_notes=["Seed 002 names it only as “the Ministry of Foreign Affairs”; the country is read from the context of the incident it would protest (the shooting of a Mexican)."])
A("port-security-committees", [Q(S_PORTSEC)], name="Port Security Committees", kind="government-body",
  notes=["On the Mexico-U.S. border; given as a key example of the “quotidian working relationships at the border” to be protected from national politics. Their membership is not stated."],
  entry_notes=["Membership not stated in seed 002; kind government-body is the encoders' reading."])
A("port-committees", [Q(S_PORTSEC)], name="Port Committees", kind="government-body",
  notes=["“an analogous arrangement (Port Committees) on the Canada-U.S. border”; membership not stated."],
  entry_notes=["Seed 002 calls them “an analogous arrangement” to the Port Security Committees, on the Canada-U.S. border; membership not stated."])
A("international-boundary-and-water-commission", [Q(S_GLC)], name="International Boundary and Water Commission", kind="international-organization",
  notes=["Named as a model: an organization governing transnational waterways on the southwest border, which tends to depoliticize incidents. Its members are not stated."],
  entry_notes=["Seed 002 says it governs transnational waterways on the southwest border; it does not name its member governments."])
A("great-lakes-commission", [Q(S_GLC)], name="Great Lakes Commission", kind="international-organization",
  notes=["Named as a model: an organization governing the Great Lakes and the Saint Lawrence River as transnational waterways, which tends to depoliticize incidents. Its members are not stated."],
  entry_notes=["Seed 002 calls it one of the “organizations” governing transnational waterways; it does not name its members, and the kind is the encoders' reading of that phrase."])
A("terrorists", [Q(S_TERROR_FLY), Q(S_TERROR_ASSAULT), Q(S_WATCH)], name="terrorists", kind="criminal-organization",
  notes=["Named generically (“terrorists”, “future terrorist assaults”, “known or suspected terrorists”); no group is identified."],
  entry_notes=["A generic class of actor, not an organization; the model has no closer kind than criminal-organization."])
A("transnational-criminal-organizations", [Q(S_LOOMING), Q(S_DISMANTLE), Q(S_WATCH)], name="transnational criminal organizations",
  kind="criminal-organization",
  notes=["Named generically; no organization is identified. The text also says “criminal organizations” (“maximum disruption of criminal organizations”)."],
  entry_notes=["Named generically; no organization is identified."])
A("civil-society-organizations", [Q(S_CSO)], name="civil society organizations", kind="organization",
  entry_notes=["Named generically; seed 002 suggests they (or academic institutions) develop regional drug control proposals."])
A("academic-institutions", [Q(S_CSO)], name="academic institutions", kind="organization",
  entry_notes=["Named generically; seed 002 suggests they (or civil society organizations) develop regional drug control proposals."])
A("mexican-federal-police", [Q(S_VETTED_FORCE)], name="Federal Police", kind="agency", country="MX",
  notes=["Named as an alternative to a “vetted Mexican federal frontier force” (“or vetted units of the Federal Police”); that it is Mexico's is read from that pairing."])
A("guatemala-customs-agency", [Q(S_FUNDING)], name="customs agency", kind="agency", country="GT",
  parent=link("guatemala", "stated", Q(S_FUNDING)),
  notes=["“the Guatemalan government … professionalization of its customs agency”."],
  entry_notes=["Seed 002 names it only as the Guatemalan government's “customs agency”."])
A("mass-media", [Q(S_MEDIA)], name="mass media", kind="media",
  notes=["Most people “must therefore rely primarily on politicians and the mass media”; “media coverage can provide a distorted picture of the situation on the ground”."],
  entry_notes=["Named generically."])

# ====================================================================== places
places, new_places, place_alias_updates = [], [], {}
EXISTING_PLACES = {p["id"] for p in json.load(open("/work/main/src/binational/data/places.json"))["places"]}


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


P("us-mexico-border", [Q(S_BIDIR), Q(S_PORTSEC), Q(S_FRONTIER), Q(S_GREAT_LAKES_PATROLS), Q(S_VETTED_UNITS), Q(S_GLC)],
  add_aliases=["Mexico-U.S. border", "southwest border"],
  notes=["The chapter writes “the U.S.-Mexico border”, “the Mexico-U.S. border”, “the Mexican-U.S. frontier” (inside the quoted report), “the southwest border” and “the southwest land border”. “southwest border” is read as this border from the context (ad hoc communication between officials “on each side of the southwest border”, set against U.S.-Canadian patrols; Mexican vetted units mirroring the U.S. Border Patrol “On the southwest land border”)."])
P("canada-us-border", [Q(S_PORTSEC), Q(S_BLOCK1_DELAYS), Q(S_LAND_BORDER), Q(S_SEAL)], name="Canada-U.S. border", kind="border",
  countries=["CA", "US"], aliases=["Canadian-U.S. border"],
  notes=["“the Canadian-U.S. border” is the quoted report's wording. The chapter also speaks of “either land border” and “the two land borders in North America”."])
P("great-lakes", [Q(S_GREAT_LAKES_PATROLS), Q(S_SHIPRIDER), Q(S_GLC)], name="Great Lakes", kind="waterway", countries=["CA", "US"],
  notes=["Site of joint U.S.-Canadian patrols and of Shiprider; governed, with the Saint Lawrence River, by the Great Lakes Commission. The countries are read from the U.S.-Canadian patrols on them."])
P("saint-lawrence-river", [Q(S_GLC)], name="Saint Lawrence River", kind="waterway",
  notes=["Named with the Great Lakes as a transnational waterway governed by the Great Lakes Commission; the chapter does not say which countries it lies in, so none is recorded."])
P("sonora-arizona", [Q(S_TUNNEL)], name="Sonora and Arizona", kind="border", countries=["MX", "US"],
  notes=["“a tunnel used by smugglers between the states of Sonora and Arizona”; the countries are read from the example's context (binational efforts against transnational crime on the U.S.-Mexico border), not stated."],
  entry_notes=["The stretch of border between the states of Sonora and Arizona, as seed 002 names it in the example of a smugglers' tunnel."])
P("mexico-southern-border", [Q("A second and related example concerns Mexico’s southern\nborder."), Q(S_SOUTHERN), Q(S_MERIDA)],
  name="Mexico’s southern border", kind="border", countries=["MX"], aliases=["Mexico’s borders with Guatemala and Belize"],
  notes=["“Mexico’s borders with Guatemala and Belize” (the Mérida Initiative's supplemental funds) is read as the same southern border; the chapter does not equate them in so many words."],
  entry_notes=["Only Mexico is recorded as a country: seed 002 names the neighbours (Guatemala, Belize) in a separate phrase."])
P("mexico-guatemala-border", [Q(S_MERIDA), Q(S_SOUTHERN)], name="Mexico’s borders with Guatemala", kind="border", countries=["GT", "MX"],
  notes=["Named as part of “Mexico’s borders with Guatemala and Belize” and as the part of Mexico's southern border that assistance should especially strengthen (“especially with Guatemala”)."],
  entry_notes=["Seed 002 never prints a name for this border alone; the name is cut from “Mexico’s borders with Guatemala and Belize”."])
P("north-america", [Q(S_OPENING), Q(S_MOST_PEOPLE), Q(S_CI)], name="North America", kind="region", countries=["CA", "MX", "US"],
  notes=["The chapter treats North America as the three NAFTA countries (“Most people in Canada, Mexico, and the United States will not cross either of the two land borders in North America”)."])
P("central-america", [Q(S_MERIDA)], notes=["The Mérida Initiative funded “Mexican and Central American law enforcement”."])

# ====================================================================== initiatives
initiatives, new_initiatives, init_alias_updates = [], [], {}
EXISTING_INITS = {i["id"] for i in json.load(open("/work/main/src/binational/data/initiatives.json"))["initiatives"]}


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


I("nafta", [Q(S_NAFTA), Q(S_PRESERVE), Q(S_TRADE_DISRUPT)], name="North American Free Trade Agreement", kind="agreement", aliases=["NAFTA"],
  participants=[pt(a, "signatory", "stated", Q(S_NAFTA), Q_THREE) for a in T3],
  notes=["The chapter speaks of “the three signatories” to NAFTA, “the three NAFTA countries” and “the three parties to NAFTA”, and names Canada, Mexico and the United States in the next paragraph."])
I("nafta-renegotiation", [Q(S_RENEG), Q("This outcome was\nunderstandable but lamentable.")], name="renegotiation of NAFTA", kind="dialogue",
  relations=[rel("derived-from", "nafta", "stated", Q(S_RENEG))],
  notes=["Dated “in 2017–18” and told in the past tense: progress on border security “was held hostage to economic points of contention” during it. The chapter does not say how it ended or name any resulting agreement; no status or event is recorded."],
  entry_notes=["The 2017–18 renegotiation of NAFTA, as seed 002 names it."])
I("merida-initiative", [Q(S_MERIDA), Q(S_MERIDA_FUND)], name="Mérida Initiative", kind="program",
  events=[ev("announced", [Q("the Mérida Initiative, first announced in 2007")], date=Y(2007))],
  participants=[pt("mexico", "beneficiary", "stated", Q(S_MERIDA)),
                pt("united-states", "funder", "inferred", Q("For the United States,\nthe reality of perimeter security is that investments in the capacity of another"), Q(S_MERIDA))],
  notes=["It “provided significant funding for Mexican and Central American law enforcement as well as supplemental funds targeted at strengthening Mexico’s borders with Guatemala and Belize”.",
         "That the United States funds it is inferred: the chapter says the U.S. realization that investing in a neighbour's capacity may pay more than investing at home “lay behind” the initiative, but does not say in so many words who pays.",
         "Central American law enforcement is also named as a beneficiary; no Central American country is named, so no participant is recorded for it.",
         "The chapter recommends expanded funding “along the lines of the Mérida Initiative” (recommendation lawson-merida-style-funding) but says nothing of its current status."])
TF_ID = "trinational-task-force-2005"
I(TF_ID, [Q(S_TF), Q(S_TF_RECS)], name="task force of notable individuals from Canada, Mexico, and the United States", kind="task-force",
  events=[ev("established", [Q(S_TF)], date=Y(2005))],
  participants=[pt(a, "member", "inferred", Q(S_TF)) for a in T3],
  notes=["“In 2005, a task force of notable individuals from Canada, Mexico, and the United States convened to address the next chapter of North American cooperation.” The chapter gives it no name; “convened” is recorded as the event “established”.",
         "Its members are “notable individuals from” the three countries; no individual is named, and the chapter does not say the governments took part. The three countries are recorded as members with certainty inferred, standing for the countries the members came from, not for government participation.",
         "On border security it made five recommendations (recorded as recommendations lawson-tf-* with made_by this task force). The chapter says that “Thirteen years later, substantial progress has been made on all of these issues.”",
         "The chapter names no report or other document of the task force; footnote marker 6 follows the sentence but its note is not printed."],
  entry_notes=["Unnamed in seed 002; the name is the chapter's description."])
TF_STATUS_NOTE = ("Recommended by the 2005 task force; the chapter says only that “Thirteen years later, substantial progress has been made on all of these issues”, not whether this item exists as such now, so the status recorded is the task force's proposal.")
I("north-american-security-perimeter", [Q("(1) the creation of a North American security perimeter")],
  name="North American security perimeter", kind="framework",
  statuses=[st("proposed", "stated", Q(S_TF_RECS))],
  notes=[TF_STATUS_NOTE, "The chapter elsewhere speaks of perimeter security in general (“cooperation with its two land neighbors creates an outer perimeter”; “perimeter security is only as strong as its weakest link”) without tying it to this proposal; those passages are not used as evidence here."])
I("north-american-vetted-traveler-program", [Q("(2) the\ncreation of a North American vetted traveler program")],
  name="North American vetted traveler program", kind="program",
  statuses=[st("proposed", "stated", Q(S_TF_RECS))],
  notes=[TF_STATUS_NOTE, "The chapter does not say whether the existing trusted traveler programs (SENTRI, NEXUS, Global Entry, FAST) answer this proposal; no relation is recorded."])
I("smart-borders-action-plan", [Q("(3) a “smart borders” action plan")], name="“smart borders” action plan", kind="strategy",
  statuses=[st("proposed", "stated", Q(S_TF_RECS))], notes=[TF_STATUS_NOTE])
I("trusted-traveler-programs", [Q(S_TTP), Q(S_TTP_EXPAND), Q(S_KNOWN2)], name="trusted traveler programs", kind="program",
  statuses=[st("active", "stated", Q("who cannot access existing trusted traveler programs"), Q(S_TTP))],
  notes=["A class of programs: “trusted traveler programs such as SENTRI, NEXUS, Global Entry, and FAST have all improved, simplifying bordercrossing security procedures for prescreened commercial and personal travelers”."],
  entry_notes=["A class of programs in seed 002, with SENTRI, NEXUS, Global Entry and FAST as examples."])
for pid, pname in (("sentri", "SENTRI"), ("nexus", "NEXUS"), ("global-entry", "Global Entry"), ("fast", "FAST")):
    I(pid, [Q(S_TTP)], name=pname, kind="program",
      statuses=[st("active", "inferred", Q(S_TTP))],
      relations=[rel("part-of", "trusted-traveler-programs", "stated", Q(S_TTP))],
      notes=["Named only as an example of trusted traveler programs that “have all improved”; the chapter does not expand the name or say which countries run it."],
      entry_notes=["Seed 002 prints the name only, without expansion or operator."])
I("collaborative-border-management", [Q(S_CBM), Q(S_LINE), Q(S_ANTIQUATED), Q(S_DEEPEN)], name="collaborative border management",
  kind="framework", aliases=["CBM", "Twenty-First Century Borders"],
  statuses=[st("active", "inferred", Q(S_CBM), Q("implementation remains incomplete"))],
  participants=[pt(a, "partner", "stated", Q(S_CBM)) for a in T3],
  notes=["All three countries “have embraced the notion”, but only “rhetorically … at the highest levels of government”: “implementation remains incomplete”. The status active is the encoders' reading of that.",
         "Also weighed as a policy option against defending a specific legal line (lawson-option-collaborative-border-management)."])
I("us-canada-great-lakes-joint-patrols", [Q(S_GREAT_LAKES_PATROLS)], name="joint U.S.-Canadian patrols", kind="operation",
  statuses=[st("active", "inferred", Q(S_GREAT_LAKES_PATROLS))],
  participants=[pt("united-states", "partner", "stated", Q("from joint U.S.-Canadian patrols on the Great Lakes")),
                pt("canada", "partner", "stated", Q("from joint U.S.-Canadian patrols on the Great Lakes"))],
  notes=["Named as one example of law enforcement relationships “being created and cultivated every day”. The chapter does not say whether these patrols are the Shiprider program it names later; no relation is recorded."],
  entry_notes=["Joint U.S.-Canadian patrols on the Great Lakes, as seed 002 names them."])
I("guest-worker-program", [Q("particularly in the absence of a\nwell-crafted U.S.-Mexico guest worker program"),
                           Q("the absence of properly structured guest worker\nprogram"), Q(S_IMMREF)],
  name="guest worker program", kind="program",
  statuses=[st("proposed", "inferred", Q("particularly in the absence of a\nwell-crafted U.S.-Mexico guest worker program"), Q(S_IMMREF))],
  notes=["The chapter speaks of the absence of “a well-crafted U.S.-Mexico guest worker program” and of “properly structured guest worker program”, and says comprehensive immigration reform likely would include “a jointly negotiated guest worker program” allowing Mexicans and Central Americans to work legally “in the United States and Canada”. It is one proposed program, not an existing one; the status is inferred from “in the absence of”. Who would negotiate it is not said."],
  entry_notes=["Seed 002 writes “U.S.-Mexico guest worker program” once and elsewhere a “jointly negotiated guest worker program” for work in the United States and Canada."])
I("comprehensive-immigration-reform", [Q(S_IMMREF), Q(S_CLOSER), Q(S_SOUTHERN)], name="Comprehensive immigration reform", kind="policy",
  statuses=[st("proposed", "inferred", Q(S_IMMREF))],
  notes=["Discussed hypothetically (“likely would include employer sanctions … and a jointly negotiated guest worker program”; assistance to Mexico's southern border as “Another possible component”). The chapter does not say which government would enact it."],
  entry_notes=["A policy idea in seed 002, not a named bill."])
I("cannabis-legalization-canada", [Q(S_CANNABIS), Q(S_CANNABIS_MANAGE)], name="full legalization of cannabis in Canada", kind="policy",
  participants=[pt("canada", "lead", "stated", Q(S_CANNABIS))],
  notes=["Given as a new border-security challenge: it “will likely lead to southbound smuggling into the United States and will certainly lead to violations of U.S. law by Canadian citizens”. The chapter speaks of its effects in the future tense and does not say whether it has taken effect; no status is recorded."],
  entry_notes=["Canada's legalization of cannabis, as seed 002 names it."])
Q_TSHIP_ALIAS = Q("Verification and inspection for vetted trader\nprograms like the Customs-Trade Partnership Against Terrorism (C-TPAT)")
I("trusted-shipper-programs", [Q(S_PSHIP), Q(S_TSHIP_GROWN), Q_TSHIP_ALIAS], name="trusted shipper programs", kind="program",
  aliases=["vetted trader programs"],
  statuses=[st("active", "stated", Q(S_PSHIP), Q(S_TSHIP_GROWN))],
  participants=[pt(a, "partner", "stated", Q(S_PSHIP)) for a in T3],
  notes=["“voluntary arrangements by which shippers agree to secure their own supply chains (facilities, conveyances, etc.) in exchange for expedited processing and priority in business resumption”.",
         "The same paragraph calls them “vetted trader programs” when it lists the ways they “should be further enhanced”; the two terms are read as one class."],
  entry_notes=["A class of programs in seed 002 (also “vetted trader programs”), with C-TPAT as an example."])
I("c-tpat", [Q_TSHIP_ALIAS, Q(S_CTPAT)], name="Customs-Trade Partnership Against Terrorism", kind="program", aliases=["C-TPAT"],
  statuses=[st("active", "inferred", Q(S_CTPAT))],
  participants=[pt("united-states", "lead", "inferred", Q("be recognized as being C-TPAT approved in the United States and vice versa"))],
  relations=[rel("part-of", "trusted-shipper-programs", "inferred", Q_TSHIP_ALIAS)],
  notes=["Joint verification and inspection is “already happening in Canada”. That it is a U.S. program is inferred from “C-TPAT approved in the United States”, set against “Canada’s Partners in Protection (PIP) program”."])
I("partners-in-protection", [Q("Canada’s Partners in Protection (PIP) program"), Q(S_CTPAT)], name="Partners in Protection", kind="program", aliases=["PIP"],
  statuses=[st("active", "inferred", Q("a company that belongs to PIP"))],
  participants=[pt("canada", "lead", "stated", Q("Canada’s Partners in Protection (PIP) program"))],
  relations=[rel("part-of", "trusted-shipper-programs", "inferred", Q(S_CTPAT))],
  notes=["The chapter wants PIP and C-TPAT “truly harmonized”. That PIP is a trusted shipper program is inferred from its place in the paragraph on enhancing those programs."])
I("authorized-economic-operator-programs", [Q(S_AEO)], name="Authorized Economic Operator programs", kind="program",
  statuses=[st("active", "inferred", Q(S_AEO))],
  notes=["The chapter asks that “Membership in Authorized Economic Operator programs” be mutually recognized in all three countries; it does not say who runs them."],
  entry_notes=["A class of programs in seed 002."])
I("shiprider", [Q(S_SHIPRIDER)], name="Shiprider", kind="program",
  statuses=[st("active", "inferred", Q(S_SHIPRIDER))],
  participants=[pt("united-states", "partner", "stated", Q(S_SHIPRIDER)), pt("canada", "partner", "stated", Q(S_SHIPRIDER))],
  notes=["“the Canadian-American program Shiprider, in which U.S. and Canadian officers operate together on the same vessel in the Great Lakes”; the present tense is read as active."])

# ====================================================================== options
def CL(text, *quotes, cites=()):
    c = {"text": text, "evidence": list(quotes)}
    if cites:
        c["cites"] = list(cites)
    return c


def AS(crit, rating, *quotes):
    return {"criterion": crit, "rating": rating, "evidence": list(quotes)}


options = [
    {"id": "lawson-option-solve-away-from-border", "name": "Solving problems away from the border",
     "summary": "Prevent security problems at the border with policies aimed at where they originate: immigration reform (employer sanctions, a guest worker program), help for Mexico's southern border, and policies on illegal drugs and weapons.",
     "evidence": [Q(S_RUBRICS), Q(S_ORIGINS)],
     "components": [
         CL("Comprehensive immigration reform with employer sanctions and a jointly negotiated guest worker program", Q(S_IMMREF)),
         CL("Assistance to Mexico in strengthening its southern border", Q(S_SOUTHERN)),
         CL("Policies that reduce drug demand in the United States", Q(S_DEMAND), cites=[cid(11)]),
         CL("Tighter restrictions on sales of weapons and ammunition to potential straw purchasers", Q(S_STRAW)),
         CL("Expanded funding for Mexican domestic law enforcement capacity", Q(S_MERIDA_FUND))],
     "benefits": [
         CL("Closer attention to immigration reform and to flows of illegal drugs and weapons would meaningfully contribute to border security", Q(S_CLOSER)),
         CL("Governments could address the drug traffic most effectively through policies that discourage demand", Q(S_DRUGS_AT_BORDER)),
         CL("Tighter restrictions on sales to straw purchasers would help curtail the flow of illegal weapons", Q(S_STRAW))],
     "assessments": [AS("root-causes", "favourable", Q(S_ORIGINS))],
     "notes": ["The first of the chapter's “two rubrics”; the chapter sets it against “reinforcing physical security at the border” (lawson-option-reinforce-physical-security-at-border). Its second rubric, “improving operations at the borders themselves”, is not opposed to this one: it is encoded as the collaborative border management option and the recommendations of the section “Improving Border Management”."]},
    {"id": "lawson-option-reinforce-physical-security-at-border", "name": "Reinforcing physical security at the border",
     "summary": "Address undocumented immigration and the drug traffic by reinforcing physical security at the border itself.",
     "evidence": [Q(S_AT_BORDER)],
     "risks": [
         CL("Inefficient, ineffective and sometimes inhumane as a response to lax interior enforcement and labor market demand", Q(S_AT_BORDER)),
         CL("The drug traffic can be addressed at the border only inefficiently and incompletely", Q(S_DRUGS_AT_BORDER)),
         CL("Leaves the origin of undocumented immigration untouched: inadequate employer sanctions and the absence of a guest worker program", Q(S_EMPLOYER))],
     "assessments": [AS("humanitarian-risk", "unfavourable", Q(S_AT_BORDER)),
                     AS("root-causes", "unfavourable", Q(S_AT_BORDER), Q(S_EMPLOYER))],
     "notes": ["The chapter names this approach only to reject it (“Attempting to address … by reinforcing physical security at the border”). “inefficient” and “ineffective” are not coded against a criterion (none of cost, feasibility or durability fits exactly)."]},
    {"id": "lawson-option-collaborative-border-management", "name": "Collaborative border management (CBM)",
     "summary": "Countries use their border authorities, together with their neighbours, to secure flows of goods and people through their territories rather than to defend a specific legal line.",
     "evidence": [Q(S_LINE), Q(S_CBM)],
     "components": [
         CL("Border authorities secure flows of goods and people through national territory", Q(S_LINE), cites=[cid(10)]),
         CL("Countries care as much about what leaves as about what enters", Q(S_OUTBOUND)),
         CL("Improve border operations in interconnectivity, streamlined commerce management, noncommercial travel and comprehensive border security", Q(S_LINES))],
     "benefits": [
         CL("A paradigm shift to a framework more adaptable to the needs of the current century", Q(S_SHIFT)),
         CL("Border activities are much more efficient and effective done in collaboration than unilaterally or uncoordinated", Q(S_COLLAB)),
         CL("Countries learn from neighbours which shipments and vehicles are safe and need not spend resources on them", Q("Each country can learn more about “safe” shipments and vehicles from\nwhat its neighbors, thus ensuring that they do not have to expend law enforcement resources on\nthings known to be unproblematic.")),
         CL("Collaboration among the NAFTA parties can prevent trade disruption after an adverse event; failure to secure North America's external borders would inhibit legitimate movement within the continent (quoted report)", Q(S_TRADE_DISRUPT), Q(S_BLOCK1_OPEN), cites=[cid(3)]),
         CL("Cross-border threats cannot be adequately addressed by any one government alone (quoted report)", Q(S_ALONE), cites=[cid(3)]),
         CL("Weak control of access to North America from abroad reduces continental security and adds pressure for intracontinental controls that raise trade and travel costs (quoted report)", Q(S_BLOCK2), cites=[cid(4)]),
         CL("For the United States, cooperation with its two land neighbours creates an outer perimeter that reduces the threat of attack on the homeland", Q(S_OUTER)),
         CL("For Canada and Mexico, the security cooperation developed means there should never be a need to seal the U.S. land borders, as was threatened after September 11, 2001", Q(S_SEAL)),
         CL("A firmly established framework of collaborative security keeps new problems from straining bilateral relationships", Q(S_STRAIN), Q(S_LOOMING))],
     "risks": [
         CL("Implementation remains incomplete; antiquated thinking, such as the fear that harmonizing product standards compromises sovereignty, can block easy wins", Q(S_ANTIQUATED)),
         CL("National politics has occasionally disrupted collaboration, e.g. during the 2017–18 renegotiation of NAFTA", Q(S_NATIONAL_POL), Q(S_RENEG)),
         CL("Deeper collaboration is obstructed by ignorance of the state of play at the borders, the nationalization of local border issues and unjustified negative discourse about neighbours", Q(S_OBSTACLES), Q(S_IGNORANCE), Q(S_NATIONALIZATION), Q(S_NEG_DISCOURSE))],
     "conditions": [
         CL("Cooperation at an operational level insulated from national-level politics", Q(S_20YEARS)),
         CL("Mirrored operations need no novel governance structures and no binational or trinational frontier force", Q(S_NO_NOVEL))],
     "assessments": [AS("sovereignty", "favourable", Q(S_ANTIQUATED), Q(S_NO_NOVEL))],
     "notes": ["The benefit claims on the U.S. outer perimeter and on never sealing the land borders speak of security “cooperation” in general; they are attached here as the chapter's case for collaboration.",
               "The three benefit claims marked “quoted report” come from the block quotations of the “well-known report on the future of the NAFTA bloc”; they argue for trinational collaboration in general and are attached here as the chapter's case for it.",
               "The sovereignty rating reads the chapter's dismissal of sovereignty fears as “antiquated thinking” and its assurance that such cooperation needs no novel governance structures or joint frontier force; it is a coding (inferred)."]},
    {"id": "lawson-option-defend-legal-line", "name": "Defending a specific legal line",
     "summary": "Use border authorities to defend a specific legal line, in keeping with 19th-century notions of sovereignty and border management and 20th-century thinking that watches only what comes in.",
     "evidence": [Q(S_LINE), Q(S_SHIFT)],
     "components": [
         CL("Border authorities defend a specific legal line", Q(S_LINE), cites=[cid(10)]),
         CL("Conventional 20th-century thinking about borders: caring about what comes in more than what goes out", Q(S_OUTBOUND))],
     "risks": [
         CL("Rooted in 19th-century notions of sovereignty and border management, less adaptable to the needs of the current century than CBM", Q(S_SHIFT)),
         CL("Border activities done by one country unilaterally, or by both uncoordinated, are much less efficient and effective", Q(S_COLLAB))],
     "notes": ["The chapter names this approach only as what CBM departs from (“rather than to defend a specific legal line”). Attaching the unilateral/uncoordinated contrast to it is the encoders' reading."]},
    {"id": "lawson-option-disruption", "name": "“Disruption” as a theory of action",
     "summary": "Coordinate joint operations to achieve maximum disruption of criminal organizations, endorsed jointly as the theory of action against certain types of transnational crime.",
     "evidence": [Q(S_DISRUPT), Q(S_JOINT_INV)],
     "components": [CL("Joint major investigations of cross-border smuggling and trafficking, with operations coordinated for maximum disruption", Q(S_JOINT_INV))],
     "conditions": [CL("For certain types of transnational crime, where traditional approaches are known to have a weak deterrent effect", Q(S_DISRUPT), cites=[cid(14)])],
     "notes": ["The chapter prints no note 14, so the support for the claim that traditional approaches have a weak deterrent effect cannot be identified."]},
    {"id": "lawson-option-investigate-arrest-prosecute", "name": "Investigate-arrest-indict-prosecute-incarcerate model",
     "summary": "The conventional law enforcement model of investigating, arresting, indicting, prosecuting and incarcerating offenders.",
     "evidence": [Q("the conventional law enforcement model of investigate-arrest-indict-prosecute-incarcerate")],
     "risks": [CL("Known to have a weak deterrent effect against certain types of transnational crime", Q(S_DISRUPT), cites=[cid(14)])],
     "notes": ["Named only as the model “disruption” should replace for certain types of transnational crime."]},
]

# ====================================================================== recommendations
def R(id, summary, evidence, **kw):
    r = {"id": id, "summary": summary, "evidence": evidence}
    r.update(kw)
    return r


TF_NOTE = "The chapter reports this recommendation of the 2005 task force; it does not make it itself. It adds that “Thirteen years later, substantial progress has been made on all of these issues.”"
PASSIVE = "The sentence is passive and does not say who should act."
recs = [
    # --- reported: the 2005 task force
    R("lawson-tf-north-american-security-perimeter", "Create a North American security perimeter.",
      [Q("(1) the creation of a North American security perimeter"), Q(S_TF_RECS), Q(S_13YEARS)], made_by=TF_ID,
      builds_on=["north-american-security-perimeter"], themes=["border-management", "binational-coordination"], notes=[TF_NOTE]),
    R("lawson-tf-vetted-traveler-program", "Create a North American vetted traveler program.",
      [Q("(2) the\ncreation of a North American vetted traveler program"), Q(S_TF_RECS), Q(S_13YEARS)], made_by=TF_ID,
      builds_on=["north-american-vetted-traveler-program"], themes=["travel-facilitation"], notes=[TF_NOTE]),
    R("lawson-tf-smart-borders-action-plan", "Adopt a “smart borders” action plan.",
      [Q("(3) a “smart borders” action plan"), Q(S_TF_RECS), Q(S_13YEARS)], made_by=TF_ID,
      builds_on=["smart-borders-action-plan"], themes=["border-management"], notes=[TF_NOTE]),
    R("lawson-tf-joint-third-country-screening", "Jointly screen nationals from third countries.",
      [Q("(4) joint\nscreening of nationals from third countries"), Q(S_TF_RECS), Q(S_13YEARS)], made_by=TF_ID,
      themes=["border-management", "intelligence-sharing", "binational-coordination"],
      notes=[TF_NOTE, "As an example of progress the chapter says it is now as difficult for terrorists to fly into Mexico or Canada from a third country as into the United States."]),
    R("lawson-tf-information-sharing-capacity-building", "Increase information-sharing and capacity building for law enforcement.",
      [Q(S_TF_RECS_5), Q(S_TF_RECS), Q(S_13YEARS)], made_by=TF_ID,
      themes=["intelligence-sharing", "institutional-capacity"], notes=[TF_NOTE]),
    # --- Importance of Border Security
    R("lawson-mexico-capacity-building-information-sharing",
      "Make security cooperation with Mexico include capacity building for law enforcement and information sharing that improves Mexico's domestic public safety.",
      [Q(S_MEX_COOP), Q(S_MEX_INVEST)], participants=["mexico"],
      themes=["institutional-capacity", "intelligence-sharing"],
      notes=["“For Mexico, cooperation on security is also likely to involve—and should involve—…”; the sentence does not say who is to provide the capacity building."]),
    R("lawson-manage-cannabis-infractions",
      "Manage, on both sides, how to prevent infractions of U.S. law by Canadians carrying cannabis without arresting people who pose little threat or discouraging tourism.",
      [Q(S_CANNABIS_MANAGE), Q(S_CANNABIS)], addressees=["canada", "united-states"], places=["canada-us-border"],
      builds_on=["cannabis-legalization-canada"], themes=["drug-policy", "border-management"],
      notes=["Phrased as a necessity (“Both governments will have to actively manage the issue”); “Both governments” are read as Canada and the United States from the preceding sentence. The place is read from the context (southbound smuggling from Canada)."]),
    # --- Preserving Progress to Date
    R("lawson-decouple-border-security-from-other-issues",
      "Decouple border security policies from other issues such as trade and immigration wherever possible and consider them on their own merits.",
      [Q(S_DECOUPLE), Q(S_POL_DEBATES), Q(S_PRESERVE), Q(S_RENEG)], addressees=T3,
      themes=["binational-coordination", "governance-and-accountability"],
      notes=["“all parties” are read as the three NAFTA countries. The chapter gives the 2017–18 renegotiation of NAFTA, when border security progress “was held hostage to economic points of contention”, as the case to avoid."]),
    R("lawson-protect-border-working-relationships",
      "Keep national politics from interfering with everyday working relationships at the border, such as the Port Security Committees and the Port Committees.",
      [Q(S_QUOTIDIAN), Q(S_PORTSEC), Q(S_GREAT_LAKES_PATROLS), Q(S_PROTECT)], addressees=T3,
      participants=["port-security-committees", "port-committees"], places=["us-mexico-border", "canada-us-border"],
      builds_on=["us-canada-great-lakes-joint-patrols"],
      themes=["binational-coordination", "border-management"]),
    R("lawson-resolve-incidents-at-border",
      "Resolve border issues, including local law enforcement and port-of-entry operations, at the border rather than letting them become political footballs (e.g. treat a smugglers' tunnel between Sonora and Arizona as everyday law enforcement).",
      [Q(S_FOOTBALLS), Q(S_TUNNEL)], addressees=T3, places=["sonora-arizona"],
      themes=["binational-coordination", "border-management"]),
    R("lawson-cross-border-incident-assistance-discussions",
      "Use incidents such as the shooting of a Mexican rock-thrower by a Border Patrol agent as occasions to discuss how agents on one side can get help from counterparts on the other during an incident, and the value of mirrored patrols between ports of entry, rather than for official demarches.",
      [Q(S_SHOOTING)], participants=["us-border-patrol"], places=["us-mexico-border"],
      builds_on=["lawson-resolve-incidents-at-border"], themes=["binational-coordination", "border-management", "enforcement"],
      notes=["The sentence (“should become an occasion for discussions”) does not say who should hold the discussions. The Ministry of Foreign Affairs is named only for the “official demarches” that should not follow such an incident, so it is not a participant. The place is read from the context (a Mexican, a Border Patrol agent)."]),
    R("lawson-technocratic-mechanisms",
      "Put in place more formal, technocratic mechanisms for border-management incidents, on the model of the International Boundary and Water Commission and the Great Lakes Commission.",
      [Q(S_TECHNO2), Q(S_TECHNO), Q(S_GLC)], participants=["international-boundary-and-water-commission", "great-lakes-commission"],
      themes=["governance-and-accountability", "binational-coordination", "border-management"],
      notes=[PASSIVE, "The two commissions are named as models (they “tend to depoliticize incidents and focus discussion on technical issues”), not as the bodies to act."]),
    # --- Solving Problems Away from the Border
    R("lawson-employer-sanctions",
      "Include sanctions against employers hiring undocumented workers in comprehensive immigration reform.",
      [Q(S_IMMREF), Q(S_EMPLOYER), Q(S_CLOSER)], builds_on=["comprehensive-immigration-reform", "lawson-option-solve-away-from-border"],
      themes=["immigration-reform", "enforcement"],
      notes=["Hedged: comprehensive immigration reform “likely would include” employer sanctions; the chapter calls undocumented immigration “fundamentally a product of inadequate employer sanctions against hiring undocumented workers in the United States”. No actor is named."]),
    R("lawson-joint-guest-worker-program",
      "Jointly negotiate a guest worker program that would let many Mexicans and Central Americans work legally in the United States and Canada.",
      [Q(S_IMMREF), Q("particularly in the absence of a\nwell-crafted U.S.-Mexico guest worker program"), Q(S_EMPLOYER)],
      builds_on=["guest-worker-program", "comprehensive-immigration-reform", "lawson-option-solve-away-from-border"],
      themes=["legal-pathways", "immigration-reform", "binational-coordination"],
      notes=["Hedged (“likely would include … a jointly negotiated guest worker program that presumably would allow …”); the parties to the negotiation are not named."]),
    R("lawson-assist-mexico-southern-border",
      "Assist Mexico in strengthening its southern border, especially with Guatemala, as a component of immigration reform tied to security.",
      [Q(S_SOUTHERN), Q(S_CENTRAL_AM), Q(S_WEAKEST)], participants=["mexico"], places=["mexico-southern-border", "mexico-guatemala-border"],
      builds_on=["comprehensive-immigration-reform", "lawson-option-solve-away-from-border"],
      themes=["border-management", "institutional-capacity", "regional-development"],
      notes=["“Another possible component of immigration reform … would involve assistance to Mexico”; who provides the assistance is not said."]),
    R("lawson-fund-mexican-port-infrastructure",
      "Direct funding to the Mexican government for physical infrastructure at and around ports of entry on its southern border.",
      [Q(S_FUNDING), Q(S_SOUTHERN)], participants=["mexico"], places=["mexico-southern-border"],
      builds_on=["lawson-assist-mexico-southern-border"], themes=["infrastructure", "border-management"],
      notes=[PASSIVE, "That the ports of entry are those of the southern border is read from the preceding sentence on strengthening Mexico's southern border."]),
    R("lawson-fund-guatemala-entry-exit-system",
      "Fund the Guatemalan government to pay for a computer-assisted entry-exit system.",
      [Q(S_FUNDING)], participants=["guatemala"], builds_on=["lawson-assist-mexico-southern-border"],
      themes=["border-management", "institutional-capacity"], notes=[PASSIVE]),
    R("lawson-professionalize-guatemala-customs",
      "Fund the professionalization of Guatemala's customs agency.",
      [Q(S_FUNDING)], participants=["guatemala", "guatemala-customs-agency"], builds_on=["lawson-assist-mexico-southern-border"],
      themes=["institutional-capacity", "border-management"], notes=[PASSIVE]),
    R("lawson-joint-asylum-adjudication",
      "Mexico and the United States should collaborate in adjudicating asylum claims of Central American migrants before they reach the interior of Mexico.",
      [Q(S_ASYLUM)], addressees=["mexico", "united-states"], builds_on=["lawson-assist-mexico-southern-border"],
      themes=["asylum-processing", "binational-coordination"],
      notes=["Where the adjudication is to happen is not stated beyond “before they reach the interior of Mexico”."]),
    R("lawson-reduce-us-drug-demand", "Adopt policies that reduce drug demand in the United States.",
      [Q(S_DEMAND), Q(S_DRUGS_AT_BORDER)], builds_on=["lawson-option-solve-away-from-border"], themes=["drug-policy"],
      notes=["No actor is named. The sentence carries footnote marker 11 (lawson-cite-11), whose note is not printed."]),
    R("lawson-expanded-drug-testing", "Expand drug testing to discourage use.",
      [Q(S_DRUG_MEASURES)], builds_on=["lawson-reduce-us-drug-demand"], themes=["drug-policy"],
      notes=["Hedged (“These policies might include”); no actor is named."]),
    R("lawson-supervise-prison-probation-parolee-population", "Better supervise the prison-probation-parolee population.",
      [Q(S_DRUG_MEASURES)], builds_on=["lawson-reduce-us-drug-demand"], themes=["drug-policy", "enforcement"],
      notes=["Hedged (“These policies might include”); no actor is named."]),
    R("lawson-street-level-drug-enforcement", "Use street-level enforcement that makes it harder for drug buyers to meet sellers.",
      [Q(S_DRUG_MEASURES)], builds_on=["lawson-reduce-us-drug-demand"], themes=["drug-policy", "enforcement"],
      notes=["Hedged (“These policies might include”); no actor is named."]),
    R("lawson-evidence-based-drug-control-policies", "Develop sound, evidence-based drug control policies, especially for cannabis.",
      [Q(S_EVIDENCE)], participants=T3, themes=["drug-policy"],
      notes=["“All three countries also would benefit from efforts to develop …”: the three countries are the beneficiaries; whose efforts is not said."]),
    R("lawson-regional-drug-control-proposals",
      "Civil society organizations or academic institutions should develop drug control proposals aimed at the region as a whole that account for North America's interconnected economies.",
      [Q(S_CSO)], addressees=["civil-society-organizations", "academic-institutions"], places=["north-america"],
      builds_on=["lawson-evidence-based-drug-control-policies"], themes=["drug-policy"],
      notes=["Hedged (“One step might be for …”)."]),
    R("lawson-restrict-straw-purchaser-sales",
      "Tighten restrictions on the sale of weapons and ammunition to potential straw purchasers.",
      [Q(S_STRAW)], builds_on=["lawson-option-solve-away-from-border"], themes=["arms-trafficking"],
      notes=["No actor or country is named (“tighter restrictions … would help curtail the flow of illegal weapons”)."]),
    R("lawson-merida-style-funding",
      "Expand funding for programs building Mexican domestic law enforcement capacity, along the lines of the Mérida Initiative.",
      [Q(S_MERIDA_FUND), Q(S_CONTINUED), Q(S_MEX_INVEST)], participants=["mexico"],
      builds_on=["merida-initiative"], themes=["institutional-capacity", "enforcement"],
      notes=["“Mexico would benefit from expanded funding”: Mexico is the beneficiary; the funder is not named."]),
    R("lawson-vetted-mexican-frontier-force",
      "Help Mexico develop a vetted federal frontier force (or vetted Federal Police units) that mirrors the U.S. Border Patrol between ports of entry in major smuggling corridors on the southwest border.",
      [Q(S_VETTED_FORCE), Q(S_VETTED_UNITS), Q(S_NO_NOVEL)], addressees=["mexico"],
      participants=["mexican-federal-police", "us-border-patrol"], places=["us-mexico-border"],
      builds_on=["lawson-merida-style-funding"], themes=["institutional-capacity", "enforcement", "border-management"],
      notes=["Stated twice: as part of the funding (“funding should include assistance in developing …”) and as an action for Mexico (“Mexico should develop vetted units …”). The chapter adds that this would not involve any binational or trinational frontier force."]),
    # --- Improving Border Management
    R("lawson-deepen-collaborative-border-management",
      "Deepen collaborative border management, improving border operations in interconnectivity, streamlined commerce management, noncommercial travel and comprehensive border security.",
      [Q(S_LINES), Q(S_DEEPEN), Q(S_ANTIQUATED)], builds_on=["collaborative-border-management", "lawson-option-collaborative-border-management"],
      themes=["border-management", "binational-coordination"],
      notes=["An umbrella for the recommendations of the section “Improving Border Management”; " + PASSIVE]),
    R("lawson-outbound-scrutiny", "North American countries must care as much about what leaves their country as about what enters.",
      [Q(S_OUTBOUND), Q(S_BAD_THINGS)], addressees=T3, builds_on=["lawson-option-collaborative-border-management"],
      themes=["border-management", "binational-coordination"]),
    R("lawson-binational-ports-of-entry",
      "Build all new authorized crossing points as single binational ports of entry straddling the frontier, staffed by cross-deputized officers.",
      [Q(S_BINPORT)], builds_on=["lawson-deepen-collaborative-border-management"],
      themes=["infrastructure", "border-management", "binational-coordination"], notes=[PASSIVE]),
    R("lawson-single-entry-exit-processing",
      "Where cross-deputation is impossible, make all processing single-entry/exit, so that entry into one country automatically counts as exit from the other.",
      [Q(S_SINGLE)], builds_on=["lawson-binational-ports-of-entry"], themes=["border-management", "binational-coordination"], notes=[PASSIVE]),
    R("lawson-interoperable-communications",
      "Make communications interoperable so that security personnel at and between ports of entry can talk securely with counterparts across the border.",
      [Q(S_INTEROP)], builds_on=["lawson-deepen-collaborative-border-management"],
      themes=["binational-coordination", "border-management", "intelligence-sharing"], notes=[PASSIVE]),
    R("lawson-advance-notice-of-procurement",
      "Inform the neighbouring country in advance about procurement of equipment that might affect the interoperability of communications.",
      [Q(S_PROCURE)], builds_on=["lawson-interoperable-communications"], themes=["binational-coordination"], notes=[PASSIVE]),
    R("lawson-joint-parallel-patrols",
      "Operate joint or fully parallel patrols in the areas between ports of entry, as with Shiprider on the Great Lakes.",
      [Q(S_SHIPRIDER)], builds_on=["shiprider", "lawson-deepen-collaborative-border-management"], places=["great-lakes"],
      themes=["enforcement", "binational-coordination", "border-management"],
      notes=[PASSIVE, "The Great Lakes are the site of the Shiprider example; the recommendation itself covers the areas between ports of entry generally."]),
    R("lawson-third-country-observers-mirrored-operations",
      "Let representatives of the third country observe mirrored operations conducted by the other two, for training purposes.",
      [Q(S_OBS_MIRROR), Q(S_NO_NOVEL)], builds_on=["lawson-joint-parallel-patrols"],
      themes=["binational-coordination", "institutional-capacity"],
      notes=["Hedged (“In some cases, … might participate”); the third country is not named."]),
    R("lawson-enhance-trusted-shipper-programs",
      "Build on and further enhance the three countries' existing trusted shipper programs.",
      [Q(S_PSHIP), Q(S_TSHIP_GROWN)], addressees=T3, builds_on=["trusted-shipper-programs"],
      themes=["trade-facilitation", "border-management"]),
    R("lawson-joint-ctpat-verification",
      "Conduct verification and inspection for vetted trader programs such as C-TPAT jointly, as already happens in Canada.",
      [Q(S_CTPAT)], builds_on=["c-tpat", "lawson-enhance-trusted-shipper-programs"],
      themes=["trade-facilitation", "binational-coordination"], notes=[PASSIVE]),
    R("lawson-harmonize-pip-ctpat",
      "Truly harmonize Canada's Partners in Protection and C-TPAT, so that a PIP member is recognized as C-TPAT approved in the United States and vice versa.",
      [Q(S_CTPAT)], participants=["canada", "united-states"], builds_on=["partners-in-protection", "c-tpat", "lawson-enhance-trusted-shipper-programs"],
      themes=["trade-facilitation", "binational-coordination"], notes=[PASSIVE]),
    R("lawson-aeo-mutual-recognition",
      "Mutually recognize membership in Authorized Economic Operator programs in all three countries.",
      [Q(S_AEO)], participants=T3, builds_on=["authorized-economic-operator-programs", "lawson-enhance-trusted-shipper-programs"],
      themes=["trade-facilitation", "binational-coordination"],
      notes=[PASSIVE, "The sentence carries footnote marker 12 (lawson-cite-12), whose note is not printed."]),
    R("lawson-rfid-crossing-cards",
      "Consider introducing mandatory RFID-equipped border crossing cards for commercial drivers.",
      [Q(S_RFID_CARDS), Q(S_RFID)], addressees=T3, themes=["trade-facilitation", "border-management"],
      metrics=[CL("More advanced notification of entries, linking driver, truck, trailer and shipment information", Q(S_RFID))],
      notes=["“the three governments should consider introducing”. The metric is the benefit the chapter states (footnote marker 13, note not printed); it is not framed as a measure of progress."]),
    R("lawson-joint-cargo-targeting-algorithms",
      "Run jointly developed targeting algorithms on cargo data to detect potentially dangerous or illegal shipments or conveyances.",
      [Q(S_CARGO)], addressees=T3, themes=["trade-facilitation", "intelligence-sharing", "binational-coordination"]),
    R("lawson-expand-trusted-traveler-programs", "Expand trusted traveler programs, giving noncommercial travel equal scrutiny, particularly regarding terrorism.",
      [Q(S_TTP_EXPAND), Q(S_NONCOMM)], builds_on=["trusted-traveler-programs", "lawson-deepen-collaborative-border-management"],
      themes=["travel-facilitation", "border-management"], notes=[PASSIVE]),
    R("lawson-known-traveler-digital-identity",
      "Investigate “known traveler” digital identity programs letting individuals share information with authorities once as they pass through ports of entry.",
      [Q(S_KNOWN), Q(S_KNOWN2)], addressees=T3, builds_on=["lawson-expand-trusted-traveler-programs"],
      themes=["travel-facilitation", "border-management"],
      notes=["Such programs would reach people, including visitors from outside North America, who cannot or will not join existing trusted traveler programs."]),
    R("lawson-eliminate-primary-inspection",
      "Eliminate primary inspection at ports of entry, at least for nationals of the other North American countries.",
      [Q(S_PRIMARY)], themes=["travel-facilitation", "border-management"], notes=[PASSIVE]),
    R("lawson-secondary-screening-referral",
      "Refer travelers to secondary screening based on targeting, officers' judgment on the scene and a reasonable number of random checks.",
      [Q(S_SECONDARY)], builds_on=["lawson-eliminate-primary-inspection"], themes=["border-management", "enforcement"], notes=[PASSIVE]),
    R("lawson-counterterrorism-intelligence-collaboration",
      "Continue intelligence collaboration on counterterrorism, including on asylum claimants or refugees in Canada.",
      [Q(S_CT)], addressees=T3, themes=["intelligence-sharing", "binational-coordination"]),
    R("lawson-joint-air-traveler-screening",
      "Jointly screen air travelers arriving into the continent from abroad.",
      [Q(S_CT)], addressees=T3, builds_on=["lawson-counterterrorism-intelligence-collaboration"],
      themes=["border-management", "intelligence-sharing", "binational-coordination"]),
    R("lawson-third-country-observers-joint-screening",
      "Where appropriate, let officials from the third country observe such joint operations to learn for analogous operations at home.",
      [Q(S_OBS_CT)], builds_on=["lawson-joint-air-traveler-screening"], themes=["binational-coordination", "institutional-capacity"],
      notes=["Hedged (“might participate”); the third country is not named."]),
    R("lawson-tco-watch-lists",
      "Collaborate more comprehensively to stop known or suspected members of transnational criminal organizations moving into and through the region, including “watch lists” like those used for terrorists.",
      [Q(S_WATCH)], addressees=T3, participants=["transnational-criminal-organizations"], places=["north-america"],
      themes=["intelligence-sharing", "enforcement", "binational-coordination"],
      notes=["Transnational criminal organizations are the target, not participants in the ordinary sense."]),
    R("lawson-joint-major-investigations",
      "Make major investigations of cross-border smuggling and trafficking joint, and coordinate operations for maximum disruption of criminal organizations.",
      [Q(S_JOINT_INV)], participants=["transnational-criminal-organizations"], builds_on=["lawson-option-disruption"],
      themes=["enforcement", "binational-coordination"], notes=[PASSIVE]),
    R("lawson-endorse-disruption",
      "Consider jointly endorsing “disruption” as a theory of action against certain types of transnational crime where traditional approaches deter weakly.",
      [Q(S_DISRUPT)], addressees=T3, builds_on=["lawson-option-disruption"], themes=["enforcement", "binational-coordination"],
      notes=["The sentence carries footnote marker 14 (lawson-cite-14), whose note is not printed."]),
    R("lawson-third-country-observers-task-forces",
      "In some cases, such as human trafficking investigations, include a representative of the third country, presumably as an observer, in binational task forces.",
      [Q(S_OBS_TF)], themes=["binational-coordination", "institutional-capacity", "enforcement"],
      notes=["Hedged (“could include”); the third country is not named."]),
    R("lawson-joint-disaster-planning", "Plan jointly for major natural disasters that span the border.",
      [Q(S_PLANNING)], themes=["binational-coordination"], notes=[PASSIVE]),
    R("lawson-joint-public-health-planning", "Plan jointly for public health crises that involve border communities.",
      [Q(S_PLANNING)], themes=["binational-coordination"], notes=[PASSIVE]),
    R("lawson-third-country-observers-planning",
      "When planning is “dual-binational”, let representatives of the third country attend planning sessions as observers.",
      [Q(S_DUAL)], builds_on=["lawson-joint-disaster-planning", "lawson-joint-public-health-planning"], themes=["binational-coordination"],
      notes=["The sentence is garbled as printed: “When planning is “dual-binational.” representatives …” (a full stop inside the closing quotation mark, then a lower-case word); it is read as one conditional sentence. The term “dual-binational” is not explained."]),
    R("lawson-critical-infrastructure-protection-plan",
      "Develop a joint plan to protect transnational critical infrastructure in North America, such as pipelines, from all hazards, from cyberattacks to extreme weather.",
      [Q(S_CI), Q(S_LOOMING)], addressees=T3, places=["north-america"], themes=["infrastructure", "binational-coordination"],
      notes=["The sentence carries footnote marker 15 (lawson-cite-15), whose note is not printed."]),
    R("lawson-third-country-observers-infrastructure-planning",
      "Let representatives of the third partner country officially observe binational critical-infrastructure planning.",
      [Q(S_OBS_CI)], builds_on=["lawson-critical-infrastructure-protection-plan"], themes=["binational-coordination"],
      notes=["Hedged (“might incorporate”); the third country is not named."]),
    # --- Obstacles and Next Steps
    R("lawson-government-public-support-for-collaboration",
      "All three governments should continuously and publicly support collaborative border management, countering ignorance, the nationalization of local incidents and unjustified negative discourse about neighbours.",
      [Q(S_DEEPEN), Q(S_COUNTER), Q(S_PUBDIP), Q(S_IGNORANCE), Q(S_NATIONALIZATION), Q(S_NEG_DISCOURSE)], addressees=T3, themes=["public-diplomacy", "binational-coordination"],
      notes=["The chapter says the three threats to cooperation “must be countered vigorously” and that continuous public support “by all three governments will be critical”; the approach “also involves public diplomacy”."]),
    R("lawson-public-diplomacy-by-border-community",
      "Everyone familiar with border security—officials, business executives, policy experts, civic groups, community leaders, journalists and others—should reiterate the importance and value of security collaboration in North America.",
      [Q(S_INCUMBENT), Q(S_MEDIA)], places=["north-america"], themes=["public-diplomacy"],
      notes=["The chapter addresses “all those familiar with border security—elected and appointed officials, business executives, policy experts, members of civic groups, community leaders, journalists, and the like”; these are not encoded as actors, so addressees is empty."]),
]

# ====================================================================== positions
positions = [
    {"id": "lawson-position-binational-cooperation", "dimension": "binational-cooperation", "stance": "strongly-for",
     "evidence": [Q(S_COLLAB), Q(S_COUNTER), Q(S_DEEPEN)]},
    {"id": "lawson-position-unilateral-action", "dimension": "unilateral-action", "stance": "against",
     "evidence": [Q(S_COLLAB)]},
    {"id": "lawson-position-root-causes", "dimension": "root-causes", "stance": "for",
     "evidence": [Q(S_ORIGINS), Q(S_AT_BORDER)],
     "notes": ["Coded from the chapter's case for policies against problems that “have their origins elsewhere” (employer sanctions, guest workers, drug demand) rather than at the border."]},
]

# ====================================================================== checks and output
THEMES = {"enforcement", "intelligence-sharing", "humanitarian-protection", "asylum-processing", "adjudication-capacity",
          "legal-pathways", "regional-development", "governance-and-accountability", "institutional-capacity",
          "binational-coordination", "military", "arms-trafficking", "illicit-finance", "drug-policy", "judicial-reform",
          "border-management", "trade-facilitation", "travel-facilitation", "infrastructure", "public-diplomacy", "immigration-reform"}
ids = [r["id"] for r in recs]
assert len(ids) == len(set(ids))
for r in recs:
    assert r["themes"] and set(r["themes"]) <= THEMES, r["id"]
    assert r["id"].startswith("lawson-")


def _norm(s):
    d = unicodedata.normalize("NFKD", s.casefold())
    return " ".join(re.findall(r"[a-z0-9]+", "".join(c for c in d if not unicodedata.combining(c))))


def check_aliases(mentions, entries, updates, existing_file, key):
    existing = json.load(open(existing_file))[key]
    by_id = {e["id"]: e for e in existing + entries}
    ev_ = {m["id"]: [q["text"] for q in m["evidence"]] for m in mentions}
    owner = {}
    for e in by_id.values():
        for n in [e["id"], e["name"], *e.get("aliases", []), *updates.get(e["id"], [])]:
            k = _norm(n)
            assert owner.setdefault(k, e["id"]) == e["id"], f"{key}: {n!r} of {e['id']} collides with {owner[k]}"
    for e in entries:
        qs = [f" {_norm(t)} " for t in ev_[e["id"]]]
        for n in [e["name"], *e.get("aliases", [])]:
            assert any(f" {_norm(n)} " in q for q in qs), f"{key}: name {n!r} of {e['id']} not evidenced"
    for i, al in updates.items():
        qs = [f" {_norm(t)} " for t in ev_[i]]
        for n in al:
            assert any(f" {_norm(n)} " in q for q in qs), f"{key}: alias {n!r} of {i} not evidenced"
    assert set(ev_) <= set(by_id), set(ev_) - set(by_id)
    assert {e["id"] for e in entries} <= set(ev_)


check_aliases(actors, new_actors, actor_alias_updates, "/work/main/src/binational/data/actors.json", "actors")
check_aliases(initiatives, new_initiatives, init_alias_updates, "/work/main/src/binational/data/initiatives.json", "initiatives")
check_aliases(places, new_places, place_alias_updates, "/work/main/src/binational/data/places.json", "places")

seedfile = {"source": seed_source, "sections": sections, "sources": sources, "citations": cites,
            "actors": actors, "initiatives": initiatives, "places": places, "options": options,
            "recommendations": recs, "figures": [], "framings": [], "positions": positions}
NAME = f"{OUT}/002-{SEED}.json"
open(NAME, "w", encoding="utf-8").write(canonical(seedfile))
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
counts.update({"new actors": len(new_actors), "new initiatives": len(new_initiatives), "new places": len(new_places)})
print(NAME)
print(json.dumps(counts))
