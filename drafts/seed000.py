import json, sys
sys.path.insert(0, "/work/main/tools")
from anchor import canonical

def Q(text, near=None):
    d = {"text": text}
    if near: d["near"] = near
    return d

SEED = "nsc-migration-policy-brief"
def org(n): return {"type": "organization", "name": n}

# ---------------------------------------------------------------- sentences
S = {
 "c-encounters": "Between 2020 and 2023, border encounters rose significantly while asylum backlogs reached record levels, reflecting growing strain on institutional capacity (Office of Homeland Security Statistics; Government Accountability Office, 2023).",
 "c-mexico-role": "As both a transit country and an increasingly active enforcement partner, Mexico shapes outcomes through its National Guard deployments, asylum policies, and cooperation with U.S. authorities under bilateral frameworks (U.S. Department of State, 2023; Migration Policy Institute, 2025).",
 "c-exec-enf": "While enforcement strategies may produce short-term reductions in crossings, they often displace migration routes and exacerbate humanitarian risks (Migration Policy Institute, 2023; Human Rights Watch, 2024).",
 "c-exec-reform": "System reforms improve efficiency and fairness but face political and institutional barriers, particularly without corresponding investments in Mexico’s processing capacity (Government Accountability Office, 2023).",
 "c-exec-regional": "Regional development strategies offer long-term solutions by addressing root causes, yet require sustained coordination and time to yield measurable outcomes (World Bank, 2023).",
 "c-drivers": "While structural drivers such as economic collapse, gang violence, and climate-related displacement in the Northern triangle continue to push individuals northward (World Bank, 2023), the pathways migrants take and the outcomes they experience are heavily shaped by policies implemented in both the United States and Mexico.",
 "c-intercept": "Through cooperation agreements and enforcement initiatives, Mexico has increased its capacity to intercept migrants before they reach the U.S. border, effectively extending the functional border southward (Migration Policy Institute, 2025).",
 "c-corridor": "This interdependence is particularly evident in high-traffic corridors such as Tijuana–San Diego, where the U.S.’ San Diego sector has become one of the busiest migration entry points in recent years, and where migration pressures simultaneously strain reception systems on both sides of the border, underscoring the deeply interconnected nature of U.S. and Mexican migration governance (Baker Institute, 2024).",
 "c-coordination": "Additionally, changes in enforcement priorities or coordination between U.S. and Mexican authorities have been shown to directly influence migration flows and processing capacity (Migration Policy Institute, 2023).",
 "c-backlog": "Immigration courts face a growing backlog of cases, limiting the system’s ability to process claims efficiently and fairly (Government Accountability Office, 2023; Transactional Records Access Clearinghouse).",
 "c-deaths": "Enforcement-focused policies have been associated with increasing migrant deaths and disappearances as individuals are pushed into more dangerous routes (Human Rights Watch, 2024).",
 "c-labor": "Meanwhile, migrants continue to fill essential workforce roles in the U.S. economy, particularly in sectors experiencing labor shortages (Migration Policy Institute, 2023, April 11).",
 "c-opt1-adapt": "While this approach may produce short-term results in unauthorized crossings, evidence suggests that its effectiveness diminishes over time as migration routes adapt (Migration Policy Institute, 2023).",
 "c-opt1-mortality": "Moreover, intensified enforcement has been linked to increased humanitarian risks, including higher rates of migrant mortality (Human Rights Watch, 2024).",
 "c-opt2-capacity": "Evidence suggests that improving institutional capacity can help reduce backlogs and improve system credibility (Government Accountability Office, 2023).",
 "c-opt3-factors": "Research indicates that factors such as economic instability, violence, and environmental stress contribute significantly to migration pressures (World Bank, 2023).",
 "c-risk-enf": "Expanding enforcement may deliver immediate, visible results but carries significant financial costs and risks, increasing humanitarian harm and failing to address root causes (Human Rights Watch, 2024).",
}
def sent(k): return Q(S[k])

GAO = ["gao-2023-immigration-courts-workforce", "gao-2023-immigration-courts-backlog-blog"]
HRW = ["hrw-2024-border-deterrence-deaths-disappearances", "hrw-2024-nothing-but-bones"]
WB = ["world-bank-2023-world-development-report", "world-bank-2023-migration-north-central-america"]
MPI23 = ["mpi-2023-shifting-realities", "mpi-2023-immigration-labor-shortages"]
N_GAO = "The marker matches two 2023 entries by the Government Accountability Office (the GAO-23-105431 report and the October 19 blog post); the brief does not distinguish them."
N_HRW = "The marker matches two 2024 entries by Human Rights Watch (the June 26 news release and the “Nothing but bones” report); the brief does not distinguish them."
N_WB = "The marker matches two 2023 entries by the World Bank (World Development Report 2023 and the North Central America study); the brief does not distinguish them."
N_MPI = "The marker matches two 2023 entries by the Migration Policy Institute. The brief cites the April 11 entry elsewhere with its date, which suggests this undated marker means “Shifting realities at the U.S.-Mexico border”, but the marker itself does not say so; both candidates are kept."

cites = []
def C(cid, marker, sentkey, cands, note=None):
    c = {"id": f"nsc-cite-{cid:02d}", "marker": Q(marker, near=S[sentkey]), "evidence": [sent(sentkey)], "candidates": cands}
    if note: c["notes"] = [note]
    cites.append(c)
C(1, "Office of Homeland Security Statistics", "c-encounters", ["ohss-cbp-encounters"], "The marker gives no year; the reference list dates the entry “n.d.”.")
C(2, "Government Accountability Office, 2023", "c-encounters", GAO, N_GAO)
C(3, "U.S. Department of State, 2023", "c-mexico-role", ["state-2023-hlsd-joint-statement"])
C(4, "Migration Policy Institute, 2025", "c-mexico-role", ["mpi-2025-new-migration-realities"])
C(5, "Migration Policy Institute, 2023", "c-exec-enf", MPI23, N_MPI)
C(6, "Human Rights Watch, 2024", "c-exec-enf", HRW, N_HRW)
C(7, "Government Accountability Office, 2023", "c-exec-reform", GAO, N_GAO)
C(8, "World Bank, 2023", "c-exec-regional", WB, N_WB)
C(9, "World Bank, 2023", "c-drivers", WB, N_WB)
C(10, "Migration Policy Institute, 2025", "c-intercept", ["mpi-2025-new-migration-realities"])
C(11, "Baker Institute, 2024", "c-corridor", ["baker-2024-navigating-the-border"], "The marker shortens the author's name, “Baker Institute for Public Policy”.")
C(12, "Migration Policy Institute, 2023", "c-coordination", MPI23, N_MPI)
C(13, "Government Accountability Office, 2023", "c-backlog", GAO, N_GAO)
C(14, "Transactional Records Access Clearinghouse", "c-backlog", ["trac-immigration-court-backlog-tool"], "The marker gives no year; the reference list dates the entry “n.d.”.")
C(15, "Human Rights Watch, 2024", "c-deaths", HRW, N_HRW)
C(16, "Migration Policy Institute, 2023, April 11", "c-labor", ["mpi-2023-immigration-labor-shortages"])
C(17, "Migration Policy Institute, 2023", "c-opt1-adapt", MPI23, N_MPI)
C(18, "Human Rights Watch, 2024", "c-opt1-mortality", HRW, N_HRW)
C(19, "Government Accountability Office, 2023", "c-opt2-capacity", GAO, N_GAO)
C(20, "World Bank, 2023", "c-opt3-factors", WB, N_WB)
C(21, "Human Rights Watch, 2024", "c-risk-enf", HRW, N_HRW)

