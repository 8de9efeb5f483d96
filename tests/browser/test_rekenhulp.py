"""The rekenhulp page in Chromium: the same answers as the vectors, by keyboard alone."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import PageVisit

VECTORS = json.loads((Path(__file__).parent.parent / "vectors/funding.json").read_text(encoding="utf-8"))
FIELDS = {"patienten": "#kbz-patienten", "aw": "#kbz-aw", "tarief": "#kbz-tarief"}


def read_outputs(visit: PageVisit) -> dict:
    return visit.page.evaluate(
        """() => {
        const get = k => document.querySelector(`[data-kbz="${k}"]`);
        const r = {aw_ion: get('aw_ion').dataset.waarde, budget: get('budget').dataset.waarde,
                   kosten: get('kosten').dataset.waarde, saldo: get('saldo').dataset.waarde,
                   past: get('past').dataset.waarde === 'true'};
        if (get('tarief').dataset.waarde) {
          r.tarief = get('tarief').dataset.waarde; r.tarief_afgerond = get('tarief').dataset.afgerond;
          r.binnen_bandbreedte = get('band').dataset.waarde === 'true';
        }
        return r; }"""
    )


def test_all_vectors_agree_with_the_page_to_the_cent(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "financiering/rekenhulp/")
    mismatches = []
    for vector in VECTORS:
        invoer = vector["invoer"]
        for name, selector in FIELDS.items():
            visit.page.fill(selector, str(invoer[name]).replace(".", ","))
        for discipline, value in invoer["fte"].items():
            visit.page.fill(f"#kbz-fte-{discipline}", value)
        got = read_outputs(visit)
        if got != vector["uitkomst"]:
            mismatches.append((invoer, got, vector["uitkomst"]))
    assert mismatches == []
    assert visit.console_errors == [] and visit.foreign_requests == []


def test_keyboard_alone_and_a_clear_dutch_message(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "financiering/rekenhulp/")
    # Rekenvoorbeeld 1 is filled in; the outcome shows without any input
    assert visit.page.locator("[data-kbz='budget']").inner_text() == "€ 87.990,00"
    visit.page.focus("#kbz-patienten")
    visit.page.keyboard.press("Tab")  # to the AW-percentage
    assert visit.page.evaluate("document.activeElement.id") == "kbz-aw"
    visit.page.keyboard.press("Control+A")
    visit.page.keyboard.type("45")
    visit.page.keyboard.press("Tab")
    visit.page.keyboard.press("Tab")  # past the tarief, to huisarts fte
    visit.page.keyboard.press("Control+A")
    visit.page.keyboard.type("0,4")
    visit.page.keyboard.press("Tab")
    visit.page.keyboard.press("Control+A")
    visit.page.keyboard.type("0,6")
    assert visit.page.locator("[data-kbz='tarief']").inner_text() == "€ 76,37, afgerond € 76"
    visit.page.focus("#kbz-aw")
    visit.page.keyboard.press("Control+A")
    visit.page.keyboard.type("120")
    assert visit.page.get_attribute("#kbz-aw", "aria-invalid") == "true"
    assert (
        "Percentage AW-ION: vul een getal van 0 tot 100 in." in visit.page.locator("[data-kbz='melding']").inner_text()
    )
    assert visit.page.locator("[data-kbz='budget']").inner_text() == "–"
