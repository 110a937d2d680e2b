"""Copy the packaged data to /tmp/draft/data003, merge seed 003's vocabulary additions and
alias updates into it, add seed 003's data file, and write everything canonically."""
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, "/work/main/tools")
from anchor import canonical  # noqa: E402

SRC = Path("/work/main/src/binational/data")
DST = Path("/tmp/draft/data003")
OUT = Path("/tmp/draft/out003")

if DST.exists():
    shutil.rmtree(DST)
shutil.copytree(SRC, DST)

updates = json.loads((OUT / "vocab-updates.json").read_text(encoding="utf-8"))
for kind in ("actors", "initiatives", "places"):
    path = DST / f"{kind}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = data[kind]
    by_id = {e["id"]: e for e in entries}
    add = json.loads((OUT / f"{kind}-add.json").read_text(encoding="utf-8"))[kind]
    for e in add:
        if e["id"] in by_id:
            raise SystemExit(f"{kind}: {e['id']} already exists; it belongs in vocab-updates.json")
        entries.append(e)
        by_id[e["id"]] = e
    for id_, upd in updates.get(kind, {}).items():
        if id_ not in by_id:
            raise SystemExit(f"{kind}: update for unknown id {id_}")
        entry = by_id[id_]
        for alias in upd.get("aliases", []):
            entry.setdefault("aliases", [])
            if alias not in entry["aliases"]:
                entry["aliases"].append(alias)
    path.write_text(canonical(data), encoding="utf-8")

for f in OUT.glob("003-*.json"):
    shutil.copy(f, DST / "seeds" / f.name)
print("merged into", DST)
