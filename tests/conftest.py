from __future__ import annotations

import fcntl
from pathlib import Path

import pytest

from .support import kbz_site

BROWSER_TESTS = Path(__file__).parent / "browser"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/*.html from the templates (make golden)"
    )


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects anything
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/browser/ drives Chromium: mark it, so `-m "not browser"` leaves it out.
    Tests that need the built site run after the others: under pytest-xdist one worker builds
    it while the other goes on with tests of its own, instead of both starting by waiting."""
    for item in items:
        if item.path.is_relative_to(BROWSER_TESTS):
            item.add_marker(pytest.mark.browser)
    items.sort(key=lambda item: "site" in getattr(item, "fixturenames", ()))


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The real site, built once per test session with `kbz-site build` (what `make build`
    and Netlify run: `mkdocs build --strict` in its own process). Under pytest-xdist the
    workers share one build: the first builds it, the others wait for it."""
    if worker_id == "master":
        return _build_site(tmp_path_factory.mktemp("site"))
    shared = tmp_path_factory.getbasetemp().parent  # the same folder for every worker of this run
    with open(shared / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        out = shared / "site"
        if not (out / "index.html").exists():
            _build_site(out)
    return out


def _build_site(out: Path) -> Path:
    result = kbz_site("build", "-d", str(out))
    assert result.returncode == 0, result.stderr
    return out
