from kbz_site.search import add_word_forms


def test_other_forms_of_a_word_on_the_site_are_added() -> None:
    forms = add_word_forms(["<p>De samenwerking in de wijk</p>", "Wij samenwerken graag", "Over iets anders"])
    assert "samenwerken" in forms[0].split()
    assert "samenwerking" in forms[1].split()
    assert forms[2] == ""


def test_a_page_gets_no_forms_it_already_has() -> None:
    forms = add_word_forms(["samenwerking samenwerken", "samenwerking"])
    assert forms[0] == "" and forms[1] == "samenwerken"
