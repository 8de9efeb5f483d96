"""`make serve` (--dirty): an edit renders the changed page and the generated pages whose
text changed, not every generated page again (kbz-build-guard, .cache/kbz-serve/)."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

from .support import copy_project


def _rebuild(project: Path, site: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    with contextlib.chdir(project), contextlib.redirect_stderr(io.StringIO()):
        config = load_config("mkdocs.yml", site_dir=str(site), strict=False)  # as make serve: --no-strict
        config.plugins.on_startup(command="serve", dirty=True)
        build(config, serve_url="http://127.0.0.1:8000/", dirty=True)


def _dates(site: Path) -> dict[str, int]:
    return {str(p.relative_to(site)): p.stat().st_mtime_ns for p in site.rglob("index.html")}


def test_an_edit_renders_what_changed_and_no_unchanged_generated_page(tmp_path: Path) -> None:
    project, site = copy_project(tmp_path / "p"), tmp_path / "site"
    _rebuild(project, site)
    before = _dates(site)

    page = project / "content/samenwerking/index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nmeetpunt-een\n", encoding="utf-8")
    regios = project / "content/_data/regios.yml"
    regios.write_text(
        regios.read_text(encoding="utf-8").replace("naam: Utrecht Ondiep", "naam: Utrecht Ondiep-Zuilen", 1),
        encoding="utf-8",
    )
    _rebuild(project, site)
    after = _dates(site)

    assert "meetpunt-een" in (site / "samenwerking/index.html").read_text(encoding="utf-8")
    ondiep = next(p for p in after if p.startswith("regios/") and "ondiep" in p)
    assert "Utrecht Ondiep-Zuilen" in (site / ondiep).read_text(encoding="utf-8")  # its generated text changed
    rendered = {p for p in after if after[p] != before.get(p)}
    assert {"samenwerking/index.html", ondiep} <= rendered
    untouched = [p for p in after if p.startswith(("regios/utrecht-overvecht", "scholing/modules/"))]
    assert untouched and not rendered & set(untouched), sorted(rendered)


def test_an_edit_of_the_home_page_alone_rebuilds_without_false_synonym_errors(tmp_path: Path) -> None:
    # A dirty rebuild renders only the edited page, so the search index holds only that page:
    # every synonym then seemed to "stand on no page" and the preview stopped with a BuildError.
    project, site = copy_project(tmp_path / "p"), tmp_path / "site"
    _rebuild(project, site)
    page = project / "content/index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nmeetpunt-twee\n", encoding="utf-8")
    _rebuild(project, site)
    assert "meetpunt-twee" in (site / "index.html").read_text(encoding="utf-8")
