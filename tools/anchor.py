"""Anchor the quotes of a data file to its seed text and write the file canonically.

Usage::

    python tools/anchor.py src/binational/data/seeds/000-nsc-policy-brief.json

While drafting, a quote may be written ``{"text": "..."}`` alone: this tool finds it in
the seed text and adds ``start`` and ``end``. If the text occurs more than once, add
``"near": "<a unique nearby passage>"`` and the first occurrence at or after that
passage is taken (``near`` is then dropped). Quotes that already have offsets are
checked, not moved. Vocabulary files (no seed) are only re-written canonically.

The canonical form (enforced by the tests) is ``json.dumps(data, indent=2,
ensure_ascii=False, sort_keys=True)`` plus a trailing newline.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def canonical(data: Any) -> str:
    """The canonical text of a data file."""
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _is_quote(node: Any) -> bool:
    return (
        isinstance(node, dict) and "text" in node and set(node) <= {"text", "start", "end", "near"}
    )


def anchor(node: Any, text: str, path: str, errors: list[str]) -> None:
    """Fill in offsets of every quote under ``node`` (in place)."""
    if _is_quote(node):
        q = node["text"]
        if "start" in node and "end" in node:
            if text[node["start"] : node["end"]] != q:
                errors.append(f"{path}: quote not at [{node['start']}:{node['end']}]: {q[:60]!r}")
            return
        near = node.pop("near", None)
        lo = 0
        if near is not None:
            lo = text.find(near)
            if lo < 0:
                errors.append(f"{path}: 'near' passage not found: {near[:60]!r}")
                return
        at = text.find(q, lo)
        if at < 0:
            errors.append(f"{path}: quote not found: {q[:80]!r}")
            return
        if near is None and text.find(q, at + 1) >= 0:
            errors.append(f"{path}: quote occurs more than once, add 'near': {q[:60]!r}")
            return
        node["start"], node["end"] = at, at + len(q)
    elif isinstance(node, dict):
        for k, v in node.items():
            anchor(v, text, f"{path}.{k}", errors)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            anchor(v, text, f"{path}[{i}]", errors)


def main(argv: list[str]) -> int:
    """Anchor and rewrite each file named in ``argv``; 1 if any quote failed."""
    status = 0
    for name in argv:
        path = Path(name)
        data = json.loads(path.read_text(encoding="utf-8"))
        errors: list[str] = []
        seed = data.get("source", {}).get("seed") if isinstance(data, dict) else None
        if seed:
            text = (ROOT / "seeds" / seed["file"]).read_text(encoding="utf-8")
            anchor(data, text, "$", errors)
        if errors:
            status = 1
            print(f"{name}:", *errors, sep="\n  ", file=sys.stderr)
            continue
        path.write_text(canonical(data), encoding="utf-8")
        print(f"{name}: ok")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
