"""The link chart drawn: a pure function from the chart's state and a viewport to a Scene.

Each kind has its shape and icon (an actor a circle, an event a diamond, a
place a hexagon, a source a square, a collapsed "N more" node a small grey
circle); a node's size grows with the quotes and events attached to it.
Labels are the records' own text, logical, never reshaped (the painter
shapes Arabic). Edges of the paths found last are drawn thick in amber,
selected nodes get a ring, and a selected quote's edge is drawn like a
selected node. Only what falls inside the viewport is drawn, and labels
only where they can be read: every one on a small chart or close up, else
those of the nodes that matter (selected, on a path, pinned, the heaviest).
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from desktop.core import roles
from desktop.core.arabic import to_arabic_indic_digits
from desktop.core.figures.scene import Dot, Label, Line, Scene
from desktop.core.links_labels import LINE, Placer, guess_width
from desktop.core.links_model import MORE, ChartState, Edge, Node

ZOOM = 140.0                # points per layout unit at 100 %
MIN_ZOOM, MAX_ZOOM = 8.0, 600.0
FIT_ZOOM = 2 * ZOOM          # the closest a fit comes: a chart of a few nodes fills its view
MAX_STRETCH = 4.0           # a fit draws one axis at most this many times closer than the other
LABEL_SIZE = 8.0            # a label's size at 100 % when the UI does not say (a headless figure)
LABEL_EMS = 16              # a node's label is cut beyond this many times its size
LABEL_ALL_UP_TO = 60        # nodes on screen that are all labelled at any zoom
LABEL_ALL_ZOOM = 200.0
HEAVIEST_LABELLED = 25
EDGE_LABELS_UP_TO = 80
CULL = 160.0                # points beyond the view still drawn (a label reaching in)

SHAPES = {"actor": "circle", "event": "diamond", "place": "hexagon", "source": "square", MORE: "circle"}
COLOURS = {"actor": "#1e88e5", "event": "#e53935", "place": "#43a047", "source": "#8e24aa", MORE: "#90a4ae"}
ICONS = {"actor": "actor", "event": "event", "place": "place", "source": "source"}
# (colour, width, dash, arrow) of each kind of edge; an arrow points the way the fact reads.
EDGE_STYLES = {"role": ("#78909c", 1.3, False, False), "said": ("#00897b", 1.3, True, True),
               "quoted_in": ("#b0bec5", 1.0, True, True), "member_of": ("#5e35b1", 1.3, False, True),
               "at": ("#43a047", 1.2, False, True), "part_of": ("#43a047", 1.0, True, True),
               "reports": ("#ab47bc", 0.9, True, True), "more": ("#b0bec5", 1.0, True, False)}
PATH = "#ff6f00"
SELECTED = "#fbc02d"

WORDS = {
    "ar": {"actor": "فاعل", "event": "حدث", "place": "مكان", "source": "مصدر",
           "weight": "الاقتباسات والأحداث: {n}", "more": "{n} غيرها لم تُعرض؛ انقر مرتين لعرضها",
           "role": "شارك في", "said": "صرّح عنه", "quoted_in": "اقتُبس في", "member_of": "ينتمي إلى",
           "at": "وقع في", "part_of": "جزء من", "reports": "يورد", "quotes": "الاقتباسات: {n}"},
    "en": {"actor": "Actor", "event": "Event", "place": "Place", "source": "Source",
           "weight": "Quotes and events: {n}", "more": "{n} more not shown; double-click to show them",
           "role": "took part in", "said": "spoke about", "quoted_in": "quoted in", "member_of": "belongs to",
           "at": "happened at", "part_of": "part of", "reports": "reports", "quotes": "Quotes: {n}"},
}


def word(language: str, name: str, n: int | None = None, arabic_digits: bool = False) -> str:
    text = WORDS["ar" if language == "ar" else "en"][name]
    return text.format(n=_digits(str(n), arabic_digits)) if n is not None else text


def _digits(text: str, arabic_digits: bool) -> str:
    return to_arabic_indic_digits(text) if arabic_digits else text


@dataclass(frozen=True)
class Viewport:
    """Which part of the chart is seen: the layout point at the centre, and points per layout unit
    (down the view; across it `stretch` times as many, so a fit fills a wide or a tall view)."""
    cx: float = 0.0
    cy: float = 0.0
    zoom: float = ZOOM
    stretch: float = 1.0

    @property
    def scale(self) -> float:
        """Points per layout unit on average: what node and label sizes follow."""
        return self.zoom * math.sqrt(self.stretch)

    def to_screen(self, x: float, y: float, width: float, height: float) -> tuple[float, float]:
        return width / 2 + (x - self.cx) * self.zoom * self.stretch, height / 2 + (y - self.cy) * self.zoom

    def to_chart(self, sx: float, sy: float, width: float, height: float) -> tuple[float, float]:
        return self.cx + (sx - width / 2) / (self.zoom * self.stretch), self.cy + (sy - height / 2) / self.zoom

    def zoomed(self, factor: float, sx: float, sy: float, width: float, height: float) -> "Viewport":
        """Zoomed by `factor` keeping the chart point under (sx, sy) where it is."""
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        x, y = self.to_chart(sx, sy, width, height)
        return Viewport(x - (sx - width / 2) / (zoom * self.stretch), y - (sy - height / 2) / zoom, zoom,
                        self.stretch)

    def panned(self, dx: float, dy: float) -> "Viewport":
        """Moved with the mouse: the chart follows a drag of (dx, dy) points."""
        return replace(self, cx=self.cx - dx / (self.zoom * self.stretch), cy=self.cy - dy / self.zoom)


def fit(nodes: Iterable[Node], width: float, height: float, margin: float = 50.0,
        label_size: float = LABEL_SIZE) -> Viewport:
    """The viewport that shows every node given with room for their labels, no closer than 200 %.

    Each axis is fitted on its own (within MAX_STRETCH of the other), so a chart fills a wide,
    short pane instead of standing small in its middle.
    """
    nodes = [n for n in nodes if not n.hidden]
    if not nodes:
        return Viewport()
    xs, ys = [n.x for n in nodes], [n.y for n in nodes]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    # A label hangs under its node and reaches half its width either side of it.
    margin_x = max(margin, min(label_size * LABEL_EMS / 2, width / 4) + 12)
    margin_y = max(margin * 0.5, 2 * label_size * LINE + 12)
    zx = min(FIT_ZOOM, max(1.0, width - 2 * margin_x) / span_x) if span_x > 0 else None
    zy = min(FIT_ZOOM, max(1.0, height - 2 * margin_y) / span_y) if span_y > 0 else None
    zx, zy = zx or zy or FIT_ZOOM, zy or zx or FIT_ZOOM
    zx, zy = min(zx, zy * MAX_STRETCH), min(zy, zx * MAX_STRETCH)
    zoom = max(MIN_ZOOM, zy)
    return Viewport((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2, zoom, max(MIN_ZOOM, zx) / zoom)


def radius(node: Node, zoom: float) -> float:
    """A node's radius in points: 7 for none, growing with the log of the quotes and events attached."""
    scale = min(1.6, max(0.45, zoom / ZOOM))
    if node.kind == MORE:
        return 9.0 * scale
    return min(26.0, 7.0 + 4.0 * math.log2(1 + node.weight)) * scale


