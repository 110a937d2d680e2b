"""The site in a real browser (Chromium, headless, through Playwright), from file://.

Skipped, saying why, when Playwright or Chromium is not installed. Chromium is Debian's
(``apt-get install chromium``), at ``/usr/bin/chromium`` or ``$BINATIONAL_CHROMIUM``:
Playwright's own browser downloads are not used.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import binational
from binational import site

from .test_site_html import HOSTILE, hostile_bundle

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
)
CHROMIUM = Path(os.environ.get("BINATIONAL_CHROMIUM", "/usr/bin/chromium"))
if not CHROMIUM.is_file():
    pytest.skip(
        f"no Chromium at {CHROMIUM} (apt-get install chromium, or set BINATIONAL_CHROMIUM)",
        allow_module_level=True,
    )

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
WIDTHS = (1280, 390)
PAGE_TYPES = (
    "index.html",
    "doc/orion-2026-neighbor-in-focus.html",
    "objects/options.html",
    "compare/options.html",
    "compare/timeline.html",
    "search.html?q=border",
)
"""One page of each type, the widest of its type where they differ."""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    site.build(out)
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A page 1280 px wide that fails the test on any script error or console error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    tab.on(
        "request",
        lambda r: None if r.url.startswith("file://") else problems.append(f"network: {r.url}"),
    )
    yield tab
    context.close()
    assert problems == []


def url(out: Path, relative: str) -> str:
    """The file:// URL of a page of the site, its query or fragment kept."""
    path, rest = re.fullmatch(r"([^?#]*)(.*)", relative).groups()  # type: ignore[union-attr]
    return (out / path).as_uri() + rest


def in_viewport(locator: Any) -> bool:
    return bool(
        locator.evaluate(
            "e => { const r = e.getBoundingClientRect();"
            " return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0"
            " && r.right <= innerWidth; }"
        )
    )


class TestLinks:
    """A link to a passage opens its document with the passage in view and marked."""

    def test_stance_cell_opens_its_passage(self, out: Path, page: Any) -> None:
        """Following a stance cell's link shows its highlight, in the viewport, as targeted."""
        page.goto(url(out, "compare/stances.html"))
        link = page.locator("table.grid a.ev").nth(3)
        key = (link.get_attribute("href") or "").partition("#")[2]
        link.click()
        page.wait_for_url(re.compile(f"#{key}$"))
        page.wait_for_function("document.querySelector('mark.targeted') !== null")
        targeted = page.locator("mark.targeted")
        assert all(key in (m.get_attribute("data-q") or "").split() for m in targeted.all())
        first = targeted.first
        assert in_viewport(first)
        plain = page.locator("mark.q:not(.targeted)").first
        style = "e => getComputedStyle(e).backgroundColor"
        assert first.evaluate(style) != plain.evaluate(style)

    def test_highlight_shows_what_it_supports(self, out: Path, page: Any) -> None:
        """Keyboard focus on a highlight lists its objects; Enter enters, Escape leaves."""
        page.goto(url(out, "doc/nsc-migration-policy-brief.html"))
        mark = page.locator("mark.q").nth(5)
        mark.focus()
        pop = page.locator("#bn-pop")
        assert pop.is_visible()
        assert pop.locator("a").count() >= 1
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.closest('#bn-pop') !== null")
        page.keyboard.press("Escape")
        assert not pop.is_visible()
        assert page.evaluate("document.activeElement.tagName") == "MARK"

    def test_popover_link_opens_the_object(self, out: Path, page: Any) -> None:
        """A link in the list opens the object's entry on its kind's page."""
        page.goto(url(out, "doc/nsc-migration-policy-brief.html"))
        page.locator("mark.q").nth(5).hover()
        link = page.locator("#bn-pop a").first
        target = (link.get_attribute("href") or "").partition("#")[2]
        link.click()
        page.wait_for_url(re.compile(f"objects/.*#{target}$"))
        assert in_viewport(page.locator(f"[id='{target}'] h2"))


class TestSearch:
    """The search page finds words in passages and objects, from file://."""

    def test_search_and_follow_a_hit(self, out: Path, page: Any) -> None:
        """Searching a word lists passages with it; a hit opens the passage, in view."""
        page.goto(url(out, "search.html"))
        page.fill("#q", "Tijuana")
        page.keyboard.press("Enter")
        hit = page.locator("#hits-passages a").first
        hit.wait_for()
        assert "Tijuana" in page.locator("#hits-passages li").first.inner_text()
        anchor = (hit.get_attribute("href") or "").partition("#")[2]
        hit.click()
        page.wait_for_url(re.compile(f"#{anchor}$"))
        passage = page.locator(f"[id='{anchor}']")
        assert "Tijuana" in passage.inner_text()
        assert passage.evaluate("e => e.matches(':target')")

    def test_search_from_the_header(self, out: Path, page: Any) -> None:
        """The box on every page opens the search page with the hits for its words."""
        page.goto(url(out, "objects/actors.html"))
        page.fill("#q-top", "Mérida Initiative")
        page.keyboard.press("Enter")
        page.locator("#hits-objects a").first.wait_for()
        assert "Mérida Initiative" in page.locator("#hits-objects li").first.inner_text()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("relative", PAGE_TYPES)
def test_no_horizontal_scroll(out: Path, browser: Any, relative: str, width: int) -> None:
    """No page scrolls sideways, on a wide screen or a phone; wide tables scroll in place."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    tab = context.new_page()
    tab.goto(url(out, relative))
    tab.wait_for_load_state("load")
    sizes = tab.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    context.close()
    assert sizes[0] <= sizes[1]


class TestHostile:
    """A bundle's hostile names show as text: nothing of them runs or loads."""

    @pytest.fixture(scope="class")
    @classmethod
    def hostile(cls, tmp_path_factory: pytest.TempPathFactory) -> Path:
        root = tmp_path_factory.mktemp("hostile")
        out = root / "site"
        site.build(out, corpus=binational.load(extra=[hostile_bundle(root)]))
        return out

    @pytest.mark.parametrize(
        "relative", ["objects/actors.html", "doc/example-memo.html", "search.html?q=img"]
    )
    def test_shown_as_text(self, hostile: Path, page: Any, relative: str) -> None:
        """The name is on the page as text; no image, no dialog (the page fixture checks)."""
        page.goto(url(hostile, relative))
        page.wait_for_load_state("load")
        if relative.startswith("doc/"):
            page.locator("mark.q").last.hover()
        assert page.locator("img").count() == 0
        assert HOSTILE in page.locator("body").inner_text()
