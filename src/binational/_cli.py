"""The ``binational`` command: an overview of the corpus, objects with their quotes, search.

Run ``binational --help`` for the commands.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

from binational._corpus import Corpus, Object, kind_of
from binational._load import load, load_from
from binational._model import Citation, Kind, Quote
from binational.exceptions import DataError, UnknownIdError

__all__ = ["main"]


def _overview(corpus: Corpus) -> str:
    kinds = [k for k in Kind if k is not Kind.SOURCE]
    head = ["seed", "cited", *(k.value for k in kinds)]
    rows: list[list[str]] = []
    for seed in corpus.seeds:
        cited = {c for cit in corpus.citations.by_source(seed) for c in cit.candidates}
        rows.append(
            [seed.id, str(len(cited))]
            + [str(len(corpus.collection(k).by_source(seed))) for k in kinds]
        )
    rows.append(
        ["all seeds", str(sum(1 for s in corpus.sources if s.seed is None))]
        + [str(len(corpus.collection(k))) for k in kinds]
    )
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]

    def fmt(r: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )

    lines = [fmt(head), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)]
    ambiguous = sum(1 for c in corpus.citations if c.ambiguous)
    quotes = sum(len(o.evidence) for c in corpus.collections().values() for o in c)
    lines += [
        "",
        "Counts per seed are objects with evidence from that seed; an actor in two",
        "seeds counts in both. 'cited' is the number of works a seed's citations point to.",
        (
            f"{quotes} quotes, each verified against its seed text; "
            f"{ambiguous} citation markers match more than one work."
        ),
    ]
    for seed in corpus.seeds:
        date = f"{seed.issued.date} ({seed.issued.certainty.value})" if seed.issued else "undated"
        lines.append(f"  {seed.id}: {seed.title} [{date}]")
    return "\n".join(lines)


def _quote_lines(q: Quote, indent: str = "  ") -> list[str]:
    where = f"{q.source} [{q.start}:{q.end}]" + (f" in “{q.section}”" if q.section else "")
    body = textwrap.fill(
        f"“{q.text}”", width=88, initial_indent=indent + "  ", subsequent_indent=indent + "  "
    )
    return [f"{indent}- {where}", body]


def _show(corpus: Corpus, obj: Object) -> str:
    kind = kind_of(obj)
    lines = [f"{kind.value[:-1]} {obj.id}"]
    for attr in ("name", "title", "summary", "subject", "kind", "type", "text"):
        value = getattr(obj, attr, None)
        if value is not None and not isinstance(value, tuple):
            shown = value.value if hasattr(value, "value") else value
            lines.append(f"  {attr}: {shown}")
    for attr in ("addressees", "participants", "places", "builds_on", "candidates", "about"):
        value = getattr(obj, attr, ())
        if value and all(isinstance(v, str) for v in value):
            lines.append(f"  {attr}: {', '.join(value)}")
    if isinstance(obj, Citation):
        flag = f" (ambiguous: {len(obj.candidates)} candidates)" if obj.ambiguous else ""
        lines.append(f"  marker: “{obj.marker.text}”{flag}")
    lines.extend(f"  note: {note}" for note in getattr(obj, "notes", ()))
    lines.append("  evidence:")
    for q in obj.evidence:
        lines.extend(_quote_lines(q, "    "))
    referring = corpus.mentioning(obj.id)
    if referring:
        lines.append(f"  referred to by: {', '.join(o.id for o in referring[:12])}")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    from binational import __version__

    p = argparse.ArgumentParser(
        prog="binational",
        description="Browse the binational corpus of U.S.-Mexico border security documents.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("overview", help="counts of every kind of object per seed (the default)")
    show = sub.add_parser("show", help="one object, with its quotes")
    show.add_argument("id", help="id (or name or alias) of any object")
    show.add_argument("--json", action="store_true", help="print the object as JSON")
    search = sub.add_parser("search", help="rank objects by a query")
    search.add_argument("query", nargs="+")
    search.add_argument("--kind", choices=[k.value for k in Kind], action="append")
    search.add_argument("--limit", type=int, default=10)
    check = sub.add_parser("check", help="validate data files; exit 1 listing every problem")
    check.add_argument("--data", type=Path, help="data directory (default: the packaged one)")
    check.add_argument("--seeds", type=Path, help="seed texts directory (default: packaged)")
    return p


def _find(corpus: Corpus, key: str) -> Object:
    found = corpus.get(key)
    if found is not None:
        return found
    for coll in corpus.collections().values():
        hit = coll.get(key)
        if hit is not None:
            return hit
    return corpus[key]  # raises UnknownIdError with suggestions


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            from binational._load import data_dir, seeds_dir

            corpus = load_from(args.data or data_dir(), args.seeds or seeds_dir())
            print(f"ok: {corpus!r}")
            return 0
        corpus = load()
        if args.command in (None, "overview"):
            print(_overview(corpus))
        elif args.command == "show":
            obj = _find(corpus, args.id)
            if args.json:
                from binational._convert import make_converter

                print(json.dumps(make_converter().unstructure(obj), indent=2, ensure_ascii=False))
            else:
                print(_show(corpus, obj))
        elif args.command == "search":
            kinds = [Kind(k) for k in args.kind] if args.kind else None
            try:
                hits = corpus.search(" ".join(args.query), kinds=kinds, limit=args.limit)
            except ValueError as e:  # a negative limit or an overlong query
                print(f"binational: {e}", file=sys.stderr)
                return 2
            for hit in hits:
                label = getattr(hit.object, "name", None) or getattr(hit.object, "summary", "")
                print(f"{hit.score:5.2f}  {kind_of(hit.object).value[:-1]:<14} {hit.object.id}")
                if label:
                    print(f"       {textwrap.shorten(str(label), 80)}")
    except DataError as e:
        print(f"binational: invalid data: {e}", file=sys.stderr)
        return 1
    except UnknownIdError as e:
        print(f"binational: {e}", file=sys.stderr)
        return 2
    return 0
