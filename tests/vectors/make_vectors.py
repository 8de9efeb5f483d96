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


def trunc(x: F, places: int) -> F:
    unit = F(1, 10**places)
    q = abs(x) / unit
    return (q.numerator // q.denominator) * unit * (1 if x >= 0 else -1)


def dutch_places(x: F, places: int) -> str:
    """A non-negative fraction with exactly ``places`` decimals, Dutch: 1.234,5600."""
    n = int(x * 10**places)
    whole, frac = divmod(n, 10**places)
    text = f"{whole:,}".replace(",", ".")
    return text + ("," + str(frac).zfill(places) if places else "")


def euro_text(x: F) -> str:
    """The site's money convention: € 87.990, € 76,37."""
    return "€ " + dutch_places(x, 0 if x.denominator == 1 else 2)


def tarief_tekst(exact: F) -> str:
    """The tarief in cents, or with more decimals and '…' when cents would mislead."""
    rounded = half_up(exact, F(1))

    def consistent(v: F) -> bool:
        return (BAND[0] <= v <= BAND[1]) == (BAND[0] <= exact <= BAND[1]) and half_up(v, F(1)) == rounded

    shown = half_up(exact, F(1, 100))
    if consistent(shown):
        return euro_text(shown)
    for places in range(3, 41):
        if consistent(trunc(exact, places)):
            return "€ " + dutch_places(trunc(exact, places), places) + "…"
    return euro_text(shown)


def typed(canonical: str, group: bool = False) -> str:
    """A number as a user types it on the page: decimal comma; thousands points when ``group``."""
    whole, _, frac = canonical.partition(".")
    if group:
        whole = f"{int(whole):,}".replace(",", ".")
    return whole + ("," + frac if frac else "")


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
            "tarief_tekst": tarief_tekst(exact),
        }
    invoer = {
        "patienten": typed(str(patienten), group=patienten >= 10_000),
        "aw": typed(aw),
        "tarief": typed(tarief, group=True),
        "fte": {d: typed(v) for d, v in fte.items()},
    }
    return {"invoer": invoer, "uitkomst": expected}


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


ROTTERDAM = {"bedrag": F(10), "kwartalen": F(6), "stapeling": F("7.16")}  # source 001


