"""Measure how load time, memory and search scale with the size of the corpus.

Run: ``python benchmarks/bench_scale.py [--scales 1,10,100] [--cache DIR] [--json FILE]``
(add ``1000`` to the scales for the 1000x corpus: about 1 GB of JSON, 2.1 GB of RSS, 4 GB
in the tracemalloc run, and 10-20 minutes on two idle cores, 45 on busy ones). Where
bytecode writing is off (``PYTHONDONTWRITEBYTECODE``), run ``python -m compileall -q src``
first: the measuring interpreters are started without that variable, and would otherwise
compile the package on every import.

Each scale is a synthetic corpus of N copies of the packaged one, written by
``benchmarks/synthetic.py`` into ``DIR/scale-N`` (default: a folder under the system temp
dir) and reused while the data and the script are unchanged. Each scale is measured in
fresh interpreters, so nothing from one scale, or from this process, is in the heap of
the next. What is measured:

load
    The first (cold) ``binational.load_from`` of the interpreter, then ``--runs`` more
    (warm: cattrs has generated its structuring code). Load times are medians of the
    warm runs (the cold run if there are none). Each run records wall and CPU time
    (``time.process_time``: on a busy machine CPU time is the steadier figure, and the
    per-instance ratios use it), and the CPU time the garbage collector took, with the
    number of full (generation 2) collections. *GC pause* is the CPU time of one
    ``gc.collect()`` with the corpus loaded: what every later full collection costs.
RSS
    Around the cold load, from the kernel: *peak* is the growth of the peak resident set
    (``VmHWM`` in ``/proc/self/status``, what ``ru_maxrss`` reports) from just before the
    load to just after; *held* is the growth of the current resident set
    (``/proc/self/statm``) with the corpus still referenced. Both include the
    interpreter's one-time costs of a first load (a few MB, which weigh at 1x and vanish
    at scale): what a process needs, not bytes per object.
traced
    Another fresh interpreter loads the packaged corpus once (paying the one-time costs),
    drops it, starts ``tracemalloc`` and loads the synthetic corpus: *held* is the memory
    still allocated with the corpus referenced, *peak* the most allocated during the
    load. Exact bytes of Python allocations, blind to allocator reuse: the per-object
    memory figure. ``--no-traced`` skips it.
objects, instances
    *objects* are the objects of the eleven collections (``len(corpus.actors)`` + ...);
    *instances* every attrs instance reachable from them, each counted once: the
    objects, their quotes, links, claims, dates, assessments... Time and memory per
    object are per instance.
search
    ``corpus.search(q, limit=10)`` for each query of :data:`QUERIES`, on the corpus of the
    cold load: the first call (the first of all may build an index), then the median of
    ``--search-repeats`` more. Caveat: the N copies repeat the same quote texts, so a
    cache keyed by text is hit N times as often as in a real corpus N times larger.

``--rounds K`` measures every scale K times, the scales in turn, and pools the rounds
(warm loads pooled, the rest medians of the rounds). ``--no-gc`` runs the loads with the
garbage collector disabled, to measure its share. ``--profile DIR`` adds a cProfile of
one warm load per scale (``DIR/load-scale-N.pstats``).
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
from collections.abc import Callable, Sequence
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
"""Calls of each query after the first, per scale (3 above 100)."""

LAZY_IMPORTS = (
    "binational.corpus._corpus",
    "binational.loader._checks",
    "binational.loader._convert",
    "binational.loader._files",
    "binational.loader._load",
    "binational.loader._merge",
    "binational.loader._read",
    "binational.loader._records",
    "cattrs",
    "cattrs.strategies",
)
"""What the loader imports when it first runs: imported before any baseline is taken,
since import time and memory are not load time and memory."""


class Timing(TypedDict):
    """One timed call."""

    wall_ms: float
    cpu_ms: float
    gc_ms: float
    """CPU time inside garbage collections."""
    gc_full: int
    """Full (generation 2) collections."""


class SearchTiming(TypedDict):
    """One query: its first call and the median of the repeated ones."""

    first: Timing
    median_wall_ms: float
    median_cpu_ms: float


class LoadResult(TypedDict):
    """What the load child reports."""

    objects: int
    instances: int
    quotes: int
    cold: Timing
    warm: list[Timing]
    rss_peak_mib: float
    rss_held_mib: float
    gc_pause: Timing
    """One ``gc.collect()`` with the corpus loaded: the pause of every later full collection."""
    search: dict[str, SearchTiming]


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


class _GCClock:
    """CPU time spent in garbage collections, and the number of full ones."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.full = 0
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.seconds += time.process_time() - self._start
            self.full += info["generation"] == 2


