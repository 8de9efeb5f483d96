from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class CmsConfig(Config):
    folder = c.Type(str, default="admin")
    # Sveltia CMS (reads the Decap CMS configuration), served by kbz-vendor from node_modules.
    package = c.Type(str, default="@sveltia/cms")
    script = c.Type(str, default="dist/sveltia-cms.js")
    locale = c.Type(str, default="locales/nl.json")
    # Its fonts, under the family names Sveltia asks for (published by kbz-vendor too).
    font_sans = c.Type(str, default="@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2")
    font_mono = c.Type(str, default="@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2")
    font_icons = c.Type(
        str,
        default="@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2",
    )
    # The only other host the CMS may call (its GitHub backend; see docs/security.md).
    api_origin = c.Type(str, default="https://api.github.com")
    # Netlify sets these while it builds; locally the CMS config names a placeholder.
    repo_env = c.Type(str, default="REPOSITORY_URL")
    branch_env = c.Type(str, default="BRANCH")
