"""kbz-stroomschema: ```stroomschema blocks become a Mermaid chart plus the same steps as text.

Validated before MkDocs touches site/; rendered with templates/partials/kbz/stroomschema.html.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kbz_site.flowcharts import Stroomschema, mermaid_source, stappen_tekst
from kbz_site.validation.fences import find_fenced_in_pages, replace_fenced

from ..common import content_errors, docs_display, template_env
from .config import FlowchartsConfig

KINDS = {"stroomschema": Stroomschema}


class FlowchartsPlugin(BasePlugin[FlowchartsConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        with content_errors():
            found = find_fenced_in_pages(Path(config.docs_dir), docs_display(config), KINDS)
        self.charts: dict[str, list[Stroomschema]] = {
            page: [spec for _, spec in blocks] for page, blocks in found.items()
        }
        self.template = template_env(config, trim=False).get_template("partials/kbz/stroomschema.html")

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        charts = self.charts.get(page.file.src_uri)
        if not charts:
            return markdown
        html = [
            "\n".join(
                line
                for line in self.template.render(
                    schema=c, mermaid=mermaid_source(c), stappen=stappen_tekst(c), nummer=n
                ).splitlines()
                if line.strip()
            )
            for n, c in enumerate(charts, 1)
        ]
        return replace_fenced(markdown, KINDS, lambda n: html[n])
