"""The timeline as a Scene: a pure function of the data, the viewport and a few display choices.

Layout: the time axis on top (ticks fit for the zoom, with the month or year
they belong to above them), then one lane per value of the chosen lanes
(their names on the reading side), then a line of notes (undated records,
what was left out). Within a lane, marks and bars are packed into rows
(timeline_pieces.py); where a tick interval holds more records than its
rows can show, they become one count box, and when the store sent counts
instead of records every lane is a histogram of counts (timeline_counts.py).
"""
from __future__ import annotations

from desktop.core import arabic, dateformat
from desktop.core.figures.scene import Box, Dot, Label, Line, Scene
from desktop.core.timeline_axis import choose_step, intervals, major_label, tick_label, ticks
from desktop.core.timeline_counts import (SELECTED, SPAN_KEY, bucket_of, cell_pieces, cells_by_row, count_box,
                                          draw_histogram)
from desktop.core.timeline_model import (MORE_LANE, NONE_LANE, Geometry, Lane, TimelineData, TimelineItem,
                                         Viewport, geometry)
from desktop.core.timeline_pieces import (LABEL_MAX, LABEL_SIZE, MARK_R, PITCH, ROW, WORDS, Piece, pack, rows_in,
                                          word)

__all__ = ["SPAN_KEY", "WORDS", "build_scene", "word"]

MIN_LANE = 22.0
LABELS_UP_TO = 160     # marks drawn one by one at most, for their titles to be written beside them
QUOTE = "#00897b"
STATUS_COLOURS = {"occurred": "#37474f", "announced": "#1e88e5", "planned": "#8e24aa", "expected": "#ef6c00"}
OTHER = "#78909c"


def build_scene(data: TimelineData, viewport: Viewport, language: str = "ar", arabic_digits: bool = False,
                selected=(), max_lanes: int = 12, title: str = "",
                span: tuple[float | None, float | None] | None = None) -> Scene:
    """The drawing of `data` seen through `viewport` (pure: same input, same scene).

    `span`: the first and last day (either may be None: open) of the search's from:/to:, shaded.
    """
    lanes_on = data.lane_mode != "none"
    g = geometry(viewport, language, lanes_on)
    scene = Scene(viewport.width, viewport.height, rtl=language == "ar",
                  title=title or word(language, "title"))
    step = choose_step(max(g.days_per_point, 1e-9))
    buckets = intervals(step, viewport.start, viewport.end)
    rows, lane_of = _rows(data, g, lanes_on, max_lanes, language, arabic_digits)
    height = (g.lanes_bottom - g.lanes_top) / max(1, len(rows))
    _lane_backgrounds(scene, g, rows, height, language)
    _axis(scene, g, step, language, arabic_digits)
    if span is not None:
        _span(scene, g, span)
    selected = frozenset(selected)
    if data.counting:
        by_row = cells_by_row(data, [lane.id for lane in rows], lane_of, g)
        pieces = {lane.id: cell_pieces(by_row[lane.id], buckets, g) for lane in rows}
        peak = max((p.count for found in pieces.values() for p in found if not p.wide), default=1)
        for index, lane in enumerate(rows):
            draw_histogram(scene, pieces[lane.id], g, g.lanes_top + index * height, height, peak, language,
                           arabic_digits)
    else:
        by_row = _items_by_row(data, rows, lane_of, viewport)
        for index, lane in enumerate(rows):
            found = _pieces(by_row.get(lane.id, []), buckets, g, selected, height)
            _draw_lane(scene, found, g, g.lanes_top + index * height, height, language, arabic_digits)
    _notes(scene, data, g, language, arabic_digits)
    return scene


# --- lanes ----------------------------------------------------------------------------------


