"""GUI numbers on a real store (DESIGN section 7), with a bare PySide6 window as the yardstick.

    python bench/bench_gui.py STORE.db [--runs 5] [--queries "علاوي,الانتخابات,قاعدة عين"]

1. start to painted window: a fresh process per run, from interpreter start
   to the first paint of the table; the same for a bare QMainWindow, same run.
2. peak RSS after scrolling every tab end to end (fetchMore until done,
   scrollbar to the bottom, painting all the way).
3. search-as-you-type: for each query typed a character at a time, the time
   from the debounce firing to the tabs repainted; p50 and p95 over every
   keystroke of three passes (the first in a fresh window), and each pass's p95.
Prints absolute times and same-run ratios; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Each child prints the seconds from its own interpreter start (passed in) to the first paint.
BARE = r"""
import os, sys, time
start = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); view = QTableView(); w.setCentralWidget(view); w.resize(1280, 800)
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Paint:
            print(time.time() - start); sys.stdout.flush(); os._exit(0)
        return False
f = Painted(); view.viewport().installEventFilter(f)
w.show(); app.exec()
"""

APP = r"""
import os, sys, time
start = float(os.environ["BENCH_T0"])
sys.path.insert(0, os.environ["BENCH_ROOT"])
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from desktop.ui.app import RunningApp, application, choose_language, install_language, open_store
app = application()
language = choose_language("ar")
install_language(app, language)
store = open_store(Path(os.environ["BENCH_DB"]), interactive=False)
session = RunningApp(app, store, language)
session.window.resize(1280, 800)
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Paint and session.window.current_tab().model.rowCount():
            print(time.time() - start); sys.stdout.flush(); os._exit(0)
        return False
f = Painted(); session.window.current_tab().view.viewport().installEventFilter(f)
app.exec()
"""

# The same, through the real `marsad --db DB gui` entry point (desktop.cli and its imports).
CLI = r"""
import os, sys, time
start = float(os.environ["BENCH_T0"])
sys.path.insert(0, os.environ["BENCH_ROOT"])
from PySide6.QtCore import QEvent, QObject
import desktop.ui.app as ui_app
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Paint:
            print(time.time() - start); sys.stdout.flush(); os._exit(0)
        return False
made = ui_app.Session.__init__
def hooked(self, *args, **kwargs):
    made(self, *args, **kwargs)
    self._bench_filter = Painted()
    self.window.current_tab().view.viewport().installEventFilter(self._bench_filter)
ui_app.Session.__init__ = hooked
sys.argv = ["marsad", "--db", os.environ["BENCH_DB"], "gui", "--lang", "ar"]
from desktop.cli import main
main()
"""


def _with_bytecode() -> dict:
    """The environment of an installed app: Python's compiled modules cached, as pip and the bundle leave them.

    Without it (PYTHONDONTWRITEBYTECODE, set on some machines) every start
    compiles Marsad's sources again, which the bare window never has to.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")], env=env,
                   stdout=subprocess.DEVNULL, check=False)
    return env


def _child(code: str, db: str, base: dict | None = None) -> float:
    env = dict(base or os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               BENCH_DB=db, BENCH_ROOT=str(ROOT), BENCH_T0=repr(time.time()))
    # A fresh settings scope, so a saved last tab or geometry does not change what is measured.
    env["XDG_CONFIG_HOME"] = str(ROOT / "bench" / "out" / "gui-settings")
    env["BENCH_T0"] = repr(time.time())
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"child failed: {out.stderr[-2000:]}")
    return float(out.stdout.strip().splitlines()[-1])


def start_times(db: str, runs: int) -> dict:
    bare, app, cli = [], [], []
    env = _with_bytecode()
    for _ in range(runs):
        bare.append(_child(BARE, db, env))
        app.append(_child(APP, db, env))
        cli.append(_child(CLI, db, env))
    b = statistics.median(bare)
    return {"bare_ms": round(b * 1000, 1),
            "app_ms": round(statistics.median(app) * 1000, 1), "ratio": round(statistics.median(app) / b, 2),
            "via_cli_ms": round(statistics.median(cli) * 1000, 1), "via_cli_ratio": round(statistics.median(cli) / b, 2),
            "bare_all_ms": [round(x * 1000) for x in bare], "app_all_ms": [round(x * 1000) for x in app],
            "via_cli_all_ms": [round(x * 1000) for x in cli]}


