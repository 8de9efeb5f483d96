"""Every page of the real site in Chromium: 200, no console error, no foreign request, no axe violation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import PageVisit, sitemap_paths
from .toegankelijkheid import AXE_VERSIE, MEETING, SCHERMEN, audit


@pytest.fixture(scope="session")
def all_paths(site: Path) -> list[str]:
    return sitemap_paths(site)


def test_sitemap_lists_the_pages(all_paths: list[str]) -> None:
    assert "" in all_paths and "samenwerking/de-nieuwe-ggz/" in all_paths


@pytest.mark.parametrize("screen", SCHERMEN)
def test_every_page_is_clean(browser: Any, site: Path, all_paths: list[str], screen: str) -> None:
    """Status 200, no console error, no foreign request, no axe violation, nothing wider than the screen;
    and the accessibility statement's figures for this screen are what this run finds."""
    found = audit(browser, site, all_paths, screen)
    assert found.problemen == {}
    meting = MEETING.read_text(encoding="utf-8")
    hint = f"{MEETING.name} is not up to date: run `.venv/bin/python bench/toegankelijkheid.py`"
    assert found.rij() in meting.splitlines(), hint
    assert f"axe-core {AXE_VERSIE}" in meting, hint


def test_flowchart_shows_after_instant_navigation(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "samenwerking/")  # a page without a diagram
    visit.page.click("article a[href$='de-nieuwe-ggz/']")  # instant navigation: no full load
    visit.page.wait_for_selector(".kbz-stroomschema svg")
    assert visit.page.locator(".kbz-stroomschema svg .node").count() == 6
    assert visit.loads == 1
    assert visit.foreign_requests == [] and visit.console_errors == []


def test_dutch_search_finds_another_form_of_a_word(visit: PageVisit, site: Path) -> None:
    visit.page.goto(visit.base_url)
    visit.page.click("input.md-search__input")
    visit.page.keyboard.type("samenwerken")
    visit.page.wait_for_selector(".md-search-result__item", timeout=15_000)
    hrefs = visit.page.eval_on_selector_all(".md-search-result__link", "els => els.map(e => e.getAttribute('href'))")
    pages = {h.split("#")[0].split("?")[0].replace(visit.base_url, "") for h in hrefs}
    texts = {p: (site / p / "index.html").read_text(encoding="utf-8").lower() for p in pages}
    # stemming, not spelling: a page that says "samenwerking" but never "samenwerken"
    assert any("samenwerking" in t and "samenwerken" not in t for t in texts.values()), pages


def test_print_drops_navigation_and_search(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "samenwerking/de-nieuwe-ggz/")
    visit.page.emulate_media(media="print")
    hidden = visit.page.evaluate(
        """sels => sels.map(s => [...document.querySelectorAll(s)]
            .every(e => getComputedStyle(e).display === 'none'))""",
        [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search", ".md-footer"],
    )
    assert hidden == [True] * 5
    assert visit.page.locator("article h1").is_visible()
