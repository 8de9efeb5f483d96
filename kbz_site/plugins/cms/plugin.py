"""kbz-cms: the web CMS at /admin/ (Sveltia CMS, served from our own site).

Writes admin/index.html (templates/partials/kbz/admin.html) and admin/config.yml, whose
collections come from the content schemas (kbz_site/cms.py).
"""

from __future__ import annotations

import os

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from kbz_site.cms import config as cms_config

from ..common import project_root, template_env
from ..vendor.plugin import vendor_version
from .config import CmsConfig


class CmsPlugin(BasePlugin[CmsConfig]):
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        repo_url = os.environ.get(self.config.repo_env, "").rstrip("/")
        repo = "/".join(repo_url.split("/")[-2:]) if repo_url.count("/") >= 4 else "eigenaar/kbz-site"
        branch = os.environ.get(self.config.branch_env) or "main"
        text = yaml.safe_dump(cms_config(repo, branch), allow_unicode=True, sort_keys=False)
        files.append(File.generated(config, f"{self.config.map}/config.yml", content=text))
        version = vendor_version(project_root(config) / "node_modules", self.config.package)
        env = template_env(config, trim=False)
        html = env.get_template("partials/kbz/admin.html").render(
            script=f"../assets/vendor/{self.config.package}@{version}/{self.config.script}"
        )
        files.append(File.generated(config, f"{self.config.map}/index.html", content=html))
        return files
