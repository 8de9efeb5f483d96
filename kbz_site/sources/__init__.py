"""The source documents every fact on the site traces to (domain; knows nothing of MkDocs)."""

from .model import Bron, PageSources, load_bronnen

__all__ = ["Bron", "PageSources", "load_bronnen"]
