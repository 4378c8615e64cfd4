"""What the map shows, read from the store: places as points with their events counted, and the places
without coordinates listed apart.

Where a point comes from, best first:
  own       the place's own coordinates (ACLED, GDELT, UCDP, the gazetteer at import, or typed in);
  ancestor  events at a place without coordinates are drawn at its parent (or grandparent) that has
            them, and the point's tip says so;
  gazetteer a place without coordinates whose name the shipped gazetteer knows, drawn at the
            gazetteer's coordinates (approximate, said in the tip);
  country   a country without coordinates, drawn at its name's place on the basemap.
Whatever has none of these stays in the list of places without coordinates,
with its event count; nothing is dropped silently.

A search restricts events and places through the same hits as the tabs (and
so the timeline's from:/to: span, which lives in the query). Reading is
capped (CAP points): when there are more, the source reads again for the
visible box only as the view zooms in (`covers`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core import kinds, views
from desktop.core.query import Query

CAP = 4000              # points read at most at a time
UNLOCATED_CAP = 200     # places without coordinates listed at most
EVENTS_AT_CAP = 500     # events a click on a place selects at most


@dataclass(frozen=True)
class MapPoint:
    key: str
    name: str
    name_en: str | None
    lon: float
    lat: float
    type: str | None = None
    events: int = 0            # events at the place itself
    inherited: int = 0         # events at places inside it without coordinates, drawn here
    via: int = 0               # how many such places
    origin: str = "own"        # own, gazetteer, country (where the coordinates come from)
    precision: str | None = None
    parents: tuple[str, ...] = ()   # ancestors' names, nearest first (for the tip)
    parents_en: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return self.events + self.inherited

    def display_name(self, language: str) -> str:
        return self.name_en if language != "ar" and self.name_en else self.name


@dataclass(frozen=True)
class Unlocated:
    key: str
    name: str
    name_en: str | None
    type: str | None
    events: int
    shown_at: str | None = None         # the key of the point its events are drawn at, if any
    shown_at_name: str | None = None
    shown_at_name_en: str | None = None
    origin: str | None = None           # ancestor, gazetteer, country; None: not on the map

    def display_name(self, language: str) -> str:
        return self.name_en if language != "ar" and self.name_en else self.name


@dataclass
class MapData:
    points: list[MapPoint] = field(default_factory=list)
    unlocated: list[Unlocated] = field(default_factory=list)
    unlocated_total: int = 0
    totals: dict[str, int] = field(default_factory=dict)
    capped: bool = False                 # more points than CAP: read again per visible box
    bbox: tuple[float, float, float, float] | None = None    # what was read (None: the world)

    def extent(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) of the points, None when there are none."""
        if not self.points:
            return None
        lons = [p.lon for p in self.points]
        lats = [p.lat for p in self.points]
        return min(lons), min(lats), max(lons), max(lats)


def _contains(outer, inner) -> bool:
    if inner is None:
        return outer is None
    if outer is None:
        return True
    return outer[0] <= inner[0] and outer[1] <= inner[1] and outer[2] >= inner[2] and outer[3] >= inner[3]


def _area(bbox) -> float:
    west, south, east, north = bbox
    return ((east - west) % 360 or 360) * max(0.0, north - south)


