"""The Dutch number grammar (kbz_site.validation.getallen), in data files, blocks and the CLI.

The shared cases in tests/vectors/getallen.json also run in Chromium against rekenhulp.js.
"""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from kbz_site.financiering import InvoerFout, budget, inzet, load_parameters, module, tarief
from kbz_site.financiering.blocks import find_blocks_in_pages
from kbz_site.validation import ContentError, validate, yaml_lines
from kbz_site.validation.getallen import Aantal, Fte, Geld, GetalFout, Percentage, lees_soort

from .support import ROOT

CASES = json.loads((Path(__file__).parent / "vectors/getallen.json").read_text(encoding="utf-8"))
DATA = ROOT / "content/_data/financiering.yml"
SOURCE = DATA.read_text(encoding="utf-8")
PARAMS = load_parameters(DATA, "content/_data/financiering.yml")


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['soort']}:{c['tekst']!r}")
def test_shared_grammar_case(case: dict) -> None:
    if case["waarde"] is None:
        with pytest.raises(GetalFout) as caught:
            lees_soort(case["tekst"], case["soort"])
        assert caught.value.args[0] and "Traceback" not in caught.value.args[0]
    else:
        assert lees_soort(case["tekst"], case["soort"]) == D(case["waarde"])


def test_refusals_say_how_to_write_it() -> None:
    def message(text: str, soort: str) -> str:
        with pytest.raises(GetalFout) as caught:
            lees_soort(text, soort)  # type: ignore[arg-type]
        return str(caught.value)

    assert "1.000" in message("1,000", "geld") and "1,0000" in message("1,000", "geld")
    assert "4.190" in message("4,190", "aantal")
    assert "komma" in message("1,000.50", "geld")
    assert "0,5" in message(".5", "geld")
    assert "zonder 0 vooraan" in message("0231234567", "geld")
    assert "ligt niet tussen 0 en 100" in message("101", "percentage")
    assert "mag niet negatief zijn" in message("-0,1", "fte")


class Velden(BaseModel):
    geld: Geld | None = None
    aantal: Aantal | None = None
    procent: Percentage | None = None
    fte: Fte | None = None


@pytest.mark.parametrize(
    "yaml_text, field, value",
    [
        ("geld: 180.000", "geld", D(180000)),  # YAML alone: 180.0
        ("geld: 87.990", "geld", D(87990)),  # YAML alone: 87.99
        ("geld: 1.000,50", "geld", D("1000.50")),
        ("geld: € 60", "geld", D(60)),
        ("geld: 10.00", "geld", D(10)),
        ("aantal: 4.190", "aantal", 4190),  # YAML alone: 4.19
        ("procent: 35 %", "procent", D(35)),
        ("procent: 35%", "procent", D(35)),
        ("fte: 0,4", "fte", D("0.4")),
        ("fte: 0.4", "fte", D("0.4")),
    ],
)
def test_yaml_numbers_are_read_from_the_text_typed(yaml_text: str, field: str, value: object) -> None:
    data = yaml_lines.parse(yaml_text + "\n")
    assert getattr(validate(data, Velden, "x.yml"), field) == value


@pytest.mark.parametrize(
    "yaml_text, message",
    [
        ("aantal: 0231234567", "begint met een 0"),  # YAML 1.1 octal
        ("aantal: 1_000", "geen getal"),
        ("aantal: no", "ja/nee"),
        ("geld: on", "ja/nee"),
        ("geld: 1,000", "niet duidelijk"),
        ("geld: .inf", "geen getal"),
        ("procent: 1.500", "mag hoogstens 100 zijn"),
        ("fte: -0,2", "moet minstens 0 zijn"),
        ("geld: [1, 2]", "getal"),
    ],
)
def test_yaml_surprises_in_number_fields_are_dutch_messages(yaml_text: str, message: str) -> None:
    data = yaml_lines.parse("\n" + yaml_text + "\n")
    with pytest.raises(ContentError) as caught:
        validate(data, Velden, "x.yml")
    problem = caught.value.problems[0]
    assert problem.line == 2 and message in problem.message, problem


@pytest.mark.parametrize(
    "old, new, message, at",
    [
        ("kosten_per_fte: 180000", "kosten_per_fte: 180.000", None, None),  # Dutch thousands: still 180000
        ("kosten_per_fte: 180000", "kosten_per_fte: € 180.000,-", None, None),
        ("kosten_per_fte: 180000", "kosten_per_fte: 180,000", "niet duidelijk", None),
        ("kosten_per_fte: 180000", "kosten_per_fte: yes", "ja/nee", None),
        ("kosten_per_fte: 180000", "kosten_per_fte: 0180000", "begint met een 0", None),
        ("  standaard: 60", "  standaard: 90", "buiten de bandbreedte", "  hoog: 85"),
        ("normpraktijk: 2095", "normpraktijk: 2.095", None, None),
        ("normpraktijk: 2095", "normpraktijk: &n 2095\nextra: *n", "YAML-alias", "extra: *n"),
        ("normpraktijk: 2095", "normpraktijk: !!python/object:os.system 2095", "onbekend teken", None),
        ("    van: 2022 Q3", "    van: 2024 Q1", "ligt voor 'van'", "    tot_en_met:"),
    ],
)
def test_financiering_yml_numbers(tmp_path: Path, old: str, new: str, message: str | None, at: str | None) -> None:
    """``at``: the start of the line the message points at (default: the changed line)."""
    assert old in SOURCE
    path = tmp_path / "financiering.yml"
    broken = SOURCE.replace(old, new, 1)
    path.write_text(broken, encoding="utf-8")
    if message is None:
        assert load_parameters(path, "financiering.yml") == PARAMS
        return
    with pytest.raises(ContentError) as caught:
        load_parameters(path, "financiering.yml")
    text = str(caught.value)
    line = broken[: broken.index("\n" + at) + 1 if at else SOURCE.index(old)].count("\n") + 1
    assert message in text and f"financiering.yml:{line}:" in text, text


