"""Open conflicts, shown to a person and never resolved silently: both versions side by side, field by field.

The list names each record in conflict, its kind, and why (edited on both
sides, deleted on one, still needed here, referring to what this store
lacks, or diverged). For the chosen one, a table gives each field a row:
its label (the kind registry's, in the UI language), this store's value and
theirs. Rows where the two differ are marked; in those, a click on a value
takes it into the merged record (a check shows which side each field comes
from). Keep Mine, Take Theirs or Save Merged resolves the conflict
(core/conflicts.resolve): the resolution is a new change that syncs like
any other and closes the conflict at the other site too. It is not an Undo
step (it cannot be taken back without reopening a conflict the other stores
may already have closed), so it is confirmed first.

A side that deleted the record shows «Deleted» in every row; such a
conflict is resolved as a whole (mine or theirs), never field by field.
Everything shown is plain text in table items: record text is never markup.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.core import arabic
from desktop.core import conflicts as core
from desktop.core import kinds
from desktop.core.errors import MarsadError
from desktop.ui import error_text, labels
from desktop.ui.bidi import isolate, isolate_ltr
from desktop.ui.delegates import HighlightDelegate
from desktop.ui.team import values

MINE, THEIRS = "mine", "theirs"
FIELD_COL, MINE_COL, THEIRS_COL = 0, 1, 2
SIDE_OF_COLUMN = {MINE_COL: MINE, THEIRS_COL: THEIRS}
NAME_ROLE = Qt.UserRole          # on a row's field cell: the field's name
DIFFERS_ROLE = Qt.UserRole + 1   # on every cell of a row: whether the two versions differ there
DIFFERS_BACKGROUND = QColor("#ffe9b3")   # light, with black text: readable on light and dark palettes
DELETED_FOREGROUND = QColor("#8a1c1c")
CELL_LIMIT = 300                 # characters of a long value shown in its cell (all of it below the table)


class _Changes(QObject):
    """Stands in for the window's StoreChanges when the dialog runs on its own."""
    changed = Signal(list)


def record_name(conflict: core.Conflict) -> str:
    """The record's name, title or text (this store's version, else theirs), or its id."""
    kind = kinds.get(conflict.kind)
    rec = conflict.mine or conflict.theirs or {}
    text = " ".join(str(rec.get(kind.main) or conflict.key).split())
    return text if len(text) <= 90 else text[:89] + "…"


def when(at: str | None) -> str:
    """An ISO time as a person reads it, in local time, to the minute."""
    if not at:
        return "?"
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


