"""kbz-zoekvormen: Dutch word forms in the search index (see kbz_site.search.word_forms).

List it after `search` in mkdocs.yml: it rewrites the index Material's search wrote.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from kbz_site.search import add_word_forms

from .config import WordFormsConfig


class WordFormsPlugin(BasePlugin[WordFormsConfig]):
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        index_file = Path(config.site_dir) / "search" / "search_index.json"
        if not index_file.exists():
            raise PluginError(
                "kbz-zoekvormen: geen zoekindex gevonden; zet 'search' vóór 'kbz-zoekvormen' in mkdocs.yml"
            )
        index = json.loads(index_file.read_text(encoding="utf-8"))
        docs = index["docs"]
        forms = add_word_forms([f"{d.get('title', '')} {d.get('text', '')}" for d in docs])
        for doc, extra in zip(docs, forms, strict=True):
            if extra:
                doc[self.config.field] = extra
        index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
