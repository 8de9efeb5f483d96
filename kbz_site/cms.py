"""The CMS configuration (/admin/config.yml, Decap CMS format, read by Sveltia CMS),
derived from the schemas.

Every field of every content type becomes a CMS field with the widget for its kind, its
Dutch label, the model's description as hint, and the model's pattern, bounds and
minimum length, so the form catches what `kbz-site check` would, before saving. Every
reference to another item (a contact, region, theme, source, module, regeling or page)
is a relation or select, never a free-text id.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from kbz_site.bronnen.model import Bron
from kbz_site.inhoud import Inhoud
from kbz_site.schemas import TYPES, ContentType, PaginaMeta, Veld, fields
from kbz_site.search.synonyms import Synoniem

LONG_TEXT = {"samenvatting", "inhoud", "toelichting", "inleiding", "description", "rol"}
MEDIA_FOLDER = "content/assets/media"
# What the media library (and the build, plugin kbz-cms) accepts: nothing that can run.
MEDIA_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".pdf": "application/pdf",
}  # fmt: skip  (no SVG: it can hold a script)

LABELS = {
    "id": "Id",
    "title": "Titel",
    "titel": "Titel",
    "description": "Korte omschrijving",
    "samenvatting": "Samenvatting",
    "doelgroep": "Doelgroep",
    "rollen": "Rollen",
    "contacten": "Contacten",
    "status": "Status",
    "bronnen": "Bronnen",
    "bron": "Bron",
    "documenten": "Documenten",
    "naam": "Naam",
    "soort": "Soort",
    "rol": "Rol",
    "organisatie": "Organisatie",
    "regio": "Regio",
    "themas": "Thema's",
    "email": "E-mailadres",
    "telefoon": "Telefoonnummer",
    "website": "Website",
    "publiek": "Openbaar tonen",
    "steden": "Steden",
    "wijken": "Wijken",
    "regio_organisatie": "Regio-organisatie",
    "achterstandsfonds": "Achterstandsfonds",
    "linking_pins": "Linking pins",
    "programmaleider": "Programmaleider",
    "trainer_coaches": "Trainer-coaches",
    "organisaties": "Organisaties",
    "wijksamenwerkingsverbanden": "Wijksamenwerkingsverbanden",
    "regeling": "Regeling",
    "coordinaten": "Coördinaten",
    "lat": "Breedtegraad",
    "lon": "Lengtegraad",
    "toelichting": "Toelichting",
    "inhoud": "Inhoud",
    "leerdoelen": "Leerdoelen",
    "duur": "Duur",
    "werkvorm": "Werkvorm",
    "voorkennis": "Voorkennis",
    "materialen": "Materialen",
    "trainers": "Trainers",
    "module": "Module",
    "begin": "Begin",
    "einde": "Einde",
    "plaats": "Plaats",
    "online": "Online",
    "aanmelden": "Aanmelden",
    "inleiding": "Inleiding",
    "checklist": "Checklist",
    "hoofdstukken": "Hoofdstukken",
    "pagina": "Pagina",
    "sectie": "Kopje",
    "agenda": "Scholingsagenda",
    "date": "Datum",
    "tags": "Trefwoorden",
    "uitgever": "Uitgever",
    "datum": "Datum",
    "body": "Tekst",
}
PATTERN_MESSAGES = {
    "id": "Alleen kleine letters, cijfers en streepjes, bijv. utrecht-overvecht.",
    "email": "Geen geldig e-mailadres, bijv. info@voorbeeld.nl.",
    "telefoon": "Alleen cijfers, spaties, haakjes, streepjes en eventueel + vooraan (6 tot 20 tekens).",
    "website": "Een webadres zonder https://, bijv. www.voorbeeld.nl.",
}

# A reference field, by name, and the collection it points to. The validators behind
# them: kbz_site.validation.references.known, kbz-contacten, kbz-themas, kbz-bronnen.
CONTACT = {"collection": "gegevens", "file": "contact", "value_field": "contacten.*.id",
           "display_fields": ["contacten.*.naam"], "search_fields": ["contacten.*.naam", "contacten.*.id"]}  # fmt: skip
REFERENCES: dict[str, dict[str, Any]] = {
    "contacten": CONTACT,
    "trainers": CONTACT,
    "linking_pins": CONTACT,
    "programmaleider": CONTACT,
    "trainer_coaches": CONTACT,
    "organisaties": CONTACT,
    "regio": {
        "collection": "gegevens",
        "file": "regio",
        "value_field": "regios.*.id",
        "display_fields": ["regios.*.naam"],
        "search_fields": ["regios.*.naam"],
    },  # fmt: skip
    "themas": {
        "collection": "thema",
        "value_field": "{{slug}}",
        "display_fields": ["title"],
        "search_fields": ["title"],
    },  # fmt: skip
    "bronnen": {
        "collection": "gegevens",
        "file": "bronnen",
        "value_field": "bronnen.*.id",
        "display_fields": ["bronnen.*.titel"],
        "search_fields": ["bronnen.*.titel", "bronnen.*.id"],
    },  # fmt: skip
    "module": {
        "collection": "gegevens",
        "file": "module",
        "value_field": "modules.*.id",
        "display_fields": ["modules.*.titel"],
        "search_fields": ["modules.*.titel"],
    },  # fmt: skip
    "regeling": {
        "collection": "gegevens",
        "file": "financiering",
        "value_field": "regelingen.*.id",
        "display_fields": ["regelingen.*.naam"],
        "search_fields": ["regelingen.*.naam"],
    },  # fmt: skip
}
REFERENCES["bron"] = REFERENCES["bronnen"]
# Names that are not references in these content types (financiering's regio is a place name).
NOT_REFERENCES = {("financiering", "regio")}

# Pages outside the typed collections: one collection per folder, so every page has an entry.
FOLDERS = [
    ("start", "Start", ""),
    ("over-kbz", "Over KBZ", "over-kbz"),
    ("kader", "Kader", "kader"),
    ("themas-overig", "Thema's (overzicht en overige pagina's)", "themas"),
    ("samenwerking", "Samenwerking", "samenwerking"),
    ("regios-paginas", "Regio's (pagina's)", "regios"),
    ("scholing-paginas", "Scholing (pagina's)", "scholing"),
    ("starten", "Starten", "starten"),
    ("financiering-paginas", "Financiering (pagina's)", "financiering"),
    ("nieuws-overzicht", "Nieuws (overzichtspagina)", "nieuws"),
]


def repository_slug(url: str) -> str | None:
    """``owner/name`` of a repository URL, without anything else it may carry (a token)."""
    parts = urlsplit(url.strip())
    path = parts.path.strip("/").removesuffix(".git").split("/")
    if parts.scheme not in ("https", "http") or len(path) != 2 or not all(path):
        return None
    return "/".join(path)


def label(naam: str) -> str:
    return LABELS.get(naam, naam.replace("_", " ").capitalize())


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def cms_field(veld: Veld, soort: str = "", pages: list[dict[str, str]] | None = None) -> dict[str, Any]:
    field: dict[str, Any] = {"name": veld.naam, "label": label(veld.naam), "required": veld.verplicht}
    if veld.uitleg:
        field["hint"] = veld.uitleg
    reference = REFERENCES.get(veld.naam) if (soort, veld.naam) not in NOT_REFERENCES else None
    multiple = veld.soort == "lijst"
    if reference and veld.soort in ("tekst", "lijst") and veld.lijst_van in (None, "tekst"):
        field |= {"widget": "relation", **copy.deepcopy(reference), "multiple": multiple}
        if multiple and veld.min_aantal:
            field["min"] = veld.min_aantal
    elif veld.naam == "pagina" and pages is not None:
        field |= {"widget": "select", "options": pages}
    elif veld.soort == "keuze":
        field |= {"widget": "select", "options": list(veld.keuzes)}
    elif veld.soort == "ja/nee":
        field |= {"widget": "boolean", "default": False}
    elif veld.getal:
        # A number written the Dutch way is asked for as text: a browser's number field reads 180.000 as 180.
        field |= {"widget": "string", "pattern": [dutch_number_pattern(veld), GETAL_MESSAGES[veld.getal]]}
        field["hint"] = " ".join(filter(None, [veld.uitleg, GETAL_HINTS[veld.getal]]))
    elif veld.soort in ("getal", "geheel getal"):
        field |= {"widget": "number", "value_type": "int" if veld.soort == "geheel getal" else "float"}
        if veld.soort == "getal":
            field["step"] = 0.01
        if veld.minimum is not None:
            field["min"] = _number(veld.minimum)
        if veld.maximum is not None:
            field["max"] = _number(veld.maximum)
    elif veld.soort == "datum":
        field |= {"widget": "datetime", "type": "date", "format": "YYYY-MM-DD"}
    elif veld.soort == "datum en tijd":
        # Wall-clock time in Europe/Amsterdam, written without a zone (kbz_site.scholing.model).
        field |= {"widget": "datetime", "format": "YYYY-MM-DD HH:mm", "input_timezone": "local", "output_utc": False}
    elif veld.soort == "object":
        field |= {"widget": "object", "fields": [cms_field(v, soort, pages) for v in veld.velden]}
    elif veld.soort == "lijst" and veld.lijst_van == "object":
        field |= {"widget": "list", "fields": [cms_field(v, soort, pages) for v in veld.velden]}
        if veld.min_aantal:
            field["min"] = veld.min_aantal
    elif veld.soort == "lijst":
        field |= {"widget": "list"}
        if veld.min_aantal:
            field["min"] = veld.min_aantal
    else:
        field |= {"widget": "text" if veld.naam in LONG_TEXT else "string"}
    if veld.patroon and field["widget"] in ("string", "text") and not veld.getal:
        message = PATTERN_MESSAGES.get(veld.naam, f"Moet voldoen aan het patroon {veld.patroon}.")
        field["pattern"] = [veld.patroon, message]
    return field


# Numbers in the data files follow one Dutch grammar (kbz_site/validation/getallen.py); the
# CMS form refuses, with the same examples, what that grammar or the field's range refuses.
GETAL_HINTS = {
    "geld": "Een bedrag in euro: 180000 of 180.000 (punt tussen duizendtallen), 76,37 (komma voor de centen).",
    "aantal": "Een heel getal: 4190 of 4.190 (punt tussen duizendtallen).",
    "percentage": "Een percentage van 0 tot 100: 35 of 12,5.",
    "fte": "Een aantal fte: 0,4 of 1.",
}
GETAL_MESSAGES = {
    "geld": "Schrijf een bedrag zoals 180000, 180.000 of 76,37: punt tussen duizendtallen, komma en hoogstens "
    "twee cijfers voor de centen, geen 0 vooraan, niet meer dan € 1.000.000.000.",
    "aantal": "Schrijf een heel getal zoals 4190 of 4.190: punt alleen tussen groepjes van drie cijfers, "
    "geen komma, geen 0 vooraan.",
    "percentage": "Schrijf een percentage van 0 tot 100, zoals 35 of 12,5.",
    "fte": "Schrijf een aantal fte van 0 tot 100, zoals 0,4 of 1.",
}
_SPATIE = r"[ \t\u00a0\u202f\u2009]*"


def dutch_number_pattern(veld: Veld) -> str:
    """A regular expression (the same in JavaScript and Python) for the texts that the
    Dutch grammar reads as a number within the field's range; a subset where the grammar is
    looser than anyone writes (``12.1234``), never more. tests/test_cms.py holds it to the
    model with many cases."""
    assert veld.getal and veld.maximum is not None, veld
    top = int(veld.maximum)
    digits = len(str(top)) - 1  # the most digits of a value below the maximum
    assert top == 10**digits, f"{veld.naam}: the pattern handles a maximum that is a power of ten"
    decimals = 0 if veld.getal == "aantal" else veld.decimalen
    comma = "" if decimals == 0 else (f",[0-9]{{1,{decimals}}}" if decimals else ",[0-9]+")
    point = "" if decimals == 0 else r"\.[0-9]{1,2}"
    fraction = f"(?:{'|'.join(filter(None, [comma, point]))})?" if decimals != 0 else ""
    plain = f"(?:0|[1-9][0-9]{{0,{digits - 1}}})" if digits > 1 else "[0-9]"
    forms = [plain + fraction]
    for groups in range(1, digits // 3 + 1):
        lead = min(3, digits - 3 * groups)
        if lead >= 1:
            forms.append(f"[1-9][0-9]{{0,{lead - 1}}}(?:\\.[0-9]{{3}}){{{groups}}}{comma and f'(?:{comma})?'}")
    exact = [str(top)] + ([f"{top:,}".replace(",", r"\.")] if top >= 1000 else [])
    zero = "" if decimals == 0 else "(?:[,.]00?)?"
    forms.append(f"(?:{'|'.join(exact)}){zero}")
    number = f"(?:{'|'.join(forms)})"
    if veld.groter_dan_minimum:  # 0 itself is refused
        number = r"(?!0(?:[,.]0+)?(?![0-9]|[,.][0-9]))" + number
    before, after = {
        "geld": (f"(?:€{_SPATIE})?", "(?:,-{1,2})?"),
        "percentage": ("", f"(?:{_SPATIE}%)?"),
        "fte": ("", f"(?:{_SPATIE}fte)?"),
    }.get(veld.getal, ("", ""))
    body = f"{_SPATIE}{before}{number}{after}{_SPATIE}"
    return f"^{body}$" if veld.verplicht else f"^(?:{body})?$"


BODY = {
    "name": "body",
    "label": "Tekst",
    "widget": "markdown",
    "hint": "Een afbeelding krijgt altijd een beschrijving (alt-tekst) voor wie haar niet ziet. Blokken zoals een "
    "stroomschema of rekenvoorbeeld, en getallen als {{ tarief.standaard }}, toont het voorbeeld hiernaast alleen als "
    "tekst: hoe ze er op de site uitzien, ziet u in de deploy preview van uw wijziging.",
}

# Every fenced block an editor can write (kbz_site/inhoud/blokken.py: SOORTEN), with what the
# site makes of it. The CMS preview cannot draw them (the site does that while it builds), so
# it shows each block's text under a notice that says so (templates/partials/kbz/admin.js).
BLOKKEN = {
    "stroomschema": ("Stroomschema", "een tekening van de stappen, met een genummerde lijst eronder"),
    "rekenvoorbeeld": ("Rekenvoorbeeld", "een berekening in genummerde stappen, met de bedragen uit financiering.yml"),
    "tariefgrafiek": ("Tariefgrafiek", "een grafiek van het benodigde tarief tegen het percentage AW-ION"),
    "kbz-parameters": ("Parameters", "een tabel met alle bedragen uit financiering.yml"),
    "rekenhulp": ("Rekenhulp", "een formulier waarin bezoekers zelf rekenen"),
    "verdeelhulp": ("Verdeelhulp", "een formulier om een regiobudget over praktijken te verdelen"),
    "contact": ("Contactkaart", "een kaart per genoemd contact"),
    "kbz-kaart": ("Kaart", "de kaart van de regio's"),
    "kbz-regios": ("Regio's", "de lijst van de regio's"),
    "kbz-linkingpins": ("Linking pins", "de linking pins per regio"),
    "kbz-trainers": ("Trainer-coaches", "de lijst van de trainer-coaches"),
    "kbz-modules": ("Scholingsmodules", "de lijst van de scholingsmodules"),
    "kbz-agenda": ("Scholingsagenda", "de komende scholingen"),
}


def _page_collection(name: str, title: str, folder: str, velden: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "label": title,
        "folder": f"content/{folder}".rstrip("/"),
        "create": True,
        "extension": "md",
        "format": "frontmatter",
        "slug": "{{slug}}",
        "identifier_field": "title",
        "summary": "{{title}}",
        "media_folder": f"/{MEDIA_FOLDER}",
        "public_folder": "/assets/media",
        "fields": [*velden, BODY],
        **extra,
    }


def _collection(t: ContentType, pages: list[dict[str, str]]) -> dict[str, Any]:
    schema_fields = [cms_field(v, t.naam, pages) for v in fields(t.model)]
    if t.is_pagina:
        extra: dict[str, Any] = {}
        if t.naam == "thema":  # the overview and other pages in themas/ have no status
            extra["filter"] = {"field": "status", "value": ["actief", "in ontwikkeling"]}
        if t.naam == "nieuws":
            extra["sortable_fields"] = ["date", "title"]
        return _page_collection(t.naam, t.label, t.plek, schema_fields, **extra)
    return {
        "name": t.naam,
        "label": t.label,
        "file": f"content/{t.plek}",
        "fields": schema_fields
        if t.lijst is None
        else [
            {"name": t.lijst, "label": t.label, "widget": "list", "fields": schema_fields, "summary": _summary(t)}
            | ({"hint": FILE_NOTES[t.naam]} if t.naam in FILE_NOTES else {})
        ],
    }


# What the comments at the top of the data files said: the CMS drops comments when it saves.
FILE_NOTES = {
    "contact": "Alleen wat de bronnen zeggen: een bron die alleen 'Naam' schrijft, geeft geen contact (de pagina "
    "zegt dan 'contact volgt'). 'Openbaar tonen' uit houdt naam, e-mail en telefoon helemaal van de site; "
    "de pagina toont dan alleen de rol. Zet het pas aan als de persoon heeft ingestemd met publicatie.",
    "synoniemen": "Zoekwoorden die bezoekers typen, en het woord op de site dat ze bedoelen: elke pagina met het "
    "woord bij 'Vindt' wordt ook gevonden met de zoekwoorden. Dat woord moet op de site staan.",
}


def _summary(t: ContentType) -> str:
    names = [v.naam for v in fields(t.model)]
    shown = next((n for n in ("naam", "titel", "title", "id") if n in names), names[0])
    return "{{fields." + shown + "}}"


@dataclass(frozen=True)
class PaginaInfo:
    """What the CMS needs to know of a page: its title and whether it is a theme page."""

    titel: str | None
    heeft_status: bool


def pagina_info(model: Inhoud) -> dict[str, PaginaInfo]:
    """From the content model (read once per build): ``{"themas/solk.md": PaginaInfo}``."""
    info = {}
    for rel, p in model.paginas.items():
        h1 = next((k.tekst for k in p.koppen if k.niveau == 1), None)
        title = p.kop.get("title") if p.heeft_kop else None
        info[rel] = PaginaInfo(str(title) if title else h1, p.heeft_kop and "status" in p.kop)
    return info


def page_options(paginas: Mapping[str, PaginaInfo]) -> list[dict[str, str]]:
    """Every page below content/, as ``{label: title (path), value: path}``, for a select."""
    options = []
    for relative in sorted(paginas):
        if relative.startswith(("_", "assets/")):
            continue
        title = paginas[relative].titel or relative
        options.append({"label": f"{title} ({relative})", "value": relative})
    return options


def _general_page_fields() -> list[dict[str, Any]]:
    """Pages without a type of their own: title, description, sources, tags (as PaginaMeta),
    sources optional (an overview page may have none)."""
    velden = [cms_field(v) for v in fields(PaginaMeta)]
    for field in velden:
        if field["name"] == "bronnen":
            field["required"] = False
    return velden


def _file_pages(
    name: str, title: str, paginas: Mapping[str, PaginaInfo], folder: str, velden: list[dict[str, Any]]
) -> dict[str, Any]:
    """The untyped pages of a folder that also holds typed ones, each as a file entry."""
    entries = [
        {
            "name": Path(rel).stem,
            "label": info.titel or Path(rel).name,
            "file": f"content/{rel}",
            "fields": [*velden, BODY],
        }
        for rel, info in sorted(paginas.items())
        if rel.rpartition("/")[0] == folder and not info.heeft_status
    ]
    return {"name": name, "label": title, "files": entries}


def _sources_file() -> dict[str, Any]:
    velden = [cms_field(v, "bronnen") for v in fields(Bron)]
    return {
        "name": "bronnen",
        "label": "Bronnen",
        "file": "content/_data/bronnen.yml",
        "fields": [
            {"name": "bronnen", "label": "Bronnen", "widget": "list", "fields": velden, "summary": "{{fields.titel}}"}
        ],  # fmt: skip
    }


def _synonyms_file() -> dict[str, Any]:
    velden = [cms_field(v) for v in fields(Synoniem)]
    for field in velden:
        if field["name"] == "zoekwoorden":
            field["hint"] = "Woorden die bezoekers typen: elk één woord, kleine letters, gescheiden door komma's."
        if field["name"] == "vindt":
            field["hint"] = "Het woord zoals het op de site staat; elke pagina met dit woord wordt gevonden."
    return {
        "name": "synoniemen",
        "label": "Zoekwoorden (synoniemen)",
        "file": "content/_data/synoniemen.yml",
        "fields": [
            {
                "name": "synoniemen",
                "label": "Synoniemen",
                "widget": "list",
                "fields": velden,
                "summary": "{{fields.vindt}}",
                "hint": FILE_NOTES["synoniemen"],
            }
        ],  # fmt: skip
    }


# content/_snippets/afkortingen.md, one '*[POH]: praktijkondersteuner huisarts' per line, edited
# as text (Sveltia's "raw" format: the file as it is; a format of our own may not end in .md).
# The pattern takes exactly the lines the content model takes (kbz_site/inhoud/model.py: _AFKORTING).
_AFKORTING_REGEL = r"[ \t]*(?:\*\[[^\]\n]+\]:[ \t]+\S[^\n]*|<!--[^\n]*-->)?[ \t]*"
AFKORTINGEN_PATTERN = rf"^{_AFKORTING_REGEL}(?:\n{_AFKORTING_REGEL})*$"


def _abbreviations_file() -> dict[str, Any]:
    return {
        "name": "afkortingen",
        "label": "Afkortingen",
        "file": "content/_snippets/afkortingen.md",
        "format": "raw",
        "fields": [
            {
                "name": "body",
                "label": "Afkortingen",
                "widget": "text",
                "required": True,
                "hint": "Eén afkorting per regel: sterretje, de afkorting tussen [ ], een dubbele punt en de uitleg, "
                "bijv. *[POH]: praktijkondersteuner huisarts. Op elke pagina verschijnt de uitleg als een bezoeker "
                "op de afkorting tikt of er met de muis op staat.",
                "pattern": [
                    AFKORTINGEN_PATTERN,
                    "Elke regel is een afkorting in de vorm *[AW]: aandachtswijk (sterretje, afkorting tussen [ ], "
                    "dubbele punt, uitleg).",
                ],
            }
        ],
    }


def config(repo: str, branch: str, paginas: Mapping[str, PaginaInfo] | None = None) -> dict[str, Any]:
    """The CMS configuration. The menu files (.nav.yml) have no entry: Sveltia skips every file whose
    name starts with a dot (services/backends/process.js), so it could not open them."""
    pages = page_options(paginas) if paginas else []
    typed = [_collection(t, pages) for t in TYPES if t.is_pagina]
    general = _general_page_fields()
    folders = []
    for name, title, folder in FOLDERS:
        if folder == "themas":  # the pages in themas/ that are not theme pages (no status)
            folders.append(_file_pages(name, title, paginas or {}, folder, general))
        else:
            folders.append(_page_collection(name, title, folder, general))
    data = [_collection(t, pages) for t in TYPES if not t.is_pagina]
    return {
        "backend": {"name": "github", "repo": repo, "branch": branch, "base_url": "https://api.netlify.com"},
        "publish_mode": "editorial_workflow",  # every change is a pull request with a deploy preview
        "app_title": "Krachtige Basiszorg: inhoud beheren",
        "media_folder": MEDIA_FOLDER,
        "public_folder": "/assets/media",
        "media_libraries": {
            "default": {"config": {"max_file_size": 5_000_000, "slugify_filename": True}},
        },
        "output": {"omit_empty_optional_fields": True},
        "slug": {"encoding": "ascii", "clean_accents": True},
        "collections": [
            *typed,
            *folders,
            {
                "name": "gegevens",
                "label": "Gegevens",
                "files": [*data, _sources_file(), _synonyms_file(), _abbreviations_file()],
            },
        ],
    }


def media_problems(media: Path) -> list[str]:
    """Files below the media folder that are not an image or PDF: they could run as a
    script on our origin, where /admin/ keeps the editor's GitHub token."""
    if not media.is_dir():
        return []
    return sorted(
        p.relative_to(media).as_posix()
        for p in media.rglob("*")
        if p.is_file() and p.suffix.lower() not in MEDIA_TYPES and not p.name.startswith(".")
    )


