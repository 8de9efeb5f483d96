from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ThemesConfig(Config):
    # Pages in this folder (below docs_dir) are theme pages, except its index and `overige`.
    folder = c.Type(str, default="themas")
    overige = c.ListOfItems(c.Type(str), default=[])
