"""The content of the site, read once per build and checked as a whole.

:func:`laad` reads every page and data file below ``docs_dir`` exactly once, validates
each into the typed objects of its domain, resolves every cross-reference (pages,
headings, contacts, regions, themes, sources, modules, events, kits, regelingen, blocks)
and returns one :class:`Inhoud` -- or raises one :class:`ContentError` with every
problem of every file. A file that cannot be read hides nothing else: the ids of a
broken data file are read leniently so that other files are still checked against them.

Nothing here knows MkDocs; plugins read this model and never the files.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kbz_site.bronnen.citaten import Bronteksten, citaat_problemen, load_bronteksten
from kbz_site.bronnen.model import Bron, BronnenFile, PageSources
from kbz_site.contacten.model import Contact, ContactenFile, ContactId, Regio, RegiosFile, Registry
from kbz_site.financiering.model import Parameters
from kbz_site.financiering.waarden import waarden
from kbz_site.schemas import TYPES
from kbz_site.scholing.model import AgendaFile, Event, Module, ScholingFile
from kbz_site.scholing.startersmappen import Startersmap, StartersmappenFile
from kbz_site.search.synonyms import Synoniem, Synoniemen
from kbz_site.themas.model import KOPJES, SECTIONS, ThemaMeta
from kbz_site.validation import ContentError, Problem
from kbz_site.validation.loader import _duplicates, parse_yaml, validate
from kbz_site.validation.tekst import Beschrijving, GeenHtml
from kbz_site.validation.yaml_lines import LineDict, LineList, line_of

from . import blokken, paden
from .links import controleer_links
from .markdown import Pagina, lees_pagina

DATA = {
    "bronnen": "_data/bronnen.yml",
    "contacten": "_data/contacten.yml",
    "regios": "_data/regios.yml",
    "financiering": "_data/financiering.yml",
    "scholing": "_data/scholing.yml",
    "agenda": "_data/agenda.yml",
    "startersmappen": "_data/startersmappen.yml",
}
# Data files a site may leave out.
OPTIONEEL = {"synoniemen": "_data/synoniemen.yml"}


@dataclass(frozen=True)
class Tekstblokken:
    """pymdownx.snippets as mkdocs.yml sets it up: where snippets live, which are appended
    to every page (our abbreviation list), and how to name mkdocs.yml in a message."""

    mappen: tuple[Path, ...]
    automatisch: tuple[str, ...]
    instellingen: str  # "mkdocs.yml"
    instellingen_tekst: str


_AFKORTING = re.compile(r"^\*\[[^\]]+\]:[ \t]+\S.*$|^<!--.*-->$")


def _tekstblok_problemen(tb: Tekstblokken, paginas: Iterable[Pagina], weergave: Callable[[Path], str]) -> list[Problem]:
    def vind(naam: str) -> Path | None:
        return next((m / naam for m in tb.mappen if (m / naam).is_file()), None)

    problemen = []
    for naam in tb.automatisch:
        path = vind(naam)
        if path is None:
            regel = next((n for n, t in enumerate(tb.instellingen_tekst.splitlines(), 1) if naam in t), 1)
            problemen.append(
                Problem(
                    tb.instellingen,
                    regel,
                    f"de afkortingenlijst '{naam}' staat niet in content/_snippets/; zet het "
                    "bestand terug of pas de naam hier aan",
                )
            )
            continue
        bestand, p = lees_bestand(path, weergave(path))
        problemen += p
        for n, line in enumerate((bestand.tekst or "").splitlines(), 1):
            if line.strip() and not _AFKORTING.match(line.strip()):
                problemen.append(
                    Problem(
                        bestand.weergave,
                        n,
                        "elke regel hier is een afkorting in de vorm '*[AW]: aandachtswijk' "
                        "(sterretje, afkorting tussen [ ], dubbele punt, uitleg)",
                    )
                )
    for pagina in paginas:
        for snippet in pagina.tekstblokken:
            if vind(snippet.doel) is None:
                problemen.append(
                    Problem(
                        pagina.weergave, snippet.regel, f"tekstblok '{snippet.doel}' bestaat niet in content/_snippets/"
                    )
                )
    return problemen


class Verwijzingen(PageSources):
    """What any page's front matter holds that the site relies on: its sources and
    contacts, and text Material prints as it is (so it may hold no HTML)."""

    title: GeenHtml | None = None
    description: Beschrijving | None = None
    contacten: list[ContactId] = []
    tags: list[GeenHtml] = []


EIGEN_CODE = "assets/kbz/"  # our own scripts (the rekenhulp); reviewed code, not content


@dataclass
class Bestand:
    """A file's text, read once; ``None`` when it could not be read (the problem says why)."""

    weergave: str
    tekst: str | None


