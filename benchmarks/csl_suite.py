"""Run the official CSL processor test suite through a citation engine, and count.

The suite is not part of this repository. Get it once, anywhere outside the checkout::

    git clone --depth 1 https://github.com/citation-style-language/test-suite /tmp/csl-suite

then run::

    python benchmarks/csl_suite.py /tmp/csl-suite [--engine current|pandoc|citeproc-py]
        [--jobs 2] [--only PREFIX] [--show-failures N]

Fixtures are read from ``processor-tests/humans``; those with a ``CITATIONS`` section
(citeproc-js's incremental citations, which no engine here takes) are skipped, which
leaves 802 (the count of issue 22).
Each fixture is driven as citeproc-js's own runner drives it: in ``citation`` mode,
the ``CITATION-ITEMS`` clusters in order (or one cluster of every item), one line
each; in ``bibliography`` mode the bibliography of the items cited by
``CITATION-ITEMS`` (or of every item) as a ``csl-bib-body`` block.

Engines:

- ``current``: ``binational.format_csl`` (the library's engine, pandoc's citeproc
  since issue 22). With an older checkout on ``PYTHONPATH`` that has no
  ``format_csl``, its citeproc-py engine (``binational.cite._render``) is driven.
- ``pandoc``: pandoc's citeproc through pandoc's own HTML writer (``-t html``).
- ``citeproc-py``: citeproc-py alone, with its HTML formatter (``pip install
  citeproc-py``: it is no longer a dependency of the package).

Output and expected result are compared after canonicalising entities and whitespace
and the HTML dialect (``<em>``/``<i>``, ``<strong>``/``<b>``, pandoc's small-caps
class for the suite's style attribute), nothing else. Counts are printed in total and
per category (the fixture name's prefix before ``_``).

Measured at the suite's commit of December 2026, two worker processes on a shared
two-core machine (issue 22): ``current`` (pandoc 3.9's citeproc through
``format_csl``) 724/802 (90.3 %) in 67 s; the engine it replaced (citeproc-py 0.11.1
with the package's fixes) 503/802; citeproc-py alone 462/802; pandoc's own HTML
writer 609/802 (it capitalises the first word of every note and reads nothing of the
style's case, so note-style fixtures fail).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import html
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

SECTION = re.compile(r">>=+ *([A-Z-]+) *=+>>\n?(.*?)\n?<<=+ *\1 *=+<<", re.DOTALL)


def parse(path: Path) -> dict[str, Any] | None:
    """A fixture's sections, or None for one this runner skips."""
    text = path.read_text(encoding="utf-8")
    sections = dict(SECTION.findall(text))
    if "CITATIONS" in sections or "MODE" not in sections:
        return None
    mode = sections["MODE"].strip()
    if mode not in {"citation", "bibliography"}:
        return None
    items: dict[str, Any] = {}
    for n, item in enumerate(json.loads(sections["INPUT"])):
        # citeproc-js's runner numbers items without an id; a repeated id is replaced.
        ident = str(item.get("id", f"ITEM-{n + 1}"))
        items[ident] = {**item, "id": ident}
    return {
        "name": path.stem,
        "mode": mode,
        "result": sections.get("RESULT", ""),
        "csl": sections["CSL"],
        "input": list(items.values()),
        "clusters": json.loads(sections["CITATION-ITEMS"])
        if "CITATION-ITEMS" in sections
        else None,
    }


def clusters_of(fx: dict[str, Any]) -> list[list[dict[str, Any]]]:
    if fx["clusters"] is not None:
        return [[dict(i) for i in c] for c in fx["clusters"]]
    return [[{"id": str(i["id"])} for i in fx["input"]]]


def bib_block(entries: list[str]) -> str:
    body = "".join(f'  <div class="csl-entry">{e}</div>\n' for e in entries)
    return f'<div class="csl-bib-body">\n{body}</div>'


# ---------------------------------------------------------------- engines


