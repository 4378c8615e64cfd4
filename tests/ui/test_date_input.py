"""A date field keeps the precision a date is known to: typed or picked in the calendar, a month stays a
month (2025-03 never becomes 2025-03-01 unasked), and the form stores exactly what is shown."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QDate, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.ui.dialogs.date_input import DAY, MONTH, YEAR, at_precision, precision_of  # noqa: E402
from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402
from tests.ui.keyboard_input import press, type_text  # noqa: E402


@pytest.fixture
def event_form(qtbot, store):
    dialog = RecordEditor(store, "event")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.fields["title"].setPlainText("حدث")
    return dialog


def _pick_in_calendar(qtbot, date_edit, day: QDate) -> None:
    """Open the calendar from the keyboard (Alt+Down) and choose `day` in it with Enter."""
    def choose():
        calendar = date_edit.calendar
        if not calendar.isVisible():
            QTimer.singleShot(10, choose)
            return
        calendar.setSelectedDate(day)
        press(calendar.focusWidget() or calendar, Qt.Key_Return)
    QTimer.singleShot(0, choose)
    press(date_edit.edit, Qt.Key_Down, Qt.AltModifier)      # returns once the calendar has closed
    assert not date_edit.menu.isVisible()


def test_typing_a_date_shows_its_precision_and_stores_it_as_typed(event_form):
    date = event_form.fields["date"]
    for typed, known in (("2025", YEAR), ("2025-03", MONTH), ("2025-03-14", DAY)):
        date.edit.clear()
        type_text(date.edit, typed)
        assert date.known_to() == known
        assert event_form.record()["date"] == typed
    date.edit.clear()
    type_text(date.edit, "٢٠٢٥-٠٣")                      # Arabic-Indic digits are a month too
    assert date.known_to() == MONTH


def test_a_date_picked_in_the_calendar_keeps_the_precision_shown(qtbot, event_form):
    date = event_form.fields["date"]
    type_text(date.edit, "2025-03")
    _pick_in_calendar(qtbot, date, QDate(2024, 7, 19))
    assert date.text() == "2024-07" and event_form.record()["date"] == "2024-07"    # still a month
    press(date.precision, Qt.Key_Up)                     # the user says: only the year is known
    assert date.known_to() == YEAR and date.text() == "2024"
    _pick_in_calendar(qtbot, date, QDate(2019, 2, 3))
    assert date.text() == "2019"
    press(date.precision, Qt.Key_Down)
    press(date.precision, Qt.Key_Down)                   # to the day: the user asked for it
    assert date.known_to() == DAY and date.text() == "2019-01-01"
    _pick_in_calendar(qtbot, date, QDate(2019, 2, 3))
    assert event_form.record()["date"] == "2019-02-03"


def test_an_empty_date_picked_in_the_calendar_is_a_day(qtbot, event_form):
    until = event_form.fields["date_end"]
    type_text(event_form.fields["date"].edit, "2024")
    _pick_in_calendar(qtbot, until, QDate(2024, 12, 31))
    assert event_form.record()["date_end"] == "2024-12-31"
    assert event_form.validate(), event_form.problems()


def test_the_calendar_opens_on_the_date_in_the_field(qtbot, event_form):
    date = event_form.fields["date"]
    type_text(date.edit, "2026-01")
    opened = {}

    def look():
        if not date.calendar.isVisible():
            QTimer.singleShot(10, look)
            return
        opened["day"] = date.calendar.selectedDate()
        date.menu.hide()
    QTimer.singleShot(0, look)
    press(date.edit, Qt.Key_F4)
    assert opened["day"] == QDate(2026, 1, 1)
    assert date.text() == "2026-01"                      # looking changed nothing


def test_a_loaded_month_stays_a_month(qtbot, store):
    rec = store.get("event:ain-al-asad-handover")
    assert rec["date"] == "2026-01"
    dialog = RecordEditor(store, "event", rec)
    qtbot.addWidget(dialog)
    assert dialog.fields["date"].known_to() == MONTH
    assert dialog.record() == rec


def test_an_impossible_date_is_still_said_under_its_field(event_form):
    date = event_form.fields["date"]
    type_text(date.edit, "2025-13")
    assert "2025-13" in event_form.errors["date"].text()
    assert not event_form.validate()


def test_precision_helpers():
    assert precision_of("2025") == YEAR and precision_of("2025-3") == MONTH and precision_of("x") is None
    assert at_precision(2024, 2, 30, DAY) == "2024-02-29"        # never a day the month lacks
    assert at_precision(2024, None, None, MONTH) == "2024-01"
    assert at_precision(2024, 7, 19, YEAR) == "2024"


def test_the_date_field_reads_left_to_right_in_the_arabic_ui(qtbot, store):
    from desktop.ui.app import install_language
    app = QApplication.instance()
    install_language(app, "ar")
    try:
        dialog = RecordEditor(store, "event")
        qtbot.addWidget(dialog)
        date = dialog.fields["date"]
        assert dialog.isRightToLeft() and date.isRightToLeft()        # the row mirrors
        date.setText("2025-03")
        date.edit.setCursorPosition(0)
        start = date.edit.cursorRect().x()
        date.edit.setCursorPosition(len("2025"))
        assert date.edit.cursorRect().x() > start                     # the digits do not
        assert [date.precision.itemText(i) for i in range(3)] == ["سنة", "شهر", "يوم"]
    finally:
        install_language(app, "en")


def _clear_button(edit):
    from PySide6.QtWidgets import QToolButton
    return next(b for b in edit.findChildren(QToolButton) if b.isVisible())


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_date_field_is_mirrored_with_the_ui_and_the_date_reads_as_typed(request, qtbot, store, language):
    from tests.ui.ink import ink_span
    if language == "ar":
        request.getfixturevalue("arabic")
    dialog = RecordEditor(store, "event")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    date = dialog.fields["date"]
    edit, width = date.edit, date.edit.width()
    xs = [date.edit.x(), date.precision.x(), date.button.x()]
    assert xs == (sorted(xs, reverse=True) if language == "ar" else sorted(xs))   # the text first, in reading order
    left, right = ink_span(edit)                                  # the placeholder at the start side
    assert (left > width // 3) if language == "ar" else (right < 2 * width // 3)
    type_text(edit, "2025-")
    qtbot.wait(300)                                               # the clear button fades in
    clear = _clear_button(edit)
    assert (clear.geometry().center().x() < width // 2) == (language == "ar")
    left, right = ink_span(edit, skip=[clear])
    assert (left > width // 2) if language == "ar" else (right < width // 2)   # the date at the start side too
    edit.setCursorPosition(0)
    start = edit.cursorRect().center().x()
    edit.setCursorPosition(len("2025"))
    assert edit.cursorRect().center().x() > start                 # «2025» runs left to right, «-» after it
    edit.setCursorPosition(len("2025-"))
    assert edit.cursorRect().center().x() > start


@pytest.mark.parametrize("typed, stored, known", [
    ("12 كانون الأول 2025", "2025-12-12", DAY), ("12 ديسمبر 2025", "2025-12-12", DAY),
    ("١٢ ديسمبر ٢٠٢٥", "2025-12-12", DAY), ("كانون الأول 2025", "2025-12", MONTH),
    ("December 2025", "2025-12", MONTH), ("12 December 2025", "2025-12-12", DAY)])
def test_a_date_written_the_way_the_app_shows_it_is_taken(qtbot, store, arabic, typed, stored, known):
    dialog = RecordEditor(store, "event")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.fields["title"].setPlainText("حدث")
    date = dialog.fields["date"]
    type_text(date.edit, typed)
    assert date.known_to() == known                      # a month stays a month
    assert dialog.validate(), dialog.problems()
    assert dialog.errors["date"].text() == ""             # no «… ليس تاريخًا» under the field
    assert dialog.record()["date"] == stored
    press(date.precision, Qt.Key_Up)                     # to a coarser date: the text becomes the store's
    assert date.text() == stored[:7] if known == DAY else date.text() == stored[:4]


@pytest.mark.parametrize("in_arabic", [False, True])
def test_a_date_that_is_no_date_says_month_names_are_welcome(qtbot, store, qapp, in_arabic):
    from desktop.ui.app import install_language
    if in_arabic:
        install_language(qapp, "ar")
    try:
        dialog = RecordEditor(store, "event")
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
        dialog.show()
        dialog.fields["title"].setPlainText("حدث")
        type_text(dialog.fields["date"].edit, "31 فبراير 2025")
        shown = dialog.errors["date"].text()
        assert not dialog.validate()
        if in_arabic:
            assert "ليس تاريخًا" in shown and "14 آذار 2025" in shown and "YYYY" not in shown
        else:
            assert "is not a date" in shown and "14 March 2025" in shown and "YYYY" not in shown
    finally:
        install_language(qapp, "en")