def inzet_case(budget: str, verhouding: dict[str, int]) -> dict:
    per_stap = sum((F(1, 10) * p * COST[d] for d, p in verhouding.items()), F(0))
    stappen = int(F(budget) // per_stap)
    fte = {d: F(1, 10) * p * stappen for d, p in verhouding.items()}
    kosten = sum((f * COST[d] for d, f in fte.items()), F(0))
    return {
        "invoer": {"budget": typed(budget, group=True), "verhouding": verhouding},
        "uitkomst": {
            "stappen": stappen,
            "fte": {d: _fmt(f) for d, f in fte.items()},
            "kosten": _fmt(half_up(kosten, F(1, 100))),
            "over": _fmt(half_up(F(budget) - kosten, F(1, 100))),
        },
    }


def rotterdam_case(ion: int) -> dict:
    kwartaal = half_up(ion * half_up(ROTTERDAM["bedrag"] / 4, F(1, 100)), F(1, 100))
    per_ion = half_up(ROTTERDAM["bedrag"] + ROTTERDAM["stapeling"], F(1, 100))
    return {
        "invoer": {"ion": typed(str(ion), group=True)},
        "uitkomst": {
            "per_kwartaal": _fmt(kwartaal),
            "per_jaar": _fmt(half_up(ion * ROTTERDAM["bedrag"], F(1, 100))),
            "over_de_periode": _fmt(ROTTERDAM["kwartalen"] * kwartaal),
            "gestapeld_per_jaar": _fmt(half_up(ion * per_ion, F(1, 100))),
        },
    }


def verdeling_case(budget: str, praktijken: list[dict], tarief: str, ro: str) -> dict:
    """The kader's rules: RO share rounded down; highest AW first (ties: list order); below 25 %
    only with a reason; each practice patients x AW x tarief until the money runs out."""
    naar_ro = trunc(F(budget) * F(ro) / 100, 2)
    over = half_up(F(budget), F(1, 100)) - naar_ro
    rows = []
    for p in sorted(praktijken, key=lambda p: -F(p["aw"])):  # sorted() is stable
        gevraagd = half_up(F(p["patienten"]) * F(p["aw"]) / 100 * F(tarief), F(1, 100))
        if F(p["aw"]) < 25 and not p["uitzondering"]:
            rows.append([p["naam"], _fmt(gevraagd), "0.00", "onder drempel"])
            continue
        toegekend = min(gevraagd, over)
        over -= toegekend
        status = "volledig" if toegekend == gevraagd else ("gedeeltelijk" if toegekend > 0 else "budget op")
        rows.append([p["naam"], _fmt(gevraagd), _fmt(toegekend), status])
    typed_rows = [{**p, "patienten": typed(p["patienten"], True), "aw": typed(p["aw"])} for p in praktijken]
    return {
        "invoer": {
            "budget": typed(budget, True),
            "praktijken": typed_rows,
            "tarief": typed(tarief, True),
            "ro": typed(ro),
        },
        "uitkomst": {"naar_ro": _fmt(naar_ro), "over": _fmt(over), "praktijken": rows},
    }


def modules() -> dict:
    rng = random.Random(20230101)
    inzet = [
        inzet_case("87990", {"huisarts": 1, "poh-kb": 2}),  # Rekenvoorbeeld 1: 0,2 + 0,4
        inzet_case("0", {"huisarts": 1, "poh-kb": 2}),
        inzet_case("41999.99", {"huisarts": 1, "poh-kb": 1}),  # between one and two steps
        inzet_case("30000", {"huisarts": 1, "poh-kb": 1}),  # exactly one step: nothing over
        inzet_case("1000000000", {"huisarts": 3, "poh-kb": 7}),
        inzet_case("0.01", {"poh-kb": 1}),
    ]
    while len(inzet) < 40:
        ratio = {"huisarts": rng.randint(0, 4), "poh-kb": rng.randint(0, 4)}
        if not any(ratio.values()):
            continue
        ratio = {d: p for d, p in ratio.items() if p}
        inzet.append(inzet_case(f"{rng.randint(0, 100_000_000) / 100:.2f}", ratio))
    rotterdam = [rotterdam_case(n) for n in (4190, 0, 1, 3, 2095, 10_000_000)]
    rotterdam += [rotterdam_case(rng.randint(0, 60_000)) for _ in range(24)]
    verdeling = [
        verdeling_case(
            "100000",
            [
                {"naam": "A", "patienten": "2000", "aw": "30", "uitzondering": ""},
                {"naam": "B", "patienten": "1000", "aw": "60", "uitzondering": ""},
                {"naam": "C", "patienten": "3000", "aw": "20", "uitzondering": ""},
                {"naam": "D", "patienten": "1000", "aw": "20", "uitzondering": "reden"},
                {"naam": "E", "patienten": "1500", "aw": "40", "uitzondering": ""},
            ],
            "60",
            "10",
        )
    ]
    while len(verdeling) < 25:
        praktijken = [
            {
                "naam": f"P{i}",
                "patienten": str(rng.randint(0, 12_000)),
                "aw": rng.choice(["25", "40", "40", f"{rng.randint(0, 1000) / 10:g}", "24.9"]),
                "uitzondering": rng.choice(["", "", "reden"]),
            }
            for i in range(rng.randint(0, 9))
        ]
        budget = f"{rng.randint(0, 200_000_000) / 100:.2f}"
        ro = rng.choice(["0", "10", "2.5", f"{rng.randint(0, 100) / 10:g}"])
        verdeling.append(verdeling_case(budget, praktijken, f"{rng.randint(3500, 8500) / 100:.2f}", ro))
    return {"inzet": inzet, "rotterdam": rotterdam, "verdeling": verdeling}


def main() -> None:
    mods = modules()
    out = Path(__file__).with_name("modules.json")
    out.write_text(json.dumps(mods, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = ", ".join(f"{len(v)} {k}" for k, v in mods.items())
    print(f"{counts} geschreven naar {out}")
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
    cases += [
        case(100, "3.60499999999999999999999999999999", "1", {"huisarts": "0", "poh-kb": "0"}),  # issue 13
        case(1, "1", "0.5", {"huisarts": "0", "poh-kb": "0"}),  # budget exactly half a cent
        case(1, "1", "0.4999999999999999999999999999999", {"huisarts": "0", "poh-kb": "0"}),  # just below
        case(1000, "100", "60", {"huisarts": "0.425", "poh-kb": "0"}),  # tarief exactly 76,50: 77
        case(1000, "100", "60", {"huisarts": "0.4249999", "poh-kb": "0"}),  # 76,4999..: 76, shown so
        case(1000, "100", "60", {"huisarts": "0.19444444", "poh-kb": "0"}),  # 34,9999..: outside
        case(1800, "100", "60", {"huisarts": "0.35", "poh-kb": "0"}),  # exactly 35: inside
        case(1800, "100", "60", {"huisarts": "0.85", "poh-kb": "0"}),  # exactly 85: inside
        case(1800, "100", "60", {"huisarts": "0.8500001", "poh-kb": "0"}),  # just above 85: outside
        case(10_000_000, "100", "1000000000", {"huisarts": "100", "poh-kb": "100"}),  # the largest
        case(10_000_000, "0.0000000000000000000000000000000000001", "999999999.99", {"huisarts": "0.1", "poh-kb": "0"}),
        case(4190, "35", "60.0050", {"huisarts": "0.2", "poh-kb": "0.4"}),  # 60,005 alone is ambiguous
    ]
    rng = random.Random(20221001)
    while len(cases) < 100:
        cases.append(
            case(
                rng.randint(1, 12_000),
                f"{rng.randint(0, 1000) / 10:g}",
                f"{rng.randint(0, 12_000) / 100:.2f}",
                {"huisarts": f"{rng.randint(0, 20) / 10:g}", "poh-kb": f"{rng.randint(0, 30) / 10:g}"},
            )
        )
    while len(cases) < 160:  # long decimals near half-cent boundaries, as in issue 13
        cents = rng.randint(0, 99_999)
        digits = rng.randint(20, 34)
        tail = rng.choice(["4" + "9" * digits, "5" + "0" * (digits - 1) + "1", "5", "4" + "9" * (digits - 3) + "8"])
        aw = f"{cents // 100}.{cents % 100:02d}{tail}"
        if F(aw) > 100:
            continue
        cases.append(case(100, aw, "1", {"huisarts": f"{rng.randint(0, 9)}", "poh-kb": f"0.{rng.randint(0, 9)}"}))
    out = Path(__file__).with_name("funding.json")
    out.write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(cases)} gevallen geschreven naar {out}")


if __name__ == "__main__":
    main()
