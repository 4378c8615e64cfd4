"""A record form opens showing itself whole (within the screen) and at the size the user last gave its kind."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea

from desktop.ui import settings
from desktop.ui.dialogs.record_editor import RecordEditor


def _shown(qtbot, store, kind, record=None) -> RecordEditor:
    dialog = RecordEditor(store, kind, record)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    return dialog


@pytest.mark.parametrize("kind, key", [("quote", None), ("event", "event:ain-al-asad-handover")])
def test_a_form_opens_showing_every_row(qtbot, store, kind, key):
    dialog = _shown(qtbot, store, kind, store.get(key) if key else None)
    assert not dialog.findChild(QScrollArea).verticalScrollBar().isVisible()
    last = [w for w in dialog.fields.values() if w.isVisible()][-1]
    bottom = last.mapTo(dialog, last.rect().bottomLeft()).y()
    assert bottom < dialog.buttons.geometry().top()        # the last row above the buttons, not cut off
    assert dialog.height() <= dialog.screen().availableGeometry().height()


def test_a_form_keeps_the_size_the_user_gave_it(qtbot, store):
    first = _shown(qtbot, store, "quote")
    first.resize(first.width() + 120, first.height() + 60)
    wanted = first.size()
    first.done(0)
    again = _shown(qtbot, store, "quote")
    assert again.size() == wanted
    other = _shown(qtbot, store, "actor")                  # each kind its own
    assert other.size() != wanted


def test_a_remembered_size_fits_the_screen(qtbot, store):
    settings.RecordForms().set_size("quote", QSize(5000, 4000))
    dialog = _shown(qtbot, store, "quote")
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
