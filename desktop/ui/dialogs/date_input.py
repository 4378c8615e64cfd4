"""A date field that keeps the precision a date is known to: a year, a month or a day.

The store writes dates as "2025", "2025-03" or "2025-03-14" (the
date_precision field says something else: whether the date is approximate).
Here the date is typed as that text (or as the app shows dates, «12 ديسمبر
2025», read by the import sheet's reader), or picked in a calendar; beside it a
drop-down says how much of it is known. Typing sets the drop-down; a date
picked in the calendar is kept at the precision the drop-down shows, so a
month stays a month: 2025-03 never silently becomes 2025-03-01. Only a
change of the drop-down itself changes the text, and it says so: to a
coarser date by dropping the day or month, to a finer one by starting at
the first month or day. Alt+Down or F4 opens the calendar from the text.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (QCalendarWidget, QComboBox, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget,
                               QWidgetAction)

from desktop.core import arabic
from desktop.core.errors import InputError
from desktop.core.typed_dates import typed_date
from desktop.ui import calendar_locale, icons
from desktop.ui.dialogs.start_aligned import align_to_start

YEAR, MONTH, DAY = 1, 2, 3          # how many parts of the date are known
_PARTS = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parts(text: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a typed date, as far as it goes; None when it is no date of ours."""
    found = _PARTS.match(arabic.to_western_digits(text.strip()))
    if not found:
        # A date written the way the app shows it («12 ديسمبر 2025», «كانون الأول 2025»), read as import reads it.
        found = _PARTS.match(stored_date(text) or "-")
    if not found:
        return None
    year, month, day = (int(g) if g else None for g in found.groups())
    return year, month, day


def precision_of(text: str) -> int | None:
    found = parts(text)
    if found is None:
        return None
    return DAY if found[2] is not None else MONTH if found[1] is not None else YEAR


def stored_date(text: str) -> str:
    """The store's ISO text of a typed date at the precision typed; "" when it is no date (or empty)."""
    try:
        return typed_date(text)
    except InputError:
        return ""


def at_precision(year: int, month: int | None, day: int | None, precision: int) -> str:
    """The date written to `precision`: what is not known is dropped, what is missing starts at 1."""
    if precision == YEAR:
        return f"{year:04d}"
    if precision == MONTH:
        return f"{year:04d}-{month or 1:02d}"
    month = month or 1
    last = QDate(year, month, 1).daysInMonth() if 1 <= month <= 12 else 31
    return f"{year:04d}-{month:02d}-{min(day or 1, last):02d}"


class DateEdit(QWidget):
    textChanged = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        # Mirrored with the UI (the clear button, the placeholder, the drop-down and the calendar after it):
        # the line edit lays out the date's digits and dashes left to right by themselves, as their own
        # direction, so «2025-» reads as typed even in the Arabic UI.
        align_to_start(self.edit)
        self.edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.edit.setClearButtonEnabled(True)
        line.addWidget(self.edit, 1)
        self.precision = QComboBox(self)
        for label, value in ((self.tr("Year"), YEAR), (self.tr("Month"), MONTH), (self.tr("Day"), DAY)):
            self.precision.addItem(label, value)
        self.precision.setCurrentIndex(self.precision.findData(DAY))
        self.precision.setToolTip(self.tr("How much of the date is known: the year, the month or the day"))
        self.precision.setAccessibleName(self.tr("Date known to"))
        line.addWidget(self.precision)
        self.button = QToolButton(self)
        self.button.setIcon(icons.icon("calendar"))
        self.button.setToolTip(self.tr("Pick the date in a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.button.setPopupMode(QToolButton.InstantPopup)
        self.menu = QMenu(self.button)
        self.calendar = QCalendarWidget(self.menu)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
        calendar_locale.suit(self.calendar)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._show_date_in_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        line.addWidget(self.button)
        self.edit.installEventFilter(self)      # Alt+Down and F4 open the calendar, as on a drop-down
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(self.textChanged)
        self.precision.activated.connect(self._precision_chosen)
        self.setFocusProxy(self.edit)

    # The text is the value: a form reads and writes the field as text, like a line edit.
    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.edit.setText(text)
        self._follow(text)

    def known_to(self) -> int:
        return self.precision.currentData()

    def _follow(self, text: str) -> None:
        """The drop-down shows the precision of the text typed (and stays as it was for no date)."""
        found = precision_of(text)
        if found is not None:
            self.precision.setCurrentIndex(self.precision.findData(found))

    def _typed(self, text: str) -> None:
        self._follow(text)

    def _precision_chosen(self, _index: int) -> None:
        found = parts(self.edit.text())
        if found is not None:
            self.edit.setText(at_precision(*found, self.known_to()))

    def open_calendar(self) -> None:
        self.button.showMenu()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.edit and event.type() == QEvent.KeyPress:
            key, modifiers = event.key(), event.modifiers()
            if (key == Qt.Key_Down and modifiers == Qt.AltModifier) or (key == Qt.Key_F4 and not modifiers):
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def _show_date_in_calendar(self) -> None:
        found = parts(self.edit.text())
        day = QDate.currentDate()
        if found is not None:
            year, month, d = found
            candidate = QDate(year, month or 1, 1)
            if candidate.isValid():
                day = QDate(year, month or 1, min(d or 1, candidate.daysInMonth()))
        self.calendar.setSelectedDate(day)
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.menu.hide()
        self.edit.setText(at_precision(day.year(), day.month(), day.day(), self.known_to()))
        self.edit.setFocus()
