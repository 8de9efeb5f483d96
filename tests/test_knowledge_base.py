"""The knowledge base: navigation, the one shape of theme pages, flowcharts, findability, news."""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from kbz_site.bronnen import load_bronteksten
from kbz_site.scholing.startersmappen import cut_section
from kbz_site.stroomschema import Stroomschema, dot_source, stappen_tekst
from kbz_site.stroomschema.model import Vraag
from kbz_site.themas import SECTIONS, load_theme
from kbz_site.validation import ContentError
from kbz_site.validation.fences import find_fenced

from .support import ROOT, build, copy_project

THEMES = sorted(
    p for p in (ROOT / "content/themas").glob("*.md") if p.name not in {"index.md", "rotterdam-doelgroepen.md"}
)
REQUIRED_PAGES = {
    "Over KBZ": [
        "over-kbz/index.md",
        "over-kbz/principes.md",
        "over-kbz/doelen.md",
        "over-kbz/resultaten.md",
        "over-kbz/geschiedenis.md",
        "over-kbz/onderbouwing.md",
    ],
    "Kader": [
        "kader/index.md",
        "kader/personeel.md",
        "kader/commitment.md",
        "kader/overhead.md",
        "kader/selectie.md",
        "kader/jaarplan.md",
    ],
    "Thema's": ["themas/index.md", *[f"themas/{p.name}" for p in THEMES], "themas/rotterdam-doelgroepen.md"],
    "Werkwijze": [
        "werkwijze/index.md",
        "werkwijze/4d-model.md",
        "werkwijze/cijfer-voor-gezondheid.md",
        "werkwijze/uurgesprek.md",
        "werkwijze/mdo-en-casuistiek.md",
        "werkwijze/gfi.md",
        "werkwijze/ernst-inventarisatielijst.md",
        "werkwijze/dashboard-en-registratie.md",
        "werkwijze/wijkspecialist-consultatie.md",
    ],
    "Samenwerking": [
        "samenwerking/index.md",
        "samenwerking/huisarts-en-buurtteam.md",
        "samenwerking/doen-wat-nodig-is.md",
        "samenwerking/wijksamenwerkingsverband.md",
        "samenwerking/blauwe-zorg.md",
        "samenwerking/de-nieuwe-ggz.md",
    ],
    "Financiering": [
        "financiering/index.md",
        "financiering/rekenvoorbeelden.md",
        "financiering/rekenhulp.md",
        "financiering/drie-segmenten.md",
    ],
    "Nieuws": ["nieuws/index.md"],
}


def nav_files() -> dict[str, list[str]]:
    """The menu's sections and their pages, from content/.nav.yml and each folder's .nav.yml
    (plugin awesome-nav)."""
    content = ROOT / "content"
    out: dict[str, list[str]] = {}
    for item in yaml.safe_load((content / ".nav.yml").read_text(encoding="utf-8"))["nav"]:
        if isinstance(item, dict):
            ((title, pages),) = item.items()
            out[title] = pages
        else:
            folder = yaml.safe_load((content / item / ".nav.yml").read_text(encoding="utf-8"))
            out[folder["title"]] = [f"{item}/{page}" for page in folder["nav"]]
    return out


def test_navigation_holds_every_section_with_an_index() -> None:
    nav = nav_files()
    for section, pages in REQUIRED_PAGES.items():
        assert section in nav, section
        assert nav[section][0].endswith("index.md"), section
        assert set(pages) <= set(nav[section]), section


def test_nine_themes_and_two_in_development() -> None:
    assert len(THEMES) == 9
    status = {p.stem: load_theme(p, p.name).status for p in THEMES}
    assert [k for k, v in status.items() if v == "in ontwikkeling"] == ["wijkapotheker", "wijkverpleging"]


