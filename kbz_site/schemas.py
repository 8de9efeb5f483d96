"""One schema per content type: the single source for validation, scaffolding
(`kbz-site nieuw`), the CMS configuration (/admin/config.yml) and the field reference
(docs/velden.md). The models themselves live with their domain; this module only names
them, says where their content lives, and reads their fields.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field
from pydantic.fields import FieldInfo

from kbz_site.contacten.model import Contact, Regio
from kbz_site.financiering.model import Parameters
from kbz_site.scholing.model import Event, Module
from kbz_site.scholing.startersmappen import Startersmap
from kbz_site.themas.model import ThemaMeta


class NieuwsMeta(BaseModel):
    """Front matter of a news post (content/nieuws/posts/)."""

    model_config = {"extra": "forbid"}
    date: dt.date
    # The title becomes the post's address and file name: keep it short, on one line.
    title: Annotated[str, Field(min_length=1, max_length=120, pattern=r"^[^\n]+$")]
    description: str | None = None
    bronnen: list[str]


class PaginaMeta(BaseModel):
    """Front matter of an ordinary page, such as an instrument page."""

    model_config = {"extra": "forbid"}
    title: str
    description: str | None = None
    bronnen: list[str]
    tags: list[str] = []


@dataclass(frozen=True)
class ContentType:
    naam: str  # as in `kbz-site nieuw NAAM`
    label: str  # Dutch, for people
    model: type[BaseModel]
    plek: str  # a folder for pages, or a data file
    lijst: str | None = None  # the list in the data file that holds the items

    @property
    def is_pagina(self) -> bool:
        return self.lijst is None and not self.plek.endswith(".yml")


TYPES = [
    ContentType("thema", "Themapagina", ThemaMeta, "themas"),
    ContentType("instrument", "Instrument (werkwijze)", PaginaMeta, "werkwijze"),
    ContentType("nieuws", "Nieuwsbericht", NieuwsMeta, "nieuws/posts"),
    ContentType("contact", "Contact", Contact, "_data/contacten.yml", "contacten"),
    ContentType("regio", "Regio", Regio, "_data/regios.yml", "regios"),
    ContentType("module", "Scholingsmodule", Module, "_data/scholing.yml", "modules"),
    ContentType("evenement", "Scholing in de agenda", Event, "_data/agenda.yml", "evenementen"),
    ContentType("startersmap", "Startersmap", Startersmap, "_data/startersmappen.yml", "startersmappen"),
    ContentType("financiering", "Financiering (parameters)", Parameters, "_data/financiering.yml"),
]
BY_NAME = {t.naam: t for t in TYPES}


@dataclass(frozen=True)
class Veld:
    """One field of a schema, reduced to what the scaffolding, CMS and reference need."""

    naam: str
    soort: str  # tekst | getal | geheel getal | ja/nee | keuze | datum | datum en tijd | lijst | object
    verplicht: bool
    keuzes: tuple[str, ...] = ()
    velden: tuple[Veld, ...] = ()  # for an object, or a list of objects
    lijst_van: str | None = None  # for a list: the soort of its items
    uitleg: str = ""  # the model's Field(description=...): the hint an editor sees
    patroon: str | None = None  # a regular expression the text (or each item) must match
    minimum: float | None = None  # a number's lowest allowed value
    maximum: float | None = None
    min_aantal: int | None = None  # the fewest items of a list (or characters of a text)


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """Strip Annotated and Optional; say whether None was allowed."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(typing.get_args(annotation))
            annotation = args[0]
        else:
            return annotation, optional


