"""A downstream-style client of the public API, type-checked by mypy --strict, never run.

It uses only names from ``binational`` itself, as an application would.
"""

from __future__ import annotations

from decimal import Decimal

import binational as bn


def addressee_names(corpus: bn.Corpus, rec_id: str) -> list[str]:
    rec: bn.Recommendation = corpus.recommendations[rec_id]
    return [a.name for a in corpus.addressees(rec)]


def quotes_of(obj: bn.Object) -> list[tuple[str, int, int, str]]:
    return [(q.source, q.start, q.end, q.text) for q in obj.evidence]


def ambiguous_markers(corpus: bn.Corpus) -> dict[str, tuple[str, ...]]:
    return {c.marker.text: c.candidates for c in corpus.citations if c.ambiguous}


def option_grid(corpus: bn.Corpus) -> dict[str, dict[bn.Criterion, int | None]]:
    grid: dict[str, dict[bn.Criterion, int | None]] = {}
    for option in corpus.options:
        row: dict[bn.Criterion, int | None] = {}
        for criterion in bn.Criterion:
            a = option.assessment(criterion)
            row[criterion] = a.rating.score if a is not None else None
        grid[option.id] = row
    return grid


def total_usd(corpus: bn.Corpus, about: str) -> Decimal:
    return sum((f.amount for f in corpus.figures_about(about) if f.unit is bn.Unit.USD), Decimal(0))


def safe_lookup(corpus: bn.Corpus, key: str) -> bn.Actor | None:
    try:
        return corpus.actors[key]
    except bn.UnknownIdError as e:
        suggestions: tuple[str, ...] = e.suggestions
        return corpus.actors.get(suggestions[0]) if suggestions else None


def validate(path: str) -> list[str]:
    try:
        bn.load_from(path, path + "/seeds")
    except bn.DataError as e:
        return [f"{p.file} {p.path}: {p.message}" for p in e.problems]
    return []


def first_hit(corpus: bn.Corpus, query: str) -> str | None:
    hits: tuple[bn.SearchHit, ...] = corpus.search(query, kinds=[bn.Kind.RECOMMENDATION])
    return hits[0].object.id if hits else None


def issued_year(source: bn.Source) -> int | None:
    return source.issued.date.year if source.issued is not None else None


def far_apart(a: str, b: str) -> list[tuple[str, int | None]]:
    from binational import compare

    return [(p.dimension.value, p.distance) for p in compare.disagreements(a, b)]


def unaddressed(seed: str) -> list[bn.Dimension]:
    from binational import compare

    m: compare.StanceMatrix = compare.stances(seeds=[seed])
    return [c.dimension for c in m if c.status is compare.Status.NOT_ADDRESSED]


def portrayals(actor: str) -> dict[str, list[bn.Portrayal]]:
    from binational import compare

    return {cell.source.id: [ch.portrayal for ch in cell.own] for cell in compare.framing(actor)}


corpus: bn.Corpus = bn.load()
