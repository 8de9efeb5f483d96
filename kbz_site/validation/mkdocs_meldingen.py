"""MkDocs' own warnings, said in Dutch with the file (and the line where we can find it).

The content model catches nearly every mistake first; what MkDocs or Material still
warns about (a nav entry, a link form we did not foresee) must not reach an editor as an
English sentence without a line. Unknown warnings are passed on, marked as MkDocs'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .errors import Problem

# (pattern, Dutch message with the groups, the group that names the page, the group to find on a line)
_KNOWN: list[tuple[re.Pattern[str], str, str | None, str | None]] = [
    (
        re.compile(r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', but the target .*not found"),
        "link naar '{link}' gaat naar een pagina of bestand dat niet bestaat; controleer de naam",
        "page",
        "link",
    ),
    (
        re.compile(
            r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', but the doc '[^']+' does not contain an anchor '(?P<a>[^']+)'"
        ),
        "link naar '{link}': het kopje '{a}' bestaat niet op die pagina",
        "page",
        "link",
    ),
    (
        re.compile(r"Doc file '(?P<page>[^']+)' contains an absolute link '(?P<link>[^']+)'"),
        "link '{link}' begint met '/'; verwijs naar het .md-bestand van die pagina",
        "page",
        "link",
    ),
    (
        re.compile(r"Doc file '(?P<page>[^']+)' contains an unrecognized relative link '(?P<link>[^']+)'"),
        "link '{link}' verwijst naar een webadres; verwijs naar het .md-bestand van die pagina",
        "page",
        "link",
    ),
    (
        re.compile(
            r"Error reading page '(?P<page>[^']+)':.*Snippet at path '(?P<link>[^']+)' could not be found", re.S
        ),
        "tekstblok (snippet) '{link}' bestaat niet in content/_snippets/; controleer de naam",
        "page",
        "link",
    ),
    (
        re.compile(r"A reference to '(?P<link>[^']+)' is included in the 'nav' configuration, which is not found"),
        "het menu (nav) noemt '{link}', maar die pagina bestaat niet; controleer de naam of haal de regel weg",
        None,
        "link",
    ),
    (
        re.compile(
            r"The following pages exist in the docs directory, but are not included in the \"nav\" configuration:\s*(?P<pages>(?:\s*- \S+)+)",
            re.S,
        ),
        "deze pagina's staan niet in het menu (nav): {pages}; zet ze in het menu of haal ze weg",
        None,
        None,
    ),
]


def vertaal(
    bericht: str, weergave_pagina: Callable[[str], str], regel_van: Callable[[str, str], int], menu: str
) -> Problem:
    """A Problem for one MkDocs warning. ``weergave_pagina('a.md')`` gives the path an
    editor opens, ``regel_van(bestand, tekst)`` the first line with that text in it."""
    for pattern, dutch, page_group, find_group in _KNOWN:
        m = pattern.search(bericht)
        if not m:
            continue
        values = {k: v for k, v in m.groupdict().items()}
        if "pages" in values:
            values["pages"] = ", ".join(re.findall(r"- (\S+)", values["pages"]))
        bestand = weergave_pagina(values[page_group]) if page_group else menu
        regel = regel_van(bestand, values[find_group]) if find_group else 1
        return Problem(bestand, regel, dutch.format(**values))
    page = re.search(r"Doc file '([^']+)'", bericht)
    bestand = weergave_pagina(page.group(1)) if page else menu
    return Problem(bestand, 1, f"MkDocs meldt (Engels): {bericht.strip()}")
