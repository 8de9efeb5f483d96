"""The validation core: every problem as `file:line: Dutch message`, never a traceback."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field

from kbz_site.bronnen import PageSources, load_bronnen
from kbz_site.validation import ContentError, load_front_matter, load_yaml_file


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    aantal: int = Field(ge=0)
    percentage: float = Field(ge=0, le=100)
    status: Literal["actief", "in ontwikkeling"] = "actief"
    datum: dt.date | None = None


class Data(BaseModel):
    model_config = ConfigDict(extra="forbid")
    items: list[Item]


def problems(path: Path, schema=Data, **kwargs) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_yaml_file(path, schema, "content/data.yml", **kwargs)
    return [str(p) for p in caught.value.problems]


def write(tmp_path: Path, text: str | bytes, name: str = "data.yml") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


GOOD = "items:\n  - id: a\n    aantal: 3\n    percentage: 35\n"


def test_good_file_becomes_typed_objects(tmp_path: Path) -> None:
    data = load_yaml_file(write(tmp_path, GOOD), Data, "content/data.yml")
    assert data.items[0].aantal == 3 and data.items[0].percentage == 35.0


def test_windows_line_endings_pass(tmp_path: Path) -> None:
    data = load_yaml_file(write(tmp_path, GOOD.replace("\n", "\r\n")), Data, "content/data.yml")
    assert data.items[0].id == "a"


def test_missing_field_points_at_its_item(tmp_path: Path) -> None:
    text = GOOD + "  - id: b\n    aantal: 1\n"
    assert problems(write(tmp_path, text)) == [
        "content/data.yml:5: verplicht veld 'percentage' ontbreekt; voeg het toe"
    ]


def test_every_problem_is_reported_with_its_own_line(tmp_path: Path) -> None:
    text = "items:\n  - id: a\n    aantal: -1\n    percentage: 130\n    status: klaar\n    kleur: rood\n"
    assert problems(write(tmp_path, text)) == [
        "content/data.yml:3: 'aantal' moet minstens 0 zijn",
        "content/data.yml:4: 'percentage' mag hoogstens 100 zijn",
        "content/data.yml:5: 'status' moet een van deze waarden zijn: actief of in ontwikkeling",
        "content/data.yml:6: onbekend veld 'kleur'; controleer de spelling of haal het weg",
    ]


def test_wrong_type_and_impossible_date(tmp_path: Path) -> None:
    text = "items:\n  - id: a\n    aantal: veel\n    percentage: 1\n    datum: 2023-02-30\n"
    found = problems(write(tmp_path, text))
    assert found[0] == "content/data.yml:3: 'aantal' moet een heel getal zijn"
    # PyYAML cannot make a date of 2023-02-30, so it stays text and fails as a date
    assert found[1].startswith("content/data.yml:5: 'datum' is geen bestaande datum")


def test_tab_indentation_is_named(tmp_path: Path) -> None:
    text = "items:\n  - id: a\n\taantal: 1\n"
    assert problems(write(tmp_path, text)) == ["content/data.yml:3: tab gevonden: spring in met spaties, niet met tabs"]


def test_duplicate_key_is_an_error(tmp_path: Path) -> None:
    text = "items:\n  - id: a\n    aantal: 1\n    aantal: 2\n    percentage: 1\n"
    assert problems(write(tmp_path, text)) == [
        "content/data.yml:4: de YAML-opmaak klopt niet (sleutel 'aantal' staat er twee keer)"
    ]


def test_duplicate_id_is_an_error_at_the_second(tmp_path: Path) -> None:
    text = GOOD + "  - id: a\n    aantal: 1\n    percentage: 2\n"
    assert problems(write(tmp_path, text), unique=("items", "id")) == [
        "content/data.yml:5: id 'a' staat er twee keer; elke id moet uniek zijn"
    ]


def test_empty_and_non_utf8_files(tmp_path: Path) -> None:
    assert problems(write(tmp_path, "")) == ["content/data.yml:1: het bestand is leeg"]
    assert problems(write(tmp_path, "items:\n  - id: caf\xe9\n".encode("latin-1"))) == [
        "content/data.yml:2: het bestand is geen UTF-8-tekst; sla het op als UTF-8"
    ]


def test_unclosed_quote(tmp_path: Path) -> None:
    text = 'items:\n  - id: "a\n    aantal: 1\n'
    assert problems(write(tmp_path, text))[0].startswith("content/data.yml:")


def test_front_matter_lines_count_from_the_top_of_the_page(tmp_path: Path) -> None:
    registry = {"kader": object()}
    page = write(tmp_path, "---\ntitle: Test\nbronnen:\n  - kader\n  - onbekend\n---\n\n# Test\n", "page.md")
    with pytest.raises(ContentError) as caught:
        load_front_matter(page, PageSources, "content/page.md", {"bronnen": registry})
    assert str(caught.value) == "content/page.md:5: onbekende bron 'onbekend'; kies uit: kader"


def test_page_without_front_matter_is_fine(tmp_path: Path) -> None:
    page = write(tmp_path, "# Alleen tekst\n", "page.md")
    assert load_front_matter(page, PageSources, "content/page.md", {"bronnen": {}}).bronnen == []


def test_real_source_registry_loads() -> None:
    root = Path(__file__).resolve().parent.parent
    registry = load_bronnen(root / "content/_data/bronnen.yml", "content/_data/bronnen.yml")
    assert set(registry) == {"kader", "module-rotterdam", "bundle", "afsprakenstelsel", "zorg-om-zorg"}
    assert registry["afsprakenstelsel"].datum == "februari 2019"
