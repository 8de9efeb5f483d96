"""One search entry per term of the glossary page (begrippen.md), instead of one for the whole table."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class _Rows(HTMLParser):
    """The body rows of the first table, as lists of cell texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._tables = 0
        self._in_body = False
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._tables += 1
        elif tag == "tbody" and self._tables == 1:
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.rows.append([])
        elif tag == "td" and self._in_body:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.rows[-1].append(re.sub(r"\s+", " ", "".join(self._cell)).strip())
            self._cell = None
        elif tag == "tbody":
            self._in_body = False

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def glossary_entries(html: str) -> list[tuple[str, str]]:
    """(term, meaning) for each row of the page's first table."""
    parser = _Rows()
    parser.feed(html)
    return [(row[0], row[1]) for row in parser.rows if len(row) >= 2 and row[0]]


def without_tables(html: str) -> str:
    """The page's text for its own search entry: everything but its tables and its h1."""
    html = re.sub(r"<table.*?</table>", " ", html, flags=re.S)
    return re.sub(r"<h1.*?</h1>", " ", html, flags=re.S).strip()


def slug(term: str) -> str:
    return "begrip-" + re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")
