"""kbz-bewerken: "Bewerk deze pagina" opens the page's entry in the CMS (/admin/).

A page without a CMS entry links to its source file on the code host instead, built
from the repository's ``owner/name`` only: Netlify's REPOSITORY_URL may carry an access
token, which must never reach a page. We set no `repo_url`, so Material never calls a
code host's API from the reader's browser. Without REPOSITORY_URL (a local build) only
pages with a CMS entry get the button.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kbz_site.cms import entry_path, pagina_info, repository_slug

from ..common import inhoud
from .config import BewerkenConfig


class BewerkenPlugin(BasePlugin[BewerkenConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        url = os.environ.get(self.config.repo_env, "")
        slug = repository_slug(url)
        host = urlsplit(url.strip()).hostname or ""
        self.fallback = None
        if slug and host == "github.com":
            branch = os.environ.get(self.config.branch_env, "").strip() or "main"
            self.fallback = f"https://github.com/{slug}/edit/{branch}/{self.config.docs_path}"
        self.root = urlsplit(config.site_url or "/").path.rstrip("/") + "/"
        config.edit_uri = ""  # every edit link is set per page below
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.paginas = pagina_info(inhoud(config))  # titles and theme status, from the content model

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        entry = entry_path(page.file.src_uri, self.paginas) if not page.file.generated_by else None
        if entry:
            page.edit_url = f"{self.root}{self.config.cms}{entry}"
        elif self.fallback and not page.file.generated_by:
            page.edit_url = self.fallback + page.file.src_uri
        else:
            page.edit_url = None
        return markdown
