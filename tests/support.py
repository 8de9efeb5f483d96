"""Shared helpers: build the site (or a copy of the project) and serve it like Netlify."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import sys
import threading
import tomllib
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def mkdocs(*args: str, cwd: Path = ROOT, tool: str = "mkdocs") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", tool, *args], cwd=cwd, env=env, text=True, capture_output=True)


def build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of ``project`` into ``site``: exit code, and the warnings and
    errors as ``stderr``. In this process (build_in_process: the CLI's startup, build and
    shutdown), not a new Python per build; the real command line is built by the session's
    ``site`` fixture (tests/conftest.py) and tests/test_build.py."""
    code, log = build_in_process(project, site)
    return subprocess.CompletedProcess(["mkdocs", "build", "--strict"], code, "", log)


def build_cli(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` as its own process, exactly as typed on the command line."""
    # `-f mkdocs.yml` relative, as typed in the project folder: MkDocs then gives the plugins a
    # relative config path (a traceback once, while the absolute path worked).
    return mkdocs("build", "--strict", "-f", "mkdocs.yml", "-d", str(site), cwd=project)


def kbz_site(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`kbz-site ...` as its own process (what `make build` and Netlify run)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "kbz_site.cli", *args], cwd=cwd, env=env, text=True, capture_output=True
    )


def copy_project(dest: Path) -> Path:
    """A copy of the project's site sources to break on purpose; node_modules is linked."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("content", "templates", "bronteksten"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "node_modules").symlink_to(ROOT / "node_modules")
    # Flowcharts drawn once for all copies (kbz_site/stroomschema/render.py: cached under the
    # hash of the chart, written atomically), not by Node again for every copy.
    (ROOT / ".cache").mkdir(exist_ok=True)
    (dest / ".cache").symlink_to(ROOT / ".cache")
    return dest


def netlify_headers() -> dict[str, str]:
    """The headers netlify.toml sets for every path ("/*")."""
    config = tomllib.loads((ROOT / "netlify.toml").read_text(encoding="utf-8"))
    return next(h["values"] for h in config["headers"] if h["for"] == "/*")


class _Handler(SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        for name, value in netlify_headers().items():
            self.send_header(name, value)
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 with Netlify's headers; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _Log(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname}: {record.getMessage()}")


def build_in_process(project: Path, site: Path) -> tuple[int, str]:
    """`mkdocs build --strict` as the CLI runs it (startup, build, shutdown), in this
    process: (exit code, log). An exception other than MkDocs' Abort is a traceback."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    handler = _Log()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    code = 0
    try:
        with contextlib.chdir(project):
            try:
                config = load_config("mkdocs.yml", site_dir=str(site), strict=True)
            except (ConfigurationError, Abort) as err:
                return 1, f"Error: {err}"
            config.plugins.on_startup(command="build", dirty=False)
            try:
                mkdocs_build(config)
            except Abort:
                code = 1
            except Exception:  # what the CLI would print as a traceback
                code = 1
                handler.lines.append("Traceback (most recent call last):\n" + traceback.format_exc())
            finally:
                with contextlib.suppress(FileNotFoundError):  # Material's blog plugin, see kbz_site/controle.py
                    config.plugins.on_shutdown()
    finally:
        logger.removeHandler(handler)
    return code, "\n".join(handler.lines)
