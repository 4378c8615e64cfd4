"""The window's commands on a tab's table: its right-click menus, copying, the columns it shows, text size.

A mixin of MainWindow (strings in the MainWindow context). The menus and the copying are
imported when first used: nothing of them is needed to start.
"""
from __future__ import annotations

from desktop.ui import settings


def _popup(menu, pos) -> None:
    """Show a menu built for one click, and let it go once closed (each click builds its own)."""
    menu.exec(pos)
    menu.deleteLater()


class TableActionsMixin:
    def _connect_table(self, tab) -> None:
        """The menus, Ctrl+C and the text size of a tab just built."""
        tab.row_menu_requested.connect(lambda row, pos, t=tab: _popup(self.row_menu(t, row), pos))
        tab.header_menu_requested.connect(lambda pos, t=tab: _popup(self.header_menu(t), pos))
        tab.view.copy_requested.connect(lambda t=tab: self.copy_rows(t))
        tab.activated.connect(lambda _key: self.remember_search())     # a result opened: the search was used
        tab.columns_sized.connect(lambda t=tab: self.save_columns(t))
        tab.set_text_size(settings.Appearance().font_size())

    def row_menu(self, tab, row: int):
        """The right-click menu of `row` in `tab` (built now, from the store as it is)."""
        from desktop.ui import context_menus
        self._update_actions()
        return context_menus.RowMenu(self, tab, row)

    def header_menu(self, tab):
        from desktop.ui import context_menus
        self._update_actions()
        return context_menus.HeaderMenu(self, tab)

    def copy_rows(self, tab) -> None:
        """Ctrl+C in a table: the selected rows' shown cells."""
        from desktop.ui import row_copy
        self.copy_text(row_copy.rows_text(tab))

    def copy_text(self, text: str) -> None:
        from desktop.ui import row_copy
        if row_copy.to_clipboard(text):
            self.statusBar().showMessage(self.tr("Copied."), 3000)
            self.remember_search()      # what was copied was found by it: a search the analyst used

    def show_column(self, tab, logical: int, shown: bool) -> None:
        tab.view.horizontalHeader().setSectionHidden(logical, not shown)
        tab.refit()
        self.save_columns(tab)

    def reset_columns(self, tab) -> None:
        tab.reset_columns()
        self.save_columns(tab)

    def save_columns(self, tab) -> None:
        """Kept at once, not only when the window closes: a choice of columns should survive a crash."""
        columns = settings.Columns()
        columns.set_header(tab.kind, tab.view.horizontalHeader().saveState())
        columns.set_sized(tab.kind, tab.user_sized)

    def apply_text_size(self) -> None:
        """The preferred text size on every table and the detail pane."""
        points = settings.Appearance().font_size()
        for tab in self.tabs_by_kind.values():
            tab.set_text_size(points)
        self.size_detail_text()

    def size_detail_text(self) -> None:
        """The detail pane at the preferred text size (0: the application's)."""
        points = settings.Appearance().font_size()
        font = self.font()
        if points > 0:
            font.setPointSize(points)
        self.detail.setFont(font)
