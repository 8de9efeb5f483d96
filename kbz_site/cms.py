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
    if veld.patroon and field["widget"] in ("string", "text"):
        message = PATTERN_MESSAGES.get(veld.naam, f"Moet voldoen aan het patroon {veld.patroon}.")
        field["pattern"] = [veld.patroon, message]
    return field


BODY = {
    "name": "body",
    "label": "Tekst",
    "widget": "markdown",
    "hint": "Een afbeelding krijgt altijd een beschrijving (alt-tekst) voor wie haar niet ziet.",
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


def config(repo: str, branch: str, paginas: Mapping[str, PaginaInfo] | None = None) -> dict[str, Any]:
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
            {"name": "gegevens", "label": "Gegevens", "files": [*data, _sources_file()]},
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
