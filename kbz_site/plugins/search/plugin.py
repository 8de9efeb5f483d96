"""kbz-search-forms: a search index that finds what people type (see kbz_site.search).

List it after `search` in mkdocs.yml: it rewrites the index Material's search wrote. It
adds to each entry, hidden, the Dutch word forms of its words and the synonyms from
content/_data/synoniemen.yml; and it gives every term of the glossary page its own entry,
in place of the whole table as one.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.pages import Page

from kbz_site.search import (
    add_word_forms,
    glossary_entries,
    slug,
    synonym_words,
    without_tables,
)

from ..common import inhoud
from .config import SearchFormsConfig


class SearchFormsPlugin(BasePlugin[SearchFormsConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.synonyms = inhoud(config).synoniemen  # checked by the content model
        self.glossary: tuple[str, str, list[tuple[str, str]]] | None = None

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: object) -> str:
        if page.file.src_uri == self.config.begrippen:
            self.glossary = (page.url, without_tables(html), glossary_entries(html))
        return html

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        index_file = Path(config.site_dir) / "search" / "search_index.json"
        if not index_file.exists():
            raise PluginError(
                "kbz-search-forms: geen zoekindex gevonden; zet 'search' vóór 'kbz-search-forms' in mkdocs.yml"
            )
        index = json.loads(index_file.read_text(encoding="utf-8"))
        docs = self._split_glossary(index["docs"])
        texts = [f"{d.get('title', '')} {d.get('text', '')}" for d in docs]
        forms = add_word_forms(texts)
        synonyms, unused = synonym_words(texts, [s for s, _, _ in self.synonyms], [d.get("title", "") for d in docs])
        if unused:
            self._unused(config, unused)
        for doc, *extra in zip(docs, forms, synonyms, strict=True):
            words = " ".join(e for e in extra if e)
            if words:
                # Material queries only title, text and tags (lunr.Query(["title", "text", "tags"])),
                # so the words go into the text, hidden where Material shows a result.
                doc["text"] = f'{doc.get("text", "")} <span hidden class="kbz-zoekwoorden">{words}</span>'

        index["docs"] = docs
        index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    def _split_glossary(self, docs: list[dict]) -> list[dict]:
        if self.glossary is None:
            return docs
        url, text, entries = self.glossary
        result = []
        for doc in docs:
            if doc["location"] == url:
                doc = {**doc, "text": text}
                result.append(doc)
                result += [{"location": f"{url}#{slug(t)}", "title": t, "text": m} for t, m in entries]
            else:
                result.append(doc)
        return result

    def _unused(self, config: MkDocsConfig, unused: list[int]) -> None:
        lines = []
        for n in unused:
            synoniem, bestand, regel = self.synonyms[n]
            lines.append(f"{bestand}:{regel}: '{synoniem.vindt}' staat op geen enkele pagina; dit synoniem vindt niets")
        raise PluginError("\n".join(lines))
