from mkdocs.config.base import Config


class ThemesConfig(Config):
    pass
