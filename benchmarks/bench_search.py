"""Measure Corpus.search and Corpus.search_text, on the real corpus and replicated.

Run: ``python benchmarks/bench_search.py [--scales 1 10 100 1000] [--runs N] [--only text]``.

Both searches run on SQLite FTS5 indexes built in memory by their first call.

*Text* (``Corpus.search_text``): on the packaged corpus, the first call in a fresh
process-like state (a corpus just loaded: the seeds cut into passages, the index built,
the query run), then each query over ``--runs`` runs. At each scale N, the passages of
the packaged corpus copied N times (copy ``r`` of a passage has the source ``<id>~r``:
the synthetic corpora of ``benchmarks/synthetic.py`` hold the same texts, copy for copy,
so their passages are these; with ``--distinct`` copy ``r`` also ends every passage's
text with the word ``r<r>``, so that no two copies share a text, as in a corpus of
distinct documents) indexed by a :class:`TextIndex`; its build time, the memory
it holds (the process's resident size before and after: SQLite allocates outside
Python's tracemalloc) and each query's time.

*Objects* (``Corpus.search``): the real corpus replicated 1x ... 1000x in memory (copy
``r`` of object ``x`` is ``attrs.evolve(x, id=f"{x.id}~{r}")``; with ``--distinct`` copy
``r`` also ends every searched text with the word ``r<r>``), the index built by the
first search, and each query's time.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import attrs

import binational
from binational import Corpus, Kind
from binational.corpus._fts import TextIndex
from binational.corpus._kinds import kind_of

TEXT_QUERIES = [
    "border",
    "migration national security threat",
    "Merida",
    '"joint task force"',
    "cartel* AND fentanyl",
    "NEAR(Mexico cooperation, 5)",
    "Sheinbaum",
    "asylum OR refugee",
]
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


def rss() -> int:
    """The resident memory of this process, in bytes (Linux; 0 elsewhere)."""
    try:
        statm = Path("/proc/self/statm").read_text(encoding="ascii")
        return int(statm.split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def bench_text(real: Corpus, scales: list[int], runs: int, *, distinct: bool = False) -> None:
    """search_text: the first call on a fresh corpus, then queries, then at scale."""
    firsts, cuts = [], []
    for _ in range(max(runs, 3)):
        fresh = binational.load_from(binational.loader.data_dir(), binational.loader.seeds_dir())
        gc.collect()
        t0 = time.perf_counter()
        fresh.search_text("border")  # cuts the passages, builds the index, searches
        firsts.append(time.perf_counter() - t0)
        again = binational.load_from(binational.loader.data_dir(), binational.loader.seeds_dir())
        t0 = time.perf_counter()
        again.passages()
        cuts.append(time.perf_counter() - t0)
    n = len(fresh.passages())
    print(
        f"search_text on the packaged corpus ({n} passages): first call (cutting the"
        f" passages, building the index, searching) median {statistics.median(firsts) * 1000:.0f}"
        f" ms, worst {max(firsts) * 1000:.0f} ms; cutting alone median"
        f" {statistics.median(cuts) * 1000:.0f} ms"
    )
    _queries(fresh.search_text, runs)
    kinds = {o.id: kind_of(o) for c in real.collections().values() for o in c}
    passages = real.passages()
    for scale in scales:
        copies = [
            p
            if r == 0
            else attrs.evolve(
                p, source=f"{p.source}~{r}", display=f"{p.display} r{r}" if distinct else p.display
            )
            for r in range(scale)
            for p in passages
        ]
        gc.collect()
        before = rss()
        t0 = time.perf_counter()
        index = TextIndex(copies, kinds)
        build = time.perf_counter() - t0
        held = rss() - before
        print(
            f"\n{scale}x: {len(copies)} passages; index built in {build:.2f} s,"
            f" holding {held / 2**20:.0f} MiB (resident size grown)"
        )

        def search(q: str, index: TextIndex = index) -> list[Any]:
            return index.search(
                q,
                sources=None,
                sections=None,
                parts=["body", "table"],
                kinds=None,
                limit=20,
                what="search_text()",
            )

        _queries(search, runs)
        del index, copies
        gc.collect()


def _queries(search: Any, runs: int) -> None:
    times: list[float] = []
    for query in TEXT_QUERIES:
        each = []
        for _ in range(runs):
            t0 = time.perf_counter()
            hits = search(query)
            each.append((time.perf_counter() - t0) * 1000)
        times.extend(each)
        print(
            f"  {query:<40} median {statistics.median(each):7.2f} ms"
            f"  worst {max(each):7.2f} ms  hits {len(hits)}"
        )
    print(f"  all queries: median {statistics.median(times):.2f} ms, worst {max(times):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100, 1000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", choices=("text", "objects"), help="run one of the two")
    parser.add_argument(
        "--distinct", action="store_true", help="copies end each text with a word of their own"
    )
    args = parser.parse_args()
    real = binational.load()
    print(f"Python {sys.version.split()[0]}; real corpus: {len(real._by_id)} objects")  # noqa: SLF001
    if args.only != "objects":
        bench_text(real, args.scales, args.runs, distinct=args.distinct)
    if args.only == "text":
        return
    queries = [(q, None) for q in QUERIES] + [FILTERED]
    for scale in args.scales:
        t0 = time.perf_counter()
        corpus = real if scale == 1 else replicate(real, scale, distinct=args.distinct)
        made = time.perf_counter() - t0
        size = sum(len(c) for c in corpus.collections().values())
        gc.collect()
        before = rss()
        t0 = time.perf_counter()
        corpus.search("border")
        build = time.perf_counter() - t0
        print(
            f"\nCorpus.search {scale}x: {size} objects (replicated in {made:.1f} s); "
            f"index built by the first search in {build:.2f} s, holding"
            f" {(rss() - before) / 2**20:.0f} MiB (resident size grown)"
        )
        times: list[float] = []
        for query, kinds in queries:
            runs = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                hits = corpus.search(query, kinds=kinds)
                runs.append((time.perf_counter() - t0) * 1000)
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
