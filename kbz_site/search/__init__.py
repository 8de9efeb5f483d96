"""Site search (domain; knows nothing of MkDocs): Dutch word forms, synonyms, glossary entries."""

from .glossary import glossary_entries, slug, without_tables
from .synonyms import Synoniem, Synoniemen, synonym_words
from .word_forms import add_word_forms, extras, hyphen_parts, plain_text, title_parts, title_weight

__all__ = [
    "Synoniem",
    "Synoniemen",
    "add_word_forms",
    "extras",
    "glossary_entries",
    "hyphen_parts",
    "plain_text",
    "slug",
    "synonym_words",
    "title_parts",
    "title_weight",
    "without_tables",
]