_GC = _GCClock()


def _timed(fn: Callable[[], object]) -> tuple[Timing, object]:
    gc_s, gc_full = _GC.seconds, _GC.full
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    timing = Timing(
        wall_ms=(time.perf_counter() - wall) * 1000,
        cpu_ms=(time.process_time() - cpu) * 1000,
        gc_ms=(_GC.seconds - gc_s) * 1000,
        gc_full=_GC.full - gc_full,
    )
    return timing, result


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


def _search_times(corpus: Any, repeats: int) -> dict[str, SearchTiming]:
    """Per query: the first call, and the median of ``repeats`` more."""
    times: dict[str, SearchTiming] = {}
    for q in QUERIES:
        search = functools.partial(corpus.search, q, limit=10)
        first, _ = _timed(search)
        again = [_timed(search)[0] for _ in range(repeats)] or [first]
        times[q] = SearchTiming(
            first=first,
            median_wall_ms=statistics.median(t["wall_ms"] for t in again),
            median_cpu_ms=statistics.median(t["cpu_ms"] for t in again),
        )
    return times


def _child_load(data: str, seeds: str, runs: int, repeats: int, no_gc: bool) -> LoadResult:
    import importlib

    import binational

    for module in LAZY_IMPORTS:
        importlib.import_module(module)
    gc.collect()
    if no_gc:
        gc.disable()
    held0, peak0 = _rss_mib(), _peak_mib()
    cold, corpus = _timed(lambda: binational.load_from(data, seeds))
    rss_peak, rss_held = _peak_mib() - peak0, _rss_mib() - held0
    gc.enable()
    objects, instances, quotes = _count(corpus)
    gc_pause, _ = _timed(gc.collect)
    search = _search_times(corpus, repeats)
    del corpus
    gc.collect()
    warm = []
    for _ in range(runs):
        if no_gc:
            gc.disable()
        warm.append(_timed(lambda: binational.load_from(data, seeds))[0])
        gc.enable()
        gc.collect()
    return LoadResult(
        objects=objects,
        instances=instances,
        quotes=quotes,
        cold=cold,
        warm=warm,
        rss_peak_mib=rss_peak,
        rss_held_mib=rss_held,
        gc_pause=gc_pause,
        search=search,
    )


def _child_traced(data: str, seeds: str) -> TracedResult:
    import tracemalloc

    import binational
    from binational.loader import data_dir, seeds_dir

    binational.load_from(data_dir(), seeds_dir())  # one-time costs paid, result dropped
    gc.collect()
    tracemalloc.start()
    corpus = binational.load_from(data, seeds)
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del corpus
    return TracedResult(traced_held_mib=held / 2**20, traced_peak_mib=peak / 2**20)


def _child_profile(data: str, seeds: str, out: str) -> dict[str, str]:
    import cProfile
    import pstats

    import binational
    from binational.loader import data_dir, seeds_dir

    binational.load_from(data_dir(), seeds_dir())
    gc.collect()
    profile = cProfile.Profile()
    profile.runcall(binational.load_from, data, seeds)
    profile.dump_stats(out)
    stats = pstats.Stats(out, stream=sys.stderr)
    stats.sort_stats("tottime").print_stats(15)
    return {"profile": out}


def _child(request: dict[str, Any]) -> object:
    what, data, seeds = request["what"], request["data"], request["seeds"]
    if what == "load":
        return _child_load(data, seeds, request["runs"], request["repeats"], request["no_gc"])
    if what == "traced":
        return _child_traced(data, seeds)
    if what == "profile":
        return _child_profile(data, seeds, request["out"])
    raise ValueError(f"unknown child request {what!r}")


# ----------------------------------------------------------------------- the parent


