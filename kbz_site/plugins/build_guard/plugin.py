"""kbz-build-guard: a build publishes a whole, good site or nothing; and says why in Dutch.

``mkdocs build`` writes into a staging folder next to ``site/``; only when the build has
succeeded -- strict warnings included, which MkDocs raises after ``on_post_build`` -- is
the staging folder swapped in (``on_shutdown``). A failed build leaves the previous
``site/`` byte for byte as it was. While building, MkDocs' own warnings are collected and
repeated in Dutch with the file and line (kbz_site/validation/mkdocs_meldingen.py).
Under ``mkdocs serve`` a broken edit does not stop the preview: kbz-inhoud keeps the last
good content and this plugin puts the Dutch problem list on top of every page.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kbz_site.validation import Problem
from kbz_site.validation.mkdocs_meldingen import vertaal_alle

from ..common import (
    PROBLEMEN_KEY,
    CompiledTemplates,
    compiled_templates_folder,
    display_path,
    docs_display,
    project_root,
    template_env,
)
from .config import BuildGuardConfig

log = logging.getLogger("mkdocs.plugins.kbz")

# Generated pages that are rendered on every serve rebuild all the same: a starter kit is
# filled in with the HTML of other pages (kbz-startersmappen needs its own page built).
ALTIJD_OPNIEUW = {"kbz-startersmappen"}


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []
        self.ours: set[str] = set()  # what our plugins said already, in Dutch

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("A 'dirty' build"):  # `make serve`'s own choice, not a problem
            return
        if not record.name.startswith("mkdocs.plugins.kbz"):
            self.records.append(record.getMessage())
        else:
            self.ours.update(record.getMessage().splitlines())


# Material's templates compiled once (see CompiledTemplates), not once per build.
_TEMPLATES = CompiledTemplates()


_INSTALLED: dict[str, list[str]] = {}  # theme folders outside the project: listed once per process


def _listing(folder: str, followlinks: bool) -> list[str]:
    """Every file under ``folder`` as a template name, without hidden files and folders:
    MkDocs skips those anyway ('.*', '*/.*'), and Material's .icons holds 14,000 of them."""
    names = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=followlinks):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for filename in filenames:
            if not filename.startswith("."):
                names.append(os.path.join(dirpath, filename)[len(folder) :].strip(os.sep).replace(os.sep, "/"))
    return names


def _list_templates(loader: jinja2.FileSystemLoader, root: Path) -> list[str]:
    """What MkDocs copies from the theme (files.add_files_from_theme) on every build and
    every serve rebuild: Material's own folder is walked once per process, the project's
    templates/ every time (an edit there counts)."""
    found: set[str] = set()
    for folder in loader.searchpath:
        if Path(folder).resolve().is_relative_to(root):
            found.update(_listing(folder, loader.followlinks))
        else:
            found.update(_INSTALLED.setdefault(folder, _listing(folder, loader.followlinks)))
    return sorted(found)


class BuildGuardPlugin(BasePlugin[BuildGuardConfig]):
    def __init__(self) -> None:
        self.templates = _TEMPLATES
        self.command: str | None = None
        self.dirty = False
        self.target: Path | None = None
        self.staging: Path | None = None
        self.ok = False
        self.collect: _Collect | None = None
        self.problems: list[Problem] = []

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command
        self.dirty = dirty

    @event_priority(-100)  # after every plugin that generates pages
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """`make serve` (--dirty): a generated page whose text did not change is not
        rendered again. MkDocs renders every generated page on every rebuild (it has no
        file to compare dates with); here each gets a file under .cache/kbz-serve/ that is
        rewritten only when its text changes, so a one-page edit renders about one page."""
        if self.command != "serve" or not self.dirty:
            return files
        cache = project_root(config) / ".cache/kbz-serve"
        for file in files.documentation_pages():
            by = file.generated_by or ""
            if not by.startswith("kbz-") or by in ALTIJD_OPNIEUW or file.abs_src_path is not None:
                continue
            text = file.content_string
            path = cache / file.src_uri
            try:
                same = path.read_text(encoding="utf-8") == text
            except (OSError, UnicodeDecodeError):
                same = False
            if not same:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
            file.abs_src_path = str(path)
            file._content = None  # read from that file; MkDocs compares its date with the HTML's
        return files

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.ok = False
        self.config_file = display_path(config, Path(config.config_file_path))
        self.display = docs_display(config)
        self.docs = Path(config.docs_dir)
        if self.command in ("build", "gh-deploy"):
            self.target = Path(config.site_dir)
            self.staging = self.target.with_name(f".{self.target.name}.nieuw")
            shutil.rmtree(self.staging, ignore_errors=True)
            config.site_dir = str(self.staging)
        self.collect = _Collect()
        logging.getLogger("mkdocs").addHandler(self.collect)
        # Material's search and blog plugins make their own theme environments (for the
        # language partials) on every build: give those the compiled templates as well.
        new_env = config.theme.get_env
        root = project_root(config).resolve()
        _TEMPLATES.folder = compiled_templates_folder(config)

        def get_env() -> jinja2.Environment:
            env = new_env()
            env.bytecode_cache = _TEMPLATES
            loader = env.loader
            if isinstance(loader, jinja2.FileSystemLoader):
                setattr(loader, "list_templates", lambda: _list_templates(loader, root))  # noqa: B010
            return env

        setattr(config.theme, "get_env", get_env)  # noqa: B010 - a method replaced on this one theme object
        return config

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        env.bytecode_cache = self.templates  # the key includes the template's source: edits recompile
        return env

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        problemen = config.get(PROBLEMEN_KEY)
        if not problemen:
            return html
        return template_env(config).get_template("partials/kbz/problemen.html").render(problemen=problemen) + html

    @event_priority(-100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._report()
        self.ok = True

    def on_build_error(self, *, error: Exception) -> None:
        self.ok = False
        self._report()

    def _report(self) -> None:
        if self.collect is None:
            return
        logging.getLogger("mkdocs").removeHandler(self.collect)
        self.problems = [
            p
            for m in self.collect.records
            for p in vertaal_alle(m, self._page, self._line, self.config_file, self._in_menu)
        ]
        self.problems = [p for p in self.problems if str(p) not in self.collect.ours]  # kbz-menu said it first
        self.collect = None
        if self.problems:
            log.error("In het Nederlands:\n" + "\n".join(str(p) for p in sorted(set(self.problems))))

    def _page(self, rel: str) -> str:
        return self.display(self.docs / rel)

    def _line(self, shown: str, text: str) -> int:
        path = self.docs.parent / shown if not Path(shown).is_absolute() else Path(shown)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return 1
        return next((n for n, line in enumerate(lines, 1) if text in line), 1)

    def _in_menu(self, text: str) -> tuple[str, int] | None:
        """The menu file (a .nav.yml) and line that name ``text``, for MkDocs' nav messages."""
        for menu in sorted(self.docs.rglob(".nav.yml")):
            try:
                lines = menu.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                continue
            for n, line in enumerate(lines, 1):
                if line.rstrip().endswith((f" {text}", f":{text}", f"'{text}'", f'"{text}"')):
                    return self.display(menu), n
        return None

    def on_shutdown(self) -> None:
        if self.staging is None or self.target is None:
            return
        if self.ok and self.staging.exists():
            old = self.target.with_name(f".{self.target.name}.oud")
            shutil.rmtree(old, ignore_errors=True)
            if self.target.exists():
                self.target.rename(old)
            self.staging.rename(self.target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            shutil.rmtree(self.staging, ignore_errors=True)
        self.staging = self.target = None
