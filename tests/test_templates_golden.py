"""Golden files: every template in templates/partials/kbz/ rendered with a fixed context.

The expected HTML is in tests/golden/<template>.html (one file per case: <template>--<case>.html
when a template has more than one). The contexts come from the snapshot of the content data in
tests/golden/data/, loaded by the same domain loaders the plugins use, and rendered through the
plugins' template environment (``template_env``) with the filters the plugins register. A change to
a template shows up as a diff of its golden file: `make golden` rewrites them, then review the diff.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import pytest
import yaml
from mkdocs.config import load_config

from kbz_site.bronnen import load_bronnen
from kbz_site.contacten import load_registry_in
from kbz_site.contacten.kaart import kaart
from kbz_site.contacten.model import Registry
from kbz_site.financiering import Parameters, budget, inzet, load_parameters, tarief
from kbz_site.financiering import format as fmt
from kbz_site.financiering.chart import tariefgrafiek
from kbz_site.financiering.steps import budget_stappen, inzet_stappen, kwartaal_stappen, tarief_stappen
from kbz_site.plugins.common import template_env
from kbz_site.scholing.model import AMSTERDAM, datum_tijd, load_agenda, load_modules, split
from kbz_site.scholing.startersmappen import Startersmap, load_kits
from kbz_site.stroomschema import Stroomschema, stappen_tekst
from kbz_site.themas import load_theme

from .support import ROOT

GOLDEN = Path(__file__).parent / "golden"
DATA = GOLDEN / "data"
TEMPLATES = ROOT / "templates/partials/kbz"
NU = dt.datetime(2026, 6, 1, tzinfo=AMSTERDAM)  # the learning plugin's `nu`: which events are past
UNTRIMMED = {"thema-kop.html", "thema-voet.html", "stroomschema.html", "admin.html"}  # template_env(trim=False)


def display(path: Path) -> str:
    return f"content/_data/{path.name}"


@cache
def env(trim: bool) -> jinja2.Environment:
    config = load_config(str(ROOT / "mkdocs.yml"))
    e = template_env(config, trim=trim)
    # The filters the plugins register (kbz-financiering, kbz-contacten, kbz-scholing).
    e.filters.update(euro=fmt.euro, getal=fmt.getal, procent=fmt.procent, fte=fmt.fte, datum_tijd=datum_tijd)
    e.filters["contacten"] = lambda ids: [registry().contacten[i] for i in ids]
    return e


@cache
def registry() -> Registry:
    return load_registry_in(DATA, display)


@cache
def params() -> Parameters:
    return load_parameters(DATA / "financiering.yml", display(DATA / "financiering.yml"))


def links() -> dict[str, Callable[[str], str]]:
    """The URL helpers the plugins pass, as if the page were /pagina/."""
    return {
        "vcf": lambda i: f"../contacten/{i}.vcf",
        "regio_url": lambda i: f"../regios/{i}/",
        "url": lambda target: f"../{target}",
    }


@cache
def learning() -> dict[str, Any]:
    reg = registry()
    bronnen = set(load_bronnen(DATA / "bronnen.yml", "content/_data/bronnen.yml"))
    modules = load_modules(DATA / "scholing.yml", display(DATA / "scholing.yml"), bronnen, set(reg.contacten))
    events = load_agenda(DATA / "agenda.yml", display(DATA / "agenda.yml"), set(modules), set(reg.regios))
    komend, voorbij = split(events, NU)
    filters = {
        "regio": sorted({(e.regio, reg.regios[e.regio].naam) for e in events if e.regio}),
        "module": sorted({(e.module, modules[e.module].titel) for e in events}),
    }
    return {
        **links(),
        "base": "scholing",
        "registry": reg,
        "modules": modules,
        "events": events,
        "komend": komend,
        "voorbij": voorbij,
        "filters": filters,
    }


def contacts() -> dict[str, Any]:
    reg = registry()
    return {**links(), "registry": reg, "regios": list(reg.regios.values())}


def kit_list() -> list[Startersmap]:
    raw = yaml.safe_load((DATA / "startersmappen.yml").read_text(encoding="utf-8"))
    paginas: dict[str, set[str]] = {}
    for k in raw["startersmappen"]:
        for h in k["hoofdstukken"]:
            if h.get("pagina"):
                paginas.setdefault(h["pagina"], set()).update([h["sectie"]] if h.get("sectie") else [])
    return load_kits(DATA / "startersmappen.yml", display(DATA / "startersmappen.yml"), paginas)


def kit() -> dict[str, Any]:
    return {"kit": kit_list()[0], "marker": "<!-- kbz:hoofdstuk:{} -->"}


BRON = {"bron": "kader", "citaat": "een citaat uit het kader"}  # not checked without the source texts
FLOWCHART = Stroomschema.model_validate(
    {
        "titel": "Voorbeeld",
        "stappen": [
            {"vraag": "Heeft de cliënt hulp nodig?", "keuzes": {"ja": "verwijzen", "nee": "klaar"}, **BRON},
            {"id": "verwijzen", "tekst": "De huisarts verwijst naar de wijk.", **BRON},
            {"id": "klaar", "tekst": "Geen verdere stappen.", **BRON},
        ],
    }
)


def cases() -> dict[str, Callable[[], dict[str, Any]]]:
    """Golden file name → the context its template gets."""
    p = params()
    fte = {"huisarts": Decimal("0.2"), "poh-kb": Decimal("0.4")}
    first = next(iter(registry().contacten.values()))
    hidden = next((c for c in registry().contacten.values() if not c.publiek), first)
    return {
        "admin": lambda: {"script": "../assets/vendor/@sveltia/cms@0.0.0/sveltia-cms.js"},
        "agenda": lambda: {**learning(), "gefilterd": False},
        "agenda--gefilterd": lambda: {**learning(), "gefilterd": True},
        "bronnen": lambda: {
            "kbz_bronnen": list(load_bronnen(DATA / "bronnen.yml", "content/_data/bronnen.yml").values())
        },
        "contactblok": lambda: {**links(), "contacten": list(registry().contacten.values())[:3]},
        "contactkaart": lambda: {**links(), "c": first},
        "contactkaart--niet-publiek": lambda: {**links(), "c": hidden},
        "evenement": lambda: {**learning(), "e": learning()["events"][0]},
        "evenement--online": lambda: {**learning(), "e": learning()["events"][1]},
        "kaart": lambda: {
            **contacts(),
            "kaart": kaart(ROOT / "node_modules/world-atlas/countries-50m.json", registry().regios.values()),
        },
        "module-lijst": lambda: {**learning(), "modules": learning()["modules"].values()},
        "module-pagina": lambda: {
            **learning(),
            "m": learning()["modules"]["laaggeletterdheid"],
            "events": learning()["komend"],
        },
        "parameters": lambda: {
            "params": p,
            "bronnen": load_bronnen(DATA / "bronnen.yml", "content/_data/bronnen.yml"),
        },
        "regio-lijst": contacts,
        "regio-pagina": lambda: {
            **contacts(),
            "regio": (regio := next(r for r in registry().regios.values() if r.regeling)),
            "regeling": p.regeling(regio.regeling or ""),
            "startersmappen": kit_list(),
        },
        "regio-personen": lambda: {**contacts(), "wat": "linking_pins"},
        "regio-personen--trainers": lambda: {**contacts(), "wat": "trainer_coaches"},
        "regio-status": lambda: {"status": "actief"},
        "rekenhulp": lambda: {"params": p, "rekenhulp_json": '{"voorbeeld": true}'},
        "verdeelhulp": lambda: {"params": p, "rekenhulp_json": '{"voorbeeld": true}'},
        "problemen": lambda: {"problemen": ["content/themas/solk.md:6: 'status' moet een van deze waarden zijn"]},
        "rekenvoorbeeld--budget": lambda: {
            "titel": "Budget",
            "stappen": budget_stappen(budget(4190, Decimal(35), Decimal(60), fte, p)),
        },
        "rekenvoorbeeld--tarief": lambda: {
            "titel": None,
            "stappen": tarief_stappen(tarief(4190, Decimal(45), fte, p)),
        },
        "rekenvoorbeeld--inzet": lambda: {
            "titel": "Inzet",
            "stappen": inzet_stappen(inzet(Decimal(100000), {"huisarts": 1, "poh-kb": 2}, p)),
        },
        "rekenvoorbeeld--kwartaal": lambda: {
            "titel": "Kwartaal",
            "stappen": kwartaal_stappen("Regeling", "per jaar", Decimal(10000)),
        },
        "startersmap": kit,
        "stroomschema": lambda: {
            "schema": FLOWCHART,
            "svg": '<svg aria-hidden="true" class="kbz-stroomschema-svg"><!-- drawn at build time --></svg>',
            "stappen": stappen_tekst(FLOWCHART),
            "nummer": 1,
        },
        "tariefgrafiek": lambda: {
            "g": tariefgrafiek(4190, fte, p, [Decimal(35)]),
            "spec": None,
        },
        "thema-kop": lambda: {"thema": load_theme(DATA / "thema.md", "content/themas/meer-bewegen.md")},
        "thema-voet": lambda: {"thema": load_theme(DATA / "thema.md", "content/themas/meer-bewegen.md")},
    }


def template_of(case: str) -> str:
    return case.split("--")[0] + ".html"


def _case_names() -> list[str]:
    return sorted(cases())


@pytest.mark.parametrize("case", _case_names())
def test_template_matches_its_golden_file(case: str, request: pytest.FixtureRequest) -> None:
    name = template_of(case)
    html = env(name not in UNTRIMMED).get_template(f"partials/kbz/{name}").render(**cases()[case]())
    golden = GOLDEN / f"{case}.html"
    if request.config.getoption("--update-golden"):
        golden.write_text(html, encoding="utf-8")
    assert golden.exists(), f"{golden.name} is missing: run `make golden` and review the new file"
    assert html == golden.read_text(encoding="utf-8"), f"{name} changed: run `make golden` and review the diff"


def test_every_template_has_a_golden_file() -> None:
    templates = {p.name for p in TEMPLATES.glob("*.html")}
    assert templates == {template_of(c) for c in _case_names()}
