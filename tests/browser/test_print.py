"""On paper: every page carries its number, the page's address and the date it was printed."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from .conftest import PageVisit

MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


def test_every_printed_page_has_number_address_and_date(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "samenwerking/")
    visit.page.click("article a[href$='de-nieuwe-ggz/']")  # after instant navigation: the new address
    visit.page.wait_for_url("**/samenwerking/de-nieuwe-ggz/")
    visit.wait_until("() => document.querySelector('article h1').textContent.includes('Nieuwe GGZ')")
    visit.wait_until("() => document.getElementById('kbz-afdruk')?.textContent.includes('de-nieuwe-ggz')")
    visit.page.emulate_media(media="print")
    pages = PdfReader(io.BytesIO(visit.page.pdf(format="A4"))).pages
    today = dt.date.today()
    date = f"afgedrukt op {today.day} {MONTHS[today.month - 1]} {today.year}"
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        text = page.extract_text()
        assert f"pagina {n} van {len(pages)}" in text
        assert "https://kbz-site.netlify.app/samenwerking/de-nieuwe-ggz/" in text and date in text


def test_links_and_tags_are_plain_on_paper(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "samenwerking/de-nieuwe-ggz/")
    visit.page.emulate_media(media="print")
    assert visit.page.evaluate(
        "() => [...document.querySelectorAll('article a')].every(a => "
        "getComputedStyle(a).textDecorationLine === 'none')"
    )
    assert not visit.page.locator(".md-tags").first.is_visible()


def test_lists_of_links_print_as_one_paragraph(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "startersmappen/kbz/")
    visit.page.emulate_media(media="print")
    principes = visit.page.locator("article ul", has=visit.page.locator("a[href$='over-kbz/principes/']")).first
    visit.wait_until("() => document.querySelector('article ul.kbz-linklijst') !== null")
    assert "kbz-linklijst" in (principes.get_attribute("class") or "")
    items = principes.evaluate("ul => [...ul.children].map(li => getComputedStyle(li).display)")
    assert set(items) == {"inline"} and len(items) >= 3
    assert principes.evaluate("ul => getComputedStyle(ul.children[1], '::before').content").strip('"').strip() == "·"
    # a list with more than links stays a list: citations (paragraphs), contact channels ("E-mail: ...")
    assert visit.page.evaluate(
        """() => [...document.querySelectorAll('article ul.kbz-linklijst li')].every(li =>
            !li.querySelector('p') && li.firstElementChild.tagName === 'A')"""
    )
    visit.page.goto(visit.base_url + "themas/solk/")
    visit.page.emulate_media(media="print")
    visit.wait_until("() => document.getElementById('kbz-afdruk') !== null")
    assert visit.page.locator("article .kbz-contact-kanalen.kbz-linklijst").count() == 0
    assert visit.page.locator("article .kbz-contact-kanalen").count() > 0
