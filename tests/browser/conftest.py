"""Browser tests on the live host: Debian's Chromium sees the built site at its site_url.

Playwright answers every request for https://kbz-site.netlify.app/ from the built site
directory, with the headers netlify.toml sets for that path (the CSP included) and
Netlify's 404 page. Material's instant navigation only switches on when the page's
host is the site_url host, so only this way do clicks behave as they do for users.
Every request to another host is recorded and aborted: it never leaves the machine.
"""

from __future__ import annotations

import mimetypes
import os
import re
import time
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from ..support import ROOT

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
_SITE_URL = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
assert _SITE_URL, "mkdocs.yml has a site_url"
SITE_URL = _SITE_URL.group(1)
HOST = urlsplit(SITE_URL).netloc
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


class Netlify:
    """What Netlify answers for a path: netlify.toml's [[headers]] and its 404 redirect."""

    def __init__(self, toml: Path = ROOT / "netlify.toml") -> None:
        config = tomllib.loads(toml.read_text(encoding="utf-8"))
        # Netlify's "*" matches anything, slashes included.
        self.rules = [
            (re.compile("^" + ".*".join(map(re.escape, rule["for"].split("*"))) + "$"), rule["values"])
            for rule in config.get("headers", [])
        ]
        self.not_found = next(
            (r["to"] for r in config.get("redirects", []) if r.get("status") == 404 and r["from"] == "/*"), None
        )

    def headers(self, path: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for pattern, values in self.rules:
            if pattern.match(path):
                found.update({name: str(value) for name, value in values.items()})
        return found


NETLIFY = Netlify()


def answer(site: Path, url: str) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body Netlify would send for ``url`` from the built ``site``."""
    path = unquote(urlsplit(url).path) or "/"
    file = (site / path.lstrip("/")).resolve()
    if site.resolve() not in (file, *file.parents):
        file = site / "__outside__"
    if file.is_dir() and not path.endswith("/"):
        return 301, {"Location": path + "/"}, b""  # pretty URLs, as Netlify
    if file.is_dir():
        file = file / "index.html"
    status = 200
    if not file.is_file():
        status, path = 404, NETLIFY.not_found or "/404.html"
        file = site / path.lstrip("/")
        if not file.is_file():
            return 404, {"Content-Type": "text/plain"}, b"Not Found"
    kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in ("application/javascript", "application/json", "image/svg+xml"):
        kind += "; charset=utf-8"
    return status, {"Content-Type": kind, **NETLIFY.headers(path)}, file.read_bytes()


class LiveSite:
    """A browser context that sees ``site`` at the site_url host; foreign requests recorded, aborted."""

    def __init__(self, browser: object, site: Path, **context_options: object) -> None:
        self.site = site
        self.base_url = SITE_URL
        self.foreign_requests: list[str] = []
        self.context = browser.new_context(ignore_https_errors=True, **context_options)  # type: ignore[attr-defined]
        self.context.route("**/*", self._route)

    def _route(self, route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if urlsplit(url).netloc != HOST:
            self.foreign_requests.append(url)
            route.abort()  # type: ignore[attr-defined]
            return
        status, headers, body = answer(self.site, url)
        route.fulfill(status=status, headers=headers, body=body)  # type: ignore[attr-defined]


class PageVisit(LiveSite):
    """One page in a fresh live-host context: what it logged, what it requested, full loads."""

    def __init__(self, browser: object, site: Path, **context_options: object) -> None:
        super().__init__(browser, site, **context_options)
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.loads = 0  # `load` events: full page loads, not instant navigations
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        self.page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        self.page.on("load", lambda _: setattr(self, "loads", self.loads + 1))

    def wait_until(self, function: str, arg: object = None, timeout: float = 10.0) -> None:
        """Poll a JS function until it returns true (wait_for_function needs eval, which the CSP forbids)."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(function, arg):
            if time.monotonic() > deadline:
                raise AssertionError(f"not true within {timeout} s: {function}")
            self.page.wait_for_timeout(100)

    def axe_violations(self) -> list[dict]:
        # The page as a user meets it: painted at least once, so what scripts do after layout
        # (assets/kbz/tabellen.js labels the tables that scroll) has been done.
        self.page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        if not self.page.evaluate("() => typeof axe === 'object'"):  # not put in every page (with_axe)
            self.page.evaluate(AXE.read_text(encoding="utf-8"))
        # Only the violations come back: axe's whole result (every passed check with its nodes)
        # is megabytes for Playwright to carry over and parse.
        return self.page.evaluate(
            """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}}).then(result =>
                result.violations.map(v => ({id: v.id, nodes: v.nodes.slice(0, 5).map(n => n.target)})))""",
            WCAG_TAGS,
        )

    def with_axe(self) -> PageVisit:
        """axe-core in every page this visit opens, before the page's own scripts (an audit of many pages)."""
        self.context.add_init_script(path=str(AXE))
        return self

    def close(self) -> None:
        self.context.close()


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


def sitemap_paths(site: Path) -> list[str]:
    """Every page in the sitemap, as a path below the site root."""
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.parse(site / "sitemap.xml").getroot()
    return [urlsplit(loc.text or "").path.lstrip("/") for loc in root.findall("s:url/s:loc", ns)]


@pytest.fixture
def visit(browser: object, site: Path) -> Iterator[PageVisit]:
    visit = PageVisit(browser, site)
    yield visit
    visit.close()


@pytest.fixture
def phone(browser: object, site: Path) -> Iterator[PageVisit]:
    """A 360 px wide touch screen."""
    visit = PageVisit(browser, site, **PHONE)
    yield visit
    visit.close()
