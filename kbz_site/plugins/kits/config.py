from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class KitsConfig(Config):
    kits = c.Type(str, default="_data/startersmappen.yml")
    map = c.Type(str, default="startersmappen")
    # Where the scholingsagenda lives (plugin kbz-scholing): the page, and per region.
    agenda = c.Type(str, default="scholing/agenda.md")
    agenda_regio = c.Type(str, default="scholing/agenda/regio-{regio}.md")
