"""kbz-build-guard: a failed build leaves no half-written site behind as if it were good.

Our content checks run in ``on_pre_build``, before MkDocs empties ``site/``: bad content
leaves the previous site untouched. A failure after that point (a template error, a
warning in strict mode) would leave a partial ``site/``; this plugin removes it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files

from .config import BuildGuardConfig


class BuildGuardPlugin(BasePlugin[BuildGuardConfig]):
    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `mkdocs serve` keeps serving the last good build while the editor fixes the error.
        self.active = command != "serve"

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.site_dir = Path(config.site_dir)
        self.writing = False

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        self.writing = True  # MkDocs has emptied site/ by now
        return files

    def on_build_error(self, *, error: Exception) -> None:
        if getattr(self, "active", True) and getattr(self, "writing", False):
            shutil.rmtree(self.site_dir, ignore_errors=True)
