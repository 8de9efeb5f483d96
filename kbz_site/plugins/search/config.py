from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class WordFormsConfig(Config):
    # The extra search field; list it under the search plugin's `fields` too.
    field = c.Type(str, default="vormen")
