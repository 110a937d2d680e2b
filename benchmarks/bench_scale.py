"""Measure how load time, memory and search scale with the size of the corpus.

Run: ``python benchmarks/bench_scale.py [--scales 1,10,100] [--cache DIR] [--json FILE]``
(add ``1000`` to the scales for the 1000x corpus: about 1 GB of JSON, several minutes and
a few GB of memory). Use ``env -u PYTHONDONTWRITEBYTECODE`` and ``python -m compileall
-q src`` first where bytecode writing is off, or every run recompiles the package.

Each scale is a synthetic corpus of N copies of the packaged one, written by
``benchmarks/synthetic.py`` into ``DIR/scale-N`` (default: a folder under the system temp
dir) and reused while the data and the script are unchanged. Each scale is measured in
fresh interpreters (nothing from one scale, or from the parent, is in the heap of the
next):

``load``
    The first (cold) ``binational.load_from`` of the process, then ``--runs`` more; the
    load time reported is the median of the warm runs (the cold one alone if none). The
    cold run also pays for one-time work (cattrs generating its structuring code).
``rss``
    Around the cold load, from the kernel: *peak* is the growth of the peak resident set
    (``VmHWM`` in ``/proc/self/status``, which ``ru_maxrss`` also reports) from just
    before the load to just after; *held* is the growth of the current resident set
    (``/proc/self/statm``), with the corpus still referenced. Both include the process's
    one-time costs (a few MB), which weigh at 1x and vanish at scale: the RSS columns
    show what a user's process needs, not bytes per object.
``traced``
    A second fresh interpreter loads the packaged corpus once (to pay the one-time
    costs), drops it, starts ``tracemalloc`` and loads the synthetic corpus: *held* is
    the memory still allocated with the corpus referenced, *peak* the most allocated
    during the load. Exact bytes of Python allocations, blind to allocator reuse; this
    is the per-object memory figure. Skip it with ``--no-traced``.
``objects``
    ``objects``: the objects of the eleven collections (``len(corpus.actors)`` + ...).
    ``instances``: every attrs instance reachable from them, each counted once: the
    objects, their quotes, links, claims, dates, assessments, ... Per-object time and
    memory are per instance; ``quotes`` is how many of them are quotes.
``search``
    ``corpus.search(q, limit=10)`` for each query of :data:`QUERIES` on the corpus of the
    cold load: the first call of each (the first of all may build an index), then the
    median of ``--search-repeats`` more. Caveat: the N copies repeat the same quote
    texts, so a cache keyed by text content is hit N times more often than it would be
    in a real corpus N times larger.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypedDict

QUERIES: tuple[str, ...] = (
    "border",
    "Mérida Initiative",
    "fentanyl trafficking",
    "joint task force",
    "United States Mexico",
    "remittances",
    "cartel violence",
    "security cooperation",
)
"""Realistic queries: rare and very common words, one word and several."""

DEFAULT_RUNS = {1: 9, 10: 5, 100: 3}
"""Warm loads after the cold one, per scale (1 above 100)."""

DEFAULT_SEARCH_REPEATS = {1: 20, 10: 10, 100: 5}
"""Repeated calls per query after the first, per scale (3 above 100)."""


class LoadResult(TypedDict):
    """What the load child reports."""

    scale: int
    objects: int
    instances: int
    quotes: int
    cold_ms: float
    warm_ms: list[float]
    rss_peak_mib: float
    rss_held_mib: float
    search: dict[str, dict[str, float]]


class TracedResult(TypedDict):
    """What the tracemalloc child reports."""

    traced_held_mib: float
    traced_peak_mib: float


# --------------------------------------------------------------------- the children


def _rss_mib() -> float:
    """Current resident set size, from ``/proc/self/statm``."""
    with Path("/proc/self/statm").open() as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mib() -> float:
    """Peak resident set size (``VmHWM``, the ``ru_maxrss`` of Linux)."""
    with Path("/proc/self/status").open() as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _count(corpus: Any) -> tuple[int, int, int]:
    """Objects of the collections, attrs instances reachable from them, quotes among them."""
    import attrs

    from binational import Quote

    fields: dict[type, tuple[str, ...]] = {}
    seen: set[int] = set()
    quotes = 0

    def walk(value: Any) -> None:
        nonlocal quotes
        if isinstance(value, tuple):
            for v in value:
                walk(v)
            return
        cls = type(value)
        names = fields.get(cls)
        if names is None:
            if not attrs.has(cls):
                return
            names = fields[cls] = tuple(f.name for f in attrs.fields(cls))
        if id(value) in seen:
            return
        seen.add(id(value))
        quotes += cls is Quote
        for name in names:
            v = getattr(value, name)
            if not isinstance(v, str | int | float | bool | None):
                walk(v)

    objects = 0
    for collection in corpus.collections().values():
        for obj in collection:
            objects += 1
            walk(obj)
    return objects, len(seen), quotes


def _time_ms(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def _search_times(corpus: Any, repeats: int) -> dict[str, dict[str, float]]:
    """Per query: the first call's time, and the median of ``repeats`` more."""
    times: dict[str, dict[str, float]] = {}
    for q in QUERIES:
        search = functools.partial(corpus.search, q, limit=10)
        first = _time_ms(search)
        again = [_time_ms(search) for _ in range(repeats)]
        times[q] = {"first_ms": first, "median_ms": statistics.median(again)}
    return times


