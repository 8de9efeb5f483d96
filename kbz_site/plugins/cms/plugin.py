"""kbz-cms: the web CMS at /admin/ (Sveltia CMS, served from our own site).

Writes admin/index.html and admin/kbz-admin.js (templates/partials/kbz/admin.*), and
admin/config.yml, whose collections come from the content schemas (kbz_site/cms.py).
"""

from __future__ import annotations

import os

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from kbz_site.cms import BLOKKEN, MEDIA_FOLDER, media_problems, pagina_info, repository_slug
from kbz_site.cms import config as cms_config

from ..common import inhoud, project_root, template_env
from ..vendor.plugin import vendor_version
from .config import CmsConfig

# libyaml's emitter when installed (the wheels include it): the same text, several times faster.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class CmsPlugin(BasePlugin[CmsConfig]):
    def _vendor_url(self, config: MkDocsConfig, inside: str) -> str:
        """The URL kbz-vendor publishes ``node_modules/<inside>`` under, relative to /admin/."""
        parts = inside.split("/")
        cut = 2 if inside.startswith("@") else 1
        package, rest = "/".join(parts[:cut]), "/".join(parts[cut:])
        version = vendor_version(project_root(config) / "node_modules", package)
        return f"../assets/vendor/{package}@{version}/{rest}"

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        self._check_media(files, config)
        repo = repository_slug(os.environ.get(self.config.repo_env, "")) or "eigenaar/kbz-site"
        branch = os.environ.get(self.config.branch_env) or "main"
        paginas = pagina_info(inhoud(config))
        text = yaml.dump(cms_config(repo, branch, paginas), Dumper=_DUMPER, allow_unicode=True, sort_keys=False)
        env = template_env(config, trim=False)
        package = self.config.package
        fonts = [
            ("Source Sans 3", self.config.font_sans),
            ("Noto Mono", self.config.font_mono),
            ("Material Symbols Outlined", self.config.font_icons),
        ]
        pages = {
            "config.yml": text,
            "index.html": env.get_template("partials/kbz/admin.html").render(
                script=self._vendor_url(config, f"{package}/{self.config.script}")
            ),
            "kbz-admin.js": env.get_template("partials/kbz/admin.js").render(
                allowed_origins=[self.config.api_origin],
                version=vendor_version(project_root(config) / "node_modules", package),
                locale_url=self._vendor_url(config, f"{package}/{self.config.locale}"),
                fonts={family: self._vendor_url(config, path) for family, path in fonts},
                blokken=BLOKKEN,
            ),
        }
        for name, content in pages.items():
            files.append(File.generated(config, f"{self.config.folder}/{name}", content=content))
        return files

    @staticmethod
    def _check_media(files: Files, config: MkDocsConfig) -> None:
        """What the CMS uploads must stay harmless and accessible: only images and PDF in
        the media folder, and every image in a page with a description (alt text)."""
        root = project_root(config)
        problems = [
            f"{MEDIA_FOLDER}/{name}: alleen afbeeldingen (png, jpg, webp, gif) en pdf horen in de mediamap; "
            "haal dit bestand weg"
            for name in media_problems(root / MEDIA_FOLDER)
        ]
        # Images without a description are found by the content model (kbz_site/inhoud/markdown.py).
        if problems:
            raise PluginError("\n".join(problems))
