"""After a write the quotes table is read again in its sort order: a new quote dated 12 December 2026 goes to
its sorted place (last when dates ascend, first when they descend, undated quotes where that order puts
them), and a quote whose date is changed moves with it. No reopening of the store is needed."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.dialogs.record_editor import RecordEditor
from tests.ui.conftest import shown_window

NEW_TEXT = "الوضع الأمني تحت السيطرة"


def _shown_dates(tab) -> list[str]:
    column = tab.model.sort_section()
    return [tab.model.text_at(row, column) for row in range(tab.model.rowCount())]


def _form_answers(monkeypatch, **values) -> None:
    """The next record form is filled with `values` (a date, a speaker, a text) and saved."""
    def answered(form) -> int:
        if "text" in values:
            form.fields["text"].setPlainText(values["text"])
        if "speaker" in values:
            form.fields["speaker"].set_reference(values["speaker"])
        form.inputs["date"].load(values["date"], {})
        return 1
    monkeypatch.setattr(RecordEditor, "exec", answered)


@pytest.mark.parametrize("order", [Qt.AscendingOrder, Qt.DescendingOrder])
def test_a_new_and_an_edited_quote_take_their_sorted_place(qtbot, store, monkeypatch, order):
    store.put({"kind": "quote", "id": "quote:undated", "text": "بلا تاريخ", "speaker": "actor:hussein-allawi"})
    window = shown_window(qtbot, store, kind="quote")
    tab = window.current_tab()
    tab.view.horizontalHeader().setSortIndicator(tab.model.sort_section(), order)   # a click on «Date»
    ascending = order == Qt.AscendingOrder
    _form_answers(monkeypatch, text=NEW_TEXT, speaker="actor:hussein-allawi", date="2026-12-12")
    window.new_record("quote")
    dates = _shown_dates(tab)
    new_row = tab.model.row_for_key(tab.current_key())
    assert tab.model.text_at(new_row, 0).startswith(NEW_TEXT[:10])
    assert dates[new_row] == "12 December 2026"
    assert new_row == (len(dates) - 1 if ascending else 0)
    assert dates.index("") == (0 if ascending else len(dates) - 1)
    _form_answers(monkeypatch, date="2020-01-01")
    window.edit_record(tab.current_key())
    dates = _shown_dates(tab)
    moved = tab.model.row_for_key(tab.current_key())
    assert dates[moved] == "1 January 2020"
    assert moved == (1 if ascending else len(dates) - 2)     # next to the undated quote, before the 2025 ones
