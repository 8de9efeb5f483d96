"""A calculation as numbered steps in Dutch notation, for the site and the CLI alike."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .calc import Budget, FteRegel, Inzet, Module, Tarief, afronden, cents, per_kwartaal, stapeling, whole_euros
from .format import euro, fte, getal, procent
from .model import Regeling


@dataclass(frozen=True)
class Stap:
    wat: str  # "Budget"
    som: str  # "1.466,5 AW-ION × € 60"
    uitkomst: str  # "€ 87.990 per jaar"


def _kosten(regels: list[FteRegel]) -> list[Stap]:
    steps = [Stap(f"Kosten {r.naam}", f"{fte(r.fte)} × {euro(r.kosten_per_fte)}", euro(r.kosten)) for r in regels]
    if len(regels) > 1:
        total = sum(r.kosten for r in regels)
        steps.append(Stap("Totale kosten", " + ".join(euro(r.kosten) for r in regels), f"{euro(total)} per jaar"))
    return steps


def budget_stappen(r: Budget) -> list[Stap]:
    oordeel = "het past" if r.past else "het past niet"
    return [
        Stap("AW-ION", f"{getal(r.patienten)} patiënten × {procent(r.aw)}", f"{getal(r.aw_ion)} AW-ION"),
        Stap("Budget", f"{getal(r.aw_ion)} AW-ION × {euro(r.tarief)}", f"{euro(r.budget)} per jaar"),
        *_kosten(r.regels),
        Stap("Saldo", f"{euro(r.budget)} − {euro(r.kosten)}", f"{euro(r.saldo)}: {oordeel}"),
    ]


def tarief_tekst(r: Tarief) -> str:
    """The tarief in cents; with more decimals (and '…') when the cents would tell a different
    story than the exact value: € 34,999… is outside a band from € 35, € 76,499… rounds to € 76."""
    return exact_tarief_tekst(r.exact, r.laag, r.hoog)


def exact_tarief_tekst(exact: Fraction, laag: Decimal, hoog: Decimal) -> str:
    binnen = Fraction(laag) <= exact <= Fraction(hoog)
    afgerond = whole_euros(exact)

    def consistent(v: Decimal) -> bool:
        return (laag <= v <= hoog) == binnen and whole_euros(v) == afgerond

    shown = cents(exact)
    if consistent(shown):
        return euro(shown)
    for places in range(3, 41):
        truncated = afronden(exact, places, down=True)
        if consistent(truncated):
            return f"€ {getal(truncated, places)}…"
    return euro(shown)


def tarief_stappen(r: Tarief) -> list[Stap]:
    band = "binnen" if r.binnen_bandbreedte else "buiten"
    return [
        Stap("AW-ION", f"{getal(r.patienten)} patiënten × {procent(r.aw)}", f"{getal(r.aw_ion)} AW-ION"),
        *_kosten(r.regels),
        Stap(
            "Tarief",
            f"{euro(r.kosten)} / {getal(r.aw_ion)} AW-ION",
            f"{tarief_tekst(r)} per AW-ION, afgerond {euro(r.tarief_afgerond)}",
        ),
        Stap("Bandbreedte", f"{euro(r.laag)} tot {euro(r.hoog)}", f"{band} de bandbreedte"),
    ]


def inzet_stappen(r: Inzet) -> list[Stap]:
    mix = " + ".join(f"{fte(x.fte)} {x.naam}" for x in r.regels)
    return [
        Stap("Beschikbaar", "budget per jaar", euro(r.budget)),
        Stap("Grootste inzet in stappen van 0,1 fte", f"{r.stappen} stap(pen)", mix),
        *_kosten(r.regels),
        Stap("Over", f"{euro(r.budget)} − {euro(r.kosten)}", euro(r.over)),
    ]


def kwartaal_stappen(naam: str, grondslag: str, per_jaar: Decimal) -> list[Stap]:
    return [
        Stap(
            naam,
            f"{euro(per_jaar)} per {grondslag} per jaar / 4",
            f"{euro(per_kwartaal(per_jaar))} per {grondslag} per kwartaal",
        )
    ]


def stapeling_stappen(regeling: Regeling) -> list[Stap]:
    assert regeling.stapeling is not None
    s = regeling.stapeling
    return [
        Stap(s.naam[:1].upper() + s.naam[1:], " + ".join(euro(x) for x in s.onderdelen), euro(s.totaal)),
        Stap(
            "Totaal met " + regeling.naam,
            f"{euro(regeling.bedrag)} + {euro(s.totaal)}",
            f"{euro(stapeling([regeling.bedrag, s.totaal]))} per {regeling.grondslag}",
        ),
    ]


def module_stappen(m: Module, regeling: Regeling) -> list[Stap]:
    """What a module per ION pays one practice (Rotterdam), step by step."""
    g = regeling.grondslag
    steps = [
        Stap("Per kwartaal per " + g, f"{euro(m.per_ion_per_jaar)} per jaar / 4", euro(m.per_ion_per_kwartaal)),
        Stap("Per kwartaal", f"{getal(m.ion)} {g} × {euro(m.per_ion_per_kwartaal)}", euro(m.per_kwartaal)),
        Stap("Per jaar", f"{getal(m.ion)} {g} × {euro(m.per_ion_per_jaar)}", euro(m.per_jaar)),
    ]
    if m.kwartalen is not None and m.over_de_periode is not None:
        steps.append(
            Stap(
                f"Over de periode {regeling.van} tot en met {regeling.tot_en_met}",
                f"{m.kwartalen} kwartalen × {euro(m.per_kwartaal)}",
                euro(m.over_de_periode),
            )
        )
    if m.gestapeld_per_ion is not None and m.gestapeld_per_jaar is not None and regeling.stapeling:
        steps.append(
            Stap(
                f"Met {regeling.stapeling.naam}, per jaar",
                f"{getal(m.ion)} {g} × {euro(m.gestapeld_per_ion)}",
                euro(m.gestapeld_per_jaar),
            )
        )
    return steps
