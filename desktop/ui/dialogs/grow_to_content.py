"""A dialog whose scrolled content grows (a link's row added, a problem shown under a field) grows with it.

The record form opens tall enough to show itself whole; without this, what
is added afterwards only adds a scroll bar, though the screen has room. The
dialog grows downwards, moved up when its foot would leave the screen, never
past the screen's free area less a margin, and only while it keeps the size
it was given: a size the user chose is theirs, and the content scrolls in it.
When what was added goes again (the problem under a picker once «Create new…»
has linked the record) it gives the room back, down to the size it opened at:
an empty band above the buttons would read as a row still to come.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QScrollArea


class GrowToContent(QObject):
    """Watches `scroll`'s widget; `given()` is the size the dialog was last given by the program (None: not
    shown yet), `set_given(size)` records a size grown to, so that it is not taken for the user's."""

    def __init__(self, dialog: QDialog, scroll: QScrollArea, margin: int,
                 given: Callable[[], QSize | None], set_given: Callable[[QSize], None]):
        super().__init__(dialog)
        self.dialog, self.scroll, self.margin = dialog, scroll, margin
        self.given, self.set_given = given, set_given
        self._opened: QSize | None = None      # the size it was first given: it never shrinks below it
        # Once the layout has settled: a burst of changes (a row and its problem text) grows it once.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.grow)
        scroll.widget().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.LayoutRequest:
            self._timer.start()
        return False

    def grow(self) -> None:
        dialog = self.dialog
        given = self.given()
        if given is None or dialog.size() != given or not dialog.isVisible():
            return
        if self._opened is None:
            self._opened = QSize(given)
        missing = self.scroll.widget().sizeHint().height() - self.scroll.viewport().height()
        if missing < 0:
            self._shrink(missing)
            return
        if missing == 0:
            return
        screen = dialog.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        height = min(dialog.height() + missing, free.height() - self.margin)
        if height <= dialog.height():
            return
        dialog.resize(dialog.width(), height)
        self.set_given(dialog.size())
        frame = dialog.frameGeometry()
        if frame.bottom() > free.bottom():
            dialog.move(dialog.x(), max(free.top(), dialog.y() - (frame.bottom() - free.bottom())))

    def _shrink(self, missing: int) -> None:
        dialog = self.dialog
        height = max(self._opened.height(), dialog.height() + missing)
        if height < dialog.height():
            dialog.resize(dialog.width(), height)
            self.set_given(dialog.size())
