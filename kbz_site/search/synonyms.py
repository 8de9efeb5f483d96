"""Synonyms editors keep in content/_data/synoniemen.yml: words people type, and the word of the site they mean.

    synoniemen:
      - zoekwoorden: [wijkverpleegkundige, wijkverpleegkundigen]
        vindt: wijkverpleging

Every page that uses ``wijkverpleging`` gets the search words in its extra search field,
so a search for "wijkverpleegkundige" finds it. A ``vindt`` that no page uses is an error:
the synonym would find nothing.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .word_forms import plain_text

Woord = Annotated[str, Field(pattern=r"^[a-zà-ÿ0-9][a-zà-ÿ0-9-]*$")]  # one word, lower case


class Synoniem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    zoekwoorden: Annotated[list[Woord], Field(min_length=1)]
    vindt: Annotated[str, Field(min_length=2)]


class Synoniemen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    synoniemen: list[Synoniem]


def synonym_words(
    texts: list[str], groups: list[Synoniem], titles: list[str], plain: list[str] | None = None
) -> tuple[list[str], list[str], list[int]]:
    """For each entry, the search words of the synonyms its title answers, and those its text answers;
    and the groups that found nothing.

    A synonym goes to the entries whose title has its word ("apotheek": the page "Wijkapotheker"),
    to be weighed as the title, and to the other entries whose text uses it, to be weighed as text.
    """
    plain = plain if plain is not None else [plain_text(t) for t in texts]
    lowered = [t.lower() for t in titles]
    by_title: list[set[str]] = [set() for _ in texts]
    by_text: list[set[str]] = [set() for _ in texts]
    unused = []
    for n, group in enumerate(groups):
        # In a text: the word at the start of a word, as Material matches a prefix. In a title:
        # the whole word or its plural ("Linking pins", not "Scholingsagenda" for "scholing").
        needle = group.vindt.lower()
        whole = re.compile(r"(?<![\w-])" + re.escape(needle) + r"(?:s|en|'s)?(?![\w-])")
        in_title = {i for i, title in enumerate(lowered) if needle in title and whole.search(title)}
        in_text = [i for i, text in enumerate(plain) if i not in in_title and _starts_a_word(needle, text)]
        if not in_title and not in_text:
            unused.append(n)
        for found, hits in ((by_title, in_title), (by_text, in_text)):
            for i in hits:
                found[i].update(group.zoekwoorden)
    return _joined(by_title), _joined(by_text), unused


def _starts_a_word(needle: str, text: str) -> bool:
    """Whether ``needle`` occurs in ``text`` not after a letter, digit, _ or -: a regex
    look-behind in plain string searches (on megabytes of index text the regex is slow)."""
    at = text.find(needle)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-"):
            return True
        at = text.find(needle, at + 1)
    return False


def _joined(words: list[set[str]]) -> list[str]:
    return [" ".join(sorted(w)) for w in words]
