from mkdocs.config.base import Config


class StartersmappenConfig(Config):
    pass
