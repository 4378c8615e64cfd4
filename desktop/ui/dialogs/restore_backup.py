"""File ▸ Restore from an automatic backup: the store's copies, newest first, as `marsad backups` lists them.

The list comes from core (Store.backups); choosing one and confirming
restores it through Store.restore, which keeps a copy of what it replaces.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from desktop.ui import labels


def digits(text: str) -> str:
    """Western digits, as the app writes dates and counts, unless the user chose Arabic-Indic ones."""
    from desktop.ui import settings
    if settings.General().arabic_digits():
        from desktop.core.arabic import to_arabic_indic_digits
        return to_arabic_indic_digits(text).replace(",", "٬").replace(".", "٫")
    return text


def reason_text(reason: str) -> str:
    """Why a copy was taken, in the UI's language (an unknown reason is shown as written)."""
    if reason.startswith("before-schema-"):
        return QCoreApplication.translate("RestoreBackupDialog", "Before the upgrade to schema %1").replace(
            "%1", digits(reason.rpartition("-")[2]))
    known = {"before-repair": QCoreApplication.translate("RestoreBackupDialog", "Before a repair"),
             "before-restore": QCoreApplication.translate("RestoreBackupDialog", "Before a restore"),
             "before-import": QCoreApplication.translate("RestoreBackupDialog", "Before a large import"),
             "daily": QCoreApplication.translate("RestoreBackupDialog", "Daily")}
    return known.get(reason, reason)


class RestoreBackupDialog(QDialog):
    """Lists the copies; `chosen()` is the selected one after exec() returns Accepted."""

    def __init__(self, copies: list, parent=None):
        super().__init__(parent)
        self.copies = copies
        self.setWindowTitle(self.tr("Restore from an Automatic Backup"))
        self.resize(720, 380)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Marsad copies the store before upgrades, repairs, restores and large imports, "
                              "and once a day. Restoring keeps a copy of the store as it is now."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(copies), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Records"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, copy in enumerate(copies):
            taken = digits(f"{copy.taken:%Y-%m-%d %H:%M}")
            if copy.counts:
                records = digits(f"{sum(copy.counts.values()):,}")
                held = "\n".join(f"{labels.kind_plural(k)}: {digits(f'{n:,}')}" for k, n in copy.counts.items())
            else:
                records, held = self.tr("Cannot be read"), copy.problem or ""
            size = self.tr("%1 MB").replace("%1", digits(f"{copy.size / 2**20:,.1f}"))
            for col, text in enumerate((taken, reason_text(copy.reason), records, size)):
                item = QTableWidgetItem(text)
                item.setToolTip(held if col == 2 else str(copy.path))
                if col >= 2:
                    item.setTextAlignment(Qt.AlignVCenter | Qt.AlignTrailing)
                self.table.setItem(row, col, item)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("There are no automatic backups of this store yet."))
        self.empty.setVisible(not copies)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept() if self.chosen() else None)
        if copies:
            # The newest, ready for the keyboard (setCurrentCell: selectRow selects nothing right to left).
            self.table.setCurrentCell(0, 0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        copy = self.chosen()
        self.restore_button.setEnabled(copy is not None and bool(copy.counts))

    def chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return self.copies[rows[0].row()] if rows else None
