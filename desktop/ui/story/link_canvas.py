"""The link chart's canvas: the SceneCanvas with the chart's mouse and keys, told to the view as signals.

Wheel zoom, dragging empty space to pan, dragging a node to move it, the
right button's menu, and the undo, redo, hide and zoom keys. The keys are
taken before the window's shortcuts while the canvas has the focus, so
Ctrl+Z undoes a move on the chart and not an edit in the window.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence

from desktop.ui.story.common import DRAG_START, MovingCanvas

WHEEL_STEP = 1.15       # zoom factor per wheel notch


class ChartCanvas(MovingCanvas):
    """The SceneCanvas with the chart's mouse and keys: drags, pans, wheel zoom, menus, undo keys."""

    node_dragged = Signal(str, QPointF, bool)     # key, where (canvas points), first move of this drag
    drag_finished = Signal(str)
    wheel_step = WHEEL_STEP

    def __init__(self, is_node, parent=None):
        super().__init__(parent)
        self._is_node = is_node
        self._press: QPointF | None = None
        self._press_key = ""
        self._dragging = False

    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton:
            self._press = event.position()
            self._press_key = self.key_at(event.position())
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event):
        if self._press is not None and event.buttons() & Qt.LeftButton:
            delta = event.position() - self._press
            if not self._dragging and abs(delta.x()) + abs(delta.y()) >= DRAG_START:
                self._dragging = True
                if self._is_node(self._press_key):
                    self.node_dragged.emit(self._press_key, event.position(), True)
                    self._press = event.position()
                    return
            if self._dragging:
                if self._is_node(self._press_key):
                    self.node_dragged.emit(self._press_key, event.position(), False)
                else:
                    self.panned.emit(delta.x(), delta.y())
                self._press = event.position()
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):
        dragged, key = self._dragging, self._press_key
        self._press, self._dragging = None, False
        if dragged and event.button() == Qt.LeftButton:
            if self._is_node(key):
                self.drag_finished.emit(key)
            return       # a drag is no click
        super().mouseReleaseEvent(event)

    # Undo and redo keys belong to the chart while it has the focus (the window's Edit ▸ Undo uses the same).
    _KEYS = {QKeySequence.Undo: "undo", QKeySequence.Redo: "redo", QKeySequence.Delete: "hide",
             QKeySequence.ZoomIn: "zoom_in", QKeySequence.ZoomOut: "zoom_out"}

    def key_command_for(self, event) -> str | None:
        for sequence, name in self._KEYS.items():
            if event.matches(sequence):
                return name
        if event.key() == Qt.Key_Z and event.modifiers() == (Qt.ControlModifier | Qt.ShiftModifier):
            return "redo"
        return {Qt.Key_Plus: "zoom_in", Qt.Key_Equal: "zoom_in", Qt.Key_Minus: "zoom_out",
                Qt.Key_0: "fit"}.get(event.key()) if not event.modifiers() & Qt.ControlModifier else None

