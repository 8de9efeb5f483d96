"""Text from editors that ends up in Markdown or in Material's templates.

Material prints a page's title, description and tags without escaping, and data fields
we put into generated Markdown (a region's name, a kit's introduction) are read as
Markdown. So markup is refused where it is typed (:data:`GeenHtml`), and data text is
written into Markdown with its special characters escaped (:func:`letterlijk`): it
shows as typed and can never become a link, an attribute or HTML.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator


def geen_html(value: str) -> str:
    if "<" in value or ">" in value:
        raise ValueError("mag geen < of > bevatten (dat is HTML); schrijf het in woorden, bijv. 'kleiner dan'")
    return value


GeenHtml = Annotated[str, AfterValidator(geen_html)]


def _geen_dubbele_quote(value: str) -> str:
    if '"' in value:
        raise ValueError("gebruik hier geen dubbele aanhalingstekens (\"); enkele (') kunnen wel")
    return value


# Material prints a page's description inside an HTML attribute (content="..."), unescaped.
Beschrijving = Annotated[GeenHtml, AfterValidator(_geen_dubbele_quote)]

# The characters Python-Markdown lets a backslash escape (markdown.Markdown.ESCAPED_CHARS).
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!])")


def letterlijk(text: object) -> str:
    """``text`` escaped so that Markdown shows it as typed: Python-Markdown's backslash
    escapes for its syntax, entities for HTML's three special characters."""
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", text).replace("\n", " ")
