"""A quote's speaker typed and not yet in the store: while the list of suggestions is open under the field,
the problem under it («…pick one from the list») waits, so none of it peeks out under the list; closed, it
shows. After «Create new…» has made and linked the actor, the problem goes and the form gives back the
room it grew by: no empty band above Save."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from desktop.ui.dialogs.record_editor import RecordEditor
from tests.ui.conftest import shown_window
from tests.ui.keyboard_input import press, type_text
from tests.ui.test_create_new_links import _save_next_form

NEW_SPEAKER = "سعد الحديثي"


def _rect_in(dialog, widget) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


def _quote_form(qtbot, window, store) -> RecordEditor:
    form = RecordEditor(store, "quote", None, window, create=window.write_new_record)
    qtbot.addWidget(form, before_close_func=lambda d: d.done(0))
    form.show()
    qtbot.waitExposed(form)
    qtbot.wait(20)
    form.fields["text"].setPlainText("«الوضع الأمني تحت السيطرة»")
    return form


def _band_above_buttons(form) -> int:
    """Pixels between the form's last row and the buttons."""
    last = _rect_in(form, form.fields["tags"])
    return form.buttons.geometry().top() - last.bottom()


@pytest.fixture(params=["en", "ar"])
def ui(request):
    if request.param == "ar":
        request.getfixturevalue("arabic")
    return request.param


def test_the_problem_under_a_picker_waits_while_its_list_is_open(qtbot, store, ui):
    window = shown_window(qtbot, store, language=ui)
    form = _quote_form(qtbot, window, store)
    speaker, problem, date = form.fields["speaker"], form.errors["speaker"], form.fields["date"]
    below_speaker = _rect_in(form, date).top()
    speaker.setFocus()
    type_text(speaker, NEW_SPEAKER)
    qtbot.wait(50)
    assert speaker.popup().isVisible()
    assert problem.text()                              # the problem is known (Save says so) ...
    assert not problem.isVisible()                     # ... but nothing of it shows under the open list
    assert _rect_in(form, date).top() == below_speaker  # the next row did not move down for it
    press(speaker, Qt.Key_Escape)
    qtbot.waitUntil(lambda: problem.isVisible())
    shown = _rect_in(form, problem)
    assert shown.top() >= _rect_in(form, speaker).bottom() and _rect_in(form, date).top() >= shown.bottom()


def test_the_form_gives_back_its_room_after_create_new(qtbot, store, ui):
    window = shown_window(qtbot, store, language=ui)
    form = _quote_form(qtbot, window, store)
    opened, band = form.height(), _band_above_buttons(form)
    speaker = form.fields["speaker"]
    speaker.setFocus()
    type_text(speaker, NEW_SPEAKER)
    press(speaker, Qt.Key_Escape)                      # the list closed: the problem shows, the form grows
    qtbot.waitUntil(lambda: form.height() > opened)
    type_text(speaker, " ")
    seen = _save_next_form(form)
    press(speaker, Qt.Key_PageDown)                    # "Create new…", the list's last row
    press(speaker, Qt.Key_Return)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: form.height() == opened)
    assert form.record()["speaker"].startswith("actor:") and not form.errors["speaker"].isVisible()
    assert _band_above_buttons(form) == band
