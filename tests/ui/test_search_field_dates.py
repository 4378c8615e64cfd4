"""A date typed after an Arabic filter name shows in the order it was typed: «إلى:2025-12» has the
Arabic on the right and 2025-12 reading left to right after it, not «12-2025». The field's text is
exactly what was typed; only the painting isolates the date."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402

from tests.ui.conftest import shown_window  # noqa: E402
from tests.ui.keyboard_input import type_text  # noqa: E402


@pytest.fixture
def field(qtbot, arabic):
    """The window's kind of search field, as the Arabic toolbar has it (its icon, its clear button),
    alone: searches running behind it would redraw it between two pictures."""
    from desktop.ui.icons import icon
    from desktop.ui.search_field import SearchField
    from PySide6.QtWidgets import QLineEdit
    field = SearchField()
    field.setLayoutDirection(Qt.RightToLeft)
    field.setClearButtonEnabled(True)
    field.addAction(icon("search"), QLineEdit.LeadingPosition)
    qtbot.addWidget(field)
    field.resize(420, field.sizeHint().height())
    field.show()
    qtbot.waitExposed(field)
    return field


def test_the_window_searches_in_such_a_field(qtbot, store, arabic):
    from desktop.ui.search_field import SearchField
    window = shown_window(qtbot, store, language="ar")
    assert isinstance(window.search_field, SearchField)


def ink_changes(field, qtbot, before: str, after: str) -> list[int]:
    """The x of each column of the field that changes when `before` is shown as `after` instead:
    where the letters that differ are painted."""
    field.clearFocus()      # no cursor in either picture
    images = []
    for text in (before, after):
        field.setText(text)
        field.setCursorPosition(0)
        qtbot.wait(400)     # the clear button fades in when the field first has text
        images.append(field.grab().toImage())
    first, second = images
    return [x for x in range(first.width())
            if any(first.pixel(x, y) != second.pixel(x, y) for y in range(first.height()))]


@pytest.mark.parametrize("query, year_at, month_at", [
    ("إلى:2025-12", 4, 10),
    ("من:2025-01-01", 3, 12),
    ("تاريخ:2025-12..2026-01", 6, 21),
])
def test_the_date_reads_left_to_right_after_the_arabic_field_name(field, qtbot, query, year_at, month_at):
    """The year's first digit is painted leftmost, the date's last digit right of it, and the Arabic
    field name right of both, as in «2025-12:إلى»."""
    def other(at: int) -> str:
        return query[:at] + ("3" if query[at] != "3" else "4") + query[at + 1:]
    year = ink_changes(field, qtbot, query, other(year_at))
    last = ink_changes(field, qtbot, query, other(month_at))
    assert year and last
    assert max(year) < min(last), (year, last)
    # The Arabic name's left edge, where Qt lays it out (the date does not move it).
    field.setCursorPosition(query.index(":"))
    name_left = field.cursorRect().center().x()
    assert max(last) < name_left, (last, name_left)


def test_typed_text_is_kept_as_typed_and_the_cursor_follows_the_date(field, qtbot):
    field.setFocus()
    type_text(field, "إلى:2025-12")
    assert field.text() == "إلى:2025-12"
    xs = field.cursor_xs()
    # Typing on extends the month: the cursor stands right of the date, left of «:».
    assert xs[4] < xs[5] < xs[8] < xs[11] < xs[3] < xs[0]
    # A click where the painted cursor for a position stands puts the cursor there.
    for position in (4, 9, 11):
        qtbot.mouseClick(field, Qt.LeftButton, pos=QPoint(round(xs[position]), field.height() // 2))
        assert field.cursorPosition() == position


def test_a_query_without_arabic_is_left_to_qt(field):
    field.setText("to:2025-12")
    assert field.runs() == []
