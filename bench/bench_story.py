"""The story views on a big store (issue 14), beside a bare QGraphicsView measured in the same run.

    python bench/bench_story.py STORE.db [--frames 60] [--pairs 20] [--only timeline,links,map]

1. timeline: the view built, shown and first painted on the whole store; then
   pan and zoom frames (scene built from what is read, painted), p50/p95;
   the store reads that follow a zoom (debounced, on the UI thread) apart.
2. link chart: the 2-hop neighbourhood of the most-connected actor, capped at
   300 visible nodes: read, laid out, drawn and painted; shortest paths between
   actor pairs.
3. map: 10,000 event points (the busiest places of the store) drawn and painted.
4. peak RSS with every view open.
The baseline is a bare QGraphicsView holding as many items as the view drew
(rectangles and texts), first paint and a scroll frame, in the same process.
Prints absolute times and ratios; asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView  # noqa: E402

from desktop.core.figures.scene import Box, Dot, Label  # noqa: E402
from desktop.core.session import Session  # noqa: E402
from desktop.core.storage import Store  # noqa: E402
from desktop.ui.figures.paint import paint_scene  # noqa: E402

WIDTH, HEIGHT = 1200, 420


def ms(seconds: float) -> float:
    return seconds * 1000


def pct(values, p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def paint_ms(scene) -> float:
    image = QImage(WIDTH, HEIGHT, QImage.Format_ARGB32_Premultiplied)
    started = time.perf_counter()
    painter = QPainter(image)
    paint_scene(painter, scene)
    painter.end()
    return ms(time.perf_counter() - started)


def bare_view(app, scene) -> tuple[float, float]:
    """A bare QGraphicsView with the scene's boxes, dots and texts as plain items: first paint, scroll frame."""
    graphics = QGraphicsScene()
    for item in scene.items:
        if isinstance(item, Box):
            graphics.addRect(QRectF(item.x, item.y, item.w, item.h))
        elif isinstance(item, Dot):
            graphics.addEllipse(QRectF(item.x - item.r, item.y - item.r, 2 * item.r, 2 * item.r))
        elif isinstance(item, Label):
            graphics.addSimpleText(item.text).setPos(item.x, item.y)
    view = QGraphicsView(graphics)
    view.resize(WIDTH, HEIGHT)
    started = time.perf_counter()
    view.show()
    view.viewport().repaint()
    app.processEvents()
    first = ms(time.perf_counter() - started)
    frames = []
    for step in range(30):
        started = time.perf_counter()
        view.translate(3 if step % 2 else -3, 0)
        view.viewport().repaint()
        frames.append(ms(time.perf_counter() - started))
    view.close()
    return first, pct(frames, 95)


