"""Which sources each page names, checked against the registry for all pages at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kbz_site.validation import ContentError, load_front_matter

from .model import Bron, PageSources


def load_page_sources(docs: Path, registry: dict[str, Bron], display: Callable[[Path], str]) -> dict[str, list[Bron]]:
    """``{"samenwerking/index.md": [Bron, ...]}`` for every page; all problems in one error."""
    found: dict[str, list[Bron]] = {}
    problems = []
    for path in sorted(docs.rglob("*.md")):
        try:
            meta = load_front_matter(path, PageSources, display(path), {"bronnen": registry})
        except ContentError as err:
            problems.extend(err.problems)
            continue
        found[path.relative_to(docs).as_posix()] = [registry[i] for i in meta.bronnen]
    if problems:
        raise ContentError(problems)
    return found
