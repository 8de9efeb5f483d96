"""Building the site: strict, Dutch, private, and bad content changes nothing."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

from .support import build, build_cli, copy_project, mkdocs


class _Loads(HTMLParser):
    """Collects the URLs a page makes the browser fetch (not plain links or rel=canonical)."""

    FETCHING_LINKS = {
        "stylesheet",
        "preconnect",
        "preload",
        "prefetch",
        "icon",
        "manifest",
        "modulepreload",
        "dns-prefetch",
    }

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "link" and set((a.get("rel") or "").split()) & self.FETCHING_LINKS:
            self.urls.append(a.get("href") or "")
        elif tag in {"script", "img", "iframe", "source", "audio", "video", "embed"} and a.get("src"):
            self.urls.append(a["src"] or "")


def fetched_urls(text: str) -> list[str]:
    parser = _Loads()
    parser.feed(text)
    return parser.urls


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_is_dutch(site: Path) -> None:
    for page in html_files(site):
        assert '<html lang="nl"' in page.read_text(encoding="utf-8"), page


def test_no_page_loads_anything_from_another_host(site: Path) -> None:
    for page in html_files(site):
        text = page.read_text(encoding="utf-8")
        external = [u for u in fetched_urls(text) if re.match(r"(?:[a-z]+:)?//", u, re.I)]
        assert external == [], page
        assert "fonts.googleapis.com" not in text and "unpkg.com" not in text, page


def test_scripts_at_the_end_of_a_page_wait_until_it_is_painted(site: Path) -> None:
    # templates/main.html: Material's bundle and extra_javascript deferred (a first layout and paint
    # before the scripts, not one long task on a phone); only the rekenhulp's script, inside the content
    # so that instant navigation runs it, is not.
    for page in html_files(site):
        text = page.read_text(encoding="utf-8")
        if "bundle." not in text:
            continue  # the CMS and the printable kits
        tail = text[text.index('<script id="__config"') :]
        scripts = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", tail)
        assert scripts and all(" defer " in s for s in scripts), (page, scripts)


def test_no_page_loads_a_diagram_library(site: Path) -> None:
    assert not list((site / "assets/vendor").glob("mermaid@*"))
    for page in html_files(site):
        assert "mermaid" not in page.read_text(encoding="utf-8"), page


def test_home_page_names_principles_aims_and_sources(site: Path) -> None:
    text = (site / "index.html").read_text(encoding="utf-8")
    assert "Continu leren en verbeteren" in text and "Efficiënt zorggebruik" in text
    assert text.count("<li>") >= 11
    bronnen = text[text.index('id="kbz-bronnen-kop"') :]
    assert "Toegankelijke basiszorg in aandachtswijken" in bronnen and "februari 2019" in bronnen


def test_page_with_unknown_source_fails_with_file_and_line(tmp_path: Path, site: Path) -> None:
    project = copy_project(tmp_path / "project")
    site = shutil.copytree(site, tmp_path / "site")  # the last good site: the real one
    before = sorted(p.relative_to(site) for p in site.rglob("*"))

    page = project / "content/samenwerking/index.md"
    text = page.read_text(encoding="utf-8").replace(
        "bronnen: [afsprakenstelsel, zorg-om-zorg]", "bronnen:\n  - afsprakenstelsel\n  - verzonnen"
    )
    page.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  - verzonnen") + 1
    result = build(project, site)

    assert result.returncode == 1
    assert f"content/samenwerking/index.md:{line}: onbekende bron 'verzonnen'" in result.stderr
    assert "Traceback" not in result.stderr
    # the error came before MkDocs touched site/: the last good site is still there, whole
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before


def test_failure_after_writing_leaves_no_partial_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "content/kapot.md").write_text("# Kapot\n\n[link](bestaat-niet.md)\n", encoding="utf-8")
    site = tmp_path / "site"
    result = build(project, site)
    assert result.returncode == 1 and "bestaat-niet.md" in result.stderr
    assert not site.exists() or not any(site.iterdir())


def test_bad_yaml_in_source_registry(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    registry = project / "content/_data/bronnen.yml"
    registry.write_text(
        registry.read_text(encoding="utf-8").replace("    titel: Module", "\ttitel: Module"), encoding="utf-8"
    )
    result = build_cli(project, tmp_path / "site")  # the real command line, as its own process
    assert result.returncode == 1
    assert re.search(r"content/_data/bronnen\.yml:\d+: tab gevonden", result.stderr)
    assert "Traceback" not in result.stderr


def test_plugins_run_under_properdocs_started_from_a_subfolder(tmp_path: Path) -> None:
    # ProperDocs (the MkDocs fork, docs/architecture.md) runs our plugins. Started as an editor in
    # content/financiering/ would type it, `-f ../../mkdocs.yml`: paths in mkdocs.yml (the snippet
    # folder of pymdownx.snippets, base_path) count from the project, not from where the command ran.
    project = copy_project(tmp_path / "project")
    site = tmp_path / "site"
    result = mkdocs(
        "build", "--strict", "-f", "../../mkdocs.yml", "-d", str(site), cwd=project / "content/financiering",
        tool="properdocs",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    text = (site / "index.html").read_text(encoding="utf-8")
    assert 'id="kbz-bronnen-kop"' in text and "sveltia-cms.js" in (site / "admin/index.html").read_text(
        encoding="utf-8"
    )
    assert "<abbr" in text  # content/_snippets/afkortingen.md


def test_worked_examples_are_rendered_from_the_engine(site: Path) -> None:
    text = (site / "financiering/rekenvoorbeelden/index.html").read_text(encoding="utf-8")
    assert "€ 87.990 per jaar" in text and "€ 3.990: het past" in text
    assert "€ 76,37 per AW-ION, afgerond € 76" in text and "€ 45,82 per AW-ION, afgerond € 46" in text
    assert "0,2 fte huisarts + 0,4 fte POH-KB" in text
    assert "€ 2,50 per ION per kwartaal" in text and "€ 17,16 per ION" in text
    # the chart: an SVG with a title and description, and its numbers as a table
    assert '<title id="kbz-grafiek-titel-' in text and '<desc id="kbz-grafiek-uitleg-' in text  # unique per chart
    assert "<td>45 %</td><td>€ 76,37</td>" in text and "<td>75 %</td><td>€ 45,82</td>" in text
    parameters = json.loads((site / "assets/kbz/financiering.json").read_text(encoding="utf-8"))
    assert parameters["tarief"] == {"standaard": 60, "laag": 35, "hoog": 85}


def test_worked_example_with_unknown_discipline_fails_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "content/financiering/rekenvoorbeelden.md"
    text = page.read_text(encoding="utf-8").replace("  poh-kb: 0.4\n", "  tandarts: 0.4\n", 1)
    page.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  tandarts: 0.4") + 1
    result = build(project, tmp_path / "site")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        f"content/financiering/rekenvoorbeelden.md:{line}: onbekende discipline 'tandarts'; kies uit: huisarts, poh-kb"
        in result.stderr
    )


def test_bad_funding_data_fails_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    data = project / "content/_data/financiering.yml"
    text = data.read_text(encoding="utf-8").replace("kosten_per_fte: 180000", "kosten_per_fte: -180000")
    data.write_text(text, encoding="utf-8")
    line = (
        text.splitlines().index(
            "    kosten_per_fte: -180000   # € per jaar, incl. huisvesting, overhead, werkgeverslasten"
        )
        + 1
    )
    result = build(project, tmp_path / "site")
    assert result.returncode == 1
    assert f"content/_data/financiering.yml:{line}: 'kosten_per_fte' moet groter zijn dan 0" in result.stderr


def test_edit_link_and_last_updated(tmp_path: Path) -> None:
    import os

    project = copy_project(tmp_path / "project")
    site = tmp_path / "site"
    env = {"REPOSITORY_URL": "https://github.com/voorbeeld/kbz-site", "BRANCH": "main"}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        assert build(project, site).returncode == 0
    finally:
        for k, v in old.items():
            os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)
    html = (site / "themas/solk/index.html").read_text(encoding="utf-8")
    assert 'href="/admin/#/collections/thema/entries/solk"' in html  # the page's entry in the CMS
    assert "Bewerk deze pagina" in html and "Laatst bijgewerkt: <span" in html
    # generated pages have no source file to edit
    assert "Bewerk deze pagina" not in (site / "regios/rotterdam/index.html").read_text(encoding="utf-8")
