"""At 1280×800 every tab's columns fit the table: no horizontal scroll bar, every shown header whole, the
title or text taking what is left; a column the analyst sized, and the columns chosen, come back next time."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.core import views
from tests.ui.conftest import shown_window


def shown_headers(tab) -> list[int]:
    header = tab.view.horizontalHeader()
    return [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]


def assert_fits(qtbot, tab) -> None:
    qtbot.wait(20)
    header = tab.view.horizontalHeader()
    assert not tab.view.horizontalScrollBar().isVisible(), tab.kind
    assert header.length() <= tab.view.viewport().width(), tab.kind
    for logical in shown_headers(tab):
        # Qt's own measure of the header's text, its margins and the sort arrow: narrower, the text is cut.
        assert header.sectionSize(logical) >= header.sectionSizeHint(logical), (tab.kind, logical)
        assert header.sectionViewportPosition(logical) + header.sectionSize(logical) <= tab.view.viewport().width()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_tab_fits_1280_pixels(request, qtbot, store, language):
    if language == "ar":
        request.getfixturevalue("arabic")
    window = shown_window(qtbot, store, size=(1280, 800), language=language)
    for kind in views.TAB_ORDER:
        window.show_kind(kind)
        tab = window.current_tab()
        assert_fits(qtbot, tab)
        assert tab.view.horizontalHeader().length() == tab.view.viewport().width(), kind     # no gap either
    # The rows are read by their title: it keeps its share before a rare date range is shown whole.
    window.show_kind("event")
    tab = window.current_tab()
    title = [i for i, cell in enumerate(tab.model.cells) if cell.field.name == cell.kind.main][0]
    assert tab.view.horizontalHeader().sectionSize(title) >= 0.3 * tab.view.viewport().width()
    # With room, a date range shows whole in its column.
    window.resize(1800, 800)
    qtbot.wait(50)
    date = [i for i, cell in enumerate(tab.model.cells) if cell.name == "date"][0]
    widest = max(tab.view.fontMetrics().horizontalAdvance(tab.model.index(row, date).data() or "")
                 for row in range(tab.model.rowCount()))
    assert tab.view.horizontalHeader().sectionSize(date) > widest
    assert_fits(qtbot, tab)


def test_text_columns_then_the_title_then_short_columns_give_way():
    from desktop.ui.tabs.column_fit import MAIN_SHARE, TEXT_READABLE, Want, widths
    wants = [Want(60, 220, fixed=True), Want(80, 600, main=True), Want(50, 200), Want(70, 90, fixed=True)]
    # Room for everything: each its preference, the title the rest.
    assert widths(wants, 1200) == [220, 690, 200, 90]
    # Tight: the text column first, then the title to its share, then the short columns.
    out = widths(wants, 700)
    assert sum(out) == 700 and out[2] == TEXT_READABLE and out[1] >= int(700 * MAIN_SHARE) and out[0] == 220
    # Tighter: the short columns give way before the title goes below its share.
    out = widths(wants, 500)
    assert sum(out) == 500 and out[0] < 220 and out[1] >= int(500 * MAIN_SHARE) - 1 and out[2] == 50


def test_a_table_fitted_empty_fits_again_when_rows_come(qtbot, empty):
    """Fitted while empty, the date column had its header's width; the first rows now widen it."""
    window = shown_window(qtbot, empty, size=(1400, 900), kind="quote")
    tab = window.current_tab()
    date = [i for i, cell in enumerate(tab.model.cells) if cell.name == "date"][0]
    before = tab.view.horizontalHeader().sectionSize(date)
    empty.put({"kind": "actor", "id": "actor:a", "name": "علي الحسيني", "type": "person"})
    empty.put({"kind": "quote", "id": "quote:q", "text": "نص", "speaker": "actor:a", "date": "2025-12-31"})
    window._store_changed(["actor", "quote"])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    qtbot.wait(50)
    shown = tab.model.index(0, date).data()
    assert tab.view.horizontalHeader().sectionSize(date) >= tab.view.fontMetrics().horizontalAdvance(shown)
    assert tab.view.horizontalHeader().sectionSize(date) > before


def test_a_hidden_column_gives_its_room_and_the_choice_comes_back(qtbot, store):
    window = shown_window(qtbot, store, size=(1280, 800), kind="event")
    tab = window.current_tab()
    window.show_column(tab, 3, False)          # Actors
    assert_fits(qtbot, tab)
    assert tab.view.horizontalHeader().length() == tab.view.viewport().width()
    window.close()
    again = shown_window(qtbot, store, size=(1280, 800), kind="event")
    tab = again.current_tab()
    assert tab.view.horizontalHeader().isSectionHidden(3)
    assert_fits(qtbot, tab)


def test_a_column_the_analyst_drags_keeps_its_width_next_time(qtbot, store):
    window = shown_window(qtbot, store, size=(1280, 800), kind="quote")
    tab = window.current_tab()
    header = tab.view.horizontalHeader()
    speaker = 1
    edge = header.sectionViewportPosition(speaker) + header.sectionSize(speaker) - 1
    start = QPoint(edge, header.height() // 2)
    QTest.mousePress(header.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    QTest.mouseMove(header.viewport(), start + QPoint(40, 0))
    QTest.mouseRelease(header.viewport(), Qt.LeftButton, Qt.NoModifier, start + QPoint(40, 0))
    fitted, dragged = header.sectionSize(speaker) - 40, header.sectionSize(speaker)
    assert tab.user_sized and fitted > 40
    window.resize(1100, 800)                   # the analyst's widths stay when the window changes
    qtbot.wait(20)
    assert header.sectionSize(speaker) == dragged
    window.close()
    again = shown_window(qtbot, store, size=(1280, 800), kind="quote")
    assert again.current_tab().view.horizontalHeader().sectionSize(speaker) == dragged
