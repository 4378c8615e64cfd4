"""A calendar in the Arabic UI the way the rest of the app writes dates.

Qt's calendar takes the default locale (Arabic, Iraq): «كانون الأول» and
Arabic-Indic digits whatever the analyst chose, and it marks Saturday and
Sunday as the weekend. Tables write «ديسمبر» and the digits of
Preferences ▸ Digits, and the analysts' weekend is Friday and Saturday.
Egypt's locale has those month names with Arabic-Indic digits, Libya's the
same names with 0123, so the digits preference picks one of the two.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit

from desktop.ui import settings

WEEKEND = (Qt.Friday, Qt.Saturday)


def arabic_calendar_locale(arabic_digits: bool) -> QLocale:
    return QLocale(QLocale.Arabic, QLocale.Egypt if arabic_digits else QLocale.Libya)


def suit(calendar: QCalendarWidget) -> None:
    """`calendar` in the UI's month names, digits and weekend (the English UI keeps Qt's own)."""
    if not calendar.isRightToLeft():
        return
    calendar.setLocale(arabic_calendar_locale(settings.General().arabic_digits()))
    calendar.setFirstDayOfWeek(Qt.Saturday)
    weekend = calendar.weekdayTextFormat(Qt.Sunday)     # Qt's weekend look, moved to the right days
    for day in (Qt.Monday, Qt.Tuesday, Qt.Wednesday, Qt.Thursday, Qt.Sunday):
        calendar.setWeekdayTextFormat(day, QTextCharFormat(calendar.weekdayTextFormat(Qt.Monday)))
    for day in WEEKEND:
        calendar.setWeekdayTextFormat(day, weekend)


def suit_date_edit(edit: QDateEdit) -> None:
    """A date field and its calendar in the Arabic UI's month names and digits: the field itself
    shows its date in the widget's locale («٢٠٢٦-١٢-٠٥» whatever Preferences says) otherwise."""
    suit(edit.calendarWidget())
    if edit.isRightToLeft():
        edit.setLocale(arabic_calendar_locale(settings.General().arabic_digits()))


def show_iso(edit: QDateEdit) -> None:
    """The field shows its date year first (2026-12-05), as dates are typed everywhere in the app.

    Qt reverses a right-to-left field's sections, expecting them laid out right to left; but
    «2026-12-05» is one left-to-right number run, so «yyyy-MM-dd» read «05-12-2026», day first.
    The reversed format, reversed by Qt, shows the year first and keeps it the first section."""
    edit.setDisplayFormat("dd-MM-yyyy" if edit.isRightToLeft() else "yyyy-MM-dd")
