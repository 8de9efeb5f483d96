"""On a 360 px phone: tables scroll inside themselves, reachable by keyboard; addresses stay whole."""

from __future__ import annotations

from .conftest import PageVisit


def test_a_table_wider_than_the_screen_scrolls_and_is_reachable_by_keyboard(phone: PageVisit) -> None:
    phone.page.goto(phone.base_url + "financiering/drie-segmenten/")
    wrapper = phone.page.locator("article .md-typeset__scrollwrap").first
    assert wrapper.evaluate("e => e.scrollWidth > e.clientWidth")  # it does not fit: it scrolls
    # labelled once laid out (a ResizeObserver in assets/kbz/tabellen.js), without forcing a layout
    phone.wait_until("() => document.querySelector('article .md-typeset__scrollwrap').getAttribute('role')")
    assert wrapper.get_attribute("tabindex") == "0" and wrapper.get_attribute("role") == "region"
    assert wrapper.get_attribute("aria-label").startswith("Tabel: Het 3-segmentenmodel")
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= 360
    assert phone.axe_violations() == []
    # turned to a wide screen, the table fits: no longer a stop for the keyboard
    phone.page.set_viewport_size({"width": 1280, "height": 800})
    phone.wait_until("() => !document.querySelector('article .md-typeset__scrollwrap').hasAttribute('tabindex')")


def test_plugin_tables_get_the_table_look_and_the_scroll_container(phone: PageVisit) -> None:
    phone.page.goto(phone.base_url + "regios/utrecht-overvecht/")
    table = phone.page.locator("table.kbz-contactblad")
    assert table.evaluate("t => t.closest('.md-typeset__scrollwrap') !== null")
    assert table.evaluate("t => getComputedStyle(t).borderTopStyle") == "solid"
    email = table.locator("a[href^='mailto:']").first
    assert len(email.evaluate("a => [...a.getClientRects()]")) == 1  # the address on one line, not in pieces
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= 360


def test_instant_navigation_labels_tables_on_the_new_page(phone: PageVisit) -> None:
    phone.page.goto(phone.base_url + "financiering/")
    phone.page.locator("article a[href$='drie-segmenten/']").first.tap()
    phone.page.wait_for_url("**/financiering/drie-segmenten/")
    phone.wait_until(
        "() => document.querySelector('article .md-typeset__scrollwrap')?.getAttribute('role') === 'region'"
    )
    assert phone.loads == 1


def test_map_names_are_the_tap_targets(phone: PageVisit) -> None:
    phone.page.goto(phone.base_url + "regios/")
    phone.page.locator("figure.kbz-kaart svg a", has_text="Utrecht Ondiep").locator("text").tap()
    phone.page.wait_for_url("**/regios/utrecht-ondiep/")


BUDGET = "document.querySelector('[data-kbz=budget]')?.dataset.waarde === '87990.00'"


def test_rekenhulp_script_loads_only_on_its_pages_and_works_after_going_away_and_back(phone: PageVisit) -> None:
    scripts = "() => performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('rekenhulp.js'))"
    phone.page.goto(phone.base_url + "financiering/")
    assert phone.page.evaluate(scripts) == []  # about 10 KB less on every other first view
    # Full load of the rekenhulp: its script runs before Material's bundle, document$ comes later.
    phone.page.goto(phone.base_url + "financiering/rekenhulp/")
    phone.wait_until(f"() => {BUDGET}")
    phone.page.locator("article a[href$='rekenvoorbeelden/']").first.tap()  # away, by instant navigation
    phone.page.wait_for_url("**/financiering/rekenvoorbeelden/")
    phone.page.go_back()  # back, by instant navigation: a new form, computed again
    phone.page.wait_for_url("**/financiering/rekenhulp/")
    phone.wait_until(f"() => document.querySelector('form[data-kbz-rekenhulp]')?.dataset.kbzKlaar === '1' && {BUDGET}")
    # the verdeelhulp (from the menu, folded away on a phone): the same script, which runs once
    phone.page.evaluate("document.querySelector('.md-nav a[href$=\"verdeling/\"]').click()")
    phone.page.wait_for_url("**/financiering/verdeling/")
    phone.wait_until("() => document.querySelector('form[data-kbz-verdeelhulp]')?.dataset.kbzKlaar === '1'")
    assert phone.loads == 2  # the two goto() calls; every other page came by instant navigation
    assert phone.console_errors == [] and phone.foreign_requests == []


# Every scroll container is a keyboard stop exactly when it scrolls (assets/kbz/tabellen.js).
LABELS_MATCH = """() => {
  const w = [...document.querySelectorAll('article .md-typeset__scrollwrap')];
  return w.length > 0 && w.every(e => (e.scrollWidth > e.clientWidth + 1) === (e.getAttribute('tabindex') === '0'));
}"""


def test_tables_are_keyboard_stops_exactly_when_they_scroll_after_turning_and_going_back(phone: PageVisit) -> None:
    # Attack session 2026-11-30: the ResizeObserver labelling was tested one way (narrow to wide) and on a
    # first instant navigation; here turned back, to another page with tables, and back again.
    page = phone.page
    page.goto(phone.base_url + "financiering/drie-segmenten/")
    phone.wait_until(LABELS_MATCH)
    page.set_viewport_size({"width": 1280, "height": 800})
    phone.wait_until(LABELS_MATCH)
    page.set_viewport_size({"width": 360, "height": 740})
    phone.wait_until(
        "() => document.querySelector('article .md-typeset__scrollwrap').getAttribute('role') === 'region'"
    )
    phone.wait_until(LABELS_MATCH)
    page.goto(phone.base_url + "financiering/")
    page.locator("article a[href$='drie-segmenten/']").first.tap()  # instant navigation
    page.wait_for_url("**/financiering/drie-segmenten/")
    phone.wait_until(LABELS_MATCH)
    page.go_back()
    page.wait_for_url("**/financiering/")
    page.go_forward()
    page.wait_for_url("**/financiering/drie-segmenten/")
    phone.wait_until(LABELS_MATCH)
    page.set_viewport_size({"width": 740, "height": 360})  # turned sideways after going back and forth
    phone.wait_until(LABELS_MATCH)
    assert phone.loads == 2  # the two goto's; the rest was instant navigation
    page.goto(phone.base_url + "regios/utrecht-overvecht/")  # a plugin table (kbz-contactblad)
    phone.wait_until(LABELS_MATCH)
    page.set_viewport_size({"width": 360, "height": 740})
    phone.wait_until(LABELS_MATCH)
