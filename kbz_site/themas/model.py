"""The one shape of a theme page, checked for every page in content/themas/.

Front matter (validated here), then the same questions on every theme page, in the
order a professional asks them (issue 14): Wat is het?, Voor wie?, Wat doe je?, Wie doet
wat? and Meer weten. A question the sources do not answer is still there, answered
"nog niet beschreven". The contact block and the documents list are added by the
template, so no page can forget them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from kbz_site.validation import ContentError, Problem, load_front_matter
from kbz_site.validation.loader import read_text, split_front_matter
from kbz_site.validation.tekst import GeenHtml

SECTIONS = ("Wat is het?", "Voor wie?", "Wat doe je?", "Wie doet wat?", "Meer weten")

KOPJES = ", ".join(SECTIONS[:-1]) + " en " + SECTIONS[-1]

Text = Annotated[str, Field(min_length=1)]


class ThemaMeta(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Text
    description: str | None = None
    samenvatting: Annotated[str, Field(min_length=1, description="Verschijnt bovenaan als 'In het kort'.")]
    # Both become Material tags, which Material prints as they are: no HTML.
    doelgroep: Annotated[list[Annotated[GeenHtml, Field(min_length=1)]], Field(min_length=1)]
    rollen: Annotated[list[Annotated[GeenHtml, Field(min_length=1)]], Field(min_length=1)]
    # Contact ids (checked by kbz-contacten); contacts whose data name this theme are
    # shown too. With none, the page says "contact volgt".
    contacten: Annotated[
        list[str], Field(description="Leeg: de pagina toont contacten die dit thema noemen, of 'contact volgt'.")
    ] = []
    status: Literal["actief", "in ontwikkeling"]
    bronnen: Annotated[list[str], Field(min_length=1)]  # ids checked by kbz-bronnen
    documenten: Annotated[
        list[Text], Field(description="Titels van documenten die de bronnen noemen maar die wij niet hebben.")
    ] = []  # titles of documents the sources name but we do not have


def load_theme(path: Path, display: str) -> ThemaMeta:
    """The validated front matter; a missing section is a problem at the page's heading."""
    meta = load_front_matter(path, ThemaMeta, display)
    text = read_text(path, display)
    found = {m.group(1).strip() for m in re.finditer(r"^##[ \t]+(.+?)[ \t#]*$", text, re.M)}
    missing = [s for s in SECTIONS if s not in found]
    if missing:
        _, offset = split_front_matter(text)
        h1 = re.search(r"^#[ \t]", text, re.M)
        line = text.count("\n", 0, h1.start()) + 1 if h1 else 1 + offset
        raise ContentError(
            Problem(display, line, f"sectie '## {s}' ontbreekt; elke themapagina heeft de kopjes {KOPJES}")
            for s in missing
        )
    return meta
