"""The composer's date field shows its date year first, as dates are typed everywhere in the app: in the
Arabic UI it read «05-12-2026», day first (Qt reversed the sections of a right-to-left field)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit

from desktop.core.arabic import to_western_digits
from desktop.ui import settings
from desktop.ui.briefing.composer import BriefingComposer


def _composer(qtbot, store) -> BriefingComposer:
    dialog = BriefingComposer(store, "ar")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.date_edit.setDate(QDate(2026, 12, 5))
    return dialog


@pytest.mark.parametrize("arabic_digits", [False, True])
def test_the_arabic_date_field_reads_year_first(qtbot, arabic, sample_store, arabic_digits):
    settings.General().set_arabic_digits(arabic_digits)
    try:
        edit = _composer(qtbot, sample_store).date_edit
    finally:
        settings.General().set_arabic_digits(False)
    assert edit.isRightToLeft()                           # still mirrored with the UI: its button on the left
    assert to_western_digits(edit.text()) == "2026-12-05"
    assert edit.sectionAt(0) == QDateTimeEdit.YearSection
    if not arabic_digits:
        line = edit.findChild(QLineEdit)
        line.setCursorPosition(0)
        year = line.cursorRect().center().x()
        line.setCursorPosition(len("2026-12-"))
        assert line.cursorRect().center().x() > year      # «2026» at the left, the day at the right


def test_the_english_date_field_reads_year_first(qtbot, sample_store):
    edit = _composer(qtbot, sample_store).date_edit
    assert edit.text() == "2026-12-05" and edit.sectionAt(0) == QDateTimeEdit.YearSection
