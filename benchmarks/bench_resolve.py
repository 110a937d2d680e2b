"""How long names take to resolve: the first lookup by name builds the index.

Run: ``python benchmarks/bench_resolve.py``. Measures, on the packaged corpus and on
copies of it (``bench_search.replicate``, distinct names): the build of the name index
(the first lookup by name), a lookup by exact id, by name, by seed number, and an
unknown name (which ranks suggestions over every name).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contextlib

from bench_search import replicate

import binational
from binational import UnknownIdError
from binational.corpus import Corpus


def _ms(f: Callable[[], object], n: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(n):
        f()
    return (time.perf_counter() - start) * 1000 / n


def _unknown(corpus: Corpus, name: str = "greenwy initiativ") -> None:
    # copies share their seed numbers: "003" is ambiguous (a subclass of the error)
    with contextlib.suppress(UnknownIdError):
        corpus[name]


def main() -> None:
    base = binational.load()
    for scale in (1, 10, 100):
        corpus = base if scale == 1 else replicate(base, scale, distinct=True)
        corpus = Corpus(**corpus.__getstate__())  # a fresh corpus: no index yet
        build = _ms(lambda c=corpus: c["merida initiative"])
        print(
            f"scale {scale:>4} ({len(corpus._by_id):>6} objects): "  # noqa: SLF001
            f"index build {build:8.1f} ms; "
            f"id {_ms(lambda c=corpus: c['merida-initiative'], 1000) * 1000:6.2f} µs; "
            f"name {_ms(lambda c=corpus: c['Mérida Initiative'], 1000) * 1000:6.2f} µs; "
            f"number {_ms(lambda c=corpus: _unknown(c, '003'), 1000) * 1000:6.2f} µs; "
            f"unknown {_ms(lambda c=corpus: _unknown(c), 3):8.1f} ms"
        )


if __name__ == "__main__":
    main()
