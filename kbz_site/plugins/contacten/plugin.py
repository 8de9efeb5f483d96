"""kbz-contacten: contacts and regions as data, rendered wherever they are needed.

- a page's `contacten:` front matter (theme pages show it under "## Contact");
- ```contact``` blocks (`ids: [...]`) anywhere in Markdown;
- ```kbz-kaart```, ```kbz-regios```, ```kbz-linkingpins``` and ```kbz-trainers``` blocks;
- a generated page per region, and a vCard per public contact.
A contact with `publiek: false` is shown by its role only and gets no vCard.
Everything is read from the content model (kbz-inhoud), checked there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from kbz_site.contacten.kaart import kaart
from kbz_site.contacten.vcard import vcard
from kbz_site.financiering.format import euro
from kbz_site.inhoud import Inhoud, paden, vervang_blokken
from kbz_site.inhoud.voorpagina import gegenereerde_pagina

from ..common import display_path, inhoud, project_root, template_env
from .config import ContactenConfig

MARKER = "<!-- kbz:contacten -->"  # where a theme page's contacts go (templates/partials/kbz/thema-voet.html)
BLOKKEN = ("contact", "kbz-kaart", "kbz-regios", "kbz-linkingpins", "kbz-trainers")


class ContactenPlugin(BasePlugin[ContactenConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        model = inhoud(config)
        topo = project_root(config) / self.config.map_data
        if not topo.exists():
            waar = display_path(config, topo)
            raise PluginError(f"{waar}:1: kaartgegevens ontbreken; installeer de front-end-pakketten met 'npm ci'")
        self.kaart = kaart(topo, model.regios.values(), project_root(config) / self.config.cache_dir)
        env = template_env(config)
        env.filters["contacten"] = lambda ids: [model.contacten[i] for i in ids]
        env.filters["euro"] = euro
        self.templates = env

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        model = inhoud(config)
        for regio in model.regios.values():
            # The page body is rendered in on_page_markdown, where the page's URL is known.
            content = gegenereerde_pagina({"title": regio.naam, "bronnen": list(regio.bronnen)})
            files.append(File.generated(config, paden.regio_pagina(regio.id), content=content))
        for contact in model.contacten.values():
            if contact.publiek and (contact.email or contact.telefoon):
                files.append(File.generated(config, paden.vcard(contact.id), content=vcard(contact)))
        return files

    @event_priority(-10)  # after kbz-themas has placed the contact marker
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        model = inhoud(config)
        render = self._renderer(page)
        src = page.file.src_uri
        regio = model.regios.get(Path(src).stem) if src == paden.regio_pagina(Path(src).stem) else None
        if regio is not None and src not in model.paginas:  # the generated region page
            regeling = model.financiering.regeling(regio.regeling) if regio.regeling else None
            markdown += "\n" + render(
                "regio-pagina.html",
                keep_blank_lines=True,
                regio=regio,
                registry=model,
                regeling=regeling,
                startersmappen=model.startersmappen,
            )
        if MARKER in markdown:
            ids = list(model.pagina_contacten.get(src, []))
            ids += [c.id for c in model.voor_thema(Path(src).stem) if c.id not in ids]
            markdown = markdown.replace(MARKER, render("contactblok.html", contacten=[model.contacten[i] for i in ids]))
        found = [(k, s) for k, s in model.blokken.get(src, []) if k in BLOKKEN]
        if found:
            html = [self._render_block(model, kind, spec, render) for kind, spec in found]
            markdown = vervang_blokken(markdown, BLOKKEN, lambda n: html[n])
        return markdown

    def _renderer(self, page: Page) -> Callable[..., str]:
        def vcf(contact_id: str) -> str:
            return get_relative_url(paden.vcard(contact_id), page.url)

        def regio_url(regio_id: str) -> str:
            return get_relative_url(paden.regio_pagina(regio_id).removesuffix(".md") + "/", page.url)

        def url(target: str) -> str:
            return get_relative_url(target, page.url)

        def render(name: str, keep_blank_lines: bool = False, **context: object) -> str:
            text = self.templates.get_template(f"partials/kbz/{name}").render(
                vcf=vcf, regio_url=regio_url, url=url, **context
            )
            # An HTML block must have no blank lines inside, or Markdown splits it.
            return text if keep_blank_lines else "\n".join(line for line in text.splitlines() if line.strip())

        return render

    def _render_block(self, model: Inhoud, kind: str, spec: Any, render: Callable[..., str]) -> str:
        regios = list(model.regios.values())
        if kind == "contact":
            return render("contactblok.html", contacten=[model.contacten[i] for i in spec.ids])
        if kind == "kbz-kaart":
            return render("kaart.html", kaart=self.kaart)
        if kind == "kbz-regios":
            return render("regio-lijst.html", regios=regios)
        wat: Literal["linking_pins", "trainer_coaches"] = (
            "linking_pins" if kind == "kbz-linkingpins" else "trainer_coaches"
        )
        return render("regio-personen.html", regios=regios, wat=wat, registry=model)
