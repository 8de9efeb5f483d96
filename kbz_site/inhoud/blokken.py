"""Every kind of fenced block an editor can write, with its schema: the one list the
scanner (:mod:`.markdown`) knows, so a misspelt block name is caught wherever it is."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from kbz_site.contacten.model import ContactId
from kbz_site.financiering import blocks as funding_blocks
from kbz_site.financiering.model import Parameters
from kbz_site.stroomschema import Stroomschema


class ContactBlok(BaseModel):
    """```contact``` with ``ids: [...]``: contact cards anywhere in a page."""

    model_config = ConfigDict(extra="forbid")
    ids: Annotated[list[ContactId], Field(min_length=1)]


class Leeg(BaseModel):
    """A block that takes no settings: its place in the page is all it says."""

    model_config = ConfigDict(extra="forbid")


SOORTEN: dict[str, Any] = {
    **funding_blocks.SCHEMAS,
    "stroomschema": Stroomschema,
    "contact": ContactBlok,
    "kbz-kaart": Leeg,
    "kbz-regios": Leeg,
    "kbz-linkingpins": Leeg,
    "kbz-trainers": Leeg,
    "kbz-modules": Leeg,
    "kbz-agenda": Leeg,
}


def context(params: Parameters | None) -> dict[str, Any]:
    """What funding blocks are checked against; nothing when financiering.yml is broken."""
    if params is None:
        return {"disciplines": None, "regelingen": None}
    return {
        "params": params,
        "disciplines": [d.id for d in params.disciplines],
        "regelingen": [r.id for r in params.regelingen],
    }
