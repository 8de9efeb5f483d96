"""Bronnen: the registry in ``content/_data/bronnen.yml`` and a page's references to it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kbz_site.validation import load_yaml_file
from kbz_site.validation.references import known

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]


class Bron(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    titel: Annotated[str, Field(min_length=1)]
    uitgever: str | None = None
    # Only what the document itself says; None shows no date (issue 14: no editorial
    # remark on every page).
    datum: str | None = None
    toelichting: str | None = None


class BronnenFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    bronnen: Annotated[list[Bron], Field(min_length=1)]


def load_bronnen(path: Path, display: str) -> dict[str, Bron]:
    """The registry by id (ids unique, checked by the validation core)."""
    data = load_yaml_file(path, BronnenFile, display, unique=("bronnen", "id"))
    return {bron.id: bron for bron in data.bronnen}


class PageSources(BaseModel):
    """The part of a page's front matter this package reads; other keys belong to Material."""

    model_config = ConfigDict(extra="allow")

    bronnen: list[Annotated[str, known("bronnen", "bron")]] = []

    @field_validator("bronnen", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value
