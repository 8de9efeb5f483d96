"""A stroomschema as editors write it, and the two things made from it.

    ```stroomschema
    titel: De Nieuwe GGZ
    stappen:
      - tekst: De patiënt gaat eerst naar de POH-GGZ.
        bron: zorg-om-zorg
        citaat: De patiënt gaat eerst naar de POH-GGZ.
      - vraag: Moet er een verwijzing komen?
        keuzes: {ja: dng, nee: einde}
        bron: zorg-om-zorg
        citaat: Als er een verwijzing moet komen
      - id: dng
        tekst: De verwijzing gaat naar De Nieuwe GGZ.
        bron: zorg-om-zorg
        citaat: dan naar De Nieuwe GGZ
    ```

Each step becomes one node of the chart (Graphviz DOT, drawn to SVG at build time) and one item of the ordered list that
screen readers and print get, so chart and text always have the same steps. A step
goes on to the next one unless it says ``naar:`` (another step's id, or ``einde``) or
is a ``vraag`` with ``keuzes``.

Every step names its source: ``bron`` (an id from content/_data/bronnen.yml) and
``citaat`` (a short quote from that source's text). When the validation context holds
the source texts (``context["bronteksten"]``, see :mod:`kbz_site.bronnen.citaten`), the
quote must be found there; otherwise the step is an error at its line.
"""

from __future__ import annotations

import textwrap
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationInfo, field_validator, model_validator

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
EINDE = "einde"


class _Stap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: Id | None = None
    bron: Id
    citaat: Annotated[str, Field(min_length=1)]

    @field_validator("citaat")
    @classmethod
    def _citaat_in_bron(cls, value: str, info: ValidationInfo) -> str:
        teksten = (info.context or {}).get("bronteksten")
        bron = info.data.get("bron")
        if teksten is not None and bron is not None:
            problem = teksten.controleer(bron, value)
            if problem:
                raise ValueError(problem)
        return value


class Actie(_Stap):
    tekst: Annotated[str, Field(min_length=1)]
    naar: Id | None = None


class Vraag(_Stap):
    vraag: Annotated[str, Field(min_length=1)]
    keuzes: Annotated[dict[str, Id], Field(min_length=2)]


def _soort(value: Any) -> str:
    # A step with 'vraag' is a question; anything else is checked as an action, so an
    # editor gets the errors of one kind of step only.
    if isinstance(value, dict):
        return "vraag" if "vraag" in value else "actie"
    return "vraag" if isinstance(value, Vraag) else "actie"


Stap = Annotated[Annotated[Actie, Tag("actie")] | Annotated[Vraag, Tag("vraag")], Discriminator(_soort)]


def _targets(stap: Actie | Vraag) -> list[str]:
    if isinstance(stap, Vraag):
        return list(stap.keuzes.values())
    return [stap.naar] if stap.naar else []


