"""Every link and image in every page, checked against the model, in Dutch with file:line.

MkDocs checks links too, but only while building, in English, without a line, and it
cannot tell an editor what to write instead. Kinds of link and what we say:

- ``andere.md``, ``../map/pagina.md#kopje``: the page (or a generated page) and the
  heading must exist;
- ``/themas/solk/``, ``https://<our site>/themas/solk/``, ``../solk/``: works on one
  address only; we name the ``.md`` file to link to instead;
- ``plaatje.png``, ``document.pdf``: the file must exist in ``content/``;
- ``https://elders.nl``, ``mailto:``, ``tel:``: not checked (other sites).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from urllib.parse import SplitResult, unquote, urlsplit

from markdown.extensions.toc import slugify

from kbz_site.validation import Problem

from .markdown import Pagina

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def _page_for_url(path: str, pages: set[str]) -> str | None:
    """The .md file MkDocs publishes at site path ``path`` (``themas/solk/`` -> ``themas/solk.md``)."""
    path = unquote(path).strip("/")
    for candidate in (f"{path}.md", f"{path}/index.md", "index.md" if not path else ""):
        if candidate in pages:
            return candidate
    return None


def _relative(from_page: str, to_page: str) -> str:
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


def controleer_links(
    paginas: Mapping[str, Pagina], gegenereerd: set[str], bestanden: set[str], site_url: str | None = None
) -> list[Problem]:
    pages = set(paginas) | gegenereerd
    ids = {rel: p.ids() for rel, p in paginas.items()}
    site = urlsplit(site_url) if site_url else None
    problems = []
    for rel, page in paginas.items():
        for link in page.links:
            message = _check(rel, link.doel, link.afbeelding, pages, ids, bestanden, site)
            if message:
                problems.append(Problem(page.weergave, link.regel, message))
    return problems


def _check(  # noqa: C901 - one case per kind of link
    rel: str,
    doel: str,
    afbeelding: bool,
    pages: set[str],
    ids: dict[str, set[str]],
    bestanden: set[str],
    site: SplitResult | None,
) -> str | None:
    wat = "afbeelding" if afbeelding else "link"
    if not doel:
        return f"{wat} zonder adres: zet tussen ( ) waar de {wat} naartoe gaat"
    parts = urlsplit(doel)
    if _SCHEME.match(doel):
        if site and parts.scheme in ("http", "https") and parts.hostname == site.hostname:
            target = _page_for_url(parts.path[len(site.path.rstrip("/")) :], pages)
            hint = f"'{_relative(rel, target)}'" if target else "het .md-bestand van die pagina"
            return f"{wat} naar onze eigen site met het volledige webadres '{doel}'; verwijs naar {hint}"
        return None  # another site, mailto:, tel:
    if doel.startswith("/"):
        target = _page_for_url(parts.path, pages)
        hint = (
            f"'{_relative(rel, target)}'" if target else "het .md-bestand van die pagina (bijvoorbeeld '../thema.md')"
        )
        return f"{wat} '{doel}' begint met '/' en werkt dan niet overal; verwijs naar {hint}"
    path = unquote(parts.path)
    anchor = parts.fragment
    if not path:
        dest = rel
    else:
        dest = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
    if path and not path.endswith(".md"):
        if dest in bestanden:
            return None
        as_page = _page_for_url(dest, pages) if path.endswith("/") or "." not in posixpath.basename(path) else None
        if as_page:
            return f"{wat} '{doel}' verwijst naar een webadres; verwijs naar het bestand: '{_relative(rel, as_page)}'"
        return f"{wat} naar '{doel}': dat bestand bestaat niet in content/; controleer de naam en de map"
    if dest not in pages:
        return f"{wat} naar '{path}' gaat naar een pagina die niet bestaat; controleer de bestandsnaam"
    if anchor and dest in ids and anchor not in ids[dest]:
        hint = slugify(anchor, "-")
        if hint in ids[dest]:
            return f"link naar '{doel}': schrijf het kopje zonder accenten en hoofdletters: '#{hint}'"
        return f"link naar '{doel}': het kopje '#{anchor}' bestaat niet op die pagina"
    return None
