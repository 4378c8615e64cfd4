"""Linking between forms: a quote picked from a source takes the source's date while it has none (and says
so), and an event made from a quote's event picker starts with the quote's date, source and speaker."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402
from tests.ui.keyboard_input import press, type_text  # noqa: E402

SOURCE = "source:seed-ain-al-asad"          # published 2025-12-31


def _quote_form(qtbot, window, store) -> RecordEditor:
    form = RecordEditor(store, "quote", None, window, create=window.write_new_record)
    qtbot.addWidget(form, before_close_func=lambda d: d.done(0))
    form.show()
    qtbot.waitExposed(form)
    form.fields["text"].setPlainText("نرفض أي وجود عسكري أجنبي على أرضنا")
    return form


def _pick_source(qtbot, form) -> None:
    picker = form.fields["source"]
    type_text(picker, "العراق يعلن أن جيشه")
    qtbot.waitUntil(picker.listing_now, timeout=2000)
    press(picker, Qt.Key_Return)
    qtbot.waitUntil(lambda: picker.reference() == SOURCE, timeout=2000)


def test_picking_a_source_fills_an_empty_date_with_its_published_date_and_says_so(qtbot, store):
    window = shown_window(qtbot, store)
    form = _quote_form(qtbot, window, store)
    note = form.findChild(type(form.general_error), "date_note")
    assert not note.isVisible()
    _pick_source(qtbot, form)
    date = form.fields["date"]
    assert date.text() == "2025-12-31" and date.precision.currentText() == "Day"
    assert note.isVisible() and "source" in note.text()
    assert form.record()["date"] == "2025-12-31"


def test_picking_a_source_keeps_a_typed_date(qtbot, store):
    window = shown_window(qtbot, store)
    form = _quote_form(qtbot, window, store)
    type_text(form.fields["date"].edit, "2025-11")
    _pick_source(qtbot, form)
    assert form.fields["date"].text() == "2025-11"
    assert not form.findChild(type(form.general_error), "date_note").isVisible()


def test_an_event_made_from_a_quote_starts_with_its_date_source_and_speaker(qtbot, store):
    window = shown_window(qtbot, store)
    form = _quote_form(qtbot, window, store)
    form.fields["speaker"].set_reference("actor:hussein-allawi")
    _pick_source(qtbot, form)
    seen = []

    def look():
        nested = QApplication.activeModalWidget()
        if not isinstance(nested, RecordEditor) or nested is form:
            QTimer.singleShot(10, look)
            return
        seen.append({"title": nested.fields["title"].toPlainText(), "date": nested.fields["date"].text(),
                     "sources": [r.picker.text() for r in nested.fields["sources"].rows],
                     "actors": [(r.picker.text(), r.role_text()) for r in nested.fields["actors"].rows]})
        nested.done(0)
    QTimer.singleShot(0, look)
    picker = form.fields["event"]
    type_text(picker, "مؤتمر صحفي")
    press(picker, Qt.Key_PageDown)
    press(picker, Qt.Key_Return)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    shown = seen[0]
    assert shown["title"] == "مؤتمر صحفي" and shown["date"] == "2025-12-31"
    assert shown["sources"] == ["العراق يعلن أن جيشه سيتسلم مقر التحالف الدولي في قاعدة عين الأسد"]
    assert len(shown["actors"]) == 1 and shown["actors"][0][1] == "spokesperson"
    assert shown["actors"][0][0] == store.get("actor:hussein-allawi")["name"]
