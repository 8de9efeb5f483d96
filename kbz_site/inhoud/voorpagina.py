"""The Markdown of a page a plugin generates: front matter written by a YAML dumper.

Never by string formatting: a title with ': ', a leading '#' or '[' or a quote must stay
the title, not break the page (a region called "Utrecht: Overvecht" once did).
"""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's emitter when installed (the wheels include it): the same text, several times faster.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def gegenereerde_pagina(meta: dict[str, Any], body: str = "") -> str:
    kop = yaml.dump(meta, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10**6)
    return f"---\n{kop}---\n\n{body}\n"
