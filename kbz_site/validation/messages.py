"""Plain Dutch for every validation problem an editor can make (B1, with a hint)."""

from __future__ import annotations

import re
from typing import Any

from pydantic_core import ErrorDetails


def _field(loc: tuple[Any, ...]) -> str:
    names = [str(p) for p in loc if isinstance(p, str) and "[" not in p]
    return names[-1] if names else "waarde"


def _number(value: Any) -> Any:
    """100.0 -> 100, 0.5 -> 0,5: numbers as a Dutch reader writes them."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if float(value).is_integer():
        return str(int(value))
    return str(value).replace(".", ",")


def _join(expected: str) -> str:
    return expected.replace("'", "").replace(" or ", " of ")


_TEMPLATES: dict[str, str] = {
    "missing": "verplicht veld '{field}' ontbreekt; voeg het toe",
    "extra_forbidden": "onbekend veld '{field}'; controleer de spelling of haal het weg",
    "string_type": "'{field}' moet tekst zijn",
    "string_too_short": "'{field}' mag niet leeg zijn",
    "string_too_long": "'{field}' is te lang (hoogstens {max_length} tekens)",
    "string_pattern_mismatch": "'{field}' heeft niet de juiste vorm",
    "int_type": "'{field}' moet een heel getal zijn",
    "int_parsing": "'{field}' moet een heel getal zijn",
    "int_from_float": "'{field}' moet een heel getal zijn, zonder komma",
    "float_type": "'{field}' moet een getal zijn",
    "float_parsing": "'{field}' moet een getal zijn (gebruik een punt: 0.5)",
    "decimal_type": "'{field}' moet een getal zijn",
    "decimal_parsing": "'{field}' moet een getal zijn (gebruik een punt: 0.5)",
    "bool_type": "'{field}' moet true (ja) of false (nee) zijn",
    "bool_parsing": "'{field}' moet true (ja) of false (nee) zijn",
    "list_type": "'{field}' moet een lijst zijn (regels die beginnen met '- ')",
    "dict_type": "'{field}' moet velden bevatten (regels als 'naam: waarde')",
    "model_type": "'{field}' moet velden bevatten (regels als 'naam: waarde')",
    "model_attributes_type": "'{field}' moet velden bevatten (regels als 'naam: waarde')",
    "too_short": "'{field}' moet minstens {min_length} item(s) hebben",
    "too_long": "'{field}' mag hoogstens {max_length} item(s) hebben",
    "greater_than": "'{field}' moet groter zijn dan {gt}",
    "greater_than_equal": "'{field}' moet minstens {ge} zijn",
    "less_than": "'{field}' moet kleiner zijn dan {lt}",
    "less_than_equal": "'{field}' mag hoogstens {le} zijn",
    "literal_error": "'{field}' moet een van deze waarden zijn: {expected}",
    "enum": "'{field}' moet een van deze waarden zijn: {expected}",
    "date_type": "'{field}' moet een datum zijn (jjjj-mm-dd)",
    "date_parsing": "'{field}' is geen bestaande datum (schrijf jjjj-mm-dd)",
    "date_from_datetime_parsing": "'{field}' is geen bestaande datum (schrijf jjjj-mm-dd)",
    "datetime_type": "'{field}' moet een datum met tijd zijn (jjjj-mm-dd uu:mm)",
    "datetime_parsing": "'{field}' is geen bestaande datum met tijd (jjjj-mm-dd uu:mm)",
    "datetime_from_date_parsing": "'{field}' is geen bestaande datum met tijd (jjjj-mm-dd uu:mm)",
    "url_parsing": "'{field}' is geen geldig webadres",
    "url_scheme": "'{field}' moet beginnen met {expected_schemes}",
}


def dutch(error: ErrorDetails) -> str:
    """One Dutch sentence for one pydantic error."""
    loc = tuple(error.get("loc", ()))
    kind = error["type"]
    ctx = {key: _number(value) for key, value in (error.get("ctx") or {}).items()}
    if kind == "value_error":
        # our own validators raise ValueError with a Dutch message already
        return str(ctx.get("error", error["msg"]))
    if kind == "assertion_error":
        return str(ctx.get("error", error["msg"]))
    if (
        kind == "string_type"
        and isinstance(error.get("input"), int | float)
        and not isinstance(error.get("input"), bool)
    ):
        return f"'{_field(loc)}' moet tekst zijn: zet het tussen aanhalingstekens, bijvoorbeeld '030 123 4567'"
    if "Keys should be strings" in error["msg"]:
        return f"'{_field(loc)}': schrijf getallen met een punt, niet met een komma (52.116, niet 52,116)"
    if "expected" in ctx:
        ctx["expected"] = _join(str(ctx["expected"]))
    template = _TEMPLATES.get(kind)
    if template is None:
        return f"'{_field(loc)}' is ongeldig ({error['msg']})"
    try:
        return template.format(field=_field(loc), **ctx)
    except (KeyError, IndexError):
        return template.split(" (")[0].format(field=_field(loc), **{k: "" for k in ctx})


_YAML_PROBLEMS: list[tuple[str, str]] = [
    (r"'\\t' that cannot start any token|found a tab", "tab gevonden: spring in met spaties, niet met tabs"),
    (
        r"mapping values are not allowed",
        "onverwachte dubbele punt; zet tekst met ':' tussen aanhalingstekens, of laat dit veld even ver inspringen "
        "als de velden erboven",
    ),
    (r"could not find expected ':'", "dubbele punt (:) ontbreekt na de veldnaam"),
    (
        r"did not find expected key|expected <block end>",
        "de inspringing klopt niet; zet velden van één item recht onder elkaar",
    ),
    (r"did not find expected '-' indicator", "de inspringing van de lijst klopt niet"),
    (r"unexpected end of stream|found unexpected end", "aanhalingsteken of haakje niet gesloten"),
    (
        r"found undefined alias|found undefined tag|could not determine a constructor",
        "onbekend teken '*', '&' of '!'; zet de tekst tussen aanhalingstekens",
    ),
    (
        r"found character .* that cannot start any token",
        "teken aan het begin van de waarde dat niet mag; zet de tekst tussen aanhalingstekens",
    ),
]


def dutch_yaml(problem: str) -> str:
    """Dutch for a YAML syntax problem reported by PyYAML."""
    for pattern, message in _YAML_PROBLEMS:
        if re.search(pattern, problem):
            return message
    return f"de YAML-opmaak klopt niet ({problem})"
