"""Recent searches take a query once the analyst acts on it: its results read for a second without
typing on, Enter, another tab, a copy, a result opened; a query typed on from one only read keeps
the history free of the half-typed one."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.ui import settings
from tests.ui.conftest import shown_window
from tests.ui.keyboard_input import type_text

READ_MS = 1300      # results read a little over a second


def recent_menu_entries(window) -> list[str]:
    window.recent_searches_menu.aboutToShow.emit()
    return [a.text() for a in window.recent_searches_menu.actions() if a.isEnabled() and a.objectName() == ""]


def typed(qtbot, window, text: str) -> None:
    field = window.search_field
    field.setFocus()
    field.selectAll()
    type_text(field, text)
    qtbot.waitUntil(lambda: window.search_text == text, timeout=2000)


def test_queries_read_for_a_moment_are_recent_searches(qtbot, store):
    w = shown_window(qtbot, store, kind="quote")
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    queries = ["علاوي", "التحالف", "عين الأسد"]
    for query in queries:
        typed(qtbot, w, query)
        qtbot.wait(READ_MS)      # read, never Enter, focus kept in the field
    assert w.focusWidget() is w.search_field
    assert settings.SearchHistory().queries()[:3] == list(reversed(queries))
    shown = recent_menu_entries(w)
    for query in queries:
        assert any(query in text for text in shown), (query, shown)


def test_typing_on_replaces_a_query_only_read(qtbot, store):
    w = shown_window(qtbot, store, kind="quote")
    typed(qtbot, w, "علاو")
    qtbot.wait(READ_MS)
    assert settings.SearchHistory().queries() == ["علاو"]
    type_text(w.search_field, "ي")
    qtbot.waitUntil(lambda: w.search_text == "علاوي", timeout=2000)
    qtbot.wait(READ_MS)
    assert settings.SearchHistory().queries() == ["علاوي"]
    # Quick typing with no pause records nothing until Enter.
    typed(qtbot, w, "التحالف")
    QTest.keyClick(w.search_field, Qt.Key_Return)
    qtbot.wait(READ_MS)
    assert settings.SearchHistory().queries() == ["التحالف", "علاوي"]


def test_switching_tab_or_copying_records_the_search(qtbot, store):
    w = shown_window(qtbot, store, kind="quote")
    typed(qtbot, w, "علاوي")
    w.tab_widget.setCurrentIndex(0)
    assert settings.SearchHistory().queries() == ["علاوي"]
    typed(qtbot, w, "التحالف")
    tab = w.current_tab()
    tab.select_first()
    w.copy_rows(tab)
    assert settings.SearchHistory().queries() == ["التحالف", "علاوي"]
