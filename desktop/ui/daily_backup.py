"""The day's automatic copy of the open store, taken off the GUI thread a little after the window shows.

Copying a million-record store takes seconds, so a worker thread does it
through its own connection (SQLite's backup API reads a consistent
snapshot while the window keeps working on the store). Core decides
whether a copy is due (Store.daily_backup); a failure is shown in the
status bar, worded from its error code.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from desktop.core.errors import MarsadError
from desktop.core.storage import Store
from desktop.ui import settings

DELAY_MS = 3000     # after the first paint and the first searches


class _Signals(QObject):
    done = Signal(object)      # the copy's Path, or None when none was due
    failed = Signal(object)    # the MarsadError or OSError


class _Job(QRunnable):
    def __init__(self, path: Path, root: Path, keep: int, signals: _Signals):
        super().__init__()
        self.path, self.root, self.keep, self.signals = path, root, keep, signals

    def run(self) -> None:
        try:
            with Store.open(self.path, backup_dir=self.root, backup_keep=self.keep) as store:
                made = store.daily_backup()
        except (MarsadError, OSError) as exc:
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(made)


class DailyBackup(QObject):
    """start(path) schedules the check-and-copy; `done` and `failed` report it."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent=None, root: Path | None = None):
        super().__init__(parent)
        options = settings.store_options()
        self.root = root or options["backup_dir"]
        self.keep = options["backup_keep"]
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self.done)
        self._signals.failed.connect(self.failed)

    def start(self, path: Path, delay_ms: int = DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self, lambda: self.pool.start(_Job(Path(path), self.root, self.keep, self._signals)))

    def wait(self, msecs: int = 60_000) -> bool:
        return self.pool.waitForDone(msecs)
