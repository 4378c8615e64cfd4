"""The offline map (issue 14): places and their events on a shipped Natural Earth basemap.

The pieces, each Qt-free:
  basemap.py     the shipped countries and first-level boundaries, decoded on demand
  projection.py  Web Mercator and the View (zoom around a point, pan, fit a box)
  cluster.py     points that crowd on the drawing merged into counted clusters
  source.py      what the store gives: places with events counted, places without coordinates
  draw.py        the pure scene builder: basemap + data + view -> desktop.core.figures.scene.Scene
This module joins them: `MapState` is what a map widget holds (its source,
view and basemap; nothing is kept at module level), and `map_scene` builds
the figure headless (`marsad briefing --figure map`, figure export).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core import kinds
from desktop.core.figures.scene import Scene
from desktop.core.geo.basemap import Basemap, BasemapError, Country, default_path
from desktop.core.geo.cluster import Cluster, Spot, cluster
from desktop.core.geo.draw import CLUSTER_KEY, WORDS, MapPicture, build_scene, word
from desktop.core.geo.projection import View, fit, to_lonlat, to_world
from desktop.core.geo.source import CAP, MapData, MapPoint, MapSource, Unlocated

__all__ = ["CAP", "CLUSTER_KEY", "WORDS", "Basemap", "BasemapError", "Cluster", "Country", "MapData", "MapPicture",
           "MapPoint", "MapSource", "MapState", "Spot", "Unlocated", "View", "build_scene", "cluster",
           "default_path", "fit", "map_scene", "to_lonlat", "to_world", "word"]


@dataclass
class MapState:
    """What a map on screen (or on a page) holds: its source, its view, its basemap, its last drawing.

    `scene(read=False)` redraws from what was read (a frame while panning);
    `needs_reading()` says when the visible box is not covered by what was read.
    """
    source: MapSource | None
    view: View
    language: str = "ar"
    arabic_digits: bool = False
    selected: tuple[str, ...] = ()
    title: str = ""
    basemap_path: str | None = None
    picture: MapPicture | None = field(default=None, repr=False)
    _basemap: Basemap | None = field(default=None, repr=False)
    _basemap_failed: bool = field(default=False, repr=False)
    _highlight: frozenset = field(default=frozenset(), repr=False)

    @classmethod
    def for_store(cls, store, width: float = 760, height: float = 420, **kw) -> "MapState":
        state = cls(None, View(width, height), **kw)
        state.source = MapSource(store, basemap_loader=state.basemap)   # a country is placed on this basemap
        return state

    def basemap(self) -> Basemap | None:
        """The basemap, read on first use; None (a map of points on the sea) when it cannot be read."""
        if self._basemap is None and not self._basemap_failed:
            try:
                self._basemap = Basemap.load(self.basemap_path)
            except BasemapError:
                self._basemap_failed = True
        return self._basemap

    def read(self) -> MapData:
        return self.source.data_for(self.view.bbox(margin=40))

    def needs_reading(self) -> bool:
        return not self.source.covers(self.view.bbox(margin=40))

    def fit(self, margin: float = 36.0) -> None:
        """Show every point (the world when there are none)."""
        data = self.source.data_for(None) if self.source.data is None else self.source.data
        self.view = fit(data.extent(), self.view.width, self.view.height, margin)

    def select(self, keys) -> None:
        """Highlight these records: places themselves, events at the place they are drawn at."""
        self.selected = tuple(keys)
        events = [k for k in self.selected if kinds.kind_of(k) == "event"]
        anchors = set(self.source.store.map_anchors_of(events).values()) if events else set()
        self._highlight = frozenset(k for k in self.selected if kinds.kind_of(k) == "place") | anchors

    def scene(self, read: bool = True) -> Scene:
        data = self.read() if read or self.source.data is None else self.source.data
        self.picture = build_scene(self.basemap(), data, self.view, self.language, self.arabic_digits,
                                   self._highlight, self.title)
        return self.picture.scene

    def scene_for(self, width: float, height: float) -> Scene:
        """What the view shows now, fitted to width×height points (a briefing figure); the view is kept."""
        seen = fit(self.view.bbox(), width, height, margin=0)
        data = self.source.data if self.source.data is not None else self.source.data_for(seen.bbox(margin=40))
        return build_scene(self.basemap(), data, seen, self.language, self.arabic_digits, self._highlight,
                           self.title).scene

    def cluster_members(self, key: str) -> tuple[str, ...]:
        """The place keys a cluster of the last drawing stands for (a place's own key: itself)."""
        if self.picture is not None and key in self.picture.clusters:
            return self.picture.clusters[key].members
        return (key,) if key and not key.startswith(CLUSTER_KEY) else ()


def map_scene(store, query_text: str | None = None, keys=None, width: float = 760, height: float = 420,
              language: str = "ar", arabic_digits: bool = False, selected=(), title: str = "",
              basemap_path: str | None = None) -> Scene:
    """The map of what `query_text` matches (or of the records `keys`), fitted to its points."""
    state = MapState.for_store(store, width, height, language=language, arabic_digits=arabic_digits,
                               title=title or _title(language, query_text), basemap_path=basemap_path)
    if keys:
        state.source.set_keys(keys)
    else:
        state.source.set_query(query_text)
    state.select(selected)
    state.fit()
    return state.scene()


def _title(language: str, query_text: str | None) -> str:
    base = WORDS["ar" if language == "ar" else "en"]["title"]
    return f"{base}: {query_text.strip()}" if query_text and query_text.strip() else base
