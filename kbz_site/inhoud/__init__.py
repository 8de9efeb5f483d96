"""The content model: every page and data file read once per build, checked as a whole.

See :mod:`kbz_site.inhoud.model` and docs/architecture.md.
"""

from . import paden
from .markdown import Blok, Kopje, Pagina, vervang_blokken, vul_waarden
from .model import Inhoud, laad, uitsluiter

__all__ = ["paden", "Blok", "Inhoud", "Kopje", "Pagina", "laad", "uitsluiter", "vervang_blokken", "vul_waarden"]
