from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class BewerkenConfig(Config):
    # Netlify sets these while it builds: the repository and the branch being built.
    repo_env = c.Type(str, default="REPOSITORY_URL")
    branch_env = c.Type(str, default="BRANCH")
    docs_path = c.Type(str, default="content/")
    # Where the CMS lives (plugin kbz-cms), relative to the site's root.
    cms = c.Type(str, default="admin/")
