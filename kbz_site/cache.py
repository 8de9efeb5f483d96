"""Files kept between builds under .cache/ (flowchart SVGs, the map outline, compiled templates)."""

from __future__ import annotations

import os
from pathlib import Path


def keep(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all: builds running at once (tests, serve) share the cache,
    and a reader must never find half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f"{path.name}.{os.getpid()}.deel")
    part.write_bytes(data)
    os.replace(part, path)
