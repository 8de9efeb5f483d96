"""Our logger, a child of MkDocs' own: what it prints looks like MkDocs' messages, and a warning
counts as one for ``mkdocs build --strict`` (the build then fails at its end, after every page).

When to warn and when to fail (docs/architecture.md, "Logging"): fail (``ContentError`` in
``on_pre_build``) when the site would be wrong or incomplete without the fix; warn when the
site is still right and the editor should know, e.g. an outdated field name that still works.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from kbz_site.validation.errors import Problem

log = logging.getLogger("mkdocs.plugins.kbz")


def warn(problems: Iterable[Problem]) -> None:
    """One warning per problem, in the same ``file:line: message`` form as our errors."""
    for problem in sorted(problems):
        log.warning(str(problem))
