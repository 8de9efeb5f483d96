"""Contacts (content/_data/contacten.yml) and regions (content/_data/regios.yml).

Every cross-reference is checked at load with the line it is on: a contact's region, a
region's linking pins, programmaleider and trainer-coaches, a page's contact ids.
A contact with ``publiek: false`` is kept for its role only; see ``Contact.zichtbaar``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool

from kbz_site.validation import ContentError, load_yaml_file
from kbz_site.validation.loader import peek_ids
from kbz_site.validation.references import known
from kbz_site.validation.tekst import GeenHtml

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
Text = Annotated[str, Field(min_length=1)]


def _no_markup(value: str) -> str:
    if "<" in value or ">" in value:
        raise ValueError("een naam mag geen HTML bevatten (< of >); schrijf alleen de naam")
    return value


ContactId = Annotated[str, known("contacten", "contact-id")]
RegioId = Annotated[str, known("regios", "regio-id")]
BronId = Annotated[str, known("bronnen", "bron")]


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    naam: Annotated[Text, AfterValidator(_no_markup)]  # a person's, or the organisation's name
    soort: Literal["persoon", "organisatie"]
    rol: Text
    organisatie: str | None = None
    regio: RegioId | None = None
    themas: list[Annotated[str, known("themas", "thema (een pagina in content/themas/)")]] = []
    email: (
        Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", description="Bijv. info@voorbeeld.nl")] | None
    ) = None
    telefoon: Annotated[str, Field(pattern=r"^\+?[0-9 ()-]{6,20}$")] | None = None
    website: (
        Annotated[
            str,
            Field(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}(/\S*)?$", description="Zonder https://, bijv. www.voorbeeld.nl"),
        ]
        | None
    ) = None
    publiek: Annotated[
        StrictBool,  # only true or false: YAML's on/yes must not publish anyone
        Field(
            description="Alleen aanzetten als deze persoon of organisatie heeft ingestemd met publicatie. "
            "Uit: naam, e-mail en telefoon komen nergens op de site, alleen de rol. "
            "Let op: ook een niet-openbaar contact staat in de repository; die moet privé zijn."
        ),
    ]  # required: nobody's data is published by default
    bron: Annotated[BronId, Field(description="Het brondocument waarin dit contact staat.")]


class Coordinaten(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    lat: Annotated[float, Field(ge=50.7, le=53.6)]  # inside the Netherlands
    lon: Annotated[float, Field(ge=3.3, le=7.3)]


class Regio(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    naam: Annotated[GeenHtml, Field(min_length=1)]  # the region page's title
    steden: Annotated[list[Text], Field(min_length=1)]
    wijken: list[Text] = []
    regio_organisatie: str | None = None
    achterstandsfonds: str | None = None
    linking_pins: list[ContactId] = []
    programmaleider: ContactId | None = None
    trainer_coaches: list[ContactId] = []
    organisaties: list[ContactId] = []
    wijksamenwerkingsverbanden: list[Text] = []
    regeling: Annotated[Id, known("regelingen", "regeling")] | None = None  # from financiering.yml
    coordinaten: Annotated[Coordinaten, Field(description="De plek van de stip op de kaart (in Nederland).")]
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


def load_registry(
    contacten: Path, regios: Path, display: dict[Path, str], bronnen: set[str] | None, regelingen: set[str] | None
) -> Registry:
    context = {
        "bronnen": bronnen,
        "regelingen": regelingen,
        "regios": peek_ids(regios, "regios"),
        "contacten": peek_ids(contacten, "contacten"),
    }
    problems = []
    try:
        c = load_yaml_file(contacten, ContactenFile, display[contacten], context, unique=("contacten", "id"))
    except ContentError as err:
        problems += err.problems
    try:
        r = load_yaml_file(regios, RegiosFile, display[regios], context, unique=("regios", "id"))
    except ContentError as err:
        problems += err.problems
    if problems:  # both files' problems at once
        raise ContentError(problems)
    return Registry({x.id: x for x in c.contacten}, {x.id: x for x in r.regios})


def load_registry_in(data: Path, display: Callable[[Path], str]) -> Registry:
    """The registry from a content/_data folder, checked against its sources and regelingen."""
    bronnen = peek_ids(data / "bronnen.yml", "bronnen")
    regelingen = peek_ids(data / "financiering.yml", "regelingen")
    paths = {data / "contacten.yml": display(data / "contacten.yml"), data / "regios.yml": display(data / "regios.yml")}
    return load_registry(data / "contacten.yml", data / "regios.yml", paths, bronnen, regelingen)
