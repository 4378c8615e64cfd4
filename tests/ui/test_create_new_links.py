"""«Create new…» in a picker: once the new record is saved, the picker holds it (its name shown, its id
linked), the problem under the field is gone, Save can save, and exactly one record was written."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox  # noqa: E402

from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402
from tests.ui.keyboard_input import press, type_text  # noqa: E402


def _save_next_form(form, fill=lambda nested: None) -> list:
    """Saves the next form that opens inside `form` (after `fill(nested)`) with Ctrl+S, as a user does."""
    seen = []

    def answer():
        nested = QApplication.activeModalWidget()
        if not isinstance(nested, RecordEditor) or nested is form:
            QTimer.singleShot(10, answer)
            return
        seen.append(nested)
        fill(nested)
        nested.save()
    QTimer.singleShot(0, answer)
    return seen


def _quote_form(qtbot, window, store):
    form = RecordEditor(store, "quote", None, window, create=window.write_new_record)
    qtbot.addWidget(form, before_close_func=lambda d: d.done(0))
    form.show()
    form.fields["text"].setPlainText("نرفض أي وجود عسكري أجنبي على أرضنا")
    return form


def _create_from(qtbot, form, field: str, typed: str, fill=lambda nested: None) -> str:
    picker = form.fields[field]
    type_text(picker, typed)
    assert form.errors[field].text()                      # nothing of that name yet: the problem shows
    seen = _save_next_form(form, fill)
    press(picker, Qt.Key_PageDown)                         # to the end of the list: "Create new…"
    press(picker, Qt.Key_Return)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=3000)
    qtbot.wait(50)
    return picker.text()


def test_an_event_made_from_a_quotes_event_picker_is_linked_and_the_form_can_save(qtbot, store):
    window = shown_window(qtbot, store)
    form = _quote_form(qtbot, window, store)
    form.fields["speaker"].set_reference("actor:hussein-allawi")
    before = store.counts()
    shown = _create_from(qtbot, form, "event", "مؤتمر صحفي")
    after = store.counts()
    assert after["event"] == before["event"] + 1 and {k: v for k, v in after.items() if k != "event"} == \
        {k: v for k, v in before.items() if k != "event"}
    key = form.record()["event"]
    assert key.startswith("event:") and store.get(key)["title"] == "مؤتمر صحفي"
    assert shown == "مؤتمر صحفي"
    assert form.errors["event"].text() == "" and not form.errors["event"].isVisible()
    save = form.buttons.button(QDialogButtonBox.Save)
    assert save.isEnabled()


def test_an_actor_made_from_a_quotes_speaker_picker_is_linked_and_the_form_can_save(qtbot, store):
    window = shown_window(qtbot, store)
    form = _quote_form(qtbot, window, store)
    before = store.counts()

    def person(nested):
        combo = nested.fields["type"]
        combo.setCurrentIndex(combo.findData("person"))
    shown = _create_from(qtbot, form, "speaker", "سليم الجديد", person)
    assert store.counts()["actor"] == before["actor"] + 1 and sum(store.counts().values()) == \
        sum(before.values()) + 1
    key = form.record()["speaker"]
    assert store.get(key)["name"] == "سليم الجديد" and shown == "سليم الجديد"
    assert form.errors["speaker"].text() == "" and not form.errors["speaker"].isVisible()
    assert form.buttons.button(QDialogButtonBox.Save).isEnabled()
