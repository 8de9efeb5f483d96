"""Starter kits (content/_data/startersmappen.yml): chapters taken from existing pages.

A kit copies nothing into content/: at build time each chapter is cut from the rendered
page it names (the whole page, or one section by its heading), its headings moved one
level down, its ids made unique in the kit, and its relative links re-based to the
kit's own address. Change a page, and every kit that includes it changes with it.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from kbz_site.validation import load_yaml_file
from kbz_site.validation.references import known
from kbz_site.validation.tekst import GeenHtml

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
Text = Annotated[str, Field(min_length=1)]


class Hoofdstuk(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    titel: Text
    pagina: Annotated[Text | None, Field(description="De pagina waar dit hoofdstuk uit komt.")] = None
    sectie: Annotated[
        Text | None,
        Field(description="Alleen dit kopje van die pagina, precies zoals het daar staat; leeg: de hele pagina."),
    ] = None
    agenda: Annotated[
        bool, Field(description="Dit hoofdstuk toont de eerstvolgende scholingen uit de agenda (dan geen pagina).")
    ] = False

    @model_validator(mode="after")
    def _source_exists(self, info: ValidationInfo) -> Hoofdstuk:
        pages: dict[str, list[str]] = (info.context or {}).get("paginas", {})
        if bool(self.pagina) == self.agenda:
            raise ValueError("een hoofdstuk heeft óf een 'pagina' óf 'agenda: true'")
        if self.pagina and self.pagina not in pages:
            raise ValueError(f"pagina '{self.pagina}' bestaat niet")
        koppen = list(pages.get(self.pagina or "", []))
        if self.sectie and self.sectie not in koppen:
            raise ValueError(f"pagina '{self.pagina}' heeft geen kopje '{self.sectie}'")
        if self.sectie and koppen.count(self.sectie) > 1:
            raise ValueError(
                f"pagina '{self.pagina}' heeft het kopje '{self.sectie}' meer dan eens; maak die kopjes verschillend"
            )
        return self


class Startersmap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    titel: Annotated[GeenHtml, Field(min_length=1)]  # the kit page's title
    inleiding: Text
    regio: Annotated[str, known("regios", "regio-id")] | None = None
    checklist: Annotated[list[Text], Field(min_length=1)]
    hoofdstukken: Annotated[list[Hoofdstuk], Field(min_length=1)]
    bronnen: Annotated[list[Annotated[str, known("bronnen", "bron")]], Field(min_length=1)]


class StartersmappenFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    startersmappen: Annotated[list[Startersmap], Field(min_length=1)]


def headings(markdown: str) -> set[str]:
    """The headings of a page as written (## Voorwaarden voor deelname -> that text)."""
    return {m.group(1).strip() for m in re.finditer(r"^#{1,6}[ \t]+(.+?)[ \t]*(?:\{[^}]*\})?[ \t]*$", markdown, re.M)}


def load_kits(path: Path, display: str, paginas: dict[str, set[str]]) -> list[Startersmap]:
    data = load_yaml_file(path, StartersmappenFile, display, {"paginas": paginas}, unique=("startersmappen", "id"))
    return data.startersmappen


_HEADING = re.compile(r"<h([1-6])([^>]*)>(.*?)</h\1>", re.S)


def cut_section(html: str, heading: str | None) -> str:
    """The page without its title, or only the section under ``heading`` (up to the next
    heading of the same or a higher level)."""
    if heading is None:
        return re.sub(r"<h1[^>]*>.*?</h1>", "", html, count=1, flags=re.S)
    for m in _HEADING.finditer(html):
        text = re.sub(r"<[^>]+>|&para;", "", m.group(3)).strip()
        if text == heading:
            level = int(m.group(1))
            end = re.compile(rf"<h[1-{level}][ >]").search(html, m.end())
            return with_footnotes(html[m.end() : end.start() if end else len(html)], html)
    raise KeyError(heading)


_FOOTNOTES = re.compile(r'<div class="footnote">.*?</ol>\s*</div>', re.S)


def with_footnotes(section: str, page: str) -> str:
    """A section keeps the footnotes it refers to (citations): Python-Markdown puts all of
    a page's footnotes at its end, so a cut section would lose them, or get all of them."""
    block = _FOOTNOTES.search(page)
    section = _FOOTNOTES.sub("", section)
    # One item per footnote, split at each item's start: a footnote may hold a list of its own.
    chunks = re.split(r'(?=<li id="fn:)', re.sub(r"</ol>\s*</div>$", "", block.group(0)))[1:] if block else []
    items = {m.group(1): c.rstrip() for c in chunks if (m := re.match(r'<li id="fn:([^"]+)"', c))}
    refs = re.findall(r'<a class="footnote-ref" href="#fn:([^"]+)"[^>]*>(\d+)</a>', section)
    kept = [
        items[ref].replace("<li ", f'<li value="{number}" ', 1) for ref, number in dict(refs).items() if ref in items
    ]
    if not kept:
        return section
    return section + '<div class="footnote">\n<hr />\n<ol>\n' + "\n".join(kept) + "\n</ol>\n</div>"


def demote(html: str) -> str:
    """h1 -> h2 ... h5 -> h6, so chapter content sits under the chapter title."""
    return re.sub(r"<(/?)h([1-5])([ >])", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}{m.group(3)}", html)


def unique_ids(html: str, prefix: str) -> str:
    """Prefix every id and every reference to one, so chapters cannot clash."""
    html = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}{m.group(1)}"', html)
    html = re.sub(
        r'\b(for|aria-labelledby|aria-describedby)="([^"]+)"',
        lambda m: f'{m.group(1)}="' + " ".join(prefix + i for i in m.group(2).split()) + '"',
        html,
    )
    return re.sub(r'\bhref="#([^"]+)"', lambda m: f'href="#{prefix}{m.group(1)}"', html)


def rebase_links(html: str, from_url: str, to_url: str) -> str:
    """Relative href/src written for the page at ``from_url`` (site-relative, e.g.
    'kader/jaarplan/'), rewritten for the page at ``to_url``."""

    def fix(m: re.Match[str]) -> str:
        attr, target = m.group(1), m.group(2)
        if re.match(r"^(?:[a-z][a-z0-9+.-]*:|#|/)", target, re.I):
            return m.group(0)
        path, _, fragment = target.partition("#")
        absolute = (
            posixpath.normpath(posixpath.join(posixpath.dirname(from_url.rstrip("/") + "/x"), path))
            if path
            else from_url
        )
        rel = posixpath.relpath(absolute, posixpath.dirname(to_url.rstrip("/") + "/x"))
        if path.endswith("/") and not rel.endswith("/"):
            rel += "/"
        return f'{attr}="{rel}{"#" + fragment if fragment else ""}"'

    return re.sub(r'\b(href|src|xlink:href)="([^"]*)"', fix, html)
