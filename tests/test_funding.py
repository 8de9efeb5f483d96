"""The funding engine against the worked examples of the sources, to the cent."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kbz_site.financiering import (
    InvoerFout,
    Praktijk,
    budget,
    cents,
    inzet,
    load_parameters,
    per_kwartaal,
    stapeling,
    tarief,
    verdeling,
)
from kbz_site.validation import ContentError

from .support import ROOT

PARAMS = load_parameters(ROOT / "content/_data/financiering.yml", "content/_data/financiering.yml")


def test_parameters_are_the_checked_figures() -> None:
    assert PARAMS.tarief.standaard == 60 and (PARAMS.tarief.laag, PARAMS.tarief.hoog) == (35, 85)
    assert PARAMS.discipline("huisarts").kosten_per_fte == 180_000
    assert PARAMS.discipline("poh-kb").kosten_per_fte == 120_000
    assert PARAMS.normpraktijk == 2095 and PARAMS.prijspeil == 2022
    assert PARAMS.selectiedrempel == 25 and PARAMS.aandeel_praktijken == 90


def test_rekenvoorbeeld_1() -> None:
    r = budget(4190, D(35), D(60), {"huisarts": D("0.2"), "poh-kb": D("0.4")}, PARAMS)
    assert r.aw_ion == D("1466.5")
    assert r.budget == D("87990.00")
    assert [x.kosten for x in r.regels] == [D("36000.0"), D("48000.0")]
    assert r.kosten == D("84000.00") and r.saldo == D("3990.00") and r.past


def test_rekenvoorbeeld_1_inzet_arrives_at_02_and_04_fte() -> None:
    r = inzet(D("87990"), {"huisarts": 1, "poh-kb": 2}, PARAMS)
    assert [(x.discipline, x.fte) for x in r.regels] == [("huisarts", D("0.2")), ("poh-kb", D("0.4"))]
    assert r.kosten == D("84000.00") and r.over == D("3990.00")


def test_rekenvoorbeeld_2() -> None:
    fte = {"huisarts": D("0.4"), "poh-kb": D("0.6")}
    at_45 = tarief(4190, D(45), fte, PARAMS)
    at_75 = tarief(4190, D(75), fte, PARAMS)
    assert at_45.kosten == D("144000.00") and at_45.aw_ion == D("1885.5") and at_75.aw_ion == D("3142.5")
    assert (at_45.tarief, at_45.tarief_afgerond) == (D("76.37"), D("76"))
    assert (at_75.tarief, at_75.tarief_afgerond) == (D("45.82"), D("46"))
    assert at_45.binnen_bandbreedte and at_75.binnen_bandbreedte


def test_rotterdam_module() -> None:
    rotterdam = PARAMS.regeling("rotterdam")
    assert per_kwartaal(rotterdam.bedrag) == D("2.50")
    assert rotterdam.stapeling is not None
    assert stapeling(rotterdam.stapeling.onderdelen) == D("7.16")
    assert stapeling([rotterdam.bedrag, rotterdam.stapeling.totaal]) == D("17.16")


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: budget(4190, D(101), D(60), {}, PARAMS), "tussen 0 en 100"),
        (lambda: budget(-1, D(35), D(60), {}, PARAMS), "niet negatief"),
        (lambda: budget(4190, D(35), D(60), {"tandarts": D(1)}, PARAMS), "onbekende discipline 'tandarts'"),
        (lambda: tarief(0, D(35), {"huisarts": D(1)}, PARAMS), "geen tarief"),
        (lambda: inzet(D(1000), {"huisarts": 0}, PARAMS), "positief heel getal"),
        (lambda: verdeling(D(1000), [], D(60), PARAMS, ro_percentage=D(11)), "hoogstens 10"),
    ],
)
def test_bad_input_is_named_in_dutch(call, message: str) -> None:
    with pytest.raises(InvoerFout, match=message):
        call()


def test_verdeling_highest_percentage_first_until_the_money_runs_out() -> None:
    praktijken = [
        Praktijk("A", 2000, D(30)),
        Praktijk("B", 1000, D(60)),
        Praktijk("C", 3000, D(20)),  # under the threshold
        Praktijk("D", 1000, D(20), uitzondering="veel LVB in de wijk"),
        Praktijk("E", 1500, D(40)),
    ]
    r = verdeling(D(100_000), praktijken, D(60), PARAMS)
    assert r.naar_ro == D("10000.00") and r.voor_praktijken == D("90000.00")
    order = [(t.praktijk.naam, t.gevraagd, t.toegekend, t.status) for t in r.toekenningen]
    assert order == [
        ("B", D("36000.00"), D("36000.00"), "volledig"),
        ("E", D("36000.00"), D("36000.00"), "volledig"),
        ("A", D("36000.00"), D("18000.00"), "gedeeltelijk"),
        ("C", D("36000.00"), D("0.00"), "onder drempel"),
        ("D", D("12000.00"), D("0.00"), "budget op"),
    ]
    assert r.over == D("0.00")


def test_bad_funding_data_fails_with_file_and_line(tmp_path: Path) -> None:
    source = (ROOT / "content/_data/financiering.yml").read_text(encoding="utf-8")
    # old text -> (new text, Dutch message, the line the message must point at)
    cases = {
        "kosten_per_fte: 120000": (
            "kosten_per_fte: -5",
            "'kosten_per_fte' moet groter zijn dan 0",
            "kosten_per_fte: -5",
        ),
        "  laag: 35 ": ("  laag: 95 ", "laag (€ 95) ligt boven hoog (€ 85)", "  hoog: 85"),
        "selectiedrempel: 25 ": (
            "selectiedrempel: 125 ",
            "'selectiedrempel' mag hoogstens 100 zijn",
            "selectiedrempel: 125",
        ),
        "onderdelen: [2.11, 1.87, 3.18]": ("onderdelen: [2.11, 1.87, 3.19]", "tellen op tot € 7.17", "onderdelen:"),
    }
    for old, (new, message, at) in cases.items():
        assert old in source, old
        path = tmp_path / "financiering.yml"
        broken = source.replace(old, new)
        path.write_text(broken, encoding="utf-8")
        line = next(
            n
            for n, text in enumerate(broken.splitlines(), 1)
            if text.startswith(at) or text.strip().startswith(at.strip())
        )
        with pytest.raises(ContentError) as caught:
            load_parameters(path, "content/_data/financiering.yml")
        assert len(caught.value.problems) == 1, caught.value
        problem = caught.value.problems[0]
        assert (problem.path, problem.line) == ("content/_data/financiering.yml", line), str(problem)
        assert message in problem.message


percentages = st.decimals(min_value=0, max_value=100, places=1)
fte = st.decimals(min_value=0, max_value=3, places=1)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 20_000), percentages, percentages, st.decimals(0, 200, places=2))
def test_budget_never_falls_as_aw_rises(patienten: int, a: D, b: D, t: D) -> None:
    low, high = sorted((a, b))
    assert budget(patienten, low, t, {}, PARAMS).budget <= budget(patienten, high, t, {}, PARAMS).budget


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 20_000), st.decimals(min_value="0.1", max_value=100, places=1), fte, fte)
def test_tarief_times_aw_ion_is_the_cost_to_the_cent(patienten: int, aw: D, h: D, p: D) -> None:
    r = tarief(patienten, aw, {"huisarts": h, "poh-kb": p}, PARAMS)
    assert cents(r.exact * Fraction(r.aw_ion)) == r.kosten


praktijk = st.builds(
    Praktijk,
    naam=st.text(min_size=1, max_size=5),
    patienten=st.integers(0, 10_000),
    aw=percentages,
    uitzondering=st.one_of(st.none(), st.just("reden")),
)


@settings(max_examples=200, deadline=None)
@given(st.decimals(0, 2_000_000, places=2), st.lists(praktijk, max_size=12), st.decimals(0, 150, places=2))
def test_verdeling_never_exceeds_budget_nor_funds_below_threshold(total: D, praktijken, t: D) -> None:
    r = verdeling(total, praktijken, t, PARAMS)
    assert r.naar_ro + sum(x.toegekend for x in r.toekenningen) + r.over == r.budget
    assert r.over >= 0 and r.naar_ro <= r.budget * D("0.10")
    for x in r.toekenningen:
        assert 0 <= x.toegekend <= x.gevraagd
        if x.praktijk.aw < 25 and not x.praktijk.uitzondering:
            assert x.toegekend == 0


# ---- the CLI (kbz-site rekenen) ---------------------------------------------------------


def rekenen(capsys, *args: str) -> tuple[int, str, str]:
    from kbz_site.cli import main

    try:
        code = main(["--project", str(ROOT), "rekenen", *args])
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_rotterdam_for_one_practice_exactly_as_the_source(capsys) -> None:
    """Source 001: € 10,00 per ION per jaar, € 2,50 per kwartaal, 2022 Q3 to 2023; + € 7,16 = € 17,16."""
    import json

    code, out, _ = rekenen(capsys, "rotterdam", "--ion", "4.190", "--json")
    data = json.loads(out, parse_float=D)
    assert code == 0
    assert (data["per_ion_per_kwartaal"], data["per_kwartaal"], data["per_jaar"]) == (D("2.50"), D(10475), D(41900))
    assert (data["kwartalen"], data["over_de_periode"]) == (6, D(62850))
    assert (data["gestapeld_per_ion"], data["gestapeld_per_jaar"]) == (D("17.16"), D("71900.40"))
    code, out, _ = rekenen(capsys, "rotterdam", "--ion", "4190")
    assert code == 0
    assert "4.190 ION × € 2,50 = € 10.475" in out and "6 kwartalen × € 10.475 = € 62.850" in out
    assert "4.190 ION × € 17,16 = € 71.900,40" in out


@pytest.mark.parametrize("soort", ["", "budget", "tarief", "inzet", "rotterdam", "verdeling"])
def test_help_works_and_is_dutch(capsys, soort: str) -> None:
    code, out, err = rekenen(capsys, *([soort] if soort else []), "--help")
    assert code == 0 and err == ""
    assert out.startswith("gebruik: ") and "deze hulp tonen" in out and "show this help" not in out
    assert "Afsluitcodes: 0 gelukt, 1 probleem" in out and "half naar boven op" in out


def test_dutch_notation_on_the_command_line(capsys) -> None:
    code, out, _ = rekenen(
        capsys, "inzet", "--budget", "87.990", "--verhouding", "HUISARTS=1", "--verhouding", "POH-KB=2"
    )
    assert code == 0 and "0,2 fte huisarts + 0,4 fte POH-KB" in out
    code, out, _ = rekenen(
        capsys, "budget", "--patienten", "4.190", "--aw", "35%", "--tarief", "€ 60", "--fte", "huisarts=0,2"
    )
    assert code == 0 and "€ 87.990 per jaar" in out
    code, out, _ = rekenen(capsys, "budget", "--patienten", "100", "--aw", "100", "--tarief", "1.000", "--json")
    assert code == 0 and '"budget": 100000.00' in out  # 1.000 is a thousand euros, not one


@pytest.mark.parametrize(
    "args, message",
    [
        (["budget", "--patienten", "4190", "--aw", "35", "--aw", "45"], "--aw staat er twee keer"),
        (["budget", "--patienten", "1", "--aw", "1", "--fte", "huisarts=1", "--fte", "Huisarts=2"], "twee keer"),
        (["budget", "--patienten", "4,190", "--aw", "35"], "niet duidelijk"),
        (["inzet", "--budget", "1,000", "--verhouding", "huisarts=1"], "niet duidelijk"),
        (["tarief", "--patienten", "4190", "--aw", "35", "--fte", "tandarts=1"], "onbekende discipline"),
        (["rotterdam"], "verplicht: --ion"),
        (["rotterdam", "--ion", "-1"], "mag niet negatief zijn"),
    ],
)
def test_bad_input_exit_2_and_json_errors(capsys, args: list[str], message: str) -> None:
    import json

    code, out, err = rekenen(capsys, *args)
    assert code == 2 and message in err and "Traceback" not in err and out == ""
    code, out, err = rekenen(capsys, *args, "--json")
    assert code == 2 and json.loads(out)["code"] == 2 and message in json.loads(out)["fout"]


def test_a_data_problem_is_exit_1(capsys, tmp_path: Path) -> None:
    from kbz_site.cli import main

    data = tmp_path / "content/_data/financiering.yml"
    data.parent.mkdir(parents=True)
    source = (ROOT / "content/_data/financiering.yml").read_text(encoding="utf-8")
    data.write_text(source.replace("kosten_per_fte: 180000", "kosten_per_fte: 180,000"), encoding="utf-8")
    assert main(["--project", str(tmp_path), "rekenen", "rotterdam", "--ion", "10", "--json"]) == 1
    assert "financiering.yml:" in capsys.readouterr().out


@pytest.mark.parametrize(
    "patienten, aw, fte, tekst",
    [
        (100, D("35.0000001"), {"huisarts": D("0.0195")}, "€ 100,29"),  # plain
        (1000, D(100), {"huisarts": D("0.19444444")}, "€ 34,999…"),  # cents say 35,00, exact is outside
        (1000, D(100), {"huisarts": D("0.4249999")}, "€ 76,499…"),  # cents say 76,50, exact rounds to 76
    ],
)
def test_the_tarief_shown_tells_the_same_story_as_the_exact_value(patienten, aw, fte, tekst) -> None:
    from kbz_site.financiering.steps import tarief_tekst

    assert tarief_tekst(tarief(patienten, aw, fte, PARAMS)) == tekst
