"""Problems found in content, always with the file and the line an editor can open."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # as the editor sees it, e.g. "content/_data/bronnen.yml"
    line: int  # 1-based
    message: str  # plain Dutch

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ContentError(Exception):
    """One or more problems in content; ``str()`` gives one ``file:line: message`` per line."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, path: str, line: int, message: str) -> ContentError:
        return cls([Problem(path, line, message)])
