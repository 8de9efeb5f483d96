"""What every plugin of ours shares: paths as editors see them, and errors without tracebacks."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from kbz_site.validation import ContentError


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def display_path(config: MkDocsConfig, path: Path) -> str:
    """``content/_data/bronnen.yml``: the path relative to the project, as an editor opens it."""
    try:
        return path.resolve().relative_to(project_root(config)).as_posix()
    except ValueError:
        return path.as_posix()


@contextmanager
def content_errors() -> Iterator[None]:
    """Turn content problems into a PluginError: MkDocs prints it and exits 1, no traceback."""
    try:
        yield
    except ContentError as err:
        raise PluginError(str(err)) from None
