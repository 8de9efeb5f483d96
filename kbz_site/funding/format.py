"""Dutch notation: € 87.990; € 76,37; 0,2 fte; 35 %; 1.466,5. Plain text, no HTML."""

from __future__ import annotations

from decimal import Decimal


def getal(value: Decimal | int, decimalen: int | None = None) -> str:
    """1466.5 -> '1.466,5'; with decimalen=2 -> '1.466,50'. Trailing zeros go unless asked for."""
    value = Decimal(value)
    if decimalen is not None:
        value = value.quantize(Decimal(1).scaleb(-decimalen))
        text = f"{value:,.{decimalen}f}"
    else:
        text = f"{value.normalize():,f}" if value != value.to_integral_value() else f"{value.to_integral_value():,f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def euro(value: Decimal | int, centen: bool | None = None) -> str:
    """€ 87.990 for whole euros, € 76,37 otherwise; centen=True always shows cents."""
    value = Decimal(value)
    whole = value == value.to_integral_value()
    if centen or (centen is None and not whole):
        return f"€ {getal(value, 2)}"
    return f"€ {getal(value, 0)}"


def fte(value: Decimal) -> str:
    return f"{getal(value)} fte"


def procent(value: Decimal | int) -> str:
    return f"{getal(value)} %"