CLUSTER_KEYS = {"id", "locator", "label", "prefix", "suffix", "suppress-author", "author-only"}
"""The citation item keys format_csl takes (the suite's ``position`` etc. are its output)."""


def run_current(fx: dict[str, Any]) -> str:
    import binational

    if not hasattr(binational, "format_csl"):
        return run_old_library(fx)
    items = [{**i, "id": str(i["id"])} for i in fx["input"]]
    clusters = [
        [{k: v for k, v in i.items() if k in CLUSTER_KEYS} for i in c] for c in clusters_of(fx)
    ]
    cited_only = fx["mode"] == "bibliography" and fx["clusters"] is not None
    out = binational.format_csl(
        items, fx["csl"], clusters=clusters, format="html", uncited=not cited_only
    )
    if fx["mode"] == "citation":
        return "\n".join(out.citations)
    return bib_block([e.text for e in out.bibliography])


def run_old_library(fx: dict[str, Any]) -> str:
    from binational.cite import _render, _styles

    with tempfile.NamedTemporaryFile("w", suffix=".csl", delete=False, encoding="utf-8") as f:
        f.write(fx["csl"])
    style = _styles.Style(Path(f.name))
    items = [{**i, "id": str(i["id"])} for i in fx["input"]]
    prepared = _render.prepare(items, style)
    with _render.LOCK:
        run = _render.Run(
            prepared.style, prepared.items, "html", prepared.disambiguate, prepared.order
        )
        if fx["mode"] == "citation":
            lines = []
            for cluster in clusters_of(fx):
                cites = [
                    _render.Cite(
                        i["id"],
                        i.get("locator"),
                        i.get("label", "page"),
                        i.get("prefix"),
                        i.get("suffix"),
                    )
                    for i in cluster
                ]
                mode = (
                    "suppress-author"
                    if any(i.get("suppress-author") for i in cluster)
                    else "parenthetical"
                )
                lines.append(run.cite(cites, mode))
            return "\n".join(lines)
        return bib_block(run.bibliography())


def run_citeproc_py(fx: dict[str, Any]) -> str:
    import io

    import citeproc
    from citeproc.source import Locator
    from citeproc.source.json import CiteProcJSON

    style = citeproc.CitationStylesStyle(io.BytesIO(fx["csl"].encode()), validate=False)
    items = [{**i, "id": str(i["id"])} for i in fx["input"]]
    bib = citeproc.CitationStylesBibliography(style, CiteProcJSON(items), citeproc.formatter.html)
    citations = []
    for cluster in clusters_of(fx):
        cites = []
        for i in cluster:
            kwargs: dict[str, Any] = {}
            if i.get("locator"):
                kwargs["locator"] = Locator(i.get("label", "page"), i["locator"])
            for key in ("prefix", "suffix"):
                if i.get(key):
                    kwargs[key] = i[key]
            cites.append(citeproc.CitationItem(i["id"], **kwargs))
        citation = citeproc.Citation(cites)
        bib.register(citation)
        citations.append(citation)
    if fx["mode"] == "citation":
        return "\n".join(str(bib.cite(c, lambda _i: None)) for c in citations)
    bib.sort()
    return bib_block([str(e) for e in bib.bibliography()])


