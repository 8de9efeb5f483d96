"""The map: each region is a link that works, by mouse and by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import PHONE, PageVisit


def test_map_region_link_opens_its_page(visit: PageVisit) -> None:
    page = visit.page
    page.goto(visit.base_url + "regios/")
    links = page.locator("figure.kbz-kaart svg a")
    assert links.count() == 7
    page.evaluate("() => { window.kbzZelfdePagina = true; }")
    page.locator("figure.kbz-kaart svg a", has_text="Rotterdam").click()
    page.wait_for_url("**/regios/rotterdam/")
    assert page.locator("article h1").inner_text().startswith("Rotterdam")
    assert page.evaluate("() => window.kbzZelfdePagina") is True  # instant navigation, no full load
    page.go_back()
    page.wait_for_url("**/regios/")
    page.locator("figure.kbz-kaart").wait_for()
    # Material still takes over ordinary links after a map link.
    page.locator("article a[href$='rotterdam/']:not(svg a)").first.click()
    page.wait_for_url("**/regios/rotterdam/")
    assert page.evaluate("() => window.kbzZelfdePagina") is True
    assert visit.console_errors == [] and visit.foreign_requests == []


def test_map_links_are_reachable_by_keyboard(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "regios/")
    first = visit.page.locator("figure.kbz-kaart svg a").first
    first.focus()
    assert visit.page.evaluate("document.activeElement.closest('figure.kbz-kaart') !== null")


@pytest.mark.parametrize("width", [360, 320])
def test_map_tap_targets_are_24_px_apart_and_cover_their_names(browser: object, site: Path, width: int) -> None:
    """WCAG 2.2 target size on a phone, measured with Chromium's own boxes and hit testing."""
    phone = PageVisit(browser, site, **{**PHONE, "viewport": {"width": width, "height": 740}})
    phone.page.goto(phone.base_url + "regios/")
    targets = phone.page.evaluate(
        """() => [...document.querySelectorAll('figure.kbz-kaart svg a')].map(a => {
            a.scrollIntoView({block: 'center'});  // elementFromPoint sees only the viewport
            const box = r => ({x: r.left, y: r.top, right: r.right, bottom: r.bottom});
            const area = box(a.querySelector('.kbz-plek-vlak').getBoundingClientRect());
            const name = box(a.querySelector('text').getBoundingClientRect());
            // what a finger at each corner of the name (just inside) and the centre of the area hits
            const hits = [[name.x + 1, name.y + 1], [name.right - 1, name.bottom - 1],
                          [(area.x + area.right) / 2, (area.y + area.bottom) / 2]]
                .map(([x, y]) => document.elementFromPoint(x, y)?.closest('a') === a);
            const onPage = {x: area.x, right: area.right, y: area.y + scrollY, bottom: area.bottom + scrollY};
            return {name: a.querySelector('title').textContent, area: onPage, hits};
        })"""
    )
    assert len(targets) == 7
    for t in targets:
        a = t["area"]
        assert a["right"] - a["x"] >= 24 and a["bottom"] - a["y"] >= 24, t
        assert t["hits"] == [True, True, True], t  # the name and the area tap the link, nothing covers them
    for i, t in enumerate(targets):
        for u in targets[i + 1 :]:
            a, b = t["area"], u["area"]
            apart = a["right"] <= b["x"] or b["right"] <= a["x"] or a["bottom"] <= b["y"] or b["bottom"] <= a["y"]
            assert apart, (t["name"], u["name"])
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= width
    phone.close()
