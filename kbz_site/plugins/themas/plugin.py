"""kbz-themas: theme pages get "In het kort", the contact block and the documents list.

The content model checks every theme page's front matter and sections. The doelgroep
and rollen become Material tags, so a POH can list everything for POH.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from ..common import inhoud, template_env
from .config import ThemasConfig

TAGS = "<!-- kbz:tags -->"


class ThemasPlugin(BasePlugin[ThemasConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        env = template_env(config, trim=False)
        self.kop = env.get_template("partials/kbz/thema-kop.html")
        self.voet = env.get_template("partials/kbz/thema-voet.html")

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        meta = inhoud(config).themas.get(page.file.src_uri)
        if meta is None:
            return markdown
        # "nog niet beschreven" is a gap, not a group to list pages under.
        page.meta["tags"] = [t for t in (*meta.doelgroep, *meta.rollen) if t != "nog niet beschreven"]
        kop = self.kop.render(thema=meta)
        voet = self.voet.render(thema=meta)
        # "In het kort" right under the page title; contacts and documents at the end.
        markdown, found = re.subn(r"^(#[ \t].*)$", lambda m: f"{m.group(1)}\n\n{kop}\n", markdown, count=1, flags=re.M)
        if not found:
            markdown = f"{kop}\n\n{markdown}"
        return f"{markdown}\n\n{voet}\n"

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        # Material puts the tags above the title; on a theme page they go under "In het kort".
        if page.file.src_uri not in inhoud(config).themas:  # first: the search below reads the whole page
            return output
        tags = re.search(r'<nav class="md-tags"[^>]*>.*?</nav>\s*', output, re.S)
        if tags is None or TAGS not in output:
            return output
        moved = tags.group(0).strip().replace("<nav ", '<nav aria-label="Voor wie" ', 1)
        return output.replace(tags.group(0), "", 1).replace(TAGS, moved, 1)
