"""The CMS configuration is generated from the schemas: every required field is there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kbz_site.schemas import TYPES, Veld, fields


def cms_fields(site: Path) -> dict[str, list[dict]]:
    config = yaml.safe_load((site / "admin/config.yml").read_text(encoding="utf-8"))
    found = {c["name"]: c["fields"] for c in config["collections"] if "fields" in c}
    for file in next(c for c in config["collections"] if c["name"] == "gegevens")["files"]:
        found[file["name"]] = file["fields"]
    return found


def required_paths(velden: tuple[Veld, ...], prefix: str = "") -> set[str]:
    paths = set()
    for v in velden:
        if v.verplicht:
            paths.add(prefix + v.naam)
        if v.velden:
            paths |= required_paths(v.velden, f"{prefix}{v.naam}.")
    return paths


def cms_paths(items: list[dict], prefix: str = "", required_only: bool = True) -> set[str]:
    paths = set()
    for f in items:
        if f.get("required", True) or not required_only:
            paths.add(prefix + f["name"])
        if "fields" in f:
            paths |= cms_paths(f["fields"], f"{prefix}{f['name']}.", required_only)
    return paths


def test_every_required_schema_field_is_a_required_cms_field(site: Path) -> None:
    found = cms_fields(site)
    assert {t.naam for t in TYPES} <= set(found)
    for t in TYPES:
        items = found[t.naam]
        if t.lijst:  # a data file: one list field holding the items
            assert [f["name"] for f in items] == [t.lijst]
            items = items[0]["fields"]
        expected = required_paths(fields(t.model))
        assert expected <= cms_paths(items), (t.naam, expected - cms_paths(items))
        # and the CMS asks for nothing the schema does not know
        assert cms_paths(items, required_only=False) - {"body"} <= {p for p in _all_paths(fields(t.model))}, t.naam


def _all_paths(velden: tuple[Veld, ...], prefix: str = "") -> set[str]:
    paths = set()
    for v in velden:
        paths.add(prefix + v.naam)
        if v.velden:
            paths |= _all_paths(v.velden, f"{prefix}{v.naam}.")
    return paths


def test_widgets_follow_the_field_kinds(site: Path) -> None:
    thema = {f["name"]: f for f in cms_fields(site)["thema"]}
    assert thema["status"]["widget"] == "select" and thema["status"]["options"] == ["actief", "in ontwikkeling"]
    assert thema["body"]["widget"] == "markdown"
    contact = {f["name"]: f for f in cms_fields(site)["contact"][0]["fields"]}
    assert contact["publiek"]["widget"] == "boolean" and contact["publiek"]["required"] is True
    evenement = {f["name"]: f for f in cms_fields(site)["evenement"][0]["fields"]}
    assert evenement["begin"]["widget"] == "datetime"


def test_admin_page_loads_the_cms_from_our_own_site(site: Path) -> None:
    html = (site / "admin/index.html").read_text(encoding="utf-8")
    assert 'src="../assets/vendor/@sveltia/cms@' in html and "https://" not in html
    assert list((site / "assets/vendor").glob("@sveltia/cms@*/dist/sveltia-cms.js"))


def test_field_reference_in_the_handbook_is_up_to_date() -> None:
    from kbz_site.schemas import field_reference

    from .support import ROOT

    assert (ROOT / "docs/velden.md").read_text(encoding="utf-8").strip() == field_reference().strip(), (
        "docs/velden.md is verouderd: draai 'kbz-site velden > docs/velden.md'"
    )


def test_a_new_page_is_in_the_menu_without_touching_mkdocs_yml(tmp_path: Path) -> None:
    from kbz_site.cli import main

    from .support import build, copy_project

    project = copy_project(tmp_path / "p")
    before = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert main(["--project", str(project), "nieuw", "thema", "Proef thema"]) == 0
    assert (project / "mkdocs.yml").read_text(encoding="utf-8") == before
    site = tmp_path / "site"
    assert build(project, site).returncode == 0
    menu = (site / "themas/index.html").read_text(encoding="utf-8")
    assert 'href="proef-thema/"' in menu and menu.index("wijkapotheker/") < menu.index("proef-thema/")


def test_repository_slug_drops_credentials_and_anything_else() -> None:
    from kbz_site.cms import repository_slug

    assert repository_slug("https://x-access-token:geheim@github.com/kbz/kbz-site.git") == "kbz/kbz-site"
    assert repository_slug("https://github.com/kbz/kbz-site/") == "kbz/kbz-site"
    assert repository_slug("git@github.com:kbz/kbz-site.git") is None
    assert repository_slug("") is None


def test_edit_links_open_the_cms_entry_and_never_carry_a_token(site: Path) -> None:
    assert 'href="/admin/#/collections/thema/entries/solk"' in (site / "themas/solk/index.html").read_text("utf-8")
    assert 'href="/admin/#/collections/start/entries/index"' in (site / "index.html").read_text("utf-8")
    for page in site.rglob("*.html"):
        assert "x-access-token" not in page.read_text(encoding="utf-8")


def test_warning_when_private_contacts_would_be_in_a_public_repository() -> None:
    from kbz_site.cms import public_repository_warning

    env = {"REPOSITORY_URL": "https://github.com/kbz/kbz-site"}
    warning = public_repository_warning(env, True, is_public=lambda slug: slug == "kbz/kbz-site")
    assert warning and "publiek: false" in warning and "privé" in warning
    assert public_repository_warning(env, True, is_public=lambda slug: False) is None
    assert public_repository_warning(env, False, is_public=lambda slug: True) is None
    assert public_repository_warning({}, True, is_public=lambda slug: True) is None  # not a Netlify build


def test_the_contact_form_carries_the_privacy_rule_and_the_schema_patterns(site: Path) -> None:
    contact = {f["name"]: f for f in cms_fields(site)["contact"][0]["fields"]}
    assert "ingestemd" in contact["publiek"]["hint"]
    assert contact["email"]["pattern"][0].startswith("^") and contact["regio"]["widget"] == "relation"
    assert contact["bron"]["value_field"] == "bronnen.*.id"
    config = yaml.safe_load((site / "admin/config.yml").read_text(encoding="utf-8"))
    assert config["output"]["omit_empty_optional_fields"] is True


def test_a_page_in_no_menu_is_an_error_in_dutch(tmp_path: Path) -> None:
    from .support import build, copy_project

    project = copy_project(tmp_path / "p")
    (project / "content/wees.md").write_text("---\ntitle: Wees\n---\n# Wees\n", encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "content/wees.md:1: deze pagina staat in geen menu" in result.stderr


# --- Dutch numbers in the forms: the form's pattern refuses what the build refuses -----------
NUMBER_CASES = [
    *("60 35 85 180000 180.000 87.990 1.000,50 € 60 €60 € 180.000,- 60,- 76,37 76.37 10.00 7.16 0 0,4 0.4 35 12,5 "
      "35% 35 % 100 100,0 4190 4.190 2095 1000000000 1.000.000.000 999.999.999,99 10000000 10.000.000 1 0,00 00 "
      "0231234567 1,000 1,000.50 180,000 1.5.0 .5 ,5 1e3 -4 −4 101 100,5 1000000001 1.000.000.001 1.000.000.000,01 "
      "10000001 0,125 76,375 12.1234 12.500 1.50 1.5 abc yes nee € 0,- 0 % 4.190,5 4190,5 01.500 1.0000 "
      "1.000.0000 1.00.000 €€60 60€ 60 fte 0,4 fte 0,4fte 1.234.567,8").split(),
    "€ 60", "35 %", "0,4 fte", " 60 ", "€ 180.000,-", "60\u00a0%", "\u20ac\u00a060", "", "180 000", "180.000,00",
    "€180.000", "1.000,-", "€ 1.000,--", "180.000 euro", "EUR 60", "60,00 €", "2.095", "2095,0", "0,5", "100 %",
    "99,999", "12,5%", "0.4", "1,5 fte", "1 000", "٣",  # (no newline: the field is one line)
]  # fmt: skip


def _money_fields() -> list[tuple[str, Veld, Any]]:
    """(path, Veld, the pydantic type of that field) for every Dutch number field of the schemas."""
    import typing

    from pydantic import BaseModel

    from kbz_site.schemas import TYPES, _unwrap

    found: list[tuple[str, Veld, Any]] = []

    def walk(model: type[BaseModel], velden: tuple[Veld, ...], prefix: str) -> None:
        for v in velden:
            info = model.model_fields[v.naam]
            if v.getal:
                found.append((prefix + v.naam, v, typing.Annotated[(info.annotation, *info.metadata)]))
            if v.velden:
                walk(_unwrap(typing.get_args(info.annotation)[0] if v.soort == "lijst" else info.annotation)[0],
                     v.velden, f"{prefix}{v.naam}.")  # fmt: skip

    for t in TYPES:
        walk(t.model, fields(t.model), f"{t.naam}:")
    return found


def test_every_dutch_number_field_is_text_with_the_grammar_as_pattern() -> None:
    import re

    from pydantic import TypeAdapter, ValidationError

    from kbz_site.cms import cms_field

    money = _money_fields()
    expected = ["tarief.standaard", "normpraktijk", "disciplines.kosten_per_fte", "selectiedrempel"]
    assert {p for p, _, _ in money} >= {f"financiering:{name}" for name in expected}
    for path, veld, annotation in money:
        field = cms_field(veld)
        examples = ("180.000", "4.190", "12,5", "0,4")
        assert field["widget"] == "string" and any(x in field["hint"] for x in examples), path
        pattern = re.compile(field["pattern"][0])
        adapter: TypeAdapter[Any] = TypeAdapter(annotation)
        accepted = 0
        for case in NUMBER_CASES:
            try:
                adapter.validate_python(case)
                builds = True
            except (ValidationError, ValueError):
                builds = False
            # Sveltia tests the trimmed value with RegExp.test (services/contents/draft/validate)
            form = bool(pattern.search(case.strip()))
            assert not form or builds, f"{path}: the form takes {case!r}, the build refuses it"
            accepted += form
        assert accepted >= 15, path  # and it is no empty promise: the usual ways of writing pass


def test_the_form_takes_the_usual_notations_the_build_takes() -> None:
    import re

    from kbz_site.cms import cms_field

    by_path = {p: cms_field(v) for p, v, _ in _money_fields()}
    takes = {
        "financiering:tarief.standaard": ["60", "180000", "180.000", "€ 180.000,-", "76,37", "76.37", "1.000,50"],
        "financiering:normpraktijk": ["2095", "4.190", "4190"],
        "financiering:selectiedrempel": ["25", "12,5", "35 %", "100"],
    }
    refuses = {
        "financiering:tarief.standaard": ["180,000", "1,000.50", "0231234567", "76,375", "-4", "abc"],
        "financiering:normpraktijk": ["0", "4.190,5", "4,190", "01.500"],
        "financiering:selectiedrempel": ["101", "12.500", "-1"],
        "financiering:disciplines.kosten_per_fte": ["0", "0,00", "€ 0,-"],
    }
    for path, cases in takes.items():
        pattern = re.compile(by_path[path]["pattern"][0])
        assert all(pattern.search(c) for c in cases), (path, [c for c in cases if not pattern.search(c)])
    for path, cases in refuses.items():
        pattern = re.compile(by_path[path]["pattern"][0])
        assert not any(pattern.search(c) for c in cases), (path, [c for c in cases if pattern.search(c)])


def _entries(config: dict) -> dict[str, dict]:
    """Every file the CMS config lets an editor open: path -> the entry (a file, or a folder collection's)."""
    from .support import ROOT

    found: dict[str, dict] = {}
    for c in config["collections"]:
        for f in c.get("files", []):
            found[f["file"]] = f
        if "folder" in c:
            for page in (ROOT / c["folder"]).glob(f"*.{c.get('extension', 'md')}"):
                rel = page.relative_to(ROOT).as_posix()
                status = yaml.safe_load(page.read_text(encoding="utf-8").split("---")[1]).get("status")
                wanted = c.get("filter")
                if wanted is None or status in wanted["value"]:
                    found.setdefault(rel, c)
    return found


def test_every_page_and_data_file_has_a_cms_entry(site: Path) -> None:
    from .support import ROOT

    config = yaml.safe_load((site / "admin/config.yml").read_text(encoding="utf-8"))
    entries = _entries(config)
    content = ROOT / "content"
    files = {
        p.relative_to(ROOT).as_posix()
        for p in content.rglob("*")
        if p.is_file() and p.suffix in (".md", ".yml") and "assets" not in p.relative_to(content).parts
    }
    assert {"content/_data/synoniemen.yml", "content/_snippets/afkortingen.md"} <= files
    # Only the menu files have none: Sveltia skips files whose name starts with a dot
    # (services/backends/process.js); docs/editors.md says who keeps the menu. And the
    # audit's figures: bench/toegankelijkheid.py writes them, never an editor.
    assert {Path(f).name for f in files - set(entries)} == {".nav.yml", "toegankelijkheid-meting.md"}
    assert set(entries) <= files  # and no entry for a file that is not there
    from kbz_site.search.synonyms import Synoniem

    synonyms = entries["content/_data/synoniemen.yml"]["fields"][0]
    assert synonyms["name"] == "synoniemen" and [f["name"] for f in synonyms["fields"]] == list(Synoniem.model_fields)
    assert "moet op de site staan" in synonyms["hint"]  # the file's comment, now a hint


def test_every_reference_is_a_relation_or_select(site: Path) -> None:
    from kbz_site.cms import REFERENCES

    config = yaml.safe_load((site / "admin/config.yml").read_text(encoding="utf-8"))

    def walk(items: list[dict], where: str) -> list[str]:
        bad = []
        for f in items:
            holds_items = f.get("widget") == "list" and "fields" in f  # e.g. the list 'contacten' of contacten.yml
            is_reference = f["name"] in {*REFERENCES, "pagina"} and not holds_items
            if is_reference and f.get("widget") not in ("relation", "select"):
                if not (where.startswith("financiering") and f["name"] == "regio"):  # a place name there
                    bad.append(f"{where}.{f['name']}")
            bad += walk(f.get("fields", []), f"{where}.{f['name']}")
        return bad

    bad = []
    for c in config["collections"]:
        for entry in [c, *c.get("files", [])]:
            bad += walk(entry.get("fields", []), entry["name"])
    assert bad == []


def test_every_block_has_its_notice_for_the_preview(site: Path) -> None:
    from kbz_site.cms import BLOKKEN
    from kbz_site.inhoud.blokken import SOORTEN

    assert set(BLOKKEN) == set(SOORTEN)
    script = (site / "admin/kbz-admin.js").read_text(encoding="utf-8")
    assert '"stroomschema": ["Stroomschema"' in script and "registerEditorComponent" in script


def test_the_abbreviations_form_takes_exactly_the_lines_the_build_takes() -> None:
    import re

    from kbz_site.cms import AFKORTINGEN_PATTERN
    from kbz_site.inhoud.model import _AFKORTING

    from .support import ROOT

    pattern = re.compile(AFKORTINGEN_PATTERN)
    current = (ROOT / "content/_snippets/afkortingen.md").read_text(encoding="utf-8").strip()
    assert pattern.search(current)
    lines = ["*[WSV]: wijksamenwerkingsverband", "*[O&I]: organisatie en infrastructuur", "  *[A]: b  ", "",
             "<!-- een opmerking -->", "WSV: wijksamenwerkingsverband", "*[WSV] wijksamenwerkingsverband",
             "*[WSV]:", "*[]: leeg", "[WSV]: zonder sterretje", "*[WSV]:geen spatie", "* [WSV]: spatie", "tekst",
             "*[A]]: b"]  # fmt: skip
    for line in lines:
        builds = not line.strip() or bool(_AFKORTING.match(line.strip()))
        assert bool(pattern.search(current + "\n" + line)) == builds, line
