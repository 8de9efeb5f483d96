"""kbz-escape: front-matter text reaches Material's templates as text, never as markup.

Material's templates print `page.title`, `page.meta.description` and tags unescaped
(MkDocs renders themes without autoescape). An editor's title with `<script>` would run.
We escape those values once, after our plugins set tags and before Material reads them.
Our own templates autoescape everything.
"""

from __future__ import annotations

import html

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .config import EscapeConfig


def _escape(value: object) -> object:
    if isinstance(value, str):
        return html.escape(value, quote=True)
    if isinstance(value, list):
        return [_escape(v) for v in value]
    return value


class EscapePlugin(BasePlugin[EscapeConfig]):
    @event_priority(-40)  # after kbz-themas sets tags (0), before Material's tags plugin (-50)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        for key in self.config.velden:
            if key in page.meta:
                page.meta[key] = _escape(page.meta[key])
        return markdown
