"""kbz-startersmappen: starter kits assembled at build time from pages that exist.

Each kit gets a generated page (startersmappen/<id>/): title, introduction, checklist,
and one chapter per entry. The chapters are filled in `on_env`, when MkDocs has turned
every page into HTML: the chapter is cut from its page (kbz_site/scholing/startersmappen.py).
"""

from __future__ import annotations

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from kbz_site.inhoud import paden
from kbz_site.inhoud.voorpagina import gegenereerde_pagina
from kbz_site.scholing.startersmappen import Hoofdstuk, Startersmap, cut_section, demote, rebase_links, unique_ids

from ..common import inhoud, template_env
from .config import StartersmappenConfig

MARKER = "<!-- kbz:hoofdstuk:{} -->"


class StartersmappenPlugin(BasePlugin[StartersmappenConfig]):
    dirty = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `make serve` rebuilds only changed pages (--dirty): the others have no HTML then.
        self.dirty = dirty

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.kits = inhoud(config).startersmappen
        self.env = template_env(config)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for kit in self.kits:
            body = self.env.get_template("partials/kbz/startersmap.html").render(kit=kit, marker=MARKER)
            meta = {"title": kit.titel, "bronnen": list(kit.bronnen), "search": {"exclude": True}}
            content = gegenereerde_pagina(meta, body)
            files.append(File.generated(config, paden.startersmap_pagina(kit.id), content=content))
        return files

    @event_priority(-100)  # after every page has its HTML
    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        for kit in self.kits:
            file = files.get_file_from_path(paden.startersmap_pagina(kit.id))
            page = file.page if file else None
            assert page is not None and page.content is not None  # generated in on_files, built by MkDocs
            for n, chapter in enumerate(kit.hoofdstukken):
                page.content = page.content.replace(MARKER.format(n), self._chapter(kit, chapter, n, files, page.url))
        return env

    def _chapter(self, kit: Startersmap, chapter: Hoofdstuk, n: int, files: Files, url: str) -> str:
        source = chapter.pagina
        if chapter.agenda:
            regional = paden.agenda_pagina("regio", kit.regio) if kit.regio else None
            source = regional if regional and files.get_file_from_path(regional) else paden.AGENDA_PAGINA
        file = files.get_file_from_path(source) if source else None
        if self.dirty and file is not None and file.page is not None and file.page.content is None:
            return "<p><em>Dit hoofdstuk verschijnt in de volledige bouw.</em></p>"
        if file is None or file.page is None or file.page.content is None:
            raise PluginError(f"startersmap '{kit.id}': pagina '{source}' is niet gebouwd")
        try:
            html = cut_section(file.page.content, chapter.sectie)
        except KeyError:
            raise PluginError(f"startersmap '{kit.id}': kopje '{chapter.sectie}' niet gevonden op '{source}'") from None
        return unique_ids(rebase_links(demote(html), file.page.url, url), f"h{n + 1}-")
