"""The CMS configuration is generated from the schemas: every required field is there."""

from __future__ import annotations

from pathlib import Path

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