# ---------------------------------------------------------------- sources
def ref(id, type, author, title, entry, url, issued=None, **kw):
    s = {"id": id, "role": "cited", "type": type, "title": title, "creators": [org(author)],
         "evidence": [Q(entry), Q(url, near=entry)], "url": url}
    if issued:
        s["issued"] = {"date": issued, "certainty": "stated"}
    s.update(kw)
    return s
Y = lambda y, m=None, d=None: {k: v for k, v in (("year", y), ("month", m), ("day", d)) if v is not None}
sources = [
 ref("baker-2024-navigating-the-border", "report", "Baker Institute for Public Policy",
     "Navigating the border: San Diego’s and Tijuana’s migrant reception efforts",
     "Baker Institute for Public Policy. (2024). Navigating the border: San Diego’s and Tijuana’s migrant reception efforts. Rice University.",
     "https://www.bakerinstitute.org/research/navigating-border-san-diegos-and-tijuanas-migrant-reception-efforts", Y(2024), publisher="Rice University"),
 ref("gao-2023-immigration-courts-workforce", "report", "Government Accountability Office",
     "Immigration courts: Actions needed to address workforce planning and data gaps",
     "Government Accountability Office. (2023). Immigration courts: Actions needed to address workforce planning and data gaps (GAO-23-105431).",
     "https://www.gao.gov/assets/gao-23-105431.pdf", Y(2023), number="GAO-23-105431"),
 ref("gao-2023-immigration-courts-backlog-blog", "post-weblog", "Government Accountability Office",
     "U.S. immigration courts see a significant and growing backlog",
     "Government Accountability Office. (2023, October 19). U.S. immigration courts see a significant and growing backlog.",
     "https://www.gao.gov/blog/u.s.-immigration-courts-see-significant-and-growing-backlog", Y(2023, 10, 19)),
 ref("hrw-2024-border-deterrence-deaths-disappearances", "webpage", "Human Rights Watch",
     "US: Border deterrence leads to deaths, disappearances",
     "Human Rights Watch. (2024, June 26). US: Border deterrence leads to deaths, disappearances.",
     "https://www.hrw.org/news/2024/06/26/us-border-deterrence-leads-deaths-disappearances", Y(2024, 6, 26)),
 ref("hrw-2024-nothing-but-bones", "report", "Human Rights Watch",
     "“Nothing but bones”: 30 years of deadly deterrence at the US-Mexico border",
     "Human Rights Watch. (2024). “Nothing but bones”: 30 years of deadly deterrence at the US-Mexico border.",
     "https://www.hrw.org/content/388364", Y(2024)),
 ref("mpi-2023-shifting-realities", "report", "Migration Policy Institute",
     "Shifting realities at the U.S.-Mexico border",
     "Migration Policy Institute. (2023). Shifting realities at the U.S.-Mexico border.",
     "https://www.migrationpolicy.org/research/shifting-realities-us-mexico-border", Y(2023)),
 ref("mpi-2023-immigration-labor-shortages", "report", "Migration Policy Institute",
     "What role can immigration play in addressing current and future labor shortages?",
     "Migration Policy Institute. (2023, April 11). What role can immigration play in addressing current and future labor shortages?",
     "https://www.migrationpolicy.org/research/immigration-addressing-labor-shortages", Y(2023, 4, 11)),
 ref("mpi-2025-new-migration-realities", "report", "Migration Policy Institute",
     "Facing new migration realities: U.S.-Mexico relations and border enforcement in flux",
     "Migration Policy Institute. (2025). Facing new migration realities: U.S.-Mexico relations and border enforcement in flux.",
     "https://www.migrationpolicy.org/research/us-mexico-relations-interests", Y(2025)),
 ref("ohss-cbp-encounters", "webpage", "Office of Homeland Security Statistics",
     "CBP encounters",
     "Office of Homeland Security Statistics. (n.d.). CBP encounters. U.S. Department of Homeland Security.",
     "https://ohss.dhs.gov/khsm/cbp-encounters", None, publisher="U.S. Department of Homeland Security",
     silent_on=["issued"], notes=["Undated in the reference list (“n.d.”)."]),
 ref("state-2023-hlsd-joint-statement", "webpage", "U.S. Department of State",
     "Joint statement: U.S.-Mexico high level security dialogue 2023",
     "U.S. Department of State. (2023, October 13). Joint statement: U.S.-Mexico high level security dialogue 2023.",
     "https://2021-2025.state.gov/joint-statement-u-s-mexico-high-level-security-dialogue-2023/", Y(2023, 10, 13)),
 ref("state-2024-migration-policy-overview", "webpage", "U.S. Department of State",
     "U.S. migration policy overview",
     "U.S. Department of State. (2024, January 11). U.S. migration policy overview.",
     "https://2021-2025.state.gov/briefings-foreign-press-centers/us-migration-policy-overview/", Y(2024, 1, 11),
     notes=["Listed in the references but not cited in the text of the brief (no “U.S. Department of State, 2024” marker)."]),
 ref("world-bank-2023-world-development-report", "report", "World Bank",
     "World development report 2023: Migrants, refugees, and societies",
     "World Bank. (2023). World development report 2023: Migrants, refugees, and societies.",
     "https://www.worldbank.org/en/publication/wdr2023", Y(2023)),
 ref("world-bank-2023-migration-north-central-america", "report", "World Bank",
     "Understanding migration in North Central America countries",
     "World Bank. (2023). Understanding migration in North Central America countries.",
     "https://documents1.worldbank.org/curated/en/099062223110539421/pdf/P178344152de73c21007a1412919fe71d87c5dc97bb7.pdf", Y(2023)),
 ref("trac-immigration-court-backlog-tool", "webpage", "Transactional Records Access Clearinghouse",
     "Immigration court backlog tool",
     "Transactional Records Access Clearinghouse. (n.d.). Immigration court backlog tool.",
     "https://trac.syr.edu/immigration/", None, silent_on=["issued"], notes=["Undated in the reference list (“n.d.”)."]),
]

