"""Measure import and load, each as a ratio to a baseline measured in the same run.

Run: ``python benchmarks/bench_load.py [--runs N] [--json] [--instructions] [--check]``.

The figures and their bounds (issue 20):

- ``import binational; binational.load()`` in a fresh interpreter (so imports are
  cold, and cattrs generates its structuring code) against ``import attrs, cattrs`` in
  another: at most 2.5x;
- ``load_from`` of the packaged data, in a warm interpreter (the cache not used),
  against ``json.loads`` of the same bytes (every data file): at most 8x. Every quote is
  verified on every load.

``import binational`` alone is shown beside them, against the same baseline.

Medians of N runs. Bytecode is compiled first and the interpreters run with bytecode
writing allowed, as in an installed package (``PYTHONDONTWRITEBYTECODE`` would make
every fresh interpreter compile the package's sources again, which is not what a user's
import costs). Each cold figure is timed inside its interpreter, around the statement
alone (not the interpreter's own start).

Times on a shared machine are noisy. ``--instructions`` counts instructions instead,
under ``valgrind --tool=callgrind`` (Debian's ``valgrind``): the same figures on every
run, whatever else the machine does. It counts whole commands (``python -c ...``,
interpreter start included, and also without it), and the warm load as the difference
between a process that loads K more times and one that does not. ``--check`` exits 1 if
a bound is missed.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

COLD = {
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

WARM = """
import json, statistics, time
import binational
from binational.loader import data_dir, load_from, seeds_dir

data = data_dir()
files = [data / n for n in ("actors.json", "initiatives.json", "places.json")]
files += sorted((data / "seeds").iterdir(), key=lambda f: f.name)
raw = [f.read_bytes() for f in files]
binational.load()  # the first load makes the converter; warm loads follow
parse, build = [], []
for _ in range({runs}):
    t0 = time.perf_counter()
    for b in raw:
        json.loads(b)
    t1 = time.perf_counter()
    load_from(data, seeds_dir())
    t2 = time.perf_counter()
    parse.append((t1 - t0) * 1000)
    build.append((t2 - t1) * 1000)
print(json.dumps({{"json_ms": statistics.median(parse), "load_ms": statistics.median(build),
                  "bytes": sum(map(len, raw))}}))
"""


def run(code: str) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def compile_package() -> None:
    """Write the package's bytecode, as installing it does (see the module docstring)."""
    # Found, not imported: a child's max RSS starts from its parent's.
    spec = importlib.util.find_spec("binational")
    if spec is None or spec.origin is None:
        raise SystemExit("binational is not installed")
    compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)


def measure(runs: int) -> dict[str, float]:
    """Every figure, in milliseconds (and MiB, and ratios), as a flat mapping."""
    compile_package()
    figures: dict[str, float] = {}
    cold: dict[str, list[dict[str, float]]] = {label: [] for label in COLD}
    for _ in range(runs):  # interleaved, so that a busy moment weighs on every figure
        for label, code in COLD.items():
            cold[label].append(run(TIMER.format(code=code)))
    for label, results in cold.items():
        figures[f"{label} ms"] = statistics.median(r["ms"] for r in results)
        figures[f"{label} MiB"] = statistics.median(r["rss_kib"] for r in results) / 1024
    warm = run(WARM.format(runs=runs))
    base = figures["import attrs, cattrs ms"]
    figures["import ratio"] = figures["import binational ms"] / base
    figures["import+load ratio"] = figures["import binational; load() ms"] / base
    figures["json.loads ms"] = warm["json_ms"]
    figures["load_from ms"] = warm["load_ms"]
    figures["data bytes"] = warm["bytes"]
    figures["load ratio"] = warm["load_ms"] / warm["json_ms"]
    return figures


