"""`kbz-site check`: the same checks as `mkdocs build --strict`, without publishing.

It runs the real build, in this process, into a temporary folder: the content model
(every page and data file), then MkDocs' and Material's own checks (menu, links,
templates). Every problem is printed as `bestand:regel: melding`, all of them at once,
exactly as the build log shows them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kbz_site.inhoud import Inhoud
from kbz_site.plugins.common import INHOUD_KEY

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

_PROBLEM = re.compile(r"^\S[^:\n]*:\d+: .+$", re.M)


def vind_project(start: Path) -> Path | None:
    """The folder with mkdocs.yml: ``start`` or the nearest folder above it."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    return None


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _config_problem(root: Path, err: Exception) -> str:
    """A broken mkdocs.yml in Dutch, at the line where YAML noticed the problem (the last
    line YAML names; the first one is where the surrounding block began)."""
    text = str(err)
    lines = re.findall(r"line (\d+)", text)
    where = f"mkdocs.yml:{lines[-1] if lines else 1}"
    if "found character '\\t'" in text:
        return f"{where}: mkdocs.yml is geen geldige YAML: er staat een tab; spring in met spaties, niet met tabs"
    if "parsing the configuration file" in text:
        detail = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("in ")]
        return (
            f"{where}: mkdocs.yml is geen geldige YAML; controleer het inspringen (alleen spaties, even diep als "
            f"de regels ernaast) op deze regel of de regel erboven ({detail[-1] if detail else text})"
        )
    return f"{where}: fout in de instellingen (mkdocs.yml): {err}"


class _ConfigErrors(logging.Handler):
    """MkDocs logs each wrong setting ("Config value 'x': ...") before it aborts."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.settings: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        m = re.match(r"Config value '([^']+)': (.*)", record.getMessage(), re.S)
        if m:
            self.settings.append((m.group(1), m.group(2).strip()))


def _load_config(root: Path, **options: Any) -> tuple[MkDocsConfig | None, list[str]]:
    """mkdocs.yml loaded (cwd is ``root``), or the Dutch problems with it."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    errors = _ConfigErrors()
    logger = logging.getLogger("mkdocs.config")
    logger.addHandler(errors)
    try:
        return load_config("mkdocs.yml", **options), []
    except (ConfigurationError, Abort) as err:
        if not errors.settings:
            return None, [_config_problem(root, err)]
        lines = (root / "mkdocs.yml").read_text(encoding="utf-8", errors="replace").splitlines()
        found = []
        for name, detail in errors.settings:
            top = name.split(".")[0]
            line = next((n for n, text in enumerate(lines, 1) if text.startswith(f"{top}:")), 1)
            found.append(
                f"mkdocs.yml:{line}: de instelling '{name}' klopt niet ({detail}); "
                "zet de vorige versie van mkdocs.yml terug of vraag de beheerder"
            )
        return None, found
    finally:
        logger.removeHandler(errors)


def controleer(root: Path) -> list[str]:
    """Every problem as ``bestand:regel: melding``; empty when the site would build."""
    return controleer_met_model(root)[0]


def controleer_met_model(root: Path) -> tuple[list[str], Inhoud | None]:
    """The problems, and the content model when it could be loaded."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # before Material is imported
    from mkdocs.commands.build import build
    from mkdocs.exceptions import Abort

    handler = _Errors()
    logger = logging.getLogger("mkdocs")
    # Paths in mkdocs.yml (snippets, node_modules) are relative to the project, as for `mkdocs build`.
    with contextlib.chdir(root), tempfile.TemporaryDirectory(prefix="kbz-check-") as tmp:
        loaded, problems = _load_config(root)
        if loaded is None:
            return problems, None
        config = loaded
        config.site_dir = tmp
        config.strict = True
        logger.addHandler(handler)
        propagate, logger.propagate = logger.propagate, False  # the list below is the report
        config.plugins.on_startup(command="build", dirty=False)  # a build, into a folder that is thrown away
        try:
            build(config)
        except Abort:
            pass
        except Exception as err:  # noqa: BLE001 - reported below as a problem, never a traceback
            handler.messages.append(f"mkdocs.yml:1: de bouw stopte onverwacht: {err.__class__.__name__}: {err}")
        finally:
            # Material's blog plugin removes its temporary folder once per process; a second
            # in-process run (tests, an editor's tool) finds it gone. Nothing to report.
            with contextlib.suppress(FileNotFoundError):
                config.plugins.on_shutdown()
            logger.removeHandler(handler)
            logger.propagate = propagate
    found = []
    for message in handler.messages:
        found += _PROBLEM.findall(message)
    if not found and handler.messages:
        found = [f"mkdocs.yml:1: {m}" for m in handler.messages]
    return sorted(set(found)), config.get(INHOUD_KEY)


def bouw(root: Path, site_dir: Path | None = None) -> int:
    """`mkdocs build --strict` in this process, for `make build` and Netlify: the same
    build and log, but a broken mkdocs.yml (a tab, a wrong indent) is a Dutch
    ``mkdocs.yml:regel: melding`` instead of MkDocs' English error. Exit code 0 or 1."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # before Material is imported
    from mkdocs.commands.build import build
    from mkdocs.exceptions import Abort

    logger = logging.getLogger("mkdocs")
    stream = logging.StreamHandler(sys.stderr)
    stream.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(stream)
    extra = {"site_dir": str(site_dir.resolve())} if site_dir is not None else {}  # relative to where we are
    try:
        with contextlib.chdir(root):
            logger.removeHandler(stream)  # MkDocs' English lines about a wrong setting: said in Dutch below
            loaded, problems = _load_config(root, strict=True, **extra)
            logger.addHandler(stream)
            if loaded is None:
                print("\n".join(problems), file=sys.stderr)
                return 1
            config = loaded
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            except Abort:
                print(
                    "De site is niet gebouwd; de vorige site is gebleven. Los de problemen hierboven op.",
                    file=sys.stderr,
                )
                return 1
            finally:
                with contextlib.suppress(FileNotFoundError):  # Material's blog plugin, see above
                    config.plugins.on_shutdown()
    finally:
        logger.removeHandler(stream)
        logger.setLevel(level)
        logger.propagate = propagate
    return 0
