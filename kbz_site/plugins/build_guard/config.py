from mkdocs.config.base import Config


class BuildGuardConfig(Config):
    pass
