"""kbz-paginas: the front matter of each page type (kbz_site/schemas.py) is checked.

Theme pages have their own plugin (kbz-themas, with the section check); this one checks
the other page types by their folder: instruments and news posts.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin

from kbz_site.schemas import TYPES
from kbz_site.validation import ContentError, load_front_matter

from ..common import content_errors, docs_display
from .config import PagesConfig


class PagesPlugin(BasePlugin[PagesConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        docs = Path(config.docs_dir)
        display = docs_display(config)
        problems = []
        for t in TYPES:
            if not t.is_pagina or t.naam == "thema":
                continue
            for path in sorted((docs / t.plek).glob("*.md")):
                try:
                    load_front_matter(path, t.model, display(path))
                except ContentError as err:
                    problems.extend(err.problems)
        with content_errors():
            if problems:
                raise ContentError(problems)
