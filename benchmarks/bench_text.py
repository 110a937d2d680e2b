"""Measure the text views (concordance, terms, keyness) on the packaged corpus.

Run: ``python benchmarks/bench_text.py [--runs N]``. First, the first call of each on
a fresh copy of the corpus (its seed texts prepared, its terms counted through SQLite
FTS5: what the first call in a notebook waits for), the median of N fresh copies; then
the median of N warm calls, in milliseconds. The target (issue 17) is 50 ms a call.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import time
from collections.abc import Callable

import binational
from binational import compare

NSC = "nsc-migration-policy-brief"
GREENWAY = "greenway-2025-military-options-border"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn`` over ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def first_ms(
    fn: Callable[[binational.Corpus], object], corpus: binational.Corpus, runs: int
) -> float:
    """Median time of ``fn``'s first call on a fresh copy of ``corpus`` (no cache yet)."""
    times = []
    for _ in range(runs):
        fresh = copy.copy(corpus)
        t0 = time.perf_counter()
        fn(fresh)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    """Print the first-call and warm times of each text view."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    corpus = binational.load()
    cases: dict[str, Callable[[binational.Corpus], object]] = {
        'concordance("merida")': lambda c: compare.concordance("merida", corpus=c),
        'concordance("joint task force*")': lambda c: compare.concordance(
            "joint task force*", corpus=c
        ),
        'concordance("the") (~850 rows)': lambda c: compare.concordance("the", corpus=c),
        "terms()": lambda c: compare.terms(corpus=c),
        f'keyness("{GREENWAY[:8]}…")': lambda c: compare.keyness(GREENWAY, corpus=c),
        f'keyness("{NSC[:3]}…", ["{GREENWAY[:8]}…"])': lambda c: compare.keyness(
            NSC, [GREENWAY], corpus=c
        ),
        'str(concordance("merida"))': lambda c: str(compare.concordance("merida", corpus=c)),
        "str(keyness(…))": lambda c: str(compare.keyness(GREENWAY, corpus=c)),
    }
    print(f"{'':36} {'first call':>12} {'warm':>10}")
    for name, fn in cases.items():
        cold = first_ms(fn, corpus, max(args.runs // 3, 3))
        fn(corpus)  # warm
        warm = median_ms(lambda fn=fn: fn(corpus), args.runs)  # type: ignore[misc]
        print(f"{name:36} {cold:9.2f} ms {warm:7.2f} ms")


if __name__ == "__main__":
    main()
