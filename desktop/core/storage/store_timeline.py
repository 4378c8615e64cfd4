"""What the timeline view asks of the store (a mixin of Store; the SQL is in storage/timeline.py).

`filters` is a desktop.core.views.Filters and `hit_set` the HitSet of a search
(views.hits), as for the tabs' counts and pages.
"""
from __future__ import annotations

from desktop.core import kinds
from desktop.core.storage import timeline
from desktop.core.storage.connection import guarded


class TimelineMixin:
    def timeline_extent(self, kind: str, filters, hit_set) -> tuple[str | None, str | None, int]:
        """(first date, last date covered, undated records) of what passes."""
        with guarded(self.path):
            return timeline.extent(self._conn, kinds.get(kind), filters, hit_set)

    def timeline_count(self, kind: str, filters, hit_set, lo: str, hi: str) -> int:
        """Records starting within the ISO days [lo, hi] (a year or month date from its first day)."""
        with guarded(self.path):
            return timeline.count_starting(self._conn, kinds.get(kind), filters, hit_set, lo, hi)

    def timeline_lane_totals(self, kind: str, filters, hit_set, lo: str, hi: str, lane: str,
                             limit: int) -> tuple[list[tuple[object, int]], int]:
        with guarded(self.path):
            return timeline.lane_totals(self._conn, kinds.get(kind), filters, hit_set, lo, hi, lane, limit)

    def timeline_buckets(self, kind: str, filters, hit_set, lo: str, hi: str, grain: str, lane: str = "none",
                         lanes: list | None = None) -> list[tuple[object, str, int]]:
        """(lane value, date prefix, count) rows: GROUP BY the grain's date prefix (and the lane)."""
        with guarded(self.path):
            return timeline.bucket_counts(self._conn, kinds.get(kind), filters, hit_set, lo, hi, grain, lane, lanes)

    def timeline_items(self, kind: str, filters, hit_set, date_from: str, date_to: str, cap: int) -> list[dict]:
        """At most cap + 1 records starting within the ISO days [date_from, date_to], in date order."""
        with guarded(self.path):
            return timeline.items(self._conn, kinds.get(kind), filters, hit_set, date_from, date_to, cap)

    def timeline_ranges(self, kind: str, filters, hit_set, limit: int) -> list[tuple[int, str, str]]:
        """(row id, date, date_end) of every range that passes, at most limit + 1 (one pass over the table)."""
        with guarded(self.path):
            return timeline.ranges(self._conn, kinds.get(kind), filters, hit_set, limit)

    def timeline_early_items(self, kind: str, filters, hit_set, date_from: str, cap: int) -> list[dict]:
        """Ranges begun before date_from that reach it (a scan), at most cap + 1."""
        with guarded(self.path):
            return timeline.early_items(self._conn, kinds.get(kind), filters, hit_set, date_from, cap)

    def timeline_items_by_ids(self, kind: str, ids: list[int]) -> list[dict]:
        with guarded(self.path):
            return timeline.items_by_ids(self._conn, kinds.get(kind), ids)

    def timeline_items_by_keys(self, kind: str, keys: list[str]) -> list[dict]:
        with guarded(self.path):
            return timeline.items_by_keys(self._conn, kinds.get(kind), keys)

    def timeline_lane_values(self, kind: str, lane: str, ids: list[int]) -> dict[int, list[object]]:
        with guarded(self.path):
            return timeline.lane_values(self._conn, kinds.get(kind), lane, ids)

    def timeline_lane_names(self, lane: str, ids: list[int]) -> dict[int, tuple[str, str, str | None]]:
        """Actor or place row ids -> (key, name, English name)."""
        with guarded(self.path):
            return timeline.lane_names(self._conn, lane, ids)
