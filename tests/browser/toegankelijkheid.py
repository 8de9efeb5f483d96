"""The accessibility audit behind /toegankelijkheid/: axe-core on every page, four screens.

One function checks one screen (`audit`); `bench/toegankelijkheid.py` runs it for all four
and writes the measured figures into content/_snippets/toegankelijkheid-meting.md, which the
page includes. tests/browser/test_site.py runs the same audit on every `make test` and fails
when the figures in that file are not what it finds, so the statement cannot go stale.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..support import ROOT
from .conftest import PHONE, PageVisit

MEETING = ROOT / "content/_snippets/toegankelijkheid-meting.md"
AXE_VERSIE = json.loads((ROOT / "node_modules/axe-core/package.json").read_text(encoding="utf-8"))["version"]

# Both widths of the issue (360 px phone, 1280 px desktop), each in light and dark mode.
SCHERMEN: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "desktop-dark": {"viewport": {"width": 1280, "height": 800}, "color_scheme": "dark"},
    "phone": PHONE,
    "phone-dark": {**PHONE, "color_scheme": "dark"},
}
NAMEN = {
    "desktop": "computer, 1280 px, licht",
    "desktop-dark": "computer, 1280 px, donker",
    "phone": "telefoon, 360 px, licht",
    "phone-dark": "telefoon, 360 px, donker",
}


@dataclass
class Uitkomst:
    """What one screen's audit found: every problem per page, and axe's findings per rule."""

    scherm: str
    paginas: int = 0
    problemen: dict[str, object] = field(default_factory=dict)
    per_regel: dict[str, int] = field(default_factory=dict)  # axe rule -> pages with a violation

    def rij(self) -> str:
        """The table row of toegankelijkheid-meting.md for this screen."""
        gevonden = ", ".join(f"{regel} ({n})" for regel, n in sorted(self.per_regel.items())) or "geen"
        return f"| {NAMEN[self.scherm]} | {self.paginas} | {gevonden} |"


def audit(browser: object, site: Path, paths: list[str], scherm: str) -> Uitkomst:
    """Status 200, no console error, no foreign request, no axe violation, nothing wider than the screen."""
    visit = PageVisit(browser, site, **SCHERMEN[scherm]).with_axe()
    width = SCHERMEN[scherm]["viewport"]["width"]
    uitkomst = Uitkomst(scherm, paginas=len(paths))
    for path in paths:
        response = visit.page.goto(visit.base_url + path)
        axe = visit.axe_violations()
        for violation in axe:
            uitkomst.per_regel[violation["id"]] = uitkomst.per_regel.get(violation["id"], 0) + 1
        found = {
            "status": response.status if response else None,
            "console": list(visit.console_errors),
            "foreign": list(visit.foreign_requests),
            "axe": axe,
            "wider": max(0, visit.page.evaluate("document.documentElement.scrollWidth") - width),
        }
        visit.console_errors.clear()
        visit.foreign_requests.clear()
        if found != {"status": 200, "console": [], "foreign": [], "axe": [], "wider": 0}:
            uitkomst.problemen[path] = found
    visit.close()
    return uitkomst
