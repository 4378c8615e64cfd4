"""A query quoted back to the analyst (the note of a tab with no hits, the search's place in the status bar,
a saved search's confirmation) shows its dates as typed: in the Arabic UI «علاوي 2025-12» reads 2025 then 12
left to right, not «12-2025», as the search field shows it. Only what is shown gets the marks."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextLayout, QTextOption  # noqa: E402

from desktop.ui.bidi import LRI, PDI  # noqa: E402

from tests.ui.conftest import shown_window  # noqa: E402


@pytest.fixture
def window(qtbot, store, arabic):
    window = shown_window(qtbot, store, kind="place", size=(1200, 700), language="ar")
    yield window
    closed(window)


def closed(window) -> None:
    """Closed empty: a field left holding a query would remember it, on losing focus, in another test's settings."""
    window.hit_counter.wait()
    window.search_field.blockSignals(True)
    window.search_field.clear()
    window.close()


def searched(window, qtbot, query: str):
    window.set_search(query)
    window.hit_counter.wait()
    qtbot.wait(50)      # the counts arrive as a queued signal, and the note is worded again
    return window.current_tab()


def ink_columns(label, qtbot, html: str, changed: str) -> list[int]:
    """The x of each column of `label` that changes when it shows `changed` instead of `html`:
    where the letters that differ are painted."""
    images = []
    for text in (html, changed):
        label.setText(text)
        qtbot.wait(20)
        images.append(label.grab().toImage())
    first, second = images
    return [x for x in range(first.width())
            if any(first.pixel(x, y) != second.pixel(x, y) for y in range(first.height()))]


def year_left_of_month(label, qtbot, year: str, month: str) -> bool:
    """Whether the year of `year`-`month` is painted left of its month in `label`, as typed."""
    html = label.text()
    assert html.count(f"{year}-{month}") == 1, html
    date = f"{year}-{month}"
    year_ink = ink_columns(label, qtbot, html, html.replace(date, f"{year[:2]}9{year[3:]}-{month}"))
    month_ink = ink_columns(label, qtbot, html, html.replace(date, f"{year}-{month[0]}8"))
    label.setText(html)
    assert year_ink and month_ink
    return max(year_ink) < min(month_ink)


def reads_year_first(text: str, font) -> bool:
    """Whether «2025» lies left of «12» where `text` is laid out right to left (as the Arabic status bar)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    year = text.index("2025")
    month = year + 5
    return line.cursorToX(year + 2)[0] < line.cursorToX(month + 1)[0]


@pytest.mark.parametrize("query", ["علاوي 2025-12", '"علاوي 2025-12"', "إلى:2025-12 علاوي"])
def test_the_note_of_a_tab_without_hits_quotes_the_date_as_typed(window, qtbot, query):
    tab = searched(window, qtbot, query)
    assert tab.model.rowCount() == 0 and tab.note_shown
    assert window.search_field.text() == query          # the query itself has no marks
    assert f"{LRI}2025-12{PDI}" in tab.note.text()
    assert year_left_of_month(tab.note, qtbot, "2025", "12")


def test_a_date_the_search_cannot_read_is_quoted_as_typed(window, qtbot):
    tab = searched(window, qtbot, "إلى:2025-13")
    assert f"{LRI}2025-13{PDI}" in tab.note.text()
    assert year_left_of_month(tab.note, qtbot, "2025", "13")
    status = window.status_search.text()
    assert f"{LRI}2025-13{PDI}" in status
    assert year_left_of_month(window.status_search, qtbot, "2025", "13")


def test_the_saved_search_is_confirmed_with_its_date_as_typed(window, qtbot, monkeypatch):
    from desktop.ui import search_history
    query = "علاوي 2025-12"
    searched(window, qtbot, query)
    monkeypatch.setattr(search_history, "ask_name", lambda _parent, q: q)
    window.save_search()
    message = window.statusBar().currentMessage()
    assert f"{LRI}2025-12{PDI}" in message
    assert reads_year_first(message, window.statusBar().font())
    assert not reads_year_first(f"«{query}»", window.statusBar().font())   # what it would be without


def test_a_query_without_arabic_is_quoted_without_marks(qtbot, store):
    window = shown_window(qtbot, store, kind="place")
    tab = searched(window, qtbot, "zzz 2025-12")
    assert "2025-12" in tab.note.text() and LRI not in tab.note.text()
    closed(window)
