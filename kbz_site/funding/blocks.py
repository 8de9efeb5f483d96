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

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from kbz_site.validation.fences import find_fenced_in_pages
from kbz_site.validation.references import known

from .model import Parameters

Percentage = Annotated[Decimal, Field(ge=0, le=100)]
Positive = Annotated[Decimal, Field(ge=0)]


DisciplineId = Annotated[str, known("disciplines", "discipline")]
RegelingId = Annotated[str, known("regelingen", "regeling")]


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
    def _quarter_needs_a_year(self, info: ValidationInfo) -> ModuleBlock:
        params = (info.context or {}).get("params")
        if params is None:  # financiering.yml itself is broken; its own problems are reported
            return self
        regeling = params.regeling(self.regeling)
        if self.berekening == "kwartaal" and regeling.per != "jaar":
            raise ValueError(f"regeling '{self.regeling}' heeft geen bedrag per jaar; 'kwartaal' kan niet")
        if self.berekening == "stapeling" and regeling.stapeling is None:
            raise ValueError(f"regeling '{self.regeling}' heeft geen stapeling")
        return self


Rekenvoorbeeld = Annotated[BudgetBlock | TariefBlock | InzetBlock | ModuleBlock, Field(discriminator="berekening")]


class GrafiekBlock(_Block):
    patienten: Annotated[int, Field(gt=0)]
    fte: dict[DisciplineId, Positive]
    punten: list[Annotated[Decimal, Field(gt=0, le=100)]] = []


class LeegBlock(_Block):
    pass


SCHEMAS = {
    "rekenvoorbeeld": Rekenvoorbeeld,
    "tariefgrafiek": GrafiekBlock,
    "kbz-parameters": LeegBlock,
    "rekenhulp": LeegBlock,
}


KINDS = tuple(SCHEMAS)
Spec = BudgetBlock | TariefBlock | InzetBlock | ModuleBlock | GrafiekBlock | LeegBlock


@dataclass(frozen=True)
class Block:
    kind: str
    spec: Spec


def find_blocks_in_pages(docs: Path, display: Callable[[Path], str], params: Parameters) -> dict[str, list[Block]]:
    """The funding blocks of every page, in order; all problems at once, at their file lines."""
    context = {
        "params": params,
        "disciplines": [d.id for d in params.disciplines],
        "regelingen": [r.id for r in params.regelingen],
    }
    found = find_fenced_in_pages(docs, display, SCHEMAS, context)
    return {page: [Block(kind, spec) for kind, spec in blocks] for page, blocks in found.items()}
