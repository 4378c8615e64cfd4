"""Preferences: the UI language (and with it the layout direction), how many automatic backups to keep,
the digits numbers are written in, a new briefing's paper, and the text size of the tables and the detail pane."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox

from desktop.core.briefing import PAPERS
from desktop.ui import settings
from desktop.ui.dialogs.start_aligned import align_to_start


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

        self.digits_box = QComboBox(self)
        self.digits_box.setObjectName("digits")
        # Each shown in its own digits, so the choice reads as what it gives.
        self.digits_box.addItem(self.tr("Western (0123)"), False)
        self.digits_box.addItem(self.tr("Arabic-Indic (٠١٢٣)"), True)
        self.digits_box.setCurrentIndex(1 if settings.General().arabic_digits() else 0)
        self.digits_box.setToolTip(self.tr("The digits of counts and dates in the Arabic interface; "
                                           "the English interface always writes 0123."))
        self._row(form, self.tr("&Digits"), self.digits_box)

        self.paper_box = QComboBox(self)
        self.paper_box.setObjectName("paper")
        names = {"A4": self.tr("A4"), "Letter": self.tr("Letter")}
        for paper in PAPERS:
            self.paper_box.addItem(names.get(paper, paper), paper)
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(settings.BriefingDefaults().paper())))
        self.paper_box.setToolTip(self.tr("The paper a new briefing starts with; each briefing can change it."))
        self._row(form, self.tr("Briefing &paper"), self.paper_box)

        self.font_box = TextSizeBox(self)
        self.font_box.setObjectName("font_size")
        # The lowest step is no size but the system's: smaller text than 6 points is unreadable anyway.
        self.font_box.setRange(SYSTEM_SIZE_STEP, settings.Appearance.FONT_RANGE[1])
        self.font_box.setSpecialValueText(self.tr("System size"))
        self.font_box.setSuffix(self.tr(" pt"))
        self.font_box.setValue(max(settings.Appearance().font_size(), SYSTEM_SIZE_STEP))
        self.font_box.setToolTip(self.tr("The text size of the tables and the detail pane."))
        self._row(form, self.tr("&Text size"), self.font_box)

        for box in (self.kept_box, self.font_box):
            align_to_start(box)     # a number and «System size» alike, not each by its own script
        self._show_digits()
        self.digits_box.currentIndexChanged.connect(self._show_digits)

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _show_digits(self) -> None:
        """The spin boxes write their numbers in the digits chosen (the Arabic locale would always write ١٠)."""
        arabic = self.isRightToLeft() and self.arabic_digits()
        locale = QLocale(QLocale.Arabic, QLocale.Iraq) if arabic else QLocale.c()
        for box in (self.kept_box, self.font_box):
            box.setLocale(locale)
            box.setValue(box.value())      # shown again in the new digits

    def _row(self, form: QFormLayout, caption_text: str, field) -> None:
        caption = QLabel(caption_text, self)
        caption.setBuddy(field)
        form.addRow(caption, field)

    def language(self) -> str:
        return self.language_box.currentData()

    def backups_kept(self) -> int:
        return self.kept_box.value()

    def arabic_digits(self) -> bool:
        return bool(self.digits_box.currentData())

    def paper(self) -> str:
        return self.paper_box.currentData()

    def font_size(self) -> int:
        """Points, or 0 for the system's size."""
        value = self.font_box.value()
        return 0 if value == SYSTEM_SIZE_STEP else value


SYSTEM_SIZE_STEP = 5     # the spin box's lowest step, shown as «System size»


class TextSizeBox(QSpinBox):
    """The text size: its lowest step stands for the system's size, so Up from there goes to the
    size above the system's, not to the range's next number (a size smaller than the system's)."""

    def stepBy(self, steps: int) -> None:
        system = QApplication.font().pointSize()
        if self.value() == SYSTEM_SIZE_STEP and steps > 0 and system > SYSTEM_SIZE_STEP:
            self.setValue(min(system + steps, self.maximum()))
            return
        super().stepBy(steps)
