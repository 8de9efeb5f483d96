"""Contacts and regions: privacy, region pages, the map, vCards and reference errors."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import vobject
import yaml

from .support import ROOT, build, copy_project

SECRET = {"naam": "Zorgvuldig Geheimnaam", "email": "geheim.adres.x7@voorbeeld.nl", "telefoon": "+31 6 9876 1234"}
REGIOS = [r["id"] for r in yaml.safe_load((ROOT / "content/_data/regios.yml").read_text(encoding="utf-8"))["regios"]]


def add_contact(project: Path, entry: str) -> None:
    path = project / "content/_data/contacten.yml"
    path.write_text(path.read_text(encoding="utf-8") + entry, encoding="utf-8")


def test_a_non_public_contact_never_reaches_the_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    add_contact(
        project,
        f"""  - id: geheim
    naam: {SECRET["naam"]}
    soort: persoon
    rol: linking pin van de test
    regio: rotterdam
    themas: [solk]
    email: {SECRET["email"]}
    telefoon: "{SECRET["telefoon"]}"
    publiek: false
    bron: kader
""",
    )
    regios = project / "content/_data/regios.yml"
    regios.write_text(
        regios.read_text(encoding="utf-8").replace(
            "    regeling: rotterdam\n", "    regeling: rotterdam\n    linking_pins: [geheim]\n"
        ),
        encoding="utf-8",
    )
    theme = project / "content/themas/ouderenzorg.md"
    theme.write_text(
        theme.read_text(encoding="utf-8").replace("status: actief", "status: actief\ncontacten: [geheim]"),
        encoding="utf-8",
    )
    site = tmp_path / "site"
    result = build(project, site)
    assert result.returncode == 0, result.stderr

    needles = [
        SECRET["naam"],
        SECRET["naam"].split()[1],
        SECRET["email"],
        "geheim.adres",
        SECRET["telefoon"],
        SECRET["telefoon"].replace(" ", ""),
        "98761234",
    ]
    hits = []
    files = [p for p in site.rglob("*") if p.is_file()]
    for path in files:
        data = path.read_bytes().decode("utf-8", errors="replace")
        hits += [(path.relative_to(site).as_posix(), n) for n in needles if n in data]
    assert len(files) > 50 and hits == []
    # the pages that refer to the contact show its role
    for page in (
        "themas/ouderenzorg/index.html",
        "themas/solk/index.html",
        "regios/rotterdam/index.html",
        "regios/linking-pins/index.html",
    ):
        assert "Linking pin van de test" in (site / page).read_text(encoding="utf-8"), page


def test_public_contact_gets_links_and_a_vcard_that_parses(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    add_contact(
        project,
        """  - id: openbaar
    naam: Anna de Test
    soort: persoon
    rol: programmaleider
    organisatie: Testorganisatie
    regio: haarlem
    email: anna@voorbeeld.nl
    telefoon: "020 123 4567"
    publiek: true
    bron: kader
