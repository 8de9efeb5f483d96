"""The map of the Netherlands, made at build time from Natural Earth (npm `world-atlas`).

world-atlas ships TopoJSON: shared arcs, quantized and delta-encoded. Decoding it is the
few lines of the TopoJSON specification below; Python has no maintained reader for it.
We keep the polygons of the European Netherlands (the Caribbean parts lie far away),
project them with an equirectangular projection scaled for latitude 52°, and place each
region by its coordinates. templates/partials/kbz/kaart.html draws the SVG.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .model import Regio

WIDTH, HEIGHT, MARGIN = 400, 460, 12
BOUNDS = (3.2, 50.7, 7.3, 53.6)  # lon/lat box of the European Netherlands
COS_LAT = math.cos(math.radians(52))


def _arc(topology: dict, index: int) -> list[tuple[float, float]]:
    """One arc: delta-decoded, then from quantized to longitude/latitude."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    x = y = 0
    points = []
    for dx, dy in topology["arcs"][index]:
        x, y = x + dx, y + dy
        points.append((x * sx + tx, y * sy + ty))
    return points


def _ring(indexes: list[int], topology: dict) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = _arc(topology, i) if i >= 0 else _arc(topology, ~i)[::-1]  # a negative index is a reversed arc
        ring.extend(points[1:] if ring else points)
    return ring


def netherlands_rings(path: Path) -> list[list[tuple[float, float]]]:
    topology = json.loads(path.read_text(encoding="utf-8"))
    country = next(
        g
        for g in topology["objects"]["countries"]["geometries"]
        if g.get("properties", {}).get("name") == "Netherlands"
    )
    polygons = country["arcs"] if country["type"] == "MultiPolygon" else [country["arcs"]]
    rings = [_ring(polygon[0], topology) for polygon in polygons]  # outer rings only
    lo_x, lo_y, hi_x, hi_y = BOUNDS
    return [r for r in rings if all(lo_x <= x <= hi_x and lo_y <= y <= hi_y for x, y in r)]


def _project(lon: float, lat: float) -> tuple[float, float]:
    lo_x, lo_y, hi_x, hi_y = BOUNDS
    scale = min((WIDTH - 2 * MARGIN) / ((hi_x - lo_x) * COS_LAT), (HEIGHT - 2 * MARGIN) / (hi_y - lo_y))
    return MARGIN + (lon - lo_x) * COS_LAT * scale, MARGIN + (hi_y - lat) * scale


@dataclass(frozen=True)
class Plek:
    regio: Regio
    x: float
    y: float
    label_y: float  # moved down when it would overlap the label above it
    label_rechts: bool  # False: the label sits left of the dot


@dataclass(frozen=True)
class Kaart:
    outline: str  # SVG path data
    plekken: list[Plek]
    width: int = WIDTH
    height: int = HEIGHT


def kaart(topojson: Path, regios: Iterable[Regio]) -> Kaart:
    parts = []
    for ring in netherlands_rings(topojson):
        points = [_project(lon, lat) for lon, lat in ring]
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
    dots = [(r, *_project(r.coordinaten.lon, r.coordinaten.lat)) for r in regios]
    plekken = []
    for regio, x, y in dots:
        # A dot with a close neighbour to its east gets its label on the west side,
        # so two labels never run into each other (Haarlem and Amsterdam, Ondiep and Overvecht).
        crowded = any(0 < ox - x < 60 and abs(oy - y) < 16 for _, ox, oy in dots)
        plekken.append(Plek(regio, x, y, y, label_rechts=not crowded))
    return Kaart(" ".join(parts), plekken)
