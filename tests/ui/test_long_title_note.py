"""A title or name far longer than titles and names are gets a note under its field, in the UI language,
its count in the user's digits and isolated; it blocks nothing (Save stays enabled, the text stays as typed)
and goes once the text is short again. Someone's words and a summary may be as long as they are."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from desktop.ui import settings  # noqa: E402
from desktop.ui.bidi import FSI, PDI  # noqa: E402
from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402

WORDS = {"en": ("Title: very long", "characters); titles and names are usually under"),
         "ar": ("العنوان: طويل جدًا", "حرف)؛ العناوين والأسماء عادة أقصر من")}


def _form(qtbot, store, kind: str) -> RecordEditor:
    dialog = RecordEditor(store, kind)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_ten_thousand_character_title_is_noted_and_still_saved(qtbot, store, language):
    form = _form(qtbot, store, "event")
    note = form.findChild(type(form.errors["title"]), "length_title")
    title = form.fields["title"]
    title.setPlainText("ا" * 500)
    assert not note.isVisible()
    title.setPlainText("ا" * 10_000)
    assert note.isVisible()
    text = note.text()
    for words in WORDS[language]:
        assert words in text, text
    count = "10,000"
    assert FSI + count + PDI in text     # the count isolated in the sentence
    # Shown under the title, in the field's column.
    qtbot.waitUntil(lambda: note.geometry().top() >= title.geometry().bottom(), timeout=2000)
    # On the field's start side: its right edge in the Arabic form, its left in the English one.
    if language == "ar":
        assert note.geometry().right() == title.geometry().right()
    else:
        assert note.geometry().left() == title.geometry().left()
    # A warning only: Save stays enabled and the text is kept as typed.
    assert form.buttons.button(QDialogButtonBox.Save).isEnabled()
    assert len(form.record()["title"]) == 10_000
    # Under the limit again: the note goes.
    title.setPlainText("ا" * 400)
    assert not note.isVisible() and not note.text()


def test_the_count_is_in_arabic_digits_when_asked(qtbot, store, arabic):
    settings.General().set_arabic_digits(True)
    form = _form(qtbot, store, "actor")
    form.fields["name"].setText("ب" * 600)
    note = form.findChild(type(form.errors["name"]), "length_name")
    assert note.isVisible()
    assert FSI + "٦٠٠" + PDI in note.text() and "٥٠٠" in note.text()
    assert note.text().startswith("⚠ الاسم:")
    assert not any(c.isascii() and c.isalpha() for c in note.text())


def test_long_words_and_summaries_are_not_noted(qtbot, store):
    form = _form(qtbot, store, "quote")
    form.fields["text"].setPlainText("ق" * 5000)
    assert form.findChild(type(form.errors["text"]), "length_text") is None
    event = _form(qtbot, store, "event")
    event.fields["summary"].setPlainText("م" * 5000)
    assert not event.findChild(type(event.errors["title"]), "length_title").isVisible()
