"""The shared vector files through the Python engine: identical to the cent.

The inputs are typed as a user types them on the page (4.190; 0,4) and read with the
grammar (kbz_site.validation.getallen); the answers come from tests/vectors/make_vectors.py.
"""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from kbz_site.financiering import Praktijk, budget, inzet, module, tarief, verdeling
from kbz_site.financiering.steps import tarief_tekst
from kbz_site.validation.getallen import lees_soort

from .test_funding import PARAMS

VECTORS = json.loads((Path(__file__).parent / "vectors/funding.json").read_text(encoding="utf-8"))
MODULES = json.loads((Path(__file__).parent / "vectors/modules.json").read_text(encoding="utf-8"))


def engine(invoer: dict) -> dict:
    fte = {d: lees_soort(v, "fte") for d, v in invoer["fte"].items()}
    patienten = int(lees_soort(invoer["patienten"], "aantal"))
    aw, geld = lees_soort(invoer["aw"], "percentage"), lees_soort(invoer["tarief"], "geld")
    b = budget(patienten, aw, geld, fte, PARAMS)
    result = {
        "aw_ion": f"{b.aw_ion.quantize(D('0.01'), rounding='ROUND_HALF_UP')}",
        "budget": f"{b.budget}",
        "kosten": f"{b.kosten}",
        "saldo": f"{b.saldo}",
        "past": b.past,
    }
    if b.aw_ion:
        t = tarief(patienten, aw, fte, PARAMS)
        result |= {
            "tarief": f"{t.tarief}",
            "tarief_afgerond": f"{t.tarief_afgerond}",
            "binnen_bandbreedte": t.binnen_bandbreedte,
            "tarief_tekst": tarief_tekst(t),
        }
    return result


def test_there_are_at_least_150_vectors() -> None:
    assert len(VECTORS) >= 150


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: json.dumps(v["invoer"], sort_keys=True))
def test_engine_matches_vector(vector: dict) -> None:
    assert engine(vector["invoer"]) == vector["uitkomst"]


@pytest.mark.parametrize("vector", MODULES["inzet"], ids=lambda v: json.dumps(v["invoer"], sort_keys=True))
def test_inzet_matches_vector(vector: dict) -> None:
    invoer = vector["invoer"]
    r = inzet(lees_soort(invoer["budget"], "geld"), invoer["verhouding"], PARAMS)
    assert {
        "stappen": r.stappen,
        "fte": {x.discipline: f"{x.fte.quantize(D('0.01'))}" for x in r.regels},
        "kosten": f"{r.kosten}",
        "over": f"{r.over}",
    } == vector["uitkomst"]


@pytest.mark.parametrize("vector", MODULES["rotterdam"], ids=lambda v: v["invoer"]["ion"])
def test_rotterdam_matches_vector(vector: dict) -> None:
    m = module(int(lees_soort(vector["invoer"]["ion"], "aantal")), PARAMS.regeling("rotterdam"))
    got = {
        "per_kwartaal": m.per_kwartaal,
        "per_jaar": m.per_jaar,
        "over_de_periode": m.over_de_periode,
        "gestapeld_per_jaar": m.gestapeld_per_jaar,
    }
    assert {k: f"{v}" for k, v in got.items()} == vector["uitkomst"]


@pytest.mark.parametrize("vector", MODULES["verdeling"], ids=lambda v: v["invoer"]["budget"])
def test_verdeling_matches_vector(vector: dict) -> None:
    invoer = vector["invoer"]
    praktijken = [
        Praktijk(
            p["naam"],
            int(lees_soort(p["patienten"], "aantal")),
            lees_soort(p["aw"], "percentage"),
            p["uitzondering"] or None,
        )
        for p in invoer["praktijken"]
    ]
    geld, tarief_ = lees_soort(invoer["budget"], "geld"), lees_soort(invoer["tarief"], "geld")
    r = verdeling(geld, praktijken, tarief_, PARAMS, lees_soort(invoer["ro"], "percentage"))
    assert {
        "naar_ro": f"{r.naar_ro}",
        "over": f"{r.over}",
        "praktijken": [[t.praktijk.naam, f"{t.gevraagd}", f"{t.toegekend}", t.status] for t in r.toekenningen],
    } == vector["uitkomst"]
