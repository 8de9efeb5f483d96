"""/admin/ loads the CMS in Chromium, everything from our own origin, under the site's CSP.

Sveltia CMS would ask for web fonts from a CDN, an update check and translations from
unpkg.com and GitHub's status page; kbz-admin.js keeps all of those on our own site
(docs/security.md), so the page makes no request to any other host and logs no error.
"""

from __future__ import annotations

from .conftest import PageVisit


def test_admin_loads_in_dutch_with_everything_from_our_origin(visit: PageVisit) -> None:
    scripts: list[str] = []
    fonts: list[str] = []
    visit.page.on("request", lambda r: r.resource_type == "script" and scripts.append(r.url))
    visit.page.on("requestfinished", lambda r: r.resource_type == "font" and fonts.append(r.url))
    visit.page.goto(visit.base_url + "admin/")
    visit.page.get_by_text("Inloggen met een toegangstoken").wait_for(timeout=20_000)  # Dutch sign-in screen
    visit.page.wait_for_load_state("networkidle")
    assert any("sveltia-cms.js" in url for url in scripts)
    assert all(url.startswith(visit.base_url) for url in scripts + fonts)
    assert any("material-symbols" in url for url in fonts)  # the icons, from our origin
    assert visit.foreign_requests == []
    assert visit.console_errors == []
