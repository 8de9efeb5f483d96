"""Citations: find a short quote in a source's text, as OCR left it.

The five source texts live in ``bronteksten/<id>.txt`` (outside ``content/``, never
published). A citation is a source id and a short quote copied from that text. Both
sides are normalised before comparing: accents, case, punctuation, line breaks and a
word broken with a hyphen at the end of a line do not count. What OCR garbled inside a
word ("Persoqeel", "hinnen") is allowed as a few letters' difference: one per 20
characters of the quote, at most 4. Digits must match exactly: a figure is never noise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MIN_LENGTH = 12  # normalised characters: a quote must say something
MAX_LENGTH = 300  # a citation is a short quote, not a copied paragraph

_BROKEN_WORD = re.compile(r"(\w)-[ \t]*\r?\n[ \t]*(\w)")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def normalise(text: str) -> str:
    """Lower case, no accents, words joined across a hyphenated line break, every run of
    punctuation and white space one space."""
    text = _BROKEN_WORD.sub(r"\1\2", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _NOT_WORD.sub(" ", text).strip()


def allowed_errors(quote: str) -> int:
    # OCR noise is rare: one wrong letter in a quote, two in a very long one. More would let
    # "minimaal" become "maximaal" (two letters) in an ordinary quote (found by trying to break it).
    return 0 if len(quote) < 24 else 1 if len(quote) < 120 else 2


def _cost(char: str) -> int:
    # A figure is never OCR noise: a different, missing or extra digit never matches.
    return _NEVER if char.isdigit() else 1


_NEVER = 1000


def _within(quote: str, text: str, errors: int) -> bool:
    """Does ``quote`` occur in ``text`` with at most ``errors`` edits of letters? (Sellers'
    algorithm: edit distance where the match may start anywhere in the text.)"""
    previous = [0]
    for q in quote:
        previous.append(previous[-1] + _cost(q))
    for char in text:
        current = [0]
        extra = _cost(char)
        for j, q in enumerate(quote, 1):
            change = 0 if q == char else max(_cost(q), extra)
            current.append(min(previous[j - 1] + change, previous[j] + extra, current[j - 1] + _cost(q)))
        if current[-1] <= errors:
            return True
        previous = current
    return False


def occurs(quote: str, text: str) -> bool:
    """``quote`` (normalised) in ``text`` (normalised): exactly, or with a little OCR noise."""
    if quote in text:
        return True
    errors = allowed_errors(quote)
    if not errors:
        return False
    # The slow comparison only where it can succeed: most of the quote's words are there.
    words = [w for w in quote.split() if len(w) > 3]
    if words and sum(f" {w}" in f" {text}" for w in words) * 2 < len(words):
        return False
    return _within(quote, text, errors)


@dataclass(frozen=True)
class Bronteksten:
    """The normalised text of each source, by id."""

    teksten: dict[str, str]

    def controleer(self, bron: str, citaat: str) -> str | None:
        """None when the quote is in that source; otherwise what is wrong, in Dutch."""
        if bron not in self.teksten:
            known = ", ".join(sorted(self.teksten)) or "(geen)"
            return f"onbekende bron '{bron}'; kies uit: {known}"
        quote = normalise(citaat)
        if len(quote) < MIN_LENGTH:
            return f"het citaat '{citaat}' is te kort; neem minstens {MIN_LENGTH} tekens letterlijk over uit de bron"
        if len(quote) > MAX_LENGTH:
            return f"het citaat is te lang ({len(quote)} tekens); een citaat is hoogstens {MAX_LENGTH} tekens"
        if not occurs(quote, self.teksten[bron]):
            return (
                f"het citaat '{citaat}' staat niet in bron '{bron}'; "
                f"neem het letterlijk over uit bronteksten/{bron}.txt"
            )
        return None


def load_bronteksten(folder: Path, ids: list[str] | set[str]) -> Bronteksten:
    """``folder/<id>.txt`` for every id; a missing file is a FileNotFoundError naming it."""
    teksten = {}
    for bron in sorted(ids):
        path = folder / f"{bron}.txt"
        teksten[bron] = normalise(path.read_text(encoding="utf-8"))
    return Bronteksten(teksten)


def load_site_bronteksten(registry_file: Path, folder: Path, display: str, folder_display: str) -> Bronteksten:
    """The text of every source in the registry (``content/_data/bronnen.yml``); a source
    without its text is a Dutch problem at that source's line in the registry."""
    from kbz_site.validation import ContentError, Problem

    from .model import load_bronnen

    ids = list(load_bronnen(registry_file, display))
    lines = registry_file.read_text(encoding="utf-8").splitlines()
    missing = [bron for bron in ids if not (folder / f"{bron}.txt").is_file()]
    if missing:
        raise ContentError(
            Problem(
                display,
                next((n for n, line in enumerate(lines, 1) if re.search(rf"\bid:\s*['\"]?{re.escape(b)}\b", line)), 1),
                f"bron '{b}' heeft geen tekst: zet de brontekst in {folder_display}/{b}.txt, "
                "dan kan de bouw de citaten controleren",
            )
            for b in missing
        )
    return load_bronteksten(folder, ids)


