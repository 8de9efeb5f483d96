"""netlify.toml: the same build, strict security headers that match what we publish."""

from __future__ import annotations

import base64
import hashlib
import re
import tomllib
from pathlib import Path

from .support import ROOT, netlify_headers

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)


def csp() -> dict[str, list[str]]:
    policy = netlify_headers()["Content-Security-Policy"]
    return {d.split()[0]: d.split()[1:] for d in (part.strip() for part in policy.split(";")) if d}


def test_every_inline_script_is_allowed_by_hash(site: Path) -> None:
    allowed = set(csp()["script-src"])
    assert "'unsafe-inline'" not in allowed
    for page in site.rglob("*.html"):
        for attrs, body in INLINE_SCRIPT.findall(page.read_text(encoding="utf-8")):
            if "application/json" in attrs:
                continue  # data, never executed
            digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
            assert f"'sha256-{digest}'" in allowed, f"{page}: inline script not in the CSP"


def test_policy_allows_only_our_own_origin() -> None:
    policy = csp()
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    # One other host, for the CMS's GitHub backend (docs/security.md); blob: for its previews.
    assert policy["connect-src"] == ["'self'", "https://api.github.com"]
    for directive, sources in policy.items():
        if directive != "connect-src":
            assert not [s for s in sources if "//" in s or s.endswith(":") and s not in ("data:", "blob:")], directive


def test_security_headers_and_build() -> None:
    config = tomllib.loads((ROOT / "netlify.toml").read_text(encoding="utf-8"))
    headers = netlify_headers()
    for name in ("X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"):
        assert headers[name]
    assert config["build"]["command"] == "make build"
    assert config["build"]["publish"] == "site"
    assert config["build"]["environment"]["PYTHON_VERSION"].startswith("3.11")
    assert any(r["to"] == "/404.html" and r["status"] == 404 for r in config["redirects"])


def test_long_cache_only_for_files_whose_name_changes_with_content(site: Path) -> None:
    config = tomllib.loads((ROOT / "netlify.toml").read_text(encoding="utf-8"))
    cached = [
        h["for"].removesuffix("*") for h in config["headers"] if "immutable" in h["values"].get("Cache-Control", "")
    ]
    assert cached
    for prefix in cached:
        for path in (site / prefix.strip("/")).rglob("*"):
            if path.is_dir():
                continue
            rel = path.relative_to(site).as_posix()
            hashed = re.search(r"\.[0-9a-f]{8}\.min\.(js|css)(\.map)?$", rel)
            versioned = re.match(r"assets/vendor/(@[^/]+/)?[^/]+@\d+\.\d+\.\d+/", rel)
            # lunr's language files change only with the pinned Material release
            pinned = rel.startswith("assets/javascripts/lunr/")
            assert hashed or versioned or pinned, rel