seed_source = {
 "id": SEED, "role": "seed", "type": "report",
 "title": "Policy Brief Prepared for U.S. National Security Council",
 "evidence": [Q("Policy Brief Prepared for U.S. National Security Council")],
 "recipients": [org("U.S. National Security Council")],
 "issued": {"date": Y(2026), "certainty": "inferred",
            "evidence": [Q("over the remainder of 2026 through 2028"), Q("Beginning in mid-2026, the U.S. should implement a phased strategy")],
            "note": "The brief prints no date. It plans “over the remainder of 2026 through 2028” and from “mid-2026”, so it was written in 2026; only the year is inferred."},
 "silent_on": ["creators", "publisher", "issued", "url", "container"],
 "seed": {"file": "000_7c3a6f57297a07f8.txt", "sha256": "762a665b59e03e1364620647b1b6243c502a84a5027768aaec3973f771994d71"},
 "notes": [
   "No author is named; the AI-Use Disclaimer speaks of “The author” without a name.",
   "The title line names the U.S. National Security Council as the body the brief was prepared for (recorded as recipient), not as its author or publisher.",
   "The AI-Use Disclaimer states that the structure was drafted with the assistance of ChatGPT and that no AI-generated text appears in the final brief.",
 ],
}
# The recipient and the AI disclaimer are quoted too.
seed_source["evidence"].append(Q("The structure of this policy brief was drafted with the assistance of an artificial‑intelligence language model (ChatGPT)."))

sections = []
t = open("/work/main/seeds/000_7c3a6f57297a07f8.txt", encoding="utf-8").read()
for h in ["Policy Brief Prepared for U.S. National Security Council","Executive Summary","Background and Context","Policy Options","Risks and Trade-Offs","Final Recommendation","AI-Use Disclaimer","References"]:
    i = 0 if t.startswith(h + "\n") else t.index("\n" + h + "\n") + 1
    sections.append({"title": h, "start": i})

# ---------------------------------------------------------------- actors
def M(id, *quotes, parent=None, notes=None):
    m = {"id": id, "evidence": list(quotes)}
    if parent: m["parent"] = parent
    if notes: m["notes"] = notes
    return m
actors = [
 M("united-states", Q("shared responsibility between the United States and Mexico"), Q("Therefore, migration cannot be effectively addressed through unilateral U.S. policies alone."), Q("Beginning in mid-2026, the U.S. should implement a phased strategy that integrates enforcement, institutional reform, and regional cooperation."), Q("As such, the US should prioritize rapid operational coordination with Mexico")),
 M("mexico", Q("Mexico’s role is central to understanding and managing migration flows."), Q("Once primarily a transit country, Mexico has increasingly become an active enforcement partner."), Q("By embedding Mexico as a central operational partner rather than a peripheral actor, this framework ensures long-term policy coherence and sustainability.")),
 M("guatemala", Q("Northern Triangle Compact (Guatemala, Honduras, and El Salvador)"), Q("anti-corruption initiatives in Guatemala, Honduras, and El Salvador")),
 M("honduras", Q("Northern Triangle Compact (Guatemala, Honduras, and El Salvador)"), Q("anti-corruption initiatives in Guatemala, Honduras, and El Salvador")),
 M("el-salvador", Q("Northern Triangle Compact (Guatemala, Honduras, and El Salvador)"), Q("anti-corruption initiatives in Guatemala, Honduras, and El Salvador")),
 M("northern-triangle", Q("Northern Triangle Compact (Guatemala, Honduras, and El Salvador)"), Q("climate-related displacement in the Northern triangle")),
 M("us-national-security-council", Q("Policy Brief Prepared for U.S. National Security Council"), Q("The United States National Security Council should adopt a human-centered, binational migration governance strategy")),
 M("mexico-national-guard", Q("Mexico shapes outcomes through its National Guard deployments"),
   parent={"actor": "mexico", "certainty": "stated", "evidence": [Q("Mexico shapes outcomes through its National Guard deployments")]}),
 M("us-border-patrol", Q("expanding qualified Border Patrol staffing")),
 M("us-immigration-courts", Q("Immigration courts face a growing backlog of cases"), Q("reduces pressure on U.S. immigration courts"), Q("increasing the number of immigration judges and asylum officers")),
 M("us-asylum-officers", Q("jointly administered by U.S. asylum officers and Mexican immigration authorities"), Q("increasing the number of immigration judges and asylum officers")),
 M("mexican-immigration-authorities", Q("jointly administered by U.S. asylum officers and Mexican immigration authorities"),
   parent={"actor": "mexico", "certainty": "stated", "evidence": [Q("jointly administered by U.S. asylum officers and Mexican immigration authorities")]}),
 M("smuggling-and-trafficking-networks", Q("These task forces should focus specifically on dismantling human smuggling and trafficking networks, rather than broadly targeting migrants themselves."), Q("This approach prioritizes the disruption of trafficking networks")),
 M("us-dhs", Q("Office of Homeland Security Statistics. (n.d.). CBP encounters. U.S. Department of Homeland Security.")),
 M("us-ohss", Q("Office of Homeland Security Statistics. (n.d.). CBP encounters. U.S. Department of Homeland Security."), Q("(Office of Homeland Security Statistics; Government Accountability Office, 2023)"),
   parent={"actor": "us-dhs", "certainty": "inferred", "evidence": [Q("Office of Homeland Security Statistics. (n.d.). CBP encounters. U.S. Department of Homeland Security.")]},
   notes=["That the Office belongs to the Department is inferred from the reference entry, which names the Department after the Office's title."]),
 M("us-state-department", Q("U.S. Department of State. (2023, October 13). Joint statement: U.S.-Mexico high level security dialogue 2023."), Q("(U.S. Department of State, 2023; Migration Policy Institute, 2025)")),
 M("us-gao", Q("Government Accountability Office. (2023). Immigration courts: Actions needed to address workforce planning and data gaps (GAO-23-105431).")),
 M("migration-policy-institute", Q("Migration Policy Institute. (2025). Facing new migration realities: U.S.-Mexico relations and border enforcement in flux.")),
 M("human-rights-watch", Q("Human Rights Watch. (2024, June 26). US: Border deterrence leads to deaths, disappearances.")),
 M("world-bank", Q("World Bank. (2023). World development report 2023: Migrants, refugees, and societies.")),
 M("baker-institute", Q("Baker Institute for Public Policy. (2024). Navigating the border: San Diego’s and Tijuana’s migrant reception efforts. Rice University."), Q("(Baker Institute, 2024)"),
   parent={"actor": "rice-university", "certainty": "inferred", "evidence": [Q("Baker Institute for Public Policy. (2024). Navigating the border: San Diego’s and Tijuana’s migrant reception efforts. Rice University.")]},
   notes=["That the Institute belongs to Rice University is inferred from the reference entry, which names the University as publisher."]),
 M("rice-university", Q("Baker Institute for Public Policy. (2024). Navigating the border: San Diego’s and Tijuana’s migrant reception efforts. Rice University.")),
 M("trac", Q("Transactional Records Access Clearinghouse. (n.d.). Immigration court backlog tool.")),
]

