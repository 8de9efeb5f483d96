"""The shared vector files through the Python engine: identical to the cent.

The inputs are typed as a user types them on the page (4.190; 0,4) and read with the
grammar (kbz_site.validation.getallen); the answers come from tests/vectors/make_vectors.py.
"""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from kbz_site.funding import budget, tarief
from kbz_site.funding.steps import tarief_tekst
from kbz_site.validation.getallen import lees_soort

from .test_funding import PARAMS

VECTORS = json.loads((Path(__file__).parent / "vectors/funding.json").read_text(encoding="utf-8"))


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
