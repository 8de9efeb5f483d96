from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class VendorConfig(Config):
    # Folder of the installed npm packages, relative to mkdocs.yml.
    node_modules = c.Type(str, default="node_modules")
    # Files inside node_modules to load on every page, e.g. mermaid/dist/mermaid.min.js.
    scripts = c.ListOfItems(c.Type(str), default=[])
    # Files inside node_modules only to publish (globs), e.g. decap-cms/dist/*.decap-cms.js.
    files = c.ListOfItems(c.Type(str), default=[])
