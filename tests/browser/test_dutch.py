"""The interface speaks Dutch: the 404 page helps on, the search dialog has a name, abbreviations explain on tap."""

from __future__ import annotations

from typing import Any

from .conftest import PageVisit


def test_unknown_address_gets_a_dutch_page_with_search_and_links(visit: PageVisit) -> None:
    response = visit.page.goto(visit.base_url + "bestaat/niet/")
    assert response is not None and response.status == 404
    visit.console_errors.clear()  # Chromium logs the 404 status itself
    assert visit.page.locator("article h1").inner_text() == "Pagina niet gevonden"
    assert "Not found" not in visit.page.content()
    links = visit.page.eval_on_selector_all("article a", "as => as.map(a => new URL(a.href).pathname)")
    assert {"/themas/", "/regios/", "/financiering/"} <= set(links)
    visit.page.fill("#kbz-zoek-404", "solk")
    visit.page.click(".kbz-zoek-404 button")
    visit.page.wait_for_selector(".md-search-result__item")  # Material opens its search with ?q=
    assert visit.axe_violations() == []
    assert visit.console_errors == [] and visit.foreign_requests == []


def test_search_dialog_has_an_accessible_name(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url)
    assert visit.page.get_attribute(".md-search[role='dialog']", "aria-label") == "Zoeken op de site"


def test_abbreviation_explains_itself_on_tap(phone: PageVisit) -> None:
    phone.page.goto(phone.base_url + "samenwerking/de-nieuwe-ggz/")
    phone.page.locator("article p abbr", has_text="DNG").first.tap()
    tooltip = phone.page.locator(".md-tooltip2--active, .md-tooltip--active").first
    tooltip.wait_for(timeout=5_000)
    assert "De Nieuwe GGZ" in tooltip.inner_text()


def test_dark_mode_follows_the_device(browser: Any, site: Any) -> None:
    visit = PageVisit(browser, site, color_scheme="dark")
    visit.page.goto(visit.base_url)
    assert visit.page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    assert visit.axe_violations() == []
    visit.close()
