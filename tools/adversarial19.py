# ruff: noqa: D103 - the case builders are named for what they build
"""An adversarial pass of issue 19's kinds: hostile bundles, exports, views, CLI, plots.

Run: ``python tools/adversarial19.py [--verbose]``. Each case is run in this process
with a 60 s alarm and classified:

- ``refused``: refused with a typed error (DataError, TypeError, ValueError,
  UnknownStyleError...) whose message names what is wrong (the case's expected words);
- ``correct``: accepted, and the output is what it should be (escaped, literal...);
- ``unclear``: refused with a typed error, but its message lacks the expected words;
- ``silent``: accepted where it should have been refused, or output that carries what
  it should not (live HTML, a formula, a control character, mathematics);
- ``crash``: an untyped exception (AttributeError, KeyError, a raw OSError...);
- ``hang``: the alarm rang.

It prints a line per case that is not ``refused`` or ``correct`` (all with --verbose),
and the counts.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import io
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import bundle  # noqa: E402

import binational  # noqa: E402
from binational import compare, corpus_from_json  # noqa: E402
from binational.exceptions import BinationalError  # noqa: E402
from binational.export import corpus_json, to_bibtex, to_csv, to_ris  # noqa: E402

TYPED = (BinationalError, TypeError, ValueError, LookupError)


class Silent(Exception):  # noqa: N818 - a finding, not an error
    """The case was accepted, or its output carries what it should not."""


class Hang(Exception):  # noqa: N818
    """The alarm rang."""


@contextlib.contextmanager
def alarm(seconds: int) -> Iterator[None]:
    def ring(*_: object) -> None:
        raise Hang

    old = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


Case = tuple[str, Callable[[], object], tuple[str, ...]]
"""(name, what to run, words a refusal's message must hold; () means: must be accepted)."""


def classify(run: Callable[[], object], words: tuple[str, ...]) -> tuple[str, str]:
    try:
        with alarm(60), warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            run()
    except Hang:
        return "hang", ""
    except Silent as e:
        return "silent", str(e)[:200]
    except TYPED as e:
        message = str(e)
        if not words:
            return "unclear", f"refused something valid: {message[:200]}"
        ok = all(w.lower() in message.lower() for w in words)
        return ("refused" if ok else "unclear"), message[:300]
    except Exception as e:  # noqa: BLE001 - a raw crash is what is counted
        return "crash", f"{type(e).__name__}: {e}"[:300]
    if words:
        return "silent", "accepted"
    return "correct", ""


# -- bundles (the loader) and exports (corpus_from_json) ----------------------------------


def _load(files: dict[str, Any], text: str = bundle.TEXT, fix_seed: bool = True) -> None:
    raw = text.encode()
    if fix_seed:
        seed = files[bundle.SEED_DATA]["source"]["seed"]
        seed.update(sha256=hashlib.sha256(raw).hexdigest(), bytes=len(raw))
    with tempfile.TemporaryDirectory() as tmp:
        data, seeds = bundle.write(Path(tmp), files)
        (seeds / bundle.TEXT_FILE).write_bytes(raw)
        binational.load_from(data, seeds)


def _seed(files: dict[str, Any]) -> Any:
    return files[bundle.SEED_DATA]


def bundle_case(
    change: Callable[[dict[str, Any]], None], text: str = bundle.TEXT
) -> Callable[[], None]:
    def run() -> None:
        files = bundle.files()
        change(files)
        _load(files, text)

    return run


def _set(*keys: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(files: dict[str, Any]) -> None:
        d: Any = _seed(files)
        for k in keys[:-1]:
            d = d[k]
        d[keys[-1]] = value

    return change


def _alias(alias: str) -> Callable[[dict[str, Any]], None]:
    def change(files: dict[str, Any]) -> None:
        files["actors.json"]["actors"][1]["aliases"] = ["US", alias]

    return change


def _name(key: str, name: str) -> Callable[[dict[str, Any]], None]:
    def change(files: dict[str, Any]) -> None:
        files[f"{key}.json"][key][0]["name"] = name

    return change


def _quote_at(start: int, end: int, text: str) -> Callable[[dict[str, Any]], None]:
    def change(files: dict[str, Any]) -> None:
        _seed(files)["actors"][0]["evidence"].append(
            {"text": text[start:end], "start": start, "end": end}
        )

    return change


COMBINING = bundle.TEXT + "Cafe\u0301 na\u0308ive \U0001f44d\U0001f3fd ok.\n"
AT = len(bundle.TEXT)


def _dup_rec(files: dict[str, Any]) -> None:
    recs = _seed(files)["recommendations"]
    recs.append({**recs[0]})


def _dup_across(files: dict[str, Any]) -> None:
    _seed(files)["options"][0]["id"] = "tiny-recommendation"


def _no_positions(files: dict[str, Any]) -> None:
    _seed(files)["positions"] = []


def _heading(files: dict[str, Any]) -> None:
    _seed(files)["sections"].append({"title": "Funding", "start": 5})


def _unknown_key(files: dict[str, Any]) -> None:
    _seed(files)["recommendations"][0]["evil"] = 1


def bundle_cases() -> list[Case]:
    t = bundle.TEXT
    return [
        ("bundle: duplicate recommendation id", bundle_case(_dup_rec), ("used twice",)),
        ("bundle: id shared across kinds", bundle_case(_dup_across), ("used twice",)),
        (
            "bundle: dangling addressee",
            bundle_case(_set("recommendations", 0, "addressees", value=["nobody"])),
            ("unknown id 'nobody'",),
        ),
        (
            "bundle: id with upper case",
            bundle_case(_set("recommendations", 0, "id", value="Tiny")),
            ("LATIN CAPITAL",),
        ),
        (
            "bundle: id with zero width space",
            bundle_case(_set("recommendations", 0, "id", value="tiny\u200brec")),
            ("ZERO WIDTH SPACE",),
        ),
        (
            "bundle: id with Cyrillic letter",
            bundle_case(_set("recommendations", 0, "id", value="tiny-r\u0435c")),
            ("CYRILLIC",),
        ),
        (
            "bundle: empty id",
            bundle_case(_set("recommendations", 0, "id", value="")),
            ("must not be empty",),
        ),
        ("bundle: seed without positions", bundle_case(_no_positions), ("every dimension",)),
        ("bundle: misplaced heading", bundle_case(_heading), ("not at offset 5",)),
        (
            "bundle: seed turned cited",
            bundle_case(_set("source", "role", value="cited")),
            ("role",),
        ),
        ("bundle: unknown key", bundle_case(_unknown_key), ("evil",)),
        ("bundle: phase 0", bundle_case(_set("recommendations", 0, "phase", value=0)), ("phase",)),
        (
            "bundle: NaN figure",
            bundle_case(_set("figures", 0, "value", value=float("nan"))),
            ("value",),
        ),
        (
            "bundle: quote that does not match",
            bundle_case(_set("recommendations", 0, "evidence", 0, "text", value="Mexico and the")),
            ("does not match",),
        ),
        (
            "bundle: quote beyond the text",
            bundle_case(
                _set(
                    "recommendations",
                    0,
                    "evidence",
                    0,
                    value={"text": "x", "start": 9000, "end": 9001},
                )
            ),
            ("outside",),
        ),
        ("bundle: alias with Cyrillic e", bundle_case(_alias("M\u0435xico")), ("looks like",)),
        (
            "bundle: alias with zero width space",
            bundle_case(_alias("Mex\u200bico")),
            ("looks like",),
        ),
        ("bundle: alias with soft hyphen", bundle_case(_alias("Mex\u00adico")), ("looks like",)),
        (
            "bundle: alias fullwidth",
            bundle_case(_alias("\uff2d\uff45\uff58\uff49\uff43\uff4f")),
            ("names 'mexico'",),
        ),
        ("bundle: alias with Greek omicron", bundle_case(_alias("Mexic\u03bf")), ("looks like",)),
        ("bundle: alias upper case (same name)", bundle_case(_alias("MEXICO")), ("also names",)),
        ("bundle: alias of only a ZWSP", bundle_case(_alias("\u200b")), ("invisible",)),
        (
            "bundle: alias of a word joiner and BOM",
            bundle_case(_alias("\u2060\ufeff")),
            ("invisible",),
        ),
        ("bundle: alias of Hangul filler", bundle_case(_alias("\u3164")), ("invisible",)),
        ("bundle: place name ZWSP", bundle_case(_name("places", "\u200b")), ("invisible",)),
        ("bundle: actor name blank", bundle_case(_name("actors", "  ")), ("must not be empty",)),
        (
            "bundle: initiative name RLO only",
            bundle_case(_name("initiatives", "\u202e")),
            ("invisible",),
        ),
        (
            "bundle: quote ends before a combining accent",
            bundle_case(_quote_at(AT, AT + 4, COMBINING), COMBINING),
            ("inside a character",),
        ),
        (
            "bundle: quote starts on a combining accent",
            bundle_case(_quote_at(AT + 4, AT + 9, COMBINING), COMBINING),
            ("inside a character",),
        ),
        (
            "bundle: quote ends before a diaeresis",
            bundle_case(_quote_at(AT + 6, AT + 8, COMBINING), COMBINING),
            ("inside a character",),
        ),
        (
            "bundle: quote splits an emoji and its skin tone",
            bundle_case(_quote_at(AT + 13, AT + 14, COMBINING), COMBINING),
            ("inside a character",),
        ),
        (
            "bundle: quote of whole characters",
            bundle_case(_quote_at(AT, AT + 5, COMBINING), COMBINING),
            (),
        ),
        (
            "bundle: marker outside its sentence",
            bundle_case(
                _set(
                    "citations",
                    0,
                    "marker",
                    value={
                        "text": "Mexico",
                        "start": t.index("Mexico"),
                        "end": t.index("Mexico") + 6,
                    },
                )
            ),
            ("marker",),
        ),
    ]


def _files_case(change: Callable[[Path, Path], None]) -> Callable[[], None]:
    """A case on the files of a tiny bundle loaded as a bundle (extra=), confined."""

    def run() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "b"
            data, seeds = bundle.write(folder)
            # as a bundle: texts/ beside seeds/ in one folder
            (data / "texts").mkdir()
            shutil.move(str(seeds / bundle.TEXT_FILE), data / "texts" / bundle.TEXT_FILE)
            change(data, Path(tmp))
            binational.load(extra=[data])

    return run


def _seed_file(data: Path) -> Path:
    return data / bundle.SEED_DATA


def _edit_seed(data: Path, edit: Callable[[Any], None]) -> None:
    path = _seed_file(data)
    d = json.loads(path.read_text(encoding="utf-8"))
    edit(d)
    path.write_text(json.dumps(d), encoding="utf-8")


def _link_text_out(data: Path, tmp: Path) -> None:
    (tmp / "secret.txt").write_text(bundle.TEXT, encoding="utf-8")
    (data / "texts" / bundle.TEXT_FILE).unlink()
    (data / "texts" / bundle.TEXT_FILE).symlink_to(tmp / "secret.txt")


def _link_texts_dir(data: Path, tmp: Path) -> None:
    shutil.move(str(data / "texts"), tmp / "elsewhere")
    (data / "texts").symlink_to(tmp / "elsewhere")


def _link_seeds_dir(data: Path, tmp: Path) -> None:
    shutil.move(str(data / "seeds"), tmp / "seeds-elsewhere")
    (data / "seeds").symlink_to(tmp / "seeds-elsewhere")


def _link_actors(data: Path, tmp: Path) -> None:
    shutil.move(str(data / "actors.json"), tmp / "actors.json")
    (data / "actors.json").symlink_to(tmp / "actors.json")


def _text_fifo(data: Path, _: Path) -> None:
    (data / "texts" / bundle.TEXT_FILE).unlink()
    os.mkfifo(data / "texts" / bundle.TEXT_FILE)


def _text_dev(data: Path, _: Path) -> None:
    (data / "texts" / bundle.TEXT_FILE).unlink()
    (data / "texts" / bundle.TEXT_FILE).symlink_to("/dev/zero")


def _text_dir(data: Path, _: Path) -> None:
    (data / "texts" / bundle.TEXT_FILE).unlink()
    (data / "texts" / bundle.TEXT_FILE).mkdir()


def _sparse(size: int) -> Callable[[Path, Path], None]:
    def change(data: Path, _: Path) -> None:
        with (data / "texts" / bundle.TEXT_FILE).open("r+b") as f:
            f.truncate(size)

    return change


def _one_byte_changed(data: Path, _: Path) -> None:
    path = data / "texts" / bundle.TEXT_FILE
    raw = bytearray(path.read_bytes())
    raw[3] ^= 1
    path.write_bytes(bytes(raw))


def _seed_value(*keys: str, value: Any) -> Callable[[Path, Path], None]:
    def change(data: Path, _: Path) -> None:
        def edit(d: Any) -> None:
            for k in keys[:-1]:
                d = d[k]
            d[keys[-1]] = value

        _edit_seed(data, edit)

    return change


def _drop_bytes(data: Path, _: Path) -> None:
    _edit_seed(data, lambda d: d["source"]["seed"].pop("bytes"))


def _raw_seed(text: str) -> Callable[[Path, Path], None]:
    def change(data: Path, _: Path) -> None:
        _seed_file(data).write_text(text, encoding="utf-8")

    return change


def _stray(name: str) -> Callable[[Path, Path], None]:
    def change(data: Path, _: Path) -> None:
        (data / "seeds" / name).write_text("{}", encoding="utf-8")

    return change


def file_cases() -> list[Case]:
    cases: list[Case] = [
        ("files: text linked out of the bundle", _files_case(_link_text_out), ("link",)),
        ("files: texts/ linked out", _files_case(_link_texts_dir), ("link",)),
        ("files: seeds/ linked out", _files_case(_link_seeds_dir), ("link",)),
        ("files: actors.json linked out", _files_case(_link_actors), ("link",)),
        ("files: text is a FIFO", _files_case(_text_fifo), ("FIFO",)),
        ("files: text links to /dev/zero", _files_case(_text_dev), ("/dev/zero",)),
        ("files: text is a folder", _files_case(_text_dir), ("directory",)),
        (
            "files: 4 GiB sparse text, size differs",
            _files_case(_sparse(4 << 30)),
            ("bytes, data says",),
        ),
        (
            "files: 100 GiB sparse text, size differs",
            _files_case(_sparse(100 << 30)),
            ("bytes, data says",),
        ),
        ("files: one byte changed", _files_case(_one_byte_changed), ("SHA-256",)),
        ("files: seed.bytes missing", _files_case(_drop_bytes), ("bytes", "required")),
        (
            "files: seed.bytes negative",
            _files_case(_seed_value("source", "seed", "bytes", value=-5)),
            ("bytes",),
        ),
        (
            "files: seed.bytes a string",
            _files_case(_seed_value("source", "seed", "bytes", value="12")),
            ("bytes", "integer"),
        ),
        (
            "files: seed.bytes wrong",
            _files_case(_seed_value("source", "seed", "bytes", value=3)),
            ("bytes, data says 3",),
        ),
        (
            "files: seed file ../",
            _files_case(_seed_value("source", "seed", "file", value="../x.txt")),
            ("plain file name",),
        ),
        (
            "files: seed file absolute",
            _files_case(_seed_value("source", "seed", "file", value="/etc/passwd")),
            ("plain file name",),
        ),
        (
            "files: seed file with NUL",
            _files_case(_seed_value("source", "seed", "file", value="a\u0000b")),
            ("plain file name",),
        ),
        (
            "files: seed file lone surrogate",
            _files_case(_seed_value("source", "seed", "file", value="\ud800.txt")),
            ("'\\ud800.txt' not found",),
        ),
        (
            "files: duplicate JSON key",
            _files_case(_raw_seed('{"source": {}, "source": {}}')),
            ("duplicate key",),
        ),
        (
            "files: JSON nested 100,000 deep",
            _files_case(_raw_seed("[" * 100000 + "]" * 100000)),
            ("nested",),
        ),
        ("files: not JSON", _files_case(_raw_seed("{oops")), ("invalid JSON",)),
        (
            "files: stray .txt in seeds/",
            _files_case(_stray("notes.txt")),
            ("not a seed data file",),
        ),
        ("files: upper-case .JSON", _files_case(_stray("x.JSON")), ("not a seed data file",)),
        (
            "files: name with a newline",
            _files_case(_stray("x\nok: fine.json")),
            ("seeds/x\\nok: fine.json",),
        ),
    ]
    return cases


def _export() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        data, seeds = bundle.write(Path(tmp))
        exported: dict[str, Any] = json.loads(
            json.dumps(corpus_json(binational.load_from(data, seeds)))
        )
    return exported


EXPORT = _export()


def export_case(change: Callable[[dict[str, Any]], None]) -> Callable[[], None]:
    def run() -> None:
        e = copy.deepcopy(EXPORT)
        change(e)
        corpus_from_json(e)

    return run


def _e(kind: str, i: int, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(e: dict[str, Any]) -> None:
        e[kind][i][key] = value

    return change


def _e_seed(e: dict[str, Any]) -> Any:
    return next(s for s in e["sources"] if s["id"] == "tiny-brief")


def export_cases() -> list[Case]:
    def dup(e: dict[str, Any]) -> None:
        e["recommendations"].append({**e["recommendations"][0], "summary": "Replaced!"})

    def cited(e: dict[str, Any]) -> None:
        _e_seed(e)["role"] = "cited"

    def no_seed(e: dict[str, Any]) -> None:
        _e_seed(e)["seed"] = None

    def extra_text(e: dict[str, Any]) -> None:
        e["texts"]["smith-2024"] = "text"
        e["sections"]["smith-2024"] = [
            {"source": "smith-2024", "title": "text", "start": 0, "end": 4}
        ]

    def heading(e: dict[str, Any]) -> None:
        e["sections"]["tiny-brief"][0]["start"] = 3

    def section_end(e: dict[str, Any]) -> None:
        e["sections"]["tiny-brief"][0]["end"] = 10

    def no_positions(e: dict[str, Any]) -> None:
        e["positions"] = []

    def position_other(e: dict[str, Any]) -> None:
        e["positions"][0]["source"] = "smith-2024"

    def alias(e: dict[str, Any]) -> None:
        next(a for a in e["actors"] if a["id"] == "united-states")["aliases"] = ["M\u0435xico"]

    def format_missing(e: dict[str, Any]) -> None:
        e.pop("format")

    def texts_list(e: dict[str, Any]) -> None:
        e["texts"] = []

    def quote_changed(e: dict[str, Any]) -> None:
        e["recommendations"][0]["evidence"][0]["text"] = "forged"

    return [
        ("export: duplicate id (would replace)", export_case(dup), ("used twice",)),
        (
            "export: dangling reference",
            export_case(_e("recommendations", 0, "addressees", ["nobody"])),
            ("unknown id",),
        ),
        (
            "export: id outside the grammar",
            export_case(_e("recommendations", 0, "id", "Bad Id")),
            ("id",),
        ),
        ("export: seed turned cited", export_case(cited), ("role",)),
        ("export: seed without seed record", export_case(no_seed), ("seed",)),
        ("export: a text for a cited work", export_case(extra_text), ("text",)),
        ("export: misplaced heading", export_case(heading), ("heading",)),
        ("export: section end wrong", export_case(section_end), ("ends",)),
        ("export: seed without positions", export_case(no_positions), ("every dimension",)),
        ("export: position of a cited work", export_case(position_other), ("source",)),
        ("export: confusable alias", export_case(alias), ("looks like",)),
        ("export: empty name", export_case(_e("places", 0, "name", "\u200b")), ("invisible",)),
        ("export: phase 0", export_case(_e("recommendations", 0, "phase", 0)), ("phase",)),
        ("export: format missing", export_case(format_missing), ("expected",)),
        ("export: texts a list", export_case(texts_list), ("texts",)),
        ("export: quote forged", export_case(quote_changed), ("does not match",)),
        ("export: not a mapping", lambda: corpus_from_json([]), ("mapping",)),  # type: ignore[arg-type]
    ]


# -- views and exports of hostile text ---------------------------------------------------------

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "![x](data:text/html,alert)",
    '<img alt="<" src=x onerror=alert(1)>',
    "`code` `` ``` break",
    "<svg/onload=alert(1)>",
    "<http://evil.example>",
    "a | b | c\n|---|\n| x |",
    "# heading\n\n> quote",
    "\x1b[31mred\x1b[0m \x1b]8;;http://x\x07link\x1b]8;;\x07",
    "\x07\x08\x7f\u009b",
    "$x^2$ and $\\frac{1",
    "&lt;script&gt; &#60;b&#62;",
    "<!-- comment --> ]]> <![CDATA[x]]>",
    "\u202eevil\u202c",
    "line\r\nbreak\u2028sep",
    "*b* _i_ ~~s~~ \\* \\",
    "{{ template }} {% tag %}",
]


def _hostile_corpus(text: str) -> binational.Corpus:
    from tests.test_hostile_views import corpus_with

    return corpus_with(text)


def view_case(text: str) -> Callable[[], None]:
    def run() -> None:
        from tests.test_hostile_views import BENIGN, _controls, as_html, corpus_with, shape, views

        benign = {
            (m, v): shape(as_html(m, o)) for m, v, o in views(corpus_with(BENIGN)) if m != "text"
        }
        for medium, view, out in views(corpus_with("zqxhostile " + text)):
            if medium == "text":
                if _controls(out):
                    raise Silent(f"{view}: control characters {_controls(out)[:3]}")
                continue
            extra = shape(as_html(medium, out)) - benign[medium, view]
            if extra:
                raise Silent(f"{medium} {view}: {sorted(extra)[:3]}")

    return run


def quotation_case(text: str) -> Callable[[], None]:
    def run() -> None:
        from tests.test_hostile_views import BENIGN, _controls, as_html, corpus_with, shape

        def draw(t: str) -> Any:
            c = corpus_with(t)
            return binational.quote(next(iter(c.recommendations)), corpus=c)  # type: ignore[attr-defined]

        q, b = draw("zqxhostile " + text), draw(BENIGN)
        for medium, out, base in (
            ("markdown", q.markdown(), b.markdown()),
            ("html", q._repr_html_(), b._repr_html_()),
        ):
            extra = shape(as_html(medium, out)) - shape(as_html(medium, base))
            if extra:
                raise Silent(f"Quotation {medium}: {sorted(extra)[:3]}")
        if _controls(str(q)):
            raise Silent("Quotation text: control characters")

    return run


def export_text_cases() -> list[Case]:
    def csv_formula(value: str) -> Callable[[], None]:
        def run() -> None:
            out = to_csv([{"a": value}])
            cell = out.splitlines()[1]
            if cell.lstrip('"').startswith(("=", "+", "-", "@")):
                raise Silent(f"formula written: {cell!r}")

        return run

    def ris_value(value: str) -> Callable[[], None]:
        def run() -> None:
            src = attrs.evolve(binational.load().sources.objects()[0], title=value)
            out = to_ris([src])
            if re.search(
                r"^(ER|TY|UR)  - ",
                out.split("TI  - ", 1)[1].split("\n", 1)[1].split("ER  -")[0],
                re.MULTILINE,
            ):
                raise Silent("RIS tag injected")

        return run

    def bib_value(value: str) -> Callable[[], None]:
        def run() -> None:
            src = attrs.evolve(binational.load().sources.objects()[0], title=value)
            out = to_bibtex([src])
            from pybtex.database import parse_string

            entries = parse_string(out, "bibtex").entries
            if len(entries) != 1 or any(
                k != "title" and "evil" in v for e in entries.values() for k, v in e.fields.items()
            ):
                raise Silent("BibTeX entry or field injected")
            if "\\input{" in out:
                raise Silent("\\input written raw")

        return run

    return [
        *(
            (f"csv: cell {v!r}", csv_formula(v), ())
            for v in ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=x", "\r=x"]
        ),
        *(
            (f"ris: title {v!r}", ris_value(v), ())
            for v in ["a\nER  - \nTY  - GEN", "b\r\nUR  - http://x", "c\u2028TY  - X"]
        ),
        *(
            (f"bibtex: title {v!r}", bib_value(v), ())
            for v in ["x}, author={evil", "\\input{/etc/passwd}", "}\n@misc{evil,"]
        ),
    ]


# -- the command line --------------------------------------------------------------------------


def cli_case(argv: list[str], code: int, words: tuple[str, ...]) -> Callable[[], None]:
    def run() -> None:
        from binational.cli import main

        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            got = main(argv)
        message = err.getvalue()
        if got != code:
            raise Silent(f"exit {got}, not {code}: {message[:200]}")
        if any(w not in message for w in words):
            raise ValueError(f"unclear: {message[:300]}")  # counted as unclear
        if any(ord(c) < 32 and c != "\n" for c in message):
            raise Silent("control characters in the message")
        if code:
            raise ValueError(message)  # a refusal: counted as refused

    return run


def cli_cases(tmp: Path) -> list[Case]:
    example = str(ROOT / "examples" / "memo-bundle")
    a, b = tmp / "a" / "memo-bundle", tmp / "b" / "memo-bundle"
    for d in (a, b):
        shutil.copytree(example, d)
    evil = tmp / "evil" / "memo-bundle"
    shutil.copytree(example, evil)
    (evil / "seeds" / "x\nok: fine.json").write_text("{}", encoding="utf-8")
    (evil / "seeds" / "y\x1b[2J.json").write_text("{}", encoding="utf-8")
    link = tmp / "link.json"
    link.symlink_to(tmp / "victim.json")
    (tmp / "victim.json").write_text("keep", encoding="utf-8")
    return [
        (
            "cli: bundle given twice",
            cli_case(["check", "--bundle", example, "--bundle", example], 2, ("given twice",)),
            ("given twice",),
        ),
        (
            "cli: bundles of the same name",
            cli_case(["check", "--bundle", str(a), "--bundle", str(b)], 2, (str(a.resolve()),)),
            (str(a.resolve()),),
        ),
        (
            "cli: --style /dev/zero",
            cli_case(
                ["cite", "nsc-phased-strategy", "--style", "/dev/zero"], 2, ("character device",)
            ),
            ("character device",),
        ),
        (
            "cli: --style a folder",
            cli_case(["cite", "nsc-phased-strategy", "--style", str(tmp)], 2, ("directory",)),
            ("directory",),
        ),
        (
            "cli: --style missing file",
            cli_case(
                ["cite", "nsc-phased-strategy", "--style", str(tmp / "x.csl")], 2, ("no such file",)
            ),
            ("no such file",),
        ),
        (
            "cli: export -o into a missing folder",
            cli_case(
                ["export", "json-schema", "-o", str(tmp / "missing" / "x.json")],
                1,
                (str(tmp / "missing"),),
            ),
            (str(tmp / "missing"),),
        ),
        (
            "cli: export -o onto a symlink",
            cli_case(["export", "json-schema", "-o", str(link)], 2, ("symbolic link",)),
            ("symbolic link",),
        ),
        (
            "cli: check with forged file names",
            cli_case(["check", "--bundle", str(evil)], 2, ("x\\nok: fine.json",)),
            ("x\\nok",),
        ),
        (
            "cli: unknown id",
            cli_case(["show", "nsc-phased-strateg"], 1, ("did you mean",)),
            ("did you mean",),
        ),
    ]


# -- plots -------------------------------------------------------------------------------------


def plot_case(family: str) -> Callable[[], None]:
    def run() -> None:
        import matplotlib as mpl

        mpl.use("Agg")
        import matplotlib.pyplot as plt

        from binational import Person, plot

        c = binational.load()
        kinds: dict[str, list[Any]] = {k.value: list(c.collection(k)) for k in binational.Kind}
        i = next(i for i, s in enumerate(kinds["sources"]) if s.id == "nsc-migration-policy-brief")
        kinds["sources"][i] = attrs.evolve(kinds["sources"][i], creators=(Person(family=family),))
        corpus = binational.Corpus(
            **kinds,
            texts={s.id: c.text(s.id) for s in c.seeds},
            sections={s.id: c.sections(s.id) for s in c.seeds},
        )
        ax: Any = plot.stances(compare.stances(corpus=corpus))
        try:
            ax.figure.canvas.draw()
            labels = [*ax.get_xticklabels(), ax.figure._supxlabel]
            if any(t._preprocess_math(t.get_text())[1] for t in labels):
                raise Silent("typeset as mathematics")
        finally:
            plt.close(ax.figure)

    return run


def main() -> None:
    """Run every case; print the findings and the counts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cases: list[Case] = [
            *bundle_cases(),
            *file_cases(),
            *export_cases(),
            *((f"views: {t!r}", view_case(t), ()) for t in HOSTILE),
            *((f"quotation: {t!r}", quotation_case(t), ()) for t in HOSTILE[:8]),
            *export_text_cases(),
            *cli_cases(Path(tmp)),
            *(
                (f"plot: author {f!r}", plot_case(f), ())
                for f in ["$x^2$", "$\\frac{1", "a $ b $ c", "\\$"]
            ),
        ]
        counts: Counter[str] = Counter()
        for name, run, words in cases:
            kind, detail = classify(run, words)
            if name.startswith("cli:") and kind == "unclear" and not detail.startswith("unclear"):
                kind = "refused"  # the CLI cases raise their own message to be counted
            counts[kind] += 1
            if args.verbose or kind not in ("refused", "correct"):
                print(f"{kind:8} {name}: {detail}")
    total = sum(counts.values())
    print(
        f"\n{total} cases: "
        + ", ".join(
            f"{counts[k]} {k}" for k in ("refused", "correct", "unclear", "silent", "crash", "hang")
        )
    )


if __name__ == "__main__":
    main()
