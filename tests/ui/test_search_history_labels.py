"""Recent searches in the Arabic UI show a date after an Arabic key in its own order: «إلى:2025-12», not «12-2025»."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextLayout, QTextOption  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from tests.ui.conftest import shown_window  # noqa: E402

QUERY = "فاعل:علاوي إلى:2025-12"


def reads_year_first(text: str, font) -> bool:
    """Whether «2025» lies left of «12» where `text` is laid out right to left (as the Arabic UI lays it)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    year, month = text.index("2025"), text.index("12", text.index("2025") + 4)
    # Inside a run a cursor position is unambiguous: the middle of each number.
    return line.cursorToX(year + 2)[0] < line.cursorToX(month + 1)[0]


@pytest.fixture
def window(qtbot, store, arabic):
    window = shown_window(qtbot, store, kind="quote", size=(1000, 600), language="ar")
    window.search_field.setFocus()
    window.search_field.setText(QUERY)
    QTest.keyClick(window.search_field, Qt.Key_Return)
    yield window
    # Closed empty: a field left holding the query would remember it, on losing focus, in the next test's settings.
    window.search_field.blockSignals(True)
    window.search_field.clear()
    window.close()


def test_recent_searches_menu_keeps_the_date_in_order(window):
    assert window.history.queries() == [QUERY]
    menu = window.recent_searches_menu
    menu.aboutToShow.emit()
    text = menu.actions()[0].text()
    assert reads_year_first(text, menu.font())
    assert not reads_year_first(QUERY, menu.font())  # the bare query is what the bidi rules would turn round


def test_completer_lists_it_in_order_and_completes_without_marks(window):
    window.search_field.clear()
    QTest.keyClick(window.search_field, Qt.Key_Down)
    popup = window.history.completer.popup()
    assert popup.isVisible()
    shown = popup.model().index(0, 0).data(Qt.DisplayRole)
    assert reads_year_first(shown, popup.font())
    QTest.keyClick(popup, Qt.Key_Down)
    QTest.keyClick(popup, Qt.Key_Return)
    assert window.search_field.text() == QUERY


PHRASE = '"علاوي 2025-12"'


@pytest.mark.parametrize("query", [PHRASE, f"فاعل:{PHRASE}", f"{PHRASE} إلى:2026"])
def test_a_date_inside_an_arabic_phrase_keeps_its_order(qtbot, store, arabic, query):
    """The quotes typed around «علاوي 2025-12» make the phrase one Arabic value; its date still reads as typed."""
    from desktop.ui.bidi import LRI, PDI
    window = shown_window(qtbot, store, kind="quote", size=(1000, 600), language="ar")
    window.search_field.setFocus()
    window.search_field.setText(query)
    QTest.keyClick(window.search_field, Qt.Key_Return)
    assert window.history.queries() == [query]
    menu = window.recent_searches_menu
    menu.aboutToShow.emit()
    text = menu.actions()[0].text()
    assert f"{LRI}2025-12{PDI}" in text
    assert reads_year_first(text, menu.font())
    assert not reads_year_first(query, menu.font())
    shown = window.history.model.index(0, 0).data(Qt.DisplayRole)
    assert reads_year_first(shown, menu.font())
    assert window.history.model.index(0, 0).data(Qt.EditRole) == query     # completed without marks
    window.search_field.blockSignals(True)
    window.search_field.clear()
    window.close()
