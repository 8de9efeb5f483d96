from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class FinancieringConfig(Config):
    # Funding parameters, relative to docs_dir.
    parameters = c.Type(str, default="_data/financiering.yml")
    # The parameters as JSON in the built site, for the rekenhulp and anyone who checks.
    json_path = c.Type(str, default="assets/kbz/financiering.json")
