"""Preferences: the UI language (and with it the layout direction), and how many automatic backups to keep."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox

from desktop.ui import settings


class PreferencesDialog(QDialog):
    def __init__(self, language: str, parent=None, backups_kept: int | None = None):
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
        self.kept_box = QSpinBox(self)
        self.kept_box.setRange(*settings.Backups.KEPT_RANGE)
        self.kept_box.setValue(backups_kept if backups_kept is not None else settings.Backups().kept())
        self.kept_box.setToolTip(self.tr("Marsad copies the store before upgrades, restores and large imports, "
                                         "and once a day when it changed; older copies beyond this number are removed."))
        kept_caption = QLabel(self.tr("Automatic &backups kept per store"), self)
        kept_caption.setBuddy(self.kept_box)
        form.addRow(kept_caption, self.kept_box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def language(self) -> str:
        return self.language_box.currentData()

    def backups_kept(self) -> int:
        return self.kept_box.value()
