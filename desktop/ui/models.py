"""Lazy table models, one per record kind, over desktop.core.views.

Columns and how each shows its value come from the kind registry (cells.py).

The model holds row ids (an array, 8 bytes each) and a bounded cache of
display rows. Ids arrive a page at a time through canFetchMore/fetchMore, so
the view grows as it scrolls and nothing reads a whole table; display rows
are fetched for a block of rows around the first one the view asks for.
"""
from __future__ import annotations

from array import array
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core import highlight, kinds, views
from desktop.core.errors import QueryError, StoreError, ViewError
from desktop.core.query import parse
from desktop.ui import error_text
from desktop.ui.bidi import strip
from desktop.ui.cells import cells
from desktop.ui.review_states import FIELD as REVIEW, UNREVIEWED

ID_PAGE = 500        # row ids fetched per fetchMore
ROW_BLOCK = 100      # display rows fetched per cache miss
CACHE_ROWS = 2_000   # display rows kept
KEEP_ROWS = 20_000   # rows reloaded at most after an edit (deeper rows come back as the view scrolls)
ALL_PAGE = 50_000    # row ids read at a time when the view jumps to the last row

KeyRole = Qt.UserRole + 1
SpansRole = Qt.UserRole + 2
ReviewRole = Qt.UserRole + 3
LinkRole = Qt.UserRole + 4


def query_terms(text) -> list:
    """The positive terms of a search query, as written or parsed (nothing for an empty or unusable query)."""
    if not isinstance(text, str):
        return text.positive_terms()
    if not text.strip():
        return []
    try:
        return parse(text).positive_terms()
    except QueryError:
        return []


def unreviewed_brush() -> QBrush:
    """Amber text, lighter on a dark palette so it stays legible."""
    dark = QApplication.palette().color(QPalette.Base).lightness() < 128
    return QBrush(QColor("#e0a030" if dark else "#8a5300"))


_ROLES = frozenset(int(r) for r in (Qt.DisplayRole, Qt.ToolTipRole, Qt.ForegroundRole, KeyRole, ReviewRole,
                                     SpansRole, LinkRole))


