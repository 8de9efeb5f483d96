from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class WordFormsConfig(Config):
    # Synonyms editors keep (relative to docs_dir); see kbz_site/search/synonyms.py.
    synoniemen = c.Type(str, default="_data/synoniemen.yml")
    # The glossary page: one search entry per row of its table.
    begrippen = c.Type(str, default="begrippen.md")
