"""The composer's list of figures: story views (timeline, link chart, map) drawn into the briefing.

A figure arrives from a view's "Add to Briefing" with the drawing the analyst
arranged there; here it can be removed or moved. The entries are the spec's
own (desktop.core.figures.figure.entry), so what is listed is what prints.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from desktop.ui.icons import icon

EntryRole = Qt.UserRole + 1


class FiguresPanel(QGroupBox):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Figures"))
        self.setObjectName("figures_panel")
        self.list = QListWidget(self)
        self.list.setObjectName("figures")
        self.list.setMaximumHeight(90)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Earlier"), self)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Later"), self)
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setVisible(False)      # shown once a briefing has a figure: most have none
        self._update_buttons()

    def _title(self, entry: dict) -> str:
        names = {"timeline": self.tr("Timeline"), "links": self.tr("Link Chart"), "map": self.tr("Map")}
        title = (entry.get("scene") or {}).get("title") or ""
        name = names.get(entry.get("view"), entry.get("view", ""))
        return f"{name} — {title}" if title else name

    def entries(self) -> tuple:
        return tuple(self.list.item(i).data(EntryRole) for i in range(self.list.count()))

    def set_entries(self, entries) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for entry in entries:
            self._append(entry)
        self.list.blockSignals(False)
        self._update_buttons()

    def _append(self, entry: dict) -> None:
        item = QListWidgetItem(self._title(entry))
        item.setData(EntryRole, entry)
        self.list.addItem(item)

    def add(self, entry: dict) -> None:
        self._append(entry)
        self.list.setCurrentRow(self.list.count() - 1)
        self._update_buttons()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._update_buttons()
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.setVisible(self.list.count() > 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
