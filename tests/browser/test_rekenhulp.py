"""The rekenhulp page in Chromium: the same grammar and answers as the engine (shared vectors),
the inzet and Rotterdam questions, inputs in the address, by keyboard alone."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

from .conftest import PageVisit

VECTORS_DIR = Path(__file__).parent.parent / "vectors"
VECTORS = json.loads((VECTORS_DIR / "funding.json").read_text(encoding="utf-8"))
GETALLEN = json.loads((VECTORS_DIR / "getallen.json").read_text(encoding="utf-8"))
MODULES = json.loads((VECTORS_DIR / "modules.json").read_text(encoding="utf-8"))
FIELDS = {"patienten": "#kbz-patienten", "aw": "#kbz-aw", "tarief": "#kbz-tarief"}
PAGE = "financiering/rekenhulp/"


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
          r.tarief_tekst = get('tarief').dataset.tekst;
        }
        return r; }"""
    )


def text(visit: PageVisit, key: str) -> str:
    return visit.page.locator(f"[data-kbz='{key}']").inner_text()


def test_the_grammar_reads_every_shared_case_as_python_does(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + PAGE)
    got = visit.page.evaluate(
        "cases => cases.map(c => window.kbzRekenhulp.lees(c.tekst, c.soort))", [c for c in GETALLEN]
    )
    mismatches = []
    for case, answer in zip(GETALLEN, got, strict=True):
        if case["waarde"] is None:
            ok = "fout" in answer and answer["fout"]
        else:
            ok = "n" in answer and Fraction(int(answer["n"]), int(answer["d"])) == Fraction(case["waarde"])
        if not ok:
            mismatches.append((case, answer))
    assert mismatches == [], f"{len(GETALLEN) - len(mismatches)} of {len(GETALLEN)} agree"


def test_all_vectors_agree_with_the_page_to_the_cent(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + PAGE)
    mismatches = []
    for vector in VECTORS:
        invoer = vector["invoer"]
        values = {selector: invoer[name] for name, selector in FIELDS.items()}
        values.update({f"#kbz-fte-{discipline}": value for discipline, value in invoer["fte"].items()})
        # What page.fill does (a value, then an input event the form listens to), for all the
        # fields of one vector in one call: 160 vectors, not 800 round trips to Chromium.
        visit.page.evaluate(
            """values => Object.entries(values).forEach(([selector, value]) => {
                const field = document.querySelector(selector)
                field.value = value
                field.dispatchEvent(new Event('input', {bubbles: true}))
            })""",
            values,
        )
        got = read_outputs(visit)
        if got != vector["uitkomst"]:
            mismatches.append((invoer, got, vector["uitkomst"]))
    assert mismatches == [], f"{len(VECTORS) - len(mismatches)} of {len(VECTORS)} agree"
    assert visit.console_errors == [] and visit.foreign_requests == []


def test_inzet_and_rotterdam_agree_with_the_vectors(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + PAGE)
    inzet = visit.page.evaluate(
        "cases => cases.map(c => window.kbzRekenhulp.inzet(c.invoer.budget, c.invoer.verhouding))", MODULES["inzet"]
    )
    rotterdam = visit.page.evaluate(
        "cases => cases.map(c => window.kbzRekenhulp.module(c.invoer.ion))", MODULES["rotterdam"]
    )
    cases = MODULES["inzet"] + MODULES["rotterdam"]
    mismatches = [(c["invoer"], got) for c, got in zip(cases, inzet + rotterdam, strict=True) if got != c["uitkomst"]]
    assert mismatches == [], f"{len(cases) - len(mismatches)} of {len(cases)} agree"


def test_verdeling_agrees_with_the_vectors(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "financiering/verdeling/")
    got = visit.page.evaluate(
        """cases => cases.map(c => window.kbzRekenhulp.verdeling(
            c.invoer.budget, c.invoer.praktijken, c.invoer.tarief, c.invoer.ro))""",
        MODULES["verdeling"],
    )
    cases = MODULES["verdeling"]
    mismatches = [(c["invoer"], g) for c, g in zip(cases, got, strict=True) if g != c["uitkomst"]]
    assert mismatches == [], f"{len(cases) - len(mismatches)} of {len(cases)} agree"


def test_verdeelhulp_form(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "financiering/verdeling/")
    assert (text(visit, "v-ro"), text(visit, "v-praktijken"), text(visit, "v-over")) == ("€ 10.000", "€ 90.000", "€ 0")
    rows = visit.page.locator("[data-kbz='v-tabel'] tr").all_inner_texts()
    assert rows[0].split("\t")[:4] == ["Voorbeeld B", "60 %", "€ 36.000", "€ 36.000"]
    assert "onder de drempel" in rows[3] and "een voorbeeld van een reden" in text(visit, "v-opmerkingen")
    visit.page.fill("#kbz-v-praktijken", "X; 4,190; 30")
    assert "Regel 1" in text(visit, "melding") and "4.190" in text(visit, "melding")
    visit.page.fill("#kbz-v-praktijken", "X\t4.190\t30\nY\t1.000\t30")  # pasted from a spreadsheet
    assert "Gelijk percentage: X, Y" in text(visit, "v-opmerkingen")
    visit.page.fill("#kbz-v-ro", "11")
    assert "hoogstens 10 %" in text(visit, "melding")
    assert visit.console_errors == []


