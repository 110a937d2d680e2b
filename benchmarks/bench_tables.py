"""Measure ``write_tables`` on a corpus of many recommendations.

Run: ``python benchmarks/bench_tables.py [--recommendations N] [--runs R] [--format F]``.
The corpus is the packaged one with its recommendations repeated (each copy an
``attrs.evolve`` of a real recommendation with a new id) until there are N (50,000 by
default); ``write_tables`` writes every table of it to a temporary folder. Prints the
median wall and CPU time of R runs, and the rows written. The target of issue 19 is
50,000 recommendations in 2 s or less; the time grows linearly with N (try 25,000 and
100,000).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time

import attrs

import binational
from binational.export import tables, write_tables


def corpus_of(recommendations: int) -> binational.Corpus:
    """The packaged corpus with ``recommendations`` recommendations (real ones, repeated)."""
    corpus = binational.load()
    real = list(corpus.recommendations)
    many = [
        attrs.evolve(real[i % len(real)], id=f"{real[i % len(real)].id}-x{i}")
        for i in range(recommendations)
    ]
    kinds = {k.value: list(corpus.collection(k)) for k in binational.Kind}
    kinds["recommendations"] = many
    texts = {s.id: corpus.text(s.id) for s in corpus.seeds}
    sections = {s.id: corpus.sections(s.id) for s in corpus.seeds}
    return binational.Corpus(**kinds, texts=texts, sections=sections)


def main() -> None:
    """Print the median time of write_tables on a corpus of N recommendations."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recommendations", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--format", choices=("csv", "parquet"), default="csv")
    args = parser.parse_args()
    corpus = corpus_of(args.recommendations)
    rows = sum(len(t) for t in tables(corpus).values())
    walls, cpus = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            t0, c0 = time.perf_counter(), time.process_time()
            write_tables(folder, corpus=corpus, format=args.format)
            walls.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
    print(
        f"write_tables({args.format}) of {args.recommendations:,} recommendations "
        f"({rows:,} rows): median {statistics.median(walls):.2f} s wall, "
        f"{statistics.median(cpus):.2f} s CPU over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
