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

from kbz_site.sources import load_bronnen, load_page_sources, load_site_bronteksten
from kbz_site.sources.citaten import check_page_citations
from kbz_site.validation import ContentError, Problem

from ..common import content_errors, display_path, docs_display, project_root
from .config import SourcesConfig


class SourcesPlugin(BasePlugin[SourcesConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        docs = Path(config.docs_dir)
        registry_file = docs / self.config.registry
        with content_errors():
            self.registry = registry = load_bronnen(registry_file, display_path(config, registry_file))
            self.page_sources = load_page_sources(docs, registry, docs_display(config))
            # Citation footnotes ([^kader-1]: "quote") must quote their source (issue 14).
            folder = project_root(config) / "bronteksten"
            teksten = load_site_bronteksten(
                registry_file, folder, display_path(config, registry_file), display_path(config, folder)
            )
            display = docs_display(config)
            pages = [(path, display(path)) for path in sorted(docs.rglob("*.md"))]
            problems = check_page_citations(pages, teksten)
            if problems:
                raise ContentError(Problem(*p) for p in problems)

    def on_page_context(self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
        bronnen = self.page_sources.get(page.file.src_uri)
        if bronnen is None:  # a page another plugin generated; it validated the ids itself
            bronnen = [self.registry[i] for i in page.meta.get("bronnen", []) if i in self.registry]
        context["kbz_bronnen"] = bronnen
        return context