LAZY_IMPORTS = (
    "binational._convert",
    "binational._corpus",
    "binational._load",
    "binational._records",
)
"""What the loader imports when it first runs: imported before the baseline, since
import time and memory are not load time and memory."""


def _child_load(data: str, seeds: str, runs: int, repeats: int) -> LoadResult:
    import importlib

    import binational

    for module in LAZY_IMPORTS:
        importlib.import_module(module)
    gc.collect()
    held0, peak0 = _rss_mib(), _peak_mib()
    t0 = time.perf_counter()
    corpus = binational.load_from(data, seeds)
    cold_ms = (time.perf_counter() - t0) * 1000
    rss_peak, rss_held = _peak_mib() - peak0, _rss_mib() - held0
    objects, instances, quotes = _count(corpus)
    search = _search_times(corpus, repeats)
    del corpus
    gc.collect()
    warm = []
    for _ in range(runs):
        warm.append(_time_ms(lambda: binational.load_from(data, seeds)))
        gc.collect()
    return LoadResult(
        scale=0,
        objects=objects,
        instances=instances,
        quotes=quotes,
        cold_ms=cold_ms,
        warm_ms=warm,
        rss_peak_mib=rss_peak,
        rss_held_mib=rss_held,
        search=search,
    )


def _child_traced(data: str, seeds: str) -> TracedResult:
    import tracemalloc

    import binational
    from binational._load import data_dir, seeds_dir

    binational.load_from(data_dir(), seeds_dir())  # one-time costs paid, result dropped
    gc.collect()
    tracemalloc.start()
    corpus = binational.load_from(data, seeds)
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del corpus
    return TracedResult(traced_held_mib=held / 2**20, traced_peak_mib=peak / 2**20)


def _child_profile(data: str, seeds: str, out: str) -> None:
    import cProfile
    import pstats

    import binational
    from binational._load import data_dir, seeds_dir

    binational.load_from(data_dir(), seeds_dir())
    gc.collect()
    profile = cProfile.Profile()
    profile.runcall(binational.load_from, data, seeds)
    profile.dump_stats(out)
    stats = pstats.Stats(out, stream=sys.stderr)
    stats.sort_stats("tottime").print_stats(15)


# ----------------------------------------------------------------------- the parent


