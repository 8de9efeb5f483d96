"""kbz-financiering: funding tables, worked examples, the chart and the rekenhulp.

Loads content/_data/financiering.yml and every ```rekenvoorbeeld``` (and
```kbz-parameters```, ```tariefgrafiek```, ```rekenhulp```) block before MkDocs touches
site/, then replaces each block with HTML from templates/partials/kbz/.
"""

from __future__ import annotations

from typing import cast

import simplejson
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from kbz_site import financiering
from kbz_site.financiering import blocks as fb
from kbz_site.financiering import format as fmt
from kbz_site.financiering.calc import InvoerFout
from kbz_site.financiering.chart import tariefgrafiek
from kbz_site.financiering.steps import (
    budget_stappen,
    inzet_stappen,
    kwartaal_stappen,
    stapeling_stappen,
    tarief_stappen,
)
from kbz_site.financiering.waarden import waarden
from kbz_site.inhoud import Inhoud, vervang_blokken, vul_waarden
from kbz_site.validation import ContentError, Problem

from ..common import content_errors, inhoud, template_env
from .config import FinancieringConfig


class FinancieringPlugin(BasePlugin[FinancieringConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        model = inhoud(config)
        self.params = model.financiering
        self.bronnen = model.bronnen
        self.blocks = {
            # A spec of these kinds was validated against fb.SCHEMAS, so it is one of fb.Spec.
            page: [fb.Block(kind, cast(fb.Spec, spec)) for kind, spec in blocks if kind in fb.KINDS]
            for page, blocks in model.blokken.items()
        }
        self.env = template_env(config)
        self.env.filters.update(euro=fmt.euro, getal=fmt.getal, procent=fmt.procent, fte=fmt.fte)
        # Rendered now, so that `kbz-site check` meets a calculation that fails, at its line.
        with content_errors():
            self.html = self._render_all(model)

    def _render_all(self, model: Inhoud) -> dict[str, list[str]]:
        html, problems = {}, []
        for page, blocks in self.blocks.items():
            pagina = model.paginas[page]
            lines = [b.regel for b in pagina.blokken if b.soort in fb.KINDS]
            rendered = []
            for n, block in enumerate(blocks, 1):
                try:
                    # No blank lines inside: Markdown must see each rendered block as one HTML block.
                    rendered.append("\n".join(r for r in self._render(block, n).splitlines() if r.strip()))
                except InvoerFout as err:
                    line = lines[n - 1] if n <= len(lines) else 1
                    problems.append(Problem(pagina.weergave, line, str(err)))
            html[page] = rendered
        if problems:
            raise ContentError(problems)
        return html

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        files.append(File.generated(config, self.config.json_path, content=self.parameters_json()))
        return files

    def parameters_json(self) -> str:
        p = self.params
        return simplejson.dumps(
            {
                "prijspeil": p.prijspeil,
                "tarief": {"standaard": p.tarief.standaard, "laag": p.tarief.laag, "hoog": p.tarief.hoog},
                "disciplines": [
                    {"id": d.id, "naam": d.naam, "kosten_per_fte": d.kosten_per_fte} for d in p.disciplines
                ],
            },
            use_decimal=True,
            sort_keys=True,
            cls=simplejson.JSONEncoderForHTML,
        )

    def rekenhulp_json(self) -> str:
        """What rekenhulp.js needs, numbers as exact text; goes into a data- attribute (escaped there)."""
        p = self.params
        rotterdam = next((r for r in p.regelingen if r.id == "rotterdam"), None)
        module = rotterdam and {
            "bedrag": str(rotterdam.bedrag),
            "kwartalen": rotterdam.kwartalen,
            "stapeling": str(rotterdam.stapeling.totaal) if rotterdam.stapeling else None,
        }
        return simplejson.dumps(
            {
                "tarief": {
                    "standaard": str(p.tarief.standaard),
                    "laag": str(p.tarief.laag),
                    "hoog": str(p.tarief.hoog),
                },
                "disciplines": [
                    {"id": d.id, "naam": d.naam, "kosten_per_fte": str(d.kosten_per_fte)} for d in p.disciplines
                ],
                "module": module,
                "selectiedrempel": str(p.selectiedrempel),
                "aandeel_praktijken": str(p.aandeel_praktijken),
            },
            ensure_ascii=False,
        )

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if inhoud(config).paginas.get(page.file.src_uri, None) and "{{" in markdown:
            markdown = vul_waarden(markdown, waarden(self.params))  # figures named in the text
        html = self.html.get(page.file.src_uri)
        if not html:
            return markdown
        return vervang_blokken(markdown, fb.KINDS, lambda n: html[n])

    def _render(self, block: fb.Block, n: int) -> str:
        """``n``: the block's number on its page, so that element ids stay unique."""
        spec, p = block.spec, self.params
        if block.kind == "kbz-parameters":
            return self._template("parameters.html", params=p, bronnen=self.bronnen)
        if block.kind == "rekenhulp":
            rotterdam = next((r for r in p.regelingen if r.id == "rotterdam"), None)
            return self._template("rekenhulp.html", params=p, rekenhulp_json=self.rekenhulp_json(), rotterdam=rotterdam)
        if block.kind == "verdeelhulp":
            return self._template("verdeelhulp.html", params=p, rekenhulp_json=self.rekenhulp_json())
        if isinstance(spec, fb.GrafiekBlock):  # kind "tariefgrafiek"
            grafiek = tariefgrafiek(spec.patienten, spec.fte, p, spec.punten)
            return self._template("tariefgrafiek.html", g=grafiek, spec=spec, n=n)
        if isinstance(spec, fb.BudgetBlock):
            tarief = p.tarief.standaard if spec.tarief is None else spec.tarief
            stappen = budget_stappen(financiering.budget(spec.patienten, spec.aw, tarief, spec.fte, p))
        elif isinstance(spec, fb.TariefBlock):
            stappen = tarief_stappen(financiering.tarief(spec.patienten, spec.aw, spec.fte, p))
        elif isinstance(spec, fb.InzetBlock):
            stappen = inzet_stappen(financiering.inzet(spec.budget, spec.verhouding, p))
        else:
            assert isinstance(spec, fb.ModuleBlock)  # the other LeegBlock kinds returned above
            regeling = p.regeling(spec.regeling)
            stappen = (
                kwartaal_stappen(regeling.naam, regeling.grondslag, regeling.bedrag)
                if spec.berekening == "kwartaal"
                else stapeling_stappen(regeling)
            )
        return self._template("rekenvoorbeeld.html", titel=spec.titel, stappen=stappen)

    def _template(self, name: str, **context: object) -> str:
        return self.env.get_template(f"partials/kbz/{name}").render(**context)
