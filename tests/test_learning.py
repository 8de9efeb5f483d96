"""Curriculum, scholingsagenda with calendar feeds, and starter kits."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

import icalendar
import pytest
import yaml

from .support import ROOT, build, copy_project

AGENDA = """evenementen:
  - id: lvb-rotterdam
    titel: LVB herkennen in de praktijk
    module: lvb
    regio: rotterdam
    begin: 2027-03-04 19:30
    einde: 2027-03-04 21:30
    plaats: Rotterdam, testlocatie
    aanmelden: via de testpagina
  - id: armoede-rotterdam-oud
    titel: Armoede en schulden
    module: armoede-en-schulden
    regio: rotterdam
    begin: 2026-01-15 13:00
    einde: 2026-01-15 16:00
    plaats: Rotterdam, testlocatie
    aanmelden: via de testpagina
  - id: 4d-landelijk
    titel: Het 4D-gesprek online
    module: werken-in-een-achterstandswijk
    begin: 2027-07-01 10:00
    einde: 2027-07-01 12:00
    online: true
    aanmelden: via de testpagina
"""


@pytest.fixture(scope="module")
def agenda_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("agenda") / "project")
    (project / "content/_data/agenda.yml").write_text(AGENDA, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - kbz-scholing\n", '  - kbz-scholing:\n      nu: "2026-11-22 12:00"\n'
        ),
        encoding="utf-8",
    )
    site = project / "site-out"
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    return site


def events(path: Path) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return cast(list[icalendar.Event], cal.walk("VEVENT"))


def test_feeds_parse_back_with_the_right_events_in_amsterdam_time(agenda_site: Path) -> None:
    alle = events(agenda_site / "scholing/agenda.ics")
    assert len(alle) == 3
    assert len(events(agenda_site / "scholing/agenda-rotterdam.ics")) == 2
    assert not (agenda_site / "scholing/agenda-amsterdam.ics").exists()  # no event, no (invalid, empty) feed
    page = (agenda_site / "scholing/agenda/index.html").read_text(encoding="utf-8")
    assert 'href="webcal://kbz-site.netlify.app/scholing/agenda.ics"' in page
    start = next(e for e in alle if str(e["summary"]) == "LVB herkennen in de praktijk").decoded("dtstart")
    assert start == dt.datetime(2027, 3, 4, 19, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert start.utcoffset() == dt.timedelta(hours=1)  # winter time
    summer = next(e for e in alle if str(e["summary"]) == "Het 4D-gesprek online").decoded("dtstart")
    assert summer.utcoffset() == dt.timedelta(hours=2)  # summer time
    cal = icalendar.Calendar.from_ical((agenda_site / "scholing/agenda.ics").read_bytes())
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    for event_id in ("lvb-rotterdam", "armoede-rotterdam-oud", "4d-landelijk"):
        one = events(agenda_site / f"scholing/evenementen/{event_id}.ics")
        assert len(one) == 1 and str(one[0]["uid"]).startswith(event_id)


def test_agenda_upcoming_first_past_archived_and_filters_without_javascript(agenda_site: Path) -> None:
    html = (agenda_site / "scholing/agenda/index.html").read_text(encoding="utf-8")
    komend = html[html.index('id="komend"') : html.index("kbz-archief")]
    assert komend.index("LVB herkennen") < komend.index("Het 4D-gesprek online")
    assert "Armoede en schulden" not in komend
    archief = html[html.index("kbz-archief") :]
    assert "Armoede en schulden" in archief
    assert 'href="regio-rotterdam/"' in html and 'href="module-lvb/"' in html
    rotterdam = (agenda_site / "scholing/agenda/regio-rotterdam/index.html").read_text(encoding="utf-8")
    assert "LVB herkennen" in rotterdam and "Het 4D-gesprek online" not in rotterdam
    assert "donderdag 4 maart 2027, 19:30 - 21:30" in rotterdam


def test_module_pages_say_what_is_still_to_be_filled_in(site: Path) -> None:
    modules = sorted(p.parent.name for p in (site / "scholing/modules").glob("*/index.html"))
    data = yaml.safe_load((ROOT / "content/_data/scholing.yml").read_text(encoding="utf-8"))
    assert modules == sorted(m["id"] for m in data["modules"])  # one page per module, from the data
    lvb = (site / "scholing/modules/lvb/index.html").read_text(encoding="utf-8")
    assert "nog in te vullen" in lvb.lower() and "Voor trainers" in lvb and "Wie bel ik?" in lvb


def kit_text(site: Path, kit: str) -> str:
    return (site / f"startersmappen/{kit}/index.html").read_text(encoding="utf-8")


def test_kits_are_assembled_from_pages_and_follow_their_changes(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "content/starten/index.md"
    text = page.read_text(encoding="utf-8")
    old_start = "het **twee\njaar** kost"
    old_condition = "In het eerste jaar minimaal één scholing volgen."
    assert old_start in text and old_condition in text
    text = text.replace("is dat het **twee\njaar** kost", "is dat het **drie\njaar** kost").replace(
        old_condition, "In het eerste jaar minimaal twee scholingen volgen."
    )
    page.write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    assert build(project, site).returncode == 0
    for kit in ("kbz", "rotterdam"):  # both include "De eerste twee jaar"
        assert "<strong>drie\njaar</strong> kost" in kit_text(site, kit), kit
    assert "minimaal twee scholingen volgen" in kit_text(site, "rotterdam")
    assert "minimaal twee scholingen volgen" not in kit_text(site, "kbz")  # it does not include the conditions


def test_kit_chapters_links_and_ids(site: Path) -> None:
    html = kit_text(site, "rotterdam")
    for title in (
        "1. Wat is Krachtige Basiszorg?",
        "3. Voorwaarden voor deelname",
        "8. Financiering: de module per",
        "9. Contacten in de regio",
        "10. Eerste trainingen",
    ):
        assert title in re.sub(r"<[^>]+>", "", html), title
    assert "€ 2,50 per ION per kwartaal" in html and "Rijnmond Dokters" in html
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert 'href="../../financiering/"' in html  # a link from the region page, re-based to the kit


@pytest.mark.parametrize(
    "old, new, message",
    [
        (
            "        pagina: kader/jaarplan.md\n",
            "        pagina: kader/jaarplannen.md\n",
            "pagina 'kader/jaarplannen.md' bestaat niet",
        ),
        (
            "        sectie: Rapportage\n",
            "        sectie: Verslaglegging\n",
            "pagina 'starten/index.md' heeft geen kopje 'Verslaglegging'",
        ),
    ],
)
def test_kit_naming_a_missing_page_or_heading_fails_with_its_line(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    project = copy_project(tmp_path / "project")
    data = project / "content/_data/startersmappen.yml"
    text = data.read_text(encoding="utf-8")
    data.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert re.search(rf"content/_data/startersmappen\.yml:\d+: {re.escape(message)}", result.stderr), result.stderr


def test_a_feed_only_where_there_are_events(site: Path) -> None:
    data = yaml.safe_load((ROOT / "content/_data/agenda.yml").read_text(encoding="utf-8"))
    events = data.get("evenementen") or []
    feeds = {p.name for p in (site / "scholing").glob("*.ics")}
    regios = {e["regio"] for e in events if e.get("regio")}
    assert feeds == ({"agenda.ics"} if events else set()) | {f"agenda-{r}.ics" for r in regios}
    page = (site / "scholing/agenda/index.html").read_text(encoding="utf-8")
    assert ("nog geen scholingen" in page) == (not events)
