"""/admin/ loads the CMS in Chromium, its script from our own origin, under the site's CSP.

Sveltia CMS asks for web fonts from a CDN and for GitHub's status page; the site's CSP
(font-src and connect-src 'self') blocks both, and the CMS uses system fonts. We check
that every script is ours and that nothing from another host gets through.
"""

from __future__ import annotations

from .conftest import PageVisit


def test_admin_loads_with_its_script_from_our_origin(visit: PageVisit) -> None:
    scripts: list[str] = []
    loaded_foreign: list[str] = []
    visit.page.on("request", lambda r: r.resource_type == "script" and scripts.append(r.url))
    visit.page.on("requestfinished", lambda r: not r.url.startswith(visit.base_url) and loaded_foreign.append(r.url))
    visit.page.goto(visit.base_url + "admin/")
    visit.page.get_by_text("GitHub").first.wait_for(timeout=20_000)  # the sign-in screen
    assert scripts and all(url.startswith(visit.base_url) for url in scripts)
    assert any("sveltia-cms.js" in url for url in scripts)
    assert loaded_foreign == []
    assert all(not url.endswith(".js") for url in visit.foreign_requests)
