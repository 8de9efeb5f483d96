from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class CmsConfig(Config):
    map = c.Type(str, default="admin")
    # Sveltia CMS (reads the Decap CMS configuration), served by kbz-vendor from node_modules.
    package = c.Type(str, default="@sveltia/cms")
    script = c.Type(str, default="dist/sveltia-cms.js")
    # Netlify sets these while it builds; locally the CMS config names a placeholder.
    repo_env = c.Type(str, default="REPOSITORY_URL")
    branch_env = c.Type(str, default="BRANCH")
