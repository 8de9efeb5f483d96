"""Let a search for one form of a Dutch word find pages that use another form.

Material's search matches every query word as a prefix ("samenwerken*") and so never
stems the query: "samenwerken" does not find "samenwerking". We group the words of the
whole site by their Dutch Snowball stem and give each page the other forms of its words
in an extra, invisible search field. Then "samenwerken" finds a page that only says
"samenwerking", as long as some page of the site uses the form that was typed.
"""

from __future__ import annotations

import re
from collections import defaultdict

import snowballstemmer

_WORD = re.compile(r"[^\W\d_]{4,}")  # words of four letters or more; shorter ones have no useful stem
_TAG = re.compile(r"<[^>]+>")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(_TAG.sub(" ", text).lower()))


def add_word_forms(texts: list[str]) -> list[str]:
    """For each text, the forms of its words that other texts use (space-separated)."""
    stemmer = snowballstemmer.stemmer("dutch")
    words_per_text = [_words(t) for t in texts]
    vocabulary = sorted(set().union(*words_per_text)) if words_per_text else []
    stem_of = dict(zip(vocabulary, stemmer.stemWords(vocabulary), strict=True))
    forms: dict[str, set[str]] = defaultdict(set)
    for word, stem in stem_of.items():
        forms[stem].add(word)
    result = []
    for words in words_per_text:
        extra = set().union(*(forms[stem_of[w]] for w in words)) - words if words else set()
        result.append(" ".join(sorted(extra)))
    return result


# A word with hyphens: "POH-KB", "4D-model", "Overvecht-Noord".
_HYPHENATED = re.compile(r"(?<![\w-])[^\W_]+(?:-[^\W_]+)+")


def hyphen_parts(texts: list[str]) -> list[str]:
    """For each text, the parts after a hyphen of its hyphenated words (space-separated).

    The search keeps "POH-KB" whole (mkdocs.yml: no hyphen in the separator), so that a
    search for it finds the term and not every page with "POH". Material matches a prefix,
    so "poh" still finds "poh-kb"; these parts let "kb" and "ggz" (of "POH-GGZ") find it too.
    """
    result = []
    for text in texts:
        parts = {
            part
            for word in _HYPHENATED.findall(_TAG.sub(" ", text).lower())
            for part in word.split("-")[1:]
            if len(part) >= 2
        }
        result.append(" ".join(sorted(parts)))
    return result
