"""The ``binational`` command: an overview of the corpus, objects with their quotes, search.

Run ``binational --help`` for the commands.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from binational.corpus import Corpus, Object, kind_of, sources_of
from binational.exceptions import (
    DataError,
    MissingDependencyError,
    UnknownIdError,
    UnknownStyleError,
)
from binational.loader import exact_json, load, load_from
from binational.model import Citation, Kind, Quote, Source

__all__ = ["main"]


def _width(fallback: int | None = 100) -> int | None:
    """The width to fit: ``COLUMNS``, else the terminal's; ``fallback`` for a pipe."""
    import os
    import shutil

    if os.environ.get("COLUMNS", "").strip().isdigit() or sys.stdout.isatty():
        return max(shutil.get_terminal_size().columns, 20)
    return fallback


def _ascii() -> bool:
    """Whether stdout needs ASCII borders (its encoding has no box-drawing characters)."""
    return not _can_encode(sys.stdout, "┌│")


def _overview(corpus: Corpus, width: int = 100) -> str:
    from binational.model import Cell, Table
    from binational.views import fit_text

    kinds = [k for k in Kind if k is not Kind.SOURCE]
    seeds = corpus.seeds

    def row(label: str, counts: list[int]) -> tuple[Cell, ...]:
        return tuple(Cell(text=t) for t in (label, *map(str, counts)))

    cited = [
        len({c for cit in corpus.citations.by_source(seed) for c in cit.candidates})
        for seed in seeds
    ]
    rows = [row("cited works", [*cited, sum(1 for s in corpus.sources if s.seed is None)])]
    rows += [
        row(
            k.value,
            [len(corpus.collection(k).by_source(s)) for s in seeds] + [len(corpus.collection(k))],
        )
        for k in kinds
    ]
    table = Table(
        title="Objects per seed (the seeds are numbered below)",
        columns=("kind", *(f"[{n}]" for n in range(1, len(seeds) + 1)), "all"),
        rows=tuple(rows),
    )
    ambiguous = sum(1 for c in corpus.citations if c.ambiguous)
    quotes = sum(len(o.evidence) for c in corpus.collections().values() for o in c)
    notes = [
        (
            "Counts per seed are objects with evidence from that seed; an actor in two "
            "seeds counts in both. 'cited works' is the number of works a seed's citations "
            "point to."
        ),
        (
            f"{quotes} quotes, each verified against its seed text; "
            f"{ambiguous} citation markers match more than one work."
        ),
    ]
    lines = [fit_text(table, width, ascii=_ascii()), ""]
    lines += [line for note in notes for line in textwrap.wrap(note, width)]
    for n, seed in enumerate(seeds, 1):
        date = f"{seed.issued.date} ({seed.issued.certainty.value})" if seed.issued else "undated"
        lines += textwrap.wrap(
            f"[{n}] {seed.id}: {seed.title} [{date}]",
            width,
            initial_indent="  ",
            subsequent_indent="      ",
            break_on_hyphens=False,
        )
    return "\n".join(lines)


def _quote_lines(q: Quote, indent: str = "  ", width: int = 88) -> list[str]:
    where = f"{q.source} [{q.start}:{q.end}]" + (f" in “{q.section}”" if q.section else "")
    body = textwrap.fill(
        f"“{q.text}”", width=width, initial_indent=indent + "  ", subsequent_indent=indent + "  "
    )
    return [f"{indent}- {where}", body]


def _show(corpus: Corpus, obj: Object, width: int = 88) -> str:
    kind = kind_of(obj)
    lines = [f"{kind.value[:-1]} {obj.id}"]
    for attr in ("name", "title", "summary", "subject", "kind", "type", "text"):
        value = getattr(obj, attr, None)
        if value is not None and not isinstance(value, tuple):
            shown = value.value if hasattr(value, "value") else value
            lines += textwrap.wrap(f"  {attr}: {shown}", width, subsequent_indent="    ")
    listed = ("aliases", "addressees", "participants", "places", "builds_on", "candidates")
    for attr in (*listed, "about"):
        value = getattr(obj, attr, ())
        if value and all(isinstance(v, str) for v in value):
            sep = "; " if attr == "aliases" else ", "  # an alias may hold a comma
            lines.append(f"  {attr}: {sep.join(value)}")
    if isinstance(obj, Citation):
        flag = f" (ambiguous: {len(obj.candidates)} candidates)" if obj.ambiguous else ""
        lines.append(f"  marker: “{obj.marker.text}”{flag}")
    for note in getattr(obj, "notes", ()):
        lines += textwrap.wrap(f"  note: {note}", width, subsequent_indent="    ")
    lines.append("  evidence:")
    for q in obj.evidence:
        lines.extend(_quote_lines(q, "    ", min(width, 88)))
    referring = corpus.mentioning(obj.id)
    if referring:
        lines.append(f"  referred to by: {', '.join(o.id for o in referring[:12])}")
    return "\n".join(lines)