def _label_size(scale: float, base: float) -> float:
    """Never smaller than `base` (the UI's own text), a little larger close up."""
    return base * min(1.4, max(1.0, scale / ZOOM))


def build_scene(state: ChartState, viewport: Viewport, width: float, height: float, language: str = "ar",
                selected: Iterable[str] = (), title: str = "", legend: bool = False,
                arabic_digits: bool = False, label_size: float = LABEL_SIZE, measure=guess_width) -> Scene:
    """The chart as seen through `viewport` on a `width` x `height` drawing.

    `label_size`: the labels' size at 100 %; `measure(text, size)`: a label's width (links_labels.py).
    """
    digits = arabic_digits and language == "ar"
    scene = Scene(width, height, background="#ffffff", title=title, rtl=language == "ar")
    chosen = set(selected)
    nodes = {n.key: n for n in state.visible_nodes()}
    where = {k: viewport.to_screen(n.x, n.y, width, height) for k, n in nodes.items()}
    sizes = {k: radius(n, viewport.scale) for k, n in nodes.items()}
    on_screen = {k for k, (x, y) in where.items() if -CULL <= x <= width + CULL and -CULL <= y <= height + CULL}
    size = _label_size(viewport.scale, label_size)
    placer = Placer(width, height, measure)
    drawn = sorted(on_screen, key=lambda k: (k in chosen or k in state.path_nodes, nodes[k].weight))
    for key in drawn:
        # What a node's mark covers (its diamond or hexagon reaches past r, its selection ring further).
        reach = sizes[key] * (1.35 if nodes[key].kind in ("event", "place") else 1.0)
        placer.block(*where[key], reach + (5 if key in chosen else 0))
    edges = [e for e in state.visible_edges() if e.a in on_screen or e.b in on_screen]
    labelled = _labelled(state, nodes, on_screen, chosen, viewport.scale)
    node_labels = []
    for key in reversed(drawn):         # the nodes that matter most choose their place first
        if key in labelled and nodes[key].kind != MORE:
            x, y = where[key]
            text = nodes[key].text(language)
            reach = sizes[key] * (1.35 if nodes[key].kind in ("event", "place") else 1.0)
            lx, ly, align, valign = placer.node_label(x, y, reach + (5 if key in chosen else 0), text, size,
                                                      size * LABEL_EMS, language == "ar")
            node_labels.append(Label(lx, ly, text, size=size, align=align, valign=valign, bold=key in chosen,
                                     max_width=size * LABEL_EMS, halo=True, color="#263238"))
    edge_labels = _edges(scene, edges, state, nodes, where, sizes, chosen, language, size, viewport.scale,
                         digits, placer)
    for key in drawn:
        _node(scene, nodes[key], where[key], sizes[key], key in chosen, language, digits)
    scene.extend(edge_labels)
    scene.extend(node_labels)
    if legend:
        _legend(scene, language)
    return scene


