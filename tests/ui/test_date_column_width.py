"""A date column always fits its longest shown date: after a search is cleared, after rows are added (a
new record, an import from outside); the title gives way first."""
from __future__ import annotations

import pytest

from tests.ui.conftest import shown_window
from tests.ui.test_column_fit import cut_values


def _date_column(tab) -> int:
    return next(i for i, cell in enumerate(tab.model.cells) if cell.field.name == "date")


def _assert_dates_whole(qtbot, tab) -> None:
    qtbot.wait(30)
    date = _date_column(tab)
    assert tab.model.rowCount()
    assert not cut_values(tab, date), (tab.kind, tab.view.horizontalHeader().sectionSize(date))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_dates_come_back_whole_after_a_search_is_cleared(request, qtbot, store, language):
    if language == "ar":
        request.getfixturevalue("arabic")
    window = shown_window(qtbot, store, kind="event", size=(1120, 720), language=language)
    tab = window.current_tab()
    _assert_dates_whole(qtbot, tab)
    window.set_search("2014")           # a few rows, the year alone: the column narrows to them
    qtbot.wait(30)
    window.set_search("")
    _assert_dates_whole(qtbot, tab)


def test_a_row_added_with_a_longer_date_shows_it_whole(qtbot, store, arabic):
    store.put_many([{"kind": "quote", "id": "quote:short-date", "speaker": "actor:hussein-allawi",
                     "text": "تصريح عن الزرازير", "date": "2020"}])
    window = shown_window(qtbot, store, kind="quote", size=(1120, 720), language="ar")
    tab = window.current_tab()
    window.set_search("الزرازير")        # one row, a year alone: the column narrows to it
    qtbot.wait(30)
    store.put_many([{"kind": "quote", "id": "quote:long-date", "speaker": "actor:hussein-allawi",
                     "text": "تصريح آخر عن الزرازير", "date": "2025-12-12"}])
    tab.refresh()                       # as after an edit, or an import from the command line
    assert tab.model.rowCount() == 2
    _assert_dates_whole(qtbot, tab)
