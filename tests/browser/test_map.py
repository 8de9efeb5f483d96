"""The map: each region is a link that works, by mouse and by keyboard."""

from __future__ import annotations

from .conftest import PageVisit


def test_map_region_link_opens_its_page(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "regios/")
    links = visit.page.locator("figure.kbz-kaart svg a")
    assert links.count() == 7
    visit.page.locator("figure.kbz-kaart svg a", has_text="Rotterdam").click()
    visit.page.wait_for_url("**/regios/rotterdam/")
    assert visit.page.locator("article h1").inner_text().startswith("Rotterdam")
    assert visit.console_errors == [] and visit.foreign_requests == []


def test_map_links_are_reachable_by_keyboard(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "regios/")
    first = visit.page.locator("figure.kbz-kaart svg a").first
    first.focus()
    assert visit.page.evaluate("document.activeElement.closest('figure.kbz-kaart') !== null")
