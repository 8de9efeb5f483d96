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


def vendor_version(node_modules: Path, package: str) -> str:
    """The installed version of an npm package: part of every URL we publish it under."""
    return json.loads((node_modules / package / "package.json").read_text(encoding="utf-8"))["version"]


class VendorPlugin(BasePlugin[VendorConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.node_modules = project_root(config) / self.config.node_modules
        self.assets: dict[str, Path] = {}
        for script in self.config.scripts:
            dest = self._publish(config, script)
            config.extra_javascript.append(dest)
        for pattern in self.config.files:
            matches = sorted(self.node_modules.glob(pattern))
            if not matches:
                self._missing(config, self.node_modules / pattern)
            for match in matches:
                self._publish(config, match.relative_to(self.node_modules).as_posix())
        return config

    def _publish(self, config: MkDocsConfig, inside: str) -> str:
        source = self.node_modules / inside
        parts = inside.split("/")
        cut = 2 if inside.startswith("@") else 1  # a scoped package: @scope/name
        package, rest = "/".join(parts[:cut]), "/".join(parts[cut:])
        manifest = self.node_modules / package / "package.json"
        if not source.is_file() or not manifest.is_file():
            self._missing(config, source)
        dest = f"assets/vendor/{package}@{vendor_version(self.node_modules, package)}/{rest}"
        self.assets[dest] = source
        return dest

    @staticmethod
    def _missing(config: MkDocsConfig, path: Path) -> None:
        raise PluginError(
            f"kbz-vendor: {display_path(config, path)} ontbreekt; "
            "installeer de front-end-pakketten met 'npm ci' (make doet dit vanzelf)"
        )

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for dest, source in self.assets.items():
            files.append(File.generated(config, dest, abs_src_path=str(source)))
        return files