@dataclass
class Inhoud:
    paginas: dict[str, Pagina]
    bronnen: dict[str, Bron]
    contacten: dict[str, Contact]
    regios: dict[str, Regio]
    financiering: Parameters
    modules: dict[str, Module]
    evenementen: list[Event]
    startersmappen: list[Startersmap]
    themas: dict[str, ThemaMeta]  # by page path: themas/solk.md
    # Validated blocks per page, in page order: {"themas/solk.md": [("stroomschema", spec), ...]}
    blokken: dict[str, list[tuple[str, BaseModel]]] = field(default_factory=dict)
    # Contact ids named in a page's front matter (`contacten:`)
    pagina_contacten: dict[str, list[str]] = field(default_factory=dict)
    pagina_bronnen: dict[str, list[Bron]] = field(default_factory=dict)
    # Search synonyms (content/_data/synoniemen.yml), each with where it is written: (file, line)
    synoniemen: list[tuple[Synoniem, str, int]] = field(default_factory=list)

    # The contact registry's own lookups (kbz_site/contacten), over the model's contacts.
    def in_regio(self, regio_id: str) -> list[Contact]:
        return Registry(self.contacten, self.regios).in_regio(regio_id)

    def voor_thema(self, thema_id: str) -> list[Contact]:
        return Registry(self.contacten, self.regios).voor_thema(thema_id)

    def gegenereerde_paginas(self) -> set[str]:
        """Every page a plugin generates from data (see :mod:`paden`)."""
        return paden.gegenereerd(
            self.regios,
            self.modules,
            (k.id for k in self.startersmappen),
            ((e.module, e.regio) for e in self.evenementen),
        )


