"""kbz-inhoud: the content model (kbz_site/inhoud/), loaded once per build, first of all.

Every page and data file is read and checked here, in ``on_pre_build``, before MkDocs
touches ``site/``; all problems of all files come out at once as one Dutch list. The
other kbz plugins read the model through :func:`kbz_site.plugins.common.inhoud`.
Under ``mkdocs serve`` only changed files are read again (the plugin instance lives on
between rebuilds).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from kbz_site.inhoud import markdown, model
from kbz_site.validation import ContentError, Problem

from ..common import INHOUD_KEY, PROBLEMEN_KEY, display_path, docs_display, project_root
from .config import InhoudConfig

# Outside the "mkdocs" logger on purpose: under `mkdocs serve --strict` MkDocs counts every
# message there as a reason to stop, and a stopped preview answers no request at all.
serve_log = logging.getLogger("kbz.serve")


class InhoudPlugin(BasePlugin[InhoudConfig]):
    def __init__(self) -> None:
        # absolute path -> (mtime_ns, size, file, page scan): what serve re-reads only when it changed
        self._cache: dict[str, tuple[int, int, model.Bestand, tuple[markdown.Pagina, list[Problem]] | None]] = {}
        self.gelezen = 0  # files read in the last build (a test counts them)
        self.command: str | None = None
        self.laatste_goede: model.Inhoud | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # pymdownx.snippets reads base_path from the working directory; editors start mkdocs from content/ too.
        snippets = config.mdx_configs.get("pymdownx.snippets")
        if snippets is not None:
            mappen = snippets.get("base_path", ["."])
            mappen = [mappen] if isinstance(mappen, str) else mappen
            snippets["base_path"] = [str(project_root(config) / m) for m in mappen]
        return config

    @event_priority(100)  # before every other plugin's on_pre_build
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        docs = Path(config.docs_dir)
        spec = config.exclude_docs

        def uitgesloten(rel: str) -> bool:
            return model.uitsluiter([])(rel) or bool(spec and spec.match_file(rel))

        bestanden, paginas, problemen = self._lees(docs, docs_display(config), uitgesloten)
        try:
            config[INHOUD_KEY] = model.laad(
                docs,
                docs_display(config),
                uitgesloten,
                bestanden=bestanden,
                paginas=paginas,
                andere_themas=self.config.andere_themas,
                site_url=config.site_url,
                problemen=problemen,
                tekstblokken=self._tekstblokken(config),
                bronteksten=project_root(config) / self.config.bronteksten,
            )
            self.laatste_goede = config[INHOUD_KEY]
            config[PROBLEMEN_KEY] = []
            if self.command == "build":
                # The config, the plugins and this model live until the build ends: taken out of
                # the garbage collector's sight, each full collection during the build skips them
                # (a tenth of a second of a build). Undone when the build ends, either way.
                gc.freeze()
        except ContentError as err:
            melding = f"{len(err.problems)} probleem/problemen in de inhoud:\n{err}"
            if self.command != "serve" or self.laatste_goede is None:
                raise PluginError(melding) from None
            # `mkdocs serve`: keep showing the last good content, with the problems on every page.
            serve_log.error(melding)
            config[INHOUD_KEY] = self.laatste_goede
            config[PROBLEMEN_KEY] = [str(p) for p in err.problems]

    @event_priority(-100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        gc.unfreeze()

    def on_build_error(self, *, error: Exception) -> None:
        gc.unfreeze()

    @staticmethod
    def _tekstblokken(config: MkDocsConfig) -> model.Tekstblokken | None:
        snippets = config.mdx_configs.get("pymdownx.snippets")
        if snippets is None:
            return None
        root = project_root(config)
        mappen = snippets.get("base_path", ["."])
        mappen = [mappen] if isinstance(mappen, str) else mappen
        config_file = Path(config.config_file_path)
        return model.Tekstblokken(
            tuple(root / m for m in mappen),
            tuple(snippets.get("auto_append", [])),
            display_path(config, config_file),
            config_file.read_text(encoding="utf-8"),
        )

    def _lees(
        self, docs: Path, weergave: Callable[[Path], str], uitgesloten: Callable[[str], bool]
    ) -> tuple[dict[str, model.Bestand], dict[str, tuple[markdown.Pagina, list[Problem]]], list[Problem]]:
        """Every file, from the cache when its size and time are unchanged."""
        bestanden: dict[str, model.Bestand] = {}
        paginas: dict[str, tuple[markdown.Pagina, list[Problem]]] = {}
        problemen: list[Problem] = []
        self.gelezen = 0
        for rel, path in model.te_lezen(docs, uitgesloten):
            try:
                stat = path.stat()
            except OSError:
                stat = None
            cached = self._cache.get(str(path))
            if stat and cached and cached[:2] == (stat.st_mtime_ns, stat.st_size):
                bestand, scan = cached[2], cached[3]
            else:
                bestand, p = model.lees_bestand(path, weergave(path))
                self.gelezen += 1
                problemen += p
                scan = None
                if bestand.tekst is not None and rel.endswith(".md"):
                    scan = markdown.lees_pagina(rel, bestand.weergave, bestand.tekst, model.blokken.SOORTEN)
                if stat and not p:
                    self._cache[str(path)] = (stat.st_mtime_ns, stat.st_size, bestand, scan)
            bestanden[rel] = bestand
            if scan:
                paginas[rel] = scan
        return bestanden, paginas, problemen