def github_repository_is_public(slug: str, timeout: float = 5.0) -> bool | None:
    """Whether GitHub shows ``owner/name`` to anyone: an anonymous API request answers 200
    for a public repository and 404 for a private one. None when GitHub cannot be asked."""
    try:
        with urlopen(Request(f"https://api.github.com/repos/{slug}", method="HEAD"), timeout=timeout) as response:
            return response.status == 200
    except HTTPError as err:
        return False if err.code == 404 else None
    except (URLError, OSError):
        return None


def public_repository_warning(
    env: dict[str, str],
    has_private_contacts: bool,
    is_public: Callable[[str], bool | None] = github_repository_is_public,
) -> str | None:
    """A Dutch warning when the site is built (by Netlify: REPOSITORY_URL is set) from a
    public repository while the content holds non-public contacts (``publiek: false``):
    the site never shows them, but anyone can read them in the repository."""
    slug = repository_slug(env.get("REPOSITORY_URL", ""))
    if not has_private_contacts or slug is None or "github.com" not in env.get("REPOSITORY_URL", ""):
        return None
    if not is_public(slug):
        return None
    return (
        f"content/_data/contacten.yml: er staan niet-openbare contacten in (publiek: false), maar de repository "
        f"{slug} is openbaar: iedereen kan hun gegevens daar lezen. Maak de repository privé, of haal deze "
        "contacten eruit."
    )


def entry_path(src_uri: str, paginas: Mapping[str, PaginaInfo] | None = None) -> str | None:
    """The page's entry in the CMS (``#/collections/<name>/entries/<slug>``), or None."""
    folder, _, name = src_uri.rpartition("/")
    if not name.endswith(".md"):
        return None
    slug = name.removesuffix(".md")
    for t in TYPES:
        if t.is_pagina and t.plek == folder:
            if t.naam == "thema" and paginas is not None and not _has_status(paginas, src_uri):
                return f"#/collections/themas-overig/entries/{slug}"
            return f"#/collections/{t.naam}/entries/{slug}"
    for collection, _, where in FOLDERS:
        if where == folder:
            return f"#/collections/{collection}/entries/{slug}"
    return None


def _has_status(paginas: Mapping[str, PaginaInfo], src_uri: str) -> bool:
    return src_uri in paginas and paginas[src_uri].heeft_status
