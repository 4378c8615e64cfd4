"""Polygons and lines cut to the drawing's rectangle.

A country seen from close up is mostly outside the drawing: cut to the
rectangle, it costs the painter only what shows, and a page that paints the
scene without a clip (a PDF briefing) gets no land spilling over its margins.
Rings are cut with Sutherland–Hodgman (a concave ring may keep edges along
the rectangle's border, outside what is seen, since the rectangle is widened
by a margin); lines with Liang–Barsky, segment by segment.
"""
from __future__ import annotations

Point = tuple[float, float]
Rect = tuple[float, float, float, float]      # x0, y0, x1, y1


def _inside(p: Point, edge: int, r: Rect) -> bool:
    return (p[0] >= r[0], p[1] >= r[1], p[0] <= r[2], p[1] <= r[3])[edge]


def _cross(a: Point, b: Point, edge: int, r: Rect) -> Point:
    (x1, y1), (x2, y2) = a, b
    if edge in (0, 2):
        x = r[edge]
        t = (x - x1) / (x2 - x1)
        return x, y1 + t * (y2 - y1)
    y = r[edge]
    t = (y - y1) / (y2 - y1)
    return x1 + t * (x2 - x1), y


def bounds(points) -> Rect:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def clip_ring(ring, r: Rect) -> tuple[Point, ...]:
    """The closed ring cut to the rectangle (empty when none of it is inside)."""
    if not ring:
        return ()
    b = bounds(ring)
    if b[0] >= r[0] and b[1] >= r[1] and b[2] <= r[2] and b[3] <= r[3]:
        return tuple(ring)
    if b[2] < r[0] or b[0] > r[2] or b[3] < r[1] or b[1] > r[3]:
        return ()
    out = list(ring)
    for edge in range(4):
        if not out:
            break
        points, out = out, []
        prev = points[-1]
        for p in points:
            if _inside(p, edge, r):
                if not _inside(prev, edge, r):
                    out.append(_cross(prev, p, edge, r))
                out.append(p)
            elif _inside(prev, edge, r):
                out.append(_cross(prev, p, edge, r))
            prev = p
    return tuple(out)


def clip_line(line, r: Rect) -> list[tuple[Point, ...]]:
    """The polyline's pieces inside the rectangle."""
    pieces: list[list[Point]] = []
    current: list[Point] = []
    for a, b in zip(line, line[1:]):
        cut = _segment(a, b, r)
        if cut is None:
            if current:
                pieces.append(current)
                current = []
            continue
        p, q = cut
        if not current or current[-1] != p:
            if current:
                pieces.append(current)
            current = [p]
        current.append(q)
        if q != b:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [tuple(piece) for piece in pieces if len(piece) >= 2]


def _segment(a: Point, b: Point, r: Rect) -> tuple[Point, Point] | None:
    """Liang–Barsky: the part of segment a-b inside the rectangle, or None."""
    (x1, y1), (x2, y2) = a, b
    dx, dy = x2 - x1, y2 - y1
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x1 - r[0]), (dx, r[2] - x1), (-dy, y1 - r[1]), (dy, r[3] - y1)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            if t > t1:
                return None
            t0 = max(t0, t)
        else:
            if t < t0:
                return None
            t1 = min(t1, t)
    start = a if t0 == 0.0 else (x1 + t0 * dx, y1 + t0 * dy)
    end = b if t1 == 1.0 else (x1 + t1 * dx, y1 + t1 * dy)
    return start, end
