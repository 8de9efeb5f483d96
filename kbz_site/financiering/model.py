"""The funding parameters of content/_data/financiering.yml as typed, checked objects."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from kbz_site.validation import load_yaml_file
from kbz_site.validation.getallen import AANTAL, GELD, GRENZEN, PERCENTAGE

# Numbers are read from the text the editor typed (180.000 is 180000), see validation.getallen.
Euro = Annotated[Decimal, GELD, Field(ge=0, le=GRENZEN["geld"].hoog, decimal_places=2)]
Percentage = Annotated[Decimal, PERCENTAGE, Field(ge=0, le=100)]
Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Tarief(_Strict):
    standaard: Euro
    laag: Euro
    hoog: Euro
    bron: Id

    @field_validator("hoog")
    @classmethod
    def _band_in_order(cls, hoog: Decimal, info: ValidationInfo) -> Decimal:
        laag = info.data.get("laag")
        if laag is not None and laag > hoog:
            raise ValueError(f"de bandbreedte klopt niet: laag (€ {laag}) ligt boven hoog (€ {hoog})")
        standaard = info.data.get("standaard")
        if laag is not None and standaard is not None and not laag <= standaard <= hoog:
            raise ValueError(f"het standaardtarief (€ {standaard}) ligt buiten de bandbreedte € {laag} tot € {hoog}")
        return hoog


class Discipline(_Strict):
    id: Id
    naam: str
    kosten_per_fte: Annotated[Decimal, GELD, Field(gt=0, le=GRENZEN["geld"].hoog, decimal_places=2)]
    bron: Id


class Stapeling(_Strict):
    naam: str
    totaal: Euro
    onderdelen: list[Euro]

    @field_validator("onderdelen")
    @classmethod
    def _adds_up(cls, onderdelen: list[Decimal], info: ValidationInfo) -> list[Decimal]:
        totaal = info.data.get("totaal")
        if totaal is not None and sum(onderdelen, Decimal(0)) != totaal:
            raise ValueError(f"de onderdelen tellen op tot € {sum(onderdelen)}, niet tot het totaal € {totaal}")
        return onderdelen


class Regeling(_Strict):
    id: Id
    naam: str
    regio: str
    grondslag: str
    bedrag: Euro
    per: Literal["jaar"] | None = None  # None: the source gives no period
    ongeveer: bool = False
    periode: str
    # The quarters paid, first and last ("2022 Q3", "2023 Q4"), when the source names them.
    van: Annotated[str, Field(pattern=r"^\d{4} Q[1-4]$")] | None = None
    tot_en_met: Annotated[str, Field(pattern=r"^\d{4} Q[1-4]$")] | None = None
    stapeling: Stapeling | None = None
    bron: Id

    @property
    def kwartalen(self) -> int | None:
        """How many quarters from ``van`` up to and including ``tot_en_met``."""
        if self.van is None or self.tot_en_met is None:
            return None

        def index(kwartaal: str) -> int:
            jaar, q = kwartaal.split(" Q")
            return int(jaar) * 4 + int(q) - 1

        return index(self.tot_en_met) - index(self.van) + 1

    @field_validator("tot_en_met")
    @classmethod
    def _after_van(cls, tot: str | None, info: ValidationInfo) -> str | None:
        van = info.data.get("van")
        if tot is not None and van is not None and tot < van:
            raise ValueError(f"'tot_en_met' ({tot}) ligt voor 'van' ({van})")
        return tot


class Parameters(_Strict):
    prijspeil: Annotated[int, Field(ge=2000, le=2100)]
    tarief: Tarief
    normpraktijk: Annotated[int, AANTAL, Field(gt=0, le=GRENZEN["aantal"].hoog)]
    selectiedrempel: Percentage
    aandeel_praktijken: Percentage
    disciplines: Annotated[list[Discipline], Field(min_length=1)]
    regelingen: list[Regeling] = []

    def discipline(self, discipline_id: str) -> Discipline:
        for d in self.disciplines:
            if d.id == discipline_id.strip().lower():
                return d
        known = ", ".join(d.id for d in self.disciplines)
        raise KeyError(f"onbekende discipline '{discipline_id}'; kies uit: {known}")

    def regeling(self, regeling_id: str) -> Regeling:
        for r in self.regelingen:
            if r.id == regeling_id.strip().lower():
                return r
        raise KeyError(f"onbekende regeling '{regeling_id}'")


def load_parameters(path: Path, display: str) -> Parameters:
    return load_yaml_file(path, Parameters, display, unique=("disciplines", "id"))
