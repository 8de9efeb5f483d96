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
            r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', "
            r"but the doc '[^']+' does not contain an anchor '(?P<a>[^']+)'"
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
            r"The following pages exist in the docs directory, but are not included in the \"nav\" "
            r"configuration:\s*(?P<pages>(?:\s*- \S+)+)",
            re.S,
        ),
        "deze pagina's staan niet in het menu (nav): {pages}; zet ze in het menu of haal ze weg",
        None,
        None,
    ),
]


# The menu files (.nav.yml, plugin awesome-nav): its messages end in "[folder/.nav.yml]".
# kbz-menu checks the same things before the build (so that they are reported together with
# the content's problems); both use the sentences below, so one mistake is one line.
_NAV_GEEN_MATCH = re.compile(
    r"The nav item '(?P<link>[^']+)' doesn't match any files or directories \[(?P<page>[^\]]+)\]"
)
_NAV_YAML = re.compile(r"Parsing error \[(?P<page>[^\]]+)\]\n(?P<detail>.*)", re.S)
_NAV_VELD = re.compile(r"Validation error \[(?P<page>[^\]]+)\]\n(?P<detail>.*)", re.S)
_NAV_BOVENAAN = re.compile(r"'(?P<veld>title|hide)' option has no effect at the top level \[(?P<page>[^\]]+)\]")
_NAV_MKDOCS = re.compile(r"A reference to '(?P<link>[^']+)' is included in the 'nav' configuration")
MENU_HULP = "(zie docs/editors.md, 'Het menu')"


def niet_in_menu() -> str:
    return (
        "deze pagina staat in geen menu; zet haar in een map met een .nav.yml (dan komt ze achteraan in dat menu) "
        "of noem haar in de .nav.yml van haar map of in content/.nav.yml"
    )


_NIET_IN_NAV = re.compile(r"The following pages exist in the docs directory, but are not included in the \"nav\"")


def vertaal_alle(
    bericht: str,
    weergave_pagina: Callable[[str], str],
    regel_van: Callable[[str, str], int],
    menu: str,
    in_menu: Callable[[str], tuple[str, int] | None] = lambda tekst: None,
) -> list[Problem]:
    """Like ``vertaal``; MkDocs' list of pages in no menu becomes one problem per page."""
    if _NIET_IN_NAV.search(bericht):
        return [Problem(weergave_pagina(p), 1, niet_in_menu()) for p in re.findall(r"^\s*- (\S+)", bericht, re.M)]
    return [vertaal(bericht, weergave_pagina, regel_van, menu, in_menu)]


def menu_naam_onbekend(naam: str) -> str:
    return (
        f"het menu noemt '{naam}', maar die pagina of map bestaat niet in deze map; controleer de naam "
        f"(kleine letters, eindigt op .md) of haal de regel weg {MENU_HULP}"
    )


def menu_geen_yaml(detail: str) -> str:
    if "found character '\\t'" in detail or "\t" in detail:
        return f"dit menubestand is geen geldige YAML: er staat een tab; spring in met spaties {MENU_HULP}"
    return (
        "dit menubestand is geen geldige YAML: controleer op deze regel of de regel erboven het streepje, "
        f"de dubbele punt en het inspringen (twee spaties per niveau) {MENU_HULP}"
    )


def yaml_regel(detail: str) -> int:
    """The line YAML names last in its message (where it noticed the problem)."""
    regels = re.findall(r"line (\d+)", detail)
    return int(regels[-1]) if regels else 1


def _menu(
    bericht: str,
    weergave_pagina: Callable[[str], str],
    regel_van: Callable[[str, str], int],
    in_menu: Callable[[str], tuple[str, int] | None],
) -> Problem | None:
    """A message about a .nav.yml file, at its line, in Dutch; None if it is not one."""
    if m := _NAV_GEEN_MATCH.search(bericht):
        bestand = weergave_pagina(m["page"])
        return Problem(bestand, regel_van(bestand, m["link"]), menu_naam_onbekend(m["link"]))
    if m := _NAV_YAML.search(bericht):
        return Problem(weergave_pagina(m["page"]), yaml_regel(m["detail"]), menu_geen_yaml(m["detail"]))
    if m := _NAV_VELD.search(bericht):
        bestand = weergave_pagina(m["page"])
        regels = [r.strip() for r in m["detail"].splitlines() if r.strip()]
        veld = regels[0].split(".")[0] if regels else ""
        return Problem(
            bestand,
            regel_van(bestand, f"{veld}:") if veld else 1,
            f"het menu heeft bij '{veld}' een waarde die niet kan; onder 'nav:' staat een lijst van regels"
            f" '- pagina.md', '- map' of '- Titel: pagina.md' {MENU_HULP}",
        )
    if m := _NAV_BOVENAAN.search(bericht):
        bestand = weergave_pagina(m["page"])
        return Problem(
            bestand,
            regel_van(bestand, f"{m['veld']}:"),
            f"'{m['veld']}:' werkt niet in het bovenste menu (content/.nav.yml); haal de regel weg",
        )
    if (m := _NAV_MKDOCS.search(bericht)) and (plek := in_menu(m["link"])):
        return Problem(plek[0], plek[1], menu_naam_onbekend(m["link"]))
    return None


def vertaal(
    bericht: str,
    weergave_pagina: Callable[[str], str],
    regel_van: Callable[[str, str], int],
    menu: str,
    in_menu: Callable[[str], tuple[str, int] | None] = lambda tekst: None,
) -> Problem:
    """A Problem for one MkDocs warning. ``weergave_pagina('a.md')`` gives the path an
    editor opens, ``regel_van(bestand, tekst)`` the first line with that text in it,
    ``in_menu(tekst)`` the menu file (.nav.yml) and line that name it, if any."""
    if found := _menu(bericht, weergave_pagina, regel_van, in_menu):
        return found
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
