"""The static site (binational.site): its pages, their links, the quotes they mark, its files."""

from __future__ import annotations

import collections
import functools
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element

import html5lib
import pytest

import binational
from binational import Kind, compare, site
from binational.cli import main
from binational.model import display_text
from binational.site._build import write_atomic
from binational.site._facts import Facts, quotes_of

BLOCKS = ("p", "h2", "td", "th")
"""The elements a quote's marks are split across when it spans more than one."""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("site")
    return out, site.build(out)


@pytest.fixture(scope="module")
def out(built: tuple[Path, list[Path]]) -> Path:
    return built[0]


@functools.cache
def parse(path: Path) -> Element:
    """A page parsed as the HTML5 parser of a browser does, refusing any parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(path.read_bytes())


@functools.cache
def ids_of(path: Path) -> frozenset[str]:
    return frozenset(e.get("id") or "" for e in parse(path).iter() if e.get("id"))


@functools.cache
def spans_of(path: Path) -> frozenset[str]:
    """The keys of every span marked on a page."""
    return frozenset(k for m, _, _ in marks(parse(path)) for k in (m.get("data-q") or "").split())


def classes(e: Element) -> list[str]:
    return (e.get("class") or "").split()


def visible_text(e: Element) -> str:
    """The text of ``e`` without what the style sheet hides (``.mk``)."""
    out = [e.text or ""]
    for child in e:
        if "mk" not in classes(child):
            out.append(visible_text(child))
        out.append(child.tail or "")
    return "".join(out)


def marks(e: Element, hidden: bool = False, block: Element | None = None) -> Any:
    """(mark, hidden by an ancestor, block it stands in) for every quote mark, in order."""
    hidden = hidden or "mk" in classes(e)
    if e.tag in BLOCKS:
        block = e
    if e.tag == "mark" and e.get("data-q"):
        yield e, hidden, block
        return
    for child in e:
        yield from marks(child, hidden, block)


def pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def norm(s: str) -> str:
    return " ".join(s.split())


class TestBuild:
    """build() writes one page per document, kind and view, the search page and the assets."""

    def test_files(self, built: tuple[Path, list[Path]], corpus: binational.Corpus) -> None:
        """Every file it returns exists, and every page a reader needs is among them."""
        out, files = built
        names = {p.relative_to(out).as_posix() for p in files}
        assert all(p.is_file() for p in files)
        expected = {
            "index.html",
            "search.html",
            "search-index.js",
            "assets/site.css",
            "assets/site.js",
            "assets/search.js",
            *(f"doc/{s.id}.html" for s in corpus.seeds),
            *(f"objects/{k.value}.html" for k in Kind),
            *(
                f"compare/{v}.html"
                for v in ("stances", "options", "themes", "timeline", "figures", "divergences")
            ),
            *(f"compare/framing-{a}.html" for a in compare.codebook().coded_actors),
        }
        assert expected == names

    def test_no_temporary_files_left(self, out: Path) -> None:
        """Only the site's files are left in the folder: no temporary file remains."""
        assert list(out.rglob(".*")) == []

    def test_corpus_must_be_a_corpus(self, tmp_path: Path) -> None:
        """A corpus argument that is not a Corpus is refused before anything is written."""
        with pytest.raises(TypeError, match="Corpus"):
            site.build(tmp_path / "x", corpus="packaged")  # type: ignore[arg-type]
        assert not (tmp_path / "x").exists()

    def test_package_data(self) -> None:
        """The page template, the style sheet and the scripts ship inside the package."""
        from importlib.resources import files

        from binational.site._build import ASSETS

        here = files("binational.site")
        assert here.joinpath("templates", "page.html").is_file()
        assert all(here.joinpath("assets", a).is_file() for a in ASSETS)

    def test_public_names(self) -> None:
        """binational.site holds build(), and nothing else."""
        assert site.__all__ == ["build"]


