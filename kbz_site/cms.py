"""The CMS configuration (/admin/config.yml, Decap CMS format, read by Sveltia CMS),
derived from the schemas.

Every field of every content type becomes a CMS field with the widget for its kind, so
the CMS can never ask for less (or other) than `kbz-site check` demands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kbz_site.schemas import TYPES, ContentType, Veld, fields

LONG_TEXT = {"samenvatting", "inhoud", "toelichting", "inleiding", "description", "rol"}


def cms_field(veld: Veld) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": veld.naam,
        "label": veld.naam.replace("_", " ").capitalize(),
        "required": veld.verplicht,
    }
    if veld.soort == "keuze":
        field |= {"widget": "select", "options": list(veld.keuzes)}
    elif veld.soort == "ja/nee":
        field |= {"widget": "boolean", "default": False}
    elif veld.soort in ("getal", "geheel getal"):
        field |= {"widget": "number", "value_type": "int" if veld.soort == "geheel getal" else "float"}
    elif veld.soort == "datum":
        field |= {"widget": "datetime", "date_format": "YYYY-MM-DD", "time_format": False, "format": "YYYY-MM-DD"}
    elif veld.soort == "datum en tijd":
        field |= {"widget": "datetime", "format": "YYYY-MM-DD HH:mm"}
    elif veld.soort == "object":
        field |= {"widget": "object", "fields": [cms_field(v) for v in veld.velden]}
    elif veld.soort == "lijst" and veld.lijst_van == "object":
        field |= {"widget": "list", "fields": [cms_field(v) for v in veld.velden]}
    elif veld.soort == "lijst":
        field |= {"widget": "list"}
    else:
        field |= {"widget": "text" if veld.naam in LONG_TEXT else "string"}
    return field


def _collection(t: ContentType) -> dict[str, Any]:
    schema_fields = [cms_field(v) for v in fields(t.model)]
    if t.is_pagina:
        return {
            "name": t.naam,
            "label": t.label,
            "folder": f"content/{t.plek}",
            "create": True,
            "extension": "md",
            "format": "frontmatter",
            "slug": "{{slug}}",
            "fields": [*schema_fields, {"name": "body", "label": "Tekst", "widget": "markdown"}],
        }
    return {
        "name": t.naam,
        "label": t.label,
        "file": f"content/{t.plek}",
        "fields": schema_fields
        if t.lijst is None
        else [{"name": t.lijst, "label": t.label, "widget": "list", "fields": schema_fields}],
    }


def repository_slug(url: str) -> str | None:
    """``owner/name`` of a repository URL, without anything else it may carry (a token)."""
    parts = urlsplit(url.strip())
    path = parts.path.strip("/").removesuffix(".git").split("/")
    if parts.scheme not in ("https", "http") or len(path) != 2 or not all(path):
        return None
    return "/".join(path)


def config(repo: str, branch: str, docs: Path | None = None) -> dict[str, Any]:
    pages = [_collection(t) for t in TYPES if t.is_pagina]
    data = [_collection(t) for t in TYPES if not t.is_pagina]
    return {
        "backend": {"name": "github", "repo": repo, "branch": branch, "base_url": "https://api.netlify.com"},
        "publish_mode": "editorial_workflow",  # every change is a pull request with a deploy preview
        "media_folder": "content/assets/media",
        "public_folder": "/assets/media",
        "collections": [*pages, {"name": "gegevens", "label": "Gegevens", "files": data}],
    }
