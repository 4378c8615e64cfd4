"""Column widths that fill a table's visible width, until the analyst sizes a column.

At 1280 px the registry's first widths ran past the table: the last column
was cut, a horizontal scroll bar appeared, and an Arabic name off-screen
lost its beginning. Short columns (dates, choices, counts) take the width of
their header and of what they hold, so a date range or a status shows whole
(at 12 pt and in English they were cut to «announc…» while the title had
room to give); text columns give way down to their header's width; the
column that names the record takes what is left and elides its text.

Qt's width for a header keeps room for the sort arrow on every column, though
only the sorted one draws it. A column with nothing wider than its header's
text (an empty Credibility) gives that room up at once, and every unsorted
column gives it up before a value is cut: at 12 pt in English the empty
column kept ~95 px while «September 2025 – Septem…» was cut beside it.
"""
from __future__ import annotations

from dataclasses import dataclass

MAIN_LEAST = 140        # a record's title or text still reads as one at this width
MAIN_SHARE = 0.35       # the rows are read by their title: it keeps this share before a short column is cut
TEXT_READABLE = 110     # a name in a text column reads at this width; narrower only after the title gave way


@dataclass(frozen=True)
class Want:
    least: int          # narrower, the header's text is cut
    preferred: int      # what its values need, at least its header's text
    fixed: bool = False     # a short column: its preferred width while there is room
    main: bool = False      # takes the slack
    bare: int = 0           # the header's text without the sort arrow's room (0: the same as least)

    @property
    def floor(self) -> int:
        return self.bare or self.least


def _give_way(out: list[int], floors: dict[int, int], excess: int) -> int:
    """Narrow the columns of `floors` toward their floors, in proportion to their room; the excess left."""
    room = sum(max(0, out[i] - floor) for i, floor in floors.items())
    if excess <= 0 or not room:
        return excess
    share = min(1.0, excess / room)
    for i, floor in floors.items():
        cut = int(max(0, out[i] - floor) * share)
        out[i] -= cut
        excess -= cut
    # The pixels rounding left: else a short column lost them, its value cut by one pixel.
    for i, floor in floors.items():
        cut = min(max(0, out[i] - floor), excess)
        out[i] -= cut
        excess -= cut
    return excess


def _trim_widest(out: list[int], floors: dict[int, int], excess: int) -> int:
    """Narrow the widest columns of `floors` first, to one width, never below their floors; the excess left.

    Cut in proportion, every short column loses its end («plann…», «confir…»); cut from the top, only
    a long date range does, and a status or a day's date stays whole."""
    def cut_at(level: int) -> int:
        return sum(max(0, out[i] - max(level, floor)) for i, floor in floors.items())
    if excess <= 0 or not floors:
        return excess
    low, high = min(floors.values()), max(out[i] for i in floors)
    while low < high:       # the highest level that frees the excess (or the floors, when nothing can)
        level = (low + high + 1) // 2
        if cut_at(level) >= excess:
            low = level
        else:
            high = level - 1
    for i, floor in floors.items():
        cut = min(max(0, out[i] - max(low, floor)), excess)
        out[i] -= cut
        excess -= cut
    return excess


def widths(wants: list[Want], available: int) -> list[int]:
    """Widths for `wants` that add up to `available` where the columns' least widths allow it.

    What gives way first: text columns down to a readable width; then the title, down to its share
    of the table; then text columns down to their header; then the title down to its least (its
    text elides, and the detail pane shows it whole); then the unsorted columns' room for an arrow they
    do not draw; only then short columns, whose values cut
    («plann…», «سبتمبر ٢٠…») say nothing. Beyond that the table scrolls."""
    # What holds nothing wider than its header's text needs no more than that text.
    out = [w.floor if not w.main and w.preferred <= w.floor else max(w.least, w.preferred) for w in wants]
    flexible = [i for i, w in enumerate(wants) if not w.fixed]
    mains = [i for i in flexible if wants[i].main] or flexible or [len(out) - 1]
    main = mains[0] if out else None
    texts = {i: wants[i].least for i in flexible if i != main}
    short = {i: w.floor for i, w in enumerate(wants) if w.fixed and i != main}
    excess = sum(out) - available
    excess = _give_way(out, {i: max(least, min(out[i], TEXT_READABLE)) for i, least in texts.items()}, excess)
    if main is not None:
        # (Its share, or what it holds when that is less: short names leave the room to the others.)
        share = min(max(wants[main].least, int(available * MAIN_SHARE)), out[main])
        excess = _give_way(out, {main: share}, excess)
        excess = _give_way(out, texts, excess)
        excess = _give_way(out, {main: wants[main].least}, excess)
        # An empty arrow's room is worth less than a value: columns at their header's width give it up.
        # (A short column keeps its values whole here.)
        arrows = {i: max(w.floor, min(w.preferred, out[i])) if w.fixed else w.floor
                  for i, w in enumerate(wants) if i != main and out[i] <= w.least}
        excess = _give_way(out, arrows, excess)
        excess = _trim_widest(out, short, excess)
        # What rounding leaves, or the room beyond every preference, goes to the title.
        out[main] = max(wants[main].least, out[main] + available - sum(out))
    return out
