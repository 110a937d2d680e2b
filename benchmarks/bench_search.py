"""Measure Corpus.search on the real corpus replicated 1x, 10x, 100x, 1000x in memory.

Run: ``python benchmarks/bench_search.py [--scales 1 10 100 1000] [--runs N]``.

The replicated corpus holds, for each kind, ``scale`` copies of every object of the
real one (copy ``r`` of object ``x`` is ``attrs.evolve(x, id=f"{x.id}~{r}")``: the same
field strings, a new id), so every score ties ``scale`` ways: the worst case for the
index's early stop, which must see every object whose bound reaches the last hit.
With ``--distinct``, copy ``r`` also ends every searched text with the word ``r<r>``,
so no field text is shared between copies, as in a corpus of distinct documents: the
index's and the scorer's per-text caches then help no more than they would there.

For each scale it prints the index build time (the first search), the memory the
index holds (tracemalloc, in a second build), and the median and worst time of each
query over ``--runs`` runs, for ``limit=10`` and every kind, plus one query limited to
two kinds. With ``--check`` it also compares every result with the scan (slow); with
``--scan`` it times one scan per scale, to weigh the build against.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import tracemalloc
from typing import Any

import attrs

import binational
from binational import Corpus, Kind
from binational.corpus._search import SearchIndex

QUERIES = [
    "border",
    "security",
    "United States Mexico",
    "Mérida Initiative",
    "fentanyl trafficking",
    "joint task force",
    "cartel violence",
    "security cooperation",
]
FILTERED = ("cartel violence", (Kind.ACTOR, Kind.RECOMMENDATION))


def replicate(corpus: Corpus, scale: int, *, distinct: bool = False) -> Corpus:
    """``corpus`` with ``scale`` copies of each object, under new ids, kind by kind.

    ``distinct``: copy ``r`` also ends each searched text (names, summary, quotes)
    with the word ``r<r>``, so no two copies share a field text.
    """
    copy = _distinct_copy if distinct else _copy
    collections = {
        kind.value: [obj if r == 0 else copy(obj, r) for r in range(scale) for obj in coll]
        for kind, coll in corpus.collections().items()
    }
    return Corpus(
        **collections,
        texts=dict(corpus._texts),  # noqa: SLF001
        sections=dict(corpus._sections),  # noqa: SLF001
    )


def _copy(obj: Any, r: int) -> Any:
    return attrs.evolve(obj, id=f"{obj.id}~{r}")


def _distinct_copy(obj: Any, r: int) -> Any:
    mark = f" r{r}"
    changes: dict[str, Any] = {"id": f"{obj.id}~{r}"}
    for name in ("name", "title", "summary", "subject"):
        if isinstance(getattr(obj, name, None), str):
            changes[name] = getattr(obj, name) + mark
    if getattr(obj, "aliases", ()):
        changes["aliases"] = tuple(a + mark for a in obj.aliases)
    changes["evidence"] = tuple(attrs.evolve(q, text=q.text + mark) for q in obj.evidence)
    return attrs.evolve(obj, **changes)


def index_memory(corpus: Corpus) -> int:
    """Bytes the index of ``corpus`` holds once built (tracemalloc, a fresh build)."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    index = SearchIndex(corpus)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del index
    return after - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100, 1000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc build")
    parser.add_argument("--check", action="store_true", help="compare with the scan")
    parser.add_argument("--scan", action="store_true", help="time one scan per scale too")
    parser.add_argument(
        "--distinct", action="store_true", help="copies end each text with a word of their own"
    )
    args = parser.parse_args()
    real = binational.load()
    print(f"Python {sys.version.split()[0]}; real corpus: {len(real._by_id)} objects")  # noqa: SLF001
    queries = [(q, None) for q in QUERIES] + [FILTERED]
    for scale in args.scales:
        t0 = time.perf_counter()
        corpus = real if scale == 1 else replicate(real, scale, distinct=args.distinct)
        made = time.perf_counter() - t0
        size = sum(len(c) for c in corpus.collections().values())
        gc.collect()
        t0 = time.perf_counter()
        corpus.search("border")
        build = time.perf_counter() - t0
        print(
            f"\n{scale}x: {size} objects (replicated in {made:.1f} s); "
            f"index built by the first search in {build:.2f} s"
        )
        if args.scan:
            t0 = time.perf_counter()
            corpus._scan_search("border")  # noqa: SLF001
            print(
                f"  one scan (the reference, no index): {(time.perf_counter() - t0) * 1000:.0f} ms"
            )
        if not args.no_memory:
            print(f"  index memory (tracemalloc): {index_memory(corpus) / 2**20:.1f} MiB")
        times: list[float] = []
        for query, kinds in queries:
            runs = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                hits = corpus.search(query, kinds=kinds)
                runs.append((time.perf_counter() - t0) * 1000)
            if args.check:
                assert hits == corpus._scan_search(query, kinds=kinds), query  # noqa: SLF001, S101
            times.extend(runs)
            label = query if kinds is None else f"{query} [{', '.join(k.value for k in kinds)}]"
            print(
                f"  {label:<45} median {statistics.median(runs):7.2f} ms"
                f"  worst {max(runs):7.2f} ms  top {hits[0].score:.3f}"
            )
        print(f"  all queries: median {statistics.median(times):.2f} ms, worst {max(times):.2f} ms")
        del corpus
        gc.collect()


if __name__ == "__main__":
    main()
