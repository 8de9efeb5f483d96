"""kbz-contacten: contacts and regions as data, rendered wherever they are needed.

- a page's `contacten:` front matter (theme pages show it under "## Contact");
- ```contact``` blocks (`ids: [...]`) anywhere in Markdown;
- ```kbz-kaart```, ```kbz-regios```, ```kbz-linkingpins``` and ```kbz-trainers``` blocks;
- a generated page per region, and a vCard per public contact.
A contact with `publiek: false` is shown by its role only and gets no vCard.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from pydantic import BaseModel, ConfigDict, Field

from kbz_site.contacts import load_registry_in
from kbz_site.contacts.kaart import kaart
from kbz_site.contacts.model import ContactId, Regio
from kbz_site.contacts.vcard import vcard
from kbz_site.funding import load_parameters
from kbz_site.funding.format import euro
from kbz_site.funding.model import Regeling
from kbz_site.validation import ContentError, load_front_matter
from kbz_site.validation.fences import find_fenced_in_pages, replace_fenced

from ..common import content_errors, display_path, docs_display, project_root, template_env
from .config import ContactsConfig

MARKER = "<!-- kbz:contacten -->"  # where a theme page's contacts go (templates/partials/kbz/thema-voet.html)
REGIO_MARKER = "<!-- kbz:regio -->"  # the body of a generated region page


class PageContacts(BaseModel):
    model_config = ConfigDict(extra="allow")
    contacten: list[ContactId] = []


class ContactBlock(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ids: Annotated[list[ContactId], Field(min_length=1)]


class Empty(BaseModel):
    model_config = ConfigDict(extra="forbid")


BLOCKS = {
    "contact": ContactBlock,
    "kbz-kaart": Empty,
    "kbz-regios": Empty,
    "kbz-linkingpins": Empty,
    "kbz-trainers": Empty,
}


class ContactsPlugin(BasePlugin[ContactsConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        docs = Path(config.docs_dir)
        display = docs_display(config)
        with content_errors():
            self.registry = load_registry_in(docs / "_data", display)
            # for the regeling a region page names (kbz-financiering reports problems in this file)
            self.params = load_parameters(docs / "_data/financiering.yml", display(docs / "_data/financiering.yml"))
            self.pages, self.blocks = self._check_pages(docs, display)
        topo = project_root(config) / self.config.kaart
        with content_errors():
            if not topo.exists():
                raise ContentError.single(
                    display_path(config, topo),
                    1,
                    "kaartgegevens ontbreken; installeer de front-end-pakketten met 'npm ci'",
                )
        self.kaart = kaart(topo, self.registry.regios.values())
        env = template_env(config)
        env.filters["contacten"] = lambda ids: [self.registry.contacten[i] for i in ids]
        env.filters["euro"] = euro
        self.templates = env

    def _check_pages(
        self, docs: Path, display: Callable[[Path], str]
    ) -> tuple[dict[str, list[str]], dict[str, list[tuple[str, Any]]]]:
        context = {"contacten": set(self.registry.contacten)}
        pages: dict[str, list[str]] = {}
        blocks: dict[str, list[tuple[str, Any]]] = {}
        problems = []
        for path in sorted(docs.rglob("*.md")):
            rel = path.relative_to(docs).as_posix()
            try:
                meta = load_front_matter(path, PageContacts, display(path), context)
                pages[rel] = list(meta.contacten)
            except ContentError as err:
                problems.extend(err.problems)
        try:
            blocks = find_fenced_in_pages(docs, display, BLOCKS, context)
        except ContentError as err:
            problems.extend(err.problems)
        if problems:
            raise ContentError(problems)
        return pages, blocks

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for regio in self.registry.regios.values():
            # The page body is rendered in on_page_markdown, where the page's URL is known.
            bronnen = ", ".join(regio.bronnen)
            content = f"---\ntitle: {regio.naam}\nbronnen: [{bronnen}]\n---\n\n{REGIO_MARKER}\n"
            files.append(File.generated(config, f"{self.config.regio_map}/{regio.id}.md", content=content))
        for contact in self.registry.contacten.values():
            if contact.publiek and (contact.email or contact.telefoon):
                files.append(
                    File.generated(config, f"{self.config.vcard_map}/{contact.id}.vcf", content=vcard(contact))
                )
        return files

    def _regeling(self, regio: Regio) -> Regeling | None:
        return self.params.regeling(regio.regeling) if regio.regeling else None

    @event_priority(-10)  # after kbz-themas has placed the contact marker
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        render = self._renderer(page)
        if REGIO_MARKER in markdown:
            regio = self.registry.regios[Path(page.file.src_uri).stem]
            body = render(
                "regio-pagina.html",
                keep_blank_lines=True,
                regio=regio,
                registry=self.registry,
                regeling=self._regeling(regio),
            )
            markdown = markdown.replace(REGIO_MARKER, body)
        if MARKER in markdown:
            ids = list(self.pages.get(page.file.src_uri, []))
            ids += [c.id for c in self.registry.voor_thema(Path(page.file.src_uri).stem) if c.id not in ids]
            markdown = markdown.replace(
                MARKER, render("contactblok.html", contacten=[self.registry.contacten[i] for i in ids])
            )
        found = self.blocks.get(page.file.src_uri)
        if found:
            html = [self._render_block(kind, spec, render) for kind, spec in found]
            markdown = replace_fenced(markdown, BLOCKS, lambda n: html[n])
        return markdown

    def _renderer(self, page: Page) -> Callable[..., str]:
        def vcf(contact_id: str) -> str:
            return get_relative_url(f"{self.config.vcard_map}/{contact_id}.vcf", page.url)

        def regio_url(regio_id: str) -> str:
            return get_relative_url(f"{self.config.regio_map}/{regio_id}/", page.url)

        def render(name: str, keep_blank_lines: bool = False, **context: object) -> str:
            text = self.templates.get_template(f"partials/kbz/{name}").render(vcf=vcf, regio_url=regio_url, **context)
            # An HTML block must have no blank lines inside, or Markdown splits it.
            return text if keep_blank_lines else "\n".join(line for line in text.splitlines() if line.strip())

        return render

    def _render_block(self, kind: str, spec: BaseModel, render: Callable[..., str]) -> str:
        regios = list(self.registry.regios.values())
        if isinstance(spec, ContactBlock):  # kind == "contact"
            return render("contactblok.html", contacten=[self.registry.contacten[i] for i in spec.ids])
        if kind == "kbz-kaart":
            return render("kaart.html", kaart=self.kaart)
        if kind == "kbz-regios":
            return render("regio-lijst.html", regios=regios)
        wat: Literal["linking_pins", "trainer_coaches"] = (
            "linking_pins" if kind == "kbz-linkingpins" else "trainer_coaches"
        )
        return render("regio-personen.html", regios=regios, wat=wat, registry=self.registry)