def lees_bestand(path: Path, weergave: str) -> tuple[Bestand, list[Problem]]:
    """One read of one file; an unreadable or non-UTF-8 file is a problem, not a crash."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        reden = "het bestand ontbreekt" if isinstance(err, FileNotFoundError) else "het bestand kan niet gelezen worden"
        return Bestand(weergave, None), [Problem(weergave, 1, f"{reden} ({err.strerror or err})")]
    try:
        tekst = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return Bestand(weergave, None), [
            Problem(weergave, line, "het bestand is geen UTF-8-tekst; sla het op als UTF-8")
        ]
    return Bestand(weergave, tekst.removeprefix("\ufeff").replace("\r\n", "\n")), []


def _ids(data: Any, key: str) -> set[str] | None:
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return None
    return {str(i["id"]) for i in items if isinstance(i, dict) and "id" in i}


class _Lader:
    """Collects problems while the model is put together; raises them all at the end."""

    def __init__(self, bestanden: dict[str, Bestand]):
        self.bestanden = bestanden
        self.problemen: list[Problem] = []

    def yaml(self, rel: str) -> Any:
        bestand = self.bestanden.get(rel)
        if bestand is None or bestand.tekst is None:
            return None
        try:
            data = parse_yaml(bestand.tekst, bestand.weergave)
        except ContentError as err:
            self.problemen += err.problems
            return None
        if data is None:
            self.problemen.append(Problem(bestand.weergave, 1, "het bestand is leeg"))
        return data

    def valideer(self, data: Any, schema: Any, rel: str, context: dict[str, Any] | None = None, offset: int = 0) -> Any:
        if data is None:
            return None
        weergave = self.bestanden[rel].weergave if rel in self.bestanden else rel
        try:
            return validate(data, schema, weergave, offset, context)
        except ContentError as err:
            self.problemen += err.problems
            return None

    def uniek(self, data: Any, lijst: str, rel: str) -> None:
        if isinstance(data, dict) and isinstance(data.get(lijst), LineList):
            self.problemen += _duplicates(data, lijst, "id", self.bestanden[rel].weergave)


def te_lezen(docs: Path, uitgesloten: Callable[[str], bool]) -> Iterable[tuple[str, Path]]:
    """Every page and data file below ``docs``: (relative path, path). ``uitgesloten(rel)``
    says which files MkDocs leaves out (``exclude_docs``); data files count all the same."""
    for root, dirs, files in os.walk(docs):
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            rel = path.relative_to(docs).as_posix()
            if rel in DATA.values() or rel in OPTIONEEL.values() or (name.endswith(".md") and not uitgesloten(rel)):
                yield rel, path


def lees_alles(
    docs: Path, weergave: Callable[[Path], str], uitgesloten: Callable[[str], bool]
) -> tuple[dict[str, Bestand], list[Problem]]:
    """Every page and data file, read once."""
    bestanden: dict[str, Bestand] = {}
    problemen: list[Problem] = []
    for rel, path in te_lezen(docs, uitgesloten):
        bestanden[rel], p = lees_bestand(path, weergave(path))
        problemen += p
    return bestanden, problemen


def laad(
    docs: Path,
    weergave: Callable[[Path], str],
    uitgesloten: Callable[[str], bool] = lambda rel: False,
    bestanden: dict[str, Bestand] | None = None,
    paginas: dict[str, tuple[Pagina, list[Problem]]] | None = None,
    problemen: Iterable[Problem] = (),
    andere_themas: Iterable[str] = (),
    site_url: str | None = None,
    tekstblokken: Tekstblokken | None = None,
    bronteksten: Path | None = None,
) -> Inhoud:
    """The whole content, checked. ``bestanden`` and ``paginas`` may come from a cache
    (``mkdocs serve`` re-reads only what changed); otherwise everything is read here."""
    if bestanden is None:
        bestanden, gelezen = lees_alles(docs, weergave, uitgesloten)
        problemen = [*problemen, *gelezen]
    lader = _Lader(bestanden)
    lader.problemen += problemen
    for rel in DATA.values():
        if rel not in bestanden:
            lader.problemen.append(Problem(weergave(docs / rel), 1, "het bestand ontbreekt; zet het terug"))

    # Pages: one scan each (front matter, headings, blocks, links).
    if paginas is None:
        paginas = {}
    pagina: dict[str, Pagina] = {}
    for rel, bestand in bestanden.items():
        if not rel.endswith(".md") or bestand.tekst is None:
            continue
        if rel not in paginas:
            paginas[rel] = lees_pagina(rel, bestand.weergave, bestand.tekst, blokken.SOORTEN)
        pagina[rel], scan_problemen = paginas[rel]
        lader.problemen += scan_problemen

    if tekstblokken is not None:
        lader.problemen += _tekstblok_problemen(tekstblokken, pagina.values(), weergave)

    # Data files: parsed, ids peeked for cross-references, then validated with them.
    raw = {naam: lader.yaml(rel) for naam, rel in DATA.items()}
    fin_ids = raw["financiering"].get("regelingen") if isinstance(raw["financiering"], dict) else None
    themas_dir = paden.THEMAS
    overige = {f"{themas_dir}/index.md", *andere_themas}
    thema_paginas = [r for r in pagina if r.startswith(f"{themas_dir}/") and r not in overige]
    context: dict[str, Any] = {
        "bronnen": _ids(raw["bronnen"], "bronnen"),
        "contacten": _ids(raw["contacten"], "contacten"),
        "regios": _ids(raw["regios"], "regios"),
        "modules": _ids(raw["scholing"], "modules"),
        "regelingen": {str(r.get("id")) for r in fin_ids if isinstance(r, dict)} if isinstance(fin_ids, list) else None,
        "themas": {Path(r).stem for r in thema_paginas},
    }
    for naam, lijst in (
        ("bronnen", "bronnen"),
        ("contacten", "contacten"),
        ("regios", "regios"),
        ("scholing", "modules"),
        ("agenda", "evenementen"),
        ("startersmappen", "startersmappen"),
        ("financiering", "disciplines"),
        ("financiering", "regelingen"),
    ):
        lader.uniek(raw[naam], lijst, DATA[naam])

    bronnen_file = lader.valideer(raw["bronnen"], BronnenFile, DATA["bronnen"])
    synoniemen: list[tuple[Synoniem, str, int]] = []
    if OPTIONEEL["synoniemen"] in bestanden:
        raw_syn = lader.yaml(OPTIONEEL["synoniemen"])
        syn_file = lader.valideer(raw_syn, Synoniemen, OPTIONEEL["synoniemen"])
        if syn_file is not None:
            weergave_syn = bestanden[OPTIONEEL["synoniemen"]].weergave
            synoniemen = [
                (s, weergave_syn, line_of(raw_syn, ("synoniemen", n, "vindt")) or 1)
                for n, s in enumerate(syn_file.synoniemen)
            ]
    contacten_file = lader.valideer(raw["contacten"], ContactenFile, DATA["contacten"], context)
    regios_file = lader.valideer(raw["regios"], RegiosFile, DATA["regios"], context)
    params = lader.valideer(raw["financiering"], Parameters, DATA["financiering"])
    scholing = lader.valideer(raw["scholing"], ScholingFile, DATA["scholing"], context)
    agenda = lader.valideer(raw["agenda"], AgendaFile, DATA["agenda"], context)
    kop_context = {**context, "paginas": {rel: [k.tekst for k in p.koppen] for rel, p in pagina.items()}}
    for regio in context["regios"] or ():
        kop_context["paginas"].setdefault(paden.regio_pagina(regio), [])
    kits = lader.valideer(raw["startersmappen"], StartersmappenFile, DATA["startersmappen"], kop_context)

    # Front matter of every page: its sources and contacts, and the schema of its type.
    themas: dict[str, ThemaMeta] = {}
    pagina_contacten: dict[str, list[str]] = {}
    pagina_bronnen_ids: dict[str, list[str]] = {}
    typen = [t for t in TYPES if t.is_pagina and t.naam != "thema"]
    for rel, p in pagina.items():
        if not p.kop_leesbaar:
            continue  # its YAML problem is reported; missing-field messages would only mislead
        meta = lader.valideer(p.kop, Verwijzingen, rel, context, p.kop_regel) if p.heeft_kop else Verwijzingen()
        if meta is not None:
            pagina_bronnen_ids[rel] = list(meta.bronnen)
            pagina_contacten[rel] = list(meta.contacten)
        if rel in thema_paginas:
            themas_meta = _thema(lader, p, context)
            if themas_meta is not None:
                themas[rel] = themas_meta
        for t in typen:
            if rel.startswith(f"{t.plek}/") and "/" not in rel[len(t.plek) + 1 :] and not rel.endswith("index.md"):
                if not p.heeft_kop:
                    lader.problemen.append(
                        Problem(p.weergave, 1, f"een {t.label.lower()} begint met een kop tussen twee regels '---'")
                    )
                else:
                    lader.valideer(p.kop, t.model, rel, context, p.kop_regel)

    # Blocks: each validated with its own schema, at its own line.
    blok_specs: dict[str, list[tuple[str, BaseModel]]] = {}
    teksten = _bronteksten(lader, raw["bronnen"], bronteksten) if bronteksten else None
    blok_context = {**context, **blokken.context(params), "bronteksten": teksten}
    if params is None:  # financiering.yml has a problem: its ids are still known
        blok_context["disciplines"] = _ids(raw["financiering"], "disciplines")
        blok_context["regelingen"] = context["regelingen"]
    for rel, p in pagina.items():
        gevonden = []
        for blok in p.blokken:
            data = _blok_yaml(lader, p, blok)
            spec = lader.valideer(data, blokken.SOORTEN[blok.soort], rel, blok_context, blok.regel)
            if spec is not None:
                gevonden.append((blok.soort, spec))
        if gevonden:
            blok_specs[rel] = gevonden

    # Figures named in text ({{ tarief.standaard }}) must exist in financiering.yml.
    if params is not None:
        bekend = waarden(params)
        for p in pagina.values():
            for w in p.waarden:
                if w.doel not in bekend:
                    lader.problemen.append(
                        Problem(
                            p.weergave,
                            w.regel,
                            f"onbekend getal '{{{{ {w.doel} }}}}'; kies uit: {', '.join(sorted(bekend))}",
                        )
                    )

    # Citation footnotes ([^kader-1]: "quote") in page text quote their source.
    if teksten is not None and teksten.teksten:  # without any source text, bronnen.yml says so already
        for p in pagina.values():
            if "[^" in p.tekst:
                lader.problemen += [
                    Problem(p.weergave, regel, probleem) for regel, probleem in citaat_problemen(p.tekst, teksten)
                ]

    # Links and files: checked whatever else is wrong, against the pages data generates.
    agenda_raw = raw["agenda"].get("evenementen") if isinstance(raw["agenda"], dict) else None
    events = [
        (str(e.get("module")), str(e["regio"]) if e.get("regio") else None)
        for e in (agenda_raw if isinstance(agenda_raw, list) else [])
        if isinstance(e, dict)
    ]
    gegenereerd = paden.gegenereerd(
        context["regios"] or (), context["modules"] or (), _ids(raw["startersmappen"], "startersmappen") or (), events
    )
    op_schijf = set(bestanden_op_schijf(docs, uitgesloten))
    lader.problemen += controleer_links(pagina, gegenereerd, op_schijf, site_url)
    lader.problemen += [
        Problem(weergave(docs / rel), 1, "een pagina eindigt op .md, in kleine letters; hernoem het bestand")
        for rel in sorted(op_schijf)
        if Path(rel).suffix.lower() in (".md", ".markdown", ".mdown", ".mkd") and Path(rel).suffix != ".md"
    ]
    lader.problemen += [
        Problem(weergave(docs / rel), 1, "bestanden met code (.js, .html) horen niet in content/; haal dit bestand weg")
        for rel in sorted(op_schijf)
        if rel.lower().endswith((".js", ".mjs", ".html", ".htm", ".xhtml")) and not rel.startswith(EIGEN_CODE)
    ]

    if lader.problemen:
        raise ContentError(lader.problemen)
    inhoud = Inhoud(
        paginas=pagina,
        bronnen={b.id: b for b in bronnen_file.bronnen},
        contacten={c.id: c for c in contacten_file.contacten},
        regios={r.id: r for r in regios_file.regios},
        financiering=params,
        modules={m.id: m for m in scholing.modules},
        evenementen=sorted(agenda.evenementen, key=lambda e: e.start),
        startersmappen=list(kits.startersmappen),
        themas=themas,
        blokken=blok_specs,
        pagina_contacten=pagina_contacten,
        synoniemen=synoniemen,
    )
    inhoud.pagina_bronnen = {rel: [inhoud.bronnen[i] for i in ids] for rel, ids in pagina_bronnen_ids.items()}
    return inhoud


def bestanden_op_schijf(docs: Path, uitgesloten: Callable[[str], bool]) -> Iterable[str]:
    """Every file MkDocs publishes from ``docs`` (images, PDFs, pages), relative paths."""
    for root, _, files in os.walk(docs):
        for name in files:
            rel = Path(root, name).relative_to(docs).as_posix()
            if not uitgesloten(rel):
                yield rel


def _bronteksten(lader: _Lader, raw: Any, folder: Path) -> Bronteksten | None:
    """The text of every source in bronnen.yml (kept in bronteksten/, not published); a
    source without its text is a problem at that source's line."""
    items = raw.get("bronnen") if isinstance(raw, dict) else None
    if not isinstance(items, LineList):
        return None
    ids = []
    for item in items:
        if not isinstance(item, LineDict) or "id" not in item:
            continue
        bron = str(item["id"])
        if (folder / f"{bron}.txt").is_file():
            ids.append(bron)
        else:
            lader.problemen.append(
                Problem(
                    lader.bestanden[DATA["bronnen"]].weergave,
                    item.key_lines.get("id", 1),
                    f"bron '{bron}' heeft geen tekst: zet de brontekst in {folder.name}/{bron}.txt, "
                    "dan kan de bouw de citaten controleren",
                )
            )
    return load_bronteksten(folder, ids)