_EXAMPLES = """\
examples:
  binational overview
  binational list recommendations --seed nsc-migration-policy-brief
  binational show nsc-joint-enforcement-task-forces
  binational search asylum hub --kind recommendation
  binational find '"joint task force"' --in nsc-migration-policy-brief
  binational kwic "Mérida initiative" --in orion-2026-neighbor-in-focus
  binational compare disagreements nsc-migration-policy-brief greenway-2025-military-options-border
  binational cite nsc-joint-enforcement-task-forces --style chicago
  binational export parquet -o tables/
  binational check --bundle examples/memo-bundle

exit status: 0 done, 1 nothing found, 2 usage or data error
(binational COMMAND --help for each command's options)
"""


def _parser() -> argparse.ArgumentParser:
    from binational._version import __version__

    p = argparse.ArgumentParser(
        prog="binational",
        description="Browse the binational corpus of U.S.-Mexico border security documents.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("overview", help="counts of every kind of object per seed (the default)")
    show = sub.add_parser("show", help="one object, with its quotes")
    show.add_argument("id", help="id, name or alias of any object, or a seed's number (000)")
    show.add_argument("--json", action="store_true", help="print the object as JSON")
    show.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="text (the default: fields, quotes with their offsets, objects that refer "
        "to it), json (every field) or markdown (a table)",
    )
    listing = sub.add_parser(
        "list",
        help="the objects of one kind, a line each",
        description="The objects of one kind (singular or plural: actor or actors), with "
        "their name or summary and the seeds they appear in.",
        epilog="examples:\n  binational list recommendations --seed nsc-migration-policy-brief\n"
        "  binational list actor --format csv > actors.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    listing.add_argument("kind", type=_kind, help=f"one of: {', '.join(k.value for k in Kind)}")
    listing.add_argument(
        "--seed", action="append", metavar="SEED", help="only objects of this seed (id, name, 000)"
    )
    _format_argument(listing)
    search = sub.add_parser("search", help="rank objects by a query")
    search.add_argument("query", nargs="+", help="words to look for (case and accents ignored)")
    search.add_argument(
        "--kind",
        type=_kind,
        action="append",
        help="only this kind of object, singular or plural (repeatable)",
    )
    search.add_argument("--limit", type=int, default=10, help="how many hits at most (default 10)")
    search.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (the default) or json (id, kind, score and best quote of each hit)",
    )
    from binational.cli._text import text_parsers

    text_parsers(sub, _format_argument)
    cite = sub.add_parser(
        "cite",
        help="an in-text citation of objects (needs the cite extra)",
        description="The in-text citation of one or more objects, each cited as the seeds "
        "its quotes come from (a source as itself), in any CSL style.",
        epilog="example:\n  binational cite nsc-joint-enforcement-task-forces --style mla",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cite.add_argument("ids", nargs="+", metavar="ID", help="ids, names or aliases of objects")
    _style_arguments(cite)
    bib = sub.add_parser(
        "bibliography",
        help="a reference list (needs the cite extra)",
        description="A reference list of every source, or of the seeds given and the works "
        "they cite, in any CSL style.",
        epilog="example:\n  binational bibliography --seed greenway-2025-military-options-border",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    bib.add_argument(
        "--seed", action="append", metavar="SEED", help="a seed (id, name, 000) and works it cites"
    )
    _style_arguments(bib)
    check = sub.add_parser("check", help="validate data files; exit 2 listing every problem")
    check.add_argument("--data", type=Path, help="data directory (default: the packaged one)")
    check.add_argument("--seeds", type=Path, help="seed texts directory (default: packaged)")
    check.add_argument(
        "--bundle",
        type=Path,
        action="append",
        metavar="DIR",
        help="a bundle of your own documents to check with the data (repeatable); "
        "e.g. binational check --bundle examples/memo-bundle",
    )
    export = sub.add_parser(
        "export",
        help="the corpus as JSON (lossless), its JSON Schema, or its sources as CSL-JSON, "
        "BibTeX or RIS",
        description="Write the whole corpus as one JSON document (every object, the seed "
        "texts and sections; reload it with binational.corpus_from_json), the JSON Schema "
        "of that document, or the bibliography of every source (CSL-JSON, BibTeX, RIS; "
        "needs the cite extra).",
        epilog="examples:\n  binational export json -o corpus.json\n"
        "  binational export bibtex > references.bib\n"
        "  binational export parquet -o tables/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument(
        "format",
        choices=("json", "json-schema", "csl-json", "bibtex", "ris", "csv", "parquet"),
        help="what to write; csv and parquet write one file per table into the folder -o",
    )
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE (default: stdout)"
    )
    export.add_argument(
        "--bundle",
        type=Path,
        action="append",
        metavar="DIR",
        help="include a bundle of your own documents (repeatable)",
    )
    _compare_parser(sub)
    site = sub.add_parser(
        "site",
        help="write a static, offline website of the corpus",
        description="Write a static website of the corpus to a folder: each document's text "
        "with every quote highlighted and linked to what it supports, every object, the "
        "comparison views and a search page. Open DIR/index.html in a browser; no server "
        "or network is needed.",
        epilog="example:\n  binational site -o site/ --bundle examples/memo-bundle",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    site.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DIR", help="the folder to write"
    )
    site.add_argument(
        "--bundle",
        type=Path,
        action="append",
        metavar="PATH",
        help="include a bundle of your own documents (repeatable)",
    )
    return p


def _cite(corpus: Corpus, args: argparse.Namespace) -> str:
    """An in-text citation or a reference list, as text, HTML or Markdown."""
    from binational import cite

    if args.command == "cite":
        objects = [_find(corpus, key) for key in args.ids]
        what = objects[0] if len(objects) == 1 else objects
        return cite.cite(what, args.style, args.format, corpus=corpus)
    sources: list[Source] = list(corpus.sources)
    if args.seed:
        chosen = [corpus.sources[s] for s in args.seed]
        cited = [
            w for s in chosen for c in corpus.citations.by_source(s) for w in corpus.cited_works(c)
        ]
        sources = list(dict.fromkeys([*chosen, *cited]))
    return str(cite.bibliography(sources, args.style, args.format, corpus=corpus))


def _export(args: argparse.Namespace) -> str:
    """The text of one export format."""
    from binational import export

    corpus = load(extra=args.bundle or ())
    if args.format in ("csv", "parquet"):
        if args.output is None:
            raise ValueError(f"export {args.format} writes a folder of tables: give it with -o DIR")
        files = export.write_tables(args.output, format=args.format, corpus=corpus)
        return f"{len(files)} tables written to {args.output}"
    if args.format == "json":
        return json.dumps(export.corpus_json(corpus), indent=1, ensure_ascii=False)
    if args.format == "json-schema":
        return json.dumps(export.corpus_json_schema(), indent=2, ensure_ascii=False)
    writer = {"csl-json": export.to_csl_json, "bibtex": export.to_bibtex, "ris": export.to_ris}[
        args.format
    ]
    return writer(corpus.sources).rstrip("\n")


def _write_export(args: argparse.Namespace) -> None:
    """One export, printed or written to -o FILE atomically (never through a link)."""
    from binational.export import write_text

    text = _export(args)
    if args.output is None or args.format in ("csv", "parquet"):
        print(text)
    else:
        write_text(args.output, text + "\n")


def _kind(value: str) -> Kind:
    """A kind by its singular or plural name (``actor`` or ``actors``)."""
    for k in Kind:
        if value.lower() in (k.value, k.value[:-1]):
            return k
    kinds = ", ".join(k.value for k in Kind)
    raise argparse.ArgumentTypeError(f"unknown kind {value!r}; one of: {kinds}")


_STYLE_SHORTHANDS = {"mla": "modern-language-association", "chicago": "chicago-author-date"}


def _format_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format",
        choices=("text", "json", "csv", "markdown"),
        default="text",
        help="output format (default: text)",
    )


