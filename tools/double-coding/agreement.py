"""Agreement between the packaged codes and the blind second coder's, cell by cell.

Usage::

    python tools/double-coding/agreement.py

The second coder coded every seed on every dimension, every option on every criterion
and the coded actors' portrayals from the seed texts and the codebook alone
(``coder2-stances.json``, ``coder2-options.json``; the option list they were given is
``options.txt``). The tenth dimension, migration-as-security-threat, was coded later by
a second coder from the seed texts and its definition alone
(``coder2-securitisation.json``, one level per seed file). This prints how far the
packaged data agrees with those codes today, and every remaining difference, for review
against the texts.
"""

from __future__ import annotations

import json
from pathlib import Path

import binational as bn

HERE = Path(__file__).resolve().parent


def main() -> None:
    """Print the agreement on stances, assessments and characterisations."""
    corpus = bn.load()
    stances = json.loads((HERE / "coder2-stances.json").read_text(encoding="utf-8"))
    options = json.loads((HERE / "coder2-options.json").read_text(encoding="utf-8"))

    ours = {
        (p.source, p.dimension.value): p.stance.value if p.stance else None
        for p in corpus.positions
    }
    cells = stances["stances"]
    same = [r for r in cells if ours[r["seed"], r["dimension"]] == r["stance"]]
    print(f"stances: {len(same)}/{len(cells)} cells identical")
    for r in cells:
        if r not in same:
            mine = ours[r["seed"], r["dimension"]]
            print(f"  {r['seed']} {r['dimension']}: data {mine}, coder 2 {r['stance']}")

    levels = [s.value for s in bn.Stance]
    securitisation = json.loads((HERE / "coder2-securitisation.json").read_text(encoding="utf-8"))
    by_file = {s.seed.file: s.id for s in corpus.seeds if s.seed is not None}
    pairs = [
        (r["document"], ours[by_file[r["document"]], "migration-as-security-threat"], r["level"])
        for r in securitisation
    ]
    exact = sum(1 for _, a, b in pairs if a == b)
    near = sum(1 for _, a, b in pairs if a and b and abs(levels.index(a) - levels.index(b)) <= 1)
    print(
        f"migration-as-security-threat: {exact}/{len(pairs)} identical, "
        f"{near}/{len(pairs)} within one step"
    )
    for doc, a, b in pairs:
        if a != b:
            print(f"  {doc}: data {a}, coder 2 {b}")

    rated = {
        (o.id, a.criterion.value): a.rating.value for o in corpus.options for a in o.assessments
    }
    cells = options["assessments"]
    same = [r for r in cells if rated.get((r["option"], r["criterion"])) == r["rating"]]
    print(f"assessments: {len(same)}/{len(cells)} cells identical")
    for r in cells:
        if r not in same:
            mine = rated.get((r["option"], r["criterion"]))
            print(f"  {r['option']} {r['criterion']}: data {mine}, coder 2 {r['rating']}")

    def key(seed: str, actor: str, portrayal: str, reported: bool) -> tuple[str, ...]:
        return (seed, actor, portrayal, "reported" if reported else "own")

    data = {
        key(c.source, c.actor, c.portrayal.value, bool(c.attributed_to))
        for c in corpus.characterizations
    }
    coder2 = {
        key(r["seed"], r["actor"], p["portrayal"], p["attributed_to"] is not None)
        for r in stances["characterizations"]
        for p in r["portrayals"]
    }
    both = data & coder2
    print(
        f"characterisations: {len(both)} shared of {len(data | coder2)} "
        f"(data {len(data)}, coder 2 {len(coder2)})"
    )
    for k in sorted(data - coder2):
        print("  data only:", *k)
    for k in sorted(coder2 - data):
        print("  coder 2 only:", *k)


if __name__ == "__main__":
    main()
