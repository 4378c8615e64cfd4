"""A new record made while a record is selected in the window starts linked to it (a new quote of the
selected actor, or from the selected source); a record made with "Create new…" in a form is an undoable
step of the window's like any other."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402
from tests.ui.keyboard_input import press, type_text  # noqa: E402

from tests.ui.conftest import shown_window  # noqa: E402


@pytest.fixture
def window(qtbot, store):
    return shown_window(qtbot, store)


@pytest.fixture
def forms(monkeypatch):
    """The forms the window opens, each answered by the test's `answer(form)` instead of a user."""
    opened: list[RecordEditor] = []
    answers = []

    def exec_(self):
        opened.append(self)
        return answers.pop(0)(self) if answers else QDialog.Rejected
    monkeypatch.setattr(RecordEditor, "exec", exec_)
    return opened, answers


def _select(window, key: str) -> None:
    kind = key.split(":")[0]
    window.show_kind(kind)
    assert window.current_tab().select_key(key)


def test_a_new_quote_takes_the_selected_actor_as_speaker(window, store, forms):
    opened, answers = forms
    _select(window, "actor:hussein-allawi")

    def write(form):
        form.fields["text"].setPlainText("تصريح جديد")
        return QDialog.Accepted
    answers.append(write)
    window.new_record("quote")
    form = opened[0]
    assert form.fields["speaker"].text() == "حسين علاوي"          # the name, not the id
    new = [q for q in store.records("quote") if q["text"] == "تصريح جديد"]
    assert len(new) == 1 and new[0]["speaker"] == "actor:hussein-allawi"


def test_a_new_quote_takes_the_selected_source(window, forms):
    opened, _ = forms
    _select(window, "source:seed-ain-al-asad")
    window.new_record("quote")
    form = opened[0]
    assert form.record()["source"] == "source:seed-ain-al-asad"
    assert form.fields["source"].text().startswith("العراق يعلن")
    assert not form.fields["speaker"].text()


def test_a_record_of_the_kind_selected_starts_empty(window, forms):
    opened, _ = forms
    _select(window, "quote:allawi-3")
    window.new_record("quote")
    assert opened[0].record() == {"kind": "quote"}
    _select(window, "actor:hussein-allawi")
    window.new_record("actor")                                     # not affiliated with the selected one
    assert opened[1].record() == {"kind": "actor"}


def test_a_record_made_inside_a_form_is_undoable(window, store, qtbot):
    """The speaker made with "Create new…" is the window's own step: Undo takes it back."""
    _select(window, "quote:allawi-3")
    form = RecordEditor(store, "quote", None, window, create=window.write_new_record)
    qtbot.addWidget(form, before_close_func=lambda d: d.done(0))
    form.show()
    speaker = form.fields["speaker"]
    type_text(speaker, "متحدث جديد")

    def save_nested():
        nested = QApplication.activeModalWidget()
        if not isinstance(nested, RecordEditor) or nested is form:
            QTimer.singleShot(10, save_nested)
            return
        nested.save()
    QTimer.singleShot(0, save_nested)
    press(speaker, Qt.Key_Return)                                  # the only offer: "Create new…"
    qtbot.waitUntil(lambda: bool(form.record().get("speaker", "").startswith("actor:")), timeout=3000)
    key = form.record()["speaker"]
    assert store.get(key)["name"] == "متحدث جديد"
    assert window.undo_stack.undoText().endswith("متحدث جديد")
    window.undo()
    assert store.get(key) is None


def test_a_record_made_inside_a_cancelled_form_goes_with_it(window, store, forms):
    """«Create new…» wrote a speaker; cancelling the quote's form takes that speaker back too."""
    opened, answers = forms
    made = []

    def create_then_cancel(form):
        made.append(window.write_new_record({"kind": "actor", "name": "متحدث لم يُحفظ اقتباسه"}))
        assert store.get(made[0]) is not None
        return QDialog.Rejected
    answers.append(create_then_cancel)
    window.new_record("quote")
    assert made[0] and store.get(made[0]) is None
    answers.append(create_then_cancel)
    window.edit_record("quote:allawi-3")
    assert store.get(made[1]) is None and store.get("quote:allawi-3") is not None
