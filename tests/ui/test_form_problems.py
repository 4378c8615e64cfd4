"""A record form's problems: none on a fresh form, then under the field the user edited (or every field once
Save was tried), naming the field in the UI language, and never drawn over another row."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.dialogs.record_editor import RecordEditor
from tests.ui.keyboard_input import type_text

LATIN = re.compile(r"[A-Za-z]")


def _editor(qtbot, store, kind, record=None) -> RecordEditor:
    dialog = RecordEditor(store, kind, record)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _shown_problems(dialog) -> dict[str, str]:
    return {name: label.text() for name, label in dialog.errors.items() if label.isVisible()}


def test_a_new_form_opens_without_problems_and_says_on_save_what_is_missing(qtbot, store):
    dialog = _editor(qtbot, store, "quote")
    save = dialog.buttons.button(QDialogButtonBox.Save)
    assert _shown_problems(dialog) == {} and not dialog.general_error.isVisible()
    assert not save.isEnabled()
    assert "Text is required" in save.toolTip() and "Speaker is required" in save.toolTip()
    dialog.fields["text"].setPlainText("x")
    dialog.fields["text"].setPlainText("")          # edited, and empty again
    assert _shown_problems(dialog) == {"text": "⚠ Text is required"}
    dialog.save()                                   # Ctrl+S: every problem shows
    assert _shown_problems(dialog) == {"text": "⚠ Text is required", "speaker": "⚠ Speaker is required"}
    dialog.fields["text"].setPlainText("نص")
    dialog.fields["speaker"].setText("حسين علاوي")
    assert _shown_problems(dialog) == {} and save.isEnabled()
    assert save.toolTip() == "Save (Ctrl+S or Ctrl+Enter)"


def test_the_arabic_form_names_the_missing_field_in_arabic(arabic, qtbot, store):
    dialog = _editor(qtbot, store, "quote")
    assert _shown_problems(dialog) == {}
    tip = dialog.buttons.button(QDialogButtonBox.Save).toolTip()
    problems = tip.split("</p>")[0].removeprefix("<p>").replace("<br>", "\n")
    assert problems.splitlines() == ["النص مطلوب", "المتحدث مطلوب"]
    assert not LATIN.search(problems)
    dialog.save()
    shown = _shown_problems(dialog)
    assert shown == {"text": "⚠ النص مطلوب", "speaker": "⚠ المتحدث مطلوب"}


def test_a_stored_record_shows_its_problems_at_once(qtbot, store):
    rec = dict(store.get("quote:allawi-3"), date="2025-13")
    dialog = _editor(qtbot, store, "quote", rec)
    assert "2025-13" in _shown_problems(dialog)["date"]


def _rect_in(dialog, widget) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("language", ["en", "ar"])
def test_problems_never_cover_a_field(request, qtbot, store, language):
    if language == "ar":
        request.getfixturevalue("arabic")
    dialog = _editor(qtbot, store, "quote")
    dialog.resize(dialog.minimumWidth(), 380)       # small: the form scrolls, long messages wrap
    dialog.fields["text"].setPlainText("x")
    dialog.fields["text"].setPlainText("")          # one problem shows...
    qtbot.wait(50)
    speaker = dialog.fields["speaker"]
    speaker.setFocus()
    type_text(speaker, "ال")                       # ...then another, a name that is no one's yet
    qtbot.wait(50)
    speaker.popup().hide()                          # as a click on Save closes the list first
    dialog.save()
    qtbot.wait(50)
    shown = _shown_problems(dialog)
    assert set(shown) == {"text", "speaker"}, shown
    fields = {name: _rect_in(dialog, w) for name, w in dialog.fields.items() if w.isVisible()}
    for name in shown:
        error = _rect_in(dialog, dialog.errors[name])
        assert error.top() >= fields[name].bottom(), name            # under its own field
        assert error.height() >= dialog.errors[name].heightForWidth(error.width()), name   # every line of it
        covered = [other for other, rect in fields.items() if rect.intersects(error)]
        assert covered == [], (name, covered)