def _labelled(state: ChartState, nodes: dict[str, Node], on_screen: set[str], chosen: set[str],
              zoom: float) -> set[str]:
    if len(on_screen) <= LABEL_ALL_UP_TO or zoom >= LABEL_ALL_ZOOM:
        return set(on_screen)
    heaviest = sorted(on_screen, key=lambda k: -nodes[k].weight)[:HEAVIEST_LABELLED]
    wanted = set(heaviest) | chosen | set(state.path_nodes) | set(state.seeds)
    return {k for k in on_screen if k in wanted or nodes[k].pinned}


def _edges(scene, edges: list[Edge], state: ChartState, nodes, where, sizes, chosen, language, size, zoom,
           digits: bool, placer: Placer) -> list[Label]:
    """Draws the edges; returns their labels, placed clear of the nodes and of the labels placed before."""
    pairs: dict[frozenset, int] = {}
    lines, labels, top = [], [], []
    label_all = len(edges) <= EDGE_LABELS_UP_TO or zoom >= LABEL_ALL_ZOOM
    for edge in sorted(edges, key=lambda e: e.id):
        pair = frozenset((edge.a, edge.b))
        nth = pairs.get(pair, 0)
        pairs[pair] = nth + 1
        points = _edge_points(where[edge.a], where[edge.b], sizes[edge.a], sizes[edge.b], nth)
        colour, width, dash, arrow = EDGE_STYLES.get(edge.type, EDGE_STYLES["role"])
        on_path = edge.id in state.highlight
        quote_chosen = any(q in chosen for q in edge.quotes)
        if on_path or quote_chosen:
            colour, width = (SELECTED if quote_chosen else PATH), 3.0
        line = Line(points, stroke=colour, width=width, dash=dash and not on_path, arrow=arrow,
                    key=edge.quotes[0] if edge.quotes else None, tip=_edge_tip(edge, nodes, language, digits))
        (top if on_path or quote_chosen else lines).append(line)
        text = _digits(_edge_text(edge, language), digits)
        at = placer.edge_label(points, text, size) if text and (label_all or on_path or quote_chosen) else None
        if at is not None:
            labels.append(Label(at[0], at[1], text, size=size, align="center", valign="middle", halo=True,
                                color="#455a64" if not on_path else "#e65100"))
    scene.extend(lines)
    scene.extend(top)
    return labels