class RecordTableModel(QAbstractTableModel):
    """One kind's records as rows; sorting and filtering run in SQL."""

    error = Signal(str)
    # The store could not be read (damaged, its disk gone). Qt calls data() and rowCount() while it
    # paints, where an exception is lost in the paint and leaves the view half drawn: a model that
    # cannot read keeps the rows it has, says so here, and is `unreadable` until a reset reads again.
    read_failed = Signal(object)

    def __init__(self, store, kind: str, parent=None, language: str = "ar"):
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.cells = cells(kinds.get(kind))
        self.columns = tuple(cell.column for cell in self.cells)
        self.language = language    # before the first pager: a column of names sorts by the ones shown
        self.arabic_digits = False
        self.filters = views.Filters()
        self.hit_set = None     # the search's matches (views.hits), joined by the store
        self.sort_column, self.descending = views.default_sort(kind)
        self._terms: list = []
        self._ids = array("q")
        self._cache: OrderedDict[int, dict] = OrderedDict()
        self._pager = None      # views.Pager: hands out row ids a page at a time
        self.unreadable = False
        self.read_error: StoreError | None = None
        self._restart()

    # --- state ---------------------------------------------------------------

    def _restart(self) -> None:
        self._ids = array("q")
        self._cache.clear()
        try:
            self._pager = views.Pager(self.store, self.kind, self.sort_column, self.descending,
                                      self.filters, self.hit_set, self.language)
        except (QueryError, ViewError) as exc:
            self._pager = None
            self.error.emit(error_text.render(exc))
        except StoreError as exc:
            self._pager = None
            self._read_failed(exc)

    def _read_failed(self, exc: StoreError) -> None:
        self.unreadable = True
        self.read_error = exc
        self.read_failed.emit(exc)

    def reset(self, keep_rows: int = 0) -> None:
        """Re-read from the store (after an edit), keeping about as many rows loaded as before; when the
        store cannot be read, the rows shown before stay."""
        before = (self._ids, OrderedDict(self._cache), self._pager)
        self.beginResetModel()
        try:
            self.unreadable = False
            self._restart()
            self._load(min(max(keep_rows, ID_PAGE), KEEP_ROWS))
            if self.unreadable:
                self._ids, self._cache, self._pager = before
        finally:
            self.endResetModel()

    def set_filters(self, filters: views.Filters, hit_set=None) -> None:
        self.filters = filters
        self.hit_set = hit_set if filters.query.strip() else None
        self._terms = query_terms(filters.search)
        self.reset()

    def set_language(self, language: str, arabic_digits: bool = False) -> None:
        changed = language != self.language
        self.language = language
        self.arabic_digits = arabic_digits
        if changed and views.sorts_by_language(self.kind, self.sort_column):
            # Sorted by the names a column shows, which are others in the other language: read the
            # order again, or the column would look unsorted under its arrow.
            self.reset(keep_rows=len(self._ids))
            return
        self._cache.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Horizontal, 0, self.columnCount() - 1)

    def _load(self, n: int) -> int:
        page = self._next(n)
        self._ids.extend(page)
        return len(page)

    def _next(self, n: int) -> list[int]:
        """The next `n` row ids, or none when the store cannot be read (said through read_failed)."""
        if self._pager is None:
            return []
        try:
            return self._pager.next(n)
        except StoreError as exc:
            self._pager = None
            self._read_failed(exc)
            return []

    # --- Qt model API -----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._pager is not None and not self._pager.done

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._pager is None:
            return
        page = self._next(ID_PAGE)
        if not page:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._ids.extend(page)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.columns):
            return self.cells[section].label()
        return None

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        name = self.columns[column].name
        descending = order == Qt.DescendingOrder
        if (name, descending) == (self.sort_column, self.descending) and len(self._ids):
            return
        self.sort_column, self.descending = name, descending
        self.reset()

    def sort_section(self) -> int:
        """The column the rows are sorted by; -1 in relevance order."""
        names = [c.name for c in self.columns]
        return names.index(self.sort_column) if self.sort_column in names else -1

    @property
    def by_relevance(self) -> bool:
        return self.sort_column == views.RELEVANCE

    def sort_by_relevance(self) -> None:
        """The search's ranking (views.RELEVANCE); a click on a column sorts by it again."""
        if self.by_relevance and len(self._ids):
            return
        self.sort_column, self.descending = views.RELEVANCE, True
        self.reset()

    def order_by(self, column: str, descending: bool) -> None:
        """The order the next reset reads the rows in (a column's name, or views.RELEVANCE)."""
        self.sort_column, self.descending = column, descending

    def set_sort(self, column: str, descending: bool) -> None:
        """Sort by a column by name (the kind's default order, when a search ends)."""
        if (column, descending) != (self.sort_column, self.descending):
            self.sort_column, self.descending = column, descending
            self.reset()

    def clear_rows(self) -> None:
        """Show no rows (a search that cannot run must not leave the last one's rows standing)."""
        self.beginResetModel()
        self._ids = array("q")
        self._cache.clear()
        self._pager = None
        self.endResetModel()

    def fetch_all(self) -> int:
        """Every remaining row id now (8 bytes each, no display rows): for Ctrl+End. Returns the rows added."""
        if self._pager is None or self._pager.done:
            return 0
        first = len(self._ids)
        page: list[int] = []
        while self._pager is not None and not self._pager.done:
            page += self._next(ALL_PAGE)
        if page:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._ids.extend(page)
            self.endInsertRows()
        return len(page)

    def _row(self, row: int) -> dict | None:
        if not 0 <= row < len(self._ids):
            return None
        row_id = self._ids[row]
        rec = self._cache.get(row_id)
        if rec is None and self.unreadable:
            return None     # asked again on every paint: not read again until a reset
        if rec is None:
            start = max(0, row - ROW_BLOCK // 4)
            block = [i for i in self._ids[start:start + ROW_BLOCK] if i not in self._cache]
            try:
                found = views.rows(self.store, self.kind, block)
            except StoreError as exc:
                self._read_failed(exc)
                return None
            for rid, data in found.items():
                self._cache[rid] = data
            while len(self._cache) > CACHE_ROWS:
                self._cache.popitem(last=False)
            rec = self._cache.get(row_id)
        else:
            self._cache.move_to_end(row_id)
        return rec

    def data(self, index, role=Qt.DisplayRole):
        # Qt asks every cell for a dozen roles on each paint; most have no answer here.
        if role not in _ROLES or not index.isValid():
            return None
        rec = self._row(index.row())
        if rec is None:
            return None
        cell = self.cells[index.column()]
        if role == Qt.DisplayRole:
            shown = rec.setdefault("_shown", {})
            text = shown.get(cell.name)
            if text is None:
                shown[cell.name] = text = cell.text(rec, self.language, self.arabic_digits)
            return text
        if role == Qt.ToolTipRole:
            text = cell.text(rec, self.language, self.arabic_digits, whole=True)
            return text if len(text) > 40 else None
        if role == KeyRole:
            return rec["key"]
        if role == ReviewRole:
            return rec[REVIEW]
        if role == SpansRole:
            return self.spans_at(index.row(), index.column()) or None
        if role == LinkRole:
            return rec.get(f"{cell.name}_key") if cell.links else None
        if role == Qt.ForegroundRole and rec[REVIEW] == UNREVIEWED:
            # Proposed records read in amber until an analyst accepts them. Not in
            # italics: Arabic has none, and an oblique face without Arabic glyphs
            # (DejaVu Sans Oblique on many Linux systems) drew every letter as a box.
            return unreviewed_brush()
        return None

    def spans_at(self, row: int, column: int) -> list:
        """Highlight spans of a cell's display text (a plain call: the delegate asks for every cell)."""
        if not self._terms:
            return []
        cell = self.cells[column]
        if not cell.is_text:
            return []
        rec = self._row(row)
        if rec is None:
            return []
        cache = rec.setdefault("_spans", {})
        if cell.name not in cache:
            cache[cell.name] = highlight.spans(cell.text(rec, self.language), self._terms)
        return cache[cell.name]

    # --- lookups -------------------------------------------------------------------

    def text_at(self, row: int, column: int) -> str:
        """A cell's text as far as the table has it (the tooltip's, not cut to the column), on one line."""
        rec = self._row(row)
        if rec is None or not 0 <= column < len(self.cells):
            return ""
        text = self.cells[column].text(rec, self.language, self.arabic_digits, whole=True)
        # Without the isolates that keep a list's names apart on screen: a copied row is plain text.
        return " ".join(strip(str(text or "")).split())

    def key_at(self, row: int) -> str | None:
        rec = self._row(row)
        return rec["key"] if rec else None

    def row_for_key(self, key: str) -> int | None:
        """The row of a record already loaded (no paging through the table for it)."""
        try:
            row_id = views.row_id(self.store, key)
        except StoreError as exc:
            self._read_failed(exc)
            return None
        if row_id is None:
            return None
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def loaded_ids(self) -> list[int]:
        return self._ids.tolist()
