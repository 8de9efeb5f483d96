"""kbz-menu: the menu files and the menu itself, checked in Dutch.

The menu follows the content (plugin awesome-nav: content/.nav.yml and a .nav.yml per
folder, which appends new pages to their section). This plugin reports, as
``bestand:regel: melding`` and all in one run (logged as errors, so a strict build fails
at its end, after every page has been checked too):

- a page that still ends up in no section (e.g. one saved at the top of content/), which
  would be unreachable; MkDocs only warns about that in English;
- a misspelt setting in a .nav.yml (``titel:`` for ``title:``), which awesome-nav would
  silently ignore.

What awesome-nav itself says about a .nav.yml (a name that matches no file, bad YAML) is
put in Dutch at its line by kbz-build-guard (kbz_site/validation/mkdocs_meldingen.py).
Runs after awesome-nav (which has priority 100).
"""

from __future__ import annotations

import difflib
import logging
import re
from fnmatch import fnmatch
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation

from kbz_site.validation.mkdocs_meldingen import (
    MENU_HULP,
    menu_geen_yaml,
    menu_naam_onbekend,
    niet_in_menu,
    yaml_regel,
)

from .config import MenuConfig

log = logging.getLogger("mkdocs.plugins.kbz")

# The settings of a .nav.yml (mkdocs-awesome-nav 3.3, ConfigModel).
INSTELLINGEN = (
    "title",
    "hide",
    "nav",
    "append_unmatched",
    "sort",
    "ignore",
    "flatten_single_child_sections",
    "preserve_directory_names",
    "use_index_title",
)
_SLEUTEL = re.compile(r"^([^\s#:-][^:#]*?)\s*:(?:\s|$)")
_PATROON = re.compile(r"[*?\[\]{}()@!+|]")  # a glob: awesome-nav itself says when it matches nothing
_ADRES = re.compile(r"^([a-z][a-z0-9+.-]*:|/|#)", re.I)  # a web address, not a page


def menu_instellingen(tekst: str) -> list[tuple[int, str]]:
    """(line, name) of every top-level setting in a .nav.yml that awesome-nav does not know."""
    fout = []
    for n, line in enumerate(tekst.splitlines(), 1):
        m = _SLEUTEL.match(line)
        if m and m.group(1) not in INSTELLINGEN:
            fout.append((n, m.group(1)))
    return fout


def _regel(regels: list[str], naam: str) -> int:
    """The first line that names ``naam`` as a menu entry (``- naam`` or ``Titel: naam``)."""
    for n, line in enumerate(regels, 1):
        kaal = line.split(" #", 1)[0].rstrip().strip("'\"")
        if kaal.endswith((f"- {naam}", f": {naam}", f"'{naam}", f'"{naam}')) or kaal.strip() == naam:
            return n
    return next((n for n, line in enumerate(regels, 1) if naam in line), 1)


def _namen(items: object) -> list[str]:
    """Every page or folder name in a nav list (not globs, web addresses or options)."""
    namen: list[str] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, str):
            namen.append(item)
        elif isinstance(item, dict) and len(item) == 1 and "glob" not in item:
            waarde = next(iter(item.values()))
            if isinstance(waarde, str):
                namen.append(waarde)
            else:
                namen += _namen(waarde)
    return [n for n in namen if not _PATROON.search(n) and not _ADRES.match(n)]


def menu_problemen(docs: Path) -> list[str]:
    """Every mistake in the menu files under ``docs`` as ``bestand:regel: melding``."""
    problems = []
    for menu in sorted(docs.rglob(".nav.yml")):
        shown = f"{docs.name}/{menu.relative_to(docs).as_posix()}"
        try:
            tekst = menu.read_text(encoding="utf-8")
            data = yaml.safe_load(tekst) or {}
        except (OSError, UnicodeDecodeError):
            problems.append(f"{shown}:1: dit menubestand is niet te lezen; sla het op als UTF-8-tekst {MENU_HULP}")
            continue
        except yaml.YAMLError as err:
            problems.append(f"{shown}:{yaml_regel(str(err))}: {menu_geen_yaml(str(err))}")
            continue
        for n, naam in menu_instellingen(tekst):
            bijna = difflib.get_close_matches(naam, INSTELLINGEN, n=1)
            hint = f"bedoel je '{bijna[0]}'?" if bijna else "kies uit: " + ", ".join(INSTELLINGEN[:4])
            problems.append(f"{shown}:{n}: onbekende instelling '{naam}' in het menu; {hint} {MENU_HULP}")
        regels = tekst.splitlines()
        for naam in _namen(data.get("nav") if isinstance(data, dict) else None):
            if not (menu.parent / naam).exists():
                problems.append(f"{shown}:{_regel(regels, naam)}: {menu_naam_onbekend(naam)}")
    return problems


class MenuPlugin(BasePlugin[MenuConfig]):
    @event_priority(110)  # before kbz-inhoud (100): a content problem must not hide a menu problem
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        for problem in menu_problemen(Path(config.docs_dir)):
            log.error(problem)

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        shown = Path(config.docs_dir).name
        in_menu = {page.file.src_uri for page in nav.pages}
        orphans = [
            f.src_uri
            for f in files.documentation_pages(inclusion=InclusionLevel.is_in_nav)
            if f.src_uri not in in_menu
            and not f.generated_by
            and not any(fnmatch(f.src_uri, p) for p in self.config.elders)
        ]
        for uri in sorted(orphans):
            log.error(f"{shown}/{uri}:1: {niet_in_menu()}")
        return nav
