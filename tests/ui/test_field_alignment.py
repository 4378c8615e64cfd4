"""Every field of a form holds its text at the UI's start side, whatever the text's script: an Arabic place in
the English UI starts at the left like the title above it, a Latin value in the Arabic UI at the right."""
from __future__ import annotations

import pytest

from desktop.ui.dialogs.record_editor import RecordEditor
from tests.ui.ink import ink_span


@pytest.mark.parametrize("language, text", [("en", "قاعدة عين الأسد"), ("ar", "Ain al-Asad")])
def test_text_of_the_other_script_starts_at_the_ui_start(request, qtbot, store, language, text):
    if language == "ar":
        request.getfixturevalue("arabic")
    dialog = RecordEditor(store, "event")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    edits = {"place": dialog.fields["place"], "category": dialog.fields["category"],
             "actor": dialog.fields["actors"].adder}
    for name, edit in edits.items():
        edit.setText(text)
    qtbot.wait(50)
    for name, edit in edits.items():
        edit.setClearButtonEnabled(False)         # only the text's pixels
        left, right = ink_span(edit)
        width = edit.width()
        if language == "en":
            assert right < width // 2, (name, left, right, width)
        else:
            assert left > width // 2, (name, left, right, width)