@pytest.mark.parametrize("page", THEMES, ids=lambda p: p.stem)
def test_every_theme_page_has_its_shape(page: Path, site: Path) -> None:
    meta = load_theme(page, page.name)  # front matter, the five questions
    assert meta.bronnen and meta.samenvatting
    html = (site / "themas" / page.stem / "index.html").read_text(encoding="utf-8")
    for heading in (*SECTIONS, "Contact", "Documenten"):
        assert re.search(rf"<h2 id=\"[^\"]*\">{re.escape(heading)}<", html), heading
    text = page.read_text(encoding="utf-8")
    # Gaps are summed up once, under Meer weten, not scattered through the page.
    assert text.count("datum niet vermeld") == 0 and text.lower().count("nog niet beschreven") <= 6
    assert "In het kort" in html and 'id="kbz-bronnen-kop"' in html
    contact = html[html.index('<h2 id="contact">') : html.index('<h2 id="documenten">')]
    assert "Wie bel ik?" in contact or "kbz-contactkaart" in contact  # a card, or the route that exists
    documents = re.search(r'<ul class="kbz-documenten">(.*?)</ul>', html, re.S)
    if meta.documenten:
        assert documents and "<a " not in documents.group(1)  # listed by title, never a dead link
        assert documents.group(1).count("<li>") == len(meta.documenten)
        assert "niet op deze site beschikbaar" in html  # said once, not on every line


