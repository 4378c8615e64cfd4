"""One tab: a filter bar over a lazy table of one record kind, any kind.

The kind registry says which columns the table has and which filters the
bar offers (tabs/filter_bar.py); this class joins them to the model.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QStyle, QStyleOptionHeader,
                               QTableView, QVBoxLayout, QWidget)

from desktop.core import kinds, views
from desktop.ui.models import KeyRole, RecordTableModel, ReviewRole
from desktop.ui.review_states import FIELD as REVIEW, UNREVIEWED
from desktop.ui.tabs import column_fit
from desktop.ui.tabs.filter_bar import FilterBar


class LazyTableView(QTableView):
    """A table over a lazy model: Ctrl+End reads every row id first, so it reaches the true last row.

    Without this the view moves to the last row *loaded*, a page down a
    table of thousands, and the analyst takes it for the end. Ctrl+C asks
    for the selected rows (copy_requested) instead of Qt's one current cell.
    """

    copy_requested = Signal()
    viewport_resized = Signal()

    def resizeEvent(self, event):
        # A scroll area's resize event is its viewport's: a vertical scroll bar coming counts too.
        super().resizeEvent(event)
        self.viewport_resized.emit()

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        if event.key() in (Qt.Key_End, Qt.Key_Home) and event.modifiers() == Qt.ControlModifier:
            # Qt moves the current row under Ctrl without selecting it (Ctrl keeps a selection in
            # the making); here Ctrl+End and Ctrl+Home mean "the last / first record": select it.
            last = event.key() == Qt.Key_End
            if last:
                self.read_all()
            rows = self.model().rowCount()
            if rows:
                column = max(0, self.currentIndex().column())
                self.setCurrentIndex(self.model().index(rows - 1 if last else 0, column))
            event.accept()
            return
        super().keyPressEvent(event)

    def read_all(self) -> None:
        fetch_all = getattr(self.model(), "fetch_all", None)
        if fetch_all is not None:
            fetch_all()

    def moveCursor(self, action, modifiers):
        # Ctrl+Shift+End (extending the selection) comes here through Qt's own key handling.
        if action == QAbstractItemView.MoveEnd and modifiers & Qt.ControlModifier:
            self.read_all()
        return super().moveCursor(action, modifiers)


class RecordTab(QWidget):
    """A table of one kind, with the filters its kind has."""

    current_changed = Signal(str)       # key of the current record ("" for none)
    activated = Signal(str)             # a record was opened (Enter, double click)
    filters_changed = Signal()
    row_menu_requested = Signal(int, QPoint)      # row (-1 off the rows), global position
    header_menu_requested = Signal(QPoint)        # global position
    note_link = Signal(str)                       # a link in the note shown instead of an empty table
    columns_sized = Signal()                      # the analyst dragged a column's edge

    def __init__(self, store, kind: str, parent=None, language: str = "ar"):
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.query = ""
        self.parsed = None      # the session's parse of the query (desktop/core/session.py)
        self._order_before_search = views.default_sort(kind)
        self.model = RecordTableModel(store, self.kind, self, language)
        self.view = LazyTableView(self)
        self.view.setObjectName(f"table_{self.kind}")
        self.view.setModel(self.model)
        self._highlighter = None
        # The row a search selected by itself, until the analyst selects rows: shown, not picked.
        self._unpicked = None
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.ElideRight)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(160)
        header.setResizeContentsPrecision(0)     # a column fits the rows in sight, not a thousand
        # Show the model's default order before enabling sorting, which sorts by the indicator.
        header.setSortIndicator(self.model.sort_section(),
                                Qt.DescendingOrder if self.model.descending else Qt.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.header_menu_requested.emit(header.mapToGlobal(pos)))
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.selectionModel().selectionChanged.connect(self._picked)
        # A click on the row the search selected changes no selection, but picks it all the same.
        self.view.pressed.connect(self._picked)
        # activated: Enter or a double click, by the platform's convention.
        self.view.activated.connect(lambda index: self.activated.emit(self.model.key_at(index.row()) or ""))
        self.model.modelReset.connect(lambda: self.current_changed.emit(self.current_key() or ""))

        self._install_text_delegate()
        self.filter_bar = FilterBar(kinds.get(kind), self)
        self.filter_bar.changed.connect(self._apply_filters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_bar)
        # An empty table says why, and what to do, instead of showing an empty grid.
        self.note = QLabel(self)
        self.note.setObjectName(f"note_{self.kind}")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignCenter)
        self.note.setTextFormat(Qt.RichText)
        self.note.setMargin(32)
        self.note.setTextInteractionFlags(Qt.TextBrowserInteraction)
        self.note.setOpenExternalLinks(False)
        self.note.linkActivated.connect(self.note_link)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.note)
        layout.addWidget(self.stack)
        self._set_widths()
        # Until the analyst sizes a column, the columns fill the table's width (kept in the settings).
        self.user_sized = False
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        self.view.viewport_resized.connect(self.refit)
        # The sorted column draws its arrow: it gets the arrow's room back, the column it left gives it up.
        header.sortIndicatorChanged.connect(lambda *_: self.refit())
        # Other rows (a search cleared, a record added, an import from outside) hold other dates: the
        # columns fit them again, once the change is done, or «13 يناير 2…» lost its year.
        self._rows_changed = QTimer(self)
        self._rows_changed.setSingleShot(True)
        self._rows_changed.setInterval(0)
        self._rows_changed.timeout.connect(self.refit)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.layoutChanged, self.model.dataChanged):
            signal.connect(lambda *_: self._rows_changed.start())

    def _set_widths(self) -> None:
        for i, cell in enumerate(self.model.cells):
            self.view.setColumnWidth(i, cell.width)

    def reset_columns(self) -> None:
        """Every column shown, in the registry's order, at its first width."""
        header = self.view.horizontalHeader()
        for logical in range(header.count()):
            header.setSectionHidden(logical, False)
            header.moveSection(header.visualIndex(logical), logical)
        self._set_widths()
        self.user_sized = False
        self.refit()

    def refit(self) -> None:
        """Fill the table's width with the shown columns, unless the analyst sized them."""
        if not self.user_sized:
            self.fit_columns()

    def fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        shown = [header.logicalIndex(v) for v in range(header.count())]
        shown = [logical for logical in shown if not header.isSectionHidden(logical)]
        available = self.view.viewport().width()
        if not shown or available <= 0 or not self.isVisible():
            return
        sizes = column_fit.widths([self._want(logical) for logical in shown], available)
        self._fitting = True
        try:
            for logical, size in zip(shown, sizes):
                header.resizeSection(logical, size)
        finally:
            self._fitting = False

    def _want(self, logical: int) -> column_fit.Want:
        cell = self.model.cells[logical]
        least = self.view.horizontalHeader().sectionSizeHint(logical)
        bare = least - self._arrow_room(logical)
        content = self.view.sizeHintForColumn(logical)
        if not cell.is_text:
            return column_fit.Want(least, max(bare, content), fixed=True, bare=bare)
        if cell.field.name == cell.kind.main:
            return column_fit.Want(max(least, column_fit.MAIN_LEAST), max(least, content), main=True)
        # What the rows in view hold, not the registry's first width: «Global Coalition against …» was
        # cut while the names beside it had room to spare.
        return column_fit.Want(least, max(bare, content), bare=bare)

    def _arrow_room(self, logical: int) -> int:
        """What Qt adds to every header's width for the sort arrow, which only the sorted column draws."""
        header = self.view.horizontalHeader()
        if not header.isSortIndicatorShown() or header.sortIndicatorSection() == logical:
            return 0
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.section = logical
        option.text = str(self.model.headerData(logical, Qt.Horizontal) or "")
        content = header.style().sizeFromContents(QStyle.CT_HeaderSection, option, QSize(), header)
        # Qt's own sum (QHeaderView::sectionSizeFromContents): the content's height and a margin.
        return content.height() + header.style().pixelMetric(QStyle.PM_HeaderMargin, option, header)

    def _section_resized(self, *_args) -> None:
        # Qt resizes sections itself too (the stretched last one); only a drag or a double click is the analyst's.
        if self._fitting or QGuiApplication.mouseButtons() == Qt.NoButton:
            return
        self.user_sized = True
        self.columns_sized.emit()

    def set_text_size(self, points: int) -> None:
        """The table's text size (0: the application's); rows follow the font's height."""
        font = QFont(self.font())
        if points > 0:
            font.setPointSize(points)
        self.view.setFont(font)
        # The headers keep the application's size, said outright: Qt passed the view's font on to them
        # only after a second change, so the columns were fitted to other headers after a restart.
        header_font = QFont(self.font())
        header_font.setPointSizeF(self.font().pointSizeF())
        self.view.horizontalHeader().setFont(header_font)
        self.note.setFont(font)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.refit()

    # --- the note instead of an empty table ----------------------------------------

    def show_note(self, html: str) -> None:
        """Show `html` (rich text: record text in it is escaped by the caller) in place of the empty table."""
        self.note.setText(html)
        self.stack.setCurrentWidget(self.note)

    def hide_note(self) -> None:
        self.stack.setCurrentWidget(self.view)

    @property
    def note_shown(self) -> bool:
        return self.stack.currentWidget() is self.note

    # --- menus and sorting -----------------------------------------------------------

    def _row_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row(), index.parent()):
            # A right click on a row outside the selection acts on that row, as in every file manager.
            self.view.setCurrentIndex(index)
        self.row_menu_requested.emit(index.row() if index.isValid() else -1, self.view.viewport().mapToGlobal(pos))

    def sort_by_relevance(self) -> None:
        """Rank the search's hits; the header marks no column until one is clicked."""
        self.model.sort_by_relevance()
        self.show_sort_indicator()

    def sort_by_default(self) -> None:
        """The order the tab had before the search (the analyst left the search's ranking)."""
        self.model.set_sort(*self._order_before_search)
        self.show_sort_indicator()

    def chosen_order(self) -> tuple[str, bool]:
        """The order the analyst chose, to remember: the model's, or under a search's ranking the one before it."""
        if self.model.by_relevance:
            return self._order_before_search
        return self.model.sort_column, self.model.descending

    def order_state(self) -> tuple[str, bool, tuple[str, bool]]:
        """The order as it stands (a search's ranking too) and the one the end of the search goes back to."""
        return self.model.sort_column, self.model.descending, self._order_before_search

    def take_order(self, state: tuple[str, bool, tuple[str, bool]]) -> None:
        """The order_state of this kind's tab in the window this one replaces (a language switch)."""
        column, descending, before = state
        if self._sorts_by(before[0]):
            self._order_before_search = (before[0], bool(before[1]))
        if (column == views.RELEVANCE and self.query.strip()) or self._sorts_by(column):
            self.model.set_sort(column, bool(descending))
            self.show_sort_indicator()

    def use_order(self, column: str, descending: bool) -> None:
        """Sort by a column named in the settings; a name the tab no longer has changes nothing."""
        if self._sorts_by(column):
            self.model.set_sort(column, bool(descending))
            self.show_sort_indicator()

    def _sorts_by(self, column: str) -> bool:
        return column in (c.name for c in self.model.columns)

    def show_sort_indicator(self) -> None:
        """The header's arrow on the model's sort column (none in relevance order), without sorting again."""
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_section(),
                                Qt.DescendingOrder if self.model.descending else Qt.AscendingOrder)
        header.blockSignals(False)
        self.refit()

    # --- filters -----------------------------------------------------------------

    def filters(self) -> views.Filters:
        date_from, date_to = self.filter_bar.date_range()
        return views.Filters(query=self.query, date_from=date_from, date_to=date_to,
                             values=self.filter_bar.values(), parsed=self.parsed)

    def filter_value(self, field: str) -> str | None:
        return self.filter_bar.value(field)

    def set_filter(self, field: str, code: str | None) -> None:
        self.filter_bar.set_value(field, code)

    def set_review_filter(self, state: str | None) -> None:
        self.set_filter(REVIEW, state)

    def set_query(self, query: str, hit_set=None, parsed=None) -> None:
        """Filter by a search: a search starting here ranks by relevance; the order before it comes back after.

        `parsed` is the session's parse of `query`, when the window has one: the tab does not parse again.
        """
        starting = bool(query.strip()) and not self.query.strip()
        ending = not query.strip() and bool(self.query.strip())
        self.query = query
        self.parsed = parsed if parsed is not None and parsed.text == query else None
        if starting:
            self._order_before_search = (self.model.sort_column, self.model.descending)
            self.model.order_by(views.RELEVANCE, True)
        elif ending and self.model.by_relevance:
            self.model.order_by(*self._order_before_search)
        if starting or ending:
            self.show_sort_indicator()
        self._apply_filters(hit_set=hit_set)

    def _apply_filters(self, *_args, hit_set=None) -> None:
        self.model.set_filters(self.filters(), hit_set)
        self.filters_changed.emit()

    def _install_text_delegate(self) -> None:
        # Text columns take the delegate, search or not: record text can run against the UI (an
        # Arabic title in the English UI) and Qt's own delegate would put its «…» at the wrong end.
        # The others keep Qt's delegate, which paints without a call into Python per cell.
        delegate = self._highlight_delegate()
        for column, cell in enumerate(self.model.cells):
            if cell.is_text:
                self.view.setItemDelegateForColumn(column, delegate)

    def refresh(self) -> None:
        """Re-read after an edit, keeping the current record selected when it is still loaded."""
        key = self.current_key()
        unpicked = self._unpicked
        rows = self.model.rowCount()
        self.model.reset(keep_rows=rows)
        if key:
            self.select_key(key)
            # Selected again by the window, not by the analyst: still only shown.
            self._unpicked = unpicked if unpicked == key else None

    # --- selection -------------------------------------------------------------------

    def _current_row_changed(self, current, _previous) -> None:
        self.current_changed.emit(self.model.key_at(current.row()) or "" if current.isValid() else "")

    def current_key(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.key_at(index.row()) if index.isValid() else None

    def selected_keys(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        keys = [self.model.key_at(r) for r in rows]
        if not keys and self.current_key():
            keys = [self.current_key()]
        return [k for k in keys if k]

    def picked_keys(self) -> list[str]:
        """The rows the analyst selected, one included: selected_keys less the row a search
        selected by itself, so that acting on «the selection» then means the search's rows."""
        keys = self.selected_keys()
        return [] if self._unpicked is not None and keys == [self._unpicked] else keys

    def _picked(self, *_args) -> None:
        self._unpicked = None

    def selected_unreviewed(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(KeyRole) for r in rows
                if self.model.index(r, 0).data(ReviewRole) == UNREVIEWED]

    def select_key(self, key: str) -> bool:
        row = self.model.row_for_key(key)
        if row is None:
            return False
        index = self.model.index(row, 0)
        # Not view.setCurrentIndex: that reads the keys held down, and the Ctrl still held from
        # Ctrl+S would add the saved record to the old selection instead of replacing it.
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.view.scrollTo(index)
        return True

    def select_first(self, by_search: bool = False) -> None:
        """Select the first row; `by_search`: the search did, for the detail pane, and the analyst
        has picked nothing (picked_keys)."""
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
            if by_search:
                self._unpicked = self.current_key()

    def _highlight_delegate(self):
        """The delegate that marks matched words and elides record text at the end that was cut."""
        if self._highlighter is None:
            from desktop.ui.delegates import HighlightDelegate
            self._highlighter = HighlightDelegate(self.view)
        return self._highlighter