def _edge_points(a, b, ra: float, rb: float, nth: int) -> tuple:
    """From the rim of one node to the rim of the other; the 2nd, 3rd... edge of a pair bowed aside."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    start = (a[0] + ux * ra, a[1] + uy * ra)
    end = (b[0] - ux * (rb + 1), b[1] - uy * (rb + 1))
    if nth == 0:
        return (start, end)
    bow = 12.0 * ((nth + 1) // 2) * (1 if nth % 2 else -1)
    mid = ((start[0] + end[0]) / 2 - uy * bow, (start[1] + end[1]) / 2 + ux * bow)
    return (start, mid, end)


def _edge_text(edge: Edge, language: str) -> str:
    if edge.roles:
        # In the words the briefing prints them in: «المتسلم» is «recipient» in the English chart. Not
        # isolated: a label is one line of its own, and the figure's font has no glyph for an isolate.
        shown = dict.fromkeys(roles.role_words(role, language) for role in edge.roles)
        return ("، " if language == "ar" else ", ").join(shown)
    if edge.type in ("said", "quoted_in") and len(edge.quotes) > 1:
        return f"×{len(edge.quotes)}"
    return ""


def _edge_tip(edge: Edge, nodes: dict[str, Node], language: str, digits: bool) -> str:
    a, b = nodes.get(edge.a), nodes.get(edge.b)
    if edge.type == MORE or a is None or b is None:
        return ""
    text = f"{a.text(language)} — {word(language, edge.type)} — {b.text(language)}"
    if edge.roles:
        text += f" ({_edge_text(edge, language)})"
    if edge.quotes:
        text += "\n" + word(language, "quotes", len(edge.quotes), digits)
    return text


def _node(scene: Scene, node: Node, at: tuple[float, float], r: float, chosen: bool, language: str,
          digits: bool) -> None:
    x, y = at
    if node.kind == MORE:
        scene.add(Dot(x, y, r, fill="#eceff1", stroke=COLOURS[MORE], shape="circle", key=node.key,
                      tip=word(language, "more", node.count, digits), stroke_width=1.5))
        scene.add(Label(x, y, _digits(node.text(language), digits), size=max(6.0, r * 0.75), align="center", valign="middle",
                        bold=True, color="#455a64"))
        return
    if chosen:
        scene.add(Dot(x, y, r + 5, fill=SELECTED + "55", stroke=SELECTED, shape="circle", stroke_width=2.5))
    tip = f"{word(language, node.kind)}: {node.text(language)}"
    if node.date:
        tip += f"\n{node.date}"
    tip += "\n" + word(language, "weight", node.weight, digits)
    scene.add(Dot(x, y, r, fill=COLOURS.get(node.kind, COLOURS[MORE]), stroke="#ffffff",
                  shape=SHAPES.get(node.kind, "circle"), icon=ICONS.get(node.kind), key=node.key, tip=tip,
                  stroke_width=1.5))
    if node.pinned:
        scene.add(Dot(x + r * 0.8, y - r * 0.8, max(2.5, r * 0.22), fill="#37474f", stroke="#ffffff"))


def _legend(scene: Scene, language: str) -> None:
    """The four kinds' marks and names, in the corner where reading starts."""
    rtl = language == "ar"
    x = scene.width - 14 if rtl else 14
    y = 14.0
    for kind in ("actor", "event", "place", "source"):
        scene.add(Dot(x, y, 5.5, fill=COLOURS[kind], stroke="#ffffff", shape=SHAPES[kind]))
        scene.add(Label(x - 10 if rtl else x + 10, y, word(language, kind), size=7.5,
                        align="right" if rtl else "left", valign="middle", color="#37474f"))
        y += 15
