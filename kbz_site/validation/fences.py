"""Fenced blocks with YAML inside, as editors write them in Markdown pages.

    ```rekenvoorbeeld
    berekening: budget
    ```

Found in the page file (so line numbers are the file's), validated like any data file,
and later replaced in the page's Markdown, in the same order, by rendered HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .errors import ContentError
from .loader import parse_yaml, read_text, validate


def fence_pattern(kinds: Iterable[str]) -> re.Pattern[str]:
    names = "|".join(re.escape(k) for k in kinds)
    return re.compile(
        rf"^(?P<fence>`{{3,}}|~{{3,}})[ \t]*(?P<kind>{names})[ \t]*\r?\n(?P<body>.*?)^(?P=fence)[ \t]*\r?$",
        re.M | re.S,
    )


def find_fenced(
    path: Path, display: str, schemas: dict[str, Any], context: dict[str, Any] | None = None
) -> list[tuple[str, Any]]:
    """``[(kind, validated spec), ...]`` for every block of a page, all problems at once."""
    text = read_text(path, display)
    if not any(k in text for k in schemas):
        return []
    found, problems = [], []
    for match in fence_pattern(schemas).finditer(text):
        offset = text.count("\n", 0, match.start("body"))
        try:
            data = parse_yaml(match["body"], display, offset) or {}
            found.append((match["kind"], validate(data, schemas[match["kind"]], display, offset, context)))
        except ContentError as err:
            problems.extend(err.problems)
    if problems:
        raise ContentError(problems)
    return found


def replace_fenced(markdown: str, kinds: Iterable[str], render: Callable[[int], str]) -> str:
    """Replace the n-th block of ``kinds`` in ``markdown`` with ``render(n)``."""
    counter = iter(range(10**9))
    return fence_pattern(kinds).sub(lambda _: "\n" + render(next(counter)) + "\n", markdown)


def find_fenced_in_pages(
    docs: Path, display: Callable[[Path], str], schemas: dict[str, Any], context: dict[str, Any] | None = None
) -> dict[str, list[tuple[str, Any]]]:
    """``find_fenced`` for every page below ``docs``: {"path/page.md": [(kind, spec), ...]},
    only pages that have blocks; the problems of all pages in one error."""
    found, problems = {}, []
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
