"""Escaping for the site: markup in one place, script data in another, strangers' text as text."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import html5lib
import pytest

import binational
from binational import site
from binational.site._html import Safe, esc, join, script_json, tag

from .conftest import ROOT

HOSTILE = "<img src=x onerror=alert(1)>"
"""A name a bundle may give: it must show as these characters, never as an image."""

SCRIPT = "</script><script>alert(2)</script>"
HEADING = "Heading <b onmouseover=alert(3)>bold</b> & more"
OURS = {"assets/site.js", "../assets/site.js", "search-index.js", "assets/search.js"}


def _edit(path: Path, change: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def hostile_bundle(root: Path) -> Path:
    """The example bundle, its text, names, notes and URL written by someone hostile."""
    bundle = root / "hostile"
    shutil.copytree(ROOT / "examples" / "memo-bundle", bundle)
    text_path = bundle / "texts" / "example-memo.txt"
    text = text_path.read_text(encoding="utf-8")
    sentence = f"The council met {SCRIPT} and {HOSTILE} twice."
    heading_at = len(text)
    quote_at = heading_at + len(HEADING) + 1
    text += f"{HEADING}\n{sentence}\n"
    text_path.write_text(text, encoding="utf-8")

    def seed(data: dict[str, Any]) -> None:
        data["source"]["title"] = f"{HOSTILE} & “title”"
        data["source"]["url"] = "javascript:alert(4)"
        data["source"]["notes"] = [SCRIPT]
        data["source"]["seed"]["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        data["source"]["seed"]["bytes"] = len(text.encode("utf-8"))
        data["sections"].append({"title": HEADING, "start": heading_at})
        data["actors"][2]["evidence"].append(
            {"text": sentence, "start": quote_at, "end": quote_at + len(sentence)}
        )
        data["recommendations"][0]["summary"] = f"{SCRIPT} {HOSTILE}"

    def actors(data: dict[str, Any]) -> None:
        data["actors"][0]["name"] = HOSTILE
        data["actors"][0]["aliases"] = [SCRIPT]
        data["actors"][0]["notes"] = ['"><svg onload=alert(5)>']

    _edit(bundle / "seeds" / "100-example-memo.json", seed)
    _edit(bundle / "actors.json", actors)
    return bundle


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    corpus = binational.load(extra=[hostile_bundle(root)])
    out = root / "site"
    site.build(out, corpus=corpus)
    return out


def parse(path: Path) -> Element:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(path.read_bytes())


class TestEscape:
    """One function escapes markup; Safe marks what is already markup."""

    def test_esc(self) -> None:
        """The five characters that matter in text and attributes are escaped."""
        assert (
            esc("<a href=\"x\" title='y'>&")
            == "&lt;a href=&quot;x&quot; title=&#x27;y&#x27;&gt;&amp;"
        )

    def test_safe_is_not_escaped_twice(self) -> None:
        """Markup made by tag() goes into other markup as it is."""
        inner = tag("b", None, "<x>")
        assert tag("p", None, inner) == "<p><b>&lt;x&gt;</b></p>"

    def test_adding_text_to_markup_escapes_it(self) -> None:
        """Safe + str is markup: the str is escaped."""
        joined = tag("b", None, "a") + "<i>"
        assert isinstance(joined, Safe)
        assert joined == "<b>a</b>&lt;i&gt;"

    def test_attributes(self) -> None:
        """Attribute values are escaped; None and False drop an attribute, True writes it bare."""
        out = tag("a", {"href": '"><script>', "hidden": True, "title": None, "x": False}, "t")
        assert out == '<a href="&quot;&gt;&lt;script&gt;" hidden>t</a>'

    def test_join(self) -> None:
        """join() escapes text and its separator, keeps markup, leaves out None."""
        assert join([tag("b", None, "x"), None, "<y>"], ", ") == "<b>x</b>, &lt;y&gt;"

    @pytest.mark.parametrize("value", [SCRIPT, "<!-- x", "a\u2028b\u2029c", {"k": "&<>"}])
    def test_script_json(self, value: object) -> None:
        """Data in a script holds no < > & or line separator, and reads back the same."""
        out = script_json(value)
        assert not set("<>&\u2028\u2029") & set(out)
        assert value == json.loads(out)


class TestHostileBundle:
    """A bundle's names, titles, notes, URLs and text are shown as text on every page."""

    def pages(self, out: Path) -> list[Path]:
        return sorted(out.rglob("*.html"))

    def test_no_markup_from_data(self, hostile_site: Path) -> None:
        """No image, svg, frame, handler attribute or script of the data's making anywhere."""
        for page in self.pages(hostile_site):
            tree = parse(page)
            elements = list(tree.iter())
            assert not [e for e in elements if e.tag in ("img", "svg", "iframe", "object", "b")]
            assert not [(e.tag, a) for e in elements for a in e.attrib if a.startswith("on")]
            for s in tree.iter("script"):
                assert s.get("src") in OURS or s.get("type") == "application/json", page

    def test_no_script_urls(self, hostile_site: Path) -> None:
        """A ``javascript:`` URL from a bundle is shown, not linked."""
        for page in self.pages(hostile_site):
            hrefs = [e.get("href") or "" for e in parse(page).iter("a")]
            assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
        sources = parse(hostile_site / "objects" / "sources.html")
        assert "javascript:alert(4)" in "".join(sources.itertext())

    def test_names_show_as_text(self, hostile_site: Path) -> None:
        """The hostile name, title and heading read, as text, exactly as the bundle wrote them."""
        actors = "".join(parse(hostile_site / "objects" / "actors.html").itertext())
        assert HOSTILE in actors
        assert SCRIPT in actors
        doc = parse(hostile_site / "doc" / "example-memo.html")
        text = "".join(doc.itertext())
        assert f"{HOSTILE} & “title”" in text
        headings = ["".join(h.itertext()) for h in doc.iter("h2")]
        assert HEADING in headings

    def test_data_blocks_hold_the_data(self, hostile_site: Path) -> None:
        """The page's JSON block and the search index carry the hostile strings as data."""
        doc = parse(hostile_site / "doc" / "example-memo.html")
        block = next(e for e in doc.iter("script") if e.get("id") == "bn-data")
        data = json.loads(block.text or "")
        assert HOSTILE in [o[2] for o in data["objects"]]
        index = (hostile_site / "search-index.js").read_text(encoding="utf-8")
        assert "<" not in index
        found = json.loads(index.removeprefix("window.BN_INDEX = ").removesuffix(";\n"))
        assert any(HOSTILE in o[4] for o in found["objects"])
