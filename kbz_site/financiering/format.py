"""Dutch notation: € 87.990; € 76,37; 0,2 fte; 35 %; 1.466,5. Plain text, no HTML.

One convention for every output (pages, CLI text, rekenhulp.js does the same): money is
rounded to cents; a whole amount is shown without cents (€ 87.990), any other with two
decimals (€ 76,37; € 2,50). A negative number has a real minus sign (− € 30.870).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext


def getal(value: Decimal | int, decimalen: int | None = None) -> str:
    """1466.5 -> '1.466,5'; with decimalen=2 -> '1.466,50'. Trailing zeros go unless asked for."""
    with localcontext() as ctx:
        ctx.prec = 400  # any number the grammar accepts, and what the engine makes of it
        return _getal(Decimal(value), decimalen)


def _getal(value: Decimal, decimalen: int | None) -> str:
    if decimalen is not None:
        value = value.quantize(Decimal(1).scaleb(-decimalen), rounding=ROUND_HALF_UP)  # as calc.cents
        text = f"{value:,.{decimalen}f}"
    else:
        text = f"{value.normalize():,f}" if value != value.to_integral_value() else f"{value.to_integral_value():,f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace(",", "_").replace(".", ",").replace("_", ".").replace("-", "−")


def euro(value: Decimal | int, centen: bool = False) -> str:
    """€ 87.990 for whole euros, € 76,37 otherwise; − € 30.870 below zero.
    ``centen=True`` (only for quoting a source that writes € 10,00) always shows cents."""
    value = Decimal(value)
    whole = value == value.to_integral_value() and not centen
    text = f"€ {getal(abs(value), 0 if whole else 2)}"
    return f"− {text}" if value < 0 else text


def fte(value: Decimal) -> str:
    return f"{getal(value)} fte"


def procent(value: Decimal | int) -> str:
    return f"{getal(value)} %"
