"""The story views under the tables: timeline, link chart and map, each built the first time it is shown.

They follow the window's session (desktop/core/session.py) as the tabs do,
so a search typed once filters them all and a record picked on any of them
is selected in the tables and shown in the detail pane. The area is hidden
until the analyst opens one of the views (View menu, Ctrl+6/7/8, or
`marsad gui --view`), so a window that never shows them pays nothing.
"""
from __future__ import annotations

import importlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QTabWidget, QToolButton, QWidget

from desktop.ui.icons import icon

# view name -> (module, class) of its widget; every one takes (store, session, language, arabic_digits, parent)
# and has reload() (the store changed), set_display(language, arabic_digits) and scene_for(width, height).
VIEWS = {
    "timeline": ("desktop.ui.story.timeline_view", "TimelineView"),
    "links": ("desktop.ui.story.link_chart", "LinkChartView"),
    "map": ("desktop.ui.story.map_view", "MapView"),
}
ORDER = tuple(VIEWS)


class StoryArea(QTabWidget):
    """One tab per story view; a view's widget is made when its tab is first shown."""

    view_shown = Signal(str)
    figure_requested = Signal(str)     # view name: its drawing into the briefing
    close_requested = Signal()

    def __init__(self, store, session, language: str, arabic_digits: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("story")
        self.setDocumentMode(True)
        self.store = store
        self.session = session
        self.language = language
        self.arabic_digits = arabic_digits
        self.views: dict = {}
        for name in ORDER:
            holder = QStackedWidget(self)
            holder.setProperty("view", name)
            self.addTab(holder, self.title(name))
        self.currentChanged.connect(lambda i: self.view(ORDER[i]) if i >= 0 and self.isVisible() else None)
        self.setCornerWidget(self._corner_buttons(), Qt.TopRightCorner)

    def _corner_buttons(self) -> QWidget:
        corner = QWidget(self)
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 0)
        add = QToolButton(corner)
        add.setObjectName("figure_to_briefing")
        add.setIcon(icon("print"))
        add.setToolTip(self.tr("Add this view to the briefing as a figure"))
        add.setAccessibleName(add.toolTip())
        add.clicked.connect(lambda: self.figure_requested.emit(self.current_name()))
        close = QToolButton(corner)
        close.setObjectName("close_story")
        close.setText("✕")
        close.setToolTip(self.tr("Hide the timeline, link chart and map"))
        close.setAccessibleName(close.toolTip())
        close.clicked.connect(self.close_requested)
        row.addWidget(add)
        row.addWidget(close)
        return corner

    def title(self, name: str) -> str:
        return {"timeline": self.tr("Timeline"), "links": self.tr("Link Chart"), "map": self.tr("Map")}[name]

    def view(self, name: str):
        """The view called `name`, made now if it never was."""
        if name not in self.views:
            module_name, class_name = VIEWS[name]
            cls = getattr(importlib.import_module(module_name), class_name)
            holder = self.widget(ORDER.index(name))
            widget = cls(self.store, self.session, self.language, self.arabic_digits, holder)
            widget.setObjectName(f"view_{name}")
            holder.addWidget(widget)
            self.views[name] = widget
        return self.views[name]

    def show_view(self, name: str):
        self.setCurrentIndex(ORDER.index(name))
        widget = self.view(name)
        self.view_shown.emit(name)
        return widget

    def current_name(self) -> str:
        return ORDER[max(0, self.currentIndex())]

    def showEvent(self, event):
        super().showEvent(event)
        self.view(self.current_name())

    def refresh(self) -> None:
        """The store changed: every built view reads again (each only when it is visible)."""
        for widget in self.views.values():
            widget.reload()

    def set_display(self, language: str, arabic_digits: bool) -> None:
        self.language, self.arabic_digits = language, arabic_digits
        for widget in self.views.values():
            widget.set_display(language, arabic_digits)