def _run_child(**request: Any) -> Any:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the sources are compiled once, not per run
    done = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps(request)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if done.stderr:
        sys.stderr.write(done.stderr)
    if done.returncode:
        raise SystemExit(f"measuring {request} failed with status {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _scales(value: str) -> list[int]:
    try:
        scales = [int(s) for s in value.split(",") if s.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of scales: {value}") from None
    if not scales or min(scales) < 1:
        raise argparse.ArgumentTypeError("scales are 1 or more")
    return scales


def _median_item(items: Sequence[Timing], key: str) -> Timing:
    """The item whose ``key`` is the (lower) median."""
    ordered = sorted(items, key=lambda t: t[key])  # type: ignore[literal-required]
    return ordered[(len(ordered) - 1) // 2]


def _merge(rounds: Sequence[LoadResult]) -> LoadResult:
    """Rounds of one scale as one result: warm loads pooled, the rest medians of rounds."""
    first = rounds[0]
    for r in rounds[1:]:
        if (r["objects"], r["instances"], r["quotes"]) != (
            first["objects"],
            first["instances"],
            first["quotes"],
        ):
            raise RuntimeError("rounds of one scale counted different objects")
    return LoadResult(
        objects=first["objects"],
        instances=first["instances"],
        quotes=first["quotes"],
        cold=_median_item([r["cold"] for r in rounds], "cpu_ms"),
        warm=[t for r in rounds for t in r["warm"]],
        rss_peak_mib=statistics.median(r["rss_peak_mib"] for r in rounds),
        rss_held_mib=statistics.median(r["rss_held_mib"] for r in rounds),
        gc_pause=_median_item([r["gc_pause"] for r in rounds], "cpu_ms"),
        search={
            q: SearchTiming(
                first=_median_item([r["search"][q]["first"] for r in rounds], "wall_ms"),
                median_wall_ms=statistics.median(r["search"][q]["median_wall_ms"] for r in rounds),
                median_cpu_ms=statistics.median(r["search"][q]["median_cpu_ms"] for r in rounds),
            )
            for q in first["search"]
        },
    )


def measure(
    scales: Sequence[int],
    cache: Path | None = None,
    *,
    runs: int | None = None,
    repeats: int | None = None,
    rounds: int = 1,
    traced: bool = True,
    no_gc: bool = False,
    profile: Path | None = None,
    progress: Callable[[list[dict[str, Any]]], None] | None = None,
) -> list[dict[str, Any]]:
    """Generate (or reuse) and measure each scale; one result per scale.

    With several ``rounds``, the scales are measured in turn, round after round (so a
    busy spell of the machine falls on every scale alike), and each scale's rounds are
    merged (:func:`_merge`; each round is kept under ``rounds``). ``progress`` is called
    with the results so far after each measurement.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import synthetic

    results: dict[int, dict[str, Any]] = {}
    kept: dict[int, list[LoadResult]] = {scale: [] for scale in scales}
    for round_ in range(1, rounds + 1):
        for scale in scales:
            generated = synthetic.ensure(scale, cache)
            where = {"data": str(generated.data), "seeds": str(generated.seeds)}
            n_runs = DEFAULT_RUNS.get(scale, 1) if runs is None else runs
            n_repeats = DEFAULT_SEARCH_REPEATS.get(scale, 3) if repeats is None else repeats
            print(
                f"scale {scale}, round {round_}/{rounds}: {n_runs} warm loads ...",
                file=sys.stderr,
                flush=True,
            )
            load: LoadResult = _run_child(
                what="load", runs=n_runs, repeats=n_repeats, no_gc=no_gc, **where
            )
            kept[scale].append(load)
            result = results.setdefault(
                scale,
                {
                    "scale": scale,
                    "generate_s": generated.seconds,
                    "generate_reused": generated.reused,
                    "disk_mib": generated.bytes / 2**20,
                    "files": generated.files,
                    "no_gc": no_gc,
                },
            )
            result |= _merge(kept[scale])
            result["rounds"] = kept[scale]
            if round_ == 1 and traced:
                result |= _run_child(what="traced", **where)
            if round_ == 1 and profile is not None:
                out = str(profile / f"load-scale-{scale}.pstats")
                result |= _run_child(what="profile", out=out, **where)
            if progress is not None:
                progress(list(results.values()))
    return [results[scale] for scale in scales]


# ---------------------------------------------------------------------- reporting


def _load(r: dict[str, Any], key: str) -> float:
    """Median over the warm loads (the cold one if none) of ``key`` of their timings."""
    runs: list[Timing] = r["warm"] or [r["cold"]]
    return float(statistics.median(t[key] for t in runs))  # type: ignore[literal-required]


def _tables(results: Sequence[dict[str, Any]]) -> str:
    from tabulate import tabulate

    base = results[0]
    vs = f"x {base['scale']}x"
    nan = float("nan")
    load_rows = []
    for r in results:
        n = r["instances"]
        us = _load(r, "cpu_ms") * 1000 / n
        base_us = _load(base, "cpu_ms") * 1000 / base["instances"]
        held = r.get("traced_held_mib", nan) * 2**20 / n
        base_held = base.get("traced_held_mib", nan) * 2**20 / base["instances"]
        load_rows.append(
            [
                f"{r['scale']}x",
                f"{r['objects']:,}",
                f"{n:,}",
                f"{r['quotes']:,}",
                f"{r['generate_s']:.1f}",
                f"{r['disk_mib']:.0f}",
                f"{r['cold']['wall_ms'] / 1000:.2f}",
                f"{_load(r, 'wall_ms') / 1000:.2f}",
                f"{_load(r, 'cpu_ms') / 1000:.2f}",
                f"{_load(r, 'gc_ms') / 1000:.2f} ({_load(r, 'gc_full'):.0f})",
                f"{r['gc_pause']['cpu_ms']:.0f}" if "gc_pause" in r else "-",
                f"{us:.1f}",
                f"{us / base_us:.2f}",
                f"{r['rss_peak_mib']:.0f} / {r['rss_held_mib']:.0f}",
                f"{r.get('traced_peak_mib', nan):.1f} / {r.get('traced_held_mib', nan):.1f}",
                f"{held:.0f}",
                f"{held / base_held:.2f}",
            ]
        )
    headers = [
        "scale",
        "objects",
        "instances",
        "quotes",
        "gen s",
        "disk MiB",
        "cold s",
        "load s",
        "CPU s",
        "GC CPU s (full)",
        "GC pause ms",
        "CPU us/inst",
        vs,
        "RSS MiB pk/held",
        "traced MiB pk/held",
        "B/inst",
        vs,
    ]
    load_table = tabulate(
        load_rows, headers=headers, disable_numparse=True, colalign=("right",) * len(headers)
    )
    search_rows = []
    for r in results:
        times: dict[str, SearchTiming] = r["search"]
        worst = max(times, key=lambda q: times[q]["median_wall_ms"])
        slowest = max(times, key=lambda q: times[q]["first"]["wall_ms"])
        search_rows.append(
            [
                f"{r['scale']}x",
                f"{times[QUERIES[0]]['first']['wall_ms']:.1f}",
                f"{times[slowest]['first']['wall_ms']:.1f} ({slowest})",
                f"{statistics.median(t['median_wall_ms'] for t in times.values()):.1f}",
                f"{statistics.median(t['median_cpu_ms'] for t in times.values()):.1f}",
                f"{times[worst]['median_wall_ms']:.1f} ({worst})",
            ]
        )
    search_table = tabulate(
        search_rows,
        headers=[
            "search",
            "1st call ms",
            "slowest 1st call ms",
            "median ms",
            "CPU ms",
            "worst median ms",
        ],
        disable_numparse=True,
    )
    query_rows = [
        [
            q,
            *(
                f"{r['search'][q]['first']['wall_ms']:.1f} / {r['search'][q]['median_wall_ms']:.1f}"
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
    """Measure the scales asked for and print the tables (and write JSON, if asked)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--child"]:
        print(json.dumps(_child(json.loads(args[1]))))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scales", type=_scales, default=[1, 10, 100], help="e.g. 1,10,100,1000")
    parser.add_argument("--cache", type=Path, default=None, help="where corpora are generated")
    parser.add_argument("--runs", type=int, default=None, help="warm loads per scale")
    parser.add_argument("--search-repeats", type=int, default=None, help="calls per query")
    parser.add_argument(
        "--rounds", type=int, default=1, help="measure every scale this many times, in turn"
    )
    parser.add_argument("--no-traced", action="store_true", help="skip the tracemalloc run")
    parser.add_argument("--no-gc", action="store_true", help="load with the GC disabled")
    parser.add_argument("--profile", type=Path, default=None, help="cProfile a load per scale")
    parser.add_argument("--json", type=Path, default=None, help="write the results as JSON")
    parser.add_argument(
        "--report",
        type=Path,
        nargs="+",
        default=None,
        metavar="JSON",
        help="measure nothing: print the tables of results saved with --json (merged by scale)",
    )
    opts = parser.parse_args(args)
    if opts.report is not None:
        saved = {r["scale"]: r for f in opts.report for r in json.loads(f.read_text("utf-8"))}
        print(_tables([saved[scale] for scale in sorted(saved)]))
        return
    if opts.profile is not None:
        opts.profile.mkdir(parents=True, exist_ok=True)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs", file=sys.stderr)

    def write(results: list[dict[str, Any]]) -> None:
        if opts.json is not None:  # after each measurement: a long run keeps what it has
            opts.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    results = measure(
        opts.scales,
        opts.cache,
        runs=opts.runs,
        repeats=opts.search_repeats,
        rounds=opts.rounds,
        traced=not opts.no_traced,
        no_gc=opts.no_gc,
        profile=opts.profile,
        progress=write,
    )
    print(_tables(results))


if __name__ == "__main__":
    main()
