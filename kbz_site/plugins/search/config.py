from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class SearchFormsConfig(Config):
    # The glossary page: one search entry per row of its table.
    begrippen = c.Type(str, default="begrippen.md")
