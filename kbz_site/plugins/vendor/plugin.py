"""kbz-vendor: serve front-end assets from npm packages on our own origin, never a CDN.

``mermaid/dist/mermaid.min.js`` is published as
``assets/vendor/mermaid@11.17.2/dist/mermaid.min.js``: the installed version is in the
path, so the file can be cached for a year (netlify.toml) and an upgrade gets a new URL.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from ..common import display_path, project_root
from .config import VendorConfig


class VendorPlugin(BasePlugin[VendorConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        node_modules = project_root(config) / self.config.node_modules
        self.assets: dict[str, Path] = {}
        for script in self.config.scripts:
            source = node_modules / script
            package, _, rest = script.partition("/")
            manifest = node_modules / package / "package.json"
            if not source.is_file() or not manifest.is_file():
                raise PluginError(
                    f"kbz-vendor: {display_path(config, source)} ontbreekt; "
                    "installeer de front-end-pakketten met 'npm ci' (make doet dit vanzelf)"
                )
            version = json.loads(manifest.read_text(encoding="utf-8"))["version"]
            dest = f"assets/vendor/{package}@{version}/{rest}"
            self.assets[dest] = source
            config.extra_javascript.append(dest)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for dest, source in self.assets.items():
            files.append(File.generated(config, dest, abs_src_path=str(source)))
        return files
