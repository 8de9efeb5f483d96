"""The funding calculations, exact. Rounding rules live here and nowhere else:

- intermediate values stay exact: they are computed as fractions (``Fraction``), never in
  a Decimal context that could round (the default one keeps 28 digits); a value that ends
  (AW-ION, costs) is handed back as an exact Decimal;
- money is rounded half up to whole cents when a result is reported (:func:`cents`);
- the tarief is also rounded half up to whole euros, as the kader writes "€ 76" for
  € 76,37 (:func:`whole_euros`);
- the regio-organisatie's share is rounded *down* to cents (:func:`cents_down`), so the
  practices always get at least their percentage.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, Inexact, localcontext
from fractions import Fraction

from .model import Parameters, Regeling

HUNDRED = Decimal(100)
FTE_STEP = Decimal("0.1")
Exact = Decimal | Fraction | int


def _q(value: Exact) -> Fraction:
    return value if isinstance(value, Fraction) else Fraction(value)


def exact_decimal(value: Exact) -> Decimal:
    """A terminating fraction as the Decimal it is, without rounding (Inexact is an error)."""
    q = _q(value)
    with localcontext() as ctx:
        ctx.prec = 400  # the grammar's 40 digits, multiplied a few times, fit with room to spare
        ctx.traps[Inexact] = True
        return Decimal(q.numerator) / Decimal(q.denominator)


def afronden(value: Exact, places: int, down: bool = False) -> Decimal:
    """Half up (away from zero) to ``places`` decimals, or towards zero when ``down``."""
    q = abs(_q(value)) * 10**places
    n = q.numerator // q.denominator if down else (2 * q.numerator + q.denominator) // (2 * q.denominator)
    return Decimal(f"{'-' if value < 0 and n else ''}{n}E-{places}")


def cents(amount: Exact) -> Decimal:
    """The one rounding rule for money: half up to whole cents, from the exact value."""
    return afronden(amount, 2)


def cents_down(amount: Exact) -> Decimal:
    return afronden(amount, 2, down=True)


def whole_euros(amount: Exact) -> Decimal:
    return afronden(amount, 0)


class InvoerFout(ValueError):
    """Bad input for a calculation; the message is plain Dutch."""


def _check(patienten: int, aw: Decimal) -> None:
    if patienten < 0:
        raise InvoerFout("het aantal patiënten mag niet negatief zijn")
    if not Decimal(0) <= aw <= HUNDRED:
        raise InvoerFout(f"het AW-percentage moet tussen 0 en 100 liggen (nu {aw})")


def aw_ion(patienten: int, aw: Decimal) -> Decimal:
    """Patients from a deprived-area postcode: patients x AW-percentage (exact)."""
    _check(patienten, aw)
    return exact_decimal(_q(patienten) * _q(aw) / 100)


@dataclass(frozen=True)
class FteRegel:
    discipline: str
    naam: str
    fte: Decimal
    kosten_per_fte: Decimal
    kosten: Decimal


def kosten(fte: Mapping[str, Decimal], params: Parameters) -> tuple[list[FteRegel], Decimal]:
    """The yearly cost of an fte mix: one line per discipline and the total."""
    regels = []
    for discipline_id, amount in fte.items():
        if amount < 0:
            raise InvoerFout(f"fte voor {discipline_id} mag niet negatief zijn")
        try:
            d = params.discipline(discipline_id)
        except KeyError as err:
            raise InvoerFout(str(err.args[0])) from None
        regels.append(
            FteRegel(d.id, d.naam, amount, d.kosten_per_fte, exact_decimal(_q(amount) * _q(d.kosten_per_fte)))
        )
    return regels, exact_decimal(sum((_q(r.kosten) for r in regels), Fraction(0)))


@dataclass(frozen=True)
class Budget:
    patienten: int
    aw: Decimal
    tarief: Decimal
    aw_ion: Decimal
    budget: Decimal
    regels: list[FteRegel]
    kosten: Decimal
    saldo: Decimal
    past: bool


def budget(patienten: int, aw: Decimal, tarief: Decimal, fte: Mapping[str, Decimal], params: Parameters) -> Budget:
    """Rekenvoorbeeld 1: patients x AW x tarief against the cost of an fte mix."""
    if tarief < 0:
        raise InvoerFout("het tarief mag niet negatief zijn")
    ion = aw_ion(patienten, aw)
    regels, totaal = kosten(fte, params)
    jaarbudget = cents(_q(ion) * _q(tarief))
    saldo = jaarbudget - cents(totaal)
    return Budget(patienten, aw, tarief, ion, jaarbudget, regels, cents(totaal), saldo, saldo >= 0)


@dataclass(frozen=True)
class Tarief:
    patienten: int
    aw: Decimal
    aw_ion: Decimal
    regels: list[FteRegel]
    kosten: Decimal
    exact: Fraction  # before rounding: exact * aw_ion == kosten
    tarief: Decimal  # cents
    tarief_afgerond: Decimal  # whole euros
    binnen_bandbreedte: bool
    laag: Decimal
    hoog: Decimal


def tarief(patienten: int, aw: Decimal, fte: Mapping[str, Decimal], params: Parameters) -> Tarief:
    """Rekenvoorbeeld 2: the tarief per AW-ION a practice needs for its fte mix."""
    ion = aw_ion(patienten, aw)
    if ion == 0:
        raise InvoerFout("zonder AW-ION (0 patiënten of 0 %) is geen tarief te berekenen")
    regels, totaal = kosten(fte, params)
    exact = _q(totaal) / _q(ion)
    band = params.tarief
    return Tarief(
        patienten,
        aw,
        ion,
        regels,
        cents(totaal),
        exact,
        cents(exact),
        whole_euros(exact),
        _q(band.laag) <= exact <= _q(band.hoog),
        band.laag,
        band.hoog,
    )


@dataclass(frozen=True)
class Inzet:
    budget: Decimal
    stappen: int
    regels: list[FteRegel]
    kosten: Decimal
    over: Decimal


def inzet(beschikbaar: Decimal, verhouding: Mapping[str, int], params: Parameters) -> Inzet:
    """The largest fte mix in the given ratio, in steps of 0,1 fte per part, that fits."""
    if beschikbaar < 0:
        raise InvoerFout("het budget mag niet negatief zijn")
    if not verhouding or any(p <= 0 for p in verhouding.values()):
        raise InvoerFout("de verhouding moet voor elke discipline een positief heel getal zijn")
    _, per_stap = kosten({d: FTE_STEP * p for d, p in verhouding.items()}, params)
    stappen = int(_q(beschikbaar) // _q(per_stap))
    regels, totaal = kosten({d: exact_decimal(_q(FTE_STEP) * p * stappen) for d, p in verhouding.items()}, params)
    return Inzet(beschikbaar, stappen, regels, cents(totaal), cents(_q(beschikbaar) - _q(totaal)))


def per_kwartaal(bedrag_per_jaar: Decimal) -> Decimal:
    """A yearly amount per ION, per quarter (Rotterdam: € 10 -> € 2,50)."""
    return cents(_q(bedrag_per_jaar) / 4)


def stapeling(bedragen: Sequence[Decimal]) -> Decimal:
    """Modules stack: their amounts per ION add up (€ 10 + € 7,16 = € 17,16)."""
    return cents(sum((_q(b) for b in bedragen), Fraction(0)))


@dataclass(frozen=True)
class Module:
    """What a module per ION (Rotterdam) pays one practice."""

    ion: int
    per_ion_per_jaar: Decimal
    per_ion_per_kwartaal: Decimal
    per_kwartaal: Decimal
    per_jaar: Decimal
    kwartalen: int | None
    over_de_periode: Decimal | None
    gestapeld_per_ion: Decimal | None  # with the modules it stacks with, per ION per jaar
    gestapeld_per_jaar: Decimal | None


def module(ion: int, regeling: Regeling) -> Module:
    """ION x the module's amount: per kwartaal, per jaar, over its period, and stacked."""
    if ion < 0:
        raise InvoerFout("het aantal ION mag niet negatief zijn")
    if regeling.per != "jaar":
        raise InvoerFout(f"regeling '{regeling.id}' heeft geen bedrag per jaar")
    kwartaal = per_kwartaal(regeling.bedrag)
    per_k = cents(ion * _q(kwartaal))
    n = regeling.kwartalen
    gestapeld = stapeling([regeling.bedrag, regeling.stapeling.totaal]) if regeling.stapeling else None
    return Module(
        ion,
        regeling.bedrag,
        kwartaal,
        per_k,
        cents(ion * _q(regeling.bedrag)),
        n,
        None if n is None else cents(n * _q(per_k)),
        gestapeld,
        None if gestapeld is None else cents(ion * _q(gestapeld)),
    )


