"""A record form from the keyboard: Ctrl+S and Ctrl+Enter save; Escape, Cancel or closing a changed form
asks before the changes are thrown away, and an unchanged one just closes."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QPushButton  # noqa: E402

from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402
from tests.ui.keyboard_input import press, type_text  # noqa: E402


@pytest.fixture
def form(qtbot, store):
    def make(kind="quote", record=None, **options) -> RecordEditor:
        dialog = RecordEditor(store, kind, record, **options)
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
        dialog.show()
        dialog.activateWindow()          # shortcuts work in the active window
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog
    return make


def _answer_question(button_name: str, seen: list) -> None:
    """Click `button_name` ("discard" or "keep_editing") in the question the form is about to ask."""
    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        box.findChild(QPushButton, button_name).click()
    QTimer.singleShot(0, answer)


def test_escape_closes_an_unchanged_form_without_asking(form):
    dialog = form()
    press(dialog.fields["notes"], Qt.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.Rejected


def test_escape_on_a_changed_form_asks_and_keep_editing_keeps_it(form):
    dialog = form()
    type_text(dialog.fields["tags"], "عاجل")
    seen: list = []
    _answer_question("keep_editing", seen)
    press(dialog.fields["tags"], Qt.Key_Escape)
    assert seen == ["Discard your changes?"]
    assert dialog.isVisible() and dialog.fields["tags"].text() == "عاجل"
    _answer_question("discard", seen)
    press(dialog.fields["tags"], Qt.Key_Escape)
    assert len(seen) == 2 and not dialog.isVisible() and dialog.result() == QDialog.Rejected


@pytest.mark.parametrize("how", ["cancel", "close"])
def test_cancel_and_closing_the_window_ask_too(form, store, how):
    rec = store.get("quote:allawi-3")
    dialog = form("quote", rec)
    dialog.fields["context"].setPlainText("سياق جديد")
    seen: list = []
    _answer_question("keep_editing", seen)
    if how == "cancel":
        dialog.buttons.button(QDialogButtonBox.Cancel).click()
    else:
        dialog.close()
    assert seen and dialog.isVisible()
    dialog.fields["context"].setPlainText(rec.get("context", ""))    # changed back: nothing to lose
    dialog.close() if how == "close" else dialog.buttons.button(QDialogButtonBox.Cancel).click()
    assert len(seen) == 1 and not dialog.isVisible()
    assert store.get("quote:allawi-3") == rec


def test_ctrl_s_saves_a_valid_form(form):
    dialog = form()
    dialog.fields["text"].setPlainText("نص جديد")
    type_text(dialog.fields["speaker"], "علاوي")
    press(dialog.fields["speaker"], Qt.Key_Return)      # picks from the list; the form stays open
    assert dialog.isVisible()
    press(dialog.fields["speaker"], Qt.Key_S, Qt.ControlModifier)
    assert not dialog.isVisible() and dialog.result() == QDialog.Accepted
    assert dialog.record()["speaker"] == "actor:hussein-allawi"


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_Enter])
def test_ctrl_enter_saves_even_from_a_text_box(form, key):
    dialog = form()
    text = dialog.fields["text"]
    type_text(dialog.fields["speaker"], "علاوي")
    press(dialog.fields["speaker"], Qt.Key_Escape)
    type_text(text, "تصريح")
    press(text, key, Qt.ControlModifier)
    assert dialog.result() == QDialog.Accepted and not dialog.isVisible()
    assert dialog.record()["text"] == "تصريح"                # no new line was typed into it


def test_ctrl_s_on_an_invalid_form_stays_and_shows_where(form):
    dialog = form()
    dialog.fields["text"].setPlainText("نص")
    press(dialog.fields["text"], Qt.Key_S, Qt.ControlModifier)
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    assert dialog.focusWidget() is dialog.fields["speaker"]    # the field at fault (a speaker is required)


def test_a_pre_filled_form_is_not_a_changed_one(form, store):
    dialog = form("quote", prefill={"speaker": "actor:hussein-allawi"})
    assert dialog.fields["speaker"].text() == "حسين علاوي"
    assert dialog.record()["speaker"] == "actor:hussein-allawi"
    press(dialog.fields["text"], Qt.Key_Escape)
    assert not dialog.isVisible()                               # nothing the user did is lost


def test_the_save_button_says_its_keys(form):
    assert "Ctrl+S" in form().buttons.button(QDialogButtonBox.Save).toolTip()