class Stroomschema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    titel: Annotated[str, Field(min_length=1)]
    stappen: Annotated[list[Stap], Field(min_length=2)]

    @field_validator("stappen", mode="before")
    @classmethod
    def _plain_text_is_a_step(cls, value: object) -> object:
        if isinstance(value, list):
            return [{"tekst": v} if isinstance(v, str) else v for v in value]
        return value

    @model_validator(mode="after")
    def _targets_exist(self) -> Stroomschema:
        ids = [s.id for s in self.stappen if s.id]
        double = sorted({i for i in ids if ids.count(i) > 1})
        if double:
            raise ValueError(f"stap-id '{double[0]}' staat er twee keer; geef elke stap een eigen id")
        for stap in self.stappen:
            for target in _targets(stap):
                if target != EINDE and target not in ids:
                    raise ValueError(f"stap '{target}' bestaat niet; geef die stap 'id: {target}' of kies 'einde'")
                if target == stap.id:
                    raise ValueError(f"stap '{target}' verwijst naar zichzelf; kies een andere stap of 'einde'")
        rondje = self._rondje()
        if rondje:
            raise ValueError(
                f"{' -> '.join(rondje)} gaan in een rondje en komen nooit bij het einde; "
                "laat één ervan naar een andere stap of naar 'einde' gaan"
            )
        return self

    def _volgende(self, n: int) -> list[int]:
        """0-based indexes of the steps step ``n`` leads to (the end is not a step)."""
        stap = self.stappen[n]
        targets = _targets(stap) if isinstance(stap, Vraag) or stap.naar else ["+1"]
        found = []
        for target in targets:
            if target == "+1":
                if n + 1 < len(self.stappen):
                    found.append(n + 1)
            elif target != EINDE:
                found.append(next(i for i, s in enumerate(self.stappen) if s.id == target))
        return found

    def _rondje(self) -> list[str]:
        """A cycle of steps with no way out to the end, as step numbers; [] when none."""
        kan_eindigen = set()
        changed = True
        while changed:
            changed = False
            for n in range(len(self.stappen)):
                if n in kan_eindigen:
                    continue
                volgende = self._volgende(n)
                if (
                    not volgende
                    or len(volgende) < len(_targets(self.stappen[n]) or ["+1"])
                    or any(v in kan_eindigen for v in volgende)
                ):
                    kan_eindigen.add(n)
                    changed = True
        vast = [n for n in range(len(self.stappen)) if n not in kan_eindigen]
        return [f"stap {n + 1}" for n in vast]

    def nummer(self, target: str) -> int | None:
        """The 1-based number of the step with this id."""
        for n, stap in enumerate(self.stappen, 1):
            if stap.id == target:
                return n
        return None


# Characters per label line: with 14 pt text, two side-by-side boxes still fit a 360 px screen.
REGEL = 26


def _label(text: str) -> str:
    """A DOT string: wrapped to short lines (Graphviz does not wrap), quotes and backslashes escaped."""
    lines = textwrap.wrap(text, REGEL, break_on_hyphens=False) or [""]
    return '"' + "\\n".join(line.replace("\\", "\\\\").replace('"', '\\"') for line in lines) + '"'


def dot_source(schema: Stroomschema) -> str:
    """Graphviz DOT text, top to bottom: node s1..sN, one per step; a question is a diamond."""
    lines = [
        "digraph {",
        "  rankdir=TB; nodesep=0.25; ranksep=0.35; pad=0.05;",
        '  node [shape=box, style=rounded, fontname="Helvetica", fontsize=14, margin="0.16,0.08"];',
        '  edge [fontname="Helvetica", fontsize=13, arrowsize=0.7];',
    ]
    last = len(schema.stappen)
    for n, stap in enumerate(schema.stappen, 1):
        if isinstance(stap, Vraag):
            lines.append(f'  s{n} [label={_label(stap.vraag)}, shape=diamond, style="", margin="0.02,0.02"];')
        else:
            lines.append(f"  s{n} [label={_label(stap.tekst)}];")
    for n, stap in enumerate(schema.stappen, 1):
        if isinstance(stap, Vraag):
            for label, target in stap.keuzes.items():
                if target != EINDE:
                    lines.append(f"  s{n} -> s{schema.nummer(target)} [label={_label(label)}];")
        elif stap.naar:
            if stap.naar != EINDE:
                lines.append(f"  s{n} -> s{schema.nummer(stap.naar)};")
        elif n < last:
            lines.append(f"  s{n} -> s{n + 1};")
    lines.append("}")
    return "\n".join(lines)


def stappen_tekst(schema: Stroomschema) -> list[str]:
    """The same steps as sentences for an ordered list, with where each one leads."""
    items = []
    last = len(schema.stappen)
    for n, stap in enumerate(schema.stappen, 1):
        if isinstance(stap, Vraag):
            routes = "; ".join(
                f"{label}: {'einde' if t == EINDE else f'ga naar stap {schema.nummer(t)}'}"
                for label, t in stap.keuzes.items()
            )
            items.append(f"{stap.vraag} ({routes}).")
        elif stap.naar and stap.naar != EINDE and schema.nummer(stap.naar) != n + 1:
            items.append(f"{stap.tekst} (Ga verder met stap {schema.nummer(stap.naar)}.)")
        elif stap.naar == EINDE and n < last:
            items.append(f"{stap.tekst} (Einde.)")
        else:
            items.append(stap.tekst)
    return items
