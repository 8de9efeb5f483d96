from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ContactsConfig(Config):
    # Data: content/_data/contacten.yml and regios.yml (kbz_site.contacts.load_registry_in).
    # Folder of the generated region pages and of the vCards, below the site root.
    regio_map = c.Type(str, default="regios")
    vcard_map = c.Type(str, default="contacten")
    # Natural Earth outline from the npm package world-atlas, relative to mkdocs.yml.
    kaart = c.Type(str, default="node_modules/world-atlas/countries-50m.json")
