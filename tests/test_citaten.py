"""Citations: a short quote is found in a source text as OCR left it, and only there."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbz_site.bronnen.citaten import (
    Bronteksten,
    check_page_citations,
    load_bronteksten,
    load_site_bronteksten,
    normalise,
    occurs,
    page_citations,
)
from kbz_site.validation import ContentError

from .support import ROOT

IDS = ["kader", "module-rotterdam", "bundle", "afsprakenstelsel", "zorg-om-zorg"]


@pytest.fixture(scope="module")
def teksten() -> Bronteksten:
    return load_bronteksten(ROOT / "bronteksten", IDS)


def test_normalise_ignores_case_accents_punctuation_and_broken_words() -> None:
    assert normalise("Cliénten kennen  en\nvertrouwen de Huisarts.") == "clienten kennen en vertrouwen de huisarts"
    assert normalise("verenigd in wijk-\nsamenwerkingsverbanden") == "verenigd in wijksamenwerkingsverbanden"
    assert normalise("POH-GGZ") == normalise("POH GGZ") == "poh ggz"
    assert normalise("‘Programma Krachtige Basiszorg’") == "programma krachtige basiszorg"


@pytest.mark.parametrize(
    "bron, citaat",
    [
        ("kader", "Financiën voor KBZ gaan voor minimaal 90% naar financiering van de KBZ-huisartsenpraktijk"),
        (
            "kader",
            "huisartsenpraktijken, al dan niet verenigd in wijksamenwerkingsverbanden",
        ),  # hyphenated in the source
        ("kader", "Op regioniveau is expertise op het gebied van scholing en training KBZ belegd"),  # OCR: "gehied"
        ("zorg-om-zorg", "De patiënt gaat eerst naar de POH-GGZ."),  # OCR: "patiént"
        ("module-rotterdam", "een wijksamenwerkingsverband bestaat uit minimaal 15.000 patiënten"),
        ("bundle", "Kbz is bestempeld als passende zorgpraktijk door het Zorginstituut"),
        ("afsprakenstelsel", "Ieder beweegadvies eindigt met de vraag “Gaat u dit ook écht doen?”"),
    ],
)
def test_quotes_from_the_sources_are_found(teksten: Bronteksten, bron: str, citaat: str) -> None:
    assert teksten.controleer(bron, citaat) is None


@pytest.mark.parametrize(
    "bron, citaat, melding",
    [
        ("afsprakenstelsel", "Huisarts en beweegmakelaar kijken samen wat de cliënt nodig heeft", "staat niet in bron"),
        ("afsprakenstelsel", "Past het programma FitGaaf?", "staat niet in bron"),
        ("kader", "Financiën voor KBZ gaan voor minimaal 80% naar financiering", "staat niet in bron"),
        (
            "bundle",
            "De patiënt gaat eerst naar de POH-GGZ.",
            "staat niet in bron 'bundle'",
        ),  # right quote, wrong source
        ("zorg-om-zorg", "de POH", "te kort"),
        ("zorg-om-zorg", "woord " * 80, "te lang"),
        ("nivel", "De patiënt gaat eerst naar de POH-GGZ.", "onbekende bron 'nivel'"),
    ],
)
def test_wrong_quotes_are_refused(teksten: Bronteksten, bron: str, citaat: str, melding: str) -> None:
    problem = teksten.controleer(bron, citaat)
    assert problem and melding in problem


def test_ocr_noise_is_allowed_only_a_little() -> None:
    text = normalise("Dit kader beslaat vijf thema's: 1.Persoqeel 2.Commitment")
    assert occurs(normalise("vijf thema's: 1. Personeel 2. Commitment"), text)
    assert not occurs(normalise("zes thema's: 1. Huisvesting 2. Commitment"), text)


def test_a_source_without_its_text_is_a_dutch_error_at_its_line(tmp_path: Path) -> None:
    registry = tmp_path / "bronnen.yml"
    registry.write_text("bronnen:\n  - id: kader\n    titel: K\n  - id: nieuw\n    titel: N\n", encoding="utf-8")
    folder = tmp_path / "bronteksten"
    folder.mkdir()
    (folder / "kader.txt").write_text("tekst", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_site_bronteksten(registry, folder, "content/_data/bronnen.yml", "bronteksten")
    assert str(caught.value).startswith("content/_data/bronnen.yml:4: bron 'nieuw' heeft geen tekst")


def test_the_repository_has_every_registered_source_text() -> None:
    found = load_site_bronteksten(
        ROOT / "content/_data/bronnen.yml", ROOT / "bronteksten", "content/_data/bronnen.yml", "bronteksten"
    )
    assert sorted(found.teksten) == sorted(IDS)


def test_citation_footnotes_are_found_and_checked(tmp_path: Path, teksten: Bronteksten) -> None:
    page = tmp_path / "p.md"
    page.write_text(
        "# P\n\nTekst.[^kader-1] Meer.[^kader-2] Noot.[^1]\n\n"
        '[^kader-1]: "Financiën voor KBZ gaan voor minimaal 90% naar financiering" (Kader opschaling)\n'
        '[^kader-2]: "Financiën voor KBZ gaan voor minimaal 80% naar financiering" (Kader opschaling)\n'
        "[^zorg-om-zorg]: geen citaat\n"
        "[^1]: Een gewone voetnoot wordt niet gecontroleerd.\n",
        encoding="utf-8",
    )
    assert [(line, bron) for line, bron, _ in page_citations(page.read_text(encoding="utf-8"), IDS)] == [
        (5, "kader"),
        (6, "kader"),
        (7, "zorg-om-zorg"),
    ]
    problems = check_page_citations([(page, "content/p.md")], teksten)
    assert [(line, message.split(";")[0]) for _, line, message in problems] == [
        (6, "het citaat 'Financiën voor KBZ gaan voor minimaal 80% naar financiering' staat niet in bron 'kader'"),
        (7, "voetnoot bij bron 'zorg-om-zorg' heeft geen citaat tussen aanhalingstekens (\"...\")"),
    ]


def test_every_citation_footnote_on_the_site_is_in_its_source(teksten: Bronteksten) -> None:
    pages = [(p, p.relative_to(ROOT).as_posix()) for p in sorted((ROOT / "content").rglob("*.md"))]
    cited = sum(len(page_citations(p.read_text(encoding="utf-8"), IDS)) for p, _ in pages)
    assert cited >= 10 and check_page_citations(pages, teksten) == []
