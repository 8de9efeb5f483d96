"""Each starter kit prints to a clean PDF: its chapters, not the site's navigation."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from .conftest import PageVisit

KITS = {
    "kbz": [
        "Wat is Krachtige Basiszorg?",
        "De eerste twee jaar",
        "Het jaarlijkse praktijkplan",
        "Het projectplan",
        "Rapportage",
        "Financiering: een rekenvoorbeeld",
        "Eerste trainingen",
    ],
    "rotterdam": [
        "Voorwaarden voor deelname",
        "Het projectplan",
        "Het wijksamenwerkingsverband",
        "Financiering: de module per ION",
        "Contacten in de regio",
        "Eerste trainingen",
    ],
}
# Text that only the site chrome has: navigation tabs and sidebar, search, footer.
CHROME = ["Trainerspoule", "Begrippen en afkortingen", "Zoeken", "Volgende", "Vorige"]


def pdf_text(visit: PageVisit, path: str) -> tuple[str, int]:
    visit.page.goto(visit.base_url + path)
    visit.page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(visit.page.pdf(format="A4", print_background=False)))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


@pytest.mark.parametrize("kit", KITS)
def test_kit_prints_its_chapters_without_navigation(visit: PageVisit, kit: str) -> None:
    text, pages = pdf_text(visit, f"startersmappen/{kit}/")
    for title in KITS[kit]:
        assert title in text, title
    assert [c for c in CHROME if c in text] == []
    # a page break before every chapter: at least one page per chapter
    chapters = len(re.findall(r"\b\d+\. ", text))
    assert pages >= len(KITS[kit]) and chapters >= len(KITS[kit])