""",
    )
    site = tmp_path / "site"
    assert build(project, site).returncode == 0
    card = vobject.readOne((site / "contacten/openbaar.vcf").read_text(encoding="utf-8"))
    assert card.fn.value == "Anna de Test"
    assert card.email.value == "anna@voorbeeld.nl" and card.tel.value == "020 123 4567"
    html = (site / "regios/haarlem/index.html").read_text(encoding="utf-8")
    assert 'href="mailto:anna@voorbeeld.nl"' in html and 'href="tel:0201234567"' in html


def test_every_region_has_a_page_and_the_map_links_to_all(site: Path) -> None:
    html = (site / "regios/index.html").read_text(encoding="utf-8")
    figure = html[html.index('<figure class="kbz-kaart">') :]
    svg = figure[: figure.index("</svg>")]
    for regio in REGIOS:
        assert (site / "regios" / regio / "index.html").exists(), regio
        assert f'href="{regio}/"' in svg, regio
        assert f'<a href="{regio}/">' in figure[figure.index("</svg>") :], regio  # the text alternative
    assert svg.count("<circle") == len(REGIOS)


def test_vcards_only_for_public_contacts(site: Path) -> None:
    contacts = yaml.safe_load((ROOT / "content/_data/contacten.yml").read_text(encoding="utf-8"))["contacten"]
    expected = {c["id"] for c in contacts if c["publiek"] and (c.get("email") or c.get("telefoon"))}
    assert {p.stem for p in (site / "contacten").glob("*.vcf")} == expected
    card = vobject.readOne((site / "contacten/overvecht-gezond.vcf").read_text(encoding="utf-8"))
    assert card.fn.value == "Stichting Overvecht Gezond" and card.email.value == "info@overvechtgezond.nl"


@pytest.mark.parametrize(
    "path, old, new, message",
    [
        (
            "content/themas/ouderenzorg.md",
            "status: actief",
            "status: actief\ncontacten: [niemand]",
            "onbekende contact-id 'niemand'",
        ),
        ("content/_data/contacten.yml", "    regio: haarlem\n", "    regio: tilburg\n", "onbekende regio-id 'tilburg'"),
        (
            "content/_data/regios.yml",
            "    organisaties: [seho]\n",
            "    organisaties: [seho, onbekend]\n",
            "onbekende contact-id 'onbekend'",
        ),
        ("content/_data/contacten.yml", "  - id: zio\n", "  - id: seho\n", "id 'seho' staat er twee keer"),
        (
            "content/_data/regios.yml",
            "  - id: utrecht-ondiep\n",
            "  - id: amsterdam\n",
            "id 'amsterdam' staat er twee keer",
        ),
    ],
)
def test_bad_references_fail_with_file_line_and_id(tmp_path: Path, path: str, old: str, new: str, message: str) -> None:
    project = copy_project(tmp_path / "project")
    target = project / path
    text = target.read_text(encoding="utf-8")
    assert old in text
    broken = text.replace(old, new, 1)
    target.write_text(broken, encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    match = re.search(rf"{re.escape(path)}:(\d+): (.*)", result.stderr)
    assert match and message in match.group(2), result.stderr
    line = int(match.group(1))
    if "twee keer" in message:  # reported at the second of the two, whichever that is
        assert broken.splitlines()[line - 1] == new.rstrip("\n")
    else:
        first_change = next(
            n for n, (a, b) in enumerate(zip(broken.splitlines(), text.splitlines(), strict=False), 1) if a != b
        )
        assert line in (first_change, first_change + 1), (line, first_change)


def test_the_map_outline_is_kept_between_builds_and_is_the_same(tmp_path: Path) -> None:
    from kbz_site.contacten.kaart import omtrek

    topo = Path(__file__).resolve().parent.parent / "node_modules/world-atlas/countries-50m.json"
    first = omtrek(topo, tmp_path)
    assert first == omtrek(topo) and first.startswith("M")
    [kept] = tmp_path.iterdir()
    checksum = kept.read_text(encoding="utf-8").partition("\n")[0]
    assert len(checksum) == 16
    kept.write_text(f"{hashlib.sha256(b'M0,0Z').hexdigest()[:16]}\nM0,0Z", encoding="utf-8")
    assert omtrek(topo, tmp_path) == "M0,0Z"  # proves the second build reads the kept outline


@pytest.mark.parametrize(
    "damage",
    [
        lambda kept: b"",  # a build stopped while writing, a full disk
        lambda kept: kept[: len(kept) // 2],
        lambda kept: b"\xff\xfe kapot",  # not UTF-8
    ],
    ids=["empty", "half", "not-utf8"],
)
def test_a_damaged_kept_map_outline_is_drawn_again(tmp_path: Path, damage) -> None:
    from kbz_site.contacten.kaart import omtrek

    topo = Path(__file__).resolve().parent.parent / "node_modules/world-atlas/countries-50m.json"
    good = omtrek(topo)
    assert omtrek(topo, tmp_path) == good
    [kept] = tmp_path.iterdir()
    kept.write_bytes(damage(kept.read_bytes()))
    assert omtrek(topo, tmp_path) == good  # not an empty or half map, no traceback


def test_a_map_cache_that_cannot_be_written_only_costs_time(tmp_path: Path) -> None:
    from kbz_site.contacten.kaart import omtrek

    topo = Path(__file__).resolve().parent.parent / "node_modules/world-atlas/countries-50m.json"
    blocked = tmp_path / "kbz-kaart"
    blocked.write_text("een bestand waar de map moet staan", encoding="utf-8")  # as a read-only folder, also for root
    assert omtrek(topo, blocked) == omtrek(topo)
