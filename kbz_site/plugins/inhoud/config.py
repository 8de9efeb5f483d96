from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class InhoudConfig(Config):
    # Pages in themas/ that are not theme pages (they do not have the theme shape).
    andere_themas = c.ListOfItems(c.Type(str), default=[])
    # The text of every source (not published), relative to mkdocs.yml: citations are checked against it.
    bronteksten = c.Type(str, default="bronteksten")
