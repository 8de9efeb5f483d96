"""Search finds what a professional types: Material's own search in Chromium, on the live host.

QUERIES holds realistic Dutch queries and the page a professional expects first (written
before measuring). The test prints how many have the right first result and fails when
fewer than RIGHT do: raise RIGHT as search gets better, never lower it.
"""

from __future__ import annotations

import pytest

from .conftest import PageVisit

RIGHT = 75  # of 75, measured 2026-11-30 (round 2: 36 of 45; before that 25 of 44 by the issue's own count)

QUERIES = {
    "solk": "themas/solk/",
    "zorgprogramma solk": "themas/solk/",
    "wijkverpleegkundige": "themas/wijkverpleging/",
    "wijkverpleging": "themas/wijkverpleging/",
    "apotheek": "themas/wijkapotheker/",
    # The theme page's one line on debts sends the reader to the escalation model "Doen wat nodig is".
    "geldzorgen": "samenwerking/doen-wat-nodig-is/",
    "vierdomeinenmodel": "werkwijze/4d-model/",
    "4D-model": "werkwijze/4d-model/",
    "POH-KB": "begrippen/",
    "AW-ION": "begrippen/",
    "rekenhulp": "financiering/rekenhulp/",
    "agenda": "scholing/agenda/",
    "scholingsagenda": "scholing/agenda/",
    "linking pin": "regios/linking-pins/",
    "trainerspoule": "regios/trainers/",
    "rotterdam": "regios/rotterdam/",
    "utrecht overvecht": "regios/utrecht-overvecht/",
    "amsterdam": "regios/amsterdam/",
    "de nieuwe ggz": "samenwerking/de-nieuwe-ggz/",
    "blauwe zorg": "samenwerking/blauwe-zorg/",
    "warme overdracht": "samenwerking/huisarts-en-buurtteam/",
    "doen wat nodig is": "samenwerking/doen-wat-nodig-is/",
    "wijksamenwerkingsverband": "samenwerking/wijksamenwerkingsverband/",
    "uurgesprek": "werkwijze/uurgesprek/",
    "cijfer voor gezondheid": "werkwijze/cijfer-voor-gezondheid/",
    "gfi": "werkwijze/gfi/",
    "groningen frailty": "werkwijze/gfi/",
    "casuïstiek": "werkwijze/mdo-en-casuistiek/",
    "dashboard": "werkwijze/dashboard-en-registratie/",
    "ernst inventarisatielijst": "werkwijze/ernst-inventarisatielijst/",
    "wijkspecialist": "themas/wijkspecialist/",
    "meer bewegen": "themas/meer-bewegen/",
    "fitgaaf": "themas/vitale-kinderen/",
    "vitale kinderen": "themas/vitale-kinderen/",
    "jeugd en gezin": "themas/jeugd-en-gezin/",
    "ouderenzorg": "themas/ouderenzorg/",
    "jaarplan": "kader/jaarplan/",
    "overhead": "kader/overhead/",
    "commitment": "kader/commitment/",
    "drie segmenten": "financiering/drie-segmenten/",
    "rekenvoorbeeld": "financiering/rekenvoorbeelden/",
    "quadruple aim": "begrippen/",
    "geschiedenis": "over-kbz/geschiedenis/",
    "principes": "over-kbz/principes/",
    "begrippen": "begrippen/",
    # Added 2026-11-30 (search round 3), written before measuring: typos, plurals, lower case,
    # abbreviations and the words of a GP, POH or buurtteam.
    "solc": "themas/solk/",
    "wijkverpleegkundge": "themas/wijkverpleging/",
    "ouderenzrg": "themas/ouderenzorg/",
    "rekenhlup": "financiering/rekenhulp/",
    "casuistiek": "werkwijze/mdo-en-casuistiek/",
    "wijkverpleegkundigen": "themas/wijkverpleging/",
    "apotheker": "themas/wijkapotheker/",
    "poh-kb": "begrippen/",
    "aw-ion": "begrippen/",
    "POH-GGZ": "begrippen/",
    "mdo": "werkwijze/mdo-en-casuistiek/",
    "frailty": "werkwijze/gfi/",
    "kwetsbare ouderen": "themas/ouderenzorg/",
    "sociaal wijkteam": "samenwerking/huisarts-en-buurtteam/",
    "huisarts en buurtteam": "samenwerking/huisarts-en-buurtteam/",
    "escalatiemodel": "samenwerking/doen-wat-nodig-is/",
    "schulden": "samenwerking/doen-wat-nodig-is/",
    "4d gesprek": "werkwijze/4d-model/",
    "scholing": "scholing/",
    "cursus": "scholing/",
    "laaggeletterdheid": "scholing/modules/laaggeletterdheid/",
    "startersmap": "startersmappen/kbz/",
    "wie bel ik": "contact/",
    "bekostiging": "financiering/",
    "praktijkplan": "kader/jaarplan/",
    "segmenten": "financiering/drie-segmenten/",
    # Found by attacking the search (2026-11-30): punctuation, capitals.
    "Wie bel ik?": "contact/",
    "SOLC": "themas/solk/",
    "apoteek": "themas/wijkapotheker/",  # a typo of a synonym
    "(POH-KB)": "begrippen/",
}


RESULTS = "ol.md-search-result__list"  # Material's list; our links for "nothing found" are above it


