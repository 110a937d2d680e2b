"""Measure the comparison views on a warm corpus.

Run: ``python benchmarks/bench_compare.py [--runs N]``. The corpus is loaded (and each
function called once) before timing, so the figures are what a notebook user waits for
after the first cell. Each line is the median of N calls, in milliseconds, beside the
median of ``corpus.search("asylum")`` as a baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import binational
from binational import compare


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn`` over ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    """Print the median time of each comparison, warm."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    corpus = binational.load()
    cases: dict[str, Callable[[], object]] = {
        'search("asylum") (baseline)': lambda: corpus.search("asylum"),
        "stances()": compare.stances,
        "disagreements(a, b)": lambda: compare.disagreements(
            "nsc-migration-policy-brief", "greenway-2025-military-options-border"
        ),
        "options()": compare.options,
        "themes()": compare.themes,
        'framing("mexico")': lambda: compare.framing("mexico"),
        'mentions("merida-initiative")': lambda: compare.mentions("merida-initiative"),
        "figures()": compare.figures,
        "timeline()": compare.timeline,
        "divergences()": compare.divergences,
        "str(stances())": lambda: str(compare.stances()),
        "stances().to_frame()": lambda: compare.stances().to_frame(),
    }
    for fn in cases.values():
        fn()  # warm: imports, caches
    baseline = 'search("asylum") (baseline)'
    base = median_ms(cases.pop(baseline), args.runs)
    print(f"{baseline:32} {base:8.3f} ms")
    for name, fn in cases.items():
        ms = median_ms(fn, args.runs)
        print(f"{name:32} {ms:8.3f} ms  {ms / base:6.2f}x baseline")


if __name__ == "__main__":
    main()
