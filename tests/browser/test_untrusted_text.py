"""Text from content is escaped wherever a template puts it: <script> shows, never runs.

(A contact's name and a page's title may not hold HTML at all - validation refuses it,
see the corpus - so the hostile text goes in a contact's role and an event title.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from ..support import build, copy_project
from .conftest import LiveSite

NAAM = "<script>window.__pwned=1</script>programmaleider <b>Vet</b>"
TITEL = '<img src=x onerror="window.__pwned=2">Scholing'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    contacts = project / "content/_data/contacten.yml"
    contacts.write_text(
        contacts.read_text(encoding="utf-8")
        + f"""  - id: vijandig
    naam: Jan Vet
    soort: persoon
    rol: '{NAAM}'
    regio: rotterdam
    email: jan@voorbeeld.nl
    publiek: true
    bron: kader
""",
        encoding="utf-8",
    )
    (project / "content/_data/agenda.yml").write_text(
        f"""evenementen:
  - id: vijandig
    titel: '{TITEL}'
    module: lvb
    regio: rotterdam
    begin: 2030-03-04 19:30
    einde: 2030-03-04 21:30
    online: true
    aanmelden: '<script>window.__pwned=4</script>hier'
""",
        encoding="utf-8",
    )
    site = project / "out"
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    return site


def test_no_template_writes_content_as_markup(hostile_site: Path) -> None:
    for path in hostile_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "<script>window.__pwned" not in text, path
        assert "<img src=x onerror" not in text, path
        assert "<b>Vet</b>" not in text, path


@pytest.mark.parametrize(
    "path, where, shown",
    [
        ("regios/rotterdam/", "article", "<script>window.__pwned=1</script>programmaleider <b>Vet</b>"),
        ("scholing/agenda/", "article", '<img src=x onerror="window.__pwned=2">Scholing'),
    ],
)
def test_hostile_text_shows_as_text_and_runs_nothing(
    browser: object, hostile_site: Path, path: str, where: str, shown: str
) -> None:
    # No CSP here on purpose: escaping alone must stop it.
    live = LiveSite(browser, hostile_site, bypass_csp=True)
    page = live.context.new_page()
    page.goto(live.base_url + path)
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned === undefined")
    text = page.title() if where == "title" else page.locator(where).inner_text()
    assert shown in text
    live.context.close()
