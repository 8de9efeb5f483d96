"""Figures a page may name in its text, so prose never holds a copied number.

    Het kader gaat uit van {{ tarief.standaard }} per AW-ION ...

Each name is one value of content/_data/financiering.yml, shown with the same Dutch
formatter as the worked examples (format.py). Change the value there, and every page
that names it follows. The content model checks every name (file:line); the funding
plugin fills them in.
"""

from __future__ import annotations

from .format import euro, getal, procent
from .model import Parameters


def waarden(p: Parameters) -> dict[str, str]:
    """{name: the figure as the site prints it}."""
    found = {
        "prijspeil": str(p.prijspeil),
        "tarief.standaard": euro(p.tarief.standaard),
        "tarief.laag": euro(p.tarief.laag),
        "tarief.hoog": euro(p.tarief.hoog),
        "normpraktijk": getal(p.normpraktijk),
        "normpraktijk.dubbel": getal(2 * p.normpraktijk),  # "twee keer een normpraktijk"
        "selectiedrempel": procent(p.selectiedrempel),
        "aandeel_praktijken": procent(p.aandeel_praktijken),
    }
    for d in p.disciplines:
        found[f"kosten_per_fte.{d.id}"] = euro(d.kosten_per_fte)
    for r in p.regelingen:
        found[f"regeling.{r.id}.bedrag"] = euro(r.bedrag, centen=r.bedrag != int(r.bedrag))
        if r.stapeling:
            found[f"regeling.{r.id}.stapeling"] = euro(r.stapeling.totaal, centen=True)
    return found