def _run_child(*args: str) -> Any:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the sources are compiled once, not per run
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if done.stderr:
        sys.stderr.write(done.stderr)
    if done.returncode:
        raise SystemExit(f"child {' '.join(args)} failed with status {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _scales(value: str) -> list[int]:
    try:
        scales = [int(s) for s in value.split(",") if s.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of scales: {value}") from None
    if not scales or min(scales) < 1:
        raise argparse.ArgumentTypeError("scales are 1 or more")
    return scales


def measure(
    scales: Sequence[int],
    cache: Path | None,
    *,
    runs: int | None,
    repeats: int | None,
    traced: bool,
    profile: Path | None,
) -> Iterator[dict[str, Any]]:
    """Generate (or reuse) and measure each scale; yield one result per scale."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import synthetic

    for scale in scales:
        generated = synthetic.ensure(scale, cache)
        data, seeds = str(generated.data), str(generated.seeds)
        n_runs = DEFAULT_RUNS.get(scale, 1) if runs is None else runs
        n_repeats = DEFAULT_SEARCH_REPEATS.get(scale, 3) if repeats is None else repeats
        print(f"scale {scale}: measuring ({n_runs} warm loads) ...", file=sys.stderr, flush=True)
        result: dict[str, Any] = dict(
            _run_child("load", data, seeds, str(n_runs), str(n_repeats)), scale=scale
        )
        if traced:
            result |= _run_child("traced", data, seeds)
        if profile is not None:
            out = profile / f"load-scale-{scale}.pstats"
            _run_child("profile", data, seeds, str(out))
            result["profile"] = str(out)
        result["generate_s"] = generated.seconds
        result["generate_reused"] = generated.reused
        result["disk_mib"] = generated.bytes / 2**20
        result["files"] = generated.files
        yield result


def _load_ms(r: dict[str, Any]) -> float:
    warm: list[float] = r["warm_ms"]
    return statistics.median(warm) if warm else float(r["cold_ms"])


def _per_instance(r: dict[str, Any], base: dict[str, Any]) -> tuple[float, float, float, float]:
    """Load time per instance (us) and its ratio to ``base``; traced bytes likewise."""
    us = _load_ms(r) * 1000 / r["instances"]
    base_us = _load_ms(base) * 1000 / base["instances"]
    nan = float("nan")
    held = r.get("traced_held_mib", nan) * 2**20 / r["instances"]
    base_held = base.get("traced_held_mib", nan) * 2**20 / base["instances"]
    return us, us / base_us, held, held / base_held


def _table(results: Sequence[dict[str, Any]]) -> str:
    from tabulate import tabulate

    base = results[0]
    vs = f"x {base['scale']}x"
    load_rows = []
    for r in results:
        us, us_ratio, held, held_ratio = _per_instance(r, base)
        nan = float("nan")
        load_rows.append(
            [
                f"{r['scale']}x",
                f"{r['objects']:,}",
                f"{r['instances']:,}",
                f"{r['quotes']:,}",
                f"{r['generate_s']:.1f}",
                f"{r['disk_mib']:.0f}",
                f"{r['cold_ms'] / 1000:.2f}",
                f"{_load_ms(r) / 1000:.2f}",
                f"{us:.1f}",
                f"{us_ratio:.2f}",
                f"{r['rss_peak_mib']:.0f} / {r['rss_held_mib']:.0f}",
                f"{r.get('traced_peak_mib', nan):.1f} / {r.get('traced_held_mib', nan):.1f}",
                f"{held:.0f}",
                f"{held_ratio:.2f}",
            ]
        )
    load_table = tabulate(
        load_rows,
        headers=[
            "scale",
            "objects",
            "instances",
            "quotes",
            "gen s",
            "disk MiB",
            "cold s",
            "load s",
            "us/inst",
            vs,
            "RSS MiB pk/held",
            "traced MiB pk/held",
            "B/inst",
            vs,
        ],
        disable_numparse=True,
        colalign=("right",) * 14,
    )
    search_rows = []
    for r in results:
        times = r["search"]
        worst = max(times, key=lambda q: times[q]["median_ms"])
        slowest_first = max(times, key=lambda q: times[q]["first_ms"])
        search_rows.append(
            [
                f"{r['scale']}x",
                f"{times[QUERIES[0]]['first_ms']:.1f}",
                f"{times[slowest_first]['first_ms']:.1f} ({slowest_first})",
                f"{statistics.median(t['median_ms'] for t in times.values()):.1f}",
                f"{times[worst]['median_ms']:.1f} ({worst})",
            ]
        )
    search_table = tabulate(
        search_rows,
        headers=["scale", "1st call ms", "worst 1st call ms", "median ms", "worst median ms"],
        disable_numparse=True,
    )
    query_rows = [
        [
            q,
            *(
                f"{r['search'][q]['first_ms']:.1f} / {r['search'][q]['median_ms']:.1f}"
                for r in results
            ),
        ]
        for q in QUERIES
    ]
    query_table = tabulate(
        query_rows,
        headers=["search(q, limit=10) ms: first / median", *(f"{r['scale']}x" for r in results)],
        disable_numparse=True,
        colalign=("left",) + ("right",) * len(results),
    )
    return f"{load_table}\n\n{search_table}\n\n{query_table}"


def main(argv: Sequence[str] | None = None) -> None:
    """Measure the scales asked for and print a table (and JSON, if asked)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--child"]:
        what, rest = args[1], args[2:]
        result: Any = None
        if what == "load":
            result = _child_load(rest[0], rest[1], int(rest[2]), int(rest[3]))
        elif what == "traced":
            result = _child_traced(rest[0], rest[1])
        elif what == "profile":
            _child_profile(rest[0], rest[1], rest[2])
            result = {}
        print(json.dumps(result))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scales", type=_scales, default=[1, 10, 100], help="e.g. 1,10,100,1000")
    parser.add_argument("--cache", type=Path, default=None, help="where corpora are generated")
    parser.add_argument("--runs", type=int, default=None, help="warm loads per scale")
    parser.add_argument("--search-repeats", type=int, default=None, help="calls per query")
    parser.add_argument("--no-traced", action="store_true", help="skip the tracemalloc run")
    parser.add_argument(
        "--profile", type=Path, default=None, help="also cProfile a load; .pstats files here"
    )
    parser.add_argument("--json", type=Path, default=None, help="write the results as JSON")
    opts = parser.parse_args(args)
    if opts.profile is not None:
        opts.profile.mkdir(parents=True, exist_ok=True)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs", file=sys.stderr)
    results = []
    for r in measure(
        opts.scales,
        opts.cache,
        runs=opts.runs,
        repeats=opts.search_repeats,
        traced=not opts.no_traced,
        profile=opts.profile,
    ):
        results.append(r)
        print(_table(results) + "\n", file=sys.stderr, flush=True)
    print(_table(results))
    if opts.json is not None:
        opts.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
