from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class LinksConfig(Config):
    # Pages other plugins generate (not on disk): links to them are accepted.
    gegenereerd = c.ListOfItems(c.Type(str), default=[])
