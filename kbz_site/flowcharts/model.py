"""A stroomschema as editors write it, and the two things made from it.

    ```stroomschema
    titel: De Nieuwe GGZ
    stappen:
      - De patiënt gaat eerst naar de POH-GGZ.
      - vraag: Is een verwijzing nodig?
        keuzes: {ja: dng, nee: einde}
      - id: dng
        tekst: Verwijzing naar De Nieuwe GGZ.
    ```

Each step becomes one node of the chart (Graphviz DOT, drawn to SVG at build time) and one item of the ordered list that
screen readers and print get, so chart and text always have the same steps. A step
goes on to the next one unless it says ``naar:`` (another step's id, or ``einde``) or
is a ``vraag`` with ``keuzes``.
"""

from __future__ import annotations

import textwrap
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
EINDE = "einde"


class _Stap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: Id | None = None


class Actie(_Stap):
    tekst: Annotated[str, Field(min_length=1)]
    naar: Id | None = None


class Vraag(_Stap):
    vraag: Annotated[str, Field(min_length=1)]
    keuzes: Annotated[dict[str, Id], Field(min_length=2)]


Stap = Actie | Vraag


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
        ids = {s.id for s in self.stappen if s.id}
        for stap in self.stappen:
            targets = list(stap.keuzes.values()) if isinstance(stap, Vraag) else [stap.naar] if stap.naar else []
            for target in targets:
                if target != EINDE and target not in ids:
                    raise ValueError(f"stap '{target}' bestaat niet; geef die stap 'id: {target}' of kies 'einde'")
        return self

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
