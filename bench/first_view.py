"""First view: what a phone downloads for one page with an empty cache, raw and gzip-compressed.

    python bench/first_view.py SITE_DIR [PATH ...]

Loads each page in Debian's Chromium on the live-host harness (tests/browser/conftest.py:
the site at its site_url, netlify.toml's headers) and sums every response of the first
view; "gzip" is each body compressed at level 6, about what Netlify sends.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, PageVisit, answer  # noqa: E402

PAGES = ["", "samenwerking/de-nieuwe-ggz/", "financiering/rekenhulp/", "regios/rotterdam/", "startersmappen/kbz/"]


def first_view(browser: object, site: Path, path: str) -> tuple[int, int, int]:
    visit = PageVisit(browser, site, **PHONE)
    urls: list[str] = []
    visit.page.on("requestfinished", lambda r: urls.append(r.url))
    visit.page.goto(visit.base_url + path, wait_until="networkidle")
    visit.close()
    bodies = [answer(site, url)[2] for url in urls]
    return len(urls), sum(map(len, bodies)), sum(len(gzip.compress(b, 6)) for b in bodies)


def main() -> None:
    if len(sys.argv) < 2 or not Path(sys.argv[1], "index.html").is_file():
        sys.exit(f"gebruik: python bench/first_view.py SITE_DIR [PAD ...]  (SITE_DIR: een gebouwde site)\n\n{__doc__}")
    site = Path(sys.argv[1])
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        print(f"{'page':32} {'requests':>8} {'raw KB':>8} {'gzip KB':>8}")
        for path in sys.argv[2:] or PAGES:
            n, raw, packed = first_view(browser, site, path)
            print(f"/{path:31} {n:8} {raw / 1024:8.0f} {packed / 1024:8.0f}")
        browser.close()


if __name__ == "__main__":
    main()
