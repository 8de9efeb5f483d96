from mkdocs.config.base import Config


class BronnenConfig(Config):
    pass
