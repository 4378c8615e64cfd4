"""Typing into widgets as a keyboard does, Arabic included (QTest.keyClicks knows only ASCII letters)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Each character as a key press and release carrying its text, to `widget`."""
    for ch in text:
        code = ord(ch.upper()) if ch.isascii() and ch.isalnum() else Qt.Key_Space if ch == " " else Qt.Key_unknown
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.NoModifier, ch))


def press(widget, key, modifiers=Qt.NoModifier) -> None:
    """One key (with its modifiers) to `widget`, through shortcuts first as a real key press goes."""
    from PySide6.QtTest import QTest
    QTest.keyClick(widget, key, modifiers)


def rows(popup) -> list[str]:
    """The names a picker's list offers, in order."""
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]
