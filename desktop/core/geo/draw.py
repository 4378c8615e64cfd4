"""The map as a Scene: a pure function of the basemap, the data, the view and a few display choices.

Layers, bottom up: the sea; countries (coarse outlines for a wide view, fine
ones for a region); first-level boundaries when zoomed in; country names in
the UI's language (Natural Earth's Arabic names in Arabic); the points, a
place each, sized by its events and merged into clusters where they crowd;
the places' names when there is room; the scale bar, a legend of the marks'
shapes and a line of notes
(what is on the map and what is not). Geography never mirrors: in Arabic only
the notes, the scale bar and the attribution move to the reading side.

Keys: a point's key is its place's record key (a click selects the place); a
cluster's is CLUSTER_KEY + its index in `MapPicture.clusters` (a click zooms
in, or selects its members when they cannot be told apart).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from desktop.core import arabic
from desktop.core.figures.scene import Area, Dot, Label, Line, Scene
from desktop.core.geo.basemap import Basemap
from desktop.core.geo.clip import clip_line, clip_ring
from desktop.core.geo.cluster import Cluster, Spot, cluster
from desktop.core.geo.projection import View
from desktop.core.geo.source import MapData, MapPoint

CLUSTER_KEY = "cluster:"
SEA, LAND, BORDER, PROVINCE = "#dfe9f0", "#f6f3ec", "#a89f8c", "#c9bfae"
SELECTED_LAND = "#fde9c8"
EVENT, PLACE, APPROX, CLUSTER, SELECTED = "#c0392b", "#607d8b", "#e67e22", "#8e3b2f", "#1565c0"
RADIUS = 40.0                # points: closer than this, points merge into a cluster
COUNT_SIZE = 7.0             # a count's text size
COARSE_BELOW = 0.02          # degrees per point past which the coarse outlines are enough
PROVINCES_FROM = 5.0         # web-map zoom from which first-level boundaries are drawn
NAMES_UP_TO = 80             # places named at most
MARGIN = 8.0
LEGEND_MARK = 4.5           # a legend mark's radius
CLIP = 4.0                   # points beyond the drawing's edges that shapes are cut at

WORDS = {
    "ar": {"title": "الخريطة", "events": "الأحداث: {n}", "places": "الأماكن: {n}", "event_one": "حدث واحد",
           "inside": "وأحداث في أماكن داخله بلا إحداثيات رُسمت هنا: {n} (الأماكن: {m})",
           "gazetteer": "موقع تقريبي من المعجم الجغرافي المرفق", "country": "موقع تقريبي: وسط البلد على الخريطة",
           "on_map": "أحداث على الخريطة: {n}", "unmapped": "في أماكن بلا إحداثيات: {n}",
           "placeless": "بلا مكان: {n}", "capped": "عُرضت أول {n} من الأماكن؛ كبّر لترى البقية",
           "cluster": "الأماكن: {m} · الأحداث: {n}", "and_more": "وغيرها: {n}", "zoom": "انقر للتكبير",
           "source": "حدود الدول: Natural Earth", "no_points": "لا أماكن بإحداثيات فيما يُعرض",
           "km": "{n} كم", "m": "{n} م", "exact": "موضع دقيق", "approximate": "موضع تقريبي",
           "quiet": "مكان بلا أحداث فيما يُعرض", "group": "أماكن متقاربة (انقر للتكبير)"},
    "en": {"title": "Map", "events": "Events: {n}", "places": "Places: {n}", "event_one": "1 event",
           "inside": "and events at places inside it without coordinates, drawn here: {n} (places: {m})",
           "gazetteer": "Approximate position from the shipped gazetteer",
           "country": "Approximate position: the country's centre on the map",
           "on_map": "On the map: {n} events", "unmapped": "At places without coordinates: {n}",
           "placeless": "With no place: {n}", "capped": "The first {n} places are shown; zoom in for the rest",
           "cluster": "Places: {m} · events: {n}", "and_more": "and {n} more", "zoom": "Click to zoom in",
           "source": "Boundaries: Natural Earth", "no_points": "No places with coordinates in what is shown",
           "km": "{n} km", "m": "{n} m", "exact": "Exact position", "approximate": "Approximate position",
           "quiet": "A place with no events shown", "group": "Places close together (click to zoom in)"},
}


def word(language: str, name: str, n: int | None = None, m: int | None = None, arabic_digits: bool = False) -> str:
    lang = "ar" if language == "ar" else "en"
    text = WORDS[lang][name]
    if n is None and m is None:
        return text
    return text.format(n=number(n or 0, language, arabic_digits), m=number(m or 0, language, arabic_digits))


def number(n: int, language: str, arabic_digits: bool = False) -> str:
    text = f"{n:,}" if language != "ar" else str(n)
    return arabic.to_arabic_indic_digits(text) if arabic_digits else text


@dataclass
class MapPicture:
    """A built map: its Scene and what its cluster keys stand for."""
    scene: Scene
    clusters: dict[str, Cluster] = field(default_factory=dict)


def build_scene(basemap: Basemap | None, data: MapData, view: View, language: str = "ar",
                arabic_digits: bool = False, selected=(), title: str = "") -> MapPicture:
    """The drawing of `data` on `basemap` seen through `view` (pure: same input, same scene)."""
    rtl = language == "ar"
    scene = Scene(view.width, view.height, background=SEA, rtl=rtl, title=title or word(language, "title"))
    box = view.bbox(margin=20)
    if basemap is not None:
        _countries(scene, basemap, view, box)
        if view.zoom >= PROVINCES_FROM:
            _provinces(scene, basemap, view, box)
        marks = [view.to_screen(p.lon, p.lat) for p in data.points]
        _country_names(scene, basemap, view, box, language, marks)
    selected = frozenset(selected)
    picture = MapPicture(scene)
    drawn = _points(picture, data, view, language, arabic_digits, selected)
    _scale_bar(scene, view, language, arabic_digits)
    _legend(scene, drawn, view, language)
    _notes(scene, data, view, language, arabic_digits, basemap is not None)
    return picture


# --- the basemap ----------------------------------------------------------------------------


def _project(view: View, ring) -> tuple[tuple[float, float], ...]:
    """World coordinates to drawing points; points closer than half a point to the last kept are dropped."""
    s = view.scale
    ox, oy = view.width / 2 - view.cx * s, view.height / 2 - view.cy * s
    out = []
    lx = ly = None
    for wx, wy in ring:
        x, y = wx * s + ox, wy * s + oy
        if lx is None or abs(x - lx) > 0.5 or abs(y - ly) > 0.5:
            out.append((x, y))
            lx, ly = x, y
    return tuple(out)


def _rect(view: View) -> tuple[float, float, float, float]:
    return -CLIP, -CLIP, view.width + CLIP, view.height + CLIP


def _countries(scene: Scene, basemap: Basemap, view: View, box) -> None:
    level = "coarse" if view.degrees_per_point() > COARSE_BELOW else "fine"
    rect = _rect(view)
    for country in basemap.countries_in(box):
        rings = (clip_ring(_project(view, ring), rect) for ring in basemap.world_rings(country, level))
        rings = tuple(r for r in rings if len(r) >= 3)
        if rings:
            scene.add(Area(rings, fill=LAND, stroke=BORDER, width=0.6))


def _provinces(scene: Scene, basemap: Basemap, view: View, box) -> None:
    rect = _rect(view)
    for line in basemap.province_lines(box):
        for piece in clip_line(_project(view, line), rect):
            scene.add(Line(piece, stroke=PROVINCE, width=0.5))


def _text_width(text: str, size: float) -> float:
    return len(text) * size * 0.55


class _Room:
    """Rectangles already written on, so names do not overlap."""

    def __init__(self):
        self.taken: list[tuple[float, float, float, float]] = []

    def claim(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        for a in self.taken:
            if not (x1 < a[0] or x0 > a[2] or y1 < a[1] or y0 > a[3]):
                return False
        self.taken.append((x0, y0, x1, y1))
        return True


def _country_names(scene: Scene, basemap: Basemap, view: View, box, language: str, marks) -> None:
    """Names at Natural Earth's label points, the most prominent first, never over a point or another name."""
    zoom = view.zoom
    room = _Room()
    for x, y in marks:
        if 0 <= x <= view.width and 0 <= y <= view.height:
            room.taken.append((x - 6, y - 6, x + 6, y + 6))
    for country in sorted(basemap.countries_in(box), key=lambda c: (c.rank, c.name)):
        if country.rank > zoom + 2.5:
            continue
        x, y = view.to_screen(*country.label)
        if not (0 <= x <= view.width and 0 <= y <= view.height):
            continue
        # A name only where its country is wide enough on screen to hold it.
        x0 = view.to_screen(country.bbox[0], country.bbox[1])[0]
        x1 = view.to_screen(country.bbox[2], country.bbox[3])[0]
        size = 9.0 if country.rank <= 2 else 8.0 if country.rank <= 4 else 7.0
        text = country.display_name(language)
        w = _text_width(text, size)
        if (x1 - x0) < w * 0.6 and zoom < 6:
            continue
        if room.claim(x - w / 2, y - size, x + w / 2, y + size):
            scene.add(Label(x, y, text, size=size, color="#6d6452", align="center", valign="middle"))


