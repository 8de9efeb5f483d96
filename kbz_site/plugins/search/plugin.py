"""kbz-search-forms: a search index that finds what people type (see kbz_site.search).

List it after `search` in mkdocs.yml: it rewrites the index Material's search wrote. It
adds to each entry, hidden in its text, the Dutch word forms of its words, the parts after
a hyphen ("kb" of "POH-KB") and the synonyms from content/_data/synoniemen.yml its text
answers; in fields of their own the synonyms its title answers (weighed as the title) and
the words its title's compounds end with ("agenda" of "Scholingsagenda", weighed less). It gives every
term of the glossary page its own entry, in place of the whole table as one, and lets a
page that says it is still empty ("nog in te vullen") weigh less.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.pages import Page

from kbz_site.inhoud import paden
from kbz_site.search import (
    extras,
    glossary_entries,
    plain_text,
    slug,
    synonym_words,
    title_weight,
    without_tables,
)

from ..common import inhoud
from .config import SearchFormsConfig

# Extra fields of the index, configured under search: fields: in mkdocs.yml
SYNONYMS = "zoekwoorden"
PARTS = "woorddelen"


class SearchFormsPlugin(BasePlugin[SearchFormsConfig]):
    dirty = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `make serve` (--dirty) renders only the edited pages: the search index then holds only
        # those, and a synonym that no rendered page uses says nothing about the site.
        self.dirty = dirty

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.synonyms = inhoud(config).synoniemen  # checked by the content model
        self.glossary: tuple[str, str, list[tuple[str, str]]] | None = None
        # The starter kits: their pages leave the index (their chapters are other pages' text),
        # so each gets one entry of its own: title, introduction, checklist, chapter titles.
        self.kits = {paden.startersmap_pagina(kit.id): kit for kit in inhoud(config).startersmappen}
        self.kit_entries: list[dict] = []

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: object) -> str:
        if page.file.src_uri == self.config.begrippen:
            self.glossary = (page.url, without_tables(html), glossary_entries(html))
        kit = self.kits.get(page.file.src_uri)
        if kit is not None:
            parts = [kit.inleiding, *kit.checklist, "Hoofdstukken: " + ", ".join(h.titel for h in kit.hoofdstukken)]
            text = " ".join(f"<p>{escape(part, quote=False)}</p>" for part in parts)
            self.kit_entries.append({"location": page.url, "title": kit.titel, "text": text})
        return html

    def on_config(self, config: MkDocsConfig) -> None:
        search = config.plugins.get("material/search") or config.plugins.get("search")
        fields = search.config.fields if search is not None else {}
        for field in (SYNONYMS, PARTS):
            if field not in fields:
                raise PluginError(
                    f"kbz-search-forms: zet onder 'search' in mkdocs.yml het veld '{field}' "
                    f"(fields: {{{field}: {{boost: ...}}}}); anders zoekt Material er niet in"
                )

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        index_file = Path(config.site_dir) / "search" / "search_index.json"
        if not index_file.exists():
            raise PluginError(
                "kbz-search-forms: geen zoekindex gevonden; zet 'search' vóór 'kbz-search-forms' in mkdocs.yml"
            )
        index = json.loads(index_file.read_text(encoding="utf-8"))
        docs = self._split_glossary(index["docs"])
        present = {d["location"] for d in docs}
        docs += [entry for entry in self.kit_entries if entry["location"] not in present]
        titles = [d.get("title", "") for d in docs]
        texts = [f"{d.get('title', '')} {d.get('text', '')}" for d in docs]
        plain = [plain_text(t) for t in texts]  # once, for both
        by_title, by_text, unused = synonym_words(texts, [s for s, _, _ in self.synonyms], titles, plain)
        if unused and not self.dirty:
            self._unused(config, unused)
        forms, hyphens, parts = extras(titles, texts, plain)
        text_words = zip(forms, by_text, hyphens, strict=True)
        for doc, text_extra, synonyms, title_extra in zip(docs, text_words, by_title, parts, strict=True):
            words = " ".join(e for e in text_extra if e)
            if words:
                # Words that stand for words of the text weigh as the text: hidden in it, where
                # Material shows a result (it shows only title, text and tags).
                doc["text"] = f'{doc.get("text", "")} <span hidden class="kbz-zoekwoorden">{words}</span>'
            # Words that stand for the title, in fields of their own: synonyms weigh as the title,
            # the ends of its compound words ("gesprek" of "Uurgesprek") less.
            if synonyms:
                doc[SYNONYMS] = synonyms
            if title_extra:
                doc[PARTS] = title_extra
            weight = doc.get("boost", 1) * title_weight(doc.get("title", ""))
            if any(phrase in doc.get("text", "").lower() for phrase in self.config.nog_leeg):
                weight *= self.config.nog_leeg_gewicht
            doc["boost"] = round(weight, 3)

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
                # Material ranks an article 2.5 times a section of equal score (boost 1 + 2² against
                # 1 + 1²). A term's entry is a section of the glossary page; it gets part of that back,
                # so it ranks above pages that only mention or tag the term, below the page about it.
                result += [
                    {"location": f"{url}#{slug(t)}", "title": t, "text": m, "boost": self.config.begrip_gewicht}
                    for t, m in entries
                ]
            else:
                result.append(doc)
        return result

    def _unused(self, config: MkDocsConfig, unused: list[int]) -> None:
        lines = []
        for n in unused:
            synoniem, bestand, regel = self.synonyms[n]
            lines.append(f"{bestand}:{regel}: '{synoniem.vindt}' staat op geen enkele pagina; dit synoniem vindt niets")
        raise PluginError("\n".join(lines))
