"""Web Mercator and a viewport on it: degrees to points and back, zoom around a point, pan, fit a box.

Why Web Mercator and not plain longitude/latitude (equirectangular): it is
conformal, so a region keeps its shape at any latitude (Iraq at 33° N would
otherwise be stretched 20% east-west) and the scale bar holds in every
direction at the view's centre; it is also the projection analysts know from
web maps. Its distortion near the poles does not matter for event maps, and
latitudes are clamped to ±85.05° (the square world of web maps).

World coordinates: x and y in [0, 1], x east from the antimeridian, y south
from 85.05° N. A View maps them to points on the drawing: `scale` points per
world width, the world point (cx, cy) at the drawing's centre.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

MAX_LAT = 85.0511287798
EARTH_CIRCUMFERENCE_KM = 40075.016686
MIN_SCALE = 256.0            # the whole world in 256 points: nothing to see further out
MAX_SCALE = 256.0 * 2 ** 17  # about 1 m a point: closer than any event data is precise


def to_world(lon: float, lat: float) -> tuple[float, float]:
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    s = math.sin(math.radians(lat))
    return (lon + 180.0) / 360.0, 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)


def to_lonlat(x: float, y: float) -> tuple[float, float]:
    lon = x * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))
    return lon, lat


@dataclass(frozen=True)
class View:
    """What part of the world a drawing of width × height points shows."""
    width: float
    height: float
    cx: float = 0.5
    cy: float = 0.5
    scale: float = MIN_SCALE

    def __post_init__(self):
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"a map needs a size, not {self.width}×{self.height}")

    # --- projecting -------------------------------------------------------------------------

    def to_screen(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = to_world(lon, lat)
        return self.world_to_screen(x, y)

    def world_to_screen(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.cx) * self.scale + self.width / 2, (y - self.cy) * self.scale + self.height / 2

    def screen_to_world(self, sx: float, sy: float) -> tuple[float, float]:
        return (sx - self.width / 2) / self.scale + self.cx, (sy - self.height / 2) / self.scale + self.cy

    def to_geo(self, sx: float, sy: float) -> tuple[float, float]:
        return to_lonlat(*self.screen_to_world(sx, sy))

    # --- what is seen -----------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """Web-map zoom level: 0 shows the world in 256 points, each level doubles."""
        return math.log2(self.scale / 256.0)

    def degrees_per_point(self) -> float:
        return 360.0 / self.scale

    def km_per_point(self) -> float:
        """At the view's centre latitude."""
        _, lat = to_lonlat(self.cx, self.cy)
        return EARTH_CIRCUMFERENCE_KM * math.cos(math.radians(lat)) / self.scale

    def bbox(self, margin: float = 0.0) -> tuple[float, float, float, float]:
        """(west, south, east, north) seen, widened by `margin` points, clamped to the world."""
        x0, y0 = self.screen_to_world(-margin, -margin)
        x1, y1 = self.screen_to_world(self.width + margin, self.height + margin)
        west, north = to_lonlat(max(0.0, x0), max(0.0, y0))
        east, south = to_lonlat(min(1.0, x1), min(1.0, y1))
        return west, south, east, north

    def sees_world(self) -> bool:
        x0, y0 = self.screen_to_world(0, 0)
        x1, y1 = self.screen_to_world(self.width, self.height)
        return x0 <= 0 and x1 >= 1

    # --- moving -----------------------------------------------------------------------------

    def resized(self, width: float, height: float) -> "View":
        return self._clamped(replace(self, width=max(1.0, width), height=max(1.0, height)))

    def panned(self, dx: float, dy: float) -> "View":
        """The view after dragging the map by (dx, dy) points."""
        return self._clamped(replace(self, cx=self.cx - dx / self.scale, cy=self.cy - dy / self.scale))

    def zoomed(self, factor: float, at: tuple[float, float] | None = None) -> "View":
        """Zoom by `factor` keeping the world point under `at` (a drawing point; default the centre) still."""
        sx, sy = at if at is not None else (self.width / 2, self.height / 2)
        wx, wy = self.screen_to_world(sx, sy)
        scale = max(MIN_SCALE, min(MAX_SCALE, self.scale * factor))
        cx = wx - (sx - self.width / 2) / scale
        cy = wy - (sy - self.height / 2) / scale
        return self._clamped(replace(self, scale=scale, cx=cx, cy=cy))

    def _clamped(self, view: "View") -> "View":
        # The centre stays over the world, so the map can never be dragged off screen.
        return replace(view, cx=min(1.0, max(0.0, view.cx)), cy=min(1.0, max(0.0, view.cy)))


def fit(bbox: tuple[float, float, float, float] | None, width: float, height: float, margin: float = 24.0,
        max_zoom: float = 11.0, min_span_km: float = 250.0) -> View:
    """The view that shows (west, south, east, north) whole, inside `margin` points; the world for None.

    A single point (or a tiny box) is not zoomed in further than `max_zoom`, nor to
    less than `min_span_km` across, so one place shows with its province around it.
    """
    if bbox is None:
        view = View(width, height)
        return view.zoomed(min(width, height) / MIN_SCALE)
    west, south, east, north = bbox
    x0, y1 = to_world(west, south)
    x1, y0 = to_world(east, north)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    span_x = max(x1 - x0, min_span_km / EARTH_CIRCUMFERENCE_KM)
    span_y = max(y1 - y0, min_span_km / EARTH_CIRCUMFERENCE_KM)
    usable_w, usable_h = max(1.0, width - 2 * margin), max(1.0, height - 2 * margin)
    scale = min(usable_w / span_x, usable_h / span_y, 256.0 * 2 ** max_zoom)
    scale = max(MIN_SCALE, min(MAX_SCALE, scale))
    return View(width, height, cx, cy, scale)