vocab_actors = [
 {"id": "united-states", "name": "United States", "kind": "country", "country": "US", "aliases": ["U.S.", "US"]},
 {"id": "mexico", "name": "Mexico", "kind": "country", "country": "MX"},
 {"id": "guatemala", "name": "Guatemala", "kind": "country", "country": "GT"},
 {"id": "honduras", "name": "Honduras", "kind": "country", "country": "HN"},
 {"id": "el-salvador", "name": "El Salvador", "kind": "country", "country": "SV"},
 {"id": "northern-triangle", "name": "Northern Triangle", "kind": "country-group",
  "notes": ["Seed 000 lists Guatemala, Honduras and El Salvador in parentheses after the name of the Northern Triangle Compact."]},
 {"id": "us-national-security-council", "name": "U.S. National Security Council", "kind": "government-body", "country": "US",
  "aliases": ["United States National Security Council", "National Security Council"]},
 {"id": "mexico-national-guard", "name": "National Guard", "kind": "agency", "country": "MX",
  "notes": ["Mexico's National Guard; seed 000 names it only as “its National Guard”."]},
 {"id": "us-border-patrol", "name": "Border Patrol", "kind": "agency", "country": "US"},
 {"id": "us-immigration-courts", "name": "U.S. immigration courts", "kind": "court", "country": "US", "aliases": ["immigration courts"]},
 {"id": "us-asylum-officers", "name": "U.S. asylum officers", "kind": "official", "country": "US", "aliases": ["asylum officers"],
  "notes": ["A group of officials, not one person."]},
 {"id": "mexican-immigration-authorities", "name": "Mexican immigration authorities", "kind": "agency", "country": "MX",
  "notes": ["Named generically; no agency is identified."]},
 {"id": "smuggling-and-trafficking-networks", "name": "human smuggling and trafficking networks", "kind": "criminal-organization",
  "aliases": ["trafficking networks"], "notes": ["Named generically; no organisation is identified."]},
 {"id": "us-dhs", "name": "U.S. Department of Homeland Security", "kind": "government-body", "country": "US"},
 {"id": "us-ohss", "name": "Office of Homeland Security Statistics", "kind": "agency", "country": "US"},
 {"id": "us-state-department", "name": "U.S. Department of State", "kind": "government-body", "country": "US"},
 {"id": "us-gao", "name": "Government Accountability Office", "kind": "government-body", "country": "US"},
 {"id": "migration-policy-institute", "name": "Migration Policy Institute", "kind": "organization"},
 {"id": "human-rights-watch", "name": "Human Rights Watch", "kind": "organization"},
 {"id": "world-bank", "name": "World Bank", "kind": "international-organization"},
 {"id": "baker-institute", "name": "Baker Institute for Public Policy", "kind": "organization", "country": "US", "aliases": ["Baker Institute"]},
 {"id": "rice-university", "name": "Rice University", "kind": "organization", "country": "US"},
 {"id": "trac", "name": "Transactional Records Access Clearinghouse", "kind": "organization", "country": "US"},
]

# ---------------------------------------------------------------- places
places = [
 {"id": "us-mexico-border", "evidence": [Q("Migration to and from the U.S.-Mexico border is often narrowly framed as a question of enforcement and territorial control."), Q("Migration at the southern border is best understood as a binational and regional system")]},
 {"id": "tijuana-san-diego", "evidence": [Q("high-traffic corridors such as Tijuana–San Diego, where the U.S.’ San Diego sector has become one of the busiest migration entry points in recent years"), Q("Tijuana-San Diego, El Paso-Ciudad Juárez, and McAllen-Reynosa")]},
 {"id": "el-paso-ciudad-juarez", "evidence": [Q("Tijuana-San Diego, El Paso-Ciudad Juárez, and McAllen-Reynosa")]},
 {"id": "mcallen-reynosa", "evidence": [Q("Tijuana-San Diego, El Paso-Ciudad Juárez, and McAllen-Reynosa")]},
 {"id": "san-diego-sector", "evidence": [Q("where the U.S.’ San Diego sector has become one of the busiest migration entry points in recent years")]},
 {"id": "tijuana", "evidence": [Q("co-developing a permanent asylum pre-screening hub in Tijuana")]},
 {"id": "central-america", "evidence": [Q("particularly through investment in Central America to address the root causes of migration")]},
]
vocab_places = [
 {"id": "us-mexico-border", "name": "U.S.-Mexico border", "kind": "border", "countries": ["MX", "US"], "aliases": ["southern border"]},
 {"id": "tijuana-san-diego", "name": "Tijuana–San Diego", "kind": "corridor", "countries": ["MX", "US"], "aliases": ["Tijuana-San Diego"],
  "notes": ["Seed 000 writes it with an en dash in its background section and with a hyphen in its recommendation."]},
 {"id": "el-paso-ciudad-juarez", "name": "El Paso-Ciudad Juárez", "kind": "corridor", "countries": ["MX", "US"]},
 {"id": "mcallen-reynosa", "name": "McAllen-Reynosa", "kind": "corridor", "countries": ["MX", "US"]},
 {"id": "san-diego-sector", "name": "San Diego sector", "kind": "sector", "countries": ["US"],
  "notes": ["Seed 000 calls it “the U.S.’ San Diego sector”, one of the busiest migration entry points; it does not say whose sector (a Border Patrol sector is not named)."]},
 {"id": "tijuana", "name": "Tijuana", "kind": "city", "countries": ["MX"]},
 {"id": "central-america", "name": "Central America", "kind": "region"},
]

