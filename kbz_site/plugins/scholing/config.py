from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ScholingConfig(Config):
    # "Now" for splitting upcoming and past events, as YYYY-MM-DD HH:MM (Europe/Amsterdam);
    # empty: the moment of the build. Tests set it.
    nu = c.Optional(c.Type(str))
