"""Help > Keyboard Shortcuts: every action of the window with its keys.

Each key sequence is a left-to-right isolate, as in the menus
(menu_style.py): in the Arabic UI «Ctrl+,» would otherwise read «,+Ctrl».
Sequences are joined with the UI language's list separator; an action with
many shows its first ones, and all of them in the cell's tooltip.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from desktop.ui import labels
from desktop.ui.bidi import isolate_ltr

SHOWN_KEYS = 2      # more would widen the column for one action (Redo has three)


def keys_text(sequences: list[str], language: str, shown: int = SHOWN_KEYS) -> str:
    """The sequences as a cell shows them: each isolated, the first `shown`, «…» when there are more."""
    text = labels.list_separator(language).join(isolate_ltr(keys) for keys in sequences[:shown])
    return text + ("…" if len(sequences) > shown else "")


class ShortcutsDialog(QDialog):
    def __init__(self, actions, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        language = "ar" if self.isRightToLeft() else "en"
        rows = sorted({(a.text().replace("&", "").rstrip("…"),
                        tuple(s.toString(QKeySequence.NativeText) for s in a.shortcuts()))
                       for a in actions if a.shortcuts() and a.text()})
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        for i, (text, sequences) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(text))
            keys = QTableWidgetItem(keys_text(list(sequences), language))
            if len(sequences) > SHOWN_KEYS:
                keys.setToolTip("\n".join(isolate_ltr(s) for s in sequences))
            table.setItem(i, 1, keys)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        wanted = QSize(table.columnWidth(0) + table.columnWidth(1), table.horizontalHeader().height()
                       + sum(table.rowHeight(i) for i in range(table.rowCount())))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self._open_at(wanted, buttons.sizeHint().height())

    def _open_at(self, table_size: QSize, buttons_height: int) -> None:
        """Every row and every key whole where the screen allows it (at 520×560 the Arabic list scrolled
        and its longest keys were cut)."""
        margins = self.layout().contentsMargins()
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        width = table_size.width() + frame + margins.left() + margins.right()
        height = (table_size.height() + 2 * self.table.frameWidth() + buttons_height
                  + self.layout().spacing() + margins.top() + margins.bottom())
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(max(width, 520), int(screen.width() * 0.9)), min(max(height, 400), int(screen.height() * 0.9)))
