"""kbz-bronnen: every page names the documents its facts come from.

The content model checks each page's ``bronnen:`` against content/_data/bronnen.yml;
this plugin hands a page's sources to ``templates/partials/kbz/bronnen.html``.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.pages import Page

from ..common import inhoud
from .config import SourcesConfig


class SourcesPlugin(BasePlugin[SourcesConfig]):
    def on_page_context(self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
        model = inhoud(config)
        bronnen = model.pagina_bronnen.get(page.file.src_uri)
        if bronnen is None:  # a generated page: its data named the sources, checked by the model
            bronnen = [model.bronnen[i] for i in page.meta.get("bronnen", []) if i in model.bronnen]
        context["kbz_bronnen"] = bronnen
        return context
