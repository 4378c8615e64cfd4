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
LABEL_MAX = 170.0

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
    label_w: float = 0.0    # room its title takes beside it (0: no title)
    row: int | None = None
    wide: bool = False      # a count of dates coarser than the ticks ("2014" among months)


def rows_in(height: float) -> int:
    return max(1, int((height - 4) // ROW))


def extent(p: Piece, g: Geometry) -> tuple[float, float]:
    """The points a piece takes across, its title included (written on its later side)."""
    x1, x2 = sorted((g.x_of(p.start), g.x_of(p.end)))
    if p.item is None:
        return x1 + 0.6, x2 - 0.6       # side by side, counts of neighbouring periods share a row
    if not p.item.span.bar:
        middle = (x1 + x2) / 2
        half = MARK_R * (2.5 if p.item.span.soft else 1)
        x1, x2 = middle - half, middle + half
    if p.label_w:
        if g.viewport.rtl:
            x1 -= p.label_w
        else:
            x2 += p.label_w
    return x1, x2


def pack(pieces: list[Piece], g: Geometry, rows: int) -> list[Piece]:
    """Give each piece the first row where it meets nothing; returns those that found no row."""
    ends = [float("-inf")] * rows
    overflow = []
    placed = sorted(((extent(p, g), p) for p in pieces), key=lambda ep: ep[0][0])
    for (x1, x2), p in placed:
        p.row = next((r for r in range(rows) if ends[r] + 1 < x1), None)
        if p.row is None:
            overflow.append(p)
        else:
            ends[p.row] = x2
    return overflow
