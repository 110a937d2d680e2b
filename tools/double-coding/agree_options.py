import json, sys
sys.path.insert(0, "/work/main/src")
import binational as bn
c = bn.load()
b = json.load(open("/work/blind/coder2-options.json"))["assessments"]
mine = {}
for o in c.options:
    for a in o.assessments: mine[(o.id, a.criterion.value)] = a.rating.value
agree = 0; both_rated = 0; same_when_both = 0; rows = []
for r in b:
    k = (r["option"], r["criterion"]); m = mine.get(k); o = r["rating"]
    if m == o: agree += 1
    if m and o:
        both_rated += 1
        if m == o: same_when_both += 1
    if m != o: rows.append((k, m, o, r.get("rationale",""), r.get("quotes", [])))
n = len(b)
print(f"OPTIONS: {agree}/{n} cells identical ({agree/n:.0%}); rated by both {both_rated}, same rating {same_when_both}; mine rated {len(mine)}, coder2 rated {sum(1 for r in b if r['rating'])}")
# Cohen's kappa over 4 categories
import collections
cats = ["favourable","mixed","unfavourable",None]
pm = collections.Counter(mine.get((r["option"], r["criterion"])) for r in b); po = collections.Counter(r["rating"] for r in b)
pe = sum(pm[x]*po[x] for x in cats)/n/n; p0 = agree/n
print(f"kappa {(p0-pe)/(1-pe):.2f}")
for k,m,o,ra,qs in rows:
    print(" ", k, "me:", m, "c2:", o, "|", ra[:200]); [print("      >", q[:140].replace("\n"," ")) for q in qs]
