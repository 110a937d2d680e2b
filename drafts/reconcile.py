"""Merge the drafts of seeds 001-003 into src/binational/data, one id per entity.

Renames draft ids to the shared ids (RENAME), merges vocabulary entries created by
several drafts (union of aliases, one name per NAME), and writes canonical JSON.
Run once from the repository root: python drafts/reconcile.py
"""
import json
import sys
import unicodedata
import re
from pathlib import Path

DATA = Path("src/binational/data")
SEEDS = {
    "001": "001-orion-2026-neighbor-in-focus.json",
    "002": "002-lawson-tello-fox-border-security-north-america.json",
    "003": "003-greenway-2025-military-options-border.json",
}
RENAME = {
    "001": {"white-house": "us-white-house", "drug-cartels": "mexican-drug-cartels"},
    "002": {},
    "003": {},
}
# One printed name per merged entity; the other drafts' names become aliases.
NAME = {
    "us-congress": "US Congress",
    "donald-trump": "Donald Trump",
    "claudia-sheinbaum": "Claudia Sheinbaum Pardo",
    "us-cbp": "U.S. Customs and Border Protection",
    "us-dod": "Department of Defense",
    "transnational-criminal-organizations": "transnational criminal organizations",
    "mexico-foreign-ministry": "Mexican Foreign Ministry",
    "mexican-federal-police": "Federal Police",
    "mexican-drug-cartels": "Mexican drug cartels",
}


def canonical(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def normalize(s):
    d = unicodedata.normalize("NFKD", s.casefold())
    return " ".join(re.findall(r"[a-z0-9]+", "".join(c for c in d if not unicodedata.combining(c))))


def rename(obj, table):
    if isinstance(obj, dict):
        return {k: (v if k == "text" else rename(v, table)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [rename(v, table) for v in obj]
    if isinstance(obj, str):
        return table.get(obj, obj)
    return obj


def merge(entries, key):
    """Merge entries with the same id; names and aliases unioned by normalized form."""
    out = {}
    for e in entries:
        e = dict(e)
        if e["id"] not in out:
            out[e["id"]] = e
            continue
        m = out[e["id"]]
        for f in ("kind",):
            if m[f] != e[f]:
                sys.exit(f"{key}: {e['id']} {f} {m[f]!r} != {e[f]!r}")
        for f in ("country",):
            if m.get(f) and e.get(f) and m[f] != e[f]:
                sys.exit(f"{key}: {e['id']} {f} {m[f]!r} != {e[f]!r}")
            if e.get(f) and not m.get(f):
                m[f] = e[f]
        for f in ("countries", "notes"):
            for v in e.get(f, []):
                if v not in m.setdefault(f, []):
                    m[f].append(v)
        m.setdefault("aliases", []).extend([e["name"], *e.get("aliases", [])])
    for e in out.values():
        if e["id"] in NAME:
            names = [e["name"], *e.get("aliases", [])]
            e["name"] = NAME[e["id"]]
            e["aliases"] = names
        seen = {normalize(e["name"])}
        aliases = []
        for a in e.get("aliases", []):
            if normalize(a) not in seen:
                seen.add(normalize(a))
                aliases.append(a)
        if aliases:
            e["aliases"] = aliases
        else:
            e.pop("aliases", None)
    return list(out.values())


def main():
    drafts = Path("drafts")
    for kind in ("actors", "initiatives", "places"):
        path = DATA / f"{kind}.json"
        entries = json.loads(path.read_text(encoding="utf-8"))[kind]
        by_id = {e["id"]: e for e in entries}
        for n in SEEDS:
            out = drafts / f"out{n}"
            updates = json.loads((out / "vocab-updates.json").read_text(encoding="utf-8")) or {}
            for id, change in (updates.get(kind) or {}).items():
                e = by_id[RENAME[n].get(id, id)]
                e.setdefault("aliases", []).extend(change.get("aliases", []))
            add = json.loads((out / f"{kind}-add.json").read_text(encoding="utf-8"))[kind]
            entries.extend(rename(add, RENAME[n]))
        entries = merge(entries, kind)
        path.write_text(canonical({kind: entries}), encoding="utf-8")
    for n, name in SEEDS.items():
        seed = json.loads((drafts / f"out{n}" / name).read_text(encoding="utf-8"))
        (DATA / "seeds" / name).write_text(canonical(rename(seed, RENAME[n])), encoding="utf-8")


if __name__ == "__main__":
    main()