# A citation in page text is a Markdown footnote whose label starts with a source id:
#     ... minder last van lange wachtlijsten.[^zorg-om-zorg-1]
#     [^zorg-om-zorg-1]: "minder last hebben van lange wachtlijsten" (Zorg om Zorg congres, 2021)
# The reader sees a numbered note with the quote; the build finds the quote in the source.
# A definition may be indented up to 3 spaces; lines indented 4 or more continue it.
_FOOTNOTE = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]+)\]:[ \t]*(?P<text>.*(?:\n(?: {4}|\t).*)*)", re.M)
# "straight quotes" (which may hold “curly” ones) or “curly quotes”
_QUOTED = re.compile(r"\"(?P<a>[^\"]+)\"|[“„](?P<b>[^”“]+)”")


def page_citations(text: str, ids: set[str] | list[str]) -> list[tuple[int, str, str | None]]:
    """``[(line, bron, quote or None), ...]`` for every footnote whose label starts with a
    source id (``kader``, ``kader-2``, ...)."""
    found = []
    for match in _FOOTNOTE.finditer(text):
        label = match["label"].lower()
        bron = next((i for i in sorted(ids, key=len, reverse=True) if label == i or label.startswith(f"{i}-")), None)
        body = " ".join(match["text"].split())
        quotes = [q["a"] or q["b"] for q in _QUOTED.finditer(body)]
        line = text.count("\n", 0, match.start()) + 1
        if bron is None:
            if quotes:  # a quote that names no source cannot be checked: not allowed
                found.append((line, "", quotes[0]))
            continue
        found += [(line, bron, q) for q in quotes] or [(line, bron, None)]
    return found


def citaat_problemen(text: str, teksten: Bronteksten) -> list[tuple[int, str]]:
    """``[(line, Dutch message), ...]`` for the citation footnotes of one page's text."""
    problems = []
    for line, bron, quote in page_citations(text, set(teksten.teksten)):
        if not bron:
            problems.append(
                (
                    line,
                    "een voetnoot met een citaat begint met de bron, bijvoorbeeld [^kader-1]; "
                    f"kies uit: {', '.join(sorted(teksten.teksten))}",
                )
            )
            continue
        if quote is None:
            problems.append((line, f"voetnoot bij bron '{bron}' heeft geen citaat tussen aanhalingstekens (\"...\")"))
            continue
        problem = teksten.controleer(bron, quote)
        if problem:
            problems.append((line, problem))
    return problems


def check_page_citations(pages: list[tuple[Path, str]], teksten: Bronteksten) -> list[tuple[str, int, str]]:
    """``[(display, line, Dutch message), ...]`` for every citation footnote that has no
    quote or whose quote is not in its source."""
    return [
        (display, line, problem)
        for path, display in pages
        for line, problem in citaat_problemen(path.read_text(encoding="utf-8"), teksten)
    ]
