"""Dutch word forms for site search (domain; knows nothing of MkDocs)."""

from .word_forms import add_word_forms

__all__ = ["add_word_forms"]
