"""Ctrl+End on a lazy table reaches the true last row: the model reads every remaining row id first."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from desktop.core import views  # noqa: E402
from desktop.ui.models import ID_PAGE  # noqa: E402

from tests.ui.conftest import shown_window  # noqa: E402


@pytest.fixture
def window(qtbot, big_store):
    return shown_window(qtbot, big_store, kind="quote", size=(1000, 600))


def test_ctrl_end_selects_the_last_row_of_the_whole_table(window, big_store):
    tab = window.current_tab()
    view = tab.view
    total = big_store.counts()["quote"]
    assert tab.model.rowCount() < total and tab.model.canFetchMore()     # lazy: a page or so loaded
    view.setFocus()
    tab.select_first()
    QTest.keyClick(view, Qt.Key_End, Qt.ControlModifier)
    assert tab.model.rowCount() == total and not tab.model.canFetchMore()
    assert view.currentIndex().row() == total - 1
    assert view.selectionModel().isRowSelected(total - 1, view.rootIndex())
    # It is the record the store's order puts last.
    last = views.row_ids(big_store, "quote")[-1]
    assert tab.model.key_at(total - 1) == views.rows(big_store, "quote", [last])[last]["key"]
    assert window.current_tab().current_key() == tab.model.key_at(total - 1)
    # Ctrl+Home goes back to the first.
    QTest.keyClick(view, Qt.Key_Home, Qt.ControlModifier)
    assert view.currentIndex().row() == 0


def test_ctrl_end_in_a_search_reaches_its_last_hit(window, big_store):
    window.set_search("الموازنة")
    tab = window.current_tab()
    hits = views.count(big_store, "quote", views.Filters(query="الموازنة"))
    assert hits > ID_PAGE
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key_End, Qt.ControlModifier)
    assert tab.model.rowCount() == hits and tab.view.currentIndex().row() == hits - 1
