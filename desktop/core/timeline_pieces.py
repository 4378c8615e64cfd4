"""What a timeline lane holds before it is drawn: pieces (a record, or a count of records) packed in rows.

Also the timeline's few words: a figure is built headless (a briefing, an
export) in the language asked for, so its notes and lane names are worded
here, in core, like the month names of desktop/core/dateformat.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop.core.timeline_axis import digits
from desktop.core.timeline_model import Geometry, TimelineItem

ROW = 13.0              # a row of marks within a lane
MARK_R = 4.0
PITCH = 2 * MARK_R + 2  # points a mark needs beside the next
LABEL_SIZE = 7.5
LABEL_MAX = 420.0       # a title longer than this is cut even where there is room
MIN_CUT = 40.0          # a title given less room than this is left out

WORDS = {
    "ar": {"title": "الخط الزمني", "none": "(بلا قيمة)", "more": "{n} مسارات أخرى", "undated": "غير مؤرخة: {n}",
           "counts": "كل عمود عدد السجلات في فترته؛ كبّر لترى السجلات", "empty": "لا سجلات مؤرخة",
           "truncated": "عُرض أول {n} سجل؛ كبّر لترى البقية", "records": "{n} سجلات", "all": "الكل",
           "lanes_later": "تظهر المسارات حين يقل عدد السجلات المعروضة؛ كبّر",
           "none_here": "لا سجلات في هذه الفترة؛ مفتاح Home يعرضها كلها"},
    "en": {"title": "Timeline", "none": "(none)", "more": "{n} more lanes", "undated": "Undated: {n}",
           "counts": "Each column counts the records of its period; zoom in to see them",
           "empty": "No dated records", "truncated": "The first {n} records are shown; zoom in for the rest",
           "records": "{n} records", "all": "All", "lanes_later": "Lanes appear once fewer records are in view; zoom in",
           "none_here": "Nothing in this period; Home shows all the dates"},
}


def word(language: str, name: str, n: int | None = None, arabic_digits: bool = False) -> str:
    text = WORDS["ar" if language == "ar" else "en"][name]
    if n is None:
        return text
    return text.format(n=digits(f"{n:,}" if language == "en" else str(n), arabic_digits))


@dataclass
class Piece:
    """Something to place in a lane's rows: an item, or a count of items over the days [start, end)."""
    start: float
    end: float
    item: TimelineItem | None = None
    count: int = 0
    selected: bool = False
    label_w: float = 0.0    # room its whole title wants beside it, the gap included (0: no title)
    row: int | None = None
    wide: bool = False      # a count of dates coarser than the ticks ("2014" among months)
    label_side: int = 1     # where pack() put the title: 1 on the mark's later side, -1 on its earlier side
    label_room: float = 0.0  # the room pack() gave the title, the gap included (< label_w: it is cut)


def rows_in(height: float) -> int:
    return max(1, int((height - 4) // ROW))


def mark_extent(p: Piece, g: Geometry) -> tuple[float, float]:
    """The points a piece's mark takes across, without its title."""
    x1, x2 = sorted((g.x_of(p.start), g.x_of(p.end)))
    if p.item is None:
        return x1 + 0.6, x2 - 0.6       # side by side, counts of neighbouring periods share a row
    if not p.item.span.bar:
        middle = (x1 + x2) / 2
        half = MARK_R * (2.5 if p.item.span.soft else 1)
        x1, x2 = middle - half, middle + half
    return x1, x2


def extent(p: Piece, g: Geometry) -> tuple[float, float]:
    """The points a piece takes across, its title included (on the side pack() chose)."""
    x1, x2 = mark_extent(p, g)
    if p.label_room:
        # Later is leftwards in right-to-left time.
        if (p.label_side > 0) == g.viewport.rtl:
            x1 = max(x1, g.plot_left) - p.label_room
        else:
            x2 = min(x2, g.plot_right) + p.label_room
    return x1, x2


def _free(taken: list[tuple[float, float]], x1: float, x2: float) -> bool:
    return all(b + 1 < x1 or x2 + 1 < a for a, b in taken)


def _room(taken: list[tuple[float, float]], p: Piece, g: Geometry, side: int) -> float:
    """The points free beside the mark on `side`, up to the next thing in the row or the plot's edge."""
    x1, x2 = mark_extent(p, g)
    if (side > 0) == g.viewport.rtl:
        edge = max([g.plot_left] + [b + 1 for a, b in taken if b <= x1])
        return max(x1, g.plot_left) - edge
    edge = min([g.plot_right] + [a - 1 for a, b in taken if a >= x2])
    return edge - min(x2, g.plot_right)


def _place(p: Piece, g: Geometry, taken: list[list[tuple[float, float]]]) -> bool:
    """Give `p` a row, and its title a side: whole on its later side, else whole on its earlier side,
    else on a free row, and only then cut short where it has the most room (at least MIN_CUT)."""
    sides = (1, -1) if p.label_w else (1,)
    for row, spans in enumerate(taken):
        for side in sides:
            p.label_side, p.label_room = side, p.label_w
            x1, x2 = extent(p, g)
            inside = not p.label_w or (x1 >= g.plot_left - 0.5 and x2 <= g.plot_right + 0.5)
            if inside and _free(spans, x1, x2):
                p.row = row
                spans.append((x1, x2))
                return True
    if p.label_w:
        best = max(((_room(spans, p, g, side), row, side) for row, spans in enumerate(taken) for side in sides
                    if _free(spans, *mark_extent(p, g))), default=None)
        if best is not None and best[0] >= MIN_CUT:
            room, p.row, p.label_side = best
            p.label_room = min(room, p.label_w)
            taken[p.row].append(extent(p, g))
            return True
    p.label_side, p.label_room = 1, 0.0
    return False


def pack(pieces: list[Piece], g: Geometry, rows: int) -> list[Piece]:
    """Give each piece the first row where it meets nothing; returns those that found no row."""
    taken: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    overflow = []
    for p in sorted(pieces, key=lambda p: mark_extent(p, g)[0]):
        p.row = None
        if not _place(p, g, taken):
            overflow.append(p)
    return overflow
