"""Where the link chart's labels go: beside their node or along their edge, clear of the nodes and of each other.

Core has no fonts: the UI passes `measure(text, size)` (the painter's own
width of a label's text); a headless figure makes do with a generous guess.
A node's label tries below its node, above, after it, before it and the
four corners, and takes the first place free and inside the drawing; where
the layout leaves no room it takes the place it overlaps least, for a node
is never left unnamed. An edge's label slides along its edge, and is left
out where no place is free (the edge's tooltip says it).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Rect = tuple[float, float, float, float]      # x1, y1, x2, y2
PAD = 2.0             # the label's halo, and air between neighbours
GAP = 3.0             # between a node's rim and its label
LINE = 1.3            # a line of text is this many times its size high


def guess_width(text: str, size: float) -> float:
    """Wider than most fonts draw it: a guess that errs towards room."""
    return 2 + len(text) * size * 0.6


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


@dataclass
class Placer:
    """Places labels one after another on a width x height drawing, each clear of what came before."""
    width: float
    height: float
    measure: Callable[[str, float], float] = guess_width
    taken: list[Rect] = field(default_factory=list)

    def block(self, x: float, y: float, r: float) -> None:
        """A node's disc: no label goes over it."""
        self.taken.append((x - r - 1, y - r - 1, x + r + 1, y + r + 1))

    def _cost(self, rect: Rect) -> float:
        outside = (max(0.0, -rect[0]) + max(0.0, rect[2] - self.width)) * (rect[3] - rect[1]) \
            + (max(0.0, -rect[1]) + max(0.0, rect[3] - self.height)) * (rect[2] - rect[0])
        return sum(_overlap(rect, other) for other in self.taken) + 4 * outside

    def _best(self, options: list[tuple[Rect, tuple]], always: bool) -> tuple | None:
        costs = [(self._cost(rect), i) for i, (rect, _) in enumerate(options)]
        cost, i = min(costs)
        if cost > 0 and not always:
            return None
        self.taken.append(options[i][0])
        return options[i][1]

    def node_label(self, x: float, y: float, r: float, text: str, size: float, max_width: float,
                   rtl: bool) -> tuple[float, float, str, str]:
        """(x, y, align, valign) of the node's label: below it if free, else the first free place around it."""
        w = min(self.measure(text, size), max_width) + 2 * PAD
        h = size * LINE + PAD
        d = r + GAP
        c = d * 0.7
        below = ((x - w / 2, y + d, x + w / 2, y + d + h), (x, y + d + PAD / 2, "center", "top"))
        above = ((x - w / 2, y - d - h, x + w / 2, y - d), (x, y - d - PAD / 2, "center", "bottom"))
        right = ((x + d, y - h / 2, x + d + w, y + h / 2), (x + d + PAD, y, "left", "middle"))
        left = ((x - d - w, y - h / 2, x - d, y + h / 2), (x - d - PAD, y, "right", "middle"))
        after, before = (left, right) if rtl else (right, left)
        corners = [((x + c, y + c, x + c + w, y + c + h), (x + c + PAD, y + c + PAD / 2, "left", "top")),
                   ((x - c - w, y + c, x - c, y + c + h), (x - c - PAD, y + c + PAD / 2, "right", "top")),
                   ((x + c, y - c - h, x + c + w, y - c), (x + c + PAD, y - c - PAD / 2, "left", "bottom")),
                   ((x - c - w, y - c - h, x - c, y - c), (x - c - PAD, y - c - PAD / 2, "right", "bottom"))]
        return self._best([below, above, after, before] + corners, always=True)

    def edge_label(self, points, text: str, size: float) -> tuple[float, float] | None:
        """Where along the edge its label is free (its middle first), or None: nowhere."""
        w = self.measure(text, size) + 2 * PAD
        h = size * LINE + PAD
        (ax, ay), (bx, by) = points[0], points[-1]
        if len(points) == 3:
            ax, ay = bx, by = points[1]
        options = []
        for t in (0.5, 0.38, 0.62, 0.26, 0.74):
            mx, my = ax + (bx - ax) * t, ay + (by - ay) * t
            options.append(((mx - w / 2, my - h / 2, mx + w / 2, my + h / 2), (mx, my)))
        return self._best(options, always=False)
