"""The map of the Netherlands, made at build time from Natural Earth (npm `world-atlas`).

world-atlas ships TopoJSON: shared arcs, quantized and delta-encoded. Decoding it is the
few lines of the TopoJSON specification below; Python has no maintained reader for it.
We keep the polygons of the European Netherlands (the Caribbean parts lie far away),
project them with an equirectangular projection scaled for latitude 52°, and place each
region by its coordinates. templates/partials/kbz/kaart.html draws the SVG.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from kbz_site.cache import keep

from .model import Regio

WIDTH, HEIGHT, MARGIN = 400, 460, 12
# Tap areas (WCAG 2.2 target size, 24 x 24 CSS px): on a 320 px phone the map is about
# 288 px wide, 0.72 px per unit, so 34 units are 24.5 px (27.9 px on a 360 px phone). A
# label's width is estimated from its length (bold 14-unit text is 7-8 units per letter).
VLAK_HOOGTE, LETTER, VLAK_MARGE = 34, 8.4, 4
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

    @property
    def vlak(self) -> tuple[float, float, float, float]:
        """The tap area around the label: x, y, width, height (the dot is not part of it)."""
        breedte = len(self.regio.naam) * LETTER + 2 * VLAK_MARGE
        links = self.x + 10 - VLAK_MARGE if self.label_rechts else self.x - 10 + VLAK_MARGE - breedte
        return links, self.label_y - VLAK_HOOGTE / 2 - 1, breedte, VLAK_HOOGTE


@dataclass(frozen=True)
class Kaart:
    outline: str  # SVG path data
    plekken: list[Plek]
    width: int = WIDTH
    height: int = HEIGHT


def _omtrek(topojson: Path) -> str:
    """The outline as SVG path data."""
    parts = []
    for ring in netherlands_rings(topojson):
        points = [_project(lon, lat) for lon, lat in ring]
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
    return " ".join(parts)


def omtrek(topojson: Path, cache: Path | None = None) -> str:
    """The outline, from ``cache`` when this version of the file and of this code drew it
    before: decoding the 750 kB TopoJSON is a tenth of a second of every build and every
    `make serve` rebuild, for a result that changes only with an npm update."""
    if cache is None:
        return _omtrek(topojson)
    data = topojson.read_bytes()
    salt = f"{WIDTH} {HEIGHT} {MARGIN} {BOUNDS}".encode() + Path(__file__).read_bytes()
    path = cache / f"{hashlib.sha256(salt + data).hexdigest()[:24]}.txt"
    try:
        # The outline's own checksum first: a damaged file (empty, cut off) is drawn again.
        checksum, _, kept = path.read_text(encoding="utf-8").partition("\n")
        if checksum == _checksum(kept):
            return kept
    except (OSError, UnicodeDecodeError):
        pass
    outline = _omtrek(topojson)
    try:
        keep(path, f"{_checksum(outline)}\n{outline}".encode())
    except OSError:
        pass  # a cache that cannot be written only costs time
    return outline


def _checksum(outline: str) -> str:
    return hashlib.sha256(outline.encode()).hexdigest()[:16]


def kaart(topojson: Path, regios: Iterable[Regio], cache: Path | None = None) -> Kaart:
    outline = omtrek(topojson, cache)
    dots = [(r, *_project(r.coordinaten.lon, r.coordinaten.lat)) for r in regios]
    plekken = []
    for regio, x, y in dots:
        # A dot with a close neighbour to its east gets its label on the west side,
        # so two labels never run into each other (Haarlem and Amsterdam, Ondiep and Overvecht).
        crowded = any(0 < ox - x < 60 and abs(oy - y) < 16 for _, ox, oy in dots)
        plekken.append(Plek(regio, x, y, y, label_rechts=not crowded))
    return Kaart(outline, _uit_elkaar(plekken))


def _uit_elkaar(plekken: list[Plek]) -> list[Plek]:
    """Move a label down until its tap area overlaps no label placed above it."""
    geplaatst: list[Plek] = []
    for plek in sorted(plekken, key=lambda p: (p.y, p.x)):
        while botsing := next((p for p in geplaatst if _overlappen(p.vlak, plek.vlak)), None):
            plek = replace(plek, label_y=botsing.label_y + VLAK_HOOGTE + 1)
        geplaatst.append(plek)
    volgorde = {id(p.regio): i for i, p in enumerate(plekken)}
    return sorted(geplaatst, key=lambda p: volgorde[id(p.regio)])


def _overlappen(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
