"""Every internal link goes to a page that exists, and every anchor to a heading on it.

MkDocs checks this too, but only while building, in English and without line numbers.
This check runs first and says it in Dutch: `content/a.md:12: link naar 'b.md' ...`.
Anchors are the heading ids Python-Markdown's toc extension makes (same slugify), or
an explicit `{#id}`.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from markdown.extensions.toc import slugify

from kbz_site.validation import ContentError, Problem
from kbz_site.validation.loader import read_text

_FENCE = re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$", re.M | re.S)
_LINK = re.compile(r"(?<!!)\[[^\]\n]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*$", re.M)


def _without_code(text: str) -> str:
    """Blank out fenced code (keeping line numbers) and inline code."""
    text = _FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    return re.sub(r"`[^`\n]*`", "", text)


def anchors(text: str) -> set[str]:
    found = set()
    for m in _HEADING.finditer(_without_code(text)):
        heading = m.group(1)
        explicit = re.search(r"\{[^}]*#([\w-]+)[^}]*\}\s*$", heading)
        if explicit:
            found.add(explicit.group(1))
            heading = heading[: explicit.start()].strip()
        plain = re.sub(r"[*_`]|\[([^\]]*)\]\([^)]*\)", r"\1", heading)
        found.add(slugify(plain, "-"))
    return found


def check_links(docs: Path, display: Callable[[Path], str], generated: Iterable[str] = ()) -> None:
    """Raise one ContentError with every broken internal link or anchor."""
    pages = {p.relative_to(docs).as_posix(): p for p in docs.rglob("*.md")}
    texts = {rel: read_text(path, display(path)) for rel, path in pages.items()}
    patterns = list(generated)
    problems = []
    for rel, text in texts.items():
        clean = _without_code(text)
        for m in _LINK.finditer(clean):
            target = m.group(1).strip("<>")
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("/"):
                continue  # another site, mailto:, or an absolute path MkDocs reports itself
            line = clean.count("\n", 0, m.start()) + 1
            path, _, anchor = target.partition("#")
            if not path:
                dest = rel
            elif path.endswith(".md"):
                dest = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
            else:
                continue  # images and downloads: MkDocs checks them
            if dest not in texts:
                if not any(fnmatch.fnmatch(dest, p) for p in patterns):
                    problems.append(
                        Problem(
                            display(pages[rel]),
                            line,
                            f"link naar '{path}' gaat naar een pagina die niet bestaat; controleer de bestandsnaam",
                        )
                    )
                continue
            if anchor and anchor not in anchors(texts[dest]):
                problems.append(
                    Problem(
                        display(pages[rel]),
                        line,
                        f"link naar '{target}': het kopje '#{anchor}' bestaat niet op die pagina",
                    )
                )
    if problems:
        raise ContentError(problems)
