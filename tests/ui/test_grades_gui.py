"""The Admiralty grades in the window, in Arabic: a tab column, a filter, a detail row with the grade's
meaning, a form drop-down; all from the registry, with no UI code of their own."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox

from desktop.ui.main_window import MainWindow


@pytest.fixture
def graded(store):
    store.put({**store.get("source:seed-ain-al-asad"), "reliability": "B"})
    store.put({**store.get("quote:allawi-1"), "credibility": 2})
    store.put({**store.get("quote:allawi-2"), "credibility": 5})
    return store


@pytest.fixture
def window(qtbot, graded, arabic):
    w = MainWindow(graded, "ar")
    qtbot.addWidget(w)
    w.resize(1300, 700)
    w.show()
    return w


def _all(model) -> list[int]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return list(range(model.rowCount()))


def test_the_quotes_tab_shows_and_filters_credibility(window):
    tab = window.tab("quote")
    col = [c.name for c in tab.model.columns].index("credibility")
    assert tab.model.headerData(col, Qt.Horizontal) == "المصداقية"
    shown = {tab.model.key_at(r): tab.model.index(r, col).data() for r in _all(tab.model)}
    assert shown["quote:allawi-1"] == "2" and shown["quote:allawi-2"] == "5" and shown["quote:allawi-3"] == ""
    combo = tab.filter_bar.combos["credibility"]
    assert combo.itemData(combo.findData(2), Qt.ToolTipRole) == "صحيحة على الأرجح"
    tab.set_filter("credibility", 2)
    assert [tab.model.key_at(r) for r in _all(tab.model)] == ["quote:allawi-1"]


def test_the_search_box_takes_a_grade_range(window, qtbot):
    window.search_field.setText("credibility:1-3")
    window.run_search()
    qtbot.waitUntil(lambda: window.tab("quote").model.rowCount() == 1, timeout=3000)
    assert window.tab("quote").model.key_at(0) == "quote:allawi-1"


def test_the_detail_pane_gives_the_grade_and_its_meaning_in_arabic(window):
    window.show_record("source:seed-ain-al-asad")
    text = window.detail.toPlainText()
    assert "الموثوقية" in text and "B — موثوق عادةً" in text


def test_the_editor_offers_the_scale(qtbot, graded, arabic):
    from desktop.ui.dialogs.record_editor import RecordEditor
    dialog = RecordEditor(graded, "event", graded.get("event:ain-al-asad-handover"))
    qtbot.addWidget(dialog)
    combo = dialog.fields["credibility"]
    assert isinstance(combo, QComboBox) and combo.count() == 7      # none, then 1 to 6
    combo.setCurrentIndex(combo.findData(4))
    assert dialog.record()["credibility"] == 4
    assert QCoreApplication.translate("Fields", "Credibility") == "المصداقية"