WARM_INSTRUCTIONS = """
import json, sys
import binational
from binational.loader import data_dir, load_from, seeds_dir

data = data_dir()
files = [data / n for n in ("actors.json", "initiatives.json", "places.json")]
files += sorted((data / "seeds").iterdir(), key=lambda f: f.name)
raw = [f.read_bytes() for f in files]
binational.load()
what, k = sys.argv[1], int(sys.argv[2])
for _ in range(k):
    if what == "json":
        for b in raw:
            json.loads(b)
    else:
        load_from(data, seeds_dir())
"""


def instructions(*args: str) -> int:
    """Instructions a Python command executes, counted by callgrind."""
    import re

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONHASHSEED"] = "0"
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable]
    out = subprocess.run([*cmd, *args], capture_output=True, text=True, check=True, env=env)
    found = re.search(r"Collected : (\d+)", out.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from valgrind:\n{out.stderr}")
    return int(found.group(1))


def measure_instructions(k: int) -> dict[str, float]:
    """Instruction counts (millions) and their ratios."""
    compile_package()
    figures = {f"{label} Minstr": instructions("-c", code) / 1e6 for label, code in COLD.items()}
    base = figures["import attrs, cattrs Minstr"]
    figures["import ratio"] = figures["import binational Minstr"] / base
    figures["import+load ratio"] = figures["import binational; load() Minstr"] / base
    start = figures["python -c pass Minstr"]
    inside = base - start
    figures["import ratio, startup excluded"] = (
        figures["import binational Minstr"] - start
    ) / inside
    figures["import+load ratio, startup excluded"] = (
        figures["import binational; load() Minstr"] - start
    ) / inside
    zero = instructions("-c", WARM_INSTRUCTIONS, "load", "0")
    figures["json.loads Minstr"] = (
        (instructions("-c", WARM_INSTRUCTIONS, "json", str(k)) - zero) / k / 1e6
    )
    figures["load_from Minstr"] = (
        (instructions("-c", WARM_INSTRUCTIONS, "load", str(k)) - zero) / k / 1e6
    )
    figures["load ratio"] = figures["load_from Minstr"] / figures["json.loads Minstr"]
    return figures


BOUNDS = {"import+load ratio": 2.5, "load ratio": 8.0}
"""The largest ratio each figure may have (issue 20)."""


def missed(figures: dict[str, float]) -> list[str]:
    """The bounded figures above their bound, said in words."""
    return [
        f"{label} {figures[label]:.2f}x > {bound}x"
        for label, bound in BOUNDS.items()
        if figures[label] > bound
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per figure (default 9)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count instructions under callgrind instead of timing (needs valgrind)",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if a bound is missed")
    args = parser.parse_args()
    f = measure_instructions(k=max(args.runs, 3)) if args.instructions else measure(args.runs)
    if args.json:
        print(json.dumps(f, indent=2))
    elif args.instructions:
        for label, value in f.items():
            print(f"  {label:<40} {value:9.2f}")
    else:
        print(f"median of {args.runs} runs, Python {sys.version.split()[0]}")
        for label in COLD:
            ms, mib = f[f"{label} ms"], f[f"{label} MiB"]
            print(f"  {label:<28} {ms:7.1f} ms   max RSS {mib:6.1f} MiB")
        print(f"  import binational / baseline         {f['import ratio']:5.2f}x")
        bound = BOUNDS["import+load ratio"]
        print(
            f"  import + load() / baseline           {f['import+load ratio']:5.2f}x  (<= {bound}x)"
        )
        kb = f["data bytes"] / 1024
        print(f"  json.loads of the data ({kb:.0f} KiB)   {f['json.loads ms']:7.1f} ms")
        print(f"  load_from, warm                      {f['load_from ms']:7.1f} ms")
        bound = BOUNDS["load ratio"]
        print(f"  load_from / json.loads               {f['load ratio']:5.2f}x  (<= {bound}x)")
    over = missed(f)
    for line in over:
        print(f"bound missed: {line}", file=sys.stderr)
    if args.check and over:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
