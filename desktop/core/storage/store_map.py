"""What the map view asks of the store (a mixin of Store; the SQL is in storage/map.py).

`filters` is a desktop.core.views.Filters and the hit sets are a search's
HitSets (views.hits), as for the tabs' counts and pages. A `bbox` is
(west, south, east, north) in degrees: only what lies inside is read.
"""
from __future__ import annotations

from desktop.core.storage import map as map_sql
from desktop.core.storage.connection import guarded


class MapMixin:
    def map_event_places(self, filters, hit_set, bbox=None, cap: int = 4000) -> list[dict]:
        """Places where the events that pass are drawn (own coordinates or an ancestor's), most events
        first, at most cap + 1; each row also carries the world totals with_place, mapped, at_ancestor."""
        with guarded(self.path):
            return map_sql.event_places(self._conn, filters, hit_set, bbox, cap)

    def map_event_totals(self, filters, hit_set) -> dict[str, int]:
        """Events that pass: with_place, mapped, at_ancestor, unmapped (place without coordinates), placeless."""
        with guarded(self.path):
            return map_sql.event_totals(self._conn, filters, hit_set)

    def map_placeless(self, filters, hit_set) -> int:
        """Events that pass and have no place."""
        with guarded(self.path):
            return map_sql.placeless(self._conn, filters, hit_set)

    def map_located_places(self, hit_set, bbox=None, cap: int = 4000) -> list[dict]:
        """Places with coordinates (those the search matched, or all), at most cap + 1."""
        with guarded(self.path):
            return map_sql.located_places(self._conn, hit_set, bbox, cap)

    def map_unlocated_places(self, filters, event_hits, place_hits, searching: bool,
                             cap: int = 200) -> tuple[list[dict], int]:
        """Places without coordinates in play (at most `cap`, most events first) and their number."""
        with guarded(self.path):
            return map_sql.unlocated_places(self._conn, filters, event_hits, place_hits, searching, cap)

    def map_events_at(self, place_key: str, filters, hit_set, cap: int = 500) -> list[str]:
        """Keys of the events that pass drawn at this place, most recent first."""
        with guarded(self.path):
            return map_sql.events_at(self._conn, place_key, filters, hit_set, cap)

    def map_place_parents(self, keys: list[str]) -> dict[str, list[tuple[str, str, str | None]]]:
        with guarded(self.path):
            return map_sql.place_parents(self._conn, keys)

    def map_key_hits(self, kind: str, keys: list[str]):
        """A HitSet of the records with these keys (a map of chosen records)."""
        return map_sql.key_hits(kind, keys)

    def map_anchors_of(self, event_keys: list[str]) -> dict[str, str]:
        """Event key -> the key of the place the map draws it at."""
        with guarded(self.path):
            return map_sql.anchors_of(self._conn, event_keys)
