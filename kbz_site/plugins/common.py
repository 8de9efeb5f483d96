"""What every plugin of ours shares: paths as editors see them, and errors without tracebacks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import jinja2
import markupsafe
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from kbz_site.inhoud import Inhoud
from kbz_site.validation import ContentError
from kbz_site.validation.tekst import letterlijk


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def display_path(config: MkDocsConfig, path: Path) -> str:
    """``content/_data/bronnen.yml``: the path relative to the project, as an editor opens it."""
    # Plain relative_to first: resolve() costs a system call per path, on every page.
    for base, target in ((project_root(config), path), (project_root(config).resolve(), path.resolve())):
        try:
            return target.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.as_posix()


@contextmanager
def content_errors() -> Iterator[None]:
    """Turn content problems into a PluginError: MkDocs prints it and exits 1, no traceback."""
    try:
        yield
    except ContentError as err:
        raise PluginError(str(err)) from None


def docs_display(config: MkDocsConfig) -> Callable[[Path], str]:
    """``display_path`` for files under docs_dir, computed once per build, not per page."""
    docs = Path(config.docs_dir)
    prefix = display_path(config, docs)
    return lambda path: f"{prefix}/{path.relative_to(docs).as_posix()}"


def template_env(config: MkDocsConfig, trim: bool = True) -> jinja2.Environment:
    """Our templates, found where the theme finds its own (templates/ first), always
    autoescaped. ``trim=False`` keeps the newlines Markdown needs around headings."""
    env = jinja2.Environment(
        loader=config.theme.get_env().loader, autoescape=True, trim_blocks=trim, lstrip_blocks=trim
    )
    # Data text printed into Markdown: shown as typed, never a link, attribute or HTML.
    env.filters["letterlijk"] = lambda text: markupsafe.Markup(letterlijk(text))
    return env


INHOUD_KEY = "kbz_inhoud"  # where kbz-inhoud leaves the content model for this build
PROBLEMEN_KEY = "kbz_problemen"  # under `mkdocs serve`: the problems of a broken edit, shown on every page


def inhoud(config: MkDocsConfig) -> Inhoud:
    """The content model of this build (plugin kbz-inhoud loads it first, in on_pre_build)."""
    model = config.get(INHOUD_KEY)
    if model is None:
        raise PluginError("plugin 'kbz-inhoud' ontbreekt of staat niet vóór de andere kbz-plugins in mkdocs.yml")
    return model