def _p95(ordered: list[float]) -> float:
    """Nearest-rank 95th percentile of sorted values: the smallest value at or above 95% of them."""
    return ordered[max(0, math.ceil(len(ordered) * 0.95) - 1)] if ordered else 0.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def scroll_and_search(db: str, queries: list[str], scroll: bool = True, passes: int = 3) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QModelIndex
    from desktop.core import views
    from desktop.ui.app import application, install_language, open_store
    from desktop.ui.main_window import MainWindow
    app = application()
    install_language(app, "ar")
    store = open_store(Path(db), interactive=False)
    window = MainWindow(store, "ar")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    rss_start = _peak_rss_mb()

    # Search first (a fresh window), then scroll every tab end to end.
    latencies, count_latencies = [], []
    typed: list[tuple[float, str]] = []
    searched = 0
    arrived = []
    window.hit_counter.counted.connect(lambda q, counts, ms: arrived.append(q))
    pass_p95 = []
    for _ in range(passes):
        started_at = len(latencies)
        for query in queries:
            for i in range(1, len(query) + 1):
                window.search_field.blockSignals(True)
                window.search_field.setText(query[:i])
                window.search_field.blockSignals(False)
                t0 = time.perf_counter()
                window.search_as_typed()     # what the 150 ms debounce timer calls
                window.current_tab().view.viewport().repaint()
                latencies.append((time.perf_counter() - t0) * 1000)
                typed.append((latencies[-1], query[:i]))
                searched += window.search_text == query[:i]
                # The tab titles' counts arrive from a worker thread: time them too, and wait for
                # them before the next key (a typist pauses 150 ms before a search runs at all).
                arrived.clear()
                while window.search_text == query[:i] and query[:i].strip() and not arrived \
                        and time.perf_counter() - t0 < 30:
                    app.processEvents()
                    time.sleep(0.001)
                count_latencies.append((time.perf_counter() - t0) * 1000)
        pass_p95.append(round(_p95(sorted(latencies[started_at:])), 1))
    window.set_search("")

    scrolled = {}
    started = time.perf_counter()
    for kind in views.TAB_ORDER if scroll else ():
        window.show_kind(kind)
        tab = window.current_tab()
        bar = tab.view.verticalScrollBar()
        t0 = time.perf_counter()
        while True:
            tab.model.fetchMore(QModelIndex()) if tab.model.canFetchMore(QModelIndex()) else None
            app.processEvents()
            bar.setValue(bar.maximum())
            tab.view.viewport().repaint()
            if not tab.model.canFetchMore(QModelIndex()):
                break
        scrolled[kind] = {"rows": tab.model.rowCount(), "seconds": round(time.perf_counter() - t0, 2)}
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    latencies.sort()
    p95 = _p95(latencies)
    return {
        "rss_after_start_mb": round(rss_start, 1),
        "peak_rss_after_scrolling_mb": round(_peak_rss_mb(), 1),
        "scroll_seconds": round(time.perf_counter() - started, 1),
        "tabs": scrolled,
        "search_keystrokes": len(latencies),
        "search_keystrokes_searched": searched,   # the rest were 1-2 letter fragments, skipped until Enter
        "search_update_p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "search_update_p95_ms": round(p95, 1),
        "search_update_p95_ms_each_pass": pass_p95,
        "search_update_max_ms": round(latencies[-1], 1) if latencies else None,
        "search_slowest_keystrokes": [f"{text}: {ms:.0f} ms" for ms, text in sorted(typed, reverse=True)[:4]],
        "search_counts_p50_ms": round(statistics.median(count_latencies), 1) if count_latencies else None,
        "search_counts_p95_ms": round(_p95(sorted(count_latencies)), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--queries", default="علاوي,الانتخابات,قاعدة عين الأسد,التحالف الدولي")
    parser.add_argument("--skip-scroll", action="store_true", help="measure start and search only")
    parser.add_argument("--search-passes", type=int, default=3,
                        help="type the queries this many times (the first in a fresh window)")
    parser.add_argument("--skip-start", action="store_true", help="measure scrolling and search only")
    args = parser.parse_args()
    from desktop.core.storage import Store
    with Store.open(args.db, readonly=True) as store:
        counts = store.counts()
    result = {"store": args.db, "records": sum(counts.values()), "counts": counts}
    if not args.skip_start:
        result["start"] = start_times(args.db, args.runs)
    result.update(scroll_and_search(args.db, [q for q in args.queries.split(",") if q], not args.skip_scroll,
                                    args.search_passes))
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
