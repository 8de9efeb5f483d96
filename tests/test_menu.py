"""The menu files (.nav.yml, plugin kbz-menu): every mistake a Dutch `bestand:regel: melding`,
without building the site (the corpus builds the broken cases, tests/corpus/cases.yml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kbz_site.plugins.menu.plugin import menu_problemen
from kbz_site.validation.mkdocs_meldingen import vertaal, vertaal_alle

from .support import ROOT


def _docs(tmp_path: Path, menu: str) -> Path:
    docs = tmp_path / "content"
    (docs / "map").mkdir(parents=True)
    for name in ("index.md", "een.md", "twee.md"):
        (docs / "map" / name).write_text("# x\n", encoding="utf-8")
    (docs / "map" / "sub").mkdir()
    (docs / "map/.nav.yml").write_text(menu, encoding="utf-8")
    return docs


def test_the_real_menus_are_fine() -> None:
    assert menu_problemen(ROOT / "content") == []


def test_the_handbook_example_is_fine(tmp_path: Path) -> None:
    handbook = (ROOT / "docs/editors.md").read_text(encoding="utf-8")
    example = re.search(r"## Het menu\n.*?```yaml\n(.*?)```", handbook, re.S)
    assert example
    docs = _docs(tmp_path, example.group(1))
    for name in ("personeel.md", "jaarplan.md"):
        (docs / "map" / name).write_text("# x\n", encoding="utf-8")
    assert menu_problemen(docs) == []


@pytest.mark.parametrize(
    "menu",
    [
        "",  # an empty menu file: awesome-nav's defaults
        "title: Map\n",
        "# commentaar\ntitle: 'Map: met dubbele punt'\nnav:\n  - index.md  # eerst\n  - \"een.md\"\n  - sub\n",
        "nav:\n  - Een: een.md\n  - Groep:\n      - twee.md\n  - Website: https://example.org/\n  - '*.md'\n",
        "nav:\n  - glob: '*.md'\n    sort:\n      direction: desc\n",
    ],
)
def test_good_menus_pass(tmp_path: Path, menu: str) -> None:
    assert menu_problemen(_docs(tmp_path, menu)) == []


@pytest.mark.parametrize(
    ("menu", "expected"),
    [
        ("nav:\n  - index.md\n  - eeen.md\n", "content/map/.nav.yml:3: het menu noemt 'eeen.md'"),
        ("nav:\n  - Een: een\n", "content/map/.nav.yml:2: het menu noemt 'een'"),
        ("nav:\n  - Groep:\n      - index.md\n      - Twee.md\n", "content/map/.nav.yml:4: het menu noemt 'Twee.md'"),
        ("nav:\n  - subb\n", "content/map/.nav.yml:2: het menu noemt 'subb'"),
        ("titel: Map\n", "content/map/.nav.yml:1: onbekende instelling 'titel' in het menu; bedoel je 'title'?"),
        ("title: Map\nnva:\n  - een.md\n", "content/map/.nav.yml:2: onbekende instelling 'nva'"),
        ("nav:\n  - een.md\n - twee.md\n", "content/map/.nav.yml:3: dit menubestand is geen geldige YAML"),
        ("nav:\n\t- een.md\n", "content/map/.nav.yml:2: dit menubestand is geen geldige YAML: er staat een tab"),
        ("title: Map: de kaart\n", "content/map/.nav.yml:1: dit menubestand is geen geldige YAML"),
    ],
)
def test_mistakes_are_dutch_at_their_line(tmp_path: Path, menu: str, expected: str) -> None:
    problems = menu_problemen(_docs(tmp_path, menu))
    assert any(p.startswith(expected) for p in problems), problems


def test_a_menu_file_that_is_not_utf8(tmp_path: Path) -> None:
    docs = _docs(tmp_path, "")
    (docs / "map/.nav.yml").write_bytes("title: Caf\u00e9\n".encode("latin-1"))
    assert menu_problemen(docs) == [
        "content/map/.nav.yml:1: dit menubestand is niet te lezen; sla het op als UTF-8-tekst "
        "(zie docs/editors.md, 'Het menu')"
    ]


def _vertaal(bericht: str, tekst: str = "") -> str:
    def regel(bestand: str, zoek: str) -> int:
        return next((n for n, line in enumerate(tekst.splitlines(), 1) if zoek in line), 1)

    return str(vertaal(bericht, lambda p: f"content/{p}", regel, "mkdocs.yml", lambda t: ("content/.nav.yml", 7)))


def test_awesome_nav_messages_in_dutch_at_their_line() -> None:
    menu = "title: Kader\nnav:\n  - index.md\n  - personel.md\n"
    assert _vertaal(
        "The nav item 'personel.md' doesn't match any files or directories [kader/.nav.yml]", menu
    ).startswith("content/kader/.nav.yml:4: het menu noemt 'personel.md', maar die pagina of map bestaat niet")
    parsing = (
        "Parsing error [werkwijze/.nav.yml]\nwhile parsing a block mapping\n"
        '  in "<unicode string>", line 1, column 1:\nexpected <block end>\n  in "<unicode string>", line 9, column 2:'
    )
    assert _vertaal(parsing).startswith("content/werkwijze/.nav.yml:9: dit menubestand is geen geldige YAML")
    assert _vertaal("'title' option has no effect at the top level [.nav.yml]", "nav:\ntitle: x\n").startswith(
        "content/.nav.yml:2: 'title:' werkt niet in het bovenste menu"
    )
    mkdocs = "A reference to 'trainer.md' is included in the 'nav' configuration, which is not found in the docs."
    assert _vertaal(mkdocs).startswith("content/.nav.yml:7: het menu noemt 'trainer.md'")


def test_pages_in_no_menu_one_problem_each() -> None:
    bericht = (
        'The following pages exist in the docs directory, but are not included in the "nav" configuration:\n'
        "  - regios/trainers.md\n  - wees.md"
    )
    problems = vertaal_alle(bericht, lambda p: f"content/{p}", lambda b, t: 1, "mkdocs.yml")
    assert [f"{p.path}:{p.line}" for p in problems] == ["content/regios/trainers.md:1", "content/wees.md:1"]
    assert all("deze pagina staat in geen menu" in p.message for p in problems)
