"""kbz-bronnen: every page names the documents its facts come from.

Loads the source registry and checks each page's ``bronnen:`` front matter against it
before MkDocs touches ``site/``; the template ``partials/kbz/bronnen.html`` shows them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.pages import Page

from kbz_site.sources import Bron, PageSources, load_bronnen
from kbz_site.validation import ContentError, load_front_matter

from ..common import content_errors, display_path
from .config import SourcesConfig


class SourcesPlugin(BasePlugin[SourcesConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        docs = Path(config.docs_dir)
        with content_errors():
            registry = load_bronnen(docs / self.config.registry, display_path(config, docs / self.config.registry))
            self.page_sources = self._check_pages(docs, config, registry)

    def _check_pages(self, docs: Path, config: MkDocsConfig, registry: dict[str, Bron]) -> dict[str, list[Bron]]:
        found: dict[str, list[Bron]] = {}
        problems = []
        for path in sorted(docs.rglob("*.md")):
            try:
                meta = load_front_matter(path, PageSources, display_path(config, path), {"bronnen": registry})
            except ContentError as err:
                problems.extend(err.problems)
                continue
            found[path.relative_to(docs).as_posix()] = [registry[i] for i in meta.bronnen]
        if problems:
            raise ContentError(problems)
        return found

    def on_page_context(self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
        context["kbz_bronnen"] = self.page_sources.get(page.file.src_uri, [])
        return context
