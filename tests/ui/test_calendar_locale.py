"""The date picker's calendar in the Arabic UI: the app's month names and digits, and a Friday–Saturday weekend."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QTableView, QToolButton  # noqa: E402

from desktop.ui import settings  # noqa: E402
from desktop.ui.dialogs.date_input import DateEdit  # noqa: E402


@pytest.fixture
def calendar_of(qtbot):
    fields = []

    def make(day: QDate):
        fields.append(DateEdit())       # held here: the calendar lives as long as its field
        qtbot.addWidget(fields[-1])
        calendar = fields[-1].calendar
        calendar.setSelectedDate(day)
        calendar.show()
        qtbot.waitExposed(calendar)
        return calendar
    return make


def cell(calendar, day: QDate):
    """The text and colour of `day`'s cell, as the calendar's grid draws them."""
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    weeks = range(1, 3) if day.day() < 15 else range(3, model.rowCount())   # not the last or next month's
    for row in weeks:
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if index.data() == day.day():
                return (view.itemDelegate().displayText(index.data(), view.locale()),
                        index.data(Qt.ForegroundRole))
    raise AssertionError(f"no cell for {day}")


@pytest.mark.parametrize("arabic_digits", [False, True])
def test_arabic_calendar_writes_the_apps_months_and_digits(calendar_of, arabic, arabic_digits):
    settings.General().set_arabic_digits(arabic_digits)
    calendar = calendar_of(QDate(2025, 12, 19))
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton").text()
    year = calendar.findChild(QToolButton, "qt_calendar_yearbutton").text()
    assert month == "ديسمبر"                  # as the tables write it, not «كانون الأول»
    assert year == ("٢٠٢٥" if arabic_digits else "2025")
    assert cell(calendar, QDate(2025, 12, 19))[0] == ("١٩" if arabic_digits else "19")


def test_arabic_calendar_weekend_is_friday_and_saturday(calendar_of, arabic):
    calendar = calendar_of(QDate(2025, 12, 17))
    thursday, friday, saturday, sunday = (cell(calendar, QDate(2025, 12, d))[1] for d in (18, 19, 20, 21))
    assert friday == saturday == QColor(Qt.red)            # Qt's weekend colour
    assert sunday == thursday != friday
    assert calendar.firstDayOfWeek() == Qt.Saturday


def test_english_calendar_keeps_qts_own(calendar_of):
    calendar = calendar_of(QDate(2025, 12, 19))
    assert calendar.findChild(QToolButton, "qt_calendar_monthbutton").text() == "December"