# --- the points -----------------------------------------------------------------------------


def _radius(total: int) -> float:
    return 3.5 if total <= 0 else min(12.0, 4.0 + 1.6 * math.log2(1 + total))


def _cluster_radius(text: str, weight: int) -> float:
    """Big enough for its count, growing slowly with it, never reaching the next cluster."""
    return min(RADIUS / 2 - 1, max(9.0 + 1.2 * math.log2(1 + weight), _text_width(text, COUNT_SIZE) / 2 + 3))


def _tip(point: MapPoint, language: str, arabic_digits: bool) -> str:
    name = point.display_name(language)
    parents = point.parents if language == "ar" else point.parents_en
    lines = [name + (" — " + "، ".join(parents) if language == "ar" else " — " + ", ".join(parents))
             if parents else name]
    if point.events == 1:
        lines.append(word(language, "event_one"))
    elif point.events:
        lines.append(word(language, "events", point.events, arabic_digits=arabic_digits))
    if point.inherited:
        lines.append(word(language, "inside", point.inherited, point.via, arabic_digits))
    if point.origin in ("gazetteer", "country"):
        lines.append(word(language, point.origin))
    return "\n".join(lines)


def _cluster_tip(members: list[MapPoint], weight: int, language: str, arabic_digits: bool) -> str:
    head = word(language, "cluster", weight, len(members), arabic_digits)
    names = [p.display_name(language) for p in members[:6]]
    rest = len(members) - len(names)
    sep = "، " if language == "ar" else ", "
    tail = sep.join(names) + (sep + word(language, "and_more", rest, arabic_digits=arabic_digits) if rest else "")
    return f"{head}\n{tail}\n{word(language, 'zoom')}"


