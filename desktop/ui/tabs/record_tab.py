"""One tab: a filter bar over a lazy table of one record kind, any kind.

The kind registry says which columns the table has and which filters the
bar offers (tabs/filter_bar.py); this class joins them to the model.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop.core import kinds, views
from desktop.ui.models import KeyRole, RecordTableModel, ReviewRole
from desktop.ui.review_states import FIELD as REVIEW, UNREVIEWED
from desktop.ui.tabs.filter_bar import FilterBar


class RecordTab(QWidget):
    """A table of one kind, with the filters its kind has."""

    current_changed = Signal(str)       # key of the current record ("" for none)
    activated = Signal(str)             # a record was opened (Enter, double click)
    filters_changed = Signal()

    def __init__(self, store, kind: str, parent=None):
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.query = ""
        self.model = RecordTableModel(store, self.kind, self)
        self.view = QTableView(self)
        self.view.setObjectName(f"table_{self.kind}")
        self.view.setModel(self.model)
        # The highlighting delegate paints in Python: installed only while a search marks words.
        self._highlighter = None    # made on the first search: defining it costs ~20 ms of start-up
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
        # Show the model's default order before enabling sorting, which sorts by the indicator.
        header.setSortIndicator(self.model.sort_section(),
                                Qt.DescendingOrder if self.model.descending else Qt.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        # activated: Enter or a double click, by the platform's convention.
        self.view.activated.connect(lambda index: self.activated.emit(self.model.key_at(index.row()) or ""))
        self.model.modelReset.connect(lambda: self.current_changed.emit(self.current_key() or ""))

        self.filter_bar = FilterBar(kinds.get(kind), self)
        self.filter_bar.changed.connect(self._apply_filters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view)
        self._set_widths()

    def _set_widths(self) -> None:
        for i, cell in enumerate(self.model.cells):
            self.view.setColumnWidth(i, cell.width)

    # --- filters -----------------------------------------------------------------

    def filters(self) -> views.Filters:
        date_from, date_to = self.filter_bar.date_range()
        return views.Filters(query=self.query, date_from=date_from, date_to=date_to,
                             values=self.filter_bar.values())

    def filter_value(self, field: str) -> str | None:
        return self.filter_bar.value(field)

    def set_filter(self, field: str, code: str | None) -> None:
        self.filter_bar.set_value(field, code)

    def set_review_filter(self, state: str | None) -> None:
        self.set_filter(REVIEW, state)

    def set_query(self, query: str, hit_set=None) -> None:
        self.query = query
        self._apply_filters(hit_set=hit_set)

    def _apply_filters(self, *_args, hit_set=None) -> None:
        self.model.set_filters(self.filters(), hit_set)
        # Only text columns can hold a match: the others keep Qt's own delegate, which paints
        # without a call into Python per cell.
        delegate = self._highlight_delegate() if self.query.strip() else None
        for column, cell in enumerate(self.model.cells):
            if cell.is_text:
                self.view.setItemDelegateForColumn(column, delegate)
        self.filters_changed.emit()

    def refresh(self) -> None:
        """Re-read after an edit, keeping the current record selected when it is still loaded."""
        key = self.current_key()
        rows = self.model.rowCount()
        self.model.reset(keep_rows=rows)
        if key:
            self.select_key(key)

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

    def selected_unreviewed(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(KeyRole) for r in rows
                if self.model.index(r, 0).data(ReviewRole) == UNREVIEWED]

    def select_key(self, key: str) -> bool:
        row = self.model.row_for_key(key)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _highlight_delegate(self):
        """The delegate that marks matched words, made when a search first needs it."""
        if self._highlighter is None:
            from desktop.ui.delegates import HighlightDelegate
            self._highlighter = HighlightDelegate(self.view)
        return self._highlighter
