"""Measure cold import and load times, beside importing attrs and cattrs alone.

Run: ``python benchmarks/bench_load.py [--runs N]``. Each measurement is a fresh
interpreter (so imports are cold); the median of N runs is printed, in milliseconds,
with the peak memory (max RSS) of the load run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

SNIPPETS = {
    "python -c pass": "pass",
    "import attrs, cattrs": "import attrs, cattrs",
    "import binational": "import binational",
    "import binational; load()": "import binational; binational.load()",
}

TIMER = """
import time, resource, json
t0 = time.perf_counter()
{code}
t1 = time.perf_counter()
print(json.dumps({{"ms": (t1 - t0) * 1000,
                  "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""

LOAD_ONLY = """
import time, json, binational
t0 = time.perf_counter()
binational.load()
t1 = time.perf_counter()
binational.load()
t2 = time.perf_counter()
print(json.dumps({"ms": (t1 - t0) * 1000, "cached_us": (t2 - t1) * 1e6}))
"""


def run(code: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-X", "frozen_modules=on", "-c", code],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    print(f"median of {args.runs} fresh interpreters, Python {sys.version.split()[0]}")
    for label, code in SNIPPETS.items():
        results = [run(TIMER.format(code=code)) for _ in range(args.runs)]
        ms = statistics.median(r["ms"] for r in results)
        rss = statistics.median(r["rss_kib"] for r in results) / 1024
        print(f"  {label:<28} {ms:8.1f} ms   max RSS {rss:6.1f} MiB")
    loads = [run(LOAD_ONLY) for _ in range(args.runs)]
    print(f"  {'load() alone, first call':<28} {statistics.median(r['ms'] for r in loads):8.1f} ms")
    cached = statistics.median(r["cached_us"] for r in loads)
    print(f"  {'load() again (cached)':<28} {cached:8.1f} us")


if __name__ == "__main__":
    main()
