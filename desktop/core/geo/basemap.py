"""The shipped basemap (resources/basemap/basemap.json.gz): countries and first-level boundaries.

Built from Natural Earth by packaging/basemap/build_basemap.py (see
resources/basemap/README.md). Nothing is downloaded: the file ships with the
app. It is read once per Basemap object, when a map is first drawn, and each
country's rings are decoded on first use at the level of detail asked for,
so a view of one region decodes that region only. The view holds its
Basemap; there is no module-level cache.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from desktop import paths
from desktop.core.errors import InputError
from desktop.core.geo.projection import to_world

FORMAT, VERSION = "marsad-basemap", 1
LEVELS = ("coarse", "fine")
GRID = 10.0          # degrees: the cells the province lines are indexed by

Ring = list[tuple[float, float]]
BBox = tuple[float, float, float, float]


def default_path() -> Path:
    return paths.resources_dir() / "basemap" / "basemap.json.gz"


class BasemapError(InputError):
    """The basemap file is missing or unreadable."""


@dataclass(frozen=True)
class Country:
    index: int
    name: str          # Natural Earth's English name
    name_ar: str       # its Arabic name ("" where Natural Earth has none)
    name_long: str
    iso_a2: str
    iso_a3: str
    label: tuple[float, float]   # (lon, lat) where its name is written
    rank: int          # Natural Earth's LABELRANK: 1 most prominent ... 10
    bbox: BBox

    def display_name(self, language: str) -> str:
        return self.name_ar if language == "ar" and self.name_ar else self.name

    def overlaps(self, bbox: BBox) -> bool:
        return _overlaps(self.bbox, bbox)


def _overlaps(a: BBox, b: BBox) -> bool:
    return not (a[2] < b[0] or a[0] > b[2] or a[3] < b[1] or a[1] > b[3])


def _decode(code: list[int], scale: float) -> Ring:
    xs = accumulate(code[0::2])
    ys = accumulate(code[1::2])
    return [(x / scale, y / scale) for x, y in zip(xs, ys)]


class Basemap:
    """Countries and province boundary lines, decoded on demand and kept for this object's life."""

    def __init__(self, doc: dict):
        if doc.get("format") != FORMAT or doc.get("version") != VERSION:
            raise BasemapError("basemap.unreadable", path="basemap", reason="not a Marsad basemap of this version")
        self.scale = float(doc["scale"])
        self.source = doc.get("source", {})
        self._raw = doc["countries"]
        self.countries = [
            Country(i, c["name"], c.get("name_ar", ""), c.get("name_long", ""), c.get("iso_a2", ""),
                    c.get("iso_a3", ""), tuple(c["label"]), int(c.get("rank", 9)), tuple(c["bbox"]))
            for i, c in enumerate(self._raw)]
        self._rings: dict[tuple[int, str], list[Ring]] = {}
        self._world: dict[tuple[int, str], list[Ring]] = {}
        self._lines_raw = doc.get("provinces", [])
        self._lines: dict[int, Ring] = {}
        self._grid: dict[tuple[int, int], list[int]] = {}
        for i, line in enumerate(self._lines_raw):
            for cell in _cells(tuple(line["bbox"])):
                self._grid.setdefault(cell, []).append(i)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Basemap":
        path = Path(path) if path is not None else default_path()
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                doc = json.load(fh)
        except (OSError, EOFError, ValueError) as exc:
            raise BasemapError("basemap.unreadable", path=str(path), reason=str(exc)) from None
        return cls(doc)

    # --- countries -----------------------------------------------------------------------

    def rings(self, country: Country, level: str = "fine") -> list[Ring]:
        """The country's rings (lon, lat) at `level` ("coarse" for a world view, "fine" for a region)."""
        if level not in LEVELS:
            raise ValueError(f"unknown level of detail {level!r}; one of {LEVELS}")
        key = (country.index, level)
        if key not in self._rings:
            self._rings[key] = [_decode(code, self.scale) for code in self._raw[country.index][level]]
        return self._rings[key]

    def world_rings(self, country: Country, level: str = "fine") -> list[Ring]:
        """The rings in Web Mercator world coordinates, projected once: a frame only scales and shifts them."""
        key = (country.index, level)
        if key not in self._world:
            self._world[key] = [[to_world(lon, lat) for lon, lat in ring] for ring in self.rings(country, level)]
        return self._world[key]

    def countries_in(self, bbox: BBox) -> list[Country]:
        return [c for c in self.countries if c.overlaps(bbox)]

    def find(self, name: str) -> Country | None:
        """A country by its English, long, Arabic name or ISO code (case-insensitive)."""
        wanted = name.strip().casefold()
        for c in self.countries:
            if wanted in (c.name.casefold(), c.name_long.casefold(), c.name_ar.casefold(), c.iso_a2.casefold(),
                          c.iso_a3.casefold()):
                return c
        return None

    def country_at(self, lon: float, lat: float) -> Country | None:
        """The country whose (fine) outline holds the point, or None (the sea)."""
        for c in self.countries:
            b = c.bbox
            if b[0] <= lon <= b[2] and b[1] <= lat <= b[3] and _inside(self.rings(c, "fine"), lon, lat):
                return c
        return None

    # --- first-level boundaries ----------------------------------------------------------

    def province_lines(self, bbox: BBox) -> list[Ring]:
        """The admin-1 boundary lines that cross the box, in Web Mercator world coordinates."""
        seen: set[int] = set()
        out = []
        for cell in _cells(bbox):
            for i in self._grid.get(cell, ()):
                if i in seen:
                    continue
                seen.add(i)
                if _overlaps(tuple(self._lines_raw[i]["bbox"]), bbox):
                    if i not in self._lines:
                        self._lines[i] = [to_world(x, y) for x, y in _decode(self._lines_raw[i]["line"],
                                                                               self.scale)]
                    out.append(self._lines[i])
        return out

    @property
    def province_line_count(self) -> int:
        return len(self._lines_raw)


def _cells(bbox: BBox):
    west, south, east, north = bbox
    for gx in range(int((max(-180.0, west) + 180) // GRID), int((min(180.0, east) + 180) // GRID) + 1):
        for gy in range(int((max(-90.0, south) + 90) // GRID), int((min(90.0, north) + 90) // GRID) + 1):
            yield gx, gy


def _inside(rings: list[Ring], x: float, y: float) -> bool:
    """Even-odd rule over every ring, as the map paints them."""
    inside = False
    for ring in rings:
        n = len(ring)
        for i in range(n):
            x1, y1 = ring[i - 1]
            x2, y2 = ring[i]
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                inside = not inside
    return inside