class TestPages:
    """Every page is HTML5 that parses without error, and every link on it resolves."""

    def test_every_page_parses_strictly(self, out: Path) -> None:
        """html5lib in strict mode (the HTML5 parsing algorithm, any parse error raised)."""
        for page in pages(out):
            parse(page)

    def test_ids_are_unique(self, out: Path) -> None:
        """No id is given twice on a page (a link to it would be ambiguous)."""
        for page in pages(out):
            ids = [e.get("id") for e in parse(page).iter() if e.get("id")]
            assert [i for i, n in collections.Counter(ids).items() if n > 1] == [], page

    def test_every_link_resolves(self, out: Path) -> None:
        """Every local href, src and action names a file of the site, and its fragment an id."""
        broken = []
        for page in pages(out):
            for e in parse(page).iter():
                for attr in ("href", "src", "action"):
                    url = e.get(attr)
                    if url is None or (e.tag == "a" and url.startswith(("http:", "https:"))):
                        continue
                    parts = urlsplit(url)
                    target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
                    if not target.is_file():
                        broken.append(f"{page.name}: {url}")
                    elif parts.fragment and unquote(parts.fragment) not in ids_of(target):
                        broken.append(f"{page.name}: {url} (no such id)")
        assert broken == []

    def test_no_network_resources(self, out: Path) -> None:
        """Scripts, styles and images are the site's own files: nothing is fetched."""
        for page in pages(out):
            for e in parse(page).iter():
                for attr in ("src", "href"):
                    url = e.get(attr) or ""
                    if e.tag != "a":
                        assert not urlsplit(url).scheme, (page, url)
        css = (out / "assets" / "site.css").read_text(encoding="utf-8")
        assert "url(" not in css
        assert "@import" not in css
        for js in (out / "assets").glob("*.js"):
            assert not re.search(r"fetch\(|XMLHttpRequest|https?://", js.read_text("utf-8"))

    def test_largest_page_is_at_most_2_mb(self, built: tuple[Path, list[Path]]) -> None:
        """No file of the packaged corpus's site is over 2 MB."""
        assert max(p.stat().st_size for p in built[1]) <= 2_000_000


class TestDocuments:
    """A document page holds the seed text, every quote marked at its offsets."""

    def test_every_quote_is_marked(self, out: Path, corpus: binational.Corpus) -> None:
        """Each quote's marks, in order, read as the quote verbatim and as its display text."""
        facts = Facts(corpus)
        wrong = []
        for seed in corpus.seeds:
            fragments = collections.defaultdict(list)
            for m, hidden, block in marks(parse(out / "doc" / f"{seed.id}.html")):
                for key in (m.get("data-q") or "").split():
                    shown = "" if hidden else visible_text(m)
                    fragments[key].append((id(block), "".join(m.itertext()), shown))
            for s in facts.supports[seed.id]:
                q = s.quote
                parts = fragments[f"q{q.start}-{q.end}"]
                full: list[str] = []
                shown: list[str] = []
                last = None
                for block, text, seen in parts:
                    if last is not None and block != last:  # a quote over two blocks
                        full.append(" ")
                        shown.append(" ")
                    full.append(text)
                    shown.append(seen)
                    last = block
                verbatim = (norm("".join(full)), norm(q.text))
                display = (norm("".join(shown)), display_text(q.text))
                if verbatim[0] != verbatim[1] or display[0] != display[1]:
                    wrong.append(f"{seed.id} [{q.start}:{q.end}] {display}")
        assert wrong == []

    def test_every_quote_of_every_object_is_counted(self, corpus: binational.Corpus) -> None:
        """The quotes the site marks are every quote in every object, nested ones included."""
        facts = Facts(corpus)
        nested = sum(len(list(quotes_of(o))) for c in corpus.collections().values() for o in c)
        assert nested == sum(len(v) for v in facts.supports.values())
        assert nested > sum(len(o.evidence) for c in corpus.collections().values() for o in c)

    @pytest.mark.parametrize("seed", ["orion-2026-neighbor-in-focus"])
    def test_overlapping_quotes_are_split(self, out: Path, seed: str) -> None:
        """Where quotes overlap, a mark lists every span it belongs to, and each span has an id."""
        page = parse(out / "doc" / f"{seed}.html")
        keys = [(m.get("data-q") or "").split() for m, _, _ in marks(page)]
        assert any(len(k) > 1 for k in keys)
        ids = {e.get("id") for e in page.iter()}
        assert {k for ks in keys for k in ks} <= ids

    def test_headings_are_the_sections(self, out: Path, corpus: binational.Corpus) -> None:
        """The text's headings are the seed's sections, in order, with the sections list."""
        for seed in corpus.seeds:
            page = parse(out / "doc" / f"{seed.id}.html")
            text = next(e for e in page.iter("div") if e.get("id") == "text")
            headings = [norm("".join(h.itertext())) for h in text.iter("h2")]
            assert [s.title for s in corpus.sections(seed)] == headings

    def test_markup_is_hidden_not_dropped(self, out: Path) -> None:
        r"""The seed's ``\$`` and ``[label](#)`` markup is in the page, inside hidden spans."""
        seed = "orion-2026-neighbor-in-focus"
        page = parse(out / "doc" / f"{seed}.html")
        text = next(e for e in page.iter("div") if e.get("id") == "text")
        hidden = ["".join(e.itertext()) for e in text.iter() if "mk" in classes(e)]
        assert "\\" in hidden
        assert "](#)" in hidden
        assert "\\$" not in visible_text(text)

    def test_every_mark_says_what_it_supports(self, out: Path, corpus: binational.Corpus) -> None:
        """The page's data lists, for each span a mark belongs to, the objects it supports."""
        import json

        for seed in corpus.seeds:
            page = parse(out / "doc" / f"{seed.id}.html")
            block = next(e for e in page.iter("script") if e.get("id") == "bn-data")
            data = json.loads(block.text or "")
            keys = {k for m, _, _ in marks(page) for k in (m.get("data-q") or "").split()}
            assert keys == set(data["spans"])
            assert all(data["spans"][k] for k in keys)


