"""How is X connected to Y: the shortest paths between two records, searched in the store, not the chart.

A bidirectional breadth-first search: each round expands the smaller of the
two frontiers by one layer of links (read a page per record and relation,
batched), until the two sides meet or the depth or node budget runs out.
When they meet after a whole layer, every shortest path lies inside what
was read, so the paths are enumerated from that subgraph, at most `k` of
them (rustworkx's all_shortest_paths would list them all: two actors who
share a thousand events have a thousand). Among equally short paths those
through strong links (a role, a quote about an event, an affiliation, a
place) come before those through weak ones (reported or quoted in the same
article).

A record with more than `page` links of one relation is read only a page at
a time, so a path through a hub can be missed from the hub's side; it is
still found from the other side, whose record names the hub among its own
few links.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from desktop.core.links_model import WEAK

DEPTH = 4          # links in the longest path looked for
BUDGET = 20000     # records read before the search gives up
PAGE = 300         # links read per record and relation


@dataclass
class Found:
    paths: list[list[str]]                                   # record keys from X to Y
    links: dict[frozenset, list[tuple]] = field(default_factory=dict)   # {pair: [storage links]}
    length: int | None = None                                # links in the shortest path, None if none
    exhausted: bool = False                                  # stopped by the budget, not the depth

    def path_links(self) -> list[tuple]:
        out = []
        for path in self.paths:
            for a, b in zip(path, path[1:]):
                out += self.links.get(frozenset((a, b)), [])
        return list(dict.fromkeys(out))


def shortest_paths(store, source: str, target: str, k: int = 3, depth: int = DEPTH, budget: int = BUDGET,
                   page: int = PAGE) -> Found:
    """Up to `k` shortest paths of at most `depth` links between two charted records."""
    if source == target:
        return Found([[source]], length=0)
    if k < 1 or depth < 1:
        raise ValueError("k and depth must be 1 or more")
    adjacency: dict[str, set[str]] = {}
    links: dict[frozenset, list[tuple]] = {}
    dist = ({source: 0}, {target: 0})
    frontier = ([source], [target])
    reached = [0, 0]                     # layers expanded on each side
    exhausted = False
    met = False
    while not met and reached[0] + reached[1] < depth and frontier[0] and frontier[1]:
        side = 0 if len(frontier[0]) <= len(frontier[1]) else 1
        found, _ = store.links_of(frontier[side], page)
        nxt: list[str] = []
        for link in found:
            a, b = link[0], link[1]
            pair = frozenset((a, b))
            if link not in links.setdefault(pair, []):
                links[pair].append(link)
            adjacency.setdefault(a, set()).add(b)
            adjacency.setdefault(b, set()).add(a)
            for here, there in ((a, b), (b, a)):
                if here in dist[side] and dist[side][here] == reached[side] and there not in dist[side]:
                    dist[side][there] = reached[side] + 1
                    nxt.append(there)
                    if there in dist[1 - side]:
                        met = True
        reached[side] += 1
        frontier = (nxt, frontier[1]) if side == 0 else (frontier[0], nxt)
        if len(dist[0]) + len(dist[1]) > budget and not met:
            exhausted = True
            break
    if not met:
        return Found([], links, None, exhausted)
    paths = _enumerate(adjacency, links, source, target, k)
    return Found(paths, links, len(paths[0]) - 1 if paths else None, exhausted)


def _bfs(adjacency: dict[str, set[str]], start: str) -> dict[str, int]:
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in adjacency.get(node, ()):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def _enumerate(adjacency, links, source: str, target: str, k: int) -> list[list[str]]:
    """At most `k` shortest paths in the subgraph read, strong links first."""
    from_source = _bfs(adjacency, source)
    from_target = _bfs(adjacency, target)
    if target not in from_source:
        return []
    length = from_source[target]

    def weakness(a: str, b: str) -> int:
        # A pair joined by a strong link anywhere counts as strong.
        return 0 if any(link[2] not in WEAK for link in links.get(frozenset((a, b)), ())) else 1

    on_path = {n for n, d in from_source.items() if d + from_target.get(n, length + 1) == length}
    candidates: list[tuple[int, list[str]]] = []
    limit = max(k * 20, 50)          # enough to choose the strongest k without listing thousands

    def walk(path: list[str], weak: int) -> None:
        if len(candidates) >= limit:
            return
        node = path[-1]
        if node == target:
            candidates.append((weak, list(path)))
            return
        step = from_source[node] + 1
        ahead = sorted((n for n in adjacency.get(node, ()) if n in on_path and from_source[n] == step),
                       key=lambda n: (weakness(node, n), n))
        for nxt in ahead:
            path.append(nxt)
            walk(path, weak + weakness(node, nxt))
            path.pop()

    walk([source], 0)
    candidates.sort(key=lambda c: (c[0], c[1]))
    return [path for _, path in candidates[:k]]
