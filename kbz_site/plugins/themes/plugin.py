"""kbz-themas: every theme page has one shape; "In het kort", contacts and documents added.

Front matter and sections are checked before MkDocs touches site/. The doelgroep and
rollen become Material tags, so a POH can list everything for POH.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kbz_site.themes import ThemaMeta, load_theme
from kbz_site.validation import ContentError

from ..common import content_errors, docs_display, template_env
from .config import ThemesConfig


class ThemesPlugin(BasePlugin[ThemesConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        docs = Path(config.docs_dir)
        display = docs_display(config)
        self.themes: dict[str, ThemaMeta] = {}
        problems = []
        skip = {f"{self.config.folder}/index.md", *self.config.overige}
        for path in sorted((docs / self.config.folder).rglob("*.md")):
            rel = path.relative_to(docs).as_posix()
            if rel in skip:
                continue
            try:
                self.themes[rel] = load_theme(path, display(path))
            except ContentError as err:
                problems.extend(err.problems)
        with content_errors():
            if problems:
                raise ContentError(problems)
        env = template_env(config, trim=False)
        self.kop = env.get_template("partials/kbz/thema-kop.html")
        self.voet = env.get_template("partials/kbz/thema-voet.html")

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        meta = self.themes.get(page.file.src_uri)
        if meta is None:
            return markdown
        page.meta["tags"] = [*meta.doelgroep, *meta.rollen]
        kop = self.kop.render(thema=meta)
        voet = self.voet.render(thema=meta)
        # "In het kort" right under the page title; contacts and documents at the end.
        markdown, found = re.subn(r"^(#[ \t].*)$", lambda m: f"{m.group(1)}\n\n{kop}\n", markdown, count=1, flags=re.M)
        if not found:
            markdown = f"{kop}\n\n{markdown}"
        return f"{markdown}\n\n{voet}\n"
