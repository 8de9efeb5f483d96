"""The content model: read once per build, re-read only what changed under `mkdocs serve`,
and a broken edit in the preview shows the problems instead of stopping the server."""

from __future__ import annotations

import builtins
import contextlib
import io
import os
import sys
import types
from collections import Counter
from pathlib import Path

import pytest

from kbz_site.inhoud.markdown import lees_pagina, vervang_blokken

from .support import build_in_process, copy_project

KINDS = {"rekenvoorbeeld": object, "stroomschema": object}


def test_a_block_shown_inside_a_markdown_fence_is_an_example_not_a_block() -> None:
    text = (
        "# Uitleg\n\n````markdown\n```rekenvoorbeeld\nberekening: budget\n```\n````\n\n```rekenvoorbeeld\nx: 1\n```\n"
    )
    page, problems = lees_pagina("a.md", "content/a.md", text, KINDS)
    assert problems == []
    assert [(b.soort, b.regel) for b in page.blokken] == [("rekenvoorbeeld", 9)]
    replaced = vervang_blokken(text, KINDS, lambda n: "<p>GEREKEND</p>")
    assert replaced.count("GEREKEND") == 1
    assert "```rekenvoorbeeld\nberekening: budget" in replaced  # the example stays


def test_headings_inside_code_are_not_headings_and_ids_match_markdown() -> None:
    text = "# Titel\n\n```\n# geen kop\n```\n\n## **Voorwaarden** voor deelname\n\n## Stap {#eigen-id}\n\n## Titel\n"
    page, _ = lees_pagina("a.md", "content/a.md", text, KINDS)
    assert [(k.tekst, k.id) for k in page.koppen] == [
        ("Titel", "titel"),
        ("Voorwaarden voor deelname", "voorwaarden-voor-deelname"),
        ("Stap", "eigen-id"),
        ("Titel", "titel_1"),
    ]


def _reads_during_build(project: Path, site: Path) -> Counter[str]:
    """Which content files our package opened, and how often, during one build."""
    content = str(project / "content")
    counts: Counter[str] = Counter()
    real_open = io.open

    def counting_open(file, *args, **kwargs):
        path = os.fspath(file) if isinstance(file, (str, os.PathLike)) else ""
        if isinstance(path, str) and path.startswith(content) and path.endswith((".md", ".yml")):
            frame: types.FrameType | None = sys._getframe(1)
            while frame is not None and frame.f_globals.get("__name__") in ("pathlib", "io"):
                frame = frame.f_back
            if frame is not None and frame.f_globals.get("__name__", "").startswith("kbz_site"):
                counts[os.path.relpath(path, content)] += 1
        return real_open(file, *args, **kwargs)

    builtins.open = io.open = counting_open
    try:
        code, log = build_in_process(project, site)
    finally:
        builtins.open = io.open = real_open
    assert code == 0, log
    return counts


def test_every_page_and_data_file_is_read_once_per_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    counts = _reads_during_build(project, tmp_path / "site")
    pages = {p.relative_to(project / "content").as_posix() for p in (project / "content").rglob("*.md")}
    pages -= {p for p in pages if p.startswith("_snippets/")}
    data = {p.relative_to(project / "content").as_posix() for p in (project / "content/_data").glob("*.yml")}
    assert pages | data <= set(counts), sorted((pages | data) - set(counts))
    assert {name: n for name, n in counts.items() if n != 1} == {}


def _serve_build(project: Path, site: Path) -> str:
    """One rebuild as `make serve` (--dirty) does it (the plugin instances live on between
    them; only changed pages are rendered again)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    with contextlib.chdir(project), contextlib.redirect_stderr(io.StringIO()):
        config = load_config("mkdocs.yml", site_dir=str(site), strict=False)  # as make serve: --no-strict
        config.plugins.on_startup(command="serve", dirty=True)
        build(config, serve_url="http://127.0.0.1:8000/", dirty=True)
    return (site / "themas/solk/index.html").read_text(encoding="utf-8")


def test_serve_keeps_the_last_good_pages_and_shows_the_problems(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    site = tmp_path / "site"
    page = project / "content/themas/solk.md"
    good = page.read_text(encoding="utf-8")
    assert "kbz-problemen" not in _serve_build(project, site)

    page.write_text(good.replace("status: actief", "status: kapot", 1), encoding="utf-8")
    html = _serve_build(project, site)
    assert "kbz-problemen" in html
    assert "content/themas/solk.md:" in html and "status" in html

    page.write_text(good, encoding="utf-8")
    assert "kbz-problemen" not in _serve_build(project, site)


@pytest.mark.parametrize("changed", ["content/themas/solk.md", "content/_data/regios.yml"])
def test_serve_reads_again_only_what_changed(tmp_path: Path, changed: str) -> None:
    from mkdocs.config import load_config

    project = copy_project(tmp_path / "p")
    _serve_build(project, tmp_path / "site")
    target = project / changed
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _serve_build(project, tmp_path / "site")
    with contextlib.chdir(project):
        plugin = load_config("mkdocs.yml").plugins["kbz-inhoud"]
    assert plugin.gelezen == 1  # type: ignore[attr-defined]


def test_figures_in_prose_follow_the_data(tmp_path: Path) -> None:
    """Change the tarief in one place (financiering.yml) and every page that names it follows."""
    project = copy_project(tmp_path / "p")
    data = project / "content/_data/financiering.yml"
    text = data.read_text(encoding="utf-8")
    assert "  standaard: 60 " in text
    data.write_text(text.replace("  standaard: 60 ", "  standaard: 61 ", 1), encoding="utf-8")
    site = tmp_path / "site"
    code, log = build_in_process(project, site)
    assert code == 0, log
    for page in ("financiering/index.html", "begrippen/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert "€ 61" in html, page
        assert "{{" not in html, page
    prose = (site / "financiering/index.html").read_text(encoding="utf-8")
    assert "gaat uit van <strong>€ 61 per" in prose and "gaat uit van <strong>€ 60" not in prose
