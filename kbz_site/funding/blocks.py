"""The ```rekenvoorbeeld``` blocks editors write in Markdown, validated with their lines.

    ```rekenvoorbeeld
    berekening: budget
    patienten: 4190
    aw: 35
    tarief: 60
    fte: {huisarts: 0.2, poh-kb: 0.4}
    ```
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from kbz_site.validation.fences import find_fenced

from .model import Parameters

Percentage = Annotated[Decimal, Field(ge=0, le=100)]
Positive = Annotated[Decimal, Field(ge=0)]


def _known_discipline(value: str, info: ValidationInfo) -> str:
    params: Parameters = info.context["params"]
    known = [d.id for d in params.disciplines]
    if value not in known:
        raise ValueError(f"onbekende discipline '{value}'; kies uit: {', '.join(known)}")
    return value


def _known_regeling(value: str, info: ValidationInfo) -> str:
    params: Parameters = info.context["params"]
    known = [r.id for r in params.regelingen]
    if value not in known:
        raise ValueError(f"onbekende regeling '{value}'; kies uit: {', '.join(known)}")
    return value


DisciplineId = Annotated[str, AfterValidator(_known_discipline)]
RegelingId = Annotated[str, AfterValidator(_known_regeling)]


class _Block(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    titel: str | None = None


class BudgetBlock(_Block):
    berekening: Literal["budget"]
    patienten: Annotated[int, Field(ge=0)]
    aw: Percentage
    tarief: Positive | None = None
    fte: dict[DisciplineId, Positive]


class TariefBlock(_Block):
    berekening: Literal["tarief"]
    patienten: Annotated[int, Field(gt=0)]
    aw: Annotated[Decimal, Field(gt=0, le=100)]
    fte: dict[DisciplineId, Positive]


class InzetBlock(_Block):
    berekening: Literal["inzet"]
    budget: Positive
    verhouding: dict[DisciplineId, Annotated[int, Field(gt=0)]]


class ModuleBlock(_Block):
    berekening: Literal["kwartaal", "stapeling"]
    regeling: RegelingId

    @model_validator(mode="after")
    def _quarter_needs_a_year(self, info: ValidationInfo) -> "ModuleBlock":
        regeling = info.context["params"].regeling(self.regeling)
        if self.berekening == "kwartaal" and regeling.per != "jaar":
            raise ValueError(f"regeling '{self.regeling}' heeft geen bedrag per jaar; 'kwartaal' kan niet")
        if self.berekening == "stapeling" and regeling.stapeling is None:
            raise ValueError(f"regeling '{self.regeling}' heeft geen stapeling")
        return self


Rekenvoorbeeld = Annotated[Union[BudgetBlock, TariefBlock, InzetBlock, ModuleBlock], Field(discriminator="berekening")]


class GrafiekBlock(_Block):
    patienten: Annotated[int, Field(gt=0)]
    fte: dict[DisciplineId, Positive]
    punten: list[Annotated[Decimal, Field(gt=0, le=100)]] = []


class LeegBlock(_Block):
    pass


SCHEMAS = {"rekenvoorbeeld": Rekenvoorbeeld, "tariefgrafiek": GrafiekBlock, "kbz-parameters": LeegBlock, "rekenhulp": LeegBlock}


KINDS = tuple(SCHEMAS)


@dataclass(frozen=True)
class Block:
    kind: str
    spec: BaseModel


def find_blocks(path: Path, display: str, params: Parameters) -> list[Block]:
    """All funding blocks of one page, in order; all problems at once, at their file lines."""
    return [Block(kind, spec) for kind, spec in find_fenced(path, display, SCHEMAS, {"params": params})]
