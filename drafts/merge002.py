"""Copy the packaged data to /tmp/draft/data002 and merge seed 002's additions into it."""
import json
import shutil

SRC = "/work/main/src/binational/data"
DST = "/tmp/draft/data002"
OUT = "/tmp/draft/out002"
SEED_JSON = "002-lawson-tello-fox-border-security-north-america.json"


def canonical(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


shutil.rmtree(DST, ignore_errors=True)
shutil.copytree(SRC, DST)
updates = json.load(open(f"{OUT}/vocab-updates.json", encoding="utf-8"))
for key, fname in (("actors", "actors.json"), ("initiatives", "initiatives.json"), ("places", "places.json")):
    data = json.load(open(f"{DST}/{fname}", encoding="utf-8"))
    entries = data[key]
    have = {e["id"] for e in entries}
    add = json.load(open(f"{OUT}/{key}-add.json", encoding="utf-8"))[key]
    for e in add:
        assert e["id"] not in have, f"{key}: {e['id']} already exists"
        entries.append(e)
    for eid, upd in updates.get(key, {}).items():
        e = next(x for x in entries if x["id"] == eid)
        for a in upd.get("aliases", []):
            if a not in e.setdefault("aliases", []):
                e["aliases"].append(a)
    open(f"{DST}/{fname}", "w", encoding="utf-8").write(canonical(data))
shutil.copy(f"{OUT}/{SEED_JSON}", f"{DST}/seeds/{SEED_JSON}")
print("merged into", DST)
