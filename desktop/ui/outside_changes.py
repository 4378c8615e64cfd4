"""Noticing writes by other programs (another Marsad, a script, a sync) to the open store.

SQLite's data_version changes when another connection commits; the window
polls it every couple of seconds (one cheap PRAGMA, no file watching) and,
when it moves, re-reads its rows and counts as after its own edits.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.errors import MarsadError

POLL_MS = 2000


class OutsideChanges(QObject):
    """Emits `changed` after another program has committed to the store."""

    changed = Signal()

    def __init__(self, store, parent=None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.store = store
        self._seen = self._version()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _version(self) -> int | None:
        try:
            return self.store.data_version()
        except MarsadError:
            return None     # busy or gone for a moment: look again at the next tick

    def resync(self) -> None:
        """The window has just re-read the store (after its own import, say, through another connection)."""
        self._seen = self._version()

    def check(self) -> bool:
        version = self._version()
        if version is None or version == self._seen:
            return False
        self._seen = version
        self.changed.emit()
        return True