# ---------------------------------------------------------------- initiatives
initiatives = [
 {"id": "us-mexico-high-level-security-dialogue",
  "evidence": [Q("U.S. Department of State. (2023, October 13). Joint statement: U.S.-Mexico high level security dialogue 2023.")],
  "participants": [
    {"actor": "united-states", "role": "partner", "certainty": "stated", "evidence": [Q("Joint statement: U.S.-Mexico high level security dialogue 2023.")]},
    {"actor": "mexico", "role": "partner", "certainty": "stated", "evidence": [Q("Joint statement: U.S.-Mexico high level security dialogue 2023.")]}],
  "notes": ["Seed 000 names the dialogue only in the title of a cited work (its 2023 joint statement)."]},
 {"id": "northern-triangle-compact",
  "evidence": [Q("the formal integration of Mexico into a Northern Triangle Compact (Guatemala, Honduras, and El Salvador) framework linking development aid to migration outcomes"),
               Q("formalizing Mexico’s role within a Northern Triangle Compact implementation structure")],
  "participants": [
    {"actor": a, "role": "member", "certainty": "stated", "evidence": [Q("Northern Triangle Compact (Guatemala, Honduras, and El Salvador)")]}
    for a in ("guatemala", "honduras", "el-salvador")] + [
    {"actor": "united-states", "role": "funder", "certainty": "stated", "evidence": [Q("linking U.S. development aid to measurable improvements in migration management outcomes")]}],
  "notes": ["Mexico is not recorded as a participant: the brief proposes formalising its role in the compact, it does not say Mexico takes part now.", "Seed 000 proposes integrating Mexico into “a Northern Triangle Compact ... framework”; it does not say whether such a compact already exists, so no status is recorded."]},
 {"id": "us-mexico-enforcement-task-forces",
  "evidence": [Q("Specifically, it proposes the creation of a joint U.S.-Mexico enforcement task forces in high-traffic corridors"),
               Q("This includes establishing joint U.S.-Mexico enforcement task forces in Tijuana-San Diego, El Paso-Ciudad Juárez, and McAllen-Reynosa.")],
  "statuses": [{"status": "proposed", "certainty": "stated", "evidence": [Q("Specifically, it proposes the creation of a joint U.S.-Mexico enforcement task forces in high-traffic corridors")]}],
  "participants": [
    {"actor": "united-states", "role": "partner", "certainty": "stated", "evidence": [Q("establishing joint U.S.-Mexico enforcement task forces")]},
    {"actor": "mexico", "role": "partner", "certainty": "stated", "evidence": [Q("establishing joint U.S.-Mexico enforcement task forces")]},
    {"actor": "smuggling-and-trafficking-networks", "role": "target", "certainty": "stated", "evidence": [Q("These task forces should focus specifically on dismantling human smuggling and trafficking networks")]}]},
 {"id": "asylum-pre-screening-hubs",
  "evidence": [Q("the expansion of co-managed asylum pre-screening hubs in Mexican border cities"),
               Q("This includes co-developing a permanent asylum pre-screening hub in Tijuana, jointly administered by U.S. asylum officers and Mexican immigration authorities.")],
  "statuses": [{"status": "proposed", "certainty": "stated", "evidence": [Q("it proposes the creation of a joint U.S.-Mexico enforcement task forces in high-traffic corridors, the expansion of co-managed asylum pre-screening hubs in Mexican border cities"), Q("This includes co-developing a permanent asylum pre-screening hub in Tijuana")]}],
  "participants": [
    {"actor": "us-asylum-officers", "role": "implementer", "certainty": "stated", "evidence": [Q("jointly administered by U.S. asylum officers and Mexican immigration authorities")]},
    {"actor": "mexican-immigration-authorities", "role": "implementer", "certainty": "stated", "evidence": [Q("jointly administered by U.S. asylum officers and Mexican immigration authorities")]}],
  "notes": ["The executive summary proposes the “expansion” of such hubs, which may imply that some exist; the brief does not say so."]},
 {"id": "us-mexico-oversight-committees",
  "evidence": [Q("including joint U.S.-Mexico oversight committees and performance benchmarks")],
  "statuses": [{"status": "proposed", "certainty": "stated", "evidence": [Q("Crucially, this phase should establish clear accountability mechanisms, including joint U.S.-Mexico oversight committees")]}],
  "participants": [
    {"actor": "united-states", "role": "oversight", "certainty": "stated", "evidence": [Q("joint U.S.-Mexico oversight committees")]},
    {"actor": "mexico", "role": "oversight", "certainty": "stated", "evidence": [Q("joint U.S.-Mexico oversight committees")]}]},
]
initiatives.append(
 {"id": "us-mexico-performance-benchmarks",
  "evidence": [Q("including joint U.S.-Mexico oversight committees and performance benchmarks")],
  "statuses": [{"status": "proposed", "certainty": "stated", "evidence": [Q("Crucially, this phase should establish clear accountability mechanisms, including joint U.S.-Mexico oversight committees and performance benchmarks")]}]})
vocab_initiatives = [
 {"id": "us-mexico-high-level-security-dialogue", "name": "U.S.-Mexico High-Level Security Dialogue", "kind": "dialogue",
  "aliases": ["U.S.-Mexico high level security dialogue"]},
 {"id": "northern-triangle-compact", "name": "Northern Triangle Compact", "kind": "framework"},
 {"id": "us-mexico-enforcement-task-forces", "name": "joint U.S.-Mexico enforcement task forces", "kind": "task-force"},
 {"id": "asylum-pre-screening-hubs", "name": "co-managed asylum pre-screening hubs", "kind": "facility",
  "aliases": ["asylum pre-screening hub"]},
 {"id": "us-mexico-oversight-committees", "name": "joint U.S.-Mexico oversight committees", "kind": "mechanism"},
 {"id": "us-mexico-performance-benchmarks", "name": "performance benchmarks", "kind": "mechanism",
  "notes": ["Seed 000 proposes them beside the joint oversight committees as accountability mechanisms."]},
]

# ---------------------------------------------------------------- options
def CL(text, *quotes, cites=()):
    c = {"text": text, "evidence": list(quotes)}
    if cites: c["cites"] = list(cites)
    return c
def A(crit, rating, *quotes):
    return {"criterion": crit, "rating": rating, "evidence": list(quotes)}
