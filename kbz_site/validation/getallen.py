"""One grammar for numbers typed the Dutch way: money, counts, percentages and fte.

Used by the data files and blocks (through the pydantic types below), the CLI
(`kbz-site rekenen`) and, mirrored in content/assets/kbz/rekenhulp.js, the rekenhulp.
The shared cases in tests/vectors/getallen.json hold both sides to the same reading.

How a number is read (and documented for editors in the same words):

- Spaces around the number, a `€` before money, `,-` after whole euros (`€ 180.000,-`),
  `%` after a percentage and `fte` after an fte are allowed: `€ 60`, `35 %`, `35%`.
- A comma is the decimal sign: `0,4`, `1.000,50`.
- A point followed by groups of exactly three digits separates thousands:
  `180.000` is 180000, `87.990` is 87990, `4.190` is 4190.
- A point that cannot separate thousands (not followed by exactly three digits, or after
  a lone 0) is a decimal point, as YAML and the CLI habitually write it: `0.4`, `10.00`.
- Refused, with a Dutch message that shows how to write it: anything else, such as
  `1,000.50` (English), `1.5.0`, `.5`, `1e3`, `0231234567` (a leading 0), text, a yes/no
  value; and for money and counts `1,000` (English thousands or one with three decimals?).
- At most 40 digits. The calculations are exact for every number this grammar accepts.
- Each kind has a range (:data:`GRENZEN`); a field may narrow it further.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationInfo

Soort = Literal["geld", "aantal", "percentage", "fte", "getal"]

MAX_CIJFERS = 40


@dataclass(frozen=True)
class Grens:
    laag: Decimal
    hoog: Decimal
    uitleg: str  # why the upper limit, for the message


GRENZEN: dict[str, Grens] = {
    "geld": Grens(Decimal(0), Decimal(1_000_000_000), "meer dan € 1.000.000.000 is geen bedrag voor deze rekenhulp"),
    "aantal": Grens(Decimal(0), Decimal(10_000_000), "meer dan 10.000.000 is geen aantal voor één praktijk"),
    "percentage": Grens(Decimal(0), Decimal(100), "een percentage ligt tussen 0 en 100"),
    "fte": Grens(Decimal(0), Decimal(100), "meer dan 100 fte is geen inzet voor één praktijk"),
    "getal": Grens(Decimal(0), Decimal(10) ** 12, "dit getal is te groot"),
}

_VOORBEELD = {
    "geld": "bijvoorbeeld 87.990 of 76,37",
    "aantal": "bijvoorbeeld 4190 of 4.190",
    "percentage": "bijvoorbeeld 35 of 12,5",
    "fte": "bijvoorbeeld 0,4",
    "getal": "bijvoorbeeld 1.466,5",
}

_SPATIES = "\u00a0\u202f\u2009\t "
_DUTCH_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?")
_COMMA = re.compile(r"[0-9]+(?:,[0-9]+)?")
_POINT = re.compile(r"[0-9]+\.[0-9]+")


class GetalFout(ValueError):
    """A number that cannot be read; the message is plain Dutch and says how to write it."""


def _cijfers(text: str) -> str:
    return text.replace(".", "").replace(",", "")


def lees(tekst: str, soort: Soort = "getal") -> Decimal:
    """The exact value of ``tekst`` (see the module docstring), or :class:`GetalFout`.

    Only the notation is checked here, and the sign is kept; :func:`binnen` checks the range.
    """
    t = tekst.strip(_SPATIES)
    shown = f"'{t}'" if t else "een leeg veld"
    if not t:
        raise GetalFout(f"vul een getal in ({_VOORBEELD[soort]})")
    if soort == "geld":
        t = t.removeprefix("€").lstrip(_SPATIES)
        if t.endswith((",-", ",--")):
            t = t.rstrip("-").removesuffix(",")
    elif soort == "percentage":
        t = t.removesuffix("%").rstrip(_SPATIES)
    elif soort == "fte":
        t = t.removesuffix("fte").rstrip(_SPATIES)
    negatief = t[:1] in ("-", "−")
    if negatief:
        t = t[1:].lstrip(_SPATIES)
    if "€" in t or "%" in t:
        raise GetalFout(f"{shown} hoort hier geen € of % te hebben; schrijf alleen het getal ({_VOORBEELD[soort]})")
    if _DUTCH_GROUPED.fullmatch(t):
        digits = t.replace(".", "").replace(",", ".")
    elif _COMMA.fullmatch(t):
        whole, _, frac = t.partition(",")
        if soort in ("geld", "aantal") and len(frac) == 3 and whole != "0" and len(whole) <= 3:
            raise GetalFout(
                f"{shown} is niet duidelijk: schrijf {whole}.{frac} als u duizendtallen bedoelt "
                f"(een punt); bedoelt u decimalen, schrijf dan {whole},{frac}0"
                if soort == "geld"
                else f"{shown} is niet duidelijk: schrijf duizendtallen met een punt ({whole}.{frac}) of zonder teken"
            )
        digits = t.replace(",", ".")
    elif _POINT.fullmatch(t):
        whole, _, frac = t.partition(".")
        if len(frac) == 3 and whole != "0":  # only reachable with a leading 0, e.g. 01.500
            raise GetalFout(
                f"{shown} is niet duidelijk; schrijf duizendtallen met een punt (1.500), decimalen met een komma (1,5)"
            )
        digits = t
    else:
        raise GetalFout(_uitleg(t, shown, soort))
    whole = digits.partition(".")[0]
    if len(whole) > 1 and whole.startswith("0"):
        raise GetalFout(f"{shown} begint met een 0; schrijf het getal zonder 0 vooraan ({_VOORBEELD[soort]})")
    if len(_cijfers(digits)) > MAX_CIJFERS:
        raise GetalFout(f"{shown} heeft meer dan {MAX_CIJFERS} cijfers; zo precies kan de rekenhulp niet rekenen")
    value = Decimal(digits)
    return -value if negatief else value


def _uitleg(t: str, shown: str, soort: Soort) -> str:
    if re.fullmatch(r"[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?", t):
        return (
            f"{shown} is in Engelse schrijfwijze; schrijf duizendtallen met een punt en decimalen met een komma "
            f"({_VOORBEELD[soort]})"
        )
    if re.fullmatch(r"[.,][0-9]+", t):
        return f"{shown}: schrijf een 0 voor de komma, bijvoorbeeld 0{t.replace('.', ',')}"
    if re.fullmatch(r"[0-9.,]+", t):
        return (
            f"{shown} is geen getal zoals wij het lezen: gebruik een punt alleen tussen groepjes van drie cijfers "
            f"(180.000) en één komma voor de decimalen (0,4)"
        )
    if re.fullmatch(r"[0-9]+(\.[0-9]+)?[eE][-+]?[0-9]+", t):
        return f"{shown}: schrijf het getal voluit, zonder e-notatie ({_VOORBEELD[soort]})"
    return f"{shown} is geen getal ({_VOORBEELD[soort]})"


def binnen(value: Decimal, soort: Soort, wie: str | None = None) -> Decimal:
    """``value`` when it lies in the range of its kind; otherwise a Dutch :class:`GetalFout`.

    ``wie`` names the number in the message, e.g. "'-4'" or "het aantal patiënten"."""
    grens = GRENZEN[soort]
    wie = wie or "het getal"
    if value < grens.laag:
        raise GetalFout(f"{wie} mag niet negatief zijn")
    if soort == "percentage" and value > grens.hoog:
        raise GetalFout(f"{wie} ligt niet tussen 0 en 100")
    if value > grens.hoog:
        raise GetalFout(f"{wie} is te groot: {grens.uitleg}")
    if soort == "aantal" and value != value.to_integral_value():
        raise GetalFout(f"{wie} moet een heel getal zijn")
    return value


def lees_aantal(tekst: str, wie: str | None = None) -> int:
    value = lees(tekst, "aantal")
    if value != value.to_integral_value():
        raise GetalFout(
            f"'{tekst.strip()}' moet een heel getal zijn; schrijf duizendtallen met een punt of zonder teken "
            f"(4.190 of 4190)"
        )
    return int(binnen(value, "aantal", wie))


def lees_soort(tekst: str, soort: Soort, wie: str | None = None) -> Decimal:
    """Read and range-check in one go (the CLI and the rekenhulp's rules)."""
    if soort == "aantal":
        return Decimal(lees_aantal(tekst, wie))
    return binnen(lees(tekst, soort), soort, wie)


# ---- pydantic types ---------------------------------------------------------------------


def bron_tekst(value: Any) -> str | None:
    """The text an editor typed for ``value``: YAML numbers carry it (yaml_lines), text is itself."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value
    tekst = getattr(value, "bron_tekst", None)
    if tekst is not None:
        return tekst
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, float):
        return repr(value) if value == value and abs(value) != float("inf") else "?"
    return None


_JA_NEE = {"yes", "no", "on", "off", "y", "n", "true", "false"}


def _before(soort: Soort) -> BeforeValidator:
    def parse(value: Any, info: ValidationInfo) -> Any:
        veld = f"'{info.field_name}'" if info.field_name else "dit veld"
        # yes/no/on/off reach us as text (yaml_lines keeps them so), true/false as bool
        if isinstance(value, bool) or (isinstance(value, str) and value.strip().lower() in _JA_NEE):
            raise GetalFout(
                f"{veld} moet een getal zijn, geen ja/nee-waarde (YAML leest yes, no, on en off als ja of nee)"
            )
        tekst = bron_tekst(value)
        if tekst is None:
            return value  # a list or mapping: pydantic's own message names the type
        try:
            getal = lees(tekst, soort)
        except GetalFout as err:
            soort_getal = "een heel getal" if soort == "aantal" else "een getal"
            raise GetalFout(f"{veld} moet {soort_getal} zijn: {err}") from None
        if soort == "aantal":
            if getal != getal.to_integral_value():
                raise GetalFout(f"{veld} moet een heel getal zijn (schrijf duizendtallen als 4.190 of 4190)")
            return int(getal)
        return getal

    return BeforeValidator(parse)


def _range(soort: Soort) -> Any:
    grens = GRENZEN[soort]
    return Field(ge=int(grens.laag), le=int(grens.hoog))


GELD = _before("geld")
AANTAL = _before("aantal")
PERCENTAGE = _before("percentage")
FTE = _before("fte")

Geld = Annotated[Decimal, GELD, _range("geld")]
Aantal = Annotated[int, AANTAL, _range("aantal")]
Percentage = Annotated[Decimal, PERCENTAGE, _range("percentage")]
Fte = Annotated[Decimal, FTE, _range("fte")]
