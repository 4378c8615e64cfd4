"""Points that crowd on the drawing merged into clusters, at the current zoom.

Greedy distance clustering on the drawing's points: the heaviest point not yet
taken seeds a cluster, which takes every free point within `radius` points of
it. A grid of `radius`-sized cells finds the neighbours, so n points cost
O(n) and 10,000 places cluster in a few milliseconds. Seeding by weight keeps
a busy place at its own position, with its smaller neighbours folded in,
rather than at a point between them. As the view zooms in, the same points
lie farther apart and the clusters split; the result depends only on the
points and the radius (ties broken by key), so redrawing is stable.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Spot:
    """One point to draw: a record key at drawing position (x, y), standing for `weight` events."""
    key: str
    x: float
    y: float
    weight: int = 1


@dataclass(frozen=True)
class Cluster:
    x: float                     # where it is drawn: its seed's position
    y: float
    members: tuple[str, ...]     # keys, heaviest first
    weight: int                  # the members' weights added up

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def single(self) -> bool:
        return len(self.members) == 1


def cluster(spots: list[Spot], radius: float) -> list[Cluster]:
    """Clusters of the spots within `radius` points of a heavier seed; singletons for lone spots."""
    if radius <= 0:
        return [Cluster(s.x, s.y, (s.key,), s.weight) for s in spots]
    order = sorted(range(len(spots)), key=lambda i: (-spots[i].weight, spots[i].key))
    grid: dict[tuple[int, int], list[int]] = {}
    for i, s in enumerate(spots):
        grid.setdefault((int(s.x // radius), int(s.y // radius)), []).append(i)
    taken = [False] * len(spots)
    r2 = radius * radius
    out = []
    for i in order:
        if taken[i]:
            continue
        seed = spots[i]
        taken[i] = True
        members = [i]
        gx, gy = int(seed.x // radius), int(seed.y // radius)
        for cx in (gx - 1, gx, gx + 1):
            for cy in (gy - 1, gy, gy + 1):
                for j in grid.get((cx, cy), ()):
                    if not taken[j] and (spots[j].x - seed.x) ** 2 + (spots[j].y - seed.y) ** 2 <= r2:
                        taken[j] = True
                        members.append(j)
        members.sort(key=lambda j: (-spots[j].weight, spots[j].key))
        out.append(Cluster(seed.x, seed.y, tuple(spots[j].key for j in members),
                           sum(spots[j].weight for j in members)))
    return out
