"""kbz-bronnen: every page names the documents its facts come from.

Loads the source registry and checks each page's ``bronnen:`` front matter against it
before MkDocs touches ``site/``; the template ``partials/kbz/bronnen.html`` shows them.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from kbz_site.sources import load_bronnen, load_page_sources

from ..common import content_errors, display_path, docs_display
from .config import SourcesConfig


class SourcesPlugin(BasePlugin[SourcesConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        docs = Path(config.docs_dir)
        registry_file = docs / self.config.registry
        with content_errors():
            self.registry = registry = load_bronnen(registry_file, display_path(config, registry_file))
            self.page_sources = load_page_sources(docs, registry, docs_display(config))

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        bronnen = self.page_sources.get(page.file.src_uri)
        if bronnen is None:  # a page another plugin generated; it validated the ids itself
            bronnen = [self.registry[i] for i in page.meta.get("bronnen", []) if i in self.registry]
        context["kbz_bronnen"] = bronnen  # type: ignore[typeddict-unknown-key]  # MkDocs types only its own keys
        return context
