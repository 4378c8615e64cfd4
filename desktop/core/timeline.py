"""The timeline (issue 14): events, and quotes on request, on a time axis that honours date precision.

The pieces, each Qt-free:
  timeline_model.py   items and their day spans, count cells, lanes, the viewport and its geometry
  timeline_axis.py    days as numbers, tick steps for the zoom (decades to days) and their labels
  timeline_source.py  what the store gives for a span: records (capped) or counts per period
  timeline_draw.py    the pure scene builder: data + viewport -> desktop.core.figures.scene.Scene, with
  timeline_pieces.py  what a lane holds, packed in rows (and the figure's few words), and
  timeline_counts.py  count boxes and histograms where records crowd
This module joins them for callers that want a drawing and nothing else:
`timeline_scene` builds the figure headless (`marsad briefing --figure
timeline`, figure export) and `TimelineState` is the state a widget keeps.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core import filter_terms
from desktop.core.figures.scene import Scene
from desktop.core.query import parse
from desktop.core.timeline_axis import choose_step, iso, ordinal
from desktop.core.timeline_draw import SPAN_KEY, WORDS, build_scene, word
from desktop.core.timeline_model import (LANE_MODES, MAX_SPAN_DAYS, MIN_SPAN_DAYS, CountCell, Geometry, ItemSpan,
                                         Lane, TimelineData, TimelineItem, Viewport, check_lanes, fit, geometry,
                                         item_span)
from desktop.core.timeline_source import CAP, TimelineSource

__all__ = ["CAP", "LANE_MODES", "MAX_SPAN_DAYS", "MIN_SPAN_DAYS", "SPAN_KEY", "WORDS", "CountCell", "Geometry",
           "ItemSpan", "Lane", "TimelineData", "TimelineItem", "TimelineSource", "TimelineState", "Viewport",
           "build_scene", "check_lanes", "fit", "geometry", "grain_for", "item_span", "iso", "ordinal",
           "span_of_key", "split_span", "time_rtl", "timeline_scene", "word"]


def time_rtl(language: str, flip: bool = False) -> bool:
    """Whether time runs right to left: in Arabic, unless flipped; in English, only when flipped."""
    return (language == "ar") != bool(flip)


def grain_for(viewport: Viewport, language: str = "ar", lanes: bool = False) -> str:
    """The date prefix (year, month, day) the view's ticks count busy periods by."""
    return choose_step(max(geometry(viewport, language, lanes).days_per_point, 1e-9)).grain


def span_of_key(key: str | None) -> tuple[str, str] | None:
    """A count box's (first day, last day), from its key "span:FIRST:LAST"; None for a record's key."""
    if not key or not key.startswith(SPAN_KEY):
        return None
    first, _, last = key[len(SPAN_KEY):].partition(":")
    return first, last


@dataclass
class TimelineState:
    """What a timeline on screen (or on a page) holds: its source, viewport and display choices.

    `scene()` is cheap while the viewport stays inside what the source read;
    `needs_reading()` says when a view should read again (debounced by the UI).
    """
    source: TimelineSource
    viewport: Viewport
    language: str = "ar"
    arabic_digits: bool = False
    selected: tuple[str, ...] = ()
    title: str = ""
    max_lanes: int = 12
    flip: bool = False
    span: tuple[int | None, int | None] | None = None     # from:/to: of the search, as days (shaded)
    _data: TimelineData | None = field(default=None, repr=False)
    _search: str | None = field(default=None, repr=False)

    @property
    def lanes_on(self) -> bool:
        return self.source.lane_mode != "none"

    @property
    def geometry(self) -> Geometry:
        return geometry(self.viewport, self.language, self.lanes_on)

    @property
    def grain(self) -> str:
        return grain_for(self.viewport, self.language, self.lanes_on)

    def forget(self) -> None:
        """The store changed: what was read is read again when next drawn."""
        self.source.forget()
        self._data = None

    def needs_reading(self) -> bool:
        return not self.source.covers(self.viewport.start, self.viewport.end, self.grain)

    def read(self) -> TimelineData:
        """Read (if need be) what the viewport shows."""
        self._data = self.source.data_for(self.viewport.start, self.viewport.end, self.grain)
        return self._data

    def fit(self, to_span: bool = False) -> None:
        """Show all the dates of what is shown (or, `to_span`, the from:/to: span within them)."""
        first, last = self.source.extent()
        if to_span and self.span is not None:
            first = self.span[0] if self.span[0] is not None else first
            last = self.span[1] if self.span[1] is not None else last
            if first is not None and last is not None and last < first:
                first, last = last, first
        self.viewport = fit(first, last, self.viewport.width, self.viewport.height,
                            time_rtl(self.language, self.flip))

    def set_search(self, text: str | None) -> bool:
        """Follow a search: its from:/to: become the shaded span, the rest says what is shown.
        True when what is shown changed (the source must read again), False when only the span did."""
        rest, span = split_span(text)
        self.span = span
        if rest == self._search:
            return False
        self._search = rest
        self.source.set_query(rest)
        self._data = None
        return True

    def scene(self, read: bool = True) -> Scene:
        """The drawing now; with read=False, from what was read last (a frame while panning)."""
        data = self.read() if read or self._data is None else self.source.data or self._data
        if data.lane_mode != self.source.lane_mode:
            data = self.read()
        return build_scene(data, self.viewport, self.language, self.arabic_digits, self.selected, self.max_lanes,
                           self.title, self.span)


def split_span(text: str | None) -> tuple[str, tuple[int | None, int | None] | None]:
    """A search without its from:/to:, and their span as days (None when it has neither).

    The timeline shows what the rest of the search matches at every date and
    shades the span, so the analyst sees what lies outside it and can drag
    another. Raises QueryError for a search that cannot run."""
    text = text or ""
    parsed = parse(text) if text.strip() else None
    rest = filter_terms.without_filter(filter_terms.without_filter(text, "from"), "to")
    if parsed is None or not (parsed.date_from or parsed.date_to):
        return text.strip(), None
    return rest.strip(), (ordinal(parsed.date_from) if parsed.date_from else None,
                          ordinal(parsed.date_to) if parsed.date_to else None)


def timeline_scene(store, query_text: str | None = None, keys=None, width: float = 760, height: float = 360,
                   language: str = "ar", lanes: str = "none", quotes: bool = False, arabic_digits: bool = False,
                   flip: bool = False, selected=(), title: str = "") -> Scene:
    """The timeline of what `query_text` matches (or of the records `keys`), fitted to its dates."""
    source = TimelineSource(store, language=language)
    source.set_lanes(check_lanes(lanes))
    source.set_quotes(quotes)
    view = TimelineState(source, fit(None, None, width, height, time_rtl(language, flip)), language, arabic_digits, tuple(selected),
                         title or _title(language, query_text), flip=flip)
    if keys:
        source.set_keys(keys)
    else:
        view.set_search(query_text)
    view.fit(to_span=True)
    return view.scene()


def _title(language: str, query_text: str | None) -> str:
    base = WORDS["ar" if language == "ar" else "en"]["title"]
    return f"{base}: {query_text.strip()}" if query_text and query_text.strip() else base
