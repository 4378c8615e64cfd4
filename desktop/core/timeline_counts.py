"""Counts on the timeline: where records crowd, a box per tick interval with its number.

When the store sent counts instead of records (a busy span), each lane is a
histogram: a column per tick interval, as high as its share of the busiest
one, with its number; dates coarser than the ticks ("2014" among months)
are boxes of their own span along the lane's top. Where records were sent
but crowd one interval, that interval's records become one box in a row.
A count box's key is "span:FIRST:LAST" (ISO days): a click there zooms in.
"""
from __future__ import annotations

import bisect
import functools

from desktop.core import arabic, dateformat
from desktop.core.figures.scene import Box, Label, Scene
from desktop.core.timeline_axis import digits, iso
from desktop.core.timeline_model import MORE_LANE, NONE_LANE, Geometry, TimelineData
from desktop.core.timeline_pieces import ROW, Piece, pack, word

SPAN_KEY = "span:"
SELECTED = "#e53935"
WIDE_ROWS = 2           # rows along a lane's top for counts of coarser dates


def bucket_of(starts: list[int], day: float) -> int:
    return max(0, bisect.bisect_right(starts, day) - 1)


def cells_by_row(data: TimelineData, rows: list[str], lane_of: dict[str, str], g: Geometry) -> dict[str, list]:
    """The visible count cells of each row drawn, in one pass."""
    v = g.viewport
    out: dict[str, list] = {row: [] for row in rows}
    for cell in data.cells:
        if cell.end <= v.start or cell.start >= v.end:
            continue
        if "*" in out:
            out["*"].append(cell)
        else:
            row = lane_of.get(cell.lane or NONE_LANE, MORE_LANE)
            if row in out:
                out[row].append(cell)
    return out


def cell_pieces(cells: list, buckets, g: Geometry) -> list[Piece]:
    """One row's counts summed per tick interval; a coarser date keeps its own span."""
    if not buckets:
        return []
    starts = [a for a, _ in buckets]
    sums: dict[int, int] = {}
    wide: dict[tuple[int, int], int] = {}
    for cell in cells:
        index = bucket_of(starts, cell.start)
        a, b = buckets[index]
        if a <= cell.start and cell.end <= b:
            sums[index] = sums.get(index, 0) + cell.count
        else:
            wide[(cell.start, cell.end)] = wide.get((cell.start, cell.end), 0) + cell.count
    pieces = [Piece(buckets[i][0], buckets[i][1], count=n) for i, n in sorted(sums.items())]
    coarse = [Piece(a, b, count=n, wide=True) for (a, b), n in sorted(wide.items())]
    pack(coarse, g, WIDE_ROWS)
    return pieces + [p for p in coarse if p.row is not None]


def draw_histogram(scene: Scene, pieces: list[Piece], g: Geometry, top: float, height: float, peak: int,
                   language: str, arabic_digits: bool) -> None:
    """One lane of counts: coarse dates as boxes along the top, the intervals as columns below."""
    wide_rows = max((p.row + 1 for p in pieces if p.wide and p.row is not None), default=0)
    for p in pieces:
        if p.wide:
            middle = top + 2 + p.row * ROW + ROW / 2
            count_box(scene, p, g, middle - ROW / 2 + 1, ROW - 2, peak, language, arabic_digits)
    bottom = top + height - 2
    room = max(ROW, bottom - (top + 2 + wide_rows * ROW) - 2)
    for p in pieces:
        if not p.wide:
            h = max(4.0, room * p.count / peak) if peak else 4.0
            count_box(scene, p, g, bottom - h, h, peak, language, arabic_digits)


def count_box(scene: Scene, p: Piece, g: Geometry, y: float, h: float, peak: int, language: str,
              arabic_digits: bool) -> None:
    v = g.viewport
    x1, x2 = sorted((g.x_of(max(p.start, v.start)), g.x_of(min(p.end, v.end))))
    w = max(2.0, x2 - x1 - 1)
    share = p.count / peak if peak else 1
    first, last = iso(p.start), iso(p.end - 1)
    tip = f"{word(language, 'records', p.count, arabic_digits)} — {period(first, last, language, arabic_digits)}"
    scene.add(Box(x1 + 0.5, y, w, h, fill=shade(round(share, 2)), radius=2, stroke=SELECTED if p.selected else "#78909c",
                  key=f"{SPAN_KEY}{first}:{last}", tip=tip))
    text = digits(str(p.count), arabic_digits)
    if w < len(text) * 4.6 + 4:
        return
    if h >= 11:
        scene.add(Label(x1 + 0.5 + w / 2, y + min(h / 2, 6.5), text, size=7, align="center",
                        color="#ffffff" if share ** 0.6 > 0.55 else "#263238"))
    else:
        scene.add(Label(x1 + 0.5 + w / 2, y - 1, text, size=7, align="center", valign="bottom", color="#263238"))


@functools.lru_cache(maxsize=512)
def shade(share: float) -> str:
    """From a pale blue-grey (few) to a dark one (the busiest interval)."""
    low, high = (0xcf, 0xd8, 0xdc), (0x37, 0x47, 0x4f)
    share = max(0.0, min(1.0, share)) ** 0.6
    return "#" + "".join(f"{round(a + (b - a) * share):02x}" for a, b in zip(low, high))


@functools.lru_cache(maxsize=4096)
def period(first: str, last: str, language: str, arabic_digits: bool) -> str:
    text = dateformat.format_date(first, language)
    if last != first:
        text = dateformat.format_span(first, last, None, language)
    return arabic.to_arabic_indic_digits(text) if arabic_digits else text
