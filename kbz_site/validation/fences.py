"""Fenced blocks with YAML inside, validated one page (or one folder) at a time.

The build reads blocks through the content model (:mod:`kbz_site.inhoud`); these helpers
let a test or a tool check a single file with the very same scanner
(:func:`kbz_site.inhoud.markdown.lees_pagina`), so there is one reading of a fence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import ContentError, Problem
from .loader import parse_yaml, read_text, validate


def find_fenced(
    path: Path, display: str, schemas: dict[str, Any], context: dict[str, Any] | None = None
) -> list[tuple[str, Any]]:
    """``[(kind, validated spec), ...]`` for every block of a page, all problems at once."""
    from kbz_site.inhoud.blokken import SOORTEN  # the one scanner and its block list (they build on this package)
    from kbz_site.inhoud.markdown import lees_pagina

    page, scan_problems = lees_pagina(path.name, display, read_text(path, display), {*SOORTEN, *schemas})
    found, problems = [], list(scan_problems)
    for blok in (b for b in page.blokken if b.soort in schemas):
        try:
            data = parse_yaml(blok.yaml, display, blok.regel) or {}
            found.append((blok.soort, validate(data, schemas[blok.soort], display, blok.regel, context)))
        except ContentError as err:
            problems.extend(err.problems)
    if problems:
        raise ContentError(problems)
    return found


def find_fenced_in_pages(
    docs: Path, display: Callable[[Path], str], schemas: dict[str, Any], context: dict[str, Any] | None = None
) -> dict[str, list[tuple[str, Any]]]:
    """``find_fenced`` for every page below ``docs``: {"path/page.md": [(kind, spec), ...]},
    only pages that have blocks; the problems of all pages in one error."""
    found: dict[str, list[tuple[str, Any]]] = {}
    problems: list[Problem] = []
    for path in sorted(docs.rglob("*.md")):
        try:
            blocks = find_fenced(path, display(path), schemas, context)
        except ContentError as err:
            problems.extend(err.problems)
            continue
        if blocks:
            found[path.relative_to(docs).as_posix()] = blocks
    if problems:
        raise ContentError(problems)
    return found
