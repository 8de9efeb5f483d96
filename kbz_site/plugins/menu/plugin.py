"""kbz-menu: a page that is in no menu is an error, in Dutch.

The menu follows the content (plugin awesome-nav: content/.nav.yml and a .nav.yml per
folder, which appends new pages to their section). A page that still ends up in no
section, e.g. one saved at the top of content/, would be unreachable; MkDocs only warns
about that in English. Runs after awesome-nav (which has priority 100).
"""

from __future__ import annotations

from fnmatch import fnmatch

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation

from .config import MenuConfig


class MenuPlugin(BasePlugin[MenuConfig]):
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        in_menu = {page.file.src_uri for page in nav.pages}
        orphans = [
            f.src_uri
            for f in files.documentation_pages(inclusion=InclusionLevel.is_in_nav)
            if f.src_uri not in in_menu
            and not f.generated_by
            and not any(fnmatch(f.src_uri, p) for p in self.config.elders)
        ]
        if orphans:
            raise PluginError(
                "\n".join(
                    f"{config.docs_dir.rstrip('/').rsplit('/', 1)[-1]}/{uri}: deze pagina staat in geen menu; zet haar "
                    "in een map met een .nav.yml (dan komt ze achteraan in dat menu) of noem haar in content/.nav.yml"
                    for uri in sorted(orphans)
                )
            )
        return nav
