"""Lighthouse (npm `lighthouse`, Debian's Chromium) in mobile mode on five page types.

    python bench/lighthouse.py [SITE_DIR]      # default: builds the site to a temporary folder

Serves the built site on 127.0.0.1 gzip-compressed, with the headers of netlify.toml (CSP
included), as Netlify would; runs Lighthouse's default mobile profile (throttled 4G, slow
CPU) per page and prints the four category scores and the bytes transferred. Scores move
with machine load: compare runs made on the same machine at the same time.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, answer  # noqa: E402

PAGES = {
    "home": "",
    "theme with flowchart": "themas/solk/",
    "rekenhulp": "financiering/rekenhulp/",
    "region": "regios/rotterdam/",
    "starter kit": "startersmappen/kbz/",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


def handler(site: Path) -> type[BaseHTTPRequestHandler]:
    class Netlify(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            status, headers, body = answer(site, self.path)
            if headers.get("Content-Type", "").startswith(COMPRESSIBLE) and "gzip" in self.headers.get(
                "Accept-Encoding", ""
            ):
                body = gzip.compress(body, 6)
                headers["Content-Encoding"] = "gzip"
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Netlify


def lighthouse(url: str, keep: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory() as out:
        report = (keep or Path(out)) / "report.json"
        subprocess.run(
            [
                str(ROOT / "node_modules/.bin/lighthouse"),
                url,
                f"--chrome-path={CHROMIUM}",
                "--chrome-flags=" + " ".join(CHROMIUM_ARGS),
                f"--only-categories={','.join(CATEGORIES)}",
                "--output=json",
                f"--output-path={report}",
                "--quiet",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
        )
        data = json.loads(report.read_text(encoding="utf-8"))
    scores = {c: round(data["categories"][c]["score"] * 100) for c in CATEGORIES}
    scores["KB"] = round(data["audits"]["total-byte-weight"]["numericValue"] / 1024)
    for metric in (
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "cumulative-layout-shift",
    ):
        scores[metric] = data["audits"][metric]["displayValue"]
    failed = [
        a["id"]
        for c in CATEGORIES[1:]
        for ref in data["categories"][c]["auditRefs"]
        if ref["weight"] and (a := data["audits"][ref["id"]])["score"] is not None and a["score"] < 1
    ]
    scores["failed"] = ",".join(failed)
    return scores


def site_to_measure() -> Path:
    """The site folder given on the command line, or the site built now into a temporary folder."""
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    site = Path(tempfile.mkdtemp()) / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=ROOT, env=env, check=True)
    return site


def main() -> None:
    site = site_to_measure()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler(site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    print(
        f"{'page':22} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'KB':>6} "
        f"{'FCP':>7} {'LCP':>7} {'TBT':>7} {'CLS':>6}  failed audits (not performance)"
    )
    for name, path in PAGES.items():
        s = lighthouse(base + path)
        print(
            f"{name:22} {s['performance']:5} {s['accessibility']:5} {s['best-practices']:5} {s['seo']:5} "
            f"{s['KB']:6} {s['first-contentful-paint']:>7} {s['largest-contentful-paint']:>7} "
            f"{s['total-blocking-time']:>7} {s['cumulative-layout-shift']:>6}  {s['failed']}"
        )
    server.shutdown()


if __name__ == "__main__":
    main()