cid = lambda n: f"nsc-cite-{n:02d}"
options = [
 {"id": "nsc-option-border-enforcement", "name": "Expanded border enforcement",
  "summary": "Expand border enforcement and surveillance within the United States: physical barriers, drones and sensors, more Border Patrol staff.",
  "horizon": "short-term",
  "evidence": [Q("The first policy option focuses on expanding border enforcement and surveillance within the United States."),
               Q("This policy brief evaluates three primary approaches: expanded border enforcement")],
  "components": [
    CL("Expand present physical barriers", Q("This includes expanding on present physical barriers")),
    CL("Deploy advanced technologies such as drones and sensor systems", Q("deploying advanced technologies such as drones and sensor systems")),
    CL("Expand qualified Border Patrol staffing", Q("expanding qualified Border Patrol staffing"))],
  "benefits": [
    CL("May produce short-term reductions in crossings", Q(S["c-opt1-adapt"]), Q(S["c-exec-enf"]), cites=[cid(17), cid(5)]),
    CL("May deliver immediate, visible results", Q(S["c-risk-enf"]), cites=[cid(21)])],
  "risks": [
    CL("Effectiveness diminishes over time as migration routes adapt", Q(S["c-opt1-adapt"]), cites=[cid(17)]),
    CL("Risks displacing migration flows rather than reducing them without corresponding enforcement in Mexico", Q("Without corresponding enforcement efforts in Mexico, this strategy risks displacing migration flows rather than reducing them."), Q(S["c-exec-enf"]), cites=[cid(5), cid(6)]),
    CL("Increased humanitarian risks, including higher migrant mortality", Q(S["c-opt1-mortality"]), Q(S["c-exec-enf"]), Q(S["c-deaths"]), cites=[cid(18), cid(5), cid(6), cid(15)]),
    CL("Significant financial costs", Q(S["c-risk-enf"]), cites=[cid(21)]),
    CL("Increases humanitarian harm and fails to address root causes", Q(S["c-risk-enf"]), cites=[cid(21)]),
    CL("Without coordination with Mexico, may redirect routes while increasing danger for migrants", Q("Without coordination with Mexico, such measures may simply redirect migration routes while increasing danger for migrants."))],
  "conditions": [
    CL("Needs corresponding enforcement efforts in Mexico", Q("Without corresponding enforcement efforts in Mexico, this strategy risks displacing migration flows rather than reducing them.")),
    CL("Needs coordination with Mexico", Q("Without coordination with Mexico, such measures may simply redirect migration routes while increasing danger for migrants."))],
  "assessments": [
    A("time-to-results", "favourable", Q("Expanding enforcement may deliver immediate, visible results")),
    A("durability", "unfavourable", Q("evidence suggests that its effectiveness diminishes over time as migration routes adapt")),
    A("humanitarian-risk", "unfavourable", Q("Moreover, intensified enforcement has been linked to increased humanitarian risks, including higher rates of migrant mortality")),
    A("cost", "unfavourable", Q("carries significant financial costs and risks")),
    A("root-causes", "unfavourable", Q("increasing humanitarian harm and failing to address root causes")),
    A("dependence-on-mexico", "unfavourable", Q("Without corresponding enforcement efforts in Mexico, this strategy risks displacing migration flows rather than reducing them."))]},
 {"id": "nsc-option-system-reform", "name": "Comprehensive asylum and immigration system reform",
  "summary": "Reform the U.S. asylum and immigration system to improve efficiency and expand legal pathways: more judicial capacity, streamlined case processing, more visa programs.",
  "evidence": [Q("The second policy option centers on reforming the U.S. asylum and immigration system to improve efficiency and expand legal migration pathways."),
               Q("comprehensive asylum and immigration system reform")],
  "components": [
    CL("Increase judicial capacity", Q("This includes increasing judicial capacity")),
    CL("Streamline case processing", Q("streamlining case processing")),
    CL("Expand visa programs", Q("and expanding visa programs"))],
  "benefits": [
    CL("Improves efficiency and fairness", Q(S["c-exec-reform"]), Q("System reform offers meaningful improvements in efficiency and fairness"), cites=[cid(7)]),
    CL("Improved institutional capacity can reduce backlogs and improve system credibility", Q(S["c-opt2-capacity"]), cites=[cid(19)])],
  "risks": [
    CL("Faces political and institutional barriers", Q(S["c-exec-reform"]), cites=[cid(7)]),
    CL("Largely domestic: does not address processing bottlenecks in Mexico", Q("However, this approach remains largely domestic in scope and does not address processing bottlenecks in Mexico, where many migrants wait in precarious conditions.")),
    CL("Impact may be limited without parallel investment in Mexican processing capacity", Q("Without parallel investments in Mexican processing capacity, the overall impact of these reforms may be limited."), Q(S["c-exec-reform"]), cites=[cid(7)]),
    CL("Depends decisively on political feasibility; legislative gridlock could delay implementation and let backlogs grow", Q("depends decisively on political feasibility, especially in terms of administration"), Q("Legislative gridlock could delay implementation, allowing backlogs to balloon further.")),
    CL("Without addressing conditions in Mexico, U.S. improvements alone may not significantly reduce migration pressures", Q("Moreover, without addressing certain conditions in Mexico, improvements within the U.S. system alone may not significantly reduce migration pressures."))],
  "conditions": [
    CL("Needs parallel investment in Mexican processing capacity", Q("Without parallel investments in Mexican processing capacity, the overall impact of these reforms may be limited.")),
    CL("Depends on political feasibility", Q("depends decisively on political feasibility, especially in terms of administration"))],
  "assessments": [
    A("feasibility", "unfavourable", Q("depends decisively on political feasibility, especially in terms of administration"), Q("Legislative gridlock could delay implementation, allowing backlogs to balloon further.")),
    A("dependence-on-mexico", "unfavourable", Q("Without parallel investments in Mexican processing capacity, the overall impact of these reforms may be limited."))]},
 {"id": "nsc-option-regional-cooperation", "name": "Regional cooperation paired with development investment",
  "summary": "Regional cooperation and development, above all investment in Central America to address the root causes of migration, with Mexico as partner.",
  "horizon": "long-term",
  "evidence": [Q("The third policy option emphasizes regional cooperation and development, particularly through investment in Central America to address the root causes of migration."),
               Q("regional cooperation paired with development investment")],
  "components": [
    CL("Invest in Central America to address the root causes of migration (economic instability, violence and environmental stress drive migration)", Q("particularly through investment in Central America to address the root causes of migration"), Q(S["c-opt3-factors"]), cites=[cid(20)])],
  "benefits": [
    CL("Offers long-term solutions by addressing root causes", Q(S["c-exec-regional"]), Q("While this approach offers long-term benefits"), cites=[cid(8)]),
    CL("The most sustainable long-term solution", Q("Regional development strategies provide the most sustainable long-term solution"))],
  "risks": [
    CL("Requires sustained investment, coordination and time; outcomes may take years", Q(S["c-exec-regional"]), Q("it requires sustained investment and coordination, and outcomes may take years to materialize"), cites=[cid(8)]),
    CL("Success depends on Mexico's role; without defined roles for Mexican authorities, strategies risk fragmentation and delay", Q("Additionally, its success depends on Mexico’s role as a partner in managing migration flows and implementing regional strategies."), Q("Without clearly defined roles for Mexican authorities, regional strategies risk fragmentation and delayed impact.")),
    CL("Vulnerable to delays, governance challenges and shifting political priorities", Q("are vulnerable to delays, governance challenges, and shifting political priorities")),
    CL("Aid effectiveness depends on transparency and accountability", Q("Aid effectiveness depends on transparency and accountability")),
    CL("Reliance on Mexico adds uncertainty: changes in Mexican policy could affect outcomes", Q("Furthermore, reliance on Mexico introduces additional uncertainty, as changes in Mexican policy could significantly affect migration management outcomes."))],
  "conditions": [
    CL("Depends on Mexico's role as a partner", Q("Additionally, its success depends on Mexico’s role as a partner in managing migration flows and implementing regional strategies.")),
    CL("Needs clearly defined roles for Mexican authorities", Q("Without clearly defined roles for Mexican authorities, regional strategies risk fragmentation and delayed impact.")),
    CL("Aid effectiveness depends on transparency and accountability", Q("Aid effectiveness depends on transparency and accountability"))],
  "assessments": [
    A("time-to-results", "unfavourable", Q("outcomes may take years to materialize", near="While this approach offers long-term benefits")),
    A("durability", "favourable", Q("Regional development strategies provide the most sustainable long-term solution")),
    A("root-causes", "favourable", Q("Regional development strategies offer long-term solutions by addressing root causes")),
    A("feasibility", "unfavourable", Q("are vulnerable to delays, governance challenges, and shifting political priorities")),
    A("dependence-on-mexico", "unfavourable", Q("Furthermore, reliance on Mexico introduces additional uncertainty"))]},
]

