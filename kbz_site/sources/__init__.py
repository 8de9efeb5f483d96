"""The source documents every fact on the site traces to (domain; knows nothing of MkDocs)."""

from .model import Bron, PageSources, load_bronnen
from .pages import load_page_sources

__all__ = ["Bron", "PageSources", "load_bronnen", "load_page_sources"]
