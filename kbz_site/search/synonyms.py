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
    texts: list[str], groups: list[Synoniem], titles: list[str]
) -> tuple[list[str], list[str], list[int]]:
    """For each entry, the search words of the synonyms its title answers, and those its text answers;
    and the groups that found nothing.

    A synonym goes to the entries whose title has its word ("apotheek": the page "Wijkapotheker"),
    to be weighed as the title, and to the other entries whose text uses it, to be weighed as text.
    """
    plain = [plain_text(t) for t in texts]
    lowered = [t.lower() for t in titles]
    by_title: list[set[str]] = [set() for _ in texts]
    by_text: list[set[str]] = [set() for _ in texts]
    unused = []
    for n, group in enumerate(groups):
        # In a text: the word at the start of a word, as Material matches a prefix. In a title:
        # the whole word or its plural ("Linking pins", not "Scholingsagenda" for "scholing").
        word = r"(?<![\w-])" + re.escape(group.vindt.lower())
        pattern, whole = re.compile(word), re.compile(word + r"(?:s|en|'s)?(?![\w-])")
        # The plain substring test first: the regex with its look-behind is slow on long texts.
        needle = group.vindt.lower()
        in_title = [i for i, title in enumerate(lowered) if needle in title and whole.search(title)]
        in_text = [i for i, text in enumerate(plain) if needle in text and pattern.search(text) and i not in in_title]
        if not in_title and not in_text:
            unused.append(n)
        for found, hits in ((by_title, in_title), (by_text, in_text)):
            for i in hits:
                found[i].update(group.zoekwoorden)
    return _joined(by_title), _joined(by_text), unused


def _joined(words: list[set[str]]) -> list[str]:
    return [" ".join(sorted(w)) for w in words]
