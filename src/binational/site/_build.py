"""Build the site: every page made in memory, then each file written atomically."""

from __future__ import annotations

import errno
import os
import tempfile
from importlib.resources import files
from pathlib import Path

from binational.corpus import Corpus
from binational.loader import load
from binational.model import Kind
from binational.site._compare import View, compare_page, views
from binational.site._documents import document_page, source_meta
from binational.site._facts import Facts
from binational.site._html import join, page, tag
from binational.site._objects import kind_page
from binational.site._search import search_index, search_page

__all__ = ["ASSETS", "build", "write_atomic"]

ASSETS = ("site.css", "site.js", "search.js")
"""The style sheet and scripts every site carries, from the package's ``assets``."""


def write_atomic(root: Path, relative: str, data: bytes) -> Path:
    """Write ``root/relative`` through a temporary file renamed into place.

    A reader sees the old file or the new one, never half of one. Nothing is written
    through a symbolic link: a link at the destination is replaced, not followed, and a
    folder inside ``root`` that is a link is refused (:exc:`OSError`). ``root`` itself
    is the caller's choice and may be a link.
    """
    target = root / relative
    folder = root
    for part in Path(relative).parts[:-1]:
        folder = folder / part
        if folder.is_symlink():
            raise OSError(
                errno.ELOOP, "refusing to write the site through a symbolic link", str(folder)
            )
        folder.mkdir(exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        temporary = Path(tmp)
        temporary.chmod(0o644)  # mkstemp makes it private; a web page is for reading
        temporary.replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _index_page(facts: Facts, compared: list[View]) -> str:
    corpus = facts.corpus
    docs = [
        tag(
            "li",
            None,
            tag("a", {"href": f"doc/{s.id}.html"}, s.title),
            tag("span", {"class": "meta"}, source_meta(s)),
            tag("span", {"class": "meta"}, f"{len(facts.spans(s.id))} quoted passages"),
        )
        for s in facts.seeds
    ]
    kinds = [
        tag(
            "li",
            None,
            tag("a", {"href": f"objects/{k.value}.html"}, k.value.capitalize()),
            f" ({len(corpus.collection(k))})",
        )
        for k in Kind
    ]
    views_ = [
        tag("li", None, tag("a", {"href": f"compare/{v.name}.html"}, v.title), f" — {v.about}")
        for v in compared
    ]
    n_quotes = sum(len(v) for v in facts.supports.values())
    body = join(
        [
            tag("h1", None, "The binational corpus"),
            tag(
                "p",
                {"class": "lead"},
                f"{len(facts.seeds)} documents on U.S.–Mexico border security, read as "
                f"{len(facts.kinds)} typed objects resting on {n_quotes} verbatim quotes. Every "
                "quote is highlighted in its document and links to what it supports.",
            ),
            tag("h2", {"id": "documents"}, "Documents"),
            tag("ul", {"class": "docs"}, *docs),
            tag("h2", {"id": "objects"}, "Objects"),
            tag("ul", {"class": "cols"}, *kinds),
            tag("h2", {"id": "compare"}, "Compare"),
            tag("ul", None, *views_),
            tag("h2", {"id": "search"}, "Search"),
            tag(
                "p",
                None,
                "Search passages and objects from the box at the top of every page, or on ",
                tag("a", {"href": "search.html"}, "the search page"),
                ".",
            ),
        ]
    )
    return page(title="The binational corpus", root="", body=body, current="home")


def build(out_dir: str | os.PathLike[str], *, corpus: Corpus | None = None) -> list[Path]:
    """Write a static site of the corpus to ``out_dir``; the files written.

    Open ``index.html`` in a browser: the site works from ``file://``, with no server
    and no network. It has a page per document (its text, every quote highlighted and
    linked to what it supports), a page per kind of object, the comparison views of
    :mod:`binational.compare` (every cell linked to its passages) and a search page.
    ``corpus`` is the packaged corpus unless given (e.g. ``binational.load(extra=...)``
    with bundles). Files are written atomically, never through a symbolic link.
    """
    if corpus is None:
        corpus = load()
    if not isinstance(corpus, Corpus):
        raise TypeError(f"corpus must be a Corpus, not {type(corpus).__name__}")
    facts = Facts(corpus)
    compared = list(views(facts))
    pages: dict[str, str] = {"index.html": _index_page(facts, compared)}
    for seed in facts.seeds:
        pages[f"doc/{seed.id}.html"] = document_page(facts, seed)
    for kind in Kind:
        pages[f"objects/{kind.value}.html"] = kind_page(facts, kind)
    for view in compared:
        pages[f"compare/{view.name}.html"] = compare_page(facts, view)
    pages["search.html"] = search_page()
    pages["search-index.js"] = search_index(facts)
    root = Path(out_dir)
    root.mkdir(parents=True, exist_ok=True)
    written = [write_atomic(root, name, text.encode("utf-8")) for name, text in pages.items()]
    assets = files("binational.site").joinpath("assets")
    written += [write_atomic(root, f"assets/{a}", assets.joinpath(a).read_bytes()) for a in ASSETS]
    return written
