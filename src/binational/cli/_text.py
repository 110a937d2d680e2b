"""The commands that read the texts themselves: ``find`` (full-text search) and ``kwic``.

Their parsers and what they print; the rest of the command line is
:mod:`binational.cli`, which adds these to its parser and runs them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence

import attrs

from binational.corpus import Corpus

__all__ = ["Output", "run_text", "text_parsers"]


@attrs.frozen
class Output:
    """What the command line knows of where it prints: given by :mod:`binational.cli`."""

    width: int
    """The width to fit the text to."""
    ascii: bool
    """Whether the terminal needs ASCII (no box-drawing characters, no « »)."""
    records_text: Callable[[Sequence[Mapping[str, object]], str], str]
    """Records as JSON or CSV text."""


_KWIC_EPILOG = """\
TERM: a word or phrase, case and accents ignored; a word ending in * is a prefix
examples:
  binational kwic merida
  binational kwic "joint task force*" --in orion-2026-neighbor-in-focus --format csv
"""


def _kwic_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    what = "every occurrence of a word or phrase in the seed texts, in context (keyword in context)"
    kwic = sub.add_parser("kwic", help=what, description=what, epilog=_KWIC_EPILOG)
    kwic.formatter_class = argparse.RawDescriptionHelpFormatter
    kwic.add_argument("term", nargs="+", help="the word or phrase (several words: a phrase)")
    kwic.add_argument(
        "--in", dest="sources", action="append", metavar="DOC", help="only this seed (repeatable)"
    )
    kwic.add_argument("--width", type=int, default=60, metavar="N", help="context (default 60)")
    return kwic


def _kwic(corpus: Corpus, args: argparse.Namespace, out: Output) -> tuple[str, int]:
    """The concordance of a term: aligned lines, records or Markdown; the exit status."""
    from binational import compare
    from binational.views import kwic_lines

    result = compare.concordance(" ".join(args.term), args.sources, args.width, corpus=corpus)
    if args.format in ("json", "csv"):
        text = out.records_text(result.records(), args.format)
    elif args.format == "markdown":
        text = result.to_markdown().rstrip("\n")
    else:
        text = "\n".join(kwic_lines(result, out.width))
    return text, 0 if result else 1


_FIND_EPILOG = """\
QUERY: words, "a phrase", prefix*, NEAR(a b, 5), and AND, OR, NOT in capitals
examples:
  binational find migration national security threat
  binational find '"task forces"' --in nsc-migration-policy-brief --format json
"""


def _find_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    what = "passages of the seed texts that match a query, best first, the matches marked"
    find = sub.add_parser("find", help=what, description=what, epilog=_FIND_EPILOG)
    find.formatter_class = argparse.RawDescriptionHelpFormatter
    find.add_argument("query", nargs="+", help="what to look for (case and accents ignored)")
    find.add_argument(
        "--in", dest="sources", action="append", metavar="DOC", help="only this seed (repeatable)"
    )
    find.add_argument(
        "--part",
        action="append",
        choices=("body", "table", "notes", "references"),
        help="only this part of the texts (repeatable; default: body and table)",
    )
    find.add_argument("--limit", type=int, default=20, help="how many at most (default 20)")
    return find


def _find(corpus: Corpus, args: argparse.Namespace, out: Output) -> tuple[str, int]:
    """Passages with their marked snippets, records or Markdown; the exit status."""
    from binational.views import text_hits_lines

    query, parts = " ".join(args.query), args.part or ("body", "table")
    hits = corpus.search_text(query, sources=args.sources, parts=parts, limit=args.limit)
    if args.format in ("json", "csv"):
        text = out.records_text(hits.records(), args.format)
    elif args.format == "markdown":
        text = hits._repr_markdown_().rstrip("\n")
    else:
        text = text_hits_lines(hits, out.width, ascii=out.ascii)
    return text, 0 if hits else 1


def text_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    format_argument: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add ``find`` and ``kwic`` to the command line's subcommands."""
    format_argument(_find_parser(sub))
    format_argument(_kwic_parser(sub))


def run_text(corpus: Corpus, args: argparse.Namespace, out: Output) -> tuple[str, int]:
    """Run ``find`` or ``kwic``: the text to print and the exit status."""
    return (_find if args.command == "find" else _kwic)(corpus, args, out)
