"""`kbz-site nieuw TYPE NAAM`: a new page or data item with every required field, placed
where it belongs, that passes `kbz-site check` at once. Derived from the schemas."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from kbz_site.schemas import BY_NAME, ContentType, Veld, fields
from kbz_site.themas import SECTIONS
from kbz_site.validation.loader import peek_ids

OPEN = "nog in te vullen"


def slug(naam: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "nieuw"


def _first(path: Path, key: str) -> str:
    ids = sorted(peek_ids(path, key) or [])
    return ids[0] if ids else OPEN


def _placeholder(veld: Veld, naam: str, known: dict[str, str]) -> Any:
    if veld.naam in known:
        return known[veld.naam]
    if veld.naam in ("title", "titel", "naam"):
        return naam
    if veld.soort == "keuze":
        return "in ontwikkeling" if "in ontwikkeling" in veld.keuzes else veld.keuzes[0]
    if veld.soort == "ja/nee":
        return False  # e.g. publiek: false - nobody's data is published by default
    if veld.soort == "object":
        return _filled(veld.velden, naam, known)
    if veld.soort == "lijst":
        if veld.lijst_van == "object":
            return [_filled(veld.velden, naam, known)]
        return [OPEN]
    if veld.soort in ("getal", "geheel getal"):
        return 0
    return OPEN


def _filled(velden: tuple[Veld, ...], naam: str, known: dict[str, Any]) -> dict[str, Any]:
    """The required fields, and optional ones we have a sensible value for (online, pagina)."""
    return {v.naam: _placeholder(v, naam, known) for v in velden if v.verplicht or v.naam in known}


def _item(t: ContentType, naam: str, docs: Path) -> dict[str, Any]:
    next_year = dt.date.today().year + 1
    known = {
        "id": slug(naam),
        "bronnen": [_first(docs / "_data/bronnen.yml", "bronnen")],
        "bron": _first(docs / "_data/bronnen.yml", "bronnen"),
        "module": _first(docs / "_data/scholing.yml", "modules"),
        "coordinaten": {"lat": 52.1, "lon": 5.3},  # the middle of the country: move it
        "begin": dt.datetime(next_year, 1, 15, 10, 0),
        "einde": dt.datetime(next_year, 1, 15, 12, 0),
        "online": True,
        "pagina": "over-kbz/index.md",
        "date": dt.date.today(),
        "steden": [OPEN],
    }
    return _filled(fields(t.model), naam, known)


def nieuw(soort: str, naam: str, root: Path) -> Path:
    """Write the new item; the path of the file written to."""
    t = BY_NAME[soort]
    docs = root / "content"
    item = _item(t, naam, docs)
    if t.is_pagina:
        item.pop("id", None)
        path = docs / t.plek / f"{slug(naam)}.md"
        if path.exists():
            raise FileExistsError(f"{path.relative_to(root)} bestaat al")
        front = yaml.safe_dump(item, allow_unicode=True, sort_keys=False).strip()
        body = f"# {naam}\n\n" + (
            "".join(f"## {s}\n\n{OPEN.capitalize()}.\n\n" for s in SECTIONS)
            if soort == "thema"
            else f"{OPEN.capitalize()}.\n"
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{front}\n---\n\n{body}", encoding="utf-8")
        # No nav to edit: the folder's .nav.yml appends new pages to its section (awesome-nav).
        return path
    if t.lijst is None:
        raise ValueError(f"'{soort}' is één bestand ({t.plek}); pas dat aan in plaats van iets nieuws te maken")
    path = docs / t.plek
    if slug(naam) in (peek_ids(path, t.lijst) or set()):
        raise FileExistsError(f"id '{slug(naam)}' bestaat al in {path.relative_to(root)}")
    text = path.read_text(encoding="utf-8") if path.exists() else f"{t.lijst}:\n"
    text = re.sub(rf"^{t.lijst}:\s*\[\]\s*$", f"{t.lijst}:", text, flags=re.M)
    entry = yaml.safe_dump([item], allow_unicode=True, sort_keys=False, default_flow_style=False)
    indented = "".join(f"  {line}\n" for line in entry.splitlines())
    path.write_text(text.rstrip("\n") + "\n" + indented, encoding="utf-8")
    return path
