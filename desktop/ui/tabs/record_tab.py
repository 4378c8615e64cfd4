"""One tab: a filter bar over a lazy table of one record kind.

The per-kind modules (events.py, actors.py...) say which filters their
kind has; this class does the rest.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QStyle,
                               QTableView, QVBoxLayout, QWidget)

from desktop.core import views
from desktop.core.records import RecordError, date_bounds, parse_date
from desktop.ui import labels
from desktop.ui.delegates import HighlightDelegate
from desktop.ui.models import KeyRole, RecordTableModel, ReviewRole


class RecordTab(QWidget):
    """A table of one kind, with date, type/status and review filters."""

    kind = ""
    categories: tuple[str, ...] = ()    # values of the type/status filter, if the kind has one
    has_dates = False

    current_changed = Signal(str)       # key of the current record ("" for none)
    activated = Signal(str)             # a record was opened (Enter, double click)
    filters_changed = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.query = ""
        self.model = RecordTableModel(store, self.kind, self)
        self.view = QTableView(self)
        self.view.setObjectName(f"table_{self.kind}")
        self.view.setModel(self.model)
        # The highlighting delegate paints in Python: installed only while a search marks words.
        self._highlighter = HighlightDelegate(self.view)
        self._plain = self.view.itemDelegate()
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

        self.filter_bar = self._make_filter_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view)
        self._set_widths()

    def _set_widths(self) -> None:
        widths = {"date": 130, "title": 360, "text": 420, "name": 200, "name_en": 180, "type": 110,
                  "status": 100, "review": 100, "quotes": 70, "events": 70, "speaker": 160,
                  "source": 260, "place": 140, "actors": 260, "parent": 140, "outlet": 160, "published": 130}
        for i, col in enumerate(self.model.columns):
            self.view.setColumnWidth(i, widths.get(col.name, 150))

    # --- filters -----------------------------------------------------------------

    def _make_filter_bar(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 0, 6, 0)
        self.date_from = self.date_to = None
        self.category = None
        if self.has_dates:
            self.date_from = QLineEdit(bar)
            self.date_to = QLineEdit(bar)
            for edit, label in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
                caption = QLabel(label, bar)
                caption.setBuddy(edit)
                edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
                edit.setClearButtonEnabled(True)
                edit.setMaximumWidth(140)
                edit.setLayoutDirection(Qt.LeftToRight)
                edit.textChanged.connect(self._date_edited)
                row.addWidget(caption)
                row.addWidget(edit)
        if self.categories:
            self.category = QComboBox(bar)
            self.category.addItem(self.tr("Any type") if self.kind != "event" else self.tr("Any status"), None)
            for code in self.categories:
                self.category.addItem(labels.value(code), code)
            self.category.currentIndexChanged.connect(self._apply_filters)
            row.addWidget(self.category)
        self.review = QComboBox(bar)
        self.review.setObjectName("review_filter")
        self.review.addItem(self.tr("Reviewed or not"), None)
        self.review.addItem(labels.value("unreviewed"), "unreviewed")
        self.review.addItem(labels.value("confirmed"), "confirmed")
        self.review.currentIndexChanged.connect(self._apply_filters)
        row.addWidget(self.review)
        row.addStretch(1)
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(300)
        self._date_timer.timeout.connect(self._apply_filters)
        return bar

    def _date_edited(self) -> None:
        self._date_timer.start()

    def _date_value(self, edit: QLineEdit | None, last: bool) -> str | None:
        if edit is None:
            return None
        warning = edit.property("warning_action")
        if warning is None:
            # The style's warning icon marks a date that cannot be read, on any palette.
            warning = edit.addAction(self.style().standardIcon(QStyle.SP_MessageBoxWarning),
                                     QLineEdit.TrailingPosition)
            edit.setProperty("warning_action", warning)
        problem = ""
        value = None
        if edit.text().strip():
            try:
                first, end = date_bounds(parse_date(edit.text().strip()))
                value = end if last else first
            except RecordError as exc:
                problem = exc.reason
        warning.setVisible(bool(problem))
        warning.setToolTip(problem)
        edit.setToolTip(problem)
        return value

    def filters(self) -> views.Filters:
        return views.Filters(
            query=self.query,
            date_from=self._date_value(self.date_from, last=False),
            date_to=self._date_value(self.date_to, last=True),
            category=self.category.currentData() if self.category else None,
            review=self.review.currentData(),
        )

    def set_review_filter(self, state: str | None) -> None:
        self.review.setCurrentIndex(max(0, self.review.findData(state)))

    def set_query(self, query: str, hit_set: views.HitSet | None = None) -> None:
        self.query = query
        self._apply_filters(hit_set=hit_set)

    def _apply_filters(self, *_args, hit_set: views.HitSet | None = None) -> None:
        self.model.set_filters(self.filters(), hit_set)
        self.view.setItemDelegate(self._highlighter if self.query.strip() else self._plain)
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
                if self.model.index(r, 0).data(ReviewRole) == "unreviewed"]

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
