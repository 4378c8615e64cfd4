"""The timeline's data as plain values: items with their day spans, count cells, lanes, and the viewport.

A record's date is ISO text of its own precision; on the timeline it becomes
a span of days (desktop/core/dates.py date_bounds): a day is a mark, a month
or a year is a bar over its days, a range (date_end) is a bar from the first
day of its start to the last day of its end, and an approximate date has soft
ends. Days are proleptic Gregorian ordinals (timeline_axis.py); day d covers
[d, d + 1).

The viewport says which days are visible and which way time runs: right to
left in Arabic, left to right in English (a setting may flip it). Geometry
turns days into x and back, for the scene builder and for the view's mouse.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from desktop.core.dates import date_bounds, parse_date
from desktop.core.errors import RecordError, ViewError
from desktop.core.timeline_axis import FIRST_DAY, LAST_DAY

LANE_MODES = ("none", "actor", "place", "category", "status")
NONE_LANE = ""                 # the lane of items with no value under the chosen lanes
MORE_LANE = "\x00more"         # the row holding the lanes past the cap
MIN_SPAN_DAYS = 7.0            # the closest zoom: a week across the view
MAX_SPAN_DAYS = 365.25 * 400   # the farthest: four centuries

MARGIN = 6.0
AXIS_HEIGHT = 36.0
FOOTER_HEIGHT = 16.0
GUTTER = 132.0                 # lane names, on the reading side


def check_lanes(mode: str) -> str:
    if mode not in LANE_MODES:
        raise ViewError("view.bad_value", value=mode, choices=", ".join(LANE_MODES))
    return mode


@dataclass(frozen=True)
class ItemSpan:
    """The days a record's date covers: `start` and `end` are the first and last day (inclusive)."""
    start: int
    end: int
    bar: bool        # a bar over the days (a month, a year, a range), not a mark on one day
    soft: bool       # approximate: its ends fade out


def _day(iso_day: str) -> int:
    return dt.date.fromisoformat(iso_day).toordinal()


def item_span(date: str | None, date_end: str | None = None, precision: str | None = None) -> ItemSpan | None:
    """The span of a record's date, range and precision; None for an undated (or unreadable) date."""
    if not date:
        return None
    try:
        first, last = date_bounds(parse_date(date))
        if date_end and date_end != date:
            last = max(last, date_bounds(parse_date(date_end, "date_end"))[1])
    except RecordError:
        return None
    start, end = _day(first), _day(last)
    return ItemSpan(start, end, bar=end > start, soft=precision == "approximate")


@dataclass(frozen=True)
class TimelineItem:
    """One record on the timeline; `lanes` are its lane ids under the chosen lanes (none: ())."""
    key: str
    kind: str            # "event" | "quote"
    title: str
    span: ItemSpan
    date: str
    date_end: str | None = None
    precision: str | None = None
    status: str | None = None
    byline: str | None = None     # a quote's speaker
    lanes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountCell:
    """`count` records of `lane` starting in the days [start, end) (a bucket too busy to draw one by one)."""
    lane: str
    start: int
    end: int
    count: int


@dataclass(frozen=True)
class Lane:
    id: str
    label: str
    total: int = 0


@dataclass
class TimelineData:
    """What the store gave for the days [start, end): items, or count cells when they were too many."""
    start: float
    end: float
    lane_mode: str = "none"
    items: list[TimelineItem] = field(default_factory=list)
    cells: list[CountCell] = field(default_factory=list)
    grain: str | None = None        # the cells' date prefix: year, month or day; None: items
    lanes: list[Lane] = field(default_factory=list)     # by weight; NONE_LANE and MORE_LANE last
    more_lanes: int = 0             # lane values folded into MORE_LANE by the store
    undated: int = 0
    truncated: bool = False         # items past the cap were left out
    lanes_dropped: bool = False     # counted without lanes: too many records in view to tell them apart
    nothing_dated: bool = False     # no dated record matches at all (not only in this span)

    @property
    def counting(self) -> bool:
        return self.grain is not None


