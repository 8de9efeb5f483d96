from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class EscapeConfig(Config):
    # Front-matter keys that Material's templates print as they are.
    velden = c.ListOfItems(c.Type(str), default=["title", "description", "tags"])
