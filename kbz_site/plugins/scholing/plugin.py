"""kbz-scholing: the curriculum, the scholingsagenda and its calendar feeds.

- a generated page per module (scholing/modules/<id>/), the ```kbz-modules``` list;
- the ```kbz-agenda``` block: upcoming first, past ones archived; filter pages per
  region and per module (plain links, no JavaScript);
- iCalendar feeds: all events, one per region, and one .ics per event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from kbz_site.contacten.model import Regio
from kbz_site.inhoud import paden, vervang_blokken
from kbz_site.inhoud.voorpagina import gegenereerde_pagina
from kbz_site.scholing.ical import kalender
from kbz_site.scholing.model import AMSTERDAM, Event, datum_tijd, split

from ..common import inhoud, template_env
from .config import ScholingConfig

BLOKKEN = ("kbz-modules", "kbz-agenda")
MARKER = "<!-- kbz:scholing:{} -->"


class ScholingPlugin(BasePlugin[ScholingConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        model = inhoud(config)
        self.registry = model
        self.modules = model.modules
        self.events = model.evenementen
        self.nu = (
            dt.datetime.fromisoformat(self.config.nu).replace(tzinfo=AMSTERDAM)
            if self.config.nu
            else dt.datetime.now(AMSTERDAM)
        )
        self.env = template_env(config)
        self.env.filters["contacten"] = lambda ids: [model.contacten[i] for i in ids]
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
        for module in self.modules.values():
            page = gegenereerde_pagina(
                {"title": module.titel, "bronnen": list(module.bronnen)}, MARKER.format("module:" + module.id)
            )
            files.append(File.generated(config, paden.module_pagina(module.id), content=page))
        for soort, items in self.filters().items():
            for item_id, naam in items:
                page = gegenereerde_pagina(
                    {"title": f"Scholingsagenda: {naam}"}, MARKER.format(f"agenda:{soort}:{item_id}")
                )
                files.append(File.generated(config, paden.agenda_pagina(soort, item_id), content=page))
        gemaakt = self.nu
        # A feed without an event is not valid iCalendar (RFC 5545): the page says so instead.
        if self.events:
            files.append(
                File.generated(
                    config,
                    paden.agenda_feed(),
                    content=kalender("Scholingsagenda KBZ", self.events, self.modules, self.domein, gemaakt),
                )
            )
        for regio in self.feed_regios():
            events = [e for e in self.events if e.regio == regio.id]
            files.append(
                File.generated(
                    config,
                    paden.agenda_feed(regio.id),
                    content=kalender(f"Scholingsagenda KBZ {regio.naam}", events, self.modules, self.domein, gemaakt),
                )
            )
        for e in self.events:
            files.append(
                File.generated(
                    config,
                    paden.evenement_feed(e.id),
                    content=kalender(e.titel, [e], self.modules, self.domein, gemaakt),
                )
            )
        return files

    def feed_regios(self) -> list[Regio]:
        """Regions with at least one event: only they get a feed."""
        return [r for r in self.registry.regios.values() if any(e.regio == r.id for e in self.events)]

    # Rendering ----------------------------------------------------------------------

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        base = paden.SCHOLING

        def url(target: str) -> str:
            return get_relative_url(target, page.url)

        def render(name: str, **context: object) -> str:
            text = self.env.get_template(f"partials/kbz/{name}").render(
                url=url, base=base, feed_regios=self.feed_regios(), abonneer=f"webcal://{self.domein}/", **context
            )
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
            markdown = markdown.replace(
                MARKER.format(f"agenda:{soort}:{item_id}"), self._agenda(render, events, gefilterd=True)
            )
        kinds = [kind for kind, _ in inhoud(config).blokken.get(src, []) if kind in BLOKKEN]
        if kinds:
            html = [
                render("module-lijst.html", modules=self.modules.values())
                if kind == "kbz-modules"
                else self._agenda(render, self.events, gefilterd=False)
                for kind in kinds
            ]
            markdown = vervang_blokken(markdown, BLOKKEN, lambda n: html[n])
        return markdown

    def _agenda(self, render: Callable[..., str], events: list[Event], *, gefilterd: bool) -> str:
        """The agenda of ``events``: coming first, then past; ``gefilterd`` on a region's or module's page."""
        komend, voorbij = split(events, self.nu)
        return render(
            "agenda.html",
            komend=komend,
            voorbij=voorbij,
            filters=self.filters(),
            modules=self.modules,
            registry=self.registry,
            gefilterd=gefilterd,
        )