class MapSource:
    """The map's data for one search (or set of records), read lazily and kept until the search changes."""

    def __init__(self, store, basemap_loader=None, cap: int = CAP, gazetteer=None):
        self.store = store
        self.cap = cap
        self._basemap_loader = basemap_loader
        self._gazetteer = gazetteer
        self._query: Query | str | None = None
        self.keys: tuple[str, ...] | None = None
        self._hits: dict[str, object] = {}
        self.data: MapData | None = None

    # --- what is shown ------------------------------------------------------------------

    def set_query(self, query: Query | str | None) -> None:
        text = query.text if isinstance(query, Query) else (query or "")
        self._query = query if text.strip() else None
        self.keys = None
        self.reset()

    def set_keys(self, keys) -> None:
        """Show these records only: places, and events at their places."""
        self.keys = tuple(k for k in keys if kinds.kind_of(k) in ("event", "place"))
        self.reset()

    def reset(self) -> None:
        """Forget what was read (the store changed, or the search did)."""
        self._hits = {}
        self.data = None

    @property
    def searching(self) -> bool:
        return self._query is not None or self.keys is not None

    def _hit_set(self, kind: str):
        if kind not in self._hits:
            if self.keys is not None:
                self._hits[kind] = self.store.map_key_hits(kind, [k for k in self.keys if kinds.kind_of(k) == kind])
            elif self._query is None:
                self._hits[kind] = None
            else:
                self._hits[kind] = views.hits(self.store, kind, self._query)
        return self._hits[kind]

    # --- reading ------------------------------------------------------------------------

    def covers(self, bbox) -> bool:
        """Whether what was read already holds everything inside `bbox`."""
        if self.data is None:
            return False
        # Capped data holds the busiest places of the box it was read for: a box inside it is read
        # anew once it is a quarter of that box or less, so zooming in brings the quieter places.
        if not self.data.capped:
            return True
        held = self.data.bbox
        return held is not None and _contains(held, bbox) and _area(bbox) * 4 > _area(held)

    def data_for(self, bbox=None) -> MapData:
        """The data inside `bbox` (None: the world), read only when what was read does not cover it."""
        if not self.covers(bbox):
            self.data = self._read(None if self.data is None else bbox)
        return self.data

    def _read(self, bbox) -> MapData:
        filters = views.Filters()
        event_hits, place_hits = self._hit_set("event"), self._hit_set("place")
        rows = self.store.map_event_places(filters, event_hits, bbox, self.cap)
        capped = len(rows) > self.cap
        rows = rows[:self.cap]
        by_key: dict[str, dict] = {r["key"]: r for r in rows}
        if len(by_key) < self.cap and not capped:
            # Places without events (or that the search matched by name) fill what room is left.
            wanted = self.cap + len(by_key)
            located = self.store.map_located_places(place_hits, bbox, wanted)
            for r in located:
                if r["key"] in by_key:
                    continue
                if len(by_key) >= self.cap:
                    capped = True
                    break
                by_key[r["key"]] = dict(r, events=0, inherited=0, via=0)
        parents = self.store.map_place_parents(list(by_key)) if by_key else {}
        points = [_point(r, parents.get(key, ())) for key, r in by_key.items()]
        if self.data is not None and bbox is not None:
            # A box read again as the view zooms: what is not placed, and the totals, are the search's
            # and have not changed; only the points are read for the box.
            previous = self.data
            points += [p for p in previous.points if p.origin != "own" and p.key not in by_key]
            return MapData(points, previous.unlocated, previous.unlocated_total, previous.totals, capped, bbox)
        unlocated_rows, total = self.store.map_unlocated_places(filters, event_hits, place_hits, self.searching,
                                                                UNLOCATED_CAP)
        unlocated, extra = self._place_unlocated(unlocated_rows, by_key)
        points += extra
        if rows and bbox is None:
            # The world totals came with the places, summed in the same pass over the events.
            first = rows[0]
            totals = {"with_place": first["with_place"], "mapped": first["mapped"],
                      "at_ancestor": first["at_ancestor"], "unmapped": first["with_place"] - first["mapped"],
                      "placeless": self.store.map_placeless(filters, event_hits)}
        else:
            totals = self.store.map_event_totals(filters, event_hits)
        totals["approximate"] = sum(p.events for p in extra)
        return MapData(points, unlocated, total, totals, capped, bbox)

    def _place_unlocated(self, rows: list[dict], located: dict) -> tuple[list[Unlocated], list[MapPoint]]:
        """The listed places without coordinates; those the gazetteer or the basemap can place, as points."""
        out, extra = [], []
        for r in rows:
            if r["anchor_key"]:
                out.append(Unlocated(r["key"], r["name"], r["name_en"], r["type"], r["events"], r["anchor_key"],
                                     r["anchor_name"], r["anchor_name_en"], "ancestor"))
                continue
            found = self._approximate(r)
            if found is None:
                out.append(Unlocated(r["key"], r["name"], r["name_en"], r["type"], r["events"]))
                continue
            lon, lat, origin = found
            extra.append(MapPoint(r["key"], r["name"], r["name_en"], lon, lat, r["type"], r["events"], origin=origin))
            out.append(Unlocated(r["key"], r["name"], r["name_en"], r["type"], r["events"], r["key"], r["name"],
                                 r["name_en"], origin))
        return out, extra

    def _approximate(self, row: dict) -> tuple[float, float, str] | None:
        names = [n for n in (row["name_en"], row["name"]) if n]
        if row["type"] == "country" and self._basemap_loader is not None:
            basemap = self._basemap_loader()
            for name in names:
                country = basemap.find(name)
                if country is not None:
                    return country.label[0], country.label[1], "country"
        gazetteer = self._gazetteer_now()
        if gazetteer is None:
            return None
        for name in names:
            places = {(e.record.get("lon"), e.record.get("lat")) for e in gazetteer.lookup(name)
                      if e.kind == "place" and e.record.get("lat") is not None and e.record.get("lon") is not None}
            if len(places) == 1:      # a name the gazetteer gives two places to stays unplaced
                lon, lat = places.pop()
                return float(lon), float(lat), "gazetteer"
        return None

    def _gazetteer_now(self):
        if self._gazetteer is False:
            return None
        if self._gazetteer is None:
            from desktop.core.extract.gazetteer import default_gazetteer
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    # --- a place's events ---------------------------------------------------------------

    def events_at(self, place_key: str, cap: int = EVENTS_AT_CAP) -> list[str]:
        """The events that pass drawn at this place, most recent first."""
        return self.store.map_events_at(place_key, views.Filters(), self._hit_set("event"), cap)


def _point(row: dict, parents) -> MapPoint:
    return MapPoint(row["key"], row["name"], row["name_en"], float(row["lon"]), float(row["lat"]), row["type"],
                    int(row["events"] or 0), int(row["inherited"] or 0), int(row["via"] or 0), "own",
                    row.get("precision"), tuple(p[1] for p in parents), tuple(p[2] or p[1] for p in parents))
