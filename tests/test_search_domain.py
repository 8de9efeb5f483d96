"""Search domain: synonyms go where their word is, a synonym that finds nothing is reported; glossary rows."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from kbz_site.search import Synoniem, Synoniemen, glossary_entries, synonym_words, without_tables


def test_synonym_goes_to_the_title_that_has_its_word_and_to_other_texts_that_use_it() -> None:
    groups = [Synoniem(zoekwoorden=["apotheek"], vindt="wijkapotheker")]
    by_title, by_text, unused = synonym_words(
        ["over de wijkapotheker", "<p>wijkapotheker</p>", "niets"], groups, ["Thema's", "Wijkapotheker", "X"]
    )
    assert by_title == ["", "apotheek", ""] and by_text == ["apotheek", "", ""] and unused == []


def test_in_a_title_the_synonym_needs_the_whole_word_or_its_plural() -> None:
    groups = [Synoniem(zoekwoorden=["cursus"], vindt="scholing"), Synoniem(zoekwoorden=["lp"], vindt="linking pin")]
    titles = ["Scholingsagenda", "Scholing en train-de-trainer", "Linking pins en aanjaagteam"]
    by_title, by_text, _ = synonym_words(titles, groups, titles)
    assert by_title == ["", "cursus", "lp"]
    assert by_text == ["cursus", "", ""]  # the agenda's text still starts a word with it


def test_a_synonym_that_finds_nothing_is_reported() -> None:
    groups = [Synoniem(zoekwoorden=["geldzorgen"], vindt="schulden"), Synoniem(zoekwoorden=["x"], vindt="nergens")]
    by_title, by_text, unused = synonym_words(["<p>schulden en armoede</p>", "niets"], groups, ["A", "B"])
    assert by_text == ["geldzorgen", ""] and by_title == ["", ""] and unused == [1]


@pytest.mark.parametrize(
    "text",
    [
        "schulden",
        "geen schulden",
        "schuldenlast",  # a prefix: Material matches "schulden*" too
        "wijkschulden",
        "poh-schulden",
        "3schulden",
        "_schulden",
        "ésschulden",
        "(schulden)",
        "wijk-schulden en schulden",  # the second one counts
        "wijkschulden, 2schulden, x-schulden",
        "",
    ],
)
def test_a_synonym_finds_its_word_where_a_word_starts_as_the_regex_says(text: str) -> None:
    groups = [Synoniem(zoekwoorden=["geldzorgen"], vindt="schulden")]
    _, by_text, _ = synonym_words([text, "schulden"], groups, ["A", "B"])
    assert (by_text[0] == "geldzorgen") == bool(re.search(r"(?<![\w-])schulden", text))


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