# ---------------------------------------------------------------- recommendations
P1 = {"text": "Beginning in mid-2026", "evidence": [Q("Beginning in mid-2026, the U.S. should implement a phased strategy")], "start": Y(2026)}
P1b = {"text": "within the first six to nine months", "evidence": [Q("should be implemented within the first six to nine months")]}
P2 = {"text": "throughout 2027", "evidence": [Q("the U.S. should shift toward expanding binational processing capacity throughout 2027")], "start": Y(2027), "end": Y(2027)}
P3 = {"text": "By late 2027 and into 2028", "evidence": [Q("By late 2027 and into 2028, the U.S. should consolidate these efforts")], "start": Y(2027), "end": Y(2028)}
INTEL = "Real-time intelligence sharing, coordinated patrol zones, and integrated surveillance systems should be implemented within the first six to nine months."
SAFE = "Importantly, this phase should include humanitarian safeguards, such as coordinated search-and-rescue protocols and monitored safe transit zones, to reduce migrant mortality during enforcement operations."
METRIC_Q = "Progress should be measured through reduced asylum processing times, lower backlog levels, and increased use of legal migration pathways."
METRICS_NOTE = "The metrics are stated once, after the paragraph on the “dual investment” on both sides of the border; they are attached to each part of it."
METRICS = [CL("Reduced asylum processing times", Q(METRIC_Q)), CL("Lower backlog levels", Q(METRIC_Q)), CL("Increased use of legal migration pathways", Q(METRIC_Q))]
BENCH = "performance benchmarks tied to reductions in irregular migration, improved processing timelines, and enhanced migrant protections"
def R(id, summary, evidence, **kw):
    r = {"id": id, "summary": summary, "evidence": evidence}
    r.update(kw); return r
recs = [
 R("nsc-adopt-binational-governance-strategy",
   "Adopt a human-centered, binational migration governance strategy for the rest of 2026 through 2028.",
   [Q("The United States National Security Council should adopt a human-centered, binational migration governance strategy over the remainder of 2026 through 2028, aligning immediate operational priorities with longer-term institutional reforms that reframe border security as a system of shared responsibility, protection, and coordinated management.")],
   addressees=["us-national-security-council"],
   timeframe={"text": "over the remainder of 2026 through 2028", "evidence": [Q("over the remainder of 2026 through 2028")], "start": Y(2026), "end": Y(2028)},
   themes=["binational-coordination", "governance-and-accountability", "humanitarian-protection"]),
 R("nsc-phased-strategy",
   "Implement a phased strategy integrating enforcement, institutional reform and regional cooperation.",
   [Q("Beginning in mid-2026, the U.S. should implement a phased strategy that integrates enforcement, institutional reform, and regional cooperation."),
    Q("To address these limitations, this brief recommends a binational, phased strategy that integrates targeted enforcement, coordinated asylum processing, and institutionalized regional cooperation."),
    Q("Across the 2026-2028 period, this phased approach transitions border policy from reactive enforcement toward proactive, system-based governance.")],
   addressees=["united-states"],
   timeframe={"text": "Across the 2026-2028 period", "evidence": [Q("Beginning in mid-2026, the U.S. should implement a phased strategy"), Q("Across the 2026-2028 period, this phased approach")], "start": Y(2026), "end": Y(2028)},
   builds_on=["nsc-option-border-enforcement", "nsc-option-system-reform", "nsc-option-regional-cooperation"],
   themes=["binational-coordination", "enforcement", "asylum-processing", "regional-development"]),
 R("nsc-joint-enforcement-task-forces",
   "Establish joint U.S.-Mexico enforcement task forces in the Tijuana-San Diego, El Paso-Ciudad Juárez and McAllen-Reynosa corridors, aimed at smuggling and trafficking networks rather than migrants.",
   [Q("This includes establishing joint U.S.-Mexico enforcement task forces in Tijuana-San Diego, El Paso-Ciudad Juárez, and McAllen-Reynosa."),
    Q("These task forces should focus specifically on dismantling human smuggling and trafficking networks, rather than broadly targeting migrants themselves."),
    Q("As such, the US should prioritize rapid operational coordination with Mexico to stabilize high-traffic migration corridors."),
    Q("Specifically, it proposes the creation of a joint U.S.-Mexico enforcement task forces in high-traffic corridors")],
   addressees=["united-states"], participants=["mexico"],
   places=["tijuana-san-diego", "el-paso-ciudad-juarez", "mcallen-reynosa"], phase=1, timeframe=P1,
   builds_on=["us-mexico-enforcement-task-forces"],
   themes=["enforcement", "binational-coordination"]),
 R("nsc-real-time-intelligence-sharing", "Implement real-time intelligence sharing within the first six to nine months.",
   [Q(INTEL)], phase=1, timeframe=P1b, builds_on=["nsc-joint-enforcement-task-forces"], themes=["intelligence-sharing", "binational-coordination"],
   notes=["The sentence is passive and names no actor; it sits in the paragraph on operational coordination with Mexico."]),
 R("nsc-coordinated-patrol-zones", "Implement coordinated patrol zones within the first six to nine months.",
   [Q(INTEL)], phase=1, timeframe=P1b, builds_on=["nsc-joint-enforcement-task-forces"], themes=["enforcement", "binational-coordination"],
   notes=["The sentence is passive and names no actor; it sits in the paragraph on operational coordination with Mexico."]),
 R("nsc-integrated-surveillance-systems", "Implement integrated surveillance systems within the first six to nine months.",
   [Q(INTEL)], phase=1, timeframe=P1b, builds_on=["nsc-joint-enforcement-task-forces"], themes=["enforcement", "intelligence-sharing"],
   notes=["The sentence is passive and names no actor; it sits in the paragraph on operational coordination with Mexico."]),
 R("nsc-search-and-rescue-protocols", "Include coordinated search-and-rescue protocols as a humanitarian safeguard, to reduce migrant mortality during enforcement operations.",
   [Q(SAFE)], phase=1, timeframe=P1, builds_on=["nsc-joint-enforcement-task-forces"], themes=["humanitarian-protection"]),
 R("nsc-monitored-safe-transit-zones", "Include monitored safe transit zones as a humanitarian safeguard, to reduce migrant mortality during enforcement operations.",
   [Q(SAFE)], phase=1, timeframe=P1, builds_on=["nsc-joint-enforcement-task-forces"], themes=["humanitarian-protection"]),
 R("nsc-tijuana-asylum-pre-screening-hub",
   "Co-develop a permanent asylum pre-screening hub in Tijuana, jointly administered by U.S. asylum officers and Mexican immigration authorities.",
   [Q("Once immediate pressures are stabilized, the U.S. should shift toward expanding binational processing capacity throughout 2027."),
    Q("This includes co-developing a permanent asylum pre-screening hub in Tijuana, jointly administered by U.S. asylum officers and Mexican immigration authorities."),
    Q("the expansion of co-managed asylum pre-screening hubs in Mexican border cities")],
   addressees=["united-states"], participants=["us-asylum-officers", "mexican-immigration-authorities"], places=["tijuana"],
   phase=2, timeframe=P2, metrics=METRICS, builds_on=["asylum-pre-screening-hubs"],
   themes=["asylum-processing", "binational-coordination"],
   notes=["The executive summary proposes more broadly “the expansion of co-managed asylum pre-screening hubs in Mexican border cities”; the final recommendation names one permanent hub in Tijuana.", METRICS_NOTE]),
 R("nsc-mexico-reception-infrastructure",
   "Invest in Mexico's reception infrastructure (shelters, legal aid access, case management systems) so that migrants waiting in Mexico are not exposed to unsafe or exploitative conditions.",
   [Q("Parallel investments should be made in Mexico’s reception infrastructure, including shelters, legal aid access, and case management systems, ensuring that migrants waiting in Mexico are not exposed to unsafe or exploitative conditions.")],
   participants=["mexico"], phase=2, timeframe=P2, metrics=METRICS, builds_on=["nsc-tijuana-asylum-pre-screening-hub"],
   themes=["humanitarian-protection", "asylum-processing", "institutional-capacity"],
   notes=["The sentence is passive and does not say who should invest.", METRICS_NOTE]),
 R("nsc-expand-adjudication-capacity",
   "Expand U.S. adjudication capacity by increasing the number of immigration judges and asylum officers.",
   [Q("At the same time, the United States should expand domestic adjudication capacity by increasing the number of immigration judges and asylum officers."),
    Q("This dual investment—on both sides of the border—ensures that efficiency gains in the U.S. system are not undermined by bottlenecks in Mexico.")],
   addressees=["united-states"], phase=2, timeframe=P2, metrics=METRICS,
   builds_on=["nsc-option-system-reform"], themes=["adjudication-capacity", "asylum-processing"],
   notes=["The timeframe is that of the phase: the sentence begins “At the same time”.", METRICS_NOTE]),
 R("nsc-northern-triangle-compact-integration",
   "Formalise Mexico's role within a Northern Triangle Compact implementation structure that links U.S. development aid to measurable improvements in migration management.",
   [Q("By late 2027 and into 2028, the U.S. should consolidate these efforts into a broader binational and regional governance framework."),
    Q("This includes formalizing Mexico’s role within a Northern Triangle Compact implementation structure, linking U.S. development aid to measurable improvements in migration management outcomes."),
    Q("the formal integration of Mexico into a Northern Triangle Compact (Guatemala, Honduras, and El Salvador) framework linking development aid to migration outcomes")],
   addressees=["united-states"], participants=["mexico", "guatemala", "honduras", "el-salvador"], phase=3, timeframe=P3,
   metrics=[CL("Measurable improvements in migration management outcomes", Q("linking U.S. development aid to measurable improvements in migration management outcomes"))],
   builds_on=["northern-triangle-compact", "nsc-option-regional-cooperation"],
   themes=["regional-development", "binational-coordination"]),
 R("nsc-development-funding-priorities",
   "Direct development funding to community-level economic development, climate resilience and anti-corruption initiatives in Guatemala, Honduras and El Salvador.",
   [Q("Funding should prioritize community-level economic development, climate resilience, and anti-corruption initiatives in Guatemala, Honduras, and El Salvador")],
   participants=["guatemala", "honduras", "el-salvador"], phase=3, timeframe=P3,
   builds_on=["nsc-northern-triangle-compact-integration", "nsc-option-regional-cooperation"], themes=["regional-development"],
   notes=["The sentence is passive and does not say who funds; it continues the paragraph on U.S. development aid."]),
 R("nsc-strengthen-mexico-institutional-capacity",
   "Strengthen Mexico's institutional capacity as a transit and processing partner.",
   [Q("while also strengthening Mexico’s institutional capacity as a transit and processing partner")],
   participants=["mexico"], phase=3, timeframe=P3, themes=["institutional-capacity", "binational-coordination"],
   notes=["Part of the same passive sentence as the development funding priorities; no actor is named."]),
 R("nsc-joint-oversight-committees",
   "Establish accountability mechanisms including joint U.S.-Mexico oversight committees.",
   [Q("Crucially, this phase should establish clear accountability mechanisms, including joint U.S.-Mexico oversight committees")],
   participants=["united-states", "mexico"], phase=3, timeframe=P3, builds_on=["us-mexico-oversight-committees"],
   themes=["governance-and-accountability", "binational-coordination"]),
 R("nsc-performance-benchmarks",
   "Set performance benchmarks tied to reductions in irregular migration, improved processing timelines and enhanced migrant protections.",
   [Q(BENCH)], phase=3, timeframe=P3, builds_on=["us-mexico-performance-benchmarks"],
   metrics=[CL("Reductions in irregular migration", Q(BENCH)), CL("Improved processing timelines", Q(BENCH)), CL("Enhanced migrant protections", Q(BENCH))],
   themes=["governance-and-accountability"]),
]

