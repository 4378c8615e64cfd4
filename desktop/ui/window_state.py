"""The main window's place, panes, columns and shown tab, kept between sessions.

A mixin of MainWindow: what `save_state` writes on closing, `restore_state`
puts back at the next start, unless the saved place is off every screen now.
"""
from __future__ import annotations

from desktop.core import views
from desktop.ui import settings


class WindowStateMixin:
    """Saving and restoring the window's geometry, splitters, last tab, story view and column headers."""

    def save_state(self) -> None:
        state = settings.MainWindowState()
        state.set_geometry(self.saveGeometry())
        state.set_state(self.saveState())
        state.set_splitter(self.splitter.saveState())
        state.set_last_tab(self.current_kind())
        state.set_shown_view(self.shown_view())
        if self.story is not None:
            state.set_story_splitter(self.story_splitter.saveState())
        columns = settings.Columns()
        for kind, tab in self.tabs_by_kind.items():
            columns.set_header(kind, tab.view.horizontalHeader().saveState())
            columns.set_sized(kind, tab.user_sized)

    def restore_state(self) -> None:
        state = settings.MainWindowState()
        geometry = state.geometry()
        restored = not geometry.isEmpty() and self.restoreGeometry(geometry)
        if not restored or not settings.geometry_fits_screens(self.frameGeometry()):
            self.place_first_time()
        self.restoreState(state.state())
        self.splitter.restoreState(state.splitter())
        kind = state.last_tab()
        if kind in views.TAB_ORDER:
            self.show_kind(kind)
        from desktop.ui.story_area import VIEWS
        if state.shown_view() in VIEWS:
            self.show_view(state.shown_view())
            self.story_splitter.restoreState(state.story_splitter())

    def place_first_time(self) -> None:
        """80% of the free area of the screen the window is on (the primary one at first), centred."""
        from PySide6.QtGui import QGuiApplication
        from desktop.ui.window_geometry import first_run_rect
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(first_run_rect(screen.availableGeometry()))
