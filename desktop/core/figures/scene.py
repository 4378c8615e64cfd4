"""A drawing as plain data: boxes, dots, lines, areas and labels in one coordinate space.

The timeline, the link chart and the map are each built here, in core, by a
pure function from the store's records to a Scene. The UI paints a Scene
with QPainter (desktop/ui/figures/paint.py) on a widget, a PNG, an SVG or a
briefing page, so what the analyst sees on screen is what the figure file
and the printed briefing show, and tests can check a drawing without Qt.

Coordinates are in points (1/72 inch) of the drawing, y downwards. Colours
are "#rrggbb" or "#rrggbbaa" strings. Text is logical (never reshaped or
reordered): whoever paints it shapes it. `align` is physical (left, center,
right): the builder has already mirrored the drawing for a right-to-left UI.
Items are painted in order; `key` ties an item to the record it stands for.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Union

Point = tuple[float, float]

SHAPES = ("circle", "square", "diamond", "triangle", "hexagon")


@dataclass(frozen=True)
class Box:
    """A rectangle: a bar on the timeline, a lane, a count cell. Soft ends fade out (an approximate date)."""
    x: float
    y: float
    w: float
    h: float
    fill: str = "#90a4ae"
    stroke: str | None = None
    radius: float = 0.0
    soft_left: bool = False
    soft_right: bool = False
    key: str | None = None
    tip: str = ""

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h


@dataclass(frozen=True)
class Dot:
    """A mark of one of SHAPES centred on (x, y) with radius r; `icon` names an icon in resources/icons."""
    x: float
    y: float
    r: float
    fill: str = "#546e7a"
    stroke: str | None = "#ffffff"
    shape: str = "circle"
    icon: str | None = None
    key: str | None = None
    tip: str = ""
    stroke_width: float = 1.0

    def __post_init__(self):
        if self.shape not in SHAPES:
            raise ValueError(f"unknown shape {self.shape!r}; one of {SHAPES}")

    def contains(self, x: float, y: float) -> bool:
        return (x - self.x) ** 2 + (y - self.y) ** 2 <= (self.r + 2) ** 2


@dataclass(frozen=True)
class Line:
    """A polyline: an edge, an axis tick, a river. `arrow` draws a head at the last point."""
    points: tuple[Point, ...]
    stroke: str = "#90a4ae"
    width: float = 1.0
    dash: bool = False
    arrow: bool = False
    key: str | None = None
    tip: str = ""

    def contains(self, x: float, y: float, slack: float = 3.0) -> bool:
        for (x1, y1), (x2, y2) in zip(self.points, self.points[1:]):
            dx, dy = x2 - x1, y2 - y1
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length))
            px, py = x1 + t * dx, y1 + t * dy
            if (x - px) ** 2 + (y - py) ** 2 <= (slack + self.width / 2) ** 2:
                return True
        return False


@dataclass(frozen=True)
class Area:
    """Filled polygons (a country, a province): each ring closed, holes by the even-odd rule."""
    rings: tuple[tuple[Point, ...], ...]
    fill: str = "#eceff1"
    stroke: str | None = "#b0bec5"
    width: float = 0.5
    key: str | None = None
    tip: str = ""

    def contains(self, x: float, y: float) -> bool:
        inside = False
        for ring in self.rings:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
                if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                    inside = not inside
        return inside


@dataclass(frozen=True)
class Label:
    """Text anchored at (x, y): `align` says which side of x the text lies, `valign` which side of y."""
    x: float
    y: float
    text: str
    size: float = 8.0
    color: str = "#263238"
    align: str = "left"       # left: the text starts at x; right: it ends at x; center
    valign: str = "middle"    # top: the text hangs from y; bottom: it stands on y; middle
    bold: bool = False
    max_width: float | None = None   # elided beyond this (at the end the reading direction cuts)
    halo: bool = False               # a pale outline, readable over a map or edges
    key: str | None = None
    tip: str = ""

    def __post_init__(self):
        if self.align not in ("left", "center", "right") or self.valign not in ("top", "middle", "bottom"):
            raise ValueError(f"bad label alignment {self.align!r}/{self.valign!r}")

    def contains(self, x: float, y: float) -> bool:
        return False     # labels are not hit-tested: the mark they name is


Item = Union[Box, Dot, Line, Area, Label]


@dataclass
class Scene:
    """A whole drawing: its size in points, its background, its items in painting order."""
    width: float
    height: float
    items: list[Item] = field(default_factory=list)
    background: str = "#ffffff"
    title: str = ""          # what the figure shows, for the briefing's caption and the SVG's title
    rtl: bool = False        # laid out for a right-to-left reader

    def add(self, item: Item) -> Item:
        self.items.append(item)
        return item

    def extend(self, items) -> None:
        self.items.extend(items)

    def item_at(self, x: float, y: float) -> Item | None:
        """The topmost item with a record key under (x, y): what a click there means."""
        for item in reversed(self.items):
            if item.key and item.contains(x, y):
                return item
        return None

    def key_at(self, x: float, y: float) -> str | None:
        item = self.item_at(x, y)
        return item.key if item else None

    def labels(self) -> list[str]:
        """Every text in the drawing, in painting order (what pdftotext should find again)."""
        return [item.text for item in self.items if isinstance(item, Label)]

    # --- as JSON (a figure kept in a saved briefing) ------------------------------------------

    def to_dict(self) -> dict:
        return {"width": self.width, "height": self.height, "background": self.background, "title": self.title,
                "rtl": self.rtl,
                "items": [{"type": _TYPE_NAMES[type(item)], **dataclasses.asdict(item)} for item in self.items]}

    @classmethod
    def from_dict(cls, data: Mapping) -> "Scene":
        """The scene `to_dict` wrote; ValueError naming the item for anything else."""
        if not isinstance(data, Mapping):
            raise ValueError("a figure's drawing is not an object")
        try:
            scene = cls(float(data["width"]), float(data["height"]), background=str(data.get("background", "")),
                        title=str(data.get("title", "")), rtl=bool(data.get("rtl", False)))
        except (KeyError, TypeError, ValueError):
            raise ValueError("a figure's drawing has no size") from None
        for n, raw in enumerate(data.get("items") or ()):
            scene.items.append(_item(n, raw))
        return scene


_TYPES = {"box": Box, "dot": Dot, "line": Line, "area": Area, "label": Label}
_TYPE_NAMES = {v: k for k, v in _TYPES.items()}


def _points(raw) -> tuple[Point, ...]:
    return tuple((float(x), float(y)) for x, y in raw)


def _item(n: int, raw) -> Item:
    if not isinstance(raw, Mapping) or raw.get("type") not in _TYPES:
        raise ValueError(f"a figure's drawing item {n + 1} is of no known type")
    cls = _TYPES[raw["type"]]
    names = {f.name for f in dataclasses.fields(cls)}
    values = {k: v for k, v in raw.items() if k in names}
    try:
        if cls is Line:
            values["points"] = _points(values["points"])
        elif cls is Area:
            values["rings"] = tuple(_points(ring) for ring in values["rings"])
        return cls(**values)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"a figure's drawing item {n + 1} is malformed: {exc}") from None
