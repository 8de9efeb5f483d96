from mkdocs.config.base import Config


class SourcesConfig(Config):
    pass