def write_theme(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "thema.md"
    path.write_text(text, encoding="utf-8")
    return path


GOOD_THEME = """---
title: Test
samenvatting: Kort.
doelgroep: [iedereen]
rollen: [huisarts]
status: actief
bronnen: [kader]
---

# Test

## Wat is het?

## Voor wie?

## Wat doe je?

## Wie doet wat?

## Meer weten
"""


def test_theme_page_without_a_section_fails_at_its_heading(tmp_path: Path) -> None:
    load_theme(write_theme(tmp_path, GOOD_THEME), "content/themas/test.md")
    with pytest.raises(ContentError) as caught:
        load_theme(write_theme(tmp_path, GOOD_THEME.replace("## Wie doet wat?\n", "")), "content/themas/test.md")
    assert str(caught.value) == (
        "content/themas/test.md:10: sectie '## Wie doet wat?' ontbreekt; elke themapagina heeft de kopjes "
        "Wat is het?, Voor wie?, Wat doe je?, Wie doet wat? en Meer weten"
    )


def test_theme_page_without_sources_fails(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_theme(write_theme(tmp_path, GOOD_THEME.replace("bronnen: [kader]\n", "")), "content/themas/test.md")
    assert str(caught.value) == "content/themas/test.md:2: verplicht veld 'bronnen' ontbreekt; voeg het toe"
    with pytest.raises(ContentError) as caught:
        load_theme(
            write_theme(tmp_path, GOOD_THEME.replace("bronnen: [kader]", "bronnen: []")), "content/themas/test.md"
        )
    assert "content/themas/test.md:7: 'bronnen' moet minstens 1 item(s) hebben" == str(caught.value)


def test_build_fails_on_a_theme_page_without_its_sections(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "content/themas/ouderenzorg.md"
    page.write_text(page.read_text(encoding="utf-8").replace("## Wie doet wat?", "## Rollen"), encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert re.search(r"content/themas/ouderenzorg\.md:\d+: sectie '## Wie doet wat\?' ontbreekt", result.stderr)


BRONTEKSTEN = load_bronteksten(
    ROOT / "bronteksten", ["kader", "module-rotterdam", "bundle", "afsprakenstelsel", "zorg-om-zorg"]
)


def all_flowcharts() -> list[tuple[Path, Stroomschema]]:
    charts = []
    for path in sorted((ROOT / "content").rglob("*.md")):
        charts += [
            (path, spec)
            for _, spec in find_fenced(path, path.name, {"stroomschema": Stroomschema}, {"bronteksten": BRONTEKSTEN})
        ]
    return charts


def test_the_flowcharts_the_sources_support_are_there() -> None:
    # Only charts whose order of steps the sources give (issue 14): Meer bewegen,
    # Vitale kinderen and the leerlijn are lists, because their routes are in documents
    # we do not have (the Keuzehulpen) or in no source at all.
    titles = {spec.titel for _, spec in all_flowcharts()}
    assert titles == {
        "Zorgprogramma SOLK",
        "Warme overdracht van huisarts naar buurtteam",
        "Doen wat nodig is",
        "De Nieuwe GGZ",
    }


def test_no_invented_step_is_back() -> None:
    steps = " | ".join(
        s.vraag if isinstance(s, Vraag) else s.tekst for _, chart in all_flowcharts() for s in chart.stappen
    )
    for invented in ("kijken samen wat de cliënt nodig heeft", "Past het programma FitGaaf", "start-stop", "MDO:"):
        assert invented not in steps
    dng = next(s for _, s in all_flowcharts() if s.titel == "De Nieuwe GGZ")
    question = next(s for s in dng.stappen if isinstance(s, Vraag) and s.vraag == "Moet er een verwijzing komen?")
    assert question.keuzes["nee"] == "einde"  # not every referral goes through the MDO


def test_every_step_has_a_citation_the_build_finds() -> None:
    charts = all_flowcharts()  # validated with the source texts: a wrong quote raises
    assert charts and all(s.bron and s.citaat for _, c in charts for s in c.stappen)


def test_a_wrong_quote_fails_with_file_and_line(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text(
        "# P\n\n```stroomschema\ntitel: T\nstappen:\n"
        "  - tekst: Eerst de POH-GGZ.\n    bron: zorg-om-zorg\n    citaat: De patiënt gaat eerst naar de POH-GGZ.\n"
        "  - tekst: Dan de psychiater.\n    bron: zorg-om-zorg\n"
        "    citaat: Daarna gaat de patiënt altijd naar de psychiater.\n"
        "  - tekst: Niets.\n    bron: kader\n"
        "```\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        find_fenced(page, "content/p.md", {"stroomschema": Stroomschema}, {"bronteksten": BRONTEKSTEN})
    assert str(caught.value).splitlines() == [
        "content/p.md:11: het citaat 'Daarna gaat de patiënt altijd naar de psychiater.' staat niet in bron "
        "'zorg-om-zorg'; neem het letterlijk over uit bronteksten/zorg-om-zorg.txt",
        "content/p.md:12: verplicht veld 'citaat' ontbreekt; voeg het toe",
    ]


def test_build_fails_on_a_quote_that_is_not_in_the_source(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "content/themas/solk.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.replace('citaat: "Terugvalpreventie"', 'citaat: "Terugval voorkomen met medicatie"'), encoding="utf-8"
    )
    result = build(project, tmp_path / "site")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    line = text[: text.index('citaat: "Terugvalpreventie"')].count("\n") + 1
    assert (
        f"content/themas/solk.md:{line}: het citaat 'Terugval voorkomen met medicatie' staat niet in bron"
        in result.stderr
    )


@pytest.mark.parametrize("path, chart", all_flowcharts(), ids=lambda x: getattr(x, "titel", ""))
def test_chart_and_text_have_the_same_steps(path: Path, chart: Stroomschema) -> None:
    nodes = re.findall(r"^  s\d+ \[label=", dot_source(chart), re.M)
    assert len(nodes) == len(stappen_tekst(chart)) == len(chart.stappen)


def test_flowchart_to_a_missing_step_fails_with_its_line(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text(
        "# P\n\n```stroomschema\ntitel: T\nstappen:\n  - vraag: Ja?\n    keuzes: {ja: verder, nee: einde}\n"
        "    bron: kader\n    citaat: x\n  - tekst: Klaar\n    bron: kader\n    citaat: x\n```\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        find_fenced(page, "content/p.md", {"stroomschema": Stroomschema})
    assert str(caught.value) == "content/p.md:4: stap 'verder' bestaat niet; geef die stap 'id: verder' of kies 'einde'"


def test_tags_list_everything_for_the_poh(site: Path) -> None:
    html = (site / "voor-wie/index.html").read_text(encoding="utf-8")
    section = re.search(r'<h2 id="tag:poh-ggz">.*?</ul>', html, re.S)
    assert section and "SOLK" in section.group(0) and "De Nieuwe GGZ" in section.group(0)


def test_abbreviations_are_explained_on_every_page(site: Path) -> None:
    html = (site / "kader/personeel/index.html").read_text(encoding="utf-8")
    assert '<abbr title="praktijkondersteuner huisarts">POH</abbr>' in html


def test_news_posts_and_feed(site: Path) -> None:
    feed = ET.parse(site / "feed_rss_created.xml").getroot()
    titles = [item.findtext("title") or "" for item in feed.iter("item")]
    assert len(titles) == 2 and any("Zorg om Zorg" in t for t in titles) and any("BUNDLE" in t for t in titles)


def test_every_page_names_its_sources_at_the_bottom(site: Path) -> None:
    # pages that only list others, the CMS, and the accessibility statement (about the site
    # itself: its figures come from the project's audit, not from the sources)
    listings = {"voor-wie", "nieuws", "admin", "toegankelijkheid"}
    for page in sorted(site.rglob("index.html")):
        rel = page.relative_to(site).parent.as_posix()
        if rel in listings or rel.startswith("nieuws/archive"):
            continue
        assert 'id="kbz-bronnen-kop"' in page.read_text(encoding="utf-8"), rel


def test_build_fails_on_a_citation_footnote_that_is_not_in_the_source(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "content/over-kbz/resultaten.md"
    text = page.read_text(encoding="utf-8")
    wrong = text.replace("met 4% in heel Overvecht", "met 6% in heel Overvecht")
    assert wrong != text
    page.write_text(wrong, encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    line = wrong[: wrong.index("met 6% in heel")].count("\n") + 1
    assert (
        f"content/over-kbz/resultaten.md:{line}: het citaat 'Afname van de poliklinische kosten met 6%" in result.stderr
    )


class _Links(HTMLParser):
    """The links a reader can tap in the page content (<article>) or in the main menu (tabs and
    the primary navigation), skipping anything inside an element marked hidden."""

    def __init__(self, menu: bool) -> None:
        super().__init__()
        self.menu, self.depth, self.hidden = menu, 0, 0
        self.links: list[str] = []
        self.stack: list[tuple[str, bool, bool]] = []  # tag, opens a tappable area, is hidden

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        in_menu = tag == "nav" and bool({"md-tabs", "md-nav--primary"} & set(classes))
        area = in_menu if self.menu else tag == "article"
        hidden = "hidden" in a
        if tag in {"br", "img", "hr", "input", "meta", "link", "source", "wbr"}:
            return
        self.stack.append((tag, bool(area), hidden))
        self.depth += bool(area)
        self.hidden += hidden
        href = a.get("href")
        if tag == "a" and self.depth and not self.hidden and href:
            self.links.append(href)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            name, area, hidden = self.stack.pop()
            self.depth -= area
            self.hidden -= hidden
            if name == tag:
                break


def _taps(site: Path, url: str, menu: bool) -> set[str]:
    """Site-relative URLs (with #fragment) one tap away from the page at `url`: in its content,
    or with `menu`, in its menu."""
    parser = _Links(menu)
    parser.feed((site / url / "index.html").read_text(encoding="utf-8"))
    out = set()
    for href in parser.links:
        if re.match(r"^[a-z]+:", href) or href.startswith("#"):
            continue
        path, _, fragment = href.partition("#")
        target = posixpath.normpath(posixpath.join(url, path)) if path else url
        target = "" if target == "." else target.strip("/")
        if (site / target / "index.html").exists():
            out.add(f"{target}#{fragment}" if fragment else target)
    return out


# The five phone tasks: the page (and section) that answers each, and what must be there.
PHONE_TASKS = {
    "Rotterdam: wie bel ik?": ("contact", "rotterdam", "Rijnmond Dokters"),
    "het 4D-model gebruiken": ("werkwijze/4d-model", "hoe-gebruik-je-het", "sociaal en maatschappelijk"),
    "de SOLK-stappen": ("themas/solk", "wat-doe-je", "kbz-stroomschema"),
    "scholing in mijn agenda": ("scholing/agenda", None, "in uw eigen agenda"),
    "starten met KBZ": ("starten", None, "startersmappen/kbz/"),
}


def _section(html: str, fragment: str | None) -> str:
    if fragment is None:
        return html[html.index("<article") : html.index("</article>")]
    start = html.index(f'id="{fragment}"')
    end = re.compile(r"<h[12][ >]").search(html, start + 10)
    return html[start : end.start() if end else len(html)]


@pytest.mark.parametrize("task", PHONE_TASKS)
def test_each_phone_task_is_two_taps_from_the_home_page(site: Path, task: str) -> None:
    page, fragment, answer = PHONE_TASKS[task]
    first = _taps(site, "", menu=False)  # the home page's own content: what a phone shows without the menu
    second = {t for f in first for t in _taps(site, f.partition("#")[0], menu=False)}
    reached = {t.partition("#")[0] for t in first | second}
    assert page in reached, f"{task}: {page}/ is not within two taps of the home page"
    html = (site / page / "index.html").read_text(encoding="utf-8")
    assert answer in _section(html, fragment), f"{task}: the answer is not in {page}#{fragment}"


def test_contact_and_starting_are_in_the_menu_and_the_footer(site: Path) -> None:
    for page in ("", "regios/rotterdam", "themas/solk"):
        html = (site / page / "index.html").read_text(encoding="utf-8")
        menu = _taps(site, page, menu=True)
        assert {"contact", "starten"} <= menu, page
        footer = html[html.index("<footer") : html.index("</footer>")]
        assert 'contact/"' in footer and 'starten/"' in footer and "Wie bel ik?" in footer, page


def test_region_pages_say_wie_bel_ik_once_and_link_the_kits(site: Path) -> None:
    for page in sorted((site / "regios").glob("*/index.html")):
        article = _section(page.read_text(encoding="utf-8"), None)
        if 'id="contact"' not in article:
            continue  # the map, linking pins and trainers pages
        assert article.count(">Wie bel ik?</a>") == 1, page.parent.name
        assert "startersmappen/kbz/" in article, page.parent.name
    rotterdam = _section((site / "regios/rotterdam/index.html").read_text(encoding="utf-8"), None)
    assert "startersmappen/rotterdam/" in rotterdam and "Contact volgt" not in rotterdam


def test_theme_tags_come_after_the_summary(site: Path) -> None:
    for page in THEMES:
        html = (site / "themas" / page.stem / "index.html").read_text(encoding="utf-8")
        assert html.count('class="md-tags"') == 1, page.stem
        summary, tags = html.index("In het kort."), html.index('class="md-tags"')
        assert html.index("<h1") < summary < tags < html.index('id="wat-is-het"'), page.stem
        assert "admonition" not in html[summary - 200 : summary]  # normal text, not a small-print box
        assert ">nog niet beschreven</a>" not in html  # a gap in the sources is no group to list pages under


def test_kit_chapters_keep_their_citations(site: Path) -> None:
    html = (site / "startersmappen/rotterdam/index.html").read_text(encoding="utf-8")
    refs = re.findall(r'<a class="footnote-ref" href="#([^"]+)"', html)
    assert refs, "no citation in the Rotterdam kit"
    for ref in refs:  # every reference has its note, on this page
        assert f'id="{ref}"' in html, ref
    assert "Jump back" not in html and "Terug naar voetnoot" in html


def test_every_source_attribution_is_a_verified_citation(site: Path) -> None:
    """No "(Bron: ...)" in plain text: an attribution is a citation footnote the build checks."""
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"\(?\bBron: ", re.sub(r"<[^>]+>", "", text)), page.relative_to(site)


def test_a_cut_section_keeps_only_its_own_footnotes() -> None:
    page = (
        '<h2 id="a">A</h2><p>Een.<sup id="fnref:kader-1"><a class="footnote-ref" href="#fn:kader-1">1</a></sup></p>'
        '<h2 id="b">B</h2><p>Twee.<sup id="fnref:bundle-1"><a class="footnote-ref" href="#fn:bundle-1">2</a></sup></p>'
        '<div class="footnote">\n<hr />\n<ol>\n<li id="fn:kader-1"><p>"k"</p></li>\n'
        '<li id="fn:bundle-1"><p>"b"</p></li>\n</ol>\n</div>'
    )
    first, last = cut_section(page, "A"), cut_section(page, "B")
    assert 'id="fn:kader-1"' in first and "fn:bundle-1" not in first.split('class="footnote"')[1]
    assert '<li value="2" id="fn:bundle-1">' in last and 'id="fn:kader-1"' not in last  # the page's end, cut
    assert cut_section(page, None).count('<div class="footnote">') == 1
    assert 'class="footnote"' not in cut_section("<h2>A</h2><p>Geen noot.</p>", "A")
    nested = page.replace('<p>"k"</p>', '<p>"k"</p><ol><li>een</li></ol>')  # a footnote with a list of its own
    assert '<li>een</li></ol>\n<li value="2"' not in cut_section(nested, "B")
    assert "<ol><li>een</li></ol>" in cut_section(nested, "A")
