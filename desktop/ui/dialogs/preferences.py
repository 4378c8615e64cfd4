"""Preferences: the UI language (and with it the layout direction)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel


class PreferencesDialog(QDialog):
    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language_box = QComboBox(self)
        self.language_box.addItem("العربية", "ar")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        caption = QLabel(self.tr("&Language"), self)
        caption.setBuddy(self.language_box)
        form.addRow(caption, self.language_box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def language(self) -> str:
        return self.language_box.currentData()
