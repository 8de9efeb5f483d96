"""Contacts (content/_data/contacten.yml) and regions (content/_data/regios.yml).

Every cross-reference is checked at load with the line it is on: a contact's region, a
region's linking pins, programmaleider and trainer-coaches, a page's contact ids.
A contact with ``publiek: false`` is kept for its role only; see ``Contact.zichtbaar``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo

import yaml

from kbz_site.validation import load_yaml_file

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
Text = Annotated[str, Field(min_length=1)]


def _known(kind: str, label: str):
    def check(value: str, info: ValidationInfo) -> str:
        known = (info.context or {}).get(kind)
        if known is not None and value not in known:
            raise ValueError(f"onbekende {label} '{value}'; kies uit: {', '.join(sorted(known)) or '(geen)'}")
        return value

    return AfterValidator(check)


ContactId = Annotated[str, _known("contacten", "contact-id")]
RegioId = Annotated[str, _known("regios", "regio-id")]
BronId = Annotated[str, _known("bronnen", "bron")]


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    naam: Text  # a person's name, or the organisation's for an organisation
    soort: Literal["persoon", "organisatie"]
    rol: Text
    organisatie: str | None = None
    regio: RegioId | None = None
    themas: list[Id] = []
    email: Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")] | None = None
    telefoon: Annotated[str, Field(pattern=r"^\+?[0-9 ()-]{6,20}$")] | None = None
    website: Annotated[str, Field(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}(/\S*)?$")] | None = None
    publiek: bool  # required: nobody's data is published by default
    bron: BronId


class Coordinaten(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    lat: Annotated[float, Field(ge=50.7, le=53.6)]  # inside the Netherlands
    lon: Annotated[float, Field(ge=3.3, le=7.3)]


class Regio(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    naam: Text
    steden: Annotated[list[Text], Field(min_length=1)]
    wijken: list[Text] = []
    regio_organisatie: str | None = None
    achterstandsfonds: str | None = None
    linking_pins: list[ContactId] = []
    programmaleider: ContactId | None = None
    trainer_coaches: list[ContactId] = []
    organisaties: list[ContactId] = []
    wijksamenwerkingsverbanden: list[Text] = []
    regeling: Annotated[Id, _known("regelingen", "regeling")] | None = None  # from financiering.yml
    coordinaten: Coordinaten
    status: Literal["actief", "zusteraanpak", "verkennend", "genoemd"]
    toelichting: Text
    bronnen: Annotated[list[BronId], Field(min_length=1)]


class ContactenFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    contacten: list[Contact]


class RegiosFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    regios: Annotated[list[Regio], Field(min_length=1)]


@dataclass(frozen=True)
class Registry:
    contacten: dict[str, Contact]
    regios: dict[str, Regio]

    def in_regio(self, regio_id: str) -> list[Contact]:
        return [c for c in self.contacten.values() if c.regio == regio_id]

    def voor_thema(self, thema_id: str) -> list[Contact]:
        return [c for c in self.contacten.values() if thema_id in c.themas]


def _ids(path: Path, key: str) -> set[str]:
    """The ids in a data file, to check references before the file itself is validated."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return set()  # the full load below reports the problem, with its line
    items = data.get(key, []) if isinstance(data, dict) else []
    return {str(i["id"]) for i in items if isinstance(i, dict) and "id" in i}


def load_registry(contacten: Path, regios: Path, display: dict[Path, str], bronnen: set[str], regelingen: set[str]) -> Registry:
    context = {
        "bronnen": bronnen, "regelingen": regelingen,
        "regios": _ids(regios, "regios"), "contacten": _ids(contacten, "contacten"),
    }
    c = load_yaml_file(contacten, ContactenFile, display[contacten], context, unique=("contacten", "id"))
    r = load_yaml_file(regios, RegiosFile, display[regios], context, unique=("regios", "id"))
    return Registry({x.id: x for x in c.contacten}, {x.id: x for x in r.regios})