class TestViews:
    """A comparison page links every cell that has quotes to each of its passages."""

    @pytest.mark.parametrize("name", ["stances", "options", "themes", "timeline", "figures"])
    def test_cells_link_to_their_passages(self, out: Path, name: str) -> None:
        """Each cell with quotes has a link per distinct quote, to a mark of that span."""
        table = {
            "stances": compare.stances,
            "options": compare.options,
            "themes": compare.themes,
            "timeline": compare.timeline,
            "figures": compare.figures,
        }[name]().table()
        expected = sum(
            len({(q.source, q.start, q.end) for q in c.quotes}) for r in table.rows for c in r
        )
        page = parse(out / "compare" / f"{name}.html")
        cells = [c for c in page.iter() if c.tag in ("td", "th") and c.find("ul") is not None]
        assert cells
        for cell in cells:
            for a in (a for a in cell.iter("a") if "ev" in classes(a)):
                path, _, key = (a.get("href") or "").partition("#")
                assert key in spans_of((out / "compare" / path).resolve()), a.get("href")
        assert expected == sum(1 for a in page.iter("a") if "ev" in classes(a))


class TestFiles:
    """Files are written atomically and never through a symbolic link."""

    def test_link_at_the_destination_is_replaced(self, tmp_path: Path) -> None:
        """A symbolic link where a page goes is replaced by the page; its target is untouched."""
        victim = tmp_path / "victim.txt"
        victim.write_text("keep", encoding="utf-8")
        out = tmp_path / "site"
        out.mkdir()
        (out / "index.html").symlink_to(victim)
        write_atomic(out, "index.html", b"<!DOCTYPE html>")
        assert victim.read_text(encoding="utf-8") == "keep"
        assert not (out / "index.html").is_symlink()
        assert (out / "index.html").read_bytes() == b"<!DOCTYPE html>"

    def test_linked_folder_is_refused(self, tmp_path: Path) -> None:
        """A folder of the site that is a symbolic link is not written through."""
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        out = tmp_path / "site"
        out.mkdir()
        (out / "doc").symlink_to(elsewhere, target_is_directory=True)
        with pytest.raises(OSError, match="symbolic link"):
            write_atomic(out, "doc/a.html", b"x")
        assert list(elsewhere.iterdir()) == []

    def test_rebuild_replaces_pages(self, tmp_path: Path) -> None:
        """A page is replaced whole, readable by others, with no temporary file left behind."""
        write_atomic(tmp_path, "a/b.html", b"old")
        path = write_atomic(tmp_path, "a/b.html", b"new")
        assert path.read_bytes() == b"new"
        assert path.stat().st_mode & 0o777 == 0o644
        assert [p.name for p in (tmp_path / "a").iterdir()] == ["b.html"]


class TestCommand:
    """``binational site -o DIR [--bundle PATH]`` builds the site."""

    def test_site(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """It writes the site and says where to open it."""
        assert main(["site", "-o", str(tmp_path / "out")]) == 0
        assert (tmp_path / "out" / "index.html").is_file()
        assert "index.html" in capsys.readouterr().out

    def test_site_with_a_bundle(self, tmp_path: Path) -> None:
        """A bundle's document gets its page beside the packaged ones."""
        from .conftest import ROOT

        bundle = ROOT / "examples" / "memo-bundle"
        assert main(["site", "-o", str(tmp_path), "--bundle", str(bundle)]) == 0
        assert (tmp_path / "doc" / "example-memo.html").is_file()

    def test_output_is_required(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without -o it is a usage error (status 2)."""
        with pytest.raises(SystemExit) as info:
            main(["site"])
        assert info.value.code == 2
        assert "-o" in capsys.readouterr().err

    def test_linked_folder(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A folder of the site that is a link is an error in one line, status 1."""
        (tmp_path / "elsewhere").mkdir()
        (tmp_path / "out").mkdir()
        (tmp_path / "out" / "doc").symlink_to(tmp_path / "elsewhere")
        assert main(["site", "-o", str(tmp_path / "out")]) == 1
        assert "symbolic link" in capsys.readouterr().err
