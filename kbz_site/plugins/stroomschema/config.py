from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class StroomschemaConfig(Config):
    # Folder of the installed npm packages (with @viz-js/viz), relative to mkdocs.yml.
    node_modules = c.Type(str, default="node_modules")
    # Drawn SVGs by content hash, relative to mkdocs.yml: an unchanged chart is not drawn again.
    cache_dir = c.Type(str, default=".cache/kbz-stroomschema")