def bench_timeline(app, store, frames: int) -> None:
    from desktop.ui.story.timeline_view import TimelineView
    view = TimelineView(store, Session(), "ar", False)
    view.resize(WIDTH, HEIGHT)
    started = time.perf_counter()
    view.show()
    view.canvas.repaint()
    app.processEvents()
    first = ms(time.perf_counter() - started)
    scene = view.scene()
    bare_first, bare_frame = bare_view(app, scene)
    frame_times, reads = [], []
    for step in range(frames):
        # Zoom in by 1.6 twelve times (decades down to weeks), back out, and pan a tenth of the view between.
        span = view.state.viewport.end - view.state.viewport.start
        started = time.perf_counter()
        if step % 3 == 0:
            view.zoom(1 / 1.6 if (step // 3) % 24 < 12 else 1.6)     # below 1: in
        else:
            view.pan(span / 10 if step % 2 else -span / 7)
        view.canvas.repaint()
        frame_times.append(ms(time.perf_counter() - started))
        if view.state.needs_reading():
            started = time.perf_counter()
            view._redraw(read=True)
            reads.append(ms(time.perf_counter() - started))
    print("timeline (whole store, Arabic, no lanes)")
    print(f"  first paint:        {first:8.1f} ms   bare QGraphicsView ({len(scene.items)} items): {bare_first:6.1f} ms"
          f"   ratio {first / max(bare_first, 0.01):5.1f}x")
    print(f"  pan/zoom frame p50: {statistics.median(frame_times):8.1f} ms   p95 {pct(frame_times, 95):6.1f} ms"
          f"   bare scroll frame p95 {bare_frame:5.1f} ms")
    if reads:
        print(f"  reads after a zoom: {len(reads)}, p50 {statistics.median(reads):6.1f} ms, p95 {pct(reads, 95):6.1f} ms"
              " (debounced, on the UI thread)")
    view.close()


def most_connected_actor(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (actor_id,) = conn.execute("SELECT speaker_id FROM quotes GROUP BY speaker_id ORDER BY COUNT(*) DESC "
                                   "LIMIT 1").fetchone()
        return conn.execute("SELECT key FROM actors WHERE id = ?", (actor_id,)).fetchone()[0]
    finally:
        conn.close()


def some_actors(path: Path, n: int) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT a.key FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                            "GROUP BY ea.actor_id ORDER BY COUNT(*) DESC LIMIT ?", (n,)).fetchall()
        return [r[0] for r in rows]
    finally:
        conn.close()


def bench_links(app, store, path: Path, pairs: int) -> None:
    from desktop.core.links import LinkChart
    from desktop.core.links_scene import fit
    key = most_connected_actor(path)
    started = time.perf_counter()
    chart = LinkChart(store, per_expand=60, max_nodes=300)
    chart.start([key], hops=2)
    read_and_laid = ms(time.perf_counter() - started)
    started = time.perf_counter()
    scene = chart.scene(fit(chart.state.visible_nodes(), WIDTH, HEIGHT), WIDTH, HEIGHT, "ar")
    drawn = ms(time.perf_counter() - started)
    painted = paint_ms(scene)
    bare_first, _ = bare_view(app, scene)
    total = read_and_laid + drawn + painted
    print(f"link chart: 2 hops from {key} ({chart.visible_count()} visible nodes)")
    print(f"  read + layout {read_and_laid:7.1f} ms, scene {drawn:6.1f} ms, paint {painted:6.1f} ms = {total:7.1f} ms"
          f"   bare QGraphicsView first paint {bare_first:6.1f} ms")
    actors = some_actors(path, 400)
    rng = random.Random(5)
    times, found = [], 0
    for _ in range(pairs):
        a, b = rng.sample(actors, 2)
        probe = LinkChart(store)
        started = time.perf_counter()
        result = probe.connect(a, b)
        times.append(ms(time.perf_counter() - started))
        found += bool(getattr(result, "paths", None))
    print(f"  shortest paths, {pairs} actor pairs ({found} connected): p50 {statistics.median(times):6.1f} ms,"
          f" max {max(times):6.1f} ms")


def event_positions(path: Path, n: int) -> list[tuple[float, float]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        # Every 20th event, so that the points spread over the store's places as its events do.
        return conn.execute("SELECT p.lon, p.lat FROM events e JOIN places p ON p.id = e.place_id "
                            "WHERE p.lat IS NOT NULL AND e.id % 20 = 0 LIMIT ?", (n,)).fetchall()
    finally:
        conn.close()


def bench_map(app, store, path: Path) -> None:
    from dataclasses import replace

    from desktop.core.geo import map_scene
    from desktop.core.geo.projection import View, fit
    started = time.perf_counter()
    scene = map_scene(store, query_text=None, width=WIDTH, height=HEIGHT, language="ar")
    drawn = ms(time.perf_counter() - started)
    marks = sum(1 for item in scene.items if isinstance(item, Dot))
    painted = paint_ms(scene)
    print(f"map: whole store, as the view draws it ({marks} marks after clustering)")
    print(f"  read + scene {drawn:7.1f} ms (with the basemap's first load), paint {painted:6.1f} ms")
    # 10,000 event points, one mark each, over the same basemap: what painting them costs.
    positions = event_positions(path, 10_000)
    lons, lats = [p[0] for p in positions], [p[1] for p in positions]
    view: View = fit((min(lons), min(lats), max(lons), max(lats)), WIDTH, HEIGHT)
    dots = replace(scene, items=[item for item in scene.items if not isinstance(item, (Dot, Label))])
    for lon, lat in positions:
        x, y = view.to_screen(lon, lat)
        dots.items.append(Dot(x, y, 3.0, fill="#c62828", stroke="#ffffff", key="event:x"))
    painted = paint_ms(dots)
    bare_first, _ = bare_view(app, dots)
    print(f"  {len(positions):,} event points painted: {painted:6.1f} ms   bare QGraphicsView with the same items:"
          f" {bare_first:6.1f} ms   ratio {painted / max(bare_first, 0.01):4.1f}x")


def open_every_view(app, store, path: Path) -> str:
    """The three view widgets shown together on one session, the busiest actor selected."""
    from desktop.ui.story.link_chart import LinkChartView
    from desktop.ui.story.map_view import MapView
    from desktop.ui.story.timeline_view import TimelineView
    session = Session()
    views = [cls(store, session, "ar", False) for cls in (TimelineView, LinkChartView, MapView)]
    session.select([most_connected_actor(path)])
    started = time.perf_counter()
    for view in views:
        view.resize(WIDTH, HEIGHT)
        view.show()
    for _ in range(5):
        app.processEvents()
    took = ms(time.perf_counter() - started)
    return f"shown and painted in {took:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--frames", type=int, default=144)
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--only", default="timeline,links,map")
    args = parser.parse_args()
    from PySide6.QtCore import qInstallMessageHandler
    qInstallMessageHandler(lambda _mode, _context, message: None if "propagateSizeHints" in message
                           else sys.stderr.write(message + "\n"))
    app = QApplication(sys.argv[:1])
    app.setLayoutDirection(Qt.RightToLeft)
    store = Store.open(args.db, readonly=True)
    only = set(args.only.split(","))
    if "timeline" in only:
        bench_timeline(app, store, args.frames)
    if "links" in only:
        bench_links(app, store, args.db, args.pairs)
    if "map" in only:
        bench_map(app, store, args.db)
    if only == {"timeline", "links", "map"}:
        opened = open_every_view(app, store, args.db)
        print(f"every view open on the store (as in the window: {opened}): peak RSS {peak_rss_mb():.0f} MB")
    else:
        print(f"peak RSS: {peak_rss_mb():.0f} MB")
    store.close()


if __name__ == "__main__":
    main()
