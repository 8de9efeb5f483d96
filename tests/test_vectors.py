"""The shared vector file through the Python engine: identical to the cent."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from kbz_site.funding import budget, tarief

from .test_funding import PARAMS

VECTORS = json.loads((Path(__file__).parent / "vectors/funding.json").read_text(encoding="utf-8"))


def engine(invoer: dict) -> dict:
    fte = {d: D(v) for d, v in invoer["fte"].items()}
    b = budget(invoer["patienten"], D(invoer["aw"]), D(invoer["tarief"]), fte, PARAMS)
    result = {
        "aw_ion": f"{b.aw_ion.quantize(D('0.01'), rounding='ROUND_HALF_UP')}",
        "budget": f"{b.budget}",
        "kosten": f"{b.kosten}",
        "saldo": f"{b.saldo}",
        "past": b.past,
    }
    if b.aw_ion:
        t = tarief(invoer["patienten"], D(invoer["aw"]), fte, PARAMS)
        result |= {
            "tarief": f"{t.tarief}",
            "tarief_afgerond": f"{t.tarief_afgerond}",
            "binnen_bandbreedte": t.binnen_bandbreedte,
        }
    return result


def test_there_are_at_least_50_vectors() -> None:
    assert len(VECTORS) >= 50


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: json.dumps(v["invoer"], sort_keys=True))
def test_engine_matches_vector(vector: dict) -> None:
    assert engine(vector["invoer"]) == vector["uitkomst"]
