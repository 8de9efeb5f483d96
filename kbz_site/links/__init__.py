"""Internal links and anchors in Markdown pages, checked before the build (domain)."""

from .check import check_links

__all__ = ["check_links"]
