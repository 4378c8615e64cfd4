"""What the story views share: their toolbar buttons and saving a view as a PNG or SVG figure."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar, QToolButton, QWidget

from desktop.ui import error_text, file_dialogs
from desktop.ui.figures.paint import SceneCanvas, export_png, export_svg
from desktop.ui.icons import icon

CONTEXT = "StoryViews"
DRAG_START = 4          # pixels the mouse moves before a press becomes a drag


class MovingCanvas(SceneCanvas):
    """A canvas the view pans and zooms: it tells wheel notches and right-clicks, the view moves."""

    panned = Signal(float, float)
    zoomed = Signal(float, QPointF)
    menu_requested = Signal(str, QPointF)          # key ("" on empty space), global position
    wheel_step = 1.15                              # zoom factor per wheel notch

    def wheelEvent(self, event):
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoomed.emit(self.wheel_step ** steps, event.position())
        event.accept()

    def contextMenuEvent(self, event):
        self.menu_requested.emit(self.key_at(QPointF(event.pos())), QPointF(event.globalPos()))


def toolbar_action(owner: QWidget, bar: QToolBar, name: str, text: str, slot, icon_name: str | None = None,
                   tip: str = "") -> QAction:
    """A button on a view's toolbar that calls `slot()`; `name` is its object name (tests find it by it)."""
    act = QAction(text, owner)
    act.setObjectName(name)
    if icon_name:
        act.setIcon(icon(icon_name))
    if tip:
        act.setToolTip(tip)
    act.triggered.connect(lambda _checked=False: slot())
    bar.addAction(act)
    return act


def give_menu(button: QToolButton, menu: QMenu) -> None:
    """A button whose whole face opens `menu`, its arrow drawn beside the text (at its left in Arabic).

    An instant popup draws its arrow in the button's corner, where it floated under the text, detached;
    a split button draws it in a part of its own beside the text, mirrored with the layout.
    """
    button.setMenu(menu)
    button.setPopupMode(QToolButton.MenuButtonPopup)
    button.clicked.connect(button.showMenu)


def export_button(bar, actions: list, name: str, text: str, tip: str) -> QToolButton:
    """One «Export» button whose menu holds `actions` (PNG, SVG…), in place of a button each on `bar`:
    the three views' toolbars alike, and narrow panes keep their other buttons in view."""
    for act in actions:
        bar.removeAction(act)
    button = QToolButton(bar)
    button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip)
    button.setIcon(actions[0].icon())
    button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    menu = QMenu(button)
    menu.addActions(actions)
    give_menu(button, menu)
    bar.addWidget(button)
    return button


def save_figure(parent: QWidget, scene, fmt: str, path: str | None, title: str, default_name: str) -> Path | None:
    """The scene as `fmt` (png or svg) at `path`, asked for with a save dialog titled `title` when None.

    Returns the file written, or None when the analyst cancelled or it could not be written (said in a
    message naming the file).
    """
    if path is None:
        kinds = (QCoreApplication.translate(CONTEXT, "PNG images (*.png)") if fmt == "png"
                 else QCoreApplication.translate(CONTEXT, "SVG drawings (*.svg)"))
        path, _ = file_dialogs.save_file_name(parent, title, f"{default_name}.{fmt}", kinds)
        if not path:
            return None
    target = Path(path)
    if target.suffix.lower() != f".{fmt}":
        target = target.with_name(target.name + f".{fmt}")
    try:
        return export_png(scene, target) if fmt == "png" else export_svg(scene, target)
    except OSError as exc:
        QMessageBox.warning(parent, title, error_text.describe(exc))
        return None