def _blok_yaml(lader: _Lader, p: Pagina, blok: Any) -> Any:
    try:
        return parse_yaml(blok.yaml, p.weergave, blok.regel) or {}
    except ContentError as err:
        lader.problemen += err.problems
        return None


def _thema(lader: _Lader, p: Pagina, context: dict[str, Any]) -> ThemaMeta | None:
    if not p.heeft_kop:
        lader.problemen.append(Problem(p.weergave, 1, "een themapagina begint met een kop tussen twee regels '---'"))
        return None
    meta = lader.valideer(p.kop, ThemaMeta, p.pad, context, p.kop_regel)
    found = {k.tekst for k in p.koppen if k.niveau == 2}
    missing = [s for s in SECTIONS if s not in found]
    h1 = next((k.regel for k in p.koppen if k.niveau == 1), 1)
    for s in missing:
        lader.problemen.append(
            Problem(p.weergave, h1, f"sectie '## {s}' ontbreekt; elke themapagina heeft de kopjes {KOPJES}")
        )
    return meta if not missing else None


def uitsluiter(patronen: Iterable[str]) -> Callable[[str], bool]:
    """``exclude_docs``-style folder and glob patterns as a test on relative paths."""
    pats = [p.strip().strip("/") for p in patronen if p.strip() and not p.strip().startswith("#")]

    def uitgesloten(rel: str) -> bool:
        parts = rel.split("/")
        if any(part.startswith(".") for part in parts):
            return True
        return any(rel.startswith(f"{p}/") or fnmatch.fnmatch(rel, p) for p in pats)

    return uitgesloten


__all__ = ["Inhoud", "laad", "uitsluiter"]
