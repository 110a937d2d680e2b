import json, sys, collections
sys.path.insert(0, "/work/main/src")
import binational as bn
c = bn.load()
b = json.load(open("/work/blind/coder2-stances.json"))
seedkey = {s.id: s.id for s in c.seeds}
mine = {(p.source, p.dimension.value): (p.stance.value if p.stance else None) for p in c.positions}
agree = 0; adj = 0; diffs = []
order = ["strongly-against", "against", "neutral", "for", "strongly-for"]
for r in b["stances"]:
    k = (r["seed"], r["dimension"]); m = mine[k]; o = r["stance"]
    if m == o: agree += 1
    else:
        if m and o and abs(order.index(m) - order.index(o)) == 1: adj += 1
        diffs.append((k, m, o, r["rationale"], r["quotes"]))
print(f"STANCES: {agree}/{len(b['stances'])} exact; {adj} off by one level")
for d in diffs:
    print(" ", d[0], "me:", d[1], "coder2:", d[2]); print("     ", d[3]); [print("      >", q[:160].replace("\n"," ")) for q in d[4]]
# characterisations: compare sets of (seed, actor, portrayal, own/attributed)
m_ch = set(); 
for ch in c.characterizations:
    m_ch.add((ch.source, ch.actor, ch.portrayal.value, "own" if not ch.attributed_to else "reported"))
o_ch = set(); mentioned = {}
for r in b["characterizations"]:
    mentioned[(r["seed"], r["actor"])] = r["mentioned"]
    for p in r["portrayals"]:
        o_ch.add((r["seed"], r["actor"], p["portrayal"], "own" if not p["attributed_to"] else "reported"))
both = m_ch & o_ch
print(f"\nCHARACTERISATIONS: mine {len(m_ch)}, coder2 {len(o_ch)}, both {len(both)}; Jaccard {len(both)/len(m_ch|o_ch):.2f}")
print(" only mine:"); [print("   ", x) for x in sorted(m_ch - o_ch)]
print(" only coder2:"); [print("   ", x, [ (p.get('attributed_to'), p['quotes'][0][:120].replace('\n',' ')) for r in b['characterizations'] if (r['seed'],r['actor'])==x[:2] for p in r['portrayals'] if p['portrayal']==x[2]]) for x in sorted(o_ch - m_ch)]
# mentioned
for (s,a),v in mentioned.items():
    act = c.actors.get(a)
    mm = act is not None and s in act.sources
    if mm != v: print("  mention differs:", s, a, "data:", mm, "coder2:", v)
