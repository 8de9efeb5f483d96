"""The tarief a practice needs against its AW-percentage, as numbers for an SVG chart.

Python computes the numbers and the coordinates; templates/partials/kbz/tariefgrafiek.html
draws them. The same numbers go into a table for readers without the picture.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .calc import InvoerFout, cents, kosten
from .model import Parameters
from .steps import exact_tarief_tekst

WIDTH, HEIGHT = 640, 360
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 48
X_FROM, X_TO = 25, 100


@dataclass(frozen=True)
class Punt:
    aw: Decimal
    tarief: Decimal  # cents
    binnen: bool  # the exact tarief lies in the band (not the rounded one)
    tekst: str  # as shown: in cents, or with more decimals when cents would mislead
    x: float
    y: float


@dataclass(frozen=True)
class Grafiek:
    kosten: Decimal
    punten: list[Punt]  # the line, every whole percent
    tabel: list[Punt]  # every 5 %
    gemarkeerd: list[Punt]  # the source's points
    y_max: int
    y_ticks: list[tuple[int, float]]
    x_ticks: list[tuple[int, float]]
    band: tuple[float, float]  # y of hoog and laag
    laag: Decimal
    hoog: Decimal
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM

    @property
    def path(self) -> str:
        return " ".join(f"{'M' if i == 0 else 'L'}{p.x:.1f},{p.y:.1f}" for i, p in enumerate(self.punten))


def tariefgrafiek(
    patienten: int, fte: Mapping[str, Decimal], params: Parameters, punten: Sequence[Decimal] = ()
) -> Grafiek:
    _, totaal = kosten(fte, params)
    if totaal <= 0 or patienten <= 0:
        raise InvoerFout("de grafiek heeft kosten en patiënten nodig (allebei meer dan 0)")
    for aw in punten:
        if not X_FROM <= aw <= X_TO:
            raise InvoerFout(f"een punt in de grafiek moet tussen {X_FROM} en {X_TO} % liggen (nu {aw})")
    laag, hoog = Fraction(params.tarief.laag), Fraction(params.tarief.hoog)

    def exact(aw: Decimal | int) -> Fraction:
        return Fraction(totaal) / (patienten * Fraction(aw) / 100)

    y_max = max(-(-exact(X_FROM) // 20) * 20, -(-hoog // 20) * 20)

    def x(aw: Decimal | int) -> float:
        return LEFT + (float(aw) - X_FROM) / (X_TO - X_FROM) * (WIDTH - RIGHT - LEFT)

    def y(value: Fraction | Decimal | int) -> float:
        return TOP + (1 - float(value) / y_max) * (HEIGHT - BOTTOM - TOP)

    def punt(aw: Decimal | int) -> Punt:
        value = exact(aw)
        tekst = exact_tarief_tekst(value, params.tarief.laag, params.tarief.hoog)
        return Punt(Decimal(aw), cents(value), laag <= value <= hoog, tekst, x(aw), y(value))

    return Grafiek(
        kosten=cents(totaal),
        punten=[punt(aw) for aw in range(X_FROM, X_TO + 1)],
        tabel=[punt(aw) for aw in range(X_FROM, X_TO + 1, 5)],
        gemarkeerd=[punt(aw) for aw in punten],
        y_max=y_max,
        y_ticks=[(v, y(v)) for v in range(0, y_max + 1, 20)],
        x_ticks=[(v, x(v)) for v in range(X_FROM, X_TO + 1, 15)],
        band=(y(params.tarief.hoog), y(params.tarief.laag)),
        laag=params.tarief.laag,
        hoog=params.tarief.hoog,
    )
