"""The main window's place, panes, columns and shown tab, kept between sessions.

A mixin of MainWindow: what `save_state` writes on closing, `restore_state`
puts back at the next start, unless the saved place is off every screen now.
"""
from __future__ import annotations

from desktop.core import views
from desktop.ui import settings


class WindowStateMixin:
    """Saving and restoring the window's geometry, splitters, last tab, story view, column headers and orders."""

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
            columns.set_order(kind, *tab.chosen_order())

    def restore_columns(self, kind: str, tab) -> None:
        """A tab built now takes the columns and the order its kind's tab had when last saved."""
        columns = settings.Columns()
        header_state = columns.header(kind)
        if not header_state.isEmpty():
            # The view sorts by the arrow restored with the header (the order of settings written before
            # orders were kept by name); an arrow on no column leaves the model's and is put back on it.
            tab.view.horizontalHeader().restoreState(header_state)
            tab.show_sort_indicator()
            tab.user_sized = columns.sized(kind)
        order = columns.order(kind)
        if order is not None:
            tab.use_order(*order)

    def tab_orders(self) -> dict[str, tuple]:
        """Each built tab's order as it stands (RecordTab.order_state), for the window a language switch builds."""
        return {kind: tab.order_state() for kind, tab in self.tabs_by_kind.items()}

    def adopt_orders(self, orders: dict[str, tuple]) -> None:
        """The orders of the window this one replaces, after its search was run here: on the tabs built now,
        and on the others when they are (adopted_order)."""
        self.orders_to_adopt = dict(orders)
        for kind, tab in self.tabs_by_kind.items():
            self.adopted_order(kind, tab)

    def adopted_order(self, kind: str, tab) -> None:
        order = self.orders_to_adopt.pop(kind, None)
        if order is not None:
            tab.take_order(order)

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
