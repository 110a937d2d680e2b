"""Measure citation formatting and exports over the whole corpus.

Run: ``python benchmarks/bench_cite.py [--runs N]`` (needs ``binational[cite]``). Each
run is a fresh interpreter, so the first ``cite()`` includes checking the CSL style and
starting the engine (a pandoc process); the median of N runs is printed, in
milliseconds, with the peak memory (max RSS) of the run, and the ratios the targets
are stated in (issue 22): the first ``cite()`` against 0.3 s, the same ``cite()`` again
against 1 ms, the bibliography of all sources against 0.5 s, a repeated bibliography
against the first (at most 1/100). ``format_csl`` over the official CSL test suite is
timed by ``benchmarks/csl_suite.py`` (target: 2 minutes on two cores).

To compare with another version, put its ``src`` first on the path:
``PYTHONPATH=/tmp/old/src python benchmarks/bench_cite.py``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

RUN = """
import json, resource, time
import binational as bn
corpus = bn.load()
rec = corpus.recommendations["greenway-prefer-joint-action-with-mexico"]
out = {}
for style in ("apa", "chicago-author-date", "modern-language-association"):
    t0 = time.perf_counter()
    bn.cite.cite(rec, style=style)
    repeats = []
    for _ in range(21):  # the median of repeated identical calls (the first is warm-up)
        t1 = time.perf_counter()
        bn.cite.cite(rec, style=style)
        repeats.append(time.perf_counter() - t1)
    again = sorted(repeats)[len(repeats) // 2]
    t1 = time.perf_counter()
    bn.cite.cite(corpus.recommendations["nsc-joint-enforcement-task-forces"], style=style)
    t2 = time.perf_counter()
    bn.cite.bibliography(corpus.sources, style=style)
    t3 = time.perf_counter()
    bn.cite.bibliography(corpus.sources, style=style)
    t4 = time.perf_counter()
    try:
        bn.cite.cite(rec, style=style, mode="narrative", locator="4")
    except TypeError:  # a version without locators
        pass
    t5 = time.perf_counter()
    out[f"{style}: first cite()"] = (t1 - t0) * 1000
    out[f"{style}: same cite() again (median of 21)"] = again * 1000
    out[f"{style}: next cite()"] = (t2 - t1) * 1000
    out[f"{style}: bibliography, all sources"] = (t3 - t2) * 1000
    out[f"{style}: same bibliography again"] = (t4 - t3) * 1000
    out[f"{style}: narrative cite() with a locator"] = (t5 - t4) * 1000
t0 = time.perf_counter()
bn.export.to_csl_json(corpus.sources)
bn.export.to_bibtex(corpus.sources)
bn.export.to_ris(corpus.sources)
out["CSL-JSON + BibTeX + RIS, all sources"] = (time.perf_counter() - t0) * 1000
t0 = time.perf_counter()
bn.cite.citation_graph(corpus)
out["citation_graph()"] = (time.perf_counter() - t0) * 1000
out["max RSS (MiB)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", RUN], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(args.runs)
    ]
    print(f"median of {args.runs} fresh interpreters, Python {sys.version.split()[0]}")
    median = {key: statistics.median(r.get(key, 0.0) for r in results) for key in results[0]}
    for key, value in median.items():
        unit = "" if key.startswith("max RSS") else " ms"
        print(f"  {key:<52} {value:9.1f}{unit}")
    print(
        "ratios (targets: first cite() / 300 ms <= 1; same cite() / 1 ms <= 1; "
        "bibliography / 500 ms <= 1; again / first bibliography <= 0.01)"
    )
    for style in ("apa", "chicago-author-date", "modern-language-association"):
        first = median[f"{style}: first cite()"] / 300
        same = median.get(f"{style}: same cite() again (median of 21)", 0.0)
        again = median.get(f"{style}: same bibliography again", 0.0)
        bib = median[f"{style}: bibliography, all sources"]
        print(
            f"  {style:<30} first cite() / 300 ms {first:6.2f}   same cite() / 1 ms {same:6.2f}"
            f"   bibliography / 500 ms {bib / 500:6.2f}   again / first {again / bib:8.4f}"
        )


if __name__ == "__main__":
    main()
