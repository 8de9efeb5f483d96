"""Every flowchart is an SVG in the HTML: drawn at build time, no diagram script, steps read once."""

from __future__ import annotations

from pathlib import Path

import yaml

from kbz_site.inhoud.markdown import lees_pagina

from ..support import ROOT
from .conftest import PageVisit


def charts_in_content() -> dict[str, list[dict]]:
    """The flowcharts the content holds: {"themas/solk": [chart data, ...]}, derived, not counted by hand."""
    found = {}
    for path in sorted((ROOT / "content").rglob("*.md")):
        rel = path.relative_to(ROOT / "content").as_posix()
        page, _ = lees_pagina(rel, rel, path.read_text(encoding="utf-8"), {"stroomschema"})
        if page.blokken:
            found[rel.removesuffix(".md").removesuffix("/index")] = [yaml.safe_load(b.yaml) for b in page.blokken]
    return found


def test_each_flowchart_has_as_many_nodes_as_listed_steps(visit: PageVisit, site: Path) -> None:
    pages = sorted(
        p.relative_to(site).parent.as_posix()
        for p in site.rglob("index.html")
        if "kbz-stroomschema" in p.read_text(encoding="utf-8")
    )
    assert pages == sorted(charts_in_content())
    visit.page.route("**/*.js", lambda route: route.abort())  # the charts need no script at all
    counted = {}
    for path in pages:
        visit.page.goto(visit.base_url + path + "/")
        figures = visit.page.locator("figure.kbz-stroomschema")
        for i in range(figures.count()):
            figure = figures.nth(i)
            nodes = figure.locator("svg .node").count()
            steps = figure.locator("ol.kbz-stroomschema-stappen > li").count()
            counted[f"{path}#{i}"] = (nodes, steps)
    assert counted and all(nodes == steps > 1 for nodes, steps in counted.values()), counted
    assert visit.foreign_requests == []  # (the console only lists the scripts refused above)


def test_screen_readers_get_the_steps_once(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "samenwerking/de-nieuwe-ggz/")
    snapshot = visit.page.locator("figure.kbz-stroomschema").aria_snapshot()
    last = charts_in_content()["samenwerking/de-nieuwe-ggz"][0]["stappen"][-1]["tekst"]
    assert snapshot.count(last) == 1
    assert "Stroomschema: De Nieuwe GGZ" in snapshot


def test_chart_text_is_legible_on_a_phone(phone: PageVisit) -> None:
    phone.page.goto(phone.base_url + "samenwerking/de-nieuwe-ggz/")
    sizes = phone.page.evaluate(
        "() => [...document.querySelectorAll('.kbz-stroomschema svg text')].map(t => t.getBoundingClientRect().height)"
    )
    assert sizes and min(sizes) >= 11, sizes  # CSS px on a 360 px screen (Mermaid's were about 7)
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= 360


def test_text_alternative_is_printed(visit: PageVisit) -> None:
    visit.page.goto(visit.base_url + "themas/solk/")
    visit.page.emulate_media(media="print")
    assert visit.page.locator("ol.kbz-stroomschema-stappen").is_visible()
    steps = sum(len(chart["stappen"]) for chart in charts_in_content()["themas/solk"])
    assert visit.page.locator("ol.kbz-stroomschema-stappen > li").count() == steps
