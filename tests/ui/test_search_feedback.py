"""Search results behave: an empty tab names the tabs with hits, a bad query marks the field and clears the rows,
and a search ranks by relevance until a column is clicked."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from desktop.core import search, views  # noqa: E402

from tests.ui.conftest import shown_window  # noqa: E402


@pytest.fixture
def window(qtbot, store):
    return shown_window(qtbot, store)


def keys(tab) -> list[str]:
    return [tab.model.key_at(r) for r in range(tab.model.rowCount())]


def test_zero_hits_names_the_tabs_that_have_some(window, qtbot):
    window.show_kind("place")
    window.set_search("علاوي")
    tab = window.current_tab()
    assert tab.model.rowCount() == 0 and tab.note_shown
    note = tab.note.text()
    assert "Nothing in Places matches" in note and "علاوي" in note
    assert 'href="tab:quote"' in note and "Quotes (4)" in note and "Actors (1)" in note
    assert "tab:place" not in note and "tab:event" not in note     # no hits there
    # The link goes to the tab.
    tab.note_link.emit("tab:quote")
    assert window.current_kind() == "quote" and not window.current_tab().note_shown


def test_while_counting_the_note_says_so_then_names_the_tabs(window, qtbot):
    window.show_kind("place")
    window.search_field.setText("علاوي")
    window.run_search()          # counts in the background
    tab = window.current_tab()
    assert "Counting" in tab.note.text()
    qtbot.waitUntil(lambda: "Quotes (4)" in tab.note.text(), timeout=5000)


def test_nothing_anywhere_says_so(window):
    window.show_kind("quote")
    window.set_search("كلمةلاتوجد")
    assert "No other tab has a match" in window.current_tab().note.text()


def test_a_bad_query_marks_the_field_and_clears_the_rows(window):
    window.show_kind("event")
    window.set_search("التحالف")
    tab = window.current_tab()
    assert tab.model.rowCount() > 0
    window.set_search("status:nonsense")
    assert tab.model.rowCount() == 0                                  # no stale rows
    assert "#c62828" in window.search_field.styleSheet() and window.search_warning.isVisible()
    assert "nonsense" in window.search_field.toolTip()
    assert tab.note_shown and "The search cannot run" in tab.note.text() and "nonsense" in tab.note.text()
    assert "(" not in window.tab_widget.tabText(0)                    # no stale counts in the titles
    assert "nonsense" in window.status_search.text()                 # said once in the status bar,
    assert window.statusBar().currentMessage() == ""                  # not again by the tab
    # Another tab shown now is empty too, and a good query clears the mark.
    window.show_kind("quote")
    assert window.current_tab().model.rowCount() == 0
    window.set_search("علاوي")
    assert window.search_field.styleSheet() == "" and not window.search_warning.isVisible()
    assert window.current_tab().model.rowCount() == 4 and not window.current_tab().note_shown


def test_a_search_ranks_by_relevance_and_a_column_click_sorts_by_it(window, store):
    store.put_many([
        {"kind": "event", "id": "event:r1", "title": "اجتماع أمني", "summary": "الانتخابات", "date": "2026-01-01"},
        {"kind": "event", "id": "event:r2", "title": "الانتخابات المحلية", "date": "2020-01-01"},
        {"kind": "event", "id": "event:r3", "title": "انتخابات مبكرة", "date": "2024-01-01"},
    ])
    window.show_kind("event")
    tab = window.current_tab()
    header = tab.view.horizontalHeader()
    window.set_search("الانتخابات")
    # As `marsad search` ranks: the exact word in a title, the stem in a title, then bodies.
    assert keys(tab) == ["event:r2", "event:r3", "event:r1"]
    assert keys(tab) == [h.id for h in search.search(store, "الانتخابات", kind="event").hits]
    assert tab.model.by_relevance and header.sortIndicatorSection() == -1
    assert window.act_relevance.isEnabled() and window.act_relevance.isChecked()
    # A click on the date column sorts by date (newest first on its first click here: descending).
    date = [c.name for c in tab.model.columns].index("date")
    tab.view.sortByColumn(date, Qt.DescendingOrder)
    assert keys(tab) == ["event:r1", "event:r3", "event:r2"] and not window.act_relevance.isChecked()
    # The next search keeps the analyst's order; the menu entry goes back to relevance.
    window.set_search("انتخابات")
    assert not tab.model.by_relevance
    window.act_relevance.trigger()
    assert tab.model.by_relevance and keys(tab) == ["event:r3", "event:r2", "event:r1"]
    # When the search ends, the order before it comes back, with its arrow.
    window.set_search("")
    assert (tab.model.sort_column, tab.model.descending) == views.default_sort("event")
    assert header.sortIndicatorSection() == date and not window.act_relevance.isEnabled()
