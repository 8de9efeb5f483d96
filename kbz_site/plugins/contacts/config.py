from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ContactsConfig(Config):
    contacten = c.Type(str, default="_data/contacten.yml")
    regios = c.Type(str, default="_data/regios.yml")
    # Folder of the generated region pages and of the vCards, below the site root.
    regio_map = c.Type(str, default="regios")
    vcard_map = c.Type(str, default="contacten")
    # Natural Earth outline from the npm package world-atlas, relative to mkdocs.yml.
    kaart = c.Type(str, default="node_modules/world-atlas/countries-50m.json")
