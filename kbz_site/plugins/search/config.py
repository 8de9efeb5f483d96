from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class SearchFormsConfig(Config):
    # The glossary page: one search entry per row of its table.
    begrippen = c.Type(str, default="begrippen.md")
    begrip_gewicht = c.Type(float, default=1.5)
    # An entry whose text has one of these phrases is still empty: it ranks below real answers.
    nog_leeg = c.ListOfItems(c.Type(str), default=["nog in te vullen", "nog geen scholing voor deze module"])
    nog_leeg_gewicht = c.Type(float, default=0.001)
