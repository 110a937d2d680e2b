"""Merge seed 001's vocabulary additions and alias updates into a copy of the data dir.

Usage: python merge001.py   (rebuilds /tmp/draft/data001 from /work/main/src/binational/data)
"""
import json
import shutil
from pathlib import Path

SRC = Path("/work/main/src/binational/data")
DST = Path("/tmp/draft/data001")
OUT = Path("/tmp/draft/out001")


def canonical(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if DST.exists():
    shutil.rmtree(DST)
shutil.copytree(SRC, DST)
updates = json.loads((OUT / "vocab-updates.json").read_text(encoding="utf-8"))
for key in ("actors", "initiatives", "places"):
    path = DST / f"{key}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = data[key]
    by_id = {e["id"]: e for e in entries}
    for id, change in updates.get(key, {}).items():
        e = by_id[id]  # an update must target an existing entry
        for a in change.get("aliases", []):
            if a not in e.setdefault("aliases", []):
                e["aliases"].append(a)
    add = json.loads((OUT / f"{key}-add.json").read_text(encoding="utf-8"))[key]
    for e in add:
        assert e["id"] not in by_id, f"{key}: {e['id']} already exists"
        entries.append(e)
        by_id[e["id"]] = e
    path.write_text(canonical(data), encoding="utf-8")
shutil.copy(OUT / "001-orion-2026-neighbor-in-focus.json", DST / "seeds" / "001-orion-2026-neighbor-in-focus.json")
print("merged into", DST)