def _pandoc_inlines(cluster: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from binational.cite import _pandoc

    return [_pandoc._citation(i) for i in cluster]  # noqa: SLF001 - the same input as the library's


def run_pandoc(fx: dict[str, Any]) -> str:
    import pypandoc

    from binational.cite import _pandoc

    clusters = clusters_of(fx)
    cited_only = fx["mode"] == "bibliography" and fx["clusters"] is not None
    doc = _pandoc._document(clusters, not cited_only)  # noqa: SLF001
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "s.csl").write_text(fx["csl"], encoding="utf-8")
        items = [{**i, "id": str(i["id"])} for i in fx["input"]]
        (Path(tmp) / "i.json").write_text(json.dumps(items), encoding="utf-8")
        out = subprocess.run(
            [
                pypandoc.get_pandoc_path(),
                "-f",
                "json",
                "-t",
                "html",
                "--wrap=none",
                "--citeproc",
                f"--csl={tmp}/s.csl",
                f"--bibliography={tmp}/i.json",
            ],
            input=json.dumps(doc).encode(),
            capture_output=True,
            check=False,
        ).stdout.decode()
    if fx["mode"] == "citation":
        notes = re.findall(r'<li id="fn\d+"><p>(.*?)<a href="#fnref\d+"', out, re.DOTALL)
        if notes:
            return "\n".join(notes)
        return "\n".join(
            re.findall(r'<span class="citation"[^>]*>(.*?)</span></p>', out, re.DOTALL)
        )
    entries = re.findall(
        r'<div id="ref-[^"]*" class="csl-entry"[^>]*>\n?(.*?)\n?</div>\n(?=<div id="ref-|</div>)',
        out,
        re.DOTALL,
    )
    return bib_block(entries)


ENGINES = {"current": run_current, "pandoc": run_pandoc, "citeproc-py": run_citeproc_py}


# ------------------------------------------------------------ comparison


DIALECT = [
    (re.compile(r"<em>"), "<i>"),
    (re.compile(r"</em>"), "</i>"),
    (re.compile(r"<strong>"), "<b>"),
    (re.compile(r"</strong>"), "</b>"),
    (re.compile(r'<span class="smallcaps">'), '<span style="font-variant:small-caps;">'),
]


def canonical(text: str) -> str:
    """Entities decoded, whitespace collapsed (and dropped between tags), dialect mapped."""
    for pattern, repl in DIALECT:
        text = pattern.sub(repl, text)
    text = html.unescape(text).replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"\s+", " ", text)
    return re.sub(r">\s+<", "><", text).strip()


def check(args: tuple[str, Path]) -> tuple[str, bool, str]:
    engine, path = args
    fx = parse(path)
    if fx is None:
        return (path.stem, False, "skip")
    try:
        got = ENGINES[engine](fx)
    except Exception as e:  # noqa: BLE001 - any failure of an engine is a failed fixture
        return (fx["name"], False, f"error: {type(e).__name__}: {e}"[:300])
    ok = canonical(got) == canonical(fx["result"])
    return (
        fx["name"],
        ok,
        "" if ok else f"got:      {canonical(got)}\nexpected: {canonical(fx['result'])}",
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("suite", type=Path, help="a checkout of citation-style-language/test-suite")
    parser.add_argument("--engine", choices=sorted(ENGINES), default="current")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", default="", help="run only fixtures whose name starts with this")
    parser.add_argument("--show-failures", type=int, default=0, metavar="N")
    args = parser.parse_args()
    folder = args.suite / "processor-tests" / "humans"
    paths = sorted(p for p in folder.glob("*.txt") if p.stem.startswith(args.only))
    start = time.perf_counter()
    with concurrent.futures.ProcessPoolExecutor(args.jobs) as pool:
        results = [
            r
            for r in pool.map(check, [(args.engine, p) for p in paths], chunksize=8)
            if r[2] != "skip"
        ]
    elapsed = time.perf_counter() - start
    passed = sum(ok for _n, ok, _d in results)
    total = len(results)
    share = 100 * passed / max(total, 1)
    print(
        f"engine {args.engine}: {passed}/{total} fixtures passed ({share:.1f} %) in {elapsed:.1f} s"
    )
    per_total: Counter[str] = Counter()
    per_pass: Counter[str] = Counter()
    for name, ok, _d in results:
        category = name.split("_", 1)[0]
        per_total[category] += 1
        per_pass[category] += ok
    for category in sorted(per_total):
        print(f"  {category:<20} {per_pass[category]:4d}/{per_total[category]:<4d}")
    shown = 0
    for name, ok, detail in results:
        if not ok and shown < args.show_failures:
            print(f"\n--- {name}\n{detail}")
            shown += 1


if __name__ == "__main__":
    sys.exit(main())