def _rows(data: TimelineData, g: Geometry, lanes_on: bool, max_lanes: int, language: str,
          arabic_digits: bool) -> tuple[list[Lane], dict[str, str]]:
    """The lanes drawn, and where each lane id is drawn (past the cap: in the "N more lanes" row)."""
    if not lanes_on:
        return [Lane("*", "")], {}
    if data.lanes_dropped:
        return [Lane("*", word(language, "all"))], {}
    fits = max(1, int((g.lanes_bottom - g.lanes_top) // MIN_LANE))
    limit = max(1, min(max_lanes, fits))
    lanes = [lane for lane in data.lanes if lane.id != MORE_LANE]
    hidden = data.more_lanes
    if len(lanes) + (1 if hidden else 0) > limit:
        kept = lanes[:limit - 1]
        hidden += len(lanes) - len(kept)
        lanes = kept
    lane_of = {lane.id: lane.id for lane in lanes}
    out = [Lane(lane.id, lane.label or word(language, "none"), lane.total) for lane in lanes]
    if hidden:
        out.append(Lane(MORE_LANE, word(language, "more", hidden, arabic_digits)))
    return out, lane_of


def _items_by_row(data: TimelineData, rows: list[Lane], lane_of: dict[str, str],
                  v: Viewport) -> dict[str, list[TimelineItem]]:
    """The visible items of each row drawn, in one pass (an item with two actors is in both lanes)."""
    out: dict[str, list[TimelineItem]] = {lane.id: [] for lane in rows}
    single = len(rows) == 1 and rows[0].id == "*"
    for it in data.items:
        if it.span.end + 1 <= v.start or it.span.start >= v.end:
            continue
        if single:
            out["*"].append(it)
            continue
        hidden = False
        for lane in it.lanes or (NONE_LANE,):
            row = lane_of.get(lane)
            if row is None:
                hidden = True
            else:
                out[row].append(it)
        if hidden and MORE_LANE in out:
            out[MORE_LANE].append(it)
    return out


def _lane_backgrounds(scene: Scene, g: Geometry, rows: list[Lane], height: float, language: str) -> None:
    for index, lane in enumerate(rows):
        top = g.lanes_top + index * height
        if index % 2:
            scene.add(Box(g.plot_left, top, g.plot_right - g.plot_left, height, fill="#f6f8f9"))
        if g.gutter and lane.label:
            left, right = g.gutter
            x, align = (right - 4, "right") if language == "ar" else (left + 4, "left")
            scene.add(Label(x, top + min(height / 2, 11), lane.label, size=8.5, align=align,
                            bold=lane.id == MORE_LANE, max_width=right - left - 8,
                            color="#546e7a" if lane.id in (MORE_LANE, NONE_LANE) else "#263238"))
        scene.add(Line(((g.plot_left, top + height), (g.plot_right, top + height)), stroke="#e0e6e9", width=0.5))


# --- the axis -------------------------------------------------------------------------------


def _axis(scene: Scene, g: Geometry, step, language: str, arabic_digits: bool) -> None:
    v = g.viewport
    scene.add(Box(g.plot_left, g.axis_top, g.plot_right - g.plot_left, g.axis_bottom - g.axis_top, fill="#f1f4f6"))
    later_align = "right" if v.rtl else "left"
    shown = ticks(v.start, v.end, step, language, arabic_digits)
    majors = []
    for tick in shown:
        x = g.x_of(tick.day)
        scene.add(Line(((x, g.lanes_top), (x, g.lanes_bottom)), stroke="#cfd8dc" if tick.major else "#eceff1",
                       width=0.8 if tick.major else 0.5))
        scene.add(Line(((x, g.axis_bottom - 6), (x, g.axis_bottom)), stroke="#90a4ae", width=0.8))
        if tick.major:
            majors.append((x, tick.day))
    for first, stop in intervals(step, v.start, v.end):
        if step.n == 1:     # the label names the interval: centred in it, where it is visible
            a, b = sorted((g.x_of(max(first, v.start)), g.x_of(min(stop, v.end))))
            text = tick_label(first, step, language, arabic_digits)
            if b - a < len(text) * 4.4 + 4:
                continue
            scene.add(Label((a + b) / 2, g.axis_bottom - 13, text,
                            size=7.5, align="center", color="#455a64", max_width=b - a - 2))
        elif first >= v.start:
            x = g.x_of(first)
            scene.add(Label(x + (-3 if v.rtl else 3), g.axis_bottom - 13,
                            tick_label(first, step, language, arabic_digits), size=7.5, align=later_align,
                            color="#455a64"))
    # The period the view opens in, at its earliest edge, unless a period starts right there.
    edge = g.x_of(v.start)
    opening = major_label(int(v.start), step, language, arabic_digits)
    if opening and not any(abs(x - edge) < 90 for x, _ in majors):
        majors.insert(0, (edge, int(v.start)))
    for x, day in majors:
        text = major_label(day, step, language, arabic_digits)
        if text:
            scene.add(Label(x + (-3 if v.rtl else 3), g.axis_top + 9, text, size=8, bold=True,
                            align=later_align, color="#263238"))
    scene.add(Line(((g.plot_left, g.axis_bottom), (g.plot_right, g.axis_bottom)), stroke="#90a4ae", width=1))


def _span(scene: Scene, g: Geometry, span: tuple[float | None, float | None]) -> None:
    """The days from:/to: keep, shaded over the lanes and the axis, with an edge where each end is."""
    v = g.viewport
    first = v.start if span[0] is None else max(v.start, span[0])
    stop = v.end if span[1] is None else min(v.end, span[1] + 1)
    if stop <= first:
        return
    x1, x2 = sorted((g.x_of(first), g.x_of(stop)))
    scene.add(Box(x1, g.axis_top, x2 - x1, g.lanes_bottom - g.axis_top, fill="#ffc10724"))
    for end, day in ((span[0], first), (span[1], stop)):
        if end is not None and v.start <= day <= v.end:
            x = g.x_of(day)
            scene.add(Line(((x, g.axis_top), (x, g.lanes_bottom)), stroke="#ffa000", width=1.2))


# --- what a lane holds ----------------------------------------------------------------------


def _label_width(item: TimelineItem) -> float:
    # Generous for Arabic and Latin letters alike: a title thought shorter than it is would be cut.
    return min(LABEL_MAX, 8 + len(item.title) * LABEL_SIZE * 0.58)


def _pieces(items: list[TimelineItem], buckets, g: Geometry, selected, lane_height: float) -> list[Piece]:
    """The lane's items, one by one where they fit and as counts per tick interval where they crowd."""
    v = g.viewport
    if not buckets:
        return []
    starts = [a for a, _ in buckets]
    by_bucket: dict[int, list[TimelineItem]] = {}
    for it in items:
        by_bucket.setdefault(bucket_of(starts, max(it.span.start, v.start)), []).append(it)
    rows = rows_in(lane_height)
    labels = len(items) <= LABELS_UP_TO and lane_height >= ROW
    dense = set()
    for index, found in by_bucket.items():
        a, b = buckets[index]
        width = abs(g.x_of(min(b, v.end)) - g.x_of(max(a, v.start)))
        if len(found) > 1 and len(found) > rows * max(1, int(width // PITCH)):
            dense.add(index)
    pieces: list[Piece] = []
    for _ in range(4):
        pieces = []
        for index, found in sorted(by_bucket.items()):
            if index in dense:
                a, b = buckets[index]
                pieces.append(Piece(a, b, count=len(found), selected=any(it.key in selected for it in found)))
                continue
            for it in found:
                pieces.append(Piece(it.span.start, it.span.end + 1, it, selected=it.key in selected,
                                    label_w=_label_width(it) if labels else 0.0))
        overflow = pack(pieces, g, rows)
        if overflow and labels:
            # Titles go before any record does: first those of the records left out, then all.
            for p in overflow:
                p.label_w = 0.0
            overflow = pack(pieces, g, rows)
        if overflow and labels:
            labels = False
            for p in pieces:
                p.label_w = 0.0
            overflow = pack(pieces, g, rows)
        crowded = {bucket_of(starts, max(p.start, v.start)) for p in overflow} - dense
        crowded = {i for i in crowded if len(by_bucket.get(i, ())) > 1}
        if not crowded:
            break
        dense |= crowded
    for p in pieces:
        if p.row is None:       # alone in its interval, yet with no room: drawn over the last row
            p.row = rows - 1
    return pieces


def _draw_lane(scene: Scene, pieces: list[Piece], g: Geometry, top: float, height: float, language: str,
               arabic_digits: bool) -> None:
    row_h = min(ROW, (height - 4) / rows_in(height))
    peak = max((p.count for p in pieces if p.item is None), default=1)
    labels = []
    for p in sorted(pieces, key=lambda p: p.selected):      # the selection on top
        middle = top + 2 + p.row * row_h + row_h / 2
        if p.item is None:
            count_box(scene, p, g, middle - row_h / 2 + 1, row_h - 2, peak, language, arabic_digits)
        else:
            labels.append(_mark(scene, p, g, middle, row_h, language, arabic_digits))
    scene.extend(label for label in labels if label is not None)


def _colour(item: TimelineItem) -> str:
    return QUOTE if item.kind == "quote" else STATUS_COLOURS.get(item.status or "", OTHER)


def _mark(scene: Scene, p: Piece, g: Geometry, middle: float, row_h: float, language: str,
          arabic_digits: bool) -> Label | None:
    item, v = p.item, g.viewport
    colour = _colour(item)
    when = dateformat.format_span(item.date, item.date_end, item.precision, language)
    when = arabic.to_arabic_indic_digits(when) if arabic_digits else when
    tip = f"{item.byline}: {item.title}" if item.byline else item.title
    tip = f"{tip}\n{when}"
    stroke = SELECTED if p.selected else None
    if item.span.bar or item.span.soft:
        if item.span.bar:
            x1, x2 = sorted((g.x_of(p.start), g.x_of(p.end)))
        else:
            centre = g.x_of(p.start + 0.5)
            x1, x2 = centre - MARK_R * 2.5, centre + MARK_R * 2.5
        # Cut at the plot's edges; a cut end is not an approximate one, so it does not fade.
        cut_left, cut_right = x1 < g.plot_left, x2 > g.plot_right
        x1, x2 = max(x1, g.plot_left), min(x2, g.plot_right)
        h = min(row_h - 4, 9)
        scene.add(Box(x1, middle - h / 2, max(3.0, x2 - x1), h, fill=colour, radius=2, stroke=stroke,
                      soft_left=item.span.soft and not cut_left, soft_right=item.span.soft and not cut_right,
                      key=item.key, tip=tip))
        inside = (x1, x2) if x2 - x1 >= 50 else None
    else:
        x = g.x_of(p.start + 0.5)
        scene.add(Dot(x, middle, MARK_R + (1 if p.selected else 0), fill=colour,
                      stroke=stroke or "#ffffff", shape="diamond" if item.kind == "quote" else "circle",
                      key=item.key, tip=tip, stroke_width=2.0 if p.selected else 1.0))
        x1, x2 = x - MARK_R, x + MARK_R
        inside = None
    # The title on the side pack() gave it; later is leftwards in right-to-left time.
    leftwards = (p.label_side > 0) == v.rtl
    x = x1 - 3 if leftwards else x2 + 3
    width = p.label_room - 6
    colour = SELECTED if p.selected else "#37474f"
    if p.label_room and width >= 24:
        return Label(x, middle, item.title, size=LABEL_SIZE, align="right" if leftwards else "left",
                     max_width=width, color=colour, bold=p.selected)
    if inside is not None:
        # No room beside it: the title inside the bar, from its earlier visible end.
        a, b = inside
        return Label(b - 3 if v.rtl else a + 3, middle, item.title, size=7, align="right" if v.rtl else "left",
                     max_width=b - a - 6, color="#ffffff", bold=p.selected)
    return None


# --- notes ----------------------------------------------------------------------------------


def _notes(scene: Scene, data: TimelineData, g: Geometry, language: str, arabic_digits: bool) -> None:
    notes = []
    if data.nothing_dated:
        notes.append(word(language, "empty"))
    elif not data.items and not data.cells:
        notes.append(word(language, "none_here"))
    if data.counting:
        notes.append(word(language, "counts"))
    if data.lanes_dropped:
        notes.append(word(language, "lanes_later"))
    if data.truncated:
        notes.append(word(language, "truncated", len(data.items), arabic_digits))
    if data.undated:
        notes.append(word(language, "undated", data.undated, arabic_digits))
    if not notes:
        return
    y = g.lanes_bottom + 9
    align = "right" if language == "ar" else "left"
    x = g.viewport.width - 8 if language == "ar" else 8
    scene.add(Label(x, y, " · ".join(notes), size=7.5, align=align, color="#607d8b",
                    max_width=g.viewport.width - 16))
