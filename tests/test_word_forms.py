from kbz_site.search import add_word_forms, extras, hyphen_parts, title_parts, title_weight


def test_other_forms_of_a_word_on_the_site_are_added() -> None:
    forms = add_word_forms(["<p>De samenwerking in de wijk</p>", "Wij samenwerken graag", "Over iets anders"])
    assert "samenwerken" in forms[0].split()
    assert "samenwerking" in forms[1].split()
    assert forms[2] == ""


def test_a_page_gets_no_forms_it_already_has() -> None:
    forms = add_word_forms(["samenwerking samenwerken", "samenwerking"])
    assert forms[0] == "" and forms[1] == "samenwerken"


def test_parts_after_a_hyphen_are_added_so_kb_finds_poh_kb() -> None:
    assert hyphen_parts(["<td>POH-KB</td> en POH-GGZ", "Overvecht-Noord-Oost", "geen"]) == ["ggz kb", "noord oost", ""]


def test_a_title_gets_the_site_words_its_compound_words_end_with() -> None:
    texts = ["de agenda", "het gesprek", "reken maar", "segmentenmodel"]
    titles = ["Scholingsagenda", "Uurgesprek", "MDO bespreken", "Het 3-segmentenmodel"]
    assert title_parts(titles, texts) == ["agenda", "gesprek", "", "segmentenmodel"]


def test_extras_reads_each_text_once_and_gives_the_same_answers() -> None:
    texts = ["<p>De samenwerking met POH-GGZ</p>", "Wij samenwerken in de agenda", "het gesprek", "<td>AW-ION</td>"]
    titles = ["Samenwerking", "Scholingsagenda", "Uurgesprek", "Begrippen"]
    assert extras(titles, texts) == (add_word_forms(texts), hyphen_parts(texts), title_parts(titles, texts))
    assert extras(titles, texts)[2][1] == "agenda"


def test_short_titles_weigh_more() -> None:
    assert title_weight("Rotterdam") == 1.5
    assert title_weight("De Nieuwe GGZ") == 1.25  # "de" does not count
    assert title_weight("De module Krachtige Basiszorg in Rotterdam") == 1.125
    assert title_weight("") == 1.5


def test_words_are_the_same_when_read_once_per_chunk() -> None:
    from kbz_site.search.word_forms import _WORD, _words

    for text in [
        "samenwerking\nsamenwerken\tsamenwerking\xa0wijk",
        "poh-kb, 3wijken, zorg_team; zorg-team (zorg) zorg.",
        "één twee  drie  één  vier",
        "",
    ]:
        assert _words(text) == set(_WORD.findall(text))
