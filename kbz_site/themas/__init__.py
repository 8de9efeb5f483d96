"""Theme pages of the afsprakenstelsel: one shape for all (domain; knows nothing of MkDocs)."""

from .model import SECTIONS, ThemaMeta, load_theme

__all__ = ["SECTIONS", "ThemaMeta", "load_theme"]
