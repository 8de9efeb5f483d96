from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ContactenConfig(Config):
    # Natural Earth outline from the npm package world-atlas, relative to mkdocs.yml.
    map_data = c.Type(str, default="node_modules/world-atlas/countries-50m.json")
    # The decoded outline, kept between builds (kbz_site/contacten/kaart.py: omtrek).
    cache_dir = c.Type(str, default=".cache/kbz-kaart")
