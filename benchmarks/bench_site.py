"""Measure building the static site of the packaged corpus, against its budgets.

Run: ``python benchmarks/bench_site.py [--runs N]``. It times, in a fresh interpreter,
``binational site -o DIR`` end to end as a user runs it (start-up, import, load, build,
write: the budget is 10 s), then ``binational.site.build`` on a warm corpus (the median
of N builds), and lists the largest files (the budget is 2 MB a page). It exits 1 if a
budget is broken.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import binational
from binational import site

BUILD_BUDGET_S = 10.0
PAGE_BUDGET_BYTES = 2_000_000


def main() -> int:
    """Print the times and sizes; 1 if over budget."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "cold"
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "binational", "site", "-o", str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        cold = time.perf_counter() - t0
        corpus = binational.load()
        warm: list[float] = []
        files: list[Path] = []
        for i in range(args.runs):
            t0 = time.perf_counter()
            files = site.build(Path(scratch) / f"warm{i}", corpus=corpus)
            warm.append(time.perf_counter() - t0)
        sizes = sorted(((p.stat().st_size, p) for p in files), reverse=True)
        print(
            f"binational site -o DIR, fresh interpreter: {cold:6.2f} s (budget {BUILD_BUDGET_S} s)"
        )
        print(f"site.build(), warm corpus, median of {args.runs}: {statistics.median(warm):6.2f} s")
        print(f"{len(files)} files, {sum(s for s, _ in sizes) / 1e6:.2f} MB in all; largest:")
        root = Path(scratch) / f"warm{args.runs - 1}"
        for size, path in sizes[:5]:
            print(f"  {size / 1e6:6.3f} MB  {path.relative_to(root)}")
        over = cold > BUILD_BUDGET_S or sizes[0][0] > PAGE_BUDGET_BYTES
        print("over budget" if over else "within budget")
        return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
