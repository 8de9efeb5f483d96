from mkdocs.config.base import Config


class KitsConfig(Config):
    pass
