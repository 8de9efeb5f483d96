"""Browser tests: Debian's Chromium driven by Playwright, the built site on 127.0.0.1."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ..support import ROOT, serve

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = ROOT / "node_modules/axe-core/axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
OPEN_SHADOW_ROOTS = """
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { return attach.call(this, {...init, mode: "open"}); };
"""


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        message = "Debian's Chromium is missing: apt-get install chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(message)  # never skipped in CI
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


def sitemap_paths(site: Path) -> list[str]:
    """Every page in the sitemap, as a path below the site root."""
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.parse(site / "sitemap.xml").getroot()
    return [urlsplit(loc.text or "").path.lstrip("/") for loc in root.findall("s:url/s:loc", ns)]


class PageVisit:
    """One page in a fresh context: what it logged, what it requested."""

    def __init__(self, browser: object, base_url: str) -> None:
        self.context = browser.new_context()  # type: ignore[attr-defined]
        # Material draws diagrams in a closed shadow root; open it so tests and axe can see the SVG.
        self.context.add_init_script(OPEN_SHADOW_ROOTS)
        self.page = self.context.new_page()
        self.base_url = base_url
        self.console_errors: list[str] = []
        self.foreign_requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        self.page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        self.page.on("request", self._request)
        # Anything for another host is recorded above and never leaves the machine.
        self.context.route(re.compile(r"^(?!http://127\.0\.0\.1[:/])"), lambda route: route.abort())

    def _request(self, request: object) -> None:
        url = request.url  # type: ignore[attr-defined]
        if not url.startswith(("http://127.0.0.1:", "data:", "blob:")):
            self.foreign_requests.append(url)

    def axe_violations(self) -> list[dict]:
        self.page.evaluate(AXE.read_text(encoding="utf-8"))
        result = self.page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
        return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: object, base_url: str) -> Iterator[PageVisit]:
    visit = PageVisit(browser, base_url)
    yield visit
    visit.close()