def _style_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--style",
        default="apa",
        type=lambda v: _STYLE_SHORTHANDS.get(v, v),
        help="a CSL style name (apa, chicago-author-date, modern-language-association...; "
        "mla and chicago are accepted for short) or the path of a .csl file (default: apa)",
    )
    p.add_argument(
        "--format",
        choices=("text", "html", "markdown"),
        default="text",
        help="output format (default: text)",
    )


def _list(corpus: Corpus, args: argparse.Namespace) -> tuple[str, int]:
    """The objects of one kind, a line each, or as records."""
    from binational.corpus import row

    coll = corpus.collection(args.kind)
    objects = list(coll)
    if args.seed:
        wanted = {id(o) for seed in args.seed for o in coll.by_source(corpus.sources[seed])}
        objects = [o for o in objects if id(o) in wanted]
    if not objects:
        return "", 1
    if args.format in ("json", "csv"):
        records = [row(o) for o in objects]
        return _records_text(records, args.format), 0

    if args.format == "markdown":
        from binational.model import Cell, Table
        from binational.views import render_markdown

        rows = tuple(
            (Cell(text=o.id), Cell(text=_label(o)), Cell(text=", ".join(sources_of(o))))
            for o in objects
        )
        table = Table(
            title=f"{len(objects)} {args.kind.value}", columns=("id", "what", "seeds"), rows=rows
        )
        return render_markdown(table).rstrip("\n"), 0
    return "\n".join(_lines(objects, _width(None))), 0


