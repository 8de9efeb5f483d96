from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class SourcesConfig(Config):
    # The source registry, relative to docs_dir.
    registry = c.Type(str, default="_data/bronnen.yml")
