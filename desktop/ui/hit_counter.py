"""Counting a search's hits per kind off the GUI thread, for the tab titles.

Counting every hit of a common word in a million-record store takes longer
than a keystroke, so the visible tab updates first and the counts follow
from a worker with its own read-only connection (SQLite connections are
not shared between threads). A newer search makes older counts stale: each
request carries a generation number and stale answers are dropped.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.core import views
from desktop.core.errors import MarsadError
from desktop.core.storage import Store


class _Signals(QObject):
    done = Signal(int, str, object, float)   # generation, query, counts (a dict, or the error), ms


class _CountJob(QRunnable):
    def __init__(self, path, query: str, generation: int, signals: _Signals):
        super().__init__()
        self.path, self.query, self.generation, self.signals = path, query, generation, signals

    def run(self) -> None:
        import time
        started = time.perf_counter()
        try:
            with Store.open(self.path, readonly=True) as store:
                result: object = views.hit_counts(store, self.query)
        except (MarsadError, OSError) as exc:
            # Worded in the GUI thread, where the translators are.
            result = exc
        self.signals.done.emit(self.generation, self.query, result, (time.perf_counter() - started) * 1000)


class HitCounter(QObject):
    """Emits counted(query, counts, ms) for the latest request only."""

    counted = Signal(str, dict, float)
    failed = Signal(str, object)       # query, the error (a MarsadError or OSError)

    def __init__(self, store_path, parent=None):
        super().__init__(parent)
        self.path = store_path
        self.generation = 0
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)

    def request(self, query: str) -> None:
        self.generation += 1
        # Requests queue behind the one running; only the newest answer is used.
        self.pool.clear()
        self.pool.start(_CountJob(self.path, query, self.generation, self._signals))

    def cancel(self) -> None:
        self.generation += 1
        self.pool.clear()

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def _done(self, generation: int, query: str, result, ms: float) -> None:
        if generation != self.generation:
            return
        if isinstance(result, dict):
            self.counted.emit(query, result, ms)
        else:
            self.failed.emit(query, result)