@dataclass(frozen=True)
class Viewport:
    """The visible days [start, end) in a drawing of width x height points; time runs right to left
    when `rtl`."""
    start: float
    end: float
    width: float
    height: float
    rtl: bool = False

    @property
    def days(self) -> float:
        return self.end - self.start

    def zoomed(self, factor: float, at: float | None = None) -> "Viewport":
        """`factor` < 1 zooms in; the day `at` stays where it is on screen."""
        at = (self.start + self.end) / 2 if at is None else at
        days = min(MAX_SPAN_DAYS, max(MIN_SPAN_DAYS, self.days * factor))
        share = (at - self.start) / self.days if self.days else 0.5
        start = at - share * days
        return _kept_in(replace(self, start=start, end=start + days))

    def panned(self, days: float) -> "Viewport":
        """Later by `days` (earlier when negative)."""
        return _kept_in(replace(self, start=self.start + days, end=self.end + days))

    def sized(self, width: float, height: float) -> "Viewport":
        return replace(self, width=width, height=height)


def _kept_in(v: Viewport) -> Viewport:
    """Inside the calendar Python knows (years 1 to 9999)."""
    if v.start < FIRST_DAY:
        return replace(v, start=FIRST_DAY, end=FIRST_DAY + v.days)
    if v.end > LAST_DAY + 1:
        return replace(v, start=LAST_DAY + 1 - v.days, end=LAST_DAY + 1)
    return v


def fit(first: int | None, last: int | None, width: float, height: float, rtl: bool) -> Viewport:
    """A viewport showing the days first..last (inclusive) with a margin; today's year when there are none;
    the last MAX_SPAN_DAYS of them when they span more."""
    if first is None or last is None:
        today = dt.date.today()
        first, last = dt.date(today.year, 1, 1).toordinal(), dt.date(today.year, 12, 31).toordinal()
    days = max(MIN_SPAN_DAYS, last + 1 - first)
    pad = days * 0.04 + 1
    start, end = first - pad, last + 1 + pad
    if end - start > MAX_SPAN_DAYS:
        # Dates centuries apart (a typo'd year): the latest four centuries, where news data lives.
        start = end - MAX_SPAN_DAYS
    return _kept_in(Viewport(start, end, width, height, rtl))


@dataclass(frozen=True)
class Geometry:
    """Where things go in a drawing of the viewport: the axis band on top, lanes below, names on the
    reading side."""
    viewport: Viewport
    plot_left: float
    plot_right: float
    axis_top: float
    axis_bottom: float
    lanes_top: float
    lanes_bottom: float
    gutter: tuple[float, float] | None      # (left, right) of the lane names, or None

    def x_of(self, day: float) -> float:
        v = self.viewport
        share = (day - v.start) / v.days if v.days else 0.0
        width = self.plot_right - self.plot_left
        return self.plot_right - share * width if v.rtl else self.plot_left + share * width

    def day_at(self, x: float) -> float:
        v = self.viewport
        width = self.plot_right - self.plot_left
        share = (self.plot_right - x) / width if v.rtl else (x - self.plot_left) / width
        return v.start + share * v.days

    @property
    def days_per_point(self) -> float:
        return self.viewport.days / max(1.0, self.plot_right - self.plot_left)

    def in_plot(self, x: float, y: float) -> bool:
        return self.plot_left <= x <= self.plot_right and self.axis_top <= y <= self.lanes_bottom

    def in_axis(self, x: float, y: float) -> bool:
        return self.plot_left <= x <= self.plot_right and self.axis_top <= y <= self.axis_bottom


def geometry(viewport: Viewport, language: str = "ar", lanes: bool = False) -> Geometry:
    left, right = MARGIN, viewport.width - MARGIN
    gutter = None
    if lanes:
        width = min(GUTTER, viewport.width * 0.3)
        if language == "ar":
            gutter = (right - width, right)
            right -= width + 4
        else:
            gutter = (left, left + width)
            left += width + 4
    right = max(right, left + 10)
    top = MARGIN
    lanes_bottom = max(top + AXIS_HEIGHT + 10, viewport.height - MARGIN - FOOTER_HEIGHT)
    return Geometry(viewport, left, right, top, top + AXIS_HEIGHT, top + AXIS_HEIGHT, lanes_bottom, gutter)
