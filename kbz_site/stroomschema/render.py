"""DOT to SVG at build time: Graphviz as WebAssembly (npm @viz-js/viz), run by Node.

All charts of a build go to one Node process; an SVG is cached on disk under the hash of
its DOT text and the Graphviz package version, so an unchanged chart is never drawn again.
The SVG is cleaned for inline use: no XML prolog, no fixed size (it scales to the column),
no <title> tooltips ("s1"), hidden from screen readers (the ordered list is the text).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

from kbz_site.cache import keep

SCRIPT = Path(__file__).with_name("render.mjs")
PACKAGE = "@viz-js/viz"


class RenderError(Exception):
    """Node or Graphviz missing or failing; the message says what to do (Dutch)."""


def _clean(svg: str) -> str:
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<!--.*?-->\s*", "", svg, flags=re.S)
    svg = re.sub(r"<title>.*?</title>\s*", "", svg, flags=re.S)
    width = re.search(r'\bwidth="([\d.]+)pt"', svg)
    svg = re.sub(r'\s(width|height)="[\d.]+pt"', "", svg, count=2)
    style = f' style="max-width:{float(width.group(1)):.0f}px"' if width else ""
    return svg.replace("<svg", f'<svg aria-hidden="true" focusable="false" class="kbz-stroomschema-svg"{style}', 1)


def render_svgs(dots: list[str], node_modules: Path, cache: Path) -> list[str]:
    """One inline SVG per DOT text, in order."""
    viz = node_modules / PACKAGE
    manifest = viz / "package.json"
    if not manifest.is_file():
        raise RenderError(f"{PACKAGE} ontbreekt in {node_modules}; installeer de front-end-pakketten met 'npm ci'")
    version = json.loads(manifest.read_text(encoding="utf-8"))["version"]
    salt = (version + SCRIPT.read_text(encoding="utf-8") + Path(__file__).read_text(encoding="utf-8")).encode()
    keys = [hashlib.sha256(salt + dot.encode("utf-8")).hexdigest()[:24] for dot in dots]
    todo = sorted({k: d for k, d in zip(keys, dots, strict=True) if not (cache / f"{k}.svg").is_file()}.items())
    if todo:
        drawn = _run_node([d for _, d in todo], viz / "dist/viz.js")
        for (key, _), svg in zip(todo, drawn, strict=True):
            keep(cache / f"{key}.svg", _clean(svg).encode("utf-8"))
    return [(cache / f"{k}.svg").read_text(encoding="utf-8") for k in keys]


def _run_node(dots: list[str], viz: Path) -> list[str]:
    node = shutil.which("node")
    if node is None:
        raise RenderError("Node.js ontbreekt: stroomschema's worden bij het bouwen getekend met Node (versie 20)")
    result = subprocess.run(
        [node, str(SCRIPT)],
        input=json.dumps({"viz": str(viz), "charts": dots}),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        raise RenderError(f"stroomschema tekenen mislukt: {result.stderr.strip()[-500:]}")
    return json.loads(result.stdout)
