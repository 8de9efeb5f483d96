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


def plain_text(text: str) -> str:
    """What a search matches in an index text: without HTML tags, in lower case."""
    return _TAG.sub(" ", text).lower()


def _words(plain: str) -> set[str]:
    # Each whitespace-separated chunk once (a word never spans whitespace): the regex then
    # reads about a third of the text of a large site instead of all of it.
    return set(_WORD.findall(" ".join(set(plain.split()))))


def extras(
    titles: list[str], texts: list[str], plain: list[str] | None = None
) -> tuple[list[str], list[str], list[str]]:
    """add_word_forms, hyphen_parts and title_parts of the same texts, each text read once
    (the search index of a large site is megabytes of text). ``plain``: the texts through
    plain_text already, when the caller has them."""
    plain = plain if plain is not None else [plain_text(t) for t in texts]
    words = [_words(p) for p in plain]
    return _word_forms(words), _hyphen_parts(plain), _title_parts(titles, words)


def add_word_forms(texts: list[str]) -> list[str]:
    """For each text, the forms of its words that other texts use (space-separated)."""
    return _word_forms([_words(plain_text(t)) for t in texts])


def _word_forms(words_per_text: list[set[str]]) -> list[str]:
    stemmer = snowballstemmer.stemmer("dutch")
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
    return _hyphen_parts([plain_text(t) for t in texts])


def _hyphen_parts(plain: list[str]) -> list[str]:
    result = []
    for text in plain:
        if "-" not in text:  # most texts: the regex would try every word in vain
            result.append("")
            continue
        parts = {part for word in _HYPHENATED.findall(text) for part in word.split("-")[1:] if len(part) >= 2}
        result.append(" ".join(sorted(parts)))
    return result


def title_parts(titles: list[str], texts: list[str]) -> list[str]:
    """For each title, the words its compound words end with, as far as the site uses them.

    Dutch glues words together: a search for "agenda" should find the page "Scholingsagenda",
    and "segmenten" the page "Het 3-segmentenmodel". A word of the title (or a part after a
    hyphen) of nine letters or more gets every ending of six letters or more, after a start
    of three or more, that is itself a word of the site (shorter ones find too much: "reken"
    of "bespreken").
    """
    return _title_parts(titles, [_words(plain_text(t)) for t in texts])


def _title_parts(titles: list[str], words_per_text: list[set[str]]) -> list[str]:
    vocabulary = set().union(*words_per_text)
    result = []
    for title in titles:
        parts: set[str] = set()
        for word in _HYPHENATED.findall(title.lower()):
            parts.update(p for p in word.split("-")[1:] if len(p) >= 2)
        for word in _WORD.findall(title.lower()):
            parts.update(word[i:] for i in range(3, len(word) - 5) if len(word) >= 9 and word[i:] in vocabulary)
        result.append(" ".join(sorted(parts)))
    return result


_SHORT_WORDS = {"een", "het", "van", "voor", "met", "bij", "aan", "uit", "naar", "over", "wat", "hoe", "wie"}


def title_weight(title: str) -> float:
    """How much an entry weighs for its title's length: 1.5 for one word, 1.25 for two, ... towards 1.

    Material's lunr ignores the length of a field (b = 0), so "Rotterdam" and "De module
    Krachtige Basiszorg in Rotterdam" tie for "rotterdam". A short title says more exactly
    what the page is about. Words of one or two letters and a few small words do not count.
    """
    words = [w for w in re.findall(r"[^\W_][\w-]*", title.lower()) if len(w) >= 3 and w not in _SHORT_WORDS]
    return 1 + 0.5 / max(len(words), 1)