@dataclass(frozen=True)
class Praktijk:
    naam: str
    patienten: int
    aw: Decimal
    uitzondering: str | None = None  # the reason, when funded below the threshold


@dataclass(frozen=True)
class Toekenning:
    praktijk: Praktijk
    gevraagd: Decimal
    toegekend: Decimal
    status: str  # volledig | gedeeltelijk | budget op | onder drempel


@dataclass(frozen=True)
class Verdeling:
    budget: Decimal
    naar_ro: Decimal
    voor_praktijken: Decimal
    toekenningen: list[Toekenning] = field(default_factory=list)
    over: Decimal = Decimal(0)


def verdeling(
    regiobudget: Decimal,
    praktijken: Sequence[Praktijk],
    tarief_per_aw_ion: Decimal,
    params: Parameters,
    ro_percentage: Decimal | None = None,
) -> Verdeling:
    """A regional budget over practices: RO at most (100 - aandeel_praktijken) %, then
    highest AW-percentage first, each patients x AW x tarief until the money runs out."""
    max_ro = HUNDRED - params.aandeel_praktijken
    ro_percentage = max_ro if ro_percentage is None else ro_percentage
    if regiobudget < 0 or tarief_per_aw_ion < 0:
        raise InvoerFout("budget en tarief mogen niet negatief zijn")
    if not Decimal(0) <= ro_percentage <= max_ro:
        raise InvoerFout(f"de regio-organisatie krijgt hoogstens {max_ro} % (nu {ro_percentage} %)")
    naar_ro = cents_down(_q(regiobudget) * _q(ro_percentage) / 100)
    pot = cents(regiobudget) - naar_ro
    over = pot
    toekenningen = []
    for p in sorted(praktijken, key=lambda p: p.aw, reverse=True):  # stable: ties keep list order
        gevraagd = cents(_q(aw_ion(p.patienten, p.aw)) * _q(tarief_per_aw_ion))
        if p.aw < params.selectiedrempel and not p.uitzondering:
            toekenningen.append(Toekenning(p, gevraagd, Decimal("0.00"), "onder drempel"))
            continue
        toegekend = min(gevraagd, over)
        status = "volledig" if toegekend == gevraagd else ("gedeeltelijk" if toegekend > 0 else "budget op")
        over -= toegekend
        toekenningen.append(Toekenning(p, gevraagd, toegekend, status))
    return Verdeling(cents(regiobudget), naar_ro, pot, toekenningen, over)