def _points(picture: MapPicture, data: MapData, view: View, language: str, arabic_digits: bool,
            selected: frozenset) -> set[str]:
    """Draw the points and clusters; the names of the marks drawn (LEGEND_ROWS)."""
    scene = picture.scene
    drawn: set[str] = set()
    by_key = {p.key: p for p in data.points}
    spots = []
    for p in data.points:
        x, y = view.to_screen(p.lon, p.lat)
        if -RADIUS <= x <= view.width + RADIUS and -RADIUS <= y <= view.height + RADIUS:
            spots.append(Spot(p.key, x, y, p.total if p.total else 0))
    groups = cluster(spots, RADIUS)
    # Quiet places first, busy ones and clusters on top: the eye goes to the events.
    groups.sort(key=lambda g: (g.weight, g.count))
    singles: list[tuple[Cluster, MapPoint, float]] = []
    for index, group in enumerate(groups):
        members = [by_key[k] for k in group.members]
        chosen = any(k in selected for k in group.members)
        if group.single:
            point = members[0]
            r = _radius(point.total)
            fill = EVENT if point.total else PLACE
            if point.origin != "own":
                fill = APPROX
            drawn.add({EVENT: "exact", PLACE: "quiet", APPROX: "approximate"}[fill])
            scene.add(Dot(group.x, group.y, r, fill=fill + ("ff" if point.total else "cc"),
                          stroke=SELECTED if chosen else "#ffffff", stroke_width=3.0 if chosen else 1.0,
                          shape="circle" if point.origin == "own" else "diamond", key=point.key,
                          tip=_tip(point, language, arabic_digits)))
            if point.total > 1 and r >= 8:
                scene.add(Label(group.x, group.y, number(point.total, language, arabic_digits), size=6.5,
                                color="#ffffff", align="center", valign="middle", bold=True))
            singles.append((group, point, r))
            continue
        key = f"{CLUSTER_KEY}{index}"
        picture.clusters[key] = group
        drawn.add("group")
        weight = group.weight
        text = number(weight or group.count, language, arabic_digits)
        r = _cluster_radius(text, weight or group.count)
        scene.add(Dot(group.x, group.y, r, fill=(CLUSTER if weight else PLACE) + "e6",
                      stroke=SELECTED if chosen else "#ffffff", stroke_width=3.0 if chosen else 1.5, shape="circle",
                      key=key, tip=_cluster_tip(members, weight, language, arabic_digits)))
        scene.add(Dot(group.x, group.y, r - 3, fill=None, stroke="#ffffff99", stroke_width=0.8))
        scene.add(Label(group.x, group.y, text, size=COUNT_SIZE, color="#ffffff", align="center", valign="middle",
                        bold=True))
    _place_names(scene, singles, view, language, selected)
    return drawn


