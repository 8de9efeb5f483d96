"""The figures of the accessibility statement (/toegankelijkheid/), measured, never typed.

    python bench/toegankelijkheid.py [SITE_DIR]     # default: builds the site to a temporary folder

Runs axe-core on every page of the sitemap at 1280 px and 360 px, light and dark mode, on
the live-host setup (tests/browser/toegankelijkheid.py, the same audit `make test` runs),
and Lighthouse's mobile profile on the five page types of bench/lighthouse.py, then writes
content/_snippets/toegankelijkheid-meting.md. tests/browser/test_site.py fails when that
file's axe figures differ from what the test run finds; Lighthouse is not rerun by the tests
(a minute per page), its scores are those of the date in the file.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from lighthouse import PAGES, handler, lighthouse, site_to_measure  # noqa: E402

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, sitemap_paths  # noqa: E402
from tests.browser.toegankelijkheid import AXE_VERSIE, MEETING, SCHERMEN, audit  # noqa: E402

MAANDEN = "januari februari maart april mei juni juli augustus september oktober november december".split()
PAGINA_NAMEN = {
    "home": "startpagina",
    "theme with flowchart": "thema met stroomschema (SOLK)",
    "rekenhulp": "rekenhulp",
    "region": "regio (Rotterdam)",
    "starter kit": "startersmap (KBZ)",
}


def main() -> None:
    site = site_to_measure()
    from playwright.sync_api import sync_playwright

    paths = sitemap_paths(site)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        uitkomsten = [audit(browser, site, paths, scherm) for scherm in SCHERMEN]
        browser.close()
    for u in uitkomsten:
        print(u.rij(), "" if not u.problemen else f"  other problems: {u.problemen}")

    server = ThreadingHTTPServer(("127.0.0.1", 0), handler(site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    scores = {name: lighthouse(base + path) for name, path in PAGES.items()}
    server.shutdown()

    vandaag = dt.date.today()
    regels = [
        "<!-- Geschreven door bench/toegankelijkheid.py: niet met de hand wijzigen. -->",
        f"**Laatste meting: {vandaag.day} {MAANDEN[vandaag.month - 1]} {vandaag.year}.** "
        f"Het programma axe-core {AXE_VERSIE} controleerde alle {len(paths)} pagina's van de site "
        "op de regels voor WCAG 2.0 en 2.1, niveau A en AA, op vier schermen:",
        "",
        "| Scherm | Pagina's | Gevonden problemen (regel en aantal pagina's) |",
        "|---|---:|---|",
        *(u.rij() for u in uitkomsten),
        "",
        "Lighthouse (profiel voor mobiele telefoons) op vijf soorten pagina's, score van 0 tot 100:",
        "",
        "| Pagina | Toegankelijkheid | Goede werkwijzen | Vindbaarheid |",
        "|---|---:|---:|---:|",
        *(
            f"| {PAGINA_NAMEN[name]} | {s['accessibility']} | {s['best-practices']} | {s['seo']} |"
            for name, s in scores.items()
        ),
    ]
    MEETING.write_text("\n".join(regels) + "\n", encoding="utf-8")
    print(f"written: {MEETING.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
