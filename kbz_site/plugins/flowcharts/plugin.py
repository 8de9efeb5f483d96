"""kbz-stroomschema: ```stroomschema blocks become a Mermaid chart plus the same steps as text.

Validated before MkDocs touches site/; rendered with templates/partials/kbz/stroomschema.html.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kbz_site.flowcharts import mermaid_source, stappen_tekst
from kbz_site.inhoud import vervang_blokken

from ..common import inhoud, template_env
from .config import FlowchartsConfig

KINDS = ("stroomschema",)


class FlowchartsPlugin(BasePlugin[FlowchartsConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.template = template_env(config, trim=False).get_template("partials/kbz/stroomschema.html")

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        charts = [spec for kind, spec in inhoud(config).blokken.get(page.file.src_uri, []) if kind in KINDS]
        if not charts:
            return markdown
        html = [
            "\n".join(
                l
                for l in self.template.render(
                    schema=c, mermaid=mermaid_source(c), stappen=stappen_tekst(c), nummer=n
                ).splitlines()
                if l.strip()
            )
            for n, c in enumerate(charts, 1)
        ]
        return vervang_blokken(markdown, KINDS, lambda n: html[n])
