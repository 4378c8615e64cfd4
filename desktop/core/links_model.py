"""The link chart's pieces as plain, immutable data: nodes, edges, what an expanded node still holds back.

A node is a record (actor, event, place or source) or a collapsed "N more"
node that stands for the neighbours of one record not drawn yet. A quote is
no node: it is the fact behind a `said` edge (speaker -> event) and a
`quoted_in` edge (speaker -> source), so a chart of ten speakers and their
hundred quotes stays a chart of people and events, and an edge's `quotes`
say which statements make it (a click on the edge selects the first).

Positions are in layout units: the layout aims at one unit between linked
nodes; the scene builder turns units into points by the viewport's zoom.
Nodes and edges are frozen, so the chart's undo stack keeps whole states cheaply.
"""
from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("actor", "event", "place", "source")
MORE = "more"                 # the kind of a collapsed node
MORE_PREFIX = "more:"         # its key: "more:" + the key of the record whose neighbours it holds
# Links an analyst reads as weak evidence of a connection: reported or quoted in the same article.
WEAK = frozenset({"reports", "quoted_in"})


def more_key(owner: str) -> str:
    return MORE_PREFIX + owner


def is_more(key: str | None) -> bool:
    return bool(key) and key.startswith(MORE_PREFIX)


def owner_of(key: str) -> str:
    """The record a "more" node belongs to."""
    if not is_more(key):
        raise ValueError(f"{key!r} is no collapsed node")
    return key[len(MORE_PREFIX):]


@dataclass(frozen=True)
class Node:
    key: str
    kind: str                      # one of KINDS, or MORE
    label: str = ""                # the record's name or title (logical text; for MORE, empty)
    label_en: str | None = None    # its English name, when it has one
    date: str | None = None
    weight: int = 0                # quotes and events attached: what the node's size shows
    links: int = 0                 # links it has in the store (all relations)
    x: float = 0.0
    y: float = 0.0
    pinned: bool = False
    hidden: bool = False
    expanded: bool = False         # its neighbours were asked for
    count: int = 0                 # MORE: neighbours it still holds (an estimate for a hub)

    @property
    def is_more(self) -> bool:
        return self.kind == MORE

    def text(self, language: str) -> str:
        if self.kind == MORE:
            return f"+{self.count}"
        return (self.label_en or self.label) if language == "en" else self.label


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    type: str                      # storage.links.TYPES, or "more" (a record to its collapsed node)
    roles: tuple[str, ...] = ()    # role edges: the roles the actor played in the event
    quotes: tuple[str, ...] = ()   # said / quoted_in edges: the quotes that make the link

    @property
    def id(self) -> tuple[str, str, str]:
        return (self.a, self.b, self.type)

    def other(self, key: str) -> str:
        return self.b if key == self.a else self.a

    def merged(self, detail: str) -> "Edge":
        """This edge with one more role or quote from a link of the same two records and type."""
        if not detail:
            return self
        if self.type == "role":
            return self if detail in self.roles else Edge(self.a, self.b, self.type, self.roles + (detail,),
                                                          self.quotes)
        if self.type in ("said", "quoted_in"):
            return self if detail in self.quotes else Edge(self.a, self.b, self.type, self.roles,
                                                           self.quotes + (detail,))
        return self


def edge_from(link) -> Edge:
    """An edge from a storage link (a, b, type, detail)."""
    return Edge(link[0], link[1], link[2]).merged(link[3])


@dataclass(frozen=True)
class Pending:
    """What an expanded record holds back behind its "N more" node."""
    owner: str
    waiting: tuple[str, ...] = ()  # neighbours read from the store but not drawn, best first
    offset: int = 0                # where the store's next page starts (0: every link was read)
    unread: int = 0                # links past the pages read (may name neighbours already drawn)

    @property
    def left(self) -> int:
        return len(self.waiting) + self.unread


@dataclass
class ChartState:
    """One whole state of the chart: what undo goes back to (a copy shares the frozen nodes and edges)."""
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)
    pending: dict[str, Pending] = field(default_factory=dict)
    highlight: frozenset = frozenset()     # edge ids on the paths found last
    path_nodes: frozenset = frozenset()    # the records on them
    seeds: tuple[str, ...] = ()            # what the chart was started from

    def copy(self, **changes) -> "ChartState":
        values = {"nodes": dict(self.nodes), "edges": dict(self.edges), "pending": dict(self.pending),
                  "highlight": self.highlight, "path_nodes": self.path_nodes, "seeds": self.seeds}
        values.update(changes)
        return ChartState(**values)

    def visible_nodes(self) -> list[Node]:
        return [n for n in self.nodes.values() if not n.hidden]

    def visible_edges(self) -> list[Edge]:
        shown = {k for k, n in self.nodes.items() if not n.hidden}
        return [e for e in self.edges.values() if e.a in shown and e.b in shown]


class UndoStack:
    """Whole chart states to go back and forth over: `push` before a change, then `undo`/`redo`."""

    def __init__(self, limit: int):
        self.limit = limit
        self._back: list[ChartState] = []
        self._forth: list[ChartState] = []

    def push(self, state: ChartState) -> None:
        self._back.append(state)
        del self._back[:-self.limit]
        self._forth.clear()

    def undo(self, current: ChartState) -> ChartState | None:
        if not self._back:
            return None
        self._forth.append(current)
        return self._back.pop()

    def redo(self, current: ChartState) -> ChartState | None:
        if not self._forth:
            return None
        self._back.append(current)
        return self._forth.pop()

    def clear(self) -> None:
        self._back.clear()
        self._forth.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._back)

    @property
    def can_redo(self) -> bool:
        return bool(self._forth)
