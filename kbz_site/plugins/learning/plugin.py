"""kbz-scholing: the curriculum, the scholingsagenda and its calendar feeds.

- a generated page per module (scholing/modules/<id>/), the ```kbz-modules``` list;
- the ```kbz-agenda``` block: upcoming first, past ones archived; filter pages per
  region and per module (plain links, no JavaScript);
- iCalendar feeds: all events, one per region, and one .ics per event.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from pydantic import BaseModel, ConfigDict

from kbz_site.contacts import load_registry_in
from kbz_site.learning.ical import kalender
from kbz_site.learning.model import AMSTERDAM, datum_tijd, load_agenda, load_modules, split
from kbz_site.validation.fences import find_fenced_in_pages, replace_fenced
from kbz_site.validation.loader import peek_ids

from ..common import content_errors, docs_display, template_env
from .config import LearningConfig


class Empty(BaseModel):
    model_config = ConfigDict(extra="forbid")


BLOCKS = {"kbz-modules": Empty, "kbz-agenda": Empty}
MARKER = "<!-- kbz:scholing:{} -->"


class LearningPlugin(BasePlugin[LearningConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        docs = Path(config.docs_dir)
        d = docs_display(config)
        data = docs / "_data"
        with content_errors():
            self.registry = load_registry_in(data, d)
            bronnen = peek_ids(data / "bronnen.yml", "bronnen")  # checked in full by kbz-bronnen
            self.modules = load_modules(
                docs / self.config.modules, d(docs / self.config.modules), bronnen, set(self.registry.contacten)
            )
            self.events = load_agenda(
                docs / self.config.agenda, d(docs / self.config.agenda), set(self.modules), set(self.registry.regios)
            )
            self.blocks = {page: [kind for kind, _ in b] for page, b in find_fenced_in_pages(docs, d, BLOCKS).items()}
        self.nu = (
            dt.datetime.fromisoformat(self.config.nu).replace(tzinfo=AMSTERDAM)
            if self.config.nu
            else dt.datetime.now(AMSTERDAM)
        )
        self.env = template_env(config)
        self.env.filters["contacten"] = lambda ids: [self.registry.contacten[i] for i in ids]
        self.env.filters["datum_tijd"] = datum_tijd
        self.domein = (config.site_url or "kbz.local").split("//")[-1].strip("/")

    # Generated pages and feeds ------------------------------------------------------

    def filters(self) -> dict[str, list[tuple[str, str]]]:
        """Filter pages that have events: {'regio': [(id, naam)], 'module': [(id, titel)]}."""
        regios = sorted({e.regio for e in self.events if e.regio})
        modules = sorted({e.module for e in self.events})
        return {
            "regio": [(r, self.registry.regios[r].naam) for r in regios],
            "module": [(m, self.modules[m].titel) for m in modules],
        }

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        base = self.config.map
        for module in self.modules.values():
            front = f"---\ntitle: {module.titel}\nbronnen: [{', '.join(module.bronnen)}]\n---\n\n"
            page = f"{front}{MARKER.format('module:' + module.id)}\n"
            files.append(File.generated(config, f"{base}/modules/{module.id}.md", content=page))
        for soort, items in self.filters().items():
            for item_id, naam in items:
                page = f'---\ntitle: "Scholingsagenda: {naam}"\n---\n\n{MARKER.format(f"agenda:{soort}:{item_id}")}\n'
                files.append(File.generated(config, f"{base}/agenda/{soort}-{item_id}.md", content=page))
        gemaakt = self.nu
        files.append(
            File.generated(
                config,
                f"{base}/agenda.ics",
                content=kalender("Scholingsagenda KBZ", self.events, self.modules, self.domein, gemaakt),
            )
        )
        for regio in self.registry.regios.values():
            events = [e for e in self.events if e.regio == regio.id]
            files.append(
                File.generated(
                    config,
                    f"{base}/agenda-{regio.id}.ics",
                    content=kalender(f"Scholingsagenda KBZ {regio.naam}", events, self.modules, self.domein, gemaakt),
                )
            )
        for e in self.events:
            files.append(
                File.generated(
                    config,
                    f"{base}/evenementen/{e.id}.ics",
                    content=kalender(e.titel, [e], self.modules, self.domein, gemaakt),
                )
            )
        return files

    # Rendering ----------------------------------------------------------------------

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        base = self.config.map

        def url(target: str) -> str:
            return get_relative_url(target, page.url)

        def render(name: str, **context: object) -> str:
            text = self.env.get_template(f"partials/kbz/{name}").render(url=url, base=base, **context)
            return "\n".join(line for line in text.splitlines() if line.strip())

        src = page.file.src_uri
        if src.startswith(f"{base}/modules/"):
            module = self.modules[Path(src).stem]
            events = [e for e in split(self.events, self.nu)[0] if e.module == module.id]
            body = self.env.get_template("partials/kbz/module-pagina.html").render(
                url=url, base=base, m=module, events=events, registry=self.registry
            )
            markdown = markdown.replace(MARKER.format("module:" + module.id), body)
        elif src.startswith(f"{base}/agenda/"):
            soort, _, item_id = Path(src).stem.partition("-")
            events = [e for e in self.events if (e.regio if soort == "regio" else e.module) == item_id]
            komend, voorbij = split(events, self.nu)
            markdown = markdown.replace(
                MARKER.format(f"agenda:{soort}:{item_id}"),
                render(
                    "agenda.html",
                    komend=komend,
                    voorbij=voorbij,
                    filters=self.filters(),
                    modules=self.modules,
                    registry=self.registry,
                    gefilterd=True,
                ),
            )
        kinds = self.blocks.get(src)
        if kinds:
            komend, voorbij = split(self.events, self.nu)
            html = [
                render("module-lijst.html", modules=self.modules.values())
                if kind == "kbz-modules"
                else render(
                    "agenda.html",
                    komend=komend,
                    voorbij=voorbij,
                    filters=self.filters(),
                    modules=self.modules,
                    registry=self.registry,
                    gefilterd=False,
                )
                for kind in kinds
            ]
            markdown = replace_fenced(markdown, BLOCKS, lambda n: html[n])
        return markdown
