"""kbz-stroomschema: ```stroomschema blocks become an SVG chart plus the same steps as text.

The blocks come from the content model (checked there, citations included). Every chart
of the site is drawn once per build, in one Node process (Graphviz, kbz_site/stroomschema/),
before MkDocs touches site/; rendered with templates/partials/kbz/stroomschema.html.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kbz_site.inhoud import vervang_blokken
from kbz_site.stroomschema import RenderError, Stroomschema, dot_source, render_svgs, stappen_tekst

from ..common import inhoud, project_root, template_env
from .config import StroomschemaConfig

KINDS = ("stroomschema",)


class StroomschemaPlugin(BasePlugin[StroomschemaConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        charts = [
            (page, spec)
            for page, blocks in inhoud(config).blokken.items()
            for kind, spec in blocks
            if kind in KINDS and isinstance(spec, Stroomschema)
        ]
        root = project_root(config)
        try:
            svgs = render_svgs(
                [dot_source(spec) for _, spec in charts], root / self.config.node_modules, root / self.config.cache_dir
            )
        except RenderError as err:
            raise PluginError(f"kbz-stroomschema: {err}") from None
        self.charts: dict[str, list[tuple[Stroomschema, str]]] = {}
        for (page, spec), svg in zip(charts, svgs, strict=True):
            self.charts.setdefault(page, []).append((spec, svg))
        self.template = template_env(config, trim=False).get_template("partials/kbz/stroomschema.html")

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        charts = self.charts.get(page.file.src_uri)
        if not charts:
            return markdown
        html = [
            "\n".join(
                line
                for line in self.template.render(
                    schema=spec, svg=svg, stappen=stappen_tekst(spec), nummer=n
                ).splitlines()
                if line.strip()
            )
            for n, (spec, svg) in enumerate(charts, 1)
        ]
        return vervang_blokken(markdown, KINDS, lambda n: html[n])
