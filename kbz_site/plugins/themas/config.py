from mkdocs.config.base import Config


class ThemasConfig(Config):
    pass
