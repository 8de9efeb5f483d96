from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class MenuConfig(Config):
    # Pages that are reached another way than the menu (blog posts: from the news index).
    elders = c.ListOfItems(c.Type(str), default=[])
