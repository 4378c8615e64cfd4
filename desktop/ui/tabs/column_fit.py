"""Column widths that fill a table's visible width, until the analyst sizes a column.

At 1280 px the registry's first widths ran past the table: the last column
was cut, a horizontal scroll bar appeared, and an Arabic name off-screen
lost its beginning. Short columns (dates, choices, counts) take the width of
their header and of what they hold, so a date range shows whole; text
columns give way down to their header's width; the column that names the
record takes what is left and elides its text.
"""
from __future__ import annotations

from dataclasses import dataclass

MAIN_LEAST = 140        # a record's title or text still reads as one at this width


@dataclass(frozen=True)
class Want:
    least: int          # narrower, the header's text is cut
    preferred: int
    fixed: bool = False     # a short column: always its preferred width
    main: bool = False      # takes the slack


def widths(wants: list[Want], available: int) -> list[int]:
    """Widths for `wants` that add up to `available` where the columns' least widths allow it."""
    out = [w.preferred if w.fixed else max(w.least, w.preferred) for w in wants]
    flexible = [i for i, w in enumerate(wants) if not w.fixed]
    excess = sum(out) - available
    if excess > 0 and flexible:
        room = sum(out[i] - wants[i].least for i in flexible)
        share = min(1.0, excess / room) if room else 0.0
        for i in flexible:
            out[i] -= int((out[i] - wants[i].least) * share)
    # What rounding leaves, or the room beyond every preference, goes to the main column (else the last).
    mains = [i for i in flexible if wants[i].main] or flexible or [len(out) - 1]
    if out:
        target = mains[0]
        out[target] = max(wants[target].least, out[target] + available - sum(out))
    return out
