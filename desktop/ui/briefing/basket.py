"""The briefing basket: the analyst's ordered list of record ids.

`BriefingBasket` is a list model over record ids with the display title and
kind of each (read once, through `store.get`, when the id is added). The
order is the analyst's: the briefing keeps it for quotes and for events of
the same date. `BasketView` reorders by drag and drop (InternalMove, which
QListView turns into `moveRows` calls) and removes with the Delete key;
`BasketPanel` adds the up/down/remove/clear buttons.
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel, QListView, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QToolButton, QVBoxLayout, QWidget)

from desktop.core import kinds
from desktop.ui import labels, settings
from desktop.ui.bidi import LRM, RLM, cut_mark, isolate, isolate_ltr

IdRole = Qt.UserRole + 1
KindRole = Qt.UserRole + 2
PartsRole = Qt.UserRole + 3     # (kind label, title): what the row shows, cut by the delegate to the list's width
# Quotes can be paragraphs long: the list shows their start, the tooltip all of it.
TITLE_CHARS = 140

ADD_KEYS = "Ctrl+B"          # Add to Briefing in the main window; the composer's hint names it too


def adding_hint(ui_language: str) -> str:
    """Under the basket: how records come in, and in what order a search's should (as `marsad briefing
    --query` takes them, desktop/core/briefing_selection.py): the timeline's events, then the quotes."""
    from desktop.ui.detail_values import number_text
    from desktop.ui.file_actions import BRIEFING_BATCH
    text = QCoreApplication.translate(
        "BriefingComposer", "Drag to reorder. In the main window, %2 (“Add to Briefing”) adds the selected rows of "
                            "any tab; with none selected while searching, that tab's results, best matches first, "
                            "%1 at a time. For a briefing of a search, add the Events tab's first, for the timeline, "
                            "then the Quotes tab's.")
    arabic_digits = ui_language == "ar" and settings.General().arabic_digits()
    # The shortcut's Latin letters kept whole, in their order, inside an Arabic sentence.
    keys = isolate_ltr(QKeySequence(ADD_KEYS).toString(QKeySequence.NativeText))
    return text.replace("%1", number_text(BRIEFING_BATCH, arabic_digits)).replace("%2", keys)


def display_title(record: dict | None, record_id: str, language: str) -> str:
    """What the basket shows for a record: its main text (name, title, words).

    In English, a record found by a left-to-right name as well (an actor's or a
    place's English name) shows that name when it has one.
    """
    if not record or record.get("kind") not in kinds.KINDS:
        return record_id
    kind = kinds.get(record["kind"])
    if language == "en":
        if kind.english and record.get(kind.english):
            return record[kind.english]
    return record.get(kind.main) or next((record[fld.name] for fld in kind.names if record.get(fld.name)),
                                         record_id)


def row_text(kind: str, title: str) -> str:
    """A basket row: the kind's label, then the title in an isolate, so it keeps the UI's direction."""
    return f"{kind}: {isolate(title)}"


def fitted_row(kind: str, title: str, width_of, room: int) -> str:
    """row_text() cut to `room` pixels: the title loses its end, its «…» inside its isolate at that end."""
    text = row_text(kind, title)
    if width_of(text) <= room:
        return text
    base = title[:-2] if title.endswith("…" + RLM) or title.endswith("…" + LRM) else title
    low, high = 0, len(base) - 1        # row_text of cut_mark(base[:low]) fits, or low is 0
    while low < high:
        middle = (low + high + 1) // 2
        if width_of(row_text(kind, cut_mark(base[:middle].rstrip()))) <= room:
            low = middle
        else:
            high = middle - 1
    return row_text(kind, cut_mark(base[:low].rstrip()))


class _Entry:
    __slots__ = ("id", "kind", "title", "found")

    def __init__(self, record_id: str, kind: str, title: str, found: bool):
        self.id, self.kind, self.title, self.found = record_id, kind, title, found


class BriefingBasket(QAbstractListModel):
    """Ordered, duplicate-free record ids with their titles.

    `changed` is emitted after every change of the list (add, remove, move,
    reset), so a composer has one signal to follow.
    """

    changed = Signal()

    def __init__(self, get, language: str = "ar", parent=None):
        super().__init__(parent)
        self._get = get
        self.language = language
        self._entries: list[_Entry] = []
        for signal in (self.rowsInserted, self.rowsRemoved, self.rowsMoved, self.modelReset):
            signal.connect(self.changed)

    # --- the API ---------------------------------------------------------------

    def ids(self) -> list[str]:
        return [e.id for e in self._entries]

    def add(self, ids: Iterable[str]) -> list[str]:
        """Appends the ids not in the basket yet, in the given order; returns those added."""
        present = set(self.ids())
        new: list[str] = []
        for rid in ids:
            if isinstance(rid, str) and rid and rid not in present:
                present.add(rid)
                new.append(rid)
        if new:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._entries.extend(self._entry(rid) for rid in new)
            self.endInsertRows()
        return new

    def set_ids(self, ids: Iterable[str]) -> None:
        """Replaces the whole list (a reopened briefing)."""
        self.beginResetModel()
        self._entries = []
        seen: set[str] = set()
        for rid in ids:
            if isinstance(rid, str) and rid and rid not in seen:
                seen.add(rid)
                self._entries.append(self._entry(rid))
        self.endResetModel()

    def remove(self, ids: Iterable[str]) -> int:
        """Removes these ids (those present); returns how many went."""
        wanted = set(ids)
        return self.remove_rows(i for i, e in enumerate(self._entries) if e.id in wanted)

    def remove_rows(self, rows: Iterable[int]) -> int:
        count = 0
        # From the bottom up, so the rows still to remove keep their numbers.
        for row in sorted({r for r in rows if 0 <= r < len(self._entries)}, reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()
            count += 1
        return count

    def move(self, row: int, to_row: int) -> bool:
        """Moves the entry at `row` so that it ends up at index `to_row`."""
        n = len(self._entries)
        if not (0 <= row < n and 0 <= to_row < n) or row == to_row:
            return False
        # moveRows takes the row *before which* to insert, counted before the move.
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), to_row + 1 if to_row > row else to_row)

    def clear(self) -> None:
        self.set_ids([])

    def refresh(self) -> None:
        """Re-reads titles (after edits in the store, or a language change)."""
        self.set_ids(self.ids())

    def _entry(self, rid: str) -> _Entry:
        record = self._get(rid)
        kind = (record or {}).get("kind") or rid.partition(":")[0]
        return _Entry(rid, kind, display_title(record, rid, self.language), record is not None)

    # --- QAbstractListModel ------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.DisplayRole:
            if not entry.found:
                return self.tr("%1 (not in the store)").replace("%1", isolate(entry.id))
            return row_text(*self._parts(entry))
        if role == PartsRole:
            return self._parts(entry) if entry.found else None
        if role == Qt.ToolTipRole:
            # Qt treats a tooltip that looks like markup as rich text: keep it plain.
            return f"{entry.title}\n{entry.id}" if entry.found else \
                self.tr("No record %1 in this store: it will be left out.").replace("%1", entry.id)
        if role == Qt.ForegroundRole and not entry.found:
            return QColor("#9b0000")
        if role == IdRole:
            return entry.id
        if role == KindRole:
            return entry.kind
        return None

    def _parts(self, entry: _Entry) -> tuple[str, str]:
        title = entry.title if len(entry.title) <= TITLE_CHARS else cut_mark(entry.title[:TITLE_CHARS].rstrip())
        return labels.kind(entry.kind), title

    def flags(self, index):
        if not index.isValid():
            # Drops land between rows, never on one (that would mean "replace").
            return Qt.ItemIsDropEnabled
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled | Qt.ItemNeverHasChildren

    def supportedDropActions(self):
        return Qt.MoveAction

    def supportedDragActions(self):
        return Qt.MoveAction

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child) -> bool:
        n = len(self._entries)
        if source_parent.isValid() or destination_parent.isValid() or count < 1 \
                or source_row < 0 or source_row + count > n or not 0 <= destination_child <= n:
            return False
        if source_row <= destination_child <= source_row + count:
            return False   # onto itself: no change (and beginMoveRows would refuse)
        if not self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1,
                                  QModelIndex(), destination_child):
            return False
        moving = self._entries[source_row:source_row + count]
        del self._entries[source_row:source_row + count]
        at = destination_child - count if destination_child > source_row else destination_child
        self._entries[at:at] = moving
        self.endMoveRows()
        return True


class _FitWidthDelegate(QStyledItemDelegate):
    """Items as wide as the list, so long titles are elided instead of scrolled.

    QListView gives each item its size hint's width; a quote is wider than
    any list, and clipping mixed Arabic/Latin text cuts off its beginning.
    """

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        width = view.viewport().width() - 2 * view.spacing() if isinstance(view, QListView) else hint.width()
        return QSize(max(1, min(hint.width(), width)), hint.height())

    def paint(self, painter, option, index) -> None:
        # Qt's own eliding put a bare «…» after the isolate, at the title's start in the English UI.
        if not index.data(PartsRole):
            super().paint(painter, option, index)
            return
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        shown.text = self.shown_text(shown, index)
        style = shown.widget.style() if shown.widget else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, shown, painter, shown.widget)

    def shown_text(self, option, index) -> str:
        """The row's text as painted in `option.rect`: its title cut to fit inside the item's margins."""
        parts = index.data(PartsRole)
        if not parts:
            return index.data(Qt.DisplayRole) or ""
        style = option.widget.style() if option.widget else QApplication.style()
        margin = style.pixelMetric(QStyle.PM_FocusFrameHMargin, None, option.widget) + 1
        return fitted_row(*parts, option.fontMetrics.horizontalAdvance, option.rect.width() - 2 * margin)


class BasketView(QListView):
    """The basket as a list: drag to reorder, Delete to remove the selected entries."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("briefing_basket")
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.ElideRight)
        self.setItemDelegate(_FitWidthDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.Adjust)   # re-lays the items out (and re-elides) on resize
        self.setAlternatingRowColors(True)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectionModel().selectedIndexes()}) if self.selectionModel() else []

    def remove_selected(self) -> int:
        model = self.model()
        rows = self.selected_rows()
        if not rows or not isinstance(model, BriefingBasket):
            return 0
        removed = model.remove_rows(rows)
        # Keep the keyboard where it was: the entry now at the first removed row.
        row = min(rows[0], model.rowCount() - 1)
        if row >= 0:
            self.setCurrentIndex(model.index(row, 0))
        return removed

    def move_selected(self, step: int) -> bool:
        """Moves the selected entries one row up (-1) or down (+1), as a block."""
        model = self.model()
        rows = self.selected_rows()
        if not rows or not isinstance(model, BriefingBasket):
            return False
        if (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] == model.rowCount() - 1):
            return False
        # Persistent indexes follow the moves, so the selection stays on the moved entries.
        keep = [QPersistentModelIndex(model.index(r, 0)) for r in rows]
        for row in (rows if step < 0 else reversed(rows)):
            model.move(row, row + step)
        selection = self.selectionModel()
        selection.setCurrentIndex(QModelIndex(keep[0]), selection.SelectionFlag.NoUpdate)
        selection.clearSelection()
        for index in keep:
            selection.select(QModelIndex(index), selection.SelectionFlag.Select)
        return True

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.Delete) or event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
            self.remove_selected()
            event.accept()
            return
        if event.modifiers() & Qt.ControlModifier and event.key() in (Qt.Key_Up, Qt.Key_Down):
            self.move_selected(-1 if event.key() == Qt.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class BasketPanel(QWidget):
    """The basket list with its buttons and a count."""

    def __init__(self, basket: BriefingBasket, parent=None):
        super().__init__(parent)
        self.basket = basket
        self.view = BasketView(self)
        self.view.setModel(basket)
        self.count_label = QLabel(self)
        self.up_button = self._button(self.tr("Up"), self.tr("Move the selected records up (Ctrl+Up)"),
                                      lambda: self.view.move_selected(-1))
        self.down_button = self._button(self.tr("Down"), self.tr("Move the selected records down (Ctrl+Down)"),
                                        lambda: self.view.move_selected(1))
        self.remove_button = self._button(self.tr("Remove"), self.tr("Take the selected records out (Delete)"),
                                          self.view.remove_selected)
        self.clear_button = self._button(self.tr("Clear"), self.tr("Empty the briefing"), basket.clear)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        basket.changed.connect(self._update)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(False)
        button.clicked.connect(slot)
        return button

    def _update(self) -> None:
        n = self.basket.rowCount()
        rows = self.view.selected_rows()
        self.count_label.setText(self.tr("Records: %n", "", n))
        self.up_button.setEnabled(bool(rows) and rows[0] > 0)
        self.down_button.setEnabled(bool(rows) and rows[-1] < n - 1)
        self.remove_button.setEnabled(bool(rows))
        self.clear_button.setEnabled(n > 0)