def _label(o: object) -> str:
    """What an object is called (its name, title, summary...), on one line."""
    from binational.model import display_text
    from binational.views import title_of

    return display_text(title_of(o))


def _lines(objects: Sequence[Object], width: int | None) -> list[str]:
    """One line per object: id, what it is called, its seeds in brackets.

    Cut with an ellipsis at ``width`` (not cut if None).
    """
    from binational.views import clip

    pad = max(len(o.id) for o in objects)
    if width is not None:
        pad = min(pad, max(width // 2, 12))
    lines = []
    for o in objects:
        seeds = ", ".join(sources_of(o))
        line = f"{o.id:<{pad}}  {_label(o)} [{seeds}]"
        lines.append(line if width is None else clip(line, width))
    return lines


def _json_value(value: object) -> object:
    """What ``json`` cannot write: an exact number, as the data files write it."""
    if isinstance(value, Decimal):
        return exact_json(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


def _records_text(records: Sequence[Mapping[str, object]], format: str) -> str:
    if format == "json":
        return json.dumps(records, indent=2, ensure_ascii=False, default=_json_value)
    from binational.export import to_csv

    return to_csv(records).rstrip("\n")


_COMPARE_EPILOG = """\
examples:
  binational compare stances
  binational compare disagreements nsc-migration-policy-brief greenway-2025-military-options-border
  binational compare framing mexico --format markdown
  binational compare figures --about us-dhs --about us-dod --unit USD --fiscal-year 2026
  binational compare timeline --about merida-initiative --format csv

exit status: 0 results printed, 1 nothing matched, 2 usage or data error
"""


def _compare_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from binational.model import Criterion, Dimension, Direction, Theme, Unit

    compare = sub.add_parser(
        "compare",
        help="the documents side by side (binational.compare), with quotes",
        description="Comparison views of binational.compare, as a table, JSON, CSV or "
        "Markdown. Every view's cells come with the quotes behind them (in JSON, CSV and "
        "Markdown as the first quote of each row).",
        epilog=_COMPARE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    views = compare.add_subparsers(dest="view", required=True, metavar="VIEW")

    def view(name: str, help: str) -> argparse.ArgumentParser:
        v = views.add_parser(name, help=help, description=help)
        v.add_argument(
            "--format",
            choices=("text", "json", "csv", "markdown"),
            default="text",
            help="output format (default: text, a table)",
        )
        return v

    def seeds(v: argparse.ArgumentParser) -> None:
        v.add_argument(
            "--seed", action="append", metavar="SEED", help="keep this seed (id, name, 000)"
        )

    def linked(v: argparse.ArgumentParser) -> None:
        v.add_argument(
            "--include-children",
            action="store_true",
            help="also the parts of the object(s), at any depth (agencies of a department)",
        )
        v.add_argument(
            "--include-related",
            action="store_true",
            help="also the actors that belong to or act for the actor(s)",
        )

    v = view("stances", "every document's stance on every dimension")
    seeds(v)
    v.add_argument(
        "--dimension",
        action="append",
        choices=[d.value for d in Dimension],
        help="keep this dimension (repeatable)",
    )
    for name, what in (("disagreements", "disagree"), ("agreements", "agree")):
        v = view(name, f"dimensions on which two documents {what}, both quotes side by side")
        v.add_argument("a", metavar="SEED_A", help="first seed: id, short name or number (000)")
        v.add_argument("b", metavar="SEED_B", help="second seed: id, short name or number")
    v = view("options", "policy options against criteria ('not assessed' where silent)")
    v.add_argument("option", nargs="*", help="ids of options (default: all)")
    seeds(v)
    v.add_argument(
        "--criterion",
        action="append",
        choices=[c.value for c in Criterion],
        help="keep this criterion (repeatable)",
    )
    v = view("themes", "recommendations by theme, and themes that pull apart")
    v.add_argument(
        "theme",
        nargs="*",
        help=f"themes (default: all): {', '.join(t.value for t in Theme)}",
    )
    seeds(v)
    v = view("framing", "how each document characterises an actor")
    v.add_argument("actor", help="id, name or alias of an actor")
    seeds(v)
    linked(v)
    v = view("mentions", "what each document says about an actor, initiative or place")
    v.add_argument("object", help="id, name or alias of an actor, initiative or place")
    seeds(v)
    linked(v)
    v = view("figures", "figures side by side, values normalised")
    v.add_argument("--about", action="append", metavar="ID", help="about this object (id or name)")
    linked(v)
    v.add_argument("--measure", metavar="SLUG", help="keep figures of this measure")
    v.add_argument("--unit", choices=[u.value for u in Unit], help="keep this unit")
    v.add_argument("--direction", choices=[d.value for d in Direction], help="keep this")
    v.add_argument("--fiscal-year", type=int, metavar="YEAR", help="keep this U.S. fiscal year")
    seeds(v)
    v = view("timeline", "dated events, statuses, documents, figures and plans, in order")
    v.add_argument("--about", action="append", metavar="ID", help="about this object (id or name)")
    linked(v)
    seeds(v)
    view("divergences", "where documents state different things about the same object")


def _compare(corpus: Corpus, args: argparse.Namespace) -> tuple[str, int]:
    """Run one compare view; the text to print and the exit status."""
    from binational import compare

    seeds = args.seed if getattr(args, "seed", None) else None
    result: compare.Result
    if args.view == "stances":
        result = compare.stances(seeds=seeds, dimensions=args.dimension, corpus=corpus)
    elif args.view in ("disagreements", "agreements"):
        fn = compare.disagreements if args.view == "disagreements" else compare.agreements
        result = fn(args.a, args.b, corpus=corpus)
    elif args.view == "options":
        result = compare.options(
            args.option or None, seeds=seeds, criteria=args.criterion, corpus=corpus
        )
    elif args.view == "themes":
        result = compare.themes(args.theme or None, seeds=seeds, corpus=corpus)
    elif args.view == "framing":
        result = compare.framing(
            corpus.actors[args.actor],
            seeds=seeds,
            include_children=args.include_children,
            include_related=args.include_related,
            corpus=corpus,
        )
    elif args.view == "mentions":
        obj = _find(corpus, args.object)
        result = compare.mentions(
            obj,  # type: ignore[arg-type]
            seeds=seeds,
            include_children=args.include_children,
            include_related=args.include_related,
            corpus=corpus,
        )
    elif args.view == "figures":
        result = compare.figures(
            about=args.about,
            include_children=args.include_children,
            include_related=args.include_related,
            measure=args.measure,
            unit=args.unit,
            direction=args.direction,
            fiscal_year=args.fiscal_year,
            seeds=seeds,
            corpus=corpus,
        )
    elif args.view == "timeline":
        result = compare.timeline(
            seeds=seeds,
            about=args.about,
            include_children=args.include_children,
            include_related=args.include_related,
            corpus=corpus,
        )
    else:
        result = compare.divergences(corpus=corpus)
    records = result.records()
    if args.format == "json":
        text = json.dumps(records, indent=2, ensure_ascii=False, default=_json_value)
    elif args.format == "csv":
        from binational.export import to_csv

        text = to_csv(records, list(result.columns)).rstrip("\n")
    elif args.format == "markdown":
        text = result.to_markdown().rstrip("\n")
    else:
        from binational.views import fit_text

        text = fit_text(result.table(), _width() or 100, ascii=_ascii())
    return text, 0 if records else 1


def _can_encode(stream: object, chars: str) -> bool:
    """Whether ``stream``'s encoding can write ``chars``."""
    try:
        chars.encode(getattr(stream, "encoding", None) or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _find(corpus: Corpus, key: str) -> Object:
    """The object ``key`` names: an id, name, alias or seed number (Corpus.resolve)."""
    return corpus[key]  # raises UnknownIdError (or AmbiguousNameError) with suggestions


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Output to a closed pipe (``binational ... | head -1``) ends quietly; characters the
    terminal's encoding cannot show are replaced rather than failing; Ctrl-C exits 130
    with one line, leaving any file being written as it was.
    """
    args = _parser().parse_args(argv)
    out = sys.stdout
    if hasattr(out, "reconfigure") and (out.encoding or "").lower().replace("-", "") != "utf8":
        out.reconfigure(errors="replace")
    try:
        return _run(args)
    except BrokenPipeError:
        # The reader went away (``| head``): say nothing, and keep Python from printing
        # another error when it flushes stdout at exit.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as e:  # e.g. a full disk when stdout is a file
        where = f" {str(e.filename)!r}" if e.filename else " output"
        print(f"binational: cannot write{where}: {e.strerror or e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        # Ctrl-C: files being written are left as they were (the writes are atomic);
        # exit as a shell does for SIGINT, with one line instead of a traceback.
        print("binational: interrupted", file=sys.stderr)
        return 130


def _search(corpus: Corpus, args: argparse.Namespace) -> int:
    """Ranked hits, two lines each; exit 1 when nothing is found."""
    try:
        hits = corpus.search(" ".join(args.query), kinds=args.kind, limit=args.limit)
    except ValueError as e:  # a negative limit or an overlong query
        print(f"binational: {e}", file=sys.stderr)
        return 2
    if not hits:
        print("binational: nothing found", file=sys.stderr)
        return 1
    if args.format == "json":
        records = [
            {
                "id": h.object.id,
                "kind": kind_of(h.object).value[:-1],
                "score": h.score,
                "quote": h.quote.text if h.quote else None,
                "source": h.quote.source if h.quote else None,
            }
            for h in hits
        ]
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return 0
    from binational.views import clip

    width = _width() or 100
    for hit in hits:
        line = f"{hit.score:5.2f}  {kind_of(hit.object).value[:-1]:<14} {hit.object.id}"
        print(line if len(line) <= width else clip(line, width))
        print(f"       {clip(_label(hit.object) or '(untitled)', max(width - 7, 10))}")
    return 0


def _run_text(corpus: Corpus, args: argparse.Namespace) -> tuple[str, int]:
    """``find`` or ``kwic`` (:mod:`binational.cli._text`), fitted to where it prints."""
    from binational.cli._text import Output, run_text

    return run_text(corpus, args, Output(_width() or 100, _ascii(), _records_text))


def _run(args: argparse.Namespace) -> int:
    try:
        if args.command == "check":
            from binational.loader import data_dir, seeds_dir

            corpus = load_from(
                args.data or data_dir(), args.seeds or seeds_dir(), extra=args.bundle or ()
            )
            print(f"ok: {corpus!r}")
            return 0
        if args.command == "site":
            from binational.site import build

            files = build(args.output, corpus=load(extra=args.bundle or ()))
            print(f"{len(files)} files written; open {args.output / 'index.html'}")
            return 0
        if args.command == "export":
            _write_export(args)
            return 0
        corpus = load()
        if args.command in ("compare", "kwic", "find"):
            run = _compare if args.command == "compare" else _run_text
            text, status = run(corpus, args)
            if status:
                print("binational: nothing matched", file=sys.stderr)
            elif text:
                print(text)
                sys.stdout.flush()
            return status
        if args.command in (None, "overview"):
            print(_overview(corpus, _width() or 100))
        elif args.command == "show":
            obj = _find(corpus, args.id)
            if args.format == "markdown":
                print(obj._repr_markdown_().rstrip("\n"))
            elif args.json or args.format == "json":
                from binational.loader import make_converter

                print(json.dumps(make_converter().unstructure(obj), indent=2, ensure_ascii=False))
            else:
                print(_show(corpus, obj, _width() or 88))
        elif args.command == "list":
            text, status = _list(corpus, args)
            if status:
                print("binational: nothing found", file=sys.stderr)
                return status
            print(text)
        elif args.command in ("cite", "bibliography"):
            print(_cite(corpus, args))
        elif args.command == "search":
            return _search(corpus, args)
    except DataError as e:
        print(f"binational: invalid data: {e}", file=sys.stderr)
        return 2
    except UnknownIdError as e:
        print(f"binational: {e}", file=sys.stderr)
        return 1
    except (TypeError, ValueError, MissingDependencyError, UnknownStyleError) as e:
        # an argument the library refuses, or a missing extra: said in one line
        print(f"binational: {e}", file=sys.stderr)
        return 2
    sys.stdout.flush()
    return 0