positions = [
 {"id": "nsc-position-binational-cooperation", "dimension": "binational-cooperation", "stance": "strongly-for",
  "evidence": [Q("Therefore, migration cannot be effectively addressed through unilateral U.S. policies alone. Instead, it must be understood as a binational system"),
               Q("By embedding Mexico as a central operational partner rather than a peripheral actor, this framework ensures long-term policy coherence and sustainability.")]},
 {"id": "nsc-position-humanitarian-protection", "dimension": "humanitarian-protection", "stance": "strongly-for",
  "evidence": [Q("By shifting from a deterrence-focused model to a human-centered, binational framework, the United States can achieve more sustainable reductions in irregular migration while upholding humanitarian obligations and supporting economic stability.")]},
 {"id": "nsc-position-unilateral-action", "dimension": "unilateral-action", "stance": "against",
  "evidence": [Q("Therefore, migration cannot be effectively addressed through unilateral U.S. policies alone.")]},
 {"id": "nsc-position-root-causes", "dimension": "root-causes", "stance": "for",
  "evidence": [Q("In the long term, it addresses structural drivers of migration through coordinated regional investment.")]},
]

seedfile = {"source": seed_source, "sections": sections, "sources": sources, "citations": cites,
            "actors": actors, "initiatives": initiatives, "places": places, "options": options,
            "recommendations": recs, "positions": positions}
import os
os.makedirs("/work/main/src/binational/data/seeds", exist_ok=True)
open("/work/main/src/binational/data/seeds/000-nsc-migration-policy-brief.json", "w").write(canonical(seedfile))
open("/work/main/src/binational/data/actors.json", "w").write(canonical({"actors": vocab_actors}))
open("/work/main/src/binational/data/initiatives.json", "w").write(canonical({"initiatives": vocab_initiatives}))
open("/work/main/src/binational/data/places.json", "w").write(canonical({"places": vocab_places}))
