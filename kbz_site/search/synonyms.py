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

Woord = Annotated[str, Field(pattern=r"^[a-zà-ÿ0-9][a-zà-ÿ0-9-]*$")]  # one word, lower case
_TAG = re.compile(r"<[^>]+>")


class Synoniem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    zoekwoorden: Annotated[list[Woord], Field(min_length=1)]
    vindt: Annotated[str, Field(min_length=2)]


class Synoniemen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    synoniemen: list[Synoniem]


def synonym_words(texts: list[str], groups: list[Synoniem], titles: list[str]) -> tuple[list[str], list[int]]:
    """For each text, the search words of the synonyms it answers; and the groups that found nothing.

    A synonym goes to the entries whose title has its word ("apotheek": the page "Wijkapotheker");
    only when no title has it, to every entry whose text uses it.
    """
    plain = [_TAG.sub(" ", t).lower() for t in texts]
    lowered = [t.lower() for t in titles]
    extra: list[set[str]] = [set() for _ in texts]
    unused = []
    for n, group in enumerate(groups):
        # The word at the start of a word of the page, as Material matches a prefix.
        pattern = re.compile(r"(?<![\w-])" + re.escape(group.vindt.lower()))
        hits = [i for i, title in enumerate(lowered) if pattern.search(title)]
        hits = hits or [i for i, text in enumerate(plain) if pattern.search(text)]
        if not hits:
            unused.append(n)
        for i in hits:
            extra[i].update(group.zoekwoorden)
    return [" ".join(sorted(words)) for words in extra], unused
