"""Where generated pages and files live: one place for every path and URL scheme.

Plugins generate these pages from data; the link check accepts links to them, kits may
include them, and templates link to them through these functions only.
"""

from __future__ import annotations

from collections.abc import Iterable

THEMAS = "themas"
REGIOS = "regios"
SCHOLING = "scholing"
STARTERSMAPPEN = "startersmappen"
CONTACTEN = "contacten"  # vCards
AGENDA_PAGINA = f"{SCHOLING}/agenda.md"


def regio_pagina(regio_id: str) -> str:
    return f"{REGIOS}/{regio_id}.md"


def module_pagina(module_id: str) -> str:
    return f"{SCHOLING}/modules/{module_id}.md"


def agenda_pagina(soort: str, item_id: str) -> str:
    """A filtered agenda: soort is 'regio' or 'module'."""
    return f"{SCHOLING}/agenda/{soort}-{item_id}.md"


def startersmap_pagina(kit_id: str) -> str:
    return f"{STARTERSMAPPEN}/{kit_id}.md"


def vcard(contact_id: str) -> str:
    return f"{CONTACTEN}/{contact_id}.vcf"


def agenda_feed(regio_id: str | None = None) -> str:
    return f"{SCHOLING}/agenda-{regio_id}.ics" if regio_id else f"{SCHOLING}/agenda.ics"


def evenement_feed(event_id: str) -> str:
    return f"{SCHOLING}/evenementen/{event_id}.ics"


def gegenereerd(
    regios: Iterable[str], modules: Iterable[str], kits: Iterable[str], events: Iterable[tuple[str, str | None]]
) -> set[str]:
    """Every page generated from data: ids of regions, modules, kits; (module, regio) per event."""
    pages = {regio_pagina(r) for r in regios} | {module_pagina(m) for m in modules}
    pages |= {startersmap_pagina(k) for k in kits}
    for module, regio in events:
        pages.add(agenda_pagina("module", module))
        if regio:
            pages.add(agenda_pagina("regio", regio))
    return pages
