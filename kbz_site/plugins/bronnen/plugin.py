"""kbz-bronnen: every page names the documents its facts come from.

The content model checks each page's ``bronnen:`` against content/_data/bronnen.yml;
this plugin hands a page's sources to ``templates/partials/kbz/bronnen.html``.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..common import inhoud
from .config import BronnenConfig


class BronnenPlugin(BasePlugin[BronnenConfig]):
    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        model = inhoud(config)
        bronnen = model.pagina_bronnen.get(page.file.src_uri)
        if bronnen is None:  # a generated page: its data named the sources, checked by the model
            bronnen = [model.bronnen[i] for i in page.meta.get("bronnen", []) if i in model.bronnen]
        context["kbz_bronnen"] = bronnen  # type: ignore[typeddict-unknown-key]  # read by bronnen.html
        return context