BLOCK = (
    "```rekenvoorbeeld\nberekening: budget\npatienten: 4190\naw: 35\ntarief: 60\n"
    "fte:\n  huisarts: 0,2\n  poh-kb: 0,4\n```\n"
)


def blocks(tmp_path: Path, text: str) -> list:
    (tmp_path / "p.md").write_text("# P\n\n" + text, encoding="utf-8")
    found = find_blocks_in_pages(tmp_path, lambda p: p.name, PARAMS)
    return [b.spec for b in found.get("p.md", [])]


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("patienten: 4190", "patienten: 4.190", 4190),
        ("tarief: 60", "tarief: € 60", 4190),
        ("  poh-kb: 0,4", "  POH-KB: 0,4", 4190),  # ids as printed
    ],
)
def test_blocks_read_dutch_numbers(tmp_path: Path, old: str, new: str, expected: int) -> None:
    (spec,) = blocks(tmp_path, BLOCK.replace(old, new))
    assert spec.patienten == expected and spec.tarief == 60 and spec.fte == {"huisarts": D("0.2"), "poh-kb": D("0.4")}


@pytest.mark.parametrize(
    "old, new, line, message",
    [
        ("patienten: 4190", "patienten: 4,190", 5, "niet duidelijk"),
        ("patienten: 4190", "patienten: 99.000.000", 5, "mag hoogstens 10000000 zijn"),
        ("tarief: 60", "tarief: 1e30", 7, "zonder e-notatie"),
        ("aw: 35", "aw: 35 %", None, None),
        ("  huisarts: 0,2", "  huisarts: -0,2", 9, "moet minstens 0 zijn"),
    ],
)
def test_blocks_refuse_with_file_and_line(tmp_path: Path, old, new, line, message) -> None:
    if message is None:
        assert blocks(tmp_path, BLOCK.replace(old, new))
        return
    with pytest.raises(ContentError) as caught:
        blocks(tmp_path, BLOCK.replace(old, new))
    assert f"p.md:{line}:" in str(caught.value) and message in str(caught.value), str(caught.value)


def test_a_chart_without_costs_or_outside_its_range_is_refused_at_check(tmp_path: Path) -> None:
    chart = "```tariefgrafiek\npatienten: 4190\nfte:\n  huisarts: 0\npunten: [45]\n```\n"
    with pytest.raises(ContentError, match="geen inzet"):
        blocks(tmp_path, chart)
    with pytest.raises(ContentError, match="'punten' moet minstens 25 zijn"):
        blocks(tmp_path, chart.replace("huisarts: 0", "huisarts: 0,4").replace("[45]", "[20]"))


# ---- never an exception other than a Dutch refusal ---------------------------------------

SOORTEN = ["geld", "aantal", "percentage", "fte", "getal"]
typed_text = st.text(alphabet="0123456789.,-−€% fte\u00a0e", max_size=45) | st.text(max_size=20)


@settings(max_examples=500, deadline=None)
@given(typed_text, st.sampled_from(SOORTEN))
def test_any_text_is_a_number_or_a_dutch_refusal(text: str, soort: str) -> None:
    try:
        value = lees_soort(text, soort)  # type: ignore[arg-type]
    except GetalFout as err:
        assert str(err)
    else:
        assert value.is_finite() and value >= 0


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 10_000_000),
    st.fractions(0, 100, max_denominator=10**12),
    st.integers(0, 10**11),
    st.integers(0, 10**4),
    st.integers(0, 10**4),
)
def test_every_accepted_value_computes_without_an_exception(patienten, aw, tarief_cents, h, p) -> None:
    aw_d = D(aw.numerator) / D(aw.denominator) if aw.denominator in (1, 2, 4, 5, 8, 10) else D(int(aw))
    fte = {"huisarts": D(h) / 100, "poh-kb": D(p) / 100}
    b = budget(patienten, aw_d, D(tarief_cents) / 100, fte, PARAMS)
    assert b.budget >= 0
    try:
        t = tarief(patienten, aw_d, fte, PARAMS)
        assert t.tarief >= 0
    except InvoerFout as err:
        assert "geen tarief" in str(err)
    assert inzet(D(tarief_cents) / 100, {"huisarts": 1, "poh-kb": 2}, PARAMS).over >= 0
    assert module(patienten, PARAMS.regeling("rotterdam")).per_jaar == patienten * 10
