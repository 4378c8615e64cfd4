"""The link chart's force layout, by rustworkx (Fruchterman-Reingold, in Rust).

The layout is seeded by the nodes' current positions and keeps `fixed`
nodes where they are: after an expansion only the new nodes move, so the
chart the analyst has read does not reshuffle; a relayout moves every node
but the pinned ones. One unit is the distance the layout aims at between
linked nodes.

A layout is given a time budget. A first short run measures how fast this
graph goes; the rest of the iterations are cut to what fits the budget, and
the result says so (the view tells the analyst the layout was cut short).
"""
from __future__ import annotations

import math
import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass

import rustworkx as rx

ITERATIONS = 100       # enough for 300 nodes from a rough start (about 40 ms on a laptop)
PROBE = 10             # iterations timed first to see what the budget allows


@dataclass(frozen=True)
class Arranged:
    positions: dict[str, tuple[float, float]]
    cut: bool            # stopped before ITERATIONS to stay within the time budget
    iterations: int


def arrange(positions: dict[str, tuple[float, float]], edges: Iterable[tuple[str, str]],
            fixed: Iterable[str] = (), budget: float = 0.8, iterations: int = ITERATIONS) -> Arranged:
    """New positions for the nodes of `positions` (every node needs one), `fixed` ones unmoved."""
    keys = list(positions)
    if not keys:
        return Arranged({}, False, 0)
    fixed = {k for k in fixed if k in positions}
    if len(fixed) == len(keys):
        return Arranged(dict(positions), False, 0)
    graph = rx.PyGraph()
    index = {key: graph.add_node(key) for key in keys}
    seen = set()
    for a, b in edges:
        if a in index and b in index and a != b and (a, b) not in seen and (b, a) not in seen:
            seen.add((a, b))
            graph.add_edge(index[a], index[b], None)
    pos = {index[k]: [float(positions[k][0]), float(positions[k][1])] for k in keys}
    pinned = {index[k] for k in fixed}
    started = time.perf_counter()
    done = 0
    first = min(PROBE, iterations)
    pos = _run(graph, pos, pinned, first)
    done += first
    spent = time.perf_counter() - started
    rest = iterations - done
    cut = False
    if rest > 0:
        per_iteration = spent / first if first else 0.0
        affordable = rest if per_iteration <= 0 else int((budget - spent) / per_iteration)
        if affordable < rest:
            cut = True
            rest = max(0, affordable)
        if rest:
            pos = _run(graph, pos, pinned, rest)
            done += rest
    if not pinned:
        pos = _unit_scale(pos, seen, index)
    return Arranged({k: (pos[index[k]][0], pos[index[k]][1]) for k in keys}, cut, done)


def _run(graph, pos: dict[int, list[float]], pinned: set[int], iterations: int) -> dict[int, list[float]]:
    # rustworkx rescales the result into [-1, 1] unless some node is fixed (an empty set counts as none).
    out = rx.spring_layout(graph, pos=pos, fixed=pinned or None, k=1.0, num_iter=iterations, seed=7)
    return {i: [p[0], p[1]] for i, p in out.items()}


def _unit_scale(pos: dict[int, list[float]], edges: set, index: dict[str, int]) -> dict[int, list[float]]:
    """Back to layout units after rustworkx's rescaling: the median edge one unit long."""
    lengths = [math.dist(pos[index[a]], pos[index[b]]) for a, b in edges]
    lengths = [d for d in lengths if d > 1e-9]
    if lengths:
        factor = 1.0 / statistics.median(lengths)
    else:
        factor = math.sqrt(len(pos))     # no edges: spread the nodes about a unit apart
    return {i: [p[0] * factor, p[1] * factor] for i, p in pos.items()}


def around(anchor: tuple[float, float], n: int, start: float = 0.0, radius: float = 1.3) -> list[tuple[float, float]]:
    """`n` starting places on a circle round `anchor` (new neighbours), widening for many."""
    radius = radius * max(1.0, math.sqrt(n / 8))
    step = 2 * math.pi / max(1, n)
    return [(anchor[0] + radius * math.cos(start + i * step), anchor[1] + radius * math.sin(start + i * step))
            for i in range(n)]


def between(a: tuple[float, float], b: tuple[float, float], n: int) -> list[tuple[float, float]]:
    """`n` places evenly on the segment from `a` to `b` (the inner records of a path), nudged off it."""
    out = []
    for i in range(1, n + 1):
        t = i / (n + 1)
        out.append((a[0] + (b[0] - a[0]) * t + 0.15 * (i % 2), a[1] + (b[1] - a[1]) * t - 0.15 * (i % 2)))
    return out