def test_chart_of_the_needed_tarief_for_this_practice(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + PAGE)
    visit.page.fill("#kbz-fte-huisarts", "0,4")
    visit.page.fill("#kbz-fte-poh-kb", "0,6")
    visit.page.fill("#kbz-aw", "45")
    desc = visit.page.locator("[data-kbz='grafiek-uitleg']").text_content()
    # the same numbers as the chart on Rekenvoorbeelden (Rekenvoorbeeld 2)
    assert "€ 137,47 bij 25 % AW-ION tot € 34,37 bij 100 %" in desc and "Bij uw 45 %: € 76,37" in desc
    box = visit.page.evaluate(
        "() => [...document.querySelectorAll('[data-kbz=grafiek] circle, [data-kbz=grafiek] path')]"
        ".map(e => e.getBBox()).map(b => [b.x, b.y, b.x + b.width, b.y + b.height])"
    )
    assert all(0 <= x0 and 0 <= y0 and x1 <= 640 and y1 <= 360 for x0, y0, x1, y1 in box), box


def test_parameters_come_from_a_data_attribute_not_an_inline_script(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + PAGE)
    assert visit.page.locator("form[data-kbz-rekenhulp] script").count() == 0
    assert visit.page.locator("form[data-kbz-rekenhulp][data-kbz-parameters]").count() == 1


def test_reached_by_a_link_it_computes(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "financiering/")
    visit.page.locator("article a[href$='rekenhulp/']").first.click()
    visit.page.wait_for_url("**/financiering/rekenhulp/**")
    # The script loads after the instant navigation: poll (wait_for_function needs eval, which the CSP forbids)
    visit.wait_until("() => document.querySelector('[data-kbz=budget]')?.dataset.waarde === '87990.00'")
    assert text(visit, "budget") == "€ 87.990"
    assert visit.console_errors == []


def test_rotterdam_module_for_one_practice(visit: PageVisit) -> None:
    """Source 001: 4.190 ION: € 10.475 per kwartaal, € 41.900 per jaar, € 62.850 over 2022 Q3-2023 Q4,
    € 71.900,40 per jaar with the stacked modules (€ 17,16 per ION)."""
    visit.page.goto(visit.base_url + PAGE)
    visit.page.fill("#kbz-ion", "4.190")
    assert [text(visit, k) for k in ("per_kwartaal", "per_jaar", "over_de_periode", "gestapeld_per_jaar")] == [
        "€ 10.475",
        "€ 41.900",
        "€ 62.850",
        "€ 71.900,40",
    ]
    visit.page.fill("#kbz-ion", "4,190")
    assert "niet duidelijk" in text(visit, "melding") and text(visit, "per_jaar") == "–"


def test_largest_affordable_mix_and_own_cost(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + PAGE)
    # Rekenvoorbeeld 1: € 87.990 in the ratio 1 : 2 is 0,2 + 0,4 fte
    assert text(visit, "inzet") == "0,2 fte huisarts + 0,4 fte POH-KB"
    assert (text(visit, "inzet_kosten"), text(visit, "inzet_over")) == ("€ 84.000", "€ 3.990")
    visit.page.fill("#kbz-kosten-huisarts", "200.000")  # own cost per fte
    assert text(visit, "kosten") == "€ 88.000" and text(visit, "saldo") == "− € 10"
    assert text(visit, "past") == "(past niet)"
    visit.page.fill("#kbz-eigen-naam", "wijkverpleegkundige")
    visit.page.fill("#kbz-eigen-kosten", "80.000")
    visit.page.fill("#kbz-eigen-fte", "0,5")
    assert text(visit, "kosten") == "€ 128.000"


def test_inputs_are_in_the_address_and_come_back(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + PAGE)
    visit.page.fill("#kbz-aw", "45")
    visit.page.fill("#kbz-fte-huisarts", "0,4")
    visit.page.fill("#kbz-fte-poh-kb", "0,6")
    link = visit.page.get_attribute("[data-kbz='link']", "href")
    assert "aw=45" in link and "fte-huisarts=0%2C4" in link
    visit.page.goto(link)
    assert text(visit, "tarief") == "€ 76,37, afgerond € 76"
    assert visit.page.input_value("#kbz-aw") == "45"


def test_keyboard_alone_and_a_clear_dutch_message(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + PAGE)
    # Rekenvoorbeeld 1 is filled in; the outcome shows without any input
    assert text(visit, "budget") == "€ 87.990"
    assert "1.466,5 AW-ION × € 60 = € 87.990 per jaar" in text(visit, "stappen")
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
    visit.page.keyboard.press("Tab")  # past the huisarts cost, to POH-KB fte
    visit.page.keyboard.press("Control+A")
    visit.page.keyboard.type("0,6")
    assert text(visit, "tarief") == "€ 76,37, afgerond € 76"
    visit.page.focus("#kbz-aw")
    visit.page.keyboard.press("Control+A")
    visit.page.keyboard.type("120")
    assert visit.page.get_attribute("#kbz-aw", "aria-invalid") == "true"
    assert "Percentage AW-ION: '120' ligt niet tussen 0 en 100." in text(visit, "melding")
    assert text(visit, "budget") == "–"
    visit.page.fill("#kbz-aw", "35")
    visit.page.fill("#kbz-patienten", "4,190")  # misread elsewhere as 4,19: refused here
    assert "4.190" in text(visit, "melding") and text(visit, "budget") == "–"