def _constraints(annotation: Any, info: FieldInfo | None) -> dict[str, Any]:
    """Pattern, bounds and minimum length, wherever the model declares them: on the field,
    or inside Annotated / Optional (``Id = Annotated[str, Field(pattern=...)]``)."""
    found: dict[str, Any] = {}
    metadata = list(info.metadata) if info else []
    stack = [annotation]
    while stack:
        current = stack.pop()
        origin = typing.get_origin(current)
        if origin is typing.Annotated:
            current_args = typing.get_args(current)
            stack.append(current_args[0])
            for extra in current_args[1:]:
                if isinstance(extra, FieldInfo) and extra.description:
                    found.setdefault("uitleg", extra.description)
                metadata += list(extra.metadata) if isinstance(extra, FieldInfo) else [extra]
        elif origin in (typing.Union, types.UnionType):
            stack += [a for a in typing.get_args(current) if a is not type(None)]
    for item in metadata:
        for attr, key in (
            ("pattern", "patroon"),
            ("ge", "minimum"),
            ("gt", "minimum"),
            ("le", "maximum"),
            ("lt", "maximum"),
            ("min_length", "min_aantal"),
        ):
            value = getattr(item, attr, None)
            if value is not None:
                found.setdefault(key, value)
    return found


def _veld(naam: str, annotation: Any, info: FieldInfo | None) -> Veld:
    base, optional = _unwrap(annotation)
    verplicht = bool(info and info.is_required()) and not optional
    extra = _constraints(annotation, info)
    uitleg = (info.description if info else None) or extra.get("uitleg", "")
    extra.pop("uitleg", None)
    origin = typing.get_origin(base)
    if origin is Literal:
        return Veld(naam, "keuze", verplicht, tuple(str(a) for a in typing.get_args(base)), uitleg=uitleg)
    if origin is list:
        item_type = typing.get_args(base)[0]
        item, _ = _unwrap(item_type)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return Veld(naam, "lijst", verplicht, velden=fields(item), lijst_van="object", uitleg=uitleg, **extra)
        patroon = _constraints(item_type, None).get("patroon")
        return Veld(
            naam,
            "lijst",
            verplicht,
            lijst_van=_veld("item", item, None).soort,
            uitleg=uitleg,
            **({**extra, "patroon": patroon} if patroon else extra),
        )
    if isinstance(base, type) and issubclass(base, BaseModel):
        return Veld(naam, "object", verplicht, velden=fields(base), uitleg=uitleg)
    soort = {
        bool: "ja/nee",
        int: "geheel getal",
        float: "getal",
        Decimal: "getal",
        dt.date: "datum",
        dt.datetime: "datum en tijd",
    }.get(base, "tekst")
    return Veld(naam, soort, verplicht, uitleg=uitleg, **extra)


def fields(model: type[BaseModel]) -> tuple[Veld, ...]:
    return tuple(_veld(naam, info.annotation, info) for naam, info in model.model_fields.items())


def field_reference() -> str:
    """docs/velden.md: every field of every content type, in Dutch, from the schemas."""

    def rows(velden: tuple[Veld, ...], prefix: str = "") -> list[str]:
        out = []
        for v in velden:
            extra = f" ({', '.join(v.keuzes)})" if v.keuzes else ""
            soort = f"lijst van {v.lijst_van}" if v.soort == "lijst" and v.lijst_van else v.soort
            out.append(f"| `{prefix}{v.naam}` | {soort}{extra} | {'ja' if v.verplicht else 'nee'} |")
            out += rows(v.velden, f"{prefix}{v.naam}.")
        return out

    lines = [
        "# Velden per soort inhoud",
        "",
        "*Dit bestand wordt gemaakt met `kbz-site velden > docs/velden.md`, uit dezelfde",
        "schema's als de controle, `kbz-site nieuw` en het CMS. Pas het niet met de hand aan.*",
        "",
    ]
    for t in TYPES:
        where = (
            f"`content/{t.plek}/`, één bestand per pagina"
            if t.is_pagina
            else f"`content/{t.plek}`" + (f", lijst `{t.lijst}`" if t.lijst else "")
        )
        lines += [
            f"## {t.label}",
            "",
            f"Waar: {where}.",
            "",
            "| veld | soort | verplicht |",
            "|---|---|---|",
            *rows(fields(t.model)),
            "",
        ]
    return "\n".join(lines)
