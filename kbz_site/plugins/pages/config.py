from mkdocs.config.base import Config


class PagesConfig(Config):
    pass
