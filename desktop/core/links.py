"""The link chart, Qt-free: who and what a set of records is tied to, grown a step at a time, with undo.

A chart starts from records (the selection) or from a search's hits, and
grows when the analyst expands a node: its neighbours are read from the
store (storage/links.py says which links there are), the `per_expand`
heaviest are drawn (the most quotes and events attached), and the rest
wait behind one collapsed "N more" node that expands further on demand.
The whole chart never holds more than `max_nodes` nodes.

Arranging it: the layout (links_layout.py, rustworkx) moves only what was
just added, so what the analyst has read stays put; dragging a node moves
and pins it; a relayout moves every node but the pinned ones; nodes can be
hidden. Every change (start, expand, move, pin, hide, relayout, a path) is
one step on an undo stack of whole states, so the UI binds Ctrl+Z to
`undo` and Ctrl+Shift+Z to `redo`.

"How is X connected to Y?" (`connect`) searches the store, not the chart
(links_paths.py), and adds the shortest paths found with their edges
highlighted.

`links_scene` builds the figure headless (the briefing, `marsad briefing
--figure links`): start from ids or a search, grow one step, lay out, fit.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from desktop.core import kinds, search
from desktop.core.figures.scene import Scene
from desktop.core.links_layout import Arranged, arrange, around, between
from desktop.core.links_model import (KINDS, MORE, ChartState, Edge, Node, Pending, UndoStack, edge_from,
                                      is_more, more_key, owner_of)
from desktop.core.links_paths import DEPTH, Found, shortest_paths
from desktop.core.links_scene import build_scene, fit
from desktop.core.storage.links import weights as link_weights

PER_EXPAND = 12        # neighbours an expansion draws before collapsing the rest into "N more"
MAX_NODES = 300        # nodes a chart ever holds
PAGE = 200             # links read per record and relation when it is expanded
CONNECT_PAGE = 50      # links read per record and relation to tie a new node to those drawn
SEARCH_CAP = 20        # search hits a chart starts from
HISTORY = 100          # undo steps kept
KNOWN_LIMIT = 400_000  # links remembered (to tie new nodes to old) before a new chart forgets them
LAYOUT_BUDGET = 0.8    # seconds a layout may take before it is cut short
FIGURE_NODES = 80      # nodes a headless figure (half a briefing page) holds


class LinkChart:
    """The chart's state and every change to it. `store` is a Store (or anything with its links methods)."""

    def __init__(self, store, *, per_expand: int = PER_EXPAND, max_nodes: int = MAX_NODES, page: int = PAGE,
                 layout_budget: float = LAYOUT_BUDGET):
        if per_expand < 1 or max_nodes < 1 or page < 1:
            raise ValueError("per_expand, max_nodes and page must be 1 or more")
        self.store = store
        self.per_expand = per_expand
        self.max_nodes = max_nodes
        self.page = page
        self.layout_budget = layout_budget
        self._state = ChartState()
        self._history = UndoStack(HISTORY)
        self._known: dict[str, dict[tuple, None]] = {}   # links read so far, by each of their ends
        self.layout_cut = False      # the last layout was cut short to stay within its budget
        self.full = False            # the last growth stopped at max_nodes

    # --- reading ---------------------------------------------------------------------------

    @property
    def state(self) -> ChartState:
        return self._state

    def node(self, key: str) -> Node | None:
        return self._state.nodes.get(key)

    def __contains__(self, key: str) -> bool:
        return key in self._state.nodes

    def visible_count(self) -> int:
        return sum(1 for n in self._state.nodes.values() if not n.hidden)

    def records(self) -> list[str]:
        """The records drawn (not the collapsed nodes), in the order they were added."""
        return [k for k, n in self._state.nodes.items() if not n.hidden and n.kind != MORE]

    def scene(self, viewport, width: float, height: float, language: str = "ar", selected: Iterable[str] = (),
              title: str = "", legend: bool = False, arabic_digits: bool = False, **labels) -> Scene:
        """`labels`: the label_size and measure of links_scene.build_scene (the UI's font)."""
        return build_scene(self._state, viewport, width, height, language, selected, title, legend, arabic_digits,
                           **labels)

    # --- undo ------------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Remember the state as it is: the next undo comes back here (a drag calls it once, at the press)."""
        self._history.push(self._state.copy())

    @property
    def can_undo(self) -> bool:
        return self._history.can_undo

    @property
    def can_redo(self) -> bool:
        return self._history.can_redo

    def undo(self) -> bool:
        state = self._history.undo(self._state)
        if state is not None:
            self._state = state
        return state is not None

    def redo(self) -> bool:
        state = self._history.redo(self._state)
        if state is not None:
            self._state = state
        return state is not None

    # --- growing ---------------------------------------------------------------------------

    def start(self, keys: Iterable[str], hops: int = 1) -> list[str]:
        """A new chart of `keys` (a quote stands for its speaker and event) grown `hops` steps; what was added."""
        self.checkpoint()
        self._state = ChartState()
        if sum(len(v) for v in self._known.values()) > KNOWN_LIMIT:
            self._known.clear()
        self.full = False
        seeds = self.records_for(keys)
        if not seeds:
            return []
        seeds = seeds[:self.max_nodes]
        added = self._add(seeds, around((0.0, 0.0), len(seeds), radius=0.8 * (len(seeds) > 1)))
        self._state.seeds = tuple(added)
        frontier = list(added)
        for _ in range(max(0, hops)):
            room = self.max_nodes - self.visible_count()
            if room <= 0 or not frontier:
                break
            share = max(3, min(self.per_expand, room // max(1, len(frontier))))
            grown: list[str] = []
            for key in frontier:
                grown += self._expand(key, share)
            frontier = grown
            added += grown
        self._layout(None)
        return added

    def start_from_search(self, query, cap: int = SEARCH_CAP, hops: int = 1) -> list[str]:
        """A new chart of the best `cap` hits of a search (text or a parsed Query)."""
        found = search.search(self.store, query, limit=cap * 2)
        keys = [hit.id for hit in found.hits]
        return self.start(self.records_for(keys)[:cap], hops)

    def add(self, keys: Iterable[str]) -> list[str]:
        """Records drawn as they are, beside the chart, without their neighbours."""
        self.checkpoint()
        keys = [k for k in self.records_for(keys) if k not in self._state.nodes]
        keys = keys[:max(0, self.max_nodes - self.visible_count())]
        added = self._add(keys, around(self._centre(), len(keys), radius=2.0))
        self._layout(set(added))
        return added

    def expand(self, key: str) -> list[str]:
        """Draw `key`'s neighbours (or, for a "N more" node, the next ones it holds); what was added."""
        if is_more(key):
            owner = owner_of(key)
            if owner not in self._state.pending:
                return []
            self.checkpoint()
            added = self._expand_more(owner)
        else:
            node = self._state.nodes.get(key)
            if node is None or node.kind not in KINDS:
                raise ValueError(f"{key!r} is not a record on the chart")
            self.checkpoint()
            if node.expanded and key in self._state.pending:
                # Expanded before: show the next of those it holds back.
                owner, added = key, self._expand_more(key)
            else:
                owner, added = key, self._expand(key, self.per_expand)
        self._layout(set(added) | {more_key(owner)})
        return added

    def _expand(self, key: str, share: int) -> list[str]:
        links, counts = self._read([key], self.page)
        unread = sum(max(0, n - self.page) for n in counts.get(key, {}).values())
        present = self._state.nodes
        others = list(dict.fromkeys(link[1] if link[0] == key else link[0] for link in links))
        self._connect([key])
        waiting = self._rank([k for k in others if k not in present])
        room = max(0, self.max_nodes - self.visible_count())
        take = waiting[:min(share, room)]
        self.full = self.full or len(take) < min(share, len(waiting))
        anchor = self._state.nodes[key]
        added = self._add(take, around((anchor.x, anchor.y), len(take) + 1, start=0.4)[:len(take)])
        self._replace(key, expanded=True)
        self._hold(key, Pending(key, tuple(waiting[len(take):]), self.page if unread else 0, unread))
        return added

    def _expand_more(self, owner: str) -> list[str]:
        held = self._state.pending[owner]
        present = self._state.nodes
        waiting = [k for k in held.waiting if k not in present]
        offset, unread = held.offset, held.unread
        while len(waiting) < self.per_expand and offset:
            links, counts = self._read([owner], self.page, offset)
            offset += self.page
            unread = sum(max(0, n - offset) for n in counts.get(owner, {}).values())
            if not unread:
                offset = 0
            others = dict.fromkeys(link[1] if link[0] == owner else link[0] for link in links)
            waiting += self._rank([k for k in others if k not in present and k not in waiting])
        room = max(0, self.max_nodes - self.visible_count())
        take = waiting[:min(self.per_expand, room)]
        self.full = len(take) < min(self.per_expand, len(waiting))
        spot = self._state.nodes.get(more_key(owner)) or self._state.nodes[owner]
        added = self._add(take, around((spot.x, spot.y), len(take), start=0.2, radius=0.9))
        self._hold(owner, Pending(owner, tuple(waiting[len(take):]), offset, unread))
        return added

    # --- arranging -------------------------------------------------------------------------

    def move(self, key: str, x: float, y: float) -> None:
        """Put a node at (x, y) in layout units and pin it there (one undo step)."""
        self.checkpoint()
        self.drag_to(key, x, y)

    def drag_to(self, key: str, x: float, y: float) -> None:
        """Move and pin without an undo step: while dragging, after `checkpoint` at the press."""
        if key not in self._state.nodes:
            raise ValueError(f"{key!r} is not on the chart")
        self._replace(key, x=float(x), y=float(y), pinned=True)

    def pin(self, key: str, pinned: bool = True) -> None:
        if key not in self._state.nodes:
            raise ValueError(f"{key!r} is not on the chart")
        self.checkpoint()
        self._replace(key, pinned=pinned)

    def hide(self, keys: Iterable[str]) -> None:
        """Hide nodes (and the "N more" node of each): expanding a neighbour does not bring them back."""
        keys = [k for k in keys if k in self._state.nodes]
        if not keys:
            return
        self.checkpoint()
        for key in keys:
            self._replace(key, hidden=True)
            if more_key(key) in self._state.nodes:
                self._replace(more_key(key), hidden=True)

    def show_all(self) -> None:
        if not any(n.hidden for n in self._state.nodes.values()):
            return
        self.checkpoint()
        for key, node in list(self._state.nodes.items()):
            if node.hidden:
                self._replace(key, hidden=False)

    def relayout(self) -> Arranged:
        """Lay the chart out again from where the nodes are; pinned nodes stay."""
        self.checkpoint()
        return self._layout(None)

    def reload(self) -> None:
        """The store changed: the nodes' names, weights and links read again, deleted records dropped.

        The undo stack is emptied: its states may hold records that are gone.
        """
        state = self._state
        records = [k for k, n in state.nodes.items() if n.kind != MORE]
        cards = self.store.link_cards(records)
        self._known.clear()
        kept = [k for k in records if k in cards]
        _, counts = self._read(kept, CONNECT_PAGE) if kept else ([], {})
        weights = link_weights(counts)
        for key in records:
            if key not in cards:
                state.nodes.pop(key, None)
                state.nodes.pop(more_key(key), None)
                state.pending.pop(key, None)
                continue
            label, label_en, date = cards[key]
            self._replace(key, label=label or "", label_en=label_en, date=date, weight=weights.get(key, 0),
                          links=sum(counts.get(key, {}).values()))
        state.edges = {i: e for i, e in state.edges.items()
                       if e.type == MORE and e.a in state.nodes and e.b in state.nodes}
        self._connect(kept)
        state.seeds = tuple(k for k in state.seeds if k in state.nodes)
        self._history.clear()

    # --- paths -----------------------------------------------------------------------------

    def connect(self, source: str, target: str, k: int = 3, depth: int = DEPTH) -> Found:
        """Add the shortest paths (at most `k`, of at most `depth` links) between two records, highlighted."""
        # A quote stands for its speaker here.
        ends = [next(iter(self.records_for([key])), None) for key in (source, target)]
        if None in ends or ends[0] == ends[1]:
            raise ValueError("two different records are needed")
        source, target = ends
        found = shortest_paths(self.store, source, target, k=k, depth=depth)
        self.checkpoint()
        missing = [key for key in (source, target) if key not in self._state.nodes]
        self._add(missing, around(self._centre(), len(missing), radius=3.0))
        added = list(missing)
        for link in found.path_links():
            self._learn([link])
        a, b = self._state.nodes[source], self._state.nodes[target]
        for path in found.paths:
            inner = [key for key in path[1:-1] if key not in self._state.nodes]
            added += self._add(inner, between((a.x, a.y), (b.x, b.y), len(inner)))
        on_paths = {key for path in found.paths for key in path}
        for key in on_paths:
            if self._state.nodes[key].hidden:
                self._replace(key, hidden=False)
        self._connect(on_paths)
        highlight = {edge_from(link).id for link in found.path_links()}
        self._state.highlight = frozenset(highlight)
        self._state.path_nodes = frozenset(on_paths)
        self._layout(set(added))
        return found

    def clear_paths(self) -> None:
        if self._state.highlight or self._state.path_nodes:
            self.checkpoint()
            self._state.highlight, self._state.path_nodes = frozenset(), frozenset()

    # --- inside ----------------------------------------------------------------------------

    def records_for(self, keys: Iterable[str]) -> list[str]:
        """Charted records for the keys given: a quote becomes its speaker and its event (or source)."""
        keys = list(dict.fromkeys(k for k in keys if k))
        ends = self.store.quote_ends([k for k in keys if kinds.kind_of(k) == "quote"])
        out: list[str] = []
        for key in keys:
            if key in ends:
                speaker, event, source = ends[key]
                out += [speaker, event or source]
            elif kinds.kind_of(key) in KINDS:
                out.append(key)
        return [k for k in dict.fromkeys(out) if k]

    def _read(self, keys: list[str], limit: int, offset: int = 0):
        links, counts = self.store.links_of(keys, limit, offset)
        self._learn(links)
        return links, counts

    def _learn(self, links) -> None:
        for link in links:
            link = tuple(link)
            self._known.setdefault(link[0], {})[link] = None
            self._known.setdefault(link[1], {})[link] = None

    def _rank(self, keys: list[str]) -> list[str]:
        """Heaviest first (quotes and events attached); the store's order (newest first) among equals."""
        if not keys:
            return []
        weight = self.store.link_weights(keys)
        order = {k: i for i, k in enumerate(keys)}
        return sorted((k for k in keys if k in weight), key=lambda k: (-weight[k], order[k]))

    def _add(self, keys: list[str], places: list[tuple[float, float]]) -> list[str]:
        """New nodes at `places`, with what they weigh and their edges to the nodes already drawn."""
        keys = [k for k in dict.fromkeys(keys) if k not in self._state.nodes]
        if not keys:
            return []
        cards = self.store.link_cards(keys)
        _, counts = self._read(keys, CONNECT_PAGE)
        weights = link_weights(counts)
        added = []
        for key, (x, y) in zip(keys, places):
            if key not in cards:
                continue
            label, label_en, date = cards[key]
            by_relation = counts.get(key, {})
            self._state.nodes[key] = Node(key, kinds.kind_of(key), label or "", label_en, date,
                                          weights.get(key, 0), sum(by_relation.values()), x, y)
            added.append(key)
        self._connect(added)
        return added

    def _connect(self, keys: Iterable[str]) -> None:
        """Edges for every link read between each key and the nodes drawn."""
        nodes, edges = self._state.nodes, self._state.edges
        for key in keys:
            for link in self._known.get(key, {}):
                if link[0] in nodes and link[1] in nodes:
                    edge = edge_from(link)
                    edges[edge.id] = edges[edge.id].merged(link[3]) if edge.id in edges else edge

    def _hold(self, owner: str, pending: Pending) -> None:
        """Keep what `owner` holds back behind its "N more" node (or drop the node when nothing is left)."""
        key = more_key(owner)
        state = self._state
        if pending.left <= 0:
            state.pending.pop(owner, None)
            state.nodes.pop(key, None)
            state.edges.pop((owner, key, MORE), None)
            return
        state.pending[owner] = pending
        if key in state.nodes:
            self._replace(key, count=pending.left)
        else:
            anchor = state.nodes[owner]
            x, y = around((anchor.x, anchor.y), 1, start=2.4, radius=1.1)[0]
            state.nodes[key] = Node(key, MORE, x=x, y=y, count=pending.left, hidden=anchor.hidden)
            state.edges[(owner, key, MORE)] = Edge(owner, key, MORE)

    def _replace(self, key: str, **changes) -> None:
        self._state.nodes[key] = replace(self._state.nodes[key], **changes)

    def _centre(self) -> tuple[float, float]:
        shown = self._state.visible_nodes()
        if not shown:
            return (0.0, 0.0)
        return (sum(n.x for n in shown) / len(shown), sum(n.y for n in shown) / len(shown))

    def _layout(self, moving: set[str] | None) -> Arranged:
        """Lay out the visible nodes: only `moving` ones move (all but the pinned when None)."""
        shown = self._state.visible_nodes()
        positions = {n.key: (n.x, n.y) for n in shown}
        fixed = {n.key for n in shown if n.pinned or (moving is not None and n.key not in moving)}
        edges = [(e.a, e.b) for e in self._state.visible_edges()]
        result = arrange(positions, edges, fixed, budget=self.layout_budget)
        for key, (x, y) in result.positions.items():
            node = self._state.nodes[key]
            if (node.x, node.y) != (x, y):
                self._replace(key, x=x, y=y)
        self.layout_cut = result.cut
        return result


def links_scene(store, query_text=None, keys: Iterable[str] | None = None, width: float = 800.0,
                height: float = 560.0, language: str = "ar", arabic_digits: bool = False, title: str = "",
                legend: bool = True) -> Scene:
    """The link chart of `keys` (the first SEARCH_CAP; or of a search's best hits) grown one step, laid out
    and fitted, at most FIGURE_NODES nodes: headless.

    Given exactly two records, the shortest paths between them are added and highlighted.
    """
    chart = LinkChart(store, max_nodes=FIGURE_NODES)
    keys = list(keys or ())[:SEARCH_CAP]
    if keys:
        chart.start(keys)
        ends = chart.records_for(keys)
        if len(ends) == 2:
            chart.connect(ends[0], ends[1])
        if not title:
            # What the figure is about: the records it starts from (the caption names the view).
            names = [chart.node(k).text(language) for k in chart.state.seeds[:3]]
            title = " — ".join(n if len(n) <= 60 else n[:59] + "…" for n in names)
    elif query_text:
        chart.start_from_search(query_text)
        title = title or str(getattr(query_text, "text", query_text))
    viewport = fit(chart.state.visible_nodes(), width, height)
    return chart.scene(viewport, width, height, language, title=title, legend=legend, arabic_digits=arabic_digits)