class ConflictsDialog(QDialog):
    """Every open conflict of `store`; resolving one emits `changes.changed([kind])` so the window refreshes."""

    def __init__(self, store, changes=None, language: str = "en", arabic_digits: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.store, self.language, self.arabic_digits = store, language, arabic_digits
        self.changes = changes if changes is not None else _Changes()
        self.conflicts: list[core.Conflict] = []
        self.current: core.Conflict | None = None
        self.choices: dict[str, str] = {}       # field -> MINE or THEIRS, for the fields that differ
        self.names: dict[str, str] = {}
        self._filling = False
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1180, 700)
        self._build()
        # A bound method, not a lambda: Qt drops the connection when the dialog is gone.
        self.changes.changed.connect(self._store_changed)
        self.reload()

    def _store_changed(self, _kinds: list) -> None:
        self.reload()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.count = QLabel(self)
        self.count.setObjectName("conflict_count")
        layout.addWidget(self.count)
        splitter = QSplitter(Qt.Horizontal, self)
        self.list = QTreeWidget(splitter)
        self.list.setObjectName("conflict_list")
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Record"), self.tr("Kind"), self.tr("Why")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setColumnWidth(0, 170)
        self.list.setColumnWidth(1, 60)
        # A record's name is record text: elided at the end that was cut, whatever the UI.
        for column in (0, 2):
            self.list.setItemDelegateForColumn(column, HighlightDelegate(self.list))
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

        side = QWidget(splitter)
        col = QVBoxLayout(side)
        col.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(side)
        self.heading.setObjectName("conflict_heading")
        self.heading.setTextFormat(Qt.PlainText)     # a record's name is record text, never markup
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        col.addWidget(self.heading)
        self.reason = QLabel(side)
        self.reason.setObjectName("conflict_reason")
        self.reason.setTextFormat(Qt.PlainText)
        self.reason.setWordWrap(True)
        col.addWidget(self.reason)
        self.versions = QLabel(side)
        self.versions.setObjectName("conflict_versions")
        self.versions.setTextFormat(Qt.PlainText)
        self.versions.setWordWrap(True)
        col.addWidget(self.versions)
        self.only_differing = QCheckBox(self.tr("Only the fields that differ"), side)
        self.only_differing.toggled.connect(lambda _on: self._fill_table())
        col.addWidget(self.only_differing)

        self.table = QTableWidget(0, 3, side)
        self.table.setObjectName("comparison")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine (this store)"), self.tr("Theirs")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD_COL, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(MINE_COL, QHeaderView.Stretch)
        header.setSectionResizeMode(THEIRS_COL, QHeaderView.Stretch)
        # Rows take the height of their wrapped text once the columns have their widths (and again after).
        self._row_heights = QTimer(self)
        self._row_heights.setSingleShot(True)
        self._row_heights.setInterval(0)
        self._row_heights.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._row_heights.start())
        self.table.cellClicked.connect(self._cell_clicked)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_full(row))
        col.addWidget(self.table, 3)
        self.hint = QLabel(self.tr("Where the versions differ (marked), click the value to keep: the checks "
                                   "build the merged record."), side)
        self.hint.setWordWrap(True)
        col.addWidget(self.hint)
        full = QHBoxLayout()
        self.mine_full = self._full_text(side, self.tr("This store's value of the chosen field, whole"))
        self.theirs_full = self._full_text(side, self.tr("Their value of the chosen field, whole"))
        full.addWidget(self.mine_full)
        full.addWidget(self.theirs_full)
        col.addLayout(full, 1)
        splitter.addWidget(self.list)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([360, 820])
        layout.addWidget(splitter, 1)

        row = QHBoxLayout()
        self.mine_button = QPushButton(self.tr("Keep &Mine"), self)
        self.mine_button.setToolTip(self.tr("Keep this store's version as it is"))
        self.theirs_button = QPushButton(self.tr("Take &Theirs"), self)
        self.theirs_button.setToolTip(self.tr("Replace this store's version with theirs"))
        self.merged_button = QPushButton(self.tr("&Save Merged"), self)
        self.merged_button.setToolTip(self.tr("Keep the values checked in each row: yours where mine is "
                                              "checked, theirs where theirs is"))
        for button, choice in ((self.mine_button, MINE), (self.theirs_button, THEIRS),
                               (self.merged_button, "merged")):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, ch=choice: self.resolve(ch))
            row.addWidget(button)
        row.addStretch(1)
        self.note = QLabel(self.tr("A resolution goes to the other stores at the next exchange or sync."), self)
        row.addWidget(self.note)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)

    def _full_text(self, parent, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setReadOnly(True)
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.setPlaceholderText(self.tr("Choose a row to see both values whole."))
        box.setMaximumHeight(self.fontMetrics().height() * 7)
        return box

    # --- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the open conflicts again (after a resolution, or the store changed); keeps the place."""
        key = self.current.key if self.current else None
        row = max(0, self.list.indexOfTopLevelItem(self.list.currentItem())) if self.list.currentItem() else 0
        self.conflicts = core.open_conflicts(self.store)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            item = QTreeWidgetItem([record_name(conflict), labels.kind(conflict.kind), self.reason_text(conflict)])
            item.setData(0, Qt.UserRole, conflict.key)
            item.setToolTip(0, conflict.key)
            item.setToolTip(2, self.reason_text(conflict))
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        n = len(self.conflicts)
        self.count.setText(self.tr("%n open conflict(s): records changed here and at another store. Choose "
                                   "what to keep for each.", "", n) if n else
                           self.tr("No open conflicts: every record agrees with what came from the other stores."))
        keys = [c.key for c in self.conflicts]
        if n:
            at = keys.index(key) if key in keys else min(row, n - 1)
            self.list.setCurrentItem(self.list.topLevelItem(at))
        self._show_current()

    def reason_text(self, conflict: core.Conflict) -> str:
        """Why the record is in conflict, in the UI language."""
        reasons = {
            "edited": self.tr("Edited on both sides"),
            "deleted_here": self.tr("Deleted here, edited there"),
            "deleted_there": self.tr("Edited here, deleted there"),
            "in_use": self.tr("Deleted there, but records here still need it"),
            "missing": self.tr("Theirs refers to records this store does not have"),
            "diverged": self.tr("Different on each side under the same version (edited with another program, "
                                "or in a copy made before it became a store of its own)"),
        }
        return reasons.get(conflict.reason, conflict.reason)

    def _site_names(self) -> dict[str, str]:
        own = self.store.site_id()
        out = {p["site"]: p["name"] or p["site"][:8] for p in self.store.peers()}
        out[own] = self.tr("this store")
        return out

    def _show_current(self) -> None:
        item = self.list.currentItem()
        key = item.data(0, Qt.UserRole) if item is not None else None
        self.current = next((c for c in self.conflicts if c.key == key), None)
        c = self.current
        self.choices = {name: MINE for name in c.fields} if c else {}
        if c is None:
            self.heading.setText("")
            self.reason.setText("")
            self.versions.setText("")
        else:
            self.heading.setText(labels.kind(c.kind) + ": " + record_name(c))
            self.reason.setText(self.reason_text(c) + self._detail_text(c))
            self.versions.setText(self._versions_text(c))
            self.names = self.store.display_names(values.references(c.kind, c.mine, c.theirs))
        sites = self._site_names() if c else {}
        theirs = sites.get(c.origin, c.origin[:8]) if c else ""
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"),
            self.tr("Mine (this store)") if not c or c.mine is not None else self.tr("Mine: deleted"),
            (self.tr("Theirs (%1)").replace("%1", theirs) if not c or c.theirs is not None
             else self.tr("Theirs (%1): deleted").replace("%1", theirs))])
        self._fill_table()
        self._update_buttons()

    def _detail_text(self, c: core.Conflict) -> str:
        detail = c.detail if isinstance(c.detail, dict) else {}
        if c.reason == "in_use" and detail.get("count"):
            return " — " + self.tr("%n record(s) here still need it", "", int(detail["count"]))
        if c.reason == "missing" and detail.get("missing"):
            return " — " + self.tr("missing here: %1").replace("%1", ", ".join(
                isolate(str(k)) for k in detail["missing"][:5]))
        return ""

    def _versions_text(self, c: core.Conflict) -> str:
        sites = self._site_names()

        def side(label: str, version: dict) -> str:
            return (label.replace("%1", str(version.get("version") or "?"))
                    .replace("%2", isolate_ltr(when(version.get("at"))))
                    .replace("%3", isolate(sites.get(version.get("site"), version.get("site") or "?"))))

        return "\n".join([side(self.tr("Mine: version %1, changed %2 by %3"), c.mine_version),
                          side(self.tr("Theirs: version %1, changed %2 by %3"), c.theirs_version)])

    # --- the comparison -----------------------------------------------------------------------------

    def shown_fields(self) -> list[str]:
        """The rows: every field either version has a value in (only those that differ, when asked)."""
        c = self.current
        if c is None:
            return []
        differing = set(c.fields)
        mine, theirs = c.mine or {}, c.theirs or {}
        out = []
        for fld in kinds.get(c.kind).fields:
            if self.only_differing.isChecked() and fld.name not in differing:
                continue
            if values.present(mine.get(fld.name)) or values.present(theirs.get(fld.name)):
                out.append(fld.name)
        return out

    def can_merge(self) -> bool:
        """Field by field only when both sides have the record."""
        return self.current is not None and self.current.mine is not None and self.current.theirs is not None

    def _fill_table(self) -> None:
        self._filling = True
        self.table.setRowCount(0)
        c = self.current
        names = self.shown_fields()
        self.table.setRowCount(len(names))
        kind = kinds.get(c.kind) if c else None
        differing = set(c.fields) if c else set()
        for row, name in enumerate(names):
            fld = kind.field(name)
            differs = name in differing
            label = QTableWidgetItem(labels.field(fld))
            label.setData(NAME_ROLE, name)
            self.table.setItem(row, FIELD_COL, label)
            for col, rec in ((MINE_COL, c.mine), (THEIRS_COL, c.theirs)):
                self.table.setItem(row, col, self._value_item(fld, rec, col))
            for col in (FIELD_COL, MINE_COL, THEIRS_COL):
                cell = self.table.item(row, col)
                cell.setData(DIFFERS_ROLE, differs)
                if differs:
                    cell.setBackground(QBrush(DIFFERS_BACKGROUND))
                    if cell.foreground().color() != DELETED_FOREGROUND:
                        cell.setForeground(QBrush(QColor("#000000")))
                    if col == FIELD_COL:
                        bold = QFont(cell.font())
                        bold.setBold(True)
                        cell.setFont(bold)
                        cell.setToolTip(self.tr("The two versions differ here"))
        self._show_choices()
        self._row_heights.start()
        self._filling = False
        # The first row that differs is the one to look at: its two values are shown whole below.
        first = next((row for row, name in enumerate(names) if name in differing), 0 if names else -1)
        self.table.setCurrentCell(first, FIELD_COL)
        self._show_full(first)

    def _value_item(self, fld, rec: dict | None, col: int) -> QTableWidgetItem:
        if rec is None:
            # Not italic: Arabic has no italic, and a slanted fallback font may lack its letters.
            item = QTableWidgetItem(self.tr("Deleted"))
            item.setForeground(QBrush(DELETED_FOREGROUND))
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            return item
        full = values.text(fld, rec.get(fld.name), self.names, self.language, self.arabic_digits)
        shown = full if len(full) <= CELL_LIMIT else full[:CELL_LIMIT - 1] + "…"
        item = QTableWidgetItem(shown)
        item.setData(Qt.UserRole, full)
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        return item

    def _show_choices(self) -> None:
        """A check on the side each differing field is taken from (when the record can be merged)."""
        merge = self.can_merge() and not self.store.readonly
        for row in range(self.table.rowCount()):
            name = self.table.item(row, FIELD_COL).data(NAME_ROLE)
            for col, side in SIDE_OF_COLUMN.items():
                item = self.table.item(row, col)
                if name not in self.choices or not merge:
                    continue
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
                chosen = self.choices[name] == side
                item.setCheckState(Qt.Checked if chosen else Qt.Unchecked)
                font = QFont(item.font())
                font.setBold(chosen)
                item.setFont(font)

    def choose(self, name: str, side: str) -> None:
        """Take field `name` from `side` (MINE or THEIRS) into the merged record."""
        if side not in (MINE, THEIRS) or name not in self.choices or not self.can_merge():
            return
        self.choices[name] = side
        self._filling = True
        self._show_choices()
        self._filling = False

    def _cell_clicked(self, row: int, col: int) -> None:
        item = self.table.item(row, FIELD_COL)
        if item is not None and col in SIDE_OF_COLUMN:
            self.choose(item.data(NAME_ROLE), SIDE_OF_COLUMN[col])

    def _item_changed(self, item: QTableWidgetItem) -> None:
        """Space on a value, or a click on its check: that side is chosen (a check is never just cleared)."""
        if self._filling or item.column() not in SIDE_OF_COLUMN:
            return
        name = self.table.item(item.row(), FIELD_COL).data(NAME_ROLE)
        side = SIDE_OF_COLUMN[item.column()]
        if item.checkState() == Qt.Checked:
            self.choose(name, side)
        else:
            self.choose(name, self.choices.get(name, MINE))     # unchecking the chosen side keeps it

    def _show_full(self, row: int) -> None:
        ui = "rtl" if self.isRightToLeft() else "ltr"
        for box, col in ((self.mine_full, MINE_COL), (self.theirs_full, THEIRS_COL)):
            item = self.table.item(row, col) if row >= 0 else None
            text = (item.data(Qt.UserRole) or item.text()) if item is not None else ""
            # A value reads in its own direction (an Arabic summary in the English UI too), from its first letter.
            rtl = arabic.text_direction(text, ui) == "rtl"
            option = box.document().defaultTextOption()
            option.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
            option.setAlignment(Qt.AlignRight | Qt.AlignAbsolute if rtl else Qt.AlignLeft | Qt.AlignAbsolute)
            box.document().setDefaultTextOption(option)
            box.setPlainText(text)

    def merged_values(self) -> dict:
        """The fields taken from theirs, over this store's version (None removes a field theirs lacks)."""
        theirs = (self.current.theirs or {}) if self.current else {}
        return {name: theirs.get(name) for name, side in self.choices.items() if side == THEIRS}

    def _update_buttons(self) -> None:
        writable = self.current is not None and not self.store.readonly
        self.mine_button.setEnabled(writable)
        self.theirs_button.setEnabled(writable)
        self.merged_button.setEnabled(writable and self.can_merge())
        self.only_differing.setEnabled(self.current is not None)
        self.hint.setVisible(self.can_merge())

    # --- resolving ---------------------------------------------------------------------------------

    def resolve(self, choice: str) -> bool:
        """Resolve the chosen conflict as mine, theirs or merged, once confirmed; True when done."""
        c = self.current
        if c is None or self.store.readonly or (choice == "merged" and not self.can_merge()):
            return False
        if not self._confirm(c, choice):
            return False
        try:
            core.resolve(self.store, c.key, choice, self.merged_values() if choice == "merged" else None)
        except (MarsadError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Conflicts"), error_text.describe(exc))
            self.reload()
            return False
        # The window refreshes its tabs and status, and this dialog reads the conflicts again (reload).
        self.changes.changed.emit([c.kind])
        return True

    def _confirm(self, c: core.Conflict, choice: str) -> bool:
        text = {MINE: self.tr("Keep this store's version of “%1”?"),
                THEIRS: self.tr("Take their version of “%1”?"),
                "merged": self.tr("Save the merged version of “%1”?")}[choice].replace("%1", record_name(c))
        box = QMessageBox(QMessageBox.Question, self.tr("Resolve Conflict"), text,
                          QMessageBox.Yes | QMessageBox.Cancel, self)
        box.setTextFormat(Qt.PlainText)
        box.setInformativeText(self.tr("The choice becomes a new change that goes to the other stores at the "
                                       "next exchange or sync. Undo cannot take it back."))
        box.setDefaultButton(QMessageBox.Yes)
        return box.exec() == QMessageBox.Yes


def show_conflicts(parent, store, changes=None, language: str = "en", arabic_digits: bool = False,
                   modal: bool = False) -> ConflictsDialog:
    """The conflicts view: modal (from another modal dialog) or beside the window (one per parent)."""
    if not modal and parent is not None:
        found = parent.findChild(ConflictsDialog, "conflicts_dialog")
        if found is not None and found.store is store:
            found.reload()
            found.show()
            found.raise_()
            found.activateWindow()
            return found
    dialog = ConflictsDialog(store, changes, language, arabic_digits, parent)
    if modal:
        dialog.exec()
        dialog.deleteLater()
    else:
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
    return dialog
