"""After a new record is saved (Ctrl+N, then Ctrl+S) only that record is selected and in view:
the row selected before is let go, so Ctrl+C copies the new record alone."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from desktop.ui.dialogs.record_editor import RecordEditor
from tests.ui.conftest import shown_window

NEW_TEXT = "الوضع الأمني تحت السيطرة تماما"


def test_only_the_saved_record_is_selected_and_copied(qtbot, store, monkeypatch):
    window = shown_window(qtbot, store, kind="quote", size=(1200, 400))
    tab = window.current_tab()
    tab.view.setFocus()
    tab.select_first()
    before = tab.current_key()
    assert tab.selected_keys() == [before]

    def answered(form) -> int:
        form.fields["text"].setPlainText(NEW_TEXT)
        form.fields["speaker"].set_reference("actor:hussein-allawi")
        form.inputs["date"].load("2019-01-01", {})
        # Ctrl+S: the form closes, and the window selects the new record, while Ctrl is still down.
        QTest.keyPress(window.windowHandle(), Qt.Key_Control, Qt.ControlModifier)
        return 1
    monkeypatch.setattr(RecordEditor, "exec", answered)
    window.new_record("quote")
    qtbot.wait(50)
    QTest.keyRelease(window.windowHandle(), Qt.Key_Control)
    new = tab.current_key()
    assert new != before
    rows = {i.row() for i in tab.view.selectionModel().selectedRows()}
    assert rows == {tab.model.row_for_key(new)}
    assert tab.selected_keys() == [new]
    # The new row is in view.
    rect = tab.view.visualRect(tab.model.index(tab.model.row_for_key(new), 0))
    assert tab.view.viewport().rect().intersects(rect)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key_C, Qt.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert NEW_TEXT in copied
    assert store.get(before)["text"] not in copied
