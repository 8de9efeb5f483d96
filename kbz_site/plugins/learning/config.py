from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class LearningConfig(Config):
    modules = c.Type(str, default="_data/scholing.yml")
    agenda = c.Type(str, default="_data/agenda.yml")
    map = c.Type(str, default="scholing")  # generated module pages, agenda pages and feeds
    # "Now" for splitting upcoming and past events, as YYYY-MM-DD HH:MM (Europe/Amsterdam);
    # empty: the moment of the build. Tests set it.
    nu = c.Optional(c.Type(str))
