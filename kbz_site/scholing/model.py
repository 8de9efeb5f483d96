"""Modules (content/_data/scholing.yml) and events (content/_data/agenda.yml).

A value the sources do not give stays empty and the site shows "nog in te vullen".
Event times are wall-clock times in Europe/Amsterdam, as people read them.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, model_validator

from kbz_site.validation import load_yaml_file
from kbz_site.validation.references import known
from kbz_site.validation.tekst import geen_html

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
Text = Annotated[str, Field(min_length=1)]


Regel = Annotated[str, Field(min_length=1, pattern=r"^[^\n]+$")]  # one line: titles


def _tijdstip(value: object, info: ValidationInfo) -> dt.datetime:
    """A date and a time, as a wall-clock time in Europe/Amsterdam. A time with a zone
    (+01:00, Z) is converted; a date or a time alone is refused, not guessed."""
    if isinstance(value, str):
        text = value.strip()
        if re.search(r"\d[.]\d{2}\s*$", text):
            raise ValueError(
                f"'{info.field_name}': schrijf de tijd met een dubbele punt, bijvoorbeeld 19:30 (niet 19.30)"
            )
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?", text):
            if re.search(r"\d{1,2}:\d{2}", text):
                raise ValueError(
                    f"'{info.field_name}': schrijf de datum als jaar-maand-dag, bijvoorbeeld 2027-03-04 19:30"
                )
            value = None
        else:
            try:
                value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                raise ValueError(f"'{info.field_name}' is geen bestaande datum met tijd: {text}") from None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(AMSTERDAM).replace(tzinfo=None)
        return value
    raise ValueError(
        f"'{info.field_name}': schrijf datum en tijd samen, bijvoorbeeld 2027-03-04 19:30 "
        "(een datum of tijd alleen is niet genoeg)"
    )


Tijdstip = Annotated[dt.datetime, BeforeValidator(_tijdstip)]


class Module(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    titel: Annotated[Regel, AfterValidator(geen_html)]  # the module page's title
    inhoud: Text  # what the sources say about the topic
    doelgroep: Annotated[list[Text], Field(min_length=1)]  # roles
    leerdoelen: list[Text] = []
    duur: Text | None = None
    werkvorm: Text | None = None
    voorkennis: Text | None = None
    materialen: list[Text] = []
    trainers: list[Annotated[str, known("contacten", "contact-id")]] = []
    bronnen: Annotated[list[Annotated[str, known("bronnen", "bron")]], Field(min_length=1)]


class Event(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    titel: Regel
    module: Annotated[str, known("modules", "module")]
    regio: Annotated[str, known("regios", "regio-id")] | None = None  # None: landelijk
    begin: Annotated[Tijdstip, Field(description="Datum en tijd in Nederlandse tijd, bijv. 2027-03-04 19:30.")]
    einde: Annotated[Tijdstip, Field(description="Na het begin.")]
    plaats: Text | None = None
    online: Annotated[bool, Field(description="Zonder plaats moet dit aan staan.")] = False
    aanmelden: Annotated[
        Text, Field(description="Hoe je je aanmeldt: een e-mailadres, een webadres of een zin.")
    ]  # how to register: an e-mail address, a web address or a sentence

    @model_validator(mode="after")
    def _consistent(self) -> Event:
        if self.einde <= self.begin:
            raise ValueError(
                f"'einde' ({self.einde:%Y-%m-%d %H:%M}) ligt niet na 'begin' ({self.begin:%Y-%m-%d %H:%M})"
            )
        if not self.online and not self.plaats:
            raise ValueError("geef een 'plaats' of zet 'online: true'")
        return self

    @property
    def start(self) -> dt.datetime:
        return self.begin.replace(tzinfo=AMSTERDAM) if self.begin.tzinfo is None else self.begin.astimezone(AMSTERDAM)

    @property
    def eind(self) -> dt.datetime:
        return self.einde.replace(tzinfo=AMSTERDAM) if self.einde.tzinfo is None else self.einde.astimezone(AMSTERDAM)


class ScholingFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    modules: Annotated[list[Module], Field(min_length=1)]


class AgendaFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    evenementen: list[Event] = []


def load_modules(path: Path, display: str, bronnen: set[str] | None, contacten: set[str]) -> dict[str, Module]:
    data = load_yaml_file(
        path, ScholingFile, display, {"bronnen": bronnen, "contacten": contacten}, unique=("modules", "id")
    )
    return {m.id: m for m in data.modules}


def load_agenda(path: Path, display: str, modules: set[str], regios: set[str]) -> list[Event]:
    data = load_yaml_file(
        path, AgendaFile, display, {"modules": modules, "regios": regios}, unique=("evenementen", "id")
    )
    return sorted(data.evenementen, key=lambda e: e.start)


def split(events: list[Event], nu: dt.datetime) -> tuple[list[Event], list[Event]]:
    """Upcoming (soonest first) and past (latest first)."""
    komend = [e for e in events if e.eind >= nu]
    voorbij = sorted((e for e in events if e.eind < nu), key=lambda e: e.start, reverse=True)
    return komend, voorbij


DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def datum_tijd(e: Event) -> str:
    """'donderdag 4 maart 2027, 19:30 - 21:30' (Europe/Amsterdam)."""
    s, t = e.start, e.eind
    tekst = f"{DAGEN[s.weekday()]} {s.day} {MAANDEN[s.month - 1]} {s.year}, {s:%H:%M} - "
    return tekst + (
        f"{t:%H:%M}"
        if t.date() == s.date()
        else f"{DAGEN[t.weekday()]} {t.day} {MAANDEN[t.month - 1]} {t.year}, {t:%H:%M}"
    )
