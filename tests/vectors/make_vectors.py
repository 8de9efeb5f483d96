"""Write tests/vectors/funding.json and getallen.json: cases with answers made independently.

getallen.json: the Dutch number grammar, by hand (text, kind, the value or null = refused),
read by kbz_site.validation.getallen (pytest) and by rekenhulp.js (Chromium) alike.
funding.json: rekenhulp cases with answers computed independently.

The answers come from exact fractions (fractions.Fraction) with explicit half-up
rounding, not from the engine, so the engine (pytest) and the rekenhulp page (Chromium)
are both checked against a third computation. Run: python tests/vectors/make_vectors.py
"""

from __future__ import annotations

import json
import random
from fractions import Fraction as F
from pathlib import Path

COST = {"huisarts": F(180_000), "poh-kb": F(120_000)}  # content/_data/financiering.yml
BAND = (F(35), F(85))


def half_up(x: F, unit: F) -> F:
    q = abs(x) / unit
    n = (q.numerator * 2 + q.denominator) // (2 * q.denominator)
    return (n if x >= 0 else -n) * unit


def _fmt(x: F) -> str:
    cents = int(x * 100)
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def case(patienten: int, aw: str, tarief: str, fte: dict[str, str]) -> dict:
    ion = F(patienten) * F(aw) / 100
    kosten = sum((F(v) * COST[d] for d, v in fte.items()), F(0))
    budget_c = half_up(ion * F(tarief), F(1, 100))
    kosten_c = half_up(kosten, F(1, 100))
    expected = {
        "aw_ion": _fmt(half_up(ion, F(1, 100))),
        "budget": _fmt(budget_c),
        "kosten": _fmt(kosten_c),
        "saldo": _fmt(budget_c - kosten_c),
        "past": budget_c >= kosten_c,
    }
    if ion:
        exact = kosten / ion
        expected |= {
            "tarief": _fmt(half_up(exact, F(1, 100))),
            "tarief_afgerond": str(int(half_up(exact, F(1)))),
            "binnen_bandbreedte": BAND[0] <= exact <= BAND[1],
        }
    return {"invoer": {"patienten": patienten, "aw": aw, "tarief": tarief, "fte": fte}, "uitkomst": expected}


# (text, kind, value as text, or None when refused)
GETALLEN: list[tuple[str, str, str | None]] = [
    ("180.000", "geld", "180000"),
    ("87.990", "geld", "87990"),
    ("1.000,50", "geld", "1000.50"),
    ("€ 60", "geld", "60"),
    ("€60", "geld", "60"),
    ("  60  ", "geld", "60"),
    ("\u00a060\u00a0", "geld", "60"),
    ("€ 180.000,-", "geld", "180000"),
    ("76,37", "geld", "76.37"),
    ("0,005", "geld", "0.005"),
    ("10.00", "geld", "10.00"),
    ("7.16", "geld", "7.16"),
    ("1.5", "geld", "1.5"),
    ("1.000.000.000", "geld", "1000000000"),
    ("1.000.000.001", "geld", None),
    ("1,000", "geld", None),
    ("12,345", "geld", None),
    ("1,000.50", "geld", None),
    ("1.5.0", "geld", None),
    ("1.50.000", "geld", None),
    (".5", "geld", None),
    (",5", "geld", None),
    ("1e3", "geld", None),
    ("0231234567", "geld", None),
    ("abc", "geld", None),
    ("", "geld", None),
    ("   ", "geld", None),
    ("-5", "geld", None),
    ("−5", "geld", None),
    ("35 %", "geld", None),
    ("1 000", "geld", None),
    ("1234.567", "geld", None),
    ("0.400", "geld", "0.400"),
    ("1.0000", "geld", "1.0000"),
    ("4.190", "aantal", "4190"),
    ("4190", "aantal", "4190"),
    ("0", "aantal", "0"),
    ("4,190", "aantal", None),
    ("4190,5", "aantal", None),
    ("4.19", "aantal", None),
    ("007", "aantal", None),
    ("10.000.000", "aantal", "10000000"),
    ("10.000.001", "aantal", None),
    ("-1", "aantal", None),
    ("€ 5", "aantal", None),
    ("35 %", "percentage", "35"),
    ("35%", "percentage", "35"),
    (" 35 % ", "percentage", "35"),
    ("12,5", "percentage", "12.5"),
    ("12.5", "percentage", "12.5"),
    ("1,500", "percentage", "1.5"),
    ("1.500", "percentage", None),
    ("100", "percentage", "100"),
    ("100,01", "percentage", None),
    ("0", "percentage", "0"),
    ("3,60499999999999999999999999999999", "percentage", "3.60499999999999999999999999999999"),
    ("0," + "1" * 39, "percentage", "0." + "1" * 39),
    ("0," + "1" * 40, "percentage", None),
    ("€ 5", "percentage", None),
    ("0,4", "fte", "0.4"),
    ("0.4", "fte", "0.4"),
    ("0,4 fte", "fte", "0.4"),
    ("0,4fte", "fte", "0.4"),
    ("-0,1", "fte", None),
    ("1.000", "fte", None),
    ("100", "fte", "100"),
    ("100,1", "fte", None),
]


def main() -> None:
    getallen = [{"tekst": t, "soort": k, "waarde": v} for t, k, v in GETALLEN]
    out = Path(__file__).with_name("getallen.json")
    out.write_text(json.dumps(getallen, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(getallen)} getallen geschreven naar {out}")

    cases = [
        case(4190, "35", "60", {"huisarts": "0.2", "poh-kb": "0.4"}),  # Rekenvoorbeeld 1
        case(4190, "45", "60", {"huisarts": "0.4", "poh-kb": "0.6"}),  # Rekenvoorbeeld 2, 45 %
        case(4190, "75", "60", {"huisarts": "0.4", "poh-kb": "0.6"}),  # Rekenvoorbeeld 2, 75 %
        case(2095, "25", "35", {"huisarts": "0", "poh-kb": "0.1"}),
        case(2095, "100", "85", {"huisarts": "1", "poh-kb": "1"}),
        case(0, "50", "60", {"huisarts": "0.1", "poh-kb": "0"}),  # no AW-ION: no tarief
        case(1, "0.5", "0.01", {"huisarts": "0", "poh-kb": "0"}),
        case(3333, "33.3", "59.99", {"huisarts": "0.33", "poh-kb": "0.67"}),
        case(1000, "12.5", "60.05", {"huisarts": "0.05", "poh-kb": "0"}),  # a half cent to round
    ]
    rng = random.Random(20221001)
    while len(cases) < 60:
        cases.append(
            case(
                rng.randint(1, 12_000),
                f"{rng.randint(0, 1000) / 10:g}",
                f"{rng.randint(0, 12_000) / 100:.2f}",
                {"huisarts": f"{rng.randint(0, 20) / 10:g}", "poh-kb": f"{rng.randint(0, 30) / 10:g}"},
            )
        )
    out = Path(__file__).with_name("funding.json")
    out.write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(cases)} gevallen geschreven naar {out}")


if __name__ == "__main__":
    main()
