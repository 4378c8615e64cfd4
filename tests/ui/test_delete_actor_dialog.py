"""Deleting an actor who has quotes: nothing is chosen for the user and Cancel is the default button, so
Enter never deletes the quotes; the dialog counts every kind of record that loses its link to the actor."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel  # noqa: E402

from desktop.ui.dialogs.delete_dependents import DeleteDependentsDialog  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402
from tests.ui.keyboard_input import press  # noqa: E402

ACTOR = "actor:hussein-allawi"      # 4 quotes in the sample


def _with_an_event(store) -> None:
    store.put({"kind": "event", "id": "event:allawi-visit", "title": "زيارة", "date": "2025-11-02",
               "actors": [{"actor": ACTOR, "role": "الضيف"}]})


def _on_dialog(answer) -> list:
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DeleteDependentsDialog):
            QTimer.singleShot(10, look)
            return
        seen.append(answer(dialog))
    QTimer.singleShot(0, look)
    return seen


def test_enter_in_the_delete_actor_dialog_deletes_nothing(qtbot, store):
    _with_an_event(store)
    window = shown_window(qtbot, store, kind="actor")

    def enter(dialog):
        shown = {"delete_checked": dialog.delete_quotes.isChecked(), "reassign_checked": dialog.reassign.isChecked(),
                 "delete_enabled": dialog.buttons.button(QDialogButtonBox.Ok).isEnabled(),
                 "cancel_default": dialog.buttons.button(QDialogButtonBox.Cancel).isDefault(),
                 "texts": [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]}
        press(dialog, Qt.Key_Return)
        return shown
    seen = _on_dialog(enter)
    assert window.delete_keys([ACTOR]) is False
    shown = seen[0]
    assert not shown["delete_checked"] and not shown["reassign_checked"]
    assert not shown["delete_enabled"] and shown["cancel_default"]
    words = " ".join(shown["texts"])
    assert "Quotes (4)" in words and "Events (1)" in words
    assert store.get(ACTOR) is not None and store.get("quote:allawi-1") is not None


def test_deleting_them_too_is_a_choice_the_user_makes(qtbot, store):
    _with_an_event(store)
    window = shown_window(qtbot, store, kind="actor")

    def choose_and_delete(dialog):
        dialog.delete_quotes.click()
        dialog.buttons.button(QDialogButtonBox.Ok).click()
    _on_dialog(choose_and_delete)
    assert window.delete_keys([ACTOR]) is True
    assert store.get(ACTOR) is None and store.get("quote:allawi-1") is None
    assert not store.get("event:allawi-visit").get("actors")
