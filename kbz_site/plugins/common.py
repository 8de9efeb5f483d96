"""What every plugin of ours shares: paths as editors see them, and errors without tracebacks."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import jinja2
import jinja2.bccache
import markupsafe
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from kbz_site.cache import keep
from kbz_site.inhoud import Inhoud
from kbz_site.validation import ContentError
from kbz_site.validation.tekst import letterlijk


def project_root(config: MkDocsConfig) -> Path:
    # Absolute like MkDocs' docs_dir: `mkdocs build -f mkdocs.yml` gives a relative config path.
    return Path(os.path.abspath(config.config_file_path)).parent


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


class CompiledTemplates(jinja2.BytecodeCache):
    """Templates compiled once, not once per build: `mkdocs serve` makes new template
    environments for every edit, and compiling is a large part of a one-page rebuild;
    builds run in one process (`kbz-site check`, the tests) share it too. With a
    ``folder`` (.cache/kbz-jinja) the compiled code is kept on disk as well, so a new
    `mkdocs build` skips compiling Material's and our templates (a quarter of a second).
    Jinja checks the template's source against what was compiled (an edited template is
    compiled again) and its own version and Python's; the compiled code also depends on the
    environment's settings (trim_blocks, autoescape, extensions), so they are part of the key."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}
        self.folder: Path | None = None

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        key = _key(bucket)
        code = self.compiled.get(key)
        if code is None and self.folder is not None:
            try:
                code = (self.folder / f"{key}.bc").read_bytes()
            except OSError:
                return
        if code is not None:
            try:
                bucket.bytecode_from_string(code)
            except Exception:  # a damaged cache file: compile again
                bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        key = _key(bucket)
        self.compiled[key] = code = bucket.bytecode_to_string()
        if self.folder is not None:
            try:
                keep(self.folder / f"{key}.bc", code)
            except OSError:
                pass  # a cache that cannot be written only costs time


def _key(bucket: jinja2.bccache.Bucket) -> str:
    env = bucket.environment
    settings = (
        jinja2.__version__,
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.autoescape if isinstance(env.autoescape, bool) else getattr(env.autoescape, "__qualname__", "?"),
        getattr(env.finalize, "__qualname__", None),
        sorted(env.extensions),
    )
    return hashlib.sha256(f"{settings!r} {bucket.key}".encode()).hexdigest()[:32]


def compiled_templates_folder(config: MkDocsConfig) -> Path:
    return project_root(config) / ".cache/kbz-jinja"


_TRIM, _NO_TRIM = CompiledTemplates(), CompiledTemplates()  # for template_env(trim=True / False)


def template_env(config: MkDocsConfig, trim: bool = True) -> jinja2.Environment:
    """Our templates, found where the theme finds its own (templates/ first), always
    autoescaped. ``trim=False`` keeps the newlines Markdown needs around headings."""
    env = jinja2.Environment(
        loader=config.theme.get_env().loader,
        autoescape=True,
        trim_blocks=trim,
        lstrip_blocks=trim,
        bytecode_cache=_TRIM if trim else _NO_TRIM,
    )
    _TRIM.folder = _NO_TRIM.folder = compiled_templates_folder(config)
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
