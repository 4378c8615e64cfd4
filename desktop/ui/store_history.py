"""The undo history of one open store, kept apart from the window so it outlives a language switch.

A language switch builds a new MainWindow over the same store; the history
(the undo stack and the StoreChanges its commands emit on) stays with the
store, and the new window adopts it. Opening another store starts a new one.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack


class StoreChanges(QObject):
    """Tells the window which kinds an undoable command changed, so tabs and counts refresh."""
    changed = Signal(list)  # kinds


class StoreHistory(QObject):
    """The undo stack of one open store and the StoreChanges its commands report on.

    The commands already on the stack keep the texts («Edit …», «تعديل …») they were made
    with, in the language shown then: only the Undo/Redo prefix follows a language switch.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.changes = StoreChanges(self)
