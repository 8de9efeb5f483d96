"""The source documents every fact on the site traces to (domain; knows nothing of MkDocs)."""

from .citaten import Bronteksten, load_bronteksten, load_site_bronteksten, normalise
from .model import Bron, PageSources, load_bronnen

__all__ = [
    "Bron",
    "Bronteksten",
    "PageSources",
    "load_bronnen",
    "load_bronteksten",
    "load_site_bronteksten",
    "normalise",
]
