"""Search domain: synonyms go where their word is, a synonym that finds nothing is reported; glossary rows."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kbz_site.search import Synoniem, Synoniemen, glossary_entries, synonym_words, without_tables


def test_synonym_goes_to_the_entry_whose_title_has_its_word() -> None:
    groups = [Synoniem(zoekwoorden=["apotheek"], vindt="wijkapotheker")]
    words, unused = synonym_words(
        ["over de wijkapotheker", "<p>wijkapotheker</p>"], groups, ["Thema's", "Wijkapotheker"]
    )
    assert words == ["", "apotheek"] and unused == []


def test_without_a_title_the_synonym_goes_to_every_text_that_uses_the_word() -> None:
    groups = [Synoniem(zoekwoorden=["geldzorgen"], vindt="schulden"), Synoniem(zoekwoorden=["x"], vindt="nergens")]
    words, unused = synonym_words(["<p>schulden en armoede</p>", "niets"], groups, ["A", "B"])
    assert words == ["geldzorgen", ""] and unused == [1]


def test_search_words_are_single_lower_case_words() -> None:
    with pytest.raises(ValidationError):
        Synoniemen.model_validate({"synoniemen": [{"zoekwoorden": ["Twee Woorden"], "vindt": "x"}]})


def test_glossary_rows_become_entries_and_leave_the_page_text() -> None:
    html = (
        "<h1>Begrippen</h1><p>Intro.</p><table><thead><tr><th>begrip</th><th>betekenis</th></tr></thead>"
        "<tbody><tr><td>POH-KB</td><td>praktijkondersteuner <a href='x'>KBZ</a></td></tr></tbody></table>"
    )
    assert glossary_entries(html) == [("POH-KB", "praktijkondersteuner KBZ")]
    assert without_tables(html) == "<p>Intro.</p>"