def results(visit: PageVisit, query: str) -> list[str]:
    """The result links for ``query``, as paths with their #anchor, once Material has answered.

    Material asks its worker on every key-up. The box is emptied first (Material then shows
    its "Typ om ..." placeholder), then the whole query is put in and one key is released:
    exactly one question, so the first answer on screen is the answer to this query."""
    box = visit.page.locator("input.md-search__input")
    meta = "() => document.querySelector('.md-search-result__meta').textContent"
    box.fill("")
    box.press("End")
    visit.wait_until(f"() => ({meta})().includes('Typ om')")
    box.fill(query)
    box.press("End")
    visit.wait_until(
        """list => !document.querySelector('.md-search-result__meta').textContent.includes('Typ om')
            && !/initialiseren/i.test(document.querySelector('.md-search-result__meta').textContent)
            && (document.querySelector(list + ' .md-search-result__link')
                || /geen/i.test(document.querySelector('.md-search-result__meta').textContent))""",
        RESULTS,
    )
    # Each result: the page, then its best matching sections (Material adds ?h=<query> for highlighting).
    read = """list => [...document.querySelectorAll(list + ' > li > a.md-search-result__link')]
            .map(a => new URL(a.href)).map(url => url.pathname.slice(1) + url.hash)"""
    return visit.page.evaluate(read, RESULTS)


def first_result(visit: PageVisit, query: str) -> str:
    found = results(visit, query)
    return found[0].split("#")[0] if found else ""


@pytest.fixture
def searching(visit: PageVisit) -> PageVisit:
    visit.page.goto(visit.base_url)
    visit.page.click("input.md-search__input")
    return visit


def test_the_query_set_finds_the_right_page_first(searching: PageVisit) -> None:
    assert len(QUERIES) >= 40
    got = {query: first_result(searching, query) for query in QUERIES}
    misses = {q: (got[q], want) for q, want in QUERIES.items() if got[q] != want}
    print(f"\nquery set: {len(QUERIES) - len(misses)} of {len(QUERIES)} right first result; misses: {misses}")
    assert len(QUERIES) - len(misses) >= RIGHT, misses


def test_a_typo_finds_the_page_when_the_exact_search_finds_nothing(searching: PageVisit) -> None:
    assert first_result(searching, "solc") == "themas/solk/"
    assert first_result(searching, "wijkverpleegkundge") == "themas/wijkverpleging/"
    assert searching.console_errors == []


def test_hyphenated_abbreviations_are_found_whole(searching: PageVisit) -> None:
    # The first result is the glossary page with the term's own entry as its best section.
    assert results(searching, "POH-KB")[:2] == ["begrippen/", "begrippen/#begrip-poh-kb"]
    assert results(searching, "AW-ION")[:2] == ["begrippen/", "begrippen/#begrip-aw-ion"]
    assert results(searching, "poh kb")[:2] == ["begrippen/", "begrippen/#begrip-poh-kb"]  # the site writes one word


def test_nothing_found_shows_where_to_go_on_in_dutch(searching: PageVisit) -> None:
    help_links = ".kbz-zoekhulp a"
    assert results(searching, "xqzwvbk") == []
    meta = searching.page.locator(".md-search-result__meta").first.inner_text()
    assert meta == "Geen overeenkomende documenten"
    assert searching.page.locator(".kbz-zoekhulp").is_visible()
    assert searching.axe_violations() == []
    links = searching.page.eval_on_selector_all(help_links, "as => as.map(a => [a.textContent.trim(), a.href])")
    assert [text.split()[0] for text, _ in links] == ["Begrippen", "Wie", "Thema's"]
    assert [href.replace(searching.base_url, "") for _, href in links] == ["begrippen/", "contact/", "themas/"]
    results(searching, "solk")  # results again: the help goes
    assert not searching.page.locator(".kbz-zoekhulp").is_visible()
    assert results(searching, "xqzwvbk") == []
    searching.page.click(f"{help_links} >> nth=0")
    searching.wait_until("() => location.pathname === '/begrippen/'")
    assert searching.loads == 1  # instant navigation, no full load


def test_nothing_of_the_search_index_downloads_before_search_opens(phone: PageVisit) -> None:
    requested: list[str] = []
    phone.page.on("request", lambda r: requested.append(r.url))

    def search_files() -> list[str]:  # the index, Material's worker with lunr, lunr's Dutch files
        return [u for u in requested if "search_index" in u or "/workers/search." in u or "/lunr/" in u]

    phone.page.goto(phone.base_url)
    phone.page.wait_for_load_state("networkidle")
    phone.page.click("a[href$='/themas/solk/#wat-doe-je']")  # instant navigation to another page
    phone.wait_until("() => location.pathname === '/themas/solk/'")
    assert phone.loads == 1
    phone.page.wait_for_load_state("networkidle")
    assert search_files() == []

    phone.page.click("label.md-header__button[for=__search]")  # the magnifier on a phone
    phone.page.keyboard.type("solc")
    phone.wait_until("() => document.querySelector('ol.md-search-result__list a')?.href.includes('/themas/solk/')")
    fetched = search_files()
    assert any(u.endswith("/search/search_index.json") for u in fetched), fetched
    assert phone.console_errors == [] and phone.foreign_requests == []


def test_a_search_link_with_a_typo_opens_search_with_results(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "werkwijze/?q=solc")  # Material's deep link opens the dialog
    visit.wait_until("() => document.querySelector('ol.md-search-result__list a')")
    assert "/themas/solk/" in visit.page.evaluate("() => document.querySelector('ol.md-search-result__list a').href")
