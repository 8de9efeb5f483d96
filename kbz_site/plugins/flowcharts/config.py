from mkdocs.config.base import Config


class FlowchartsConfig(Config):
    pass
