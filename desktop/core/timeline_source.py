"""What the timeline shows, read from the store a span at a time and kept (Qt-free).

A view asks `data_for(start, end, grain)` for the days it shows. The source
answers from what it last read when that still covers the view, so panning
and zooming redraw from memory; otherwise it reads a span three views wide:
the records in it when they are at most `cap`, else counts per date prefix
(GROUP BY in SQL) at the grain of the view's ticks. So a store of 400,000
events never sends more than `cap` records, and counting them costs one pass
over the date index.

A search restricts everything through the same hits as the tabs
(desktop/core/views.py); a list of keys (a briefing's figure) replaces it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from desktop.core import kinds, record_names, views
from desktop.core.kinds import arabic_choices
from desktop.core.query import Query
from desktop.core.timeline_axis import iso
from desktop.core.timeline_model import (MORE_LANE, NONE_LANE, CountCell, Lane, TimelineData, TimelineItem,
                                         check_lanes, item_span)

CAP = 3000                 # records read for one span, at most
MAX_LANES = 40             # lanes the store tells apart when it counts (the view shows fewer)
GRAINS = ("day", "month", "year")      # finest first
GRAIN_CHARS = {"year": 4, "month": 7, "day": 10}
# Counting by lane reads every record's row (its status, place, actors) where counting by date reads the
# date index alone: about 1 s for 400,000 events against 30 ms. Past this many records in view, lanes wait.
LANE_COUNTS_UP_TO = 50_000
RANGES_LISTED = 50_000     # ranges (date_end) kept in memory to find those begun before a span
STORE_MORE = "\x00more"    # desktop.core.storage.timeline.MORE: values past the lanes asked for


class TimelineSource:
    def __init__(self, store, cap: int = CAP, language: str = "ar"):
        self.store = store
        self.cap = cap
        self.language = language
        self.lane_mode = "none"
        self.quotes = False
        self.keys: tuple[str, ...] | None = None
        self._query: Query | str | None = None
        self._hits: dict[str, object] = {}
        self._ranges: dict[str, list | None] = {}      # kind -> its ranges (None: too many to list)
        self._dates: dict[str, tuple[list[str], list[int]]] = {}    # kind -> (dates, running counts)
        self._extent: tuple[int | None, int | None, int] | None = None
        self.data: TimelineData | None = None
        self._labels: dict[str, str] = {}        # lane id -> its name, as met
        self._undated_keys = 0

    # --- what is shown ----------------------------------------------------------------------

    @property
    def kinds(self) -> tuple[str, ...]:
        return ("event", "quote") if self.quotes else ("event",)

    def set_query(self, query: Query | str | None) -> None:
        """Show what `query` matches (None or "": everything); forgets what was read."""
        text = query.text if isinstance(query, Query) else (query or "")
        self._query = query if text.strip() else None
        self.keys = None
        self._reset()

    def set_keys(self, keys) -> None:
        """Show these records only (ids such as event:x), whatever the search."""
        self.keys = tuple(k for k in keys if kinds.kind_of(k) in ("event", "quote"))
        self._reset()

    def set_lanes(self, mode: str) -> None:
        if check_lanes(mode) != self.lane_mode:
            self.lane_mode = mode
            self.data = None

    def set_quotes(self, on: bool) -> None:
        if bool(on) != self.quotes:
            self.quotes = bool(on)
            self._reset()

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.data = None

    def forget(self) -> None:
        """The store changed: read everything again when next asked."""
        self._reset()

    def _reset(self) -> None:
        self._hits = {}
        self._ranges: dict[str, list | None] = {}
        self._dates: dict[str, tuple[list[str], list[int]]] = {}
        self._extent = None
        self.data = None

    def _hit_set(self, kind: str):
        if self._query is None:
            return None
        if kind not in self._hits:
            self._hits[kind] = views.hits(self.store, kind, self._query)
        return self._hits[kind]

    # --- the extent -------------------------------------------------------------------------

    def extent(self) -> tuple[int | None, int | None]:
        """The first and last day of what is shown (None, None: no dated record)."""
        first, last, _ = self._read_extent()
        return first, last

    @property
    def undated(self) -> int:
        return self._read_extent()[2]

    def _read_extent(self) -> tuple[int | None, int | None, int]:
        if self._extent is not None:
            return self._extent
        if self.keys is not None:
            items = self._items_by_keys()
            spans = [it.span for it in items]
            self._extent = (min((s.start for s in spans), default=None), max((s.end for s in spans), default=None),
                            self._undated_keys)
            return self._extent
        firsts, lasts, undated = [], [], 0
        for kind in self.kinds:
            first, last, none = self.store.timeline_extent(kind, views.Filters(), self._hit_set(kind))
            undated += none
            if first:
                span = item_span(first)
                if span:
                    firsts.append(span.start)
            if last:
                span = item_span(last)
                if span:
                    lasts.append(span.end)
        self._extent = (min(firsts, default=None), max(lasts, default=None), undated)
        return self._extent

    # --- a span's data ----------------------------------------------------------------------

    def covers(self, start: float, end: float, grain: str) -> bool:
        """Whether what was read shows [start, end) at `grain` as well as reading again would."""
        d = self.data
        if d is None or d.lane_mode != self.lane_mode or start < d.start or end > d.end:
            return False
        if not d.counting:
            return True
        if GRAINS.index(d.grain) > GRAINS.index(grain):
            return False          # the counts are coarser than the ticks now asked for
        visible = sum(c.count for c in d.cells if c.start < end and c.end > start)
        if d.lanes_dropped and visible <= LANE_COUNTS_UP_TO:
            return False          # few enough now for lanes
        return visible > self.cap

    def data_for(self, start: float, end: float, grain: str) -> TimelineData:
        """The data for the days [start, end) with ticks of `grain`: kept, or read now."""
        if not self.covers(start, end, grain):
            self.data = self._read(start, end, grain)
            self.data.nothing_dated = self.extent() == (None, None)
        return self.data

    def _read(self, start: float, end: float, grain: str) -> TimelineData:
        if self.keys is not None:
            items = self._items_by_keys()
            return TimelineData(float("-inf"), float("inf"), self.lane_mode, items=items,
                                lanes=self._lanes_of(items), undated=self._undated_keys)
        width = end - start
        wide = (start - width, end + width)
        in_wide = self._count(*wide)
        if in_wide <= self.cap:
            return self._read_items(*wide)
        in_view = self._count(start, end)
        if in_view <= self.cap:
            return self._read_items(start, end)
        if self.lane_mode == "none" or in_wide <= LANE_COUNTS_UP_TO:
            return self._read_counts(wide[0], wide[1], grain, by_lane=True)
        if in_view <= LANE_COUNTS_UP_TO:
            return self._read_counts(start, end, grain, by_lane=True)
        return self._read_counts(wide[0], wide[1], grain, by_lane=False)

    def _days(self, kind: str) -> tuple[list[str], list[int]]:
        """Every date of what is shown and its number of records, in date order: one GROUP BY per search,
        which the date index answers in order (32 ms for 400,000 events). Later counts add these up."""
        if kind not in self._dates:
            rows = sorted((prefix, n) for _, prefix, n in self.store.timeline_buckets(
                kind, views.Filters(), self._hit_set(kind), "0001-01-01", "9999-12-31", "day"))
            self._dates[kind] = ([d for d, _ in rows], list(accumulate(n for _, n in rows)))
        return self._dates[kind]

    def _count(self, lo: float, hi: float) -> int:
        """Records starting within [lo, hi] as the store counts them (storage/timeline.py _starting)."""
        first, last = iso(lo), iso(hi)
        total = 0
        for kind in self.kinds:
            dates, running = self._days(kind)
            total += _between(dates, running, first, last)
            for coarse in {first[:4], first[:7]}:
                if coarse < first:
                    total += _between(dates, running, coarse, coarse)
        return total

    def _day_cells(self, first: str, last: str, grain: str) -> list[CountCell]:
        """Counts per period of the grain from the dates kept (no lanes): no reading."""
        chars = GRAIN_CHARS[grain]
        sums: dict[str, int] = {}
        for kind in self.kinds:
            dates, running = self._days(kind)
            a, b = bisect_left(dates, first[:4]), bisect_right(dates, last)
            for i in range(a, b):
                n = running[i] - (running[i - 1] if i else 0)
                sums[dates[i][:chars]] = sums.get(dates[i][:chars], 0) + n
        cells = []
        for prefix, n in sums.items():
            span = item_span(prefix)
            if span is not None:
                cells.append(CountCell(NONE_LANE, span.start, span.end + 1, n))
        return cells

    def _read_items(self, lo: float, hi: float) -> TimelineData:
        first, last = iso(lo), iso(hi)
        rows_by_kind = {}
        for kind in self.kinds:
            found = self.store.timeline_items(kind, views.Filters(), self._hit_set(kind), first, last, self.cap)
            if len(found) <= self.cap:
                found += self._early(kind, first, self.cap + 1 - len(found))
            rows_by_kind[kind] = found
        truncated = sum(len(r) for r in rows_by_kind.values()) > self.cap
        items = self._items(rows_by_kind)
        items.sort(key=lambda it: (it.span.start, it.key))
        if truncated:
            items = items[:self.cap]
        return TimelineData(lo, hi, self.lane_mode, items=items, lanes=self._lanes_of(items),
                            undated=self.undated, truncated=truncated)

    def _early(self, kind: str, first: str, room: int) -> list[dict]:
        """Ranges begun before the ISO day `first` that reach it: from the list of the search's ranges,
        read once, or by a scan when they are too many to list."""
        if kind not in self._ranges:
            found = self.store.timeline_ranges(kind, views.Filters(), self._hit_set(kind), RANGES_LISTED)
            self._ranges[kind] = None if len(found) > RANGES_LISTED else found
        listed = self._ranges[kind]
        if listed is None:
            return self.store.timeline_early_items(kind, views.Filters(), self._hit_set(kind), first, room)[:room]
        # As storage/timeline.py's _starting tells them apart: not dated from `first` on, yet running on it.
        ids = [rid for rid, date, end in listed
               if date < first and date not in (first[:4], first[:7]) and end + "~" >= first]
        return self.store.timeline_items_by_ids(kind, ids[:room]) if ids else []

    def _items(self, rows_by_kind: dict[str, list[dict]]) -> list[TimelineItem]:
        out = []
        for kind, rows in rows_by_kind.items():
            values = self.store.timeline_lane_values(kind, self.lane_mode, [r["id"] for r in rows])
            names = self._names([v for vs in values.values() for v in vs])
            for r in rows:
                span = item_span(r["date"], r["date_end"], r["precision"])
                if span is None:
                    continue
                lanes = tuple(dict.fromkeys(names.get(v, (str(v), ""))[0] for v in values.get(r["id"], ())))
                out.append(TimelineItem(r["key"], kind, r["title"] or "", span, r["date"], r["date_end"],
                                        r["precision"], r["status"], r["byline"], lanes))
        return out

    def _items_by_keys(self) -> list[TimelineItem]:
        rows_by_kind = {kind: self.store.timeline_items_by_keys(kind, [k for k in self.keys
                                                                      if kinds.kind_of(k) == kind])
                        for kind in ("event", "quote")}
        self._undated_keys = sum(1 for rows in rows_by_kind.values() for r in rows if not r["date"])
        items = self._items(rows_by_kind)
        items.sort(key=lambda it: (it.span.start, it.key))
        return items

    def _read_counts(self, lo: float, hi: float, grain: str, by_lane: bool) -> TimelineData:
        # From the first day of lo's year: the date index then gives its dates in order.
        first, last = iso(lo)[:4] + "-01-01", iso(hi)
        lo = item_span(first[:4]).start
        lanes: list[Lane] = []
        wanted = None
        more = 0
        names: dict[object, tuple[str, str]] = {None: (NONE_LANE, "")}
        mode = self.lane_mode if by_lane else "none"
        if mode != "none":
            totals: dict[object, int] = {}
            distinct = 0
            for kind in self.kinds:
                found, n = self.store.timeline_lane_totals(kind, views.Filters(), self._hit_set(kind), first,
                                                           last, self.lane_mode, MAX_LANES)
                distinct = max(distinct, n)
                for value, count in found:
                    totals[value] = totals.get(value, 0) + count
            top = sorted(totals.items(), key=lambda vc: -vc[1])[:MAX_LANES]
            wanted = [v for v, _ in top]
            more = max(0, distinct - len(wanted))
            names = self._names(wanted)
            lanes = [Lane(*names.get(v, (str(v), str(v))), total=n) for v, n in top]
            lanes = _ordered(lanes)
        cells: list[CountCell] = [] if mode != "none" else self._day_cells(first, last, grain)
        for kind in self.kinds if mode != "none" else ():
            for value, prefix, count in self.store.timeline_buckets(kind, views.Filters(), self._hit_set(kind),
                                                                    first, last, grain, mode, wanted):
                span = item_span(prefix)
                if span is None:
                    continue
                lane = MORE_LANE if value == STORE_MORE else names.get(value, (NONE_LANE,))[0]
                cells.append(CountCell(lane, span.start, span.end + 1, count))
        if more:
            lanes.append(Lane(MORE_LANE, "", 0))
        return TimelineData(lo, hi, self.lane_mode, cells=cells, grain=grain, lanes=lanes, more_lanes=more,
                            undated=self.undated, lanes_dropped=mode != self.lane_mode)

    # --- lanes ------------------------------------------------------------------------------

    def _names(self, values: list) -> dict[object, tuple[str, str]]:
        """Lane value from the store -> (lane id, label): a record's key and name, a status's label."""
        mode = self.lane_mode
        out: dict[object, tuple[str, str]] = {None: (NONE_LANE, "")}
        if mode in ("actor", "place"):
            ids = [v for v in dict.fromkeys(values) if isinstance(v, int)]
            for rid, (key, name, name_en) in self.store.timeline_lane_names(mode, ids).items():
                out[rid] = (key, record_names.shown(name, name_en, self.language))
        elif mode == "status":
            fld = kinds.get("event").field("status")
            for v in values:
                choice = fld.choice(v) if v is not None else None
                if choice is not None:
                    out[v] = (str(v), arabic_choices.ARABIC.get(choice.label, choice.label)
                              if self.language == "ar" else choice.label)
        elif mode == "category":
            for v in values:
                if v is not None:
                    out[v] = (str(v), str(v))
        self._labels.update(dict(out.values()))
        return out

    def _lanes_of(self, items: list[TimelineItem]) -> list[Lane]:
        if self.lane_mode == "none":
            return []
        totals: dict[str, int] = {}
        for it in items:
            for lane in it.lanes or (NONE_LANE,):
                totals[lane] = totals.get(lane, 0) + 1
        return _ordered([Lane(lane, self._labels.get(lane, lane), n) for lane, n in totals.items()])


def _between(dates: list[str], running: list[int], lo: str, hi: str) -> int:
    """Records whose date text lies in [lo, hi], from the sorted dates and their running counts."""
    a, b = bisect_left(dates, lo), bisect_right(dates, hi)
    if b <= a:
        return 0
    return running[b - 1] - (running[a - 1] if a else 0)


def _ordered(lanes: list[Lane]) -> list[Lane]:
    """Fullest first, then by name; the lane of items without a value last."""
    return sorted(lanes, key=lambda lane: (lane.id == NONE_LANE, -lane.total, lane.label))
