"""At 1280×800 every tab's columns fit the table: no horizontal scroll bar, every shown header whole, the
title or text taking what is left; a column the analyst sized, and the columns chosen, come back next time."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle

from desktop.core import views
from desktop.ui import settings
from desktop.ui.tabs.column_fit import MAIN_LEAST
from tests.ui.conftest import shown_window


def shown_headers(tab) -> list[int]:
    header = tab.view.horizontalHeader()
    return [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]


def cut_values(tab, logical: int) -> list[str]:
    """The values of a column that its width cuts: Qt elides a cell's text inside its margins and grid line."""
    margin = 2 * (tab.view.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, tab.view) + 1)
    room = tab.view.horizontalHeader().sectionSize(logical) - margin - 1
    values = [tab.model.index(row, logical).data() or "" for row in range(tab.model.rowCount())]
    return [v for v in values if laid_out_width(v, tab.view.font()) > room]


def laid_out_width(text: str, font) -> float:
    """The width Qt lays a cell's text out in, as it does before eliding it."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    layout.endLayout()
    return line.naturalTextWidth()


def assert_short_columns_whole(tab, but: tuple[str, ...] = ()) -> None:
    for logical, cell in enumerate(tab.model.cells):
        if not cell.is_text and cell.name not in but and not tab.view.horizontalHeader().isSectionHidden(logical):
            assert not cut_values(tab, logical), (tab.kind, cell.name, tab.view.font().pointSize())


def assert_fits(qtbot, tab) -> None:
    qtbot.wait(20)
    header = tab.view.horizontalHeader()
    assert not tab.view.horizontalScrollBar().isVisible(), tab.kind
    assert header.length() <= tab.view.viewport().width(), tab.kind
    bare = header_widths_without_arrow(header)
    for logical in shown_headers(tab):
        # Qt's own measure of the header's text and its margins, and the sort arrow where it is drawn:
        # narrower, the text is cut.
        least = header.sectionSizeHint(logical) if logical == header.sortIndicatorSection() else bare[logical]
        assert header.sectionSize(logical) >= least, (tab.kind, logical)
        assert header.sectionViewportPosition(logical) + header.sectionSize(logical) <= tab.view.viewport().width()


def header_widths_without_arrow(header) -> list[int]:
    """Qt's measure of each header without the room it keeps on every column for the sort arrow."""
    header.setSortIndicatorShown(False)
    try:
        return [header.sectionSizeHint(logical) for logical in range(header.count())]
    finally:
        header.setSortIndicatorShown(True)


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
    # The title gives way before a date range or a status is cut; it still reads.
    window.show_kind("event")
    tab = window.current_tab()
    title = [i for i, cell in enumerate(tab.model.cells) if cell.field.name == cell.kind.main][0]
    assert tab.view.horizontalHeader().sectionSize(title) >= MAIN_LEAST
    assert_short_columns_whole(tab)
    # With room, a date range shows whole in its column.
    window.resize(1800, 800)
    qtbot.wait(50)
    date = [i for i, cell in enumerate(tab.model.cells) if cell.name == "date"][0]
    widest = max(tab.view.fontMetrics().horizontalAdvance(tab.model.index(row, date).data() or "")
                 for row in range(tab.model.rowCount()))
    assert tab.view.horizontalHeader().sectionSize(date) > widest
    assert_fits(qtbot, tab)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_dates_and_statuses_stay_whole_at_12_points(request, qtbot, store, language):
    """«September 2025 – Septemb…», «announc…», «سبتمبر ٢٠٢٥ – سبتمبر ٢٠…»: at 1280 px, at the default size, at 12 pt
    set at start-up and at 12 pt chosen in the preferences, the short columns show their values whole."""
    if language == "ar":
        request.getfixturevalue("arabic")
    settings.Appearance().set_font_size(12)
    window = shown_window(qtbot, store, size=(1280, 800), language=language, kind="event")
    tab = window.current_tab()
    assert_fits(qtbot, tab)
    # In English at 12 pt the date range was cut beside an empty Credibility column 95 px wide: the
    # columns give up the room kept for a sort arrow they do not draw, and the range shows whole.
    assert_short_columns_whole(tab)
    header = tab.view.horizontalHeader()
    credibility = [i for i, cell in enumerate(tab.model.cells) if cell.name == "credibility"][0]
    assert not any(tab.model.index(row, credibility).data() for row in range(tab.model.rowCount()))
    assert header.sectionSize(credibility) == header_widths_without_arrow(header)[credibility]
    settings.Appearance().set_font_size(0)
    window.apply_text_size()
    qtbot.wait(20)
    assert tab.view.font().pointSize() == window.font().pointSize()
    assert_short_columns_whole(tab)
    settings.Appearance().set_font_size(12)
    window.apply_text_size()
    qtbot.wait(20)
    assert_short_columns_whole(tab)
    # Sorted by it, the empty column takes its arrow's room back, and its header stays whole.
    header.setSortIndicator(credibility, Qt.AscendingOrder)
    qtbot.wait(20)
    assert header.sectionSize(credibility) >= header.sectionSizeHint(credibility)
    assert_fits(qtbot, tab)


def test_text_columns_then_the_title_then_short_columns_give_way():
    from desktop.ui.tabs.column_fit import MAIN_SHARE, TEXT_READABLE, Want, widths
    wants = [Want(60, 220, fixed=True), Want(80, 600, main=True), Want(50, 200), Want(70, 90, fixed=True)]
    # Room for everything: each its preference, the title the rest.
    assert widths(wants, 1200) == [220, 690, 200, 90]
    # Tight: the text column first, then the title to its share, then the short columns.
    out = widths(wants, 700)
    assert sum(out) == 700 and out[2] == TEXT_READABLE and out[1] >= int(700 * MAIN_SHARE) and out[0] == 220
    # Tighter: the title goes down to its least before a short column is cut.
    out = widths(wants, 500)
    assert out == [220, 140, 50, 90]
    out = widths(wants, 440)
    assert out == [220, 80, 50, 90]
    # Tighter still: the widest short column (a date range) gives way first, the status stays whole.
    out = widths(wants, 380)
    assert out == [160, 80, 50, 90]
    out = widths(wants, 300)
    assert sum(out) == 300 and out[0] == out[3] == 85


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