def _place_names(scene: Scene, singles, view: View, language: str, selected: frozenset) -> None:
    """Names beside lone points, the busiest and the selected first, where they do not collide."""
    room = _Room()
    ranked = sorted(singles, key=lambda s: (s[1].key not in selected, -s[1].total, s[1].key))
    named = 0
    for group, point, r in ranked:
        if named >= NAMES_UP_TO:
            break
        text = point.display_name(language)
        size = 7.5
        w = min(_text_width(text, size), 140.0)
        # In Arabic the name reads from the point leftwards; in English rightwards.
        if language == "ar":
            x, align, x0, x1 = group.x - r - 3, "right", group.x - r - 3 - w, group.x - r
        else:
            x, align, x0, x1 = group.x + r + 3, "left", group.x + r, group.x + r + 3 + w
        if room.claim(x0, group.y - 6, x1, group.y + 6):
            scene.add(Label(x, group.y, text, size=size, align=align, valign="middle", max_width=140.0, halo=True,
                            bold=point.key in selected))
            named += 1


# --- scale and notes ------------------------------------------------------------------------


def _nice(value: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not above value."""
    power = 10 ** math.floor(math.log10(value))
    for step in (5, 2, 1):
        if step * power <= value:
            return step * power
    return power


def _scale_bar(scene: Scene, view: View, language: str, arabic_digits: bool) -> None:
    km_per_point = view.km_per_point()
    km = _nice(km_per_point * 110)
    length = km / km_per_point
    y = view.height - MARGIN - 16
    x0 = view.width - MARGIN - length if language == "ar" else MARGIN
    x1 = x0 + length
    scene.add(Line(((x0, y - 4), (x0, y), (x1, y), (x1, y - 4)), stroke="#37474f", width=1.2))
    text = word(language, "km", int(km), arabic_digits=arabic_digits) if km >= 1 else \
        word(language, "m", int(km * 1000), arabic_digits=arabic_digits)
    scene.add(Label((x0 + x1) / 2, y - 5, text, size=7.0, color="#37474f", align="center", valign="bottom",
                    halo=True))


# Every mark the map draws, as its legend shows it: (its name in `drawn`, shape, colour).
LEGEND_ROWS = (("exact", "circle", EVENT), ("quiet", "circle", PLACE), ("approximate", "diamond", APPROX),
               ("group", "circle", CLUSTER))


def _legend(scene: Scene, drawn: set[str], view: View, language: str) -> None:
    """What the marks drawn say, above the scale bar on the reading side: a circle is where the place is
    (grey when none of its events is shown), a diamond where it is drawn for want of its own coordinates
    (its country's centre, the gazetteer), a bigger circle with a count places merged where they crowd."""
    rows = [(shape, fill, word(language, name)) for name, shape, fill in LEGEND_ROWS if name in drawn]
    rtl = language == "ar"
    y = view.height - MARGIN - 48
    for shape, fill, text in reversed(rows):
        mark = view.width - MARGIN - LEGEND_MARK if rtl else MARGIN + LEGEND_MARK
        scene.add(Dot(mark, y, LEGEND_MARK, fill=fill, stroke="#ffffff", shape=shape))
        x, align = (mark - LEGEND_MARK - 4, "right") if rtl else (mark + LEGEND_MARK + 4, "left")
        scene.add(Label(x, y, text, size=7.0, color="#37474f", align=align, valign="middle", halo=True))
        y -= 2 * LEGEND_MARK + 6


def _notes(scene: Scene, data: MapData, view: View, language: str, arabic_digits: bool, basemap: bool) -> None:
    t = data.totals
    parts = []
    if t:
        parts.append(word(language, "on_map", t.get("mapped", 0) + t.get("approximate", 0),
                          arabic_digits=arabic_digits))
        unmapped = t.get("unmapped", 0) - t.get("approximate", 0)
        if unmapped > 0:
            parts.append(word(language, "unmapped", unmapped, arabic_digits=arabic_digits))
        if t.get("placeless"):
            parts.append(word(language, "placeless", t["placeless"], arabic_digits=arabic_digits))
    if not data.points:
        parts.append(word(language, "no_points"))
    if data.capped:
        parts.append(word(language, "capped", len(data.points), arabic_digits=arabic_digits))
    rtl = language == "ar"
    x, align = (view.width - MARGIN, "right") if rtl else (MARGIN, "left")
    if parts:
        scene.add(Label(x, MARGIN, " · ".join(parts), size=7.5, color="#263238", align=align, valign="top",
                        halo=True, max_width=view.width - 2 * MARGIN))
    if basemap:
        ax, aalign = (MARGIN, "left") if rtl else (view.width - MARGIN, "right")
        scene.add(Label(ax, view.height - MARGIN, word(language, "source"), size=6.0, color="#78909c",
                        align=aalign, valign="bottom"))
