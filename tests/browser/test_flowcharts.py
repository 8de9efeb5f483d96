"""Every flowchart renders to an SVG in Chromium, with as many steps as its text alternative."""

from __future__ import annotations

from pathlib import Path

from .conftest import PageVisit


def test_each_flowchart_has_as_many_nodes_as_listed_steps(visit: PageVisit, site: Path) -> None:
    pages = sorted(
        p.relative_to(site).parent.as_posix()
        for p in site.rglob("index.html")
        if "kbz-stroomschema" in p.read_text(encoding="utf-8")
    )
    assert len(pages) == 7  # six from the knowledge base, one leerlijn
    counted = {}
    for path in pages:
        visit.page.goto(visit.base_url + path + "/")
        figures = visit.page.locator("figure.kbz-stroomschema")
        for i in range(figures.count()):
            figure = figures.nth(i)
            figure.locator(".mermaid svg").wait_for(timeout=15_000)
            nodes = figure.locator(".mermaid svg .node").count()
            steps = figure.locator("ol.kbz-stroomschema-stappen > li").count()
            counted[f"{path}#{i}"] = (nodes, steps)
    assert counted and all(nodes == steps > 1 for nodes, steps in counted.values()), counted
    assert visit.console_errors == [] and visit.foreign_requests == []


def test_text_alternative_is_printed(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "themas/solk/")
    visit.page.emulate_media(media="print")
    assert visit.page.locator("ol.kbz-stroomschema-stappen").is_visible()
    assert visit.page.locator("ol.kbz-stroomschema-stappen > li").count() == 5
