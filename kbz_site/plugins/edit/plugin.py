"""kbz-bewerken: "Bewerk deze pagina" to the page's source file in the repository.

The repository is whatever the site is built from: on Netlify, REPOSITORY_URL and
BRANCH. We set an absolute `edit_uri` and no `repo_url`, so Material shows the edit
button on every page but never calls a code host's API from the reader's browser.
Without the variables (a local build) there is no edit button.
"""

from __future__ import annotations

import os

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin

from .config import EditConfig


class EditPlugin(BasePlugin[EditConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        repo = os.environ.get(self.config.repo_env, "").strip().rstrip("/")
        if repo.startswith("https://") and not config.edit_uri:
            branch = os.environ.get(self.config.branch_env, "").strip() or "main"
            config.edit_uri = f"{repo}/edit/{branch}/{self.config.docs_path}"
        return config
