"""/admin/ in Chromium, as an editor uses it, under the exact netlify.toml headers.

The site is built from a temporary git repository holding a copy of the project; the
GitHub API is answered by a local fake backed by that repository (fake_github.py); the
site is served at its real address through Playwright routing; every other host is
refused and recorded. The editor signs in with a token, creates a theme page, a contact,
an event and a news post through the real forms and publishes them (editorial workflow:
a branch and a pull request each, merged as GitHub would); then `kbz-site check` and
`mkdocs build --strict` pass on the repository's main branch and the page is in the menu.
"""

from __future__ import annotations

import dataclasses
import mimetypes
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from kbz_site.themas import SECTIONS

from ..support import ROOT, copy_project
from .fake_github import FakeGitHub, git

HOST = "https://kbz-site.netlify.app"
ENV = {"REPOSITORY_URL": "https://github.com/kbz/kbz-site", "BRANCH": "main", "NO_MKDOCS_2_WARNING": "1"}


def headers_for(path: str) -> dict[str, str]:
    """What Netlify sends for ``path``: every matching [[headers]] rule; a header set by two
    rules is sent with both values (the stricter reading, see docs/security.md)."""
    config = tomllib.loads((ROOT / "netlify.toml").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for rule in config["headers"]:
        if re.fullmatch(re.escape(rule["for"]).replace(r"\*", ".*"), path):
            for name, value in rule["values"].items():
                out[name] = f"{out[name]}, {value}" if name in out else value
    return out


def build_site(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=project, env={**os.environ, **ENV}, text=True, capture_output=True,
    )  # fmt: skip


def blocked_highlighter(message: str) -> bool:
    """Sveltia imports its code highlighter (Shiki) from unpkg.com as soon as a page holds a fenced
    block; no setting turns that off, and a module import cannot be answered by kbz-admin.js. Our CSP
    blocks it before it leaves the browser (so it is in no request list) and Sveltia goes on without
    highlighting; Chromium reports the block on the console (docs/security.md)."""
    return bool(
        re.fullmatch(r"Loading the script 'https://unpkg\.com/@sveltia/ui@[\d.]+/dist/shiki-engine\.js' violates "
                     r"the following Content Security Policy directive: .*The action has been blocked\.", message)
    )  # fmt: skip


# The tests build on each other's saves (the last one builds what all of them published), and
# Sveltia drops clicks that land while it redraws on a busy machine: `make test` runs them by
# themselves, in one process and in this order, after the rest (`-m alone`).
pytestmark = pytest.mark.alone


@dataclass
class Admin:
    page: Any
    github: FakeGitHub
    project: Path
    foreign: list[str] = dataclasses.field(default_factory=list)
    errors: list[str] = dataclasses.field(default_factory=list)


@pytest.fixture(scope="module")
def admin(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Admin]:
    tmp = tmp_path_factory.mktemp("cms")
    project = copy_project(tmp / "project")
    (project / ".gitignore").write_text("node_modules\nsite/\n", encoding="utf-8")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Begin")
    site = tmp / "site"
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr

    def serve(route: Any) -> None:
        path = route.request.url.removeprefix(HOST).split("?")[0].split("#")[0]
        file = site / path.lstrip("/")
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            route.fulfill(status=404, body=(site / "404.html").read_bytes(), headers=headers_for(path))
            return
        kind = (
            "text/yaml" if file.suffix == ".yml" else mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        )
        route.fulfill(status=200, body=file.read_bytes(), headers={**headers_for(path), "Content-Type": kind})

    github = FakeGitHub(project)
    context = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    page = context.new_page()
    state = Admin(page, github, project)
    context.route(re.compile(r".*"), lambda route: (state.foreign.append(route.request.url), route.abort()))
    context.route(re.compile(r"^https://api\.github\.com/"), github.handle)
    context.route(re.compile(r"^https://kbz-site\.netlify\.app/"), serve)
    page.on("console", lambda m: m.type == "error" and not blocked_highlighter(m.text) and state.errors.append(m.text))
    page.on("pageerror", lambda e: state.errors.append(str(e)))
    yield state
    context.close()


def test_admin_loads_in_dutch_with_everything_from_our_origin(admin: Admin) -> None:
    page = admin.page
    fonts: list[str] = []
    page.on("requestfinished", lambda r: r.resource_type == "font" and fonts.append(r.url))
    page.goto(HOST + "/admin/")
    page.get_by_text("Inloggen met een toegangstoken").wait_for(timeout=20_000)
    page.wait_for_load_state("networkidle")
    assert any("material-symbols" in url for url in fonts) and all(url.startswith(HOST) for url in fonts)
    assert admin.foreign == []
    assert admin.errors == []


def test_sign_in_with_a_token(admin: Admin) -> None:
    page = admin.page
    if "/admin/" not in page.url:
        page.goto(HOST + "/admin/")
    page.get_by_role("button", name="Inloggen met een toegangstoken").click()
    page.get_by_role("textbox").fill(admin.github.token)
    page.get_by_role("button", name="Inloggen", exact=True).click()
    page.get_by_text("Themapagina").first.wait_for(timeout=30_000)
    assert admin.github.unknown == [] and admin.github.errors == []
    assert admin.foreign == []


# --- the editor's steps ------------------------------------------------------------------
THEMA_BODY = "# Proef in de wijk\n\n" + "".join(f"## {s}\n\nNog in te vullen.\n\n" for s in SECTIONS)


def form(page: Any) -> Any:
    return page.get_by_role("group", name="Inhoud in het ⁨_default⁩ bewerken")


def field(scope: Any, label: str) -> Any:
    return scope.get_by_role("group", name=f"Veld “⁨{label}⁩”")


def markdown_body(page: Any, text: str) -> None:
    form(page).get_by_role("button", name="Bewerken in Markdown").click()
    field(form(page), "Tekst").get_by_role("textbox").fill(text)


def reveal(page: Any, locator: Any) -> Any:
    """Sveltia renders the fields of a long list as they scroll into view: scroll until
    this one exists, then to it."""
    page.mouse.move(300, 400)
    for _ in range(60):
        if locator.count():
            locator.first.scroll_into_view_if_needed()
            return locator.first
        page.mouse.wheel(0, 300)
        page.wait_for_timeout(100)
    raise AssertionError(f"not in the form: {locator}")


def new_list_item(page: Any, list_label: str) -> Any:
    """Add an item to the list of a data file; the new, last item of that list."""
    page.get_by_role("button", name=f"⁨{list_label}⁩ toevoegen").click()
    items = field(form(page), list_label).get_by_role("group")
    return items.filter(has=page.get_by_role("button", name="Item verplaatsen", exact=True)).last


def choose(page: Any, combobox: Any, option: str) -> list[str]:
    """Pick ``option`` in a relation dropdown; all options it offered."""
    reveal(page, combobox).click()
    listbox = page.get_by_role("listbox").last
    offered = [o.split("\n")[0].strip() for o in listbox.get_by_role("option").all_inner_texts()]
    listbox.get_by_role("option", name=option, exact=True).click()
    return offered


def save_and_publish(admin: Admin, collection: str, entry: str) -> None:
    """Save (a draft: a branch and a pull request), submit for review, set it ready and
    publish it (the pull request is merged), as an editor does in the editorial workflow."""
    page = admin.page
    merged = sum(p.state == "merged" for p in admin.github.pulls.values())
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.get_by_role("button", name="Ter review indienen").click()
    page.wait_for_url(re.compile(r"#/collections/[^/]+$"))
    page.goto(f"{HOST}/admin/#/collections/{collection}/entries/{entry}")
    # For a data file Sveltia may offer to restore its local backup of the form: the saved
    # version is the one to publish.
    page.get_by_role("button", name=re.compile("^Status:")).wait_for()
    discard = page.get_by_role("alertdialog").get_by_role("button", name="Verwerpen")
    page.wait_for_timeout(500)
    if discard.count():
        discard.click()
    status = page.get_by_role("button", name=re.compile("^Status:"))
    for _ in range(3):  # a click that lands while Sveltia still redraws the menu is lost: try again
        status.click()
        # Sveltia opens its menu with an animation; a click on an item during it is lost (on a quiet,
        # fast machine every time: 4 of 10 CMS tests failed so). Playwright's "stable" check does not see it.
        page.wait_for_timeout(300)
        page.get_by_role("menuitemradio", name="Klaar").click()
        for _ in range(30):
            if "Klaar" in status.inner_text():
                break
            page.wait_for_timeout(100)
        if "Klaar" in status.inner_text():
            break
    assert "Klaar" in status.inner_text(), (status.inner_text(), admin.github.errors, admin.github.calls[-5:])
    page.get_by_role("button", name="Item publiceren").click()
    page.locator("[role=dialog], [role=alertdialog]").get_by_role("button", name="Publiceren", exact=True).click()
    for _ in range(100):
        if sum(p.state == "merged" for p in admin.github.pulls.values()) > merged:
            break
        page.wait_for_timeout(100)
    assert sum(p.state == "merged" for p in admin.github.pulls.values()) == merged + 1, admin.github.calls[-10:]
    # Sveltia leaves the editor once the branch is deleted; the next step starts from there.
    page.wait_for_url(re.compile(r"#/(collections/[^/]+|workflow)$"))


def test_create_a_theme_page(admin: Admin) -> None:
    page = admin.page
    page.goto(HOST + "/admin/#/collections/thema/new")
    f = form(page)
    f.get_by_role("textbox", name="Titel").fill("Proef in de wijk")
    f.get_by_role("textbox", name="Samenvatting").fill("Een proef met de wijk.")
    field(f, "Doelgroep").get_by_role("textbox").first.fill("bewoners van de wijk")
    field(f, "Rollen").get_by_role("textbox").first.fill("huisarts")
    f.get_by_role("radio", name="in ontwikkeling").check()
    f.get_by_role("checkbox", name="Kader opschaling Krachtige basiszorg").check()
    markdown_body(page, THEMA_BODY)
    save_and_publish(admin, "thema", "proef-in-de-wijk")
    assert admin.github.unknown == [] and admin.github.errors == []


def test_create_a_contact_the_form_refuses_a_bad_email_and_offers_only_known_regions(admin: Admin) -> None:
    page = admin.page
    page.goto(HOST + "/admin/#/collections/gegevens/entries/contact")
    item = new_list_item(page, "Contact")
    reveal(page, item.get_by_role("textbox", name="Id")).fill("proefpraktijk")
    reveal(page, item.get_by_role("textbox", name="Naam")).fill("Proefpraktijk De Wijk")
    reveal(page, item.get_by_role("radio", name="organisatie")).check()
    reveal(page, item.get_by_role("textbox", name="Rol")).fill("huisartsenpraktijk in de proef")
    offered = choose(page, item.get_by_role("combobox", name="Regio"), "Utrecht Overvecht")
    regions = yaml.safe_load((admin.project / "content/_data/regios.yml").read_text(encoding="utf-8"))["regios"]
    assert set(offered) - {"(Geen)"} == {r["naam"] for r in regions}  # no free text: only known regions
    email = reveal(page, item.get_by_role("textbox", name="E-mailadres"))
    email.fill("geen-adres")
    reveal(page, item.get_by_role("radio", name="Kader opschaling Krachtige basiszorg")).check()
    pulls = len(admin.github.pulls)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect_alert = item.get_by_role("group", name="Veld “⁨E-mailadres⁩”").get_by_role("alert")
    expect_alert.wait_for()
    assert "Geen geldig e-mailadres" in expect_alert.inner_text()
    assert len(admin.github.pulls) == pulls  # nothing saved
    email.fill("info@proefpraktijk.nl")
    save_and_publish(admin, "gegevens", "contact")


def test_create_an_event(admin: Admin) -> None:
    page = admin.page
    page.goto(HOST + "/admin/#/collections/gegevens/entries/evenement")
    item = new_list_item(page, "Scholing in de agenda")
    reveal(page, item.get_by_role("textbox", name="Id")).fill("proef-scholing")
    reveal(page, item.get_by_role("textbox", name="Titel")).fill("Proefscholing in de wijk")
    modules = choose(page, item.get_by_role("combobox", name="Module"), "Armoede en schuldenproblematiek")
    assert "Armoede en schuldenproblematiek" in modules
    reveal(page, item.get_by_role("textbox", name="Begin")).fill("2027-03-04T19:30")
    reveal(page, item.get_by_role("textbox", name="Einde")).fill("2027-03-04T21:30")
    reveal(page, item.get_by_role("textbox", name="Plaats")).fill("Wijkcentrum De Proef")
    reveal(page, item.get_by_role("textbox", name="Aanmelden")).fill("info@proefpraktijk.nl")
    save_and_publish(admin, "gegevens", "evenement")


def test_create_a_news_post(admin: Admin) -> None:
    page = admin.page
    page.goto(HOST + "/admin/#/collections/nieuws/new")
    f = form(page)
    f.get_by_role("textbox", name="Datum").fill("2026-11-30")
    f.get_by_role("textbox", name="Titel").fill("Proefbericht uit de wijk")
    f.get_by_role("checkbox", name="Kader opschaling Krachtige basiszorg").check()
    markdown_body(page, "Een kort bericht over de proef.\n")
    save_and_publish(admin, "nieuws", "proefbericht-uit-de-wijk")


def test_the_preview_says_where_the_blocks_appear(admin: Admin) -> None:
    """The preview cannot draw a flowchart or a worked example (the site does that while it
    builds): it shows the block's text under a notice naming the deploy preview."""
    page = admin.page
    page.goto(HOST + "/admin/#/collections/thema/entries/solk")
    preview = page.get_by_role("document")
    notice = preview.get_by_role("note", name="Stroomschema")
    notice.first.wait_for(timeout=30_000)
    text = notice.first.inner_text()
    assert "deploy preview" in text and "tekening" in text
    assert "Zorgprogramma SOLK" in text  # the block's own text, escaped, under the notice
    assert preview.locator("pre code.language-stroomschema").count() == 0  # not a bare code block
    page.goto(HOST + "/admin/#/collections/financiering-paginas/entries/rekenvoorbeelden")
    page.get_by_role("document").get_by_role("note", name="Rekenvoorbeeld").first.wait_for(timeout=30_000)
    assert admin.errors == [] and admin.foreign == []


def test_an_abbreviation_through_the_form(admin: Admin) -> None:
    page = admin.page
    page.goto(HOST + "/admin/#/collections/gegevens/entries/afkortingen")
    text = form(page).get_by_role("textbox", name="Afkortingen")
    current = text.input_value()
    assert current.startswith("*[KBZ]: Krachtige Basiszorg")
    text.fill(current + "\nWSV: wijksamenwerkingsverband")  # the build would refuse this line
    pulls = len(admin.github.pulls)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    alert = field(form(page), "Afkortingen").get_by_role("alert")
    alert.wait_for()
    assert "*[AW]: aandachtswijk" in alert.inner_text()
    assert len(admin.github.pulls) == pulls  # nothing saved
    text.fill(current + "\n*[WSV]: wijksamenwerkingsverband")
    save_and_publish(admin, "gegevens", "afkortingen")


def test_money_is_written_the_dutch_way_and_the_form_refuses_what_the_build_refuses(admin: Admin) -> None:
    page = admin.page
    page.goto(HOST + "/admin/#/collections/gegevens/entries/financiering")
    f = form(page)
    norm = reveal(page, f.get_by_role("textbox", name="Normpraktijk"))
    assert norm.input_value() == "2095"
    norm.fill("2,095")  # English thousands: the build refuses it, so must the form
    pulls = len(admin.github.pulls)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    alert = field(f, "Normpraktijk").get_by_role("alert")
    alert.wait_for()
    assert "4.190" in alert.inner_text()
    assert len(admin.github.pulls) == pulls
    norm.fill("2.095")  # Dutch thousands: the same number
    save_and_publish(admin, "gegevens", "financiering")


def test_what_the_cms_published_passes_check_and_builds_with_the_page_in_the_menu(admin: Admin, tmp_path: Path) -> None:
    from kbz_site.cli import main

    assert admin.github.unknown == [] and admin.github.errors == [] and admin.foreign == []
    project = admin.project
    git(project, "reset", "-q", "--hard", "main")  # the work tree follows what was merged
    contacts = yaml.safe_load((project / "content/_data/contacten.yml").read_text(encoding="utf-8"))
    assert any(c["id"] == "proefpraktijk" and c["publiek"] is False for c in contacts["contacten"])
    events = yaml.safe_load((project / "content/_data/agenda.yml").read_text(encoding="utf-8"))["evenementen"]
    assert [e["id"] for e in events] == ["proef-scholing"]
    abbreviations = (project / "content/_snippets/afkortingen.md").read_text(encoding="utf-8")
    before = (ROOT / "content/_snippets/afkortingen.md").read_text(encoding="utf-8")
    assert abbreviations == before + "*[WSV]: wijksamenwerkingsverband\n"
    funding = yaml.safe_load((project / "content/_data/financiering.yml").read_text(encoding="utf-8"))
    assert funding["normpraktijk"] == "2.095"  # text, read by the Dutch grammar as 2095
    assert main(["--project", str(project), "check"]) == 0
    site = tmp_path / "site"
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr
    menu = (site / "themas/index.html").read_text(encoding="utf-8")
    assert 'href="proef-in-de-wijk/"' in menu
    assert (site / "nieuws/proefbericht-uit-de-wijk/index.html").exists()
