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
    page = phone.page
    page.goto(phone.base_url + "samenwerking/de-nieuwe-ggz/")
    abbr = page.locator("article p abbr", has_text="DNG").first
    abbr.tap()
    box = page.locator(".kbz-uitleg:not([hidden])")
    box.wait_for(timeout=5_000)
    assert "De Nieuwe GGZ" in box.inner_text()
    # Described by the box while it shows, and no second (browser) tooltip from the title.
    assert abbr.get_attribute("aria-describedby") == "kbz-uitleg" and abbr.get_attribute("title") is None
    left, right = page.evaluate(
        "() => { const r = document.querySelector('.kbz-uitleg').getBoundingClientRect(); return [r.left, r.right]; }"
    )
    assert left >= 0 and right <= 360  # on the screen of a phone
    assert phone.axe_violations() == []
    page.keyboard.press("Escape")  # WCAG 1.4.13: dismissible
    box.wait_for(state="hidden")
    assert abbr.get_attribute("title") == "De Nieuwe GGZ" and abbr.get_attribute("aria-describedby") is None
    abbr.tap()
    box.wait_for()
    page.touchscreen.tap(3, 400)  # a tap elsewhere (the page's margin) closes it
    box.wait_for(state="hidden")
    assert phone.console_errors == []


def test_abbreviation_explains_itself_after_instant_navigation_and_on_hover(visit: PageVisit) -> None:
    page = visit.page
    page.goto(visit.base_url + "samenwerking/")
    page.evaluate("() => { window.kbzZelfdePagina = true; }")
    page.locator("article a[href$='de-nieuwe-ggz/']").first.click()
    page.wait_for_url("**/de-nieuwe-ggz/")
    assert page.evaluate("() => window.kbzZelfdePagina") is True  # instant navigation: no full load
    abbr = page.locator("article p abbr", has_text="DNG").first
    abbr.hover()
    box = page.locator(".kbz-uitleg:not([hidden])")
    box.wait_for(timeout=5_000)
    assert "De Nieuwe GGZ" in box.inner_text()
    box.hover()  # WCAG 1.4.13: the pointer can move onto it
    assert box.is_visible()
    page.mouse.move(5, 5)
    box.wait_for(state="hidden")


def test_dark_mode_follows_the_device(browser: Any, site: Any) -> None:
    visit = PageVisit(browser, site, color_scheme="dark")
    visit.page.goto(visit.base_url)
    assert visit.page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    assert visit.axe_violations() == []
    visit.page.locator("article abbr").first.click()  # an abbreviation's explanation, in dark colours
    visit.page.locator(".kbz-uitleg:not([hidden])").wait_for()
    assert visit.axe_violations() == []
    visit.close()


def test_abbreviation_explanation_stays_while_the_pointer_moves_onto_it(visit: PageVisit) -> None:
    # WCAG 1.4.13 (hoverable): a real pointer crosses the text between the abbreviation and the
    # box on its way there; the box must not vanish on the way (Material's tooltips waited 250 ms).
    page = visit.page
    page.goto(visit.base_url + "samenwerking/de-nieuwe-ggz/")
    abbr = page.locator("article p abbr", has_text="DNG").first
    abbr.scroll_into_view_if_needed()
    a = abbr.bounding_box()
    assert a is not None
    page.mouse.move(a["x"] + a["width"] / 2, a["y"] + a["height"] / 2)
    box = page.locator(".kbz-uitleg:not([hidden])")
    box.wait_for(timeout=5_000)
    b = box.bounding_box()
    assert b is not None
    page.mouse.move(b["x"] + 10, b["y"] + b["height"] / 2, steps=20)  # through the line below the abbreviation
    page.wait_for_timeout(600)  # longer than any grace period
    assert box.is_visible()
    page.mouse.move(b["x"] + b["width"] + 40, b["y"] + b["height"] + 80, steps=5)  # away from both
    box.wait_for(state="hidden", timeout=5_000)
    assert visit.console_errors == []
