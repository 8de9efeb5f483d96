"""kbz-links: broken internal links and anchors, in Dutch with file:line, before the build."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin

from kbz_site.links import check_links

from ..common import content_errors, docs_display
from .config import LinksConfig


class LinksPlugin(BasePlugin[LinksConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        with content_errors():
            check_links(Path(config.docs_dir), docs_display(config), self.config.gegenereerd)
