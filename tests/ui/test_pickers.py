"""Reference fields are picked by name: typing offers records, the keyboard picks one, the form stores its
id and shows only names; links carry their roles; "Create new…" makes the record and links it."""
from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit  # noqa: E402
from shiboken6 import isValid  # noqa: E402

from desktop.core import arabic as arabic_text  # noqa: E402
from desktop.core.kinds.fields import ID_RE  # noqa: E402
from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402
from desktop.ui.dialogs.suggestion_view import CREATE_ROLE, DETAIL_ROLE  # noqa: E402
from tests.ui.keyboard_input import press, rows, type_text  # noqa: E402

ID_TEXT = ID_RE.pattern.strip("^$")


def _editor(qtbot, store, kind, record=None, **options) -> RecordEditor:
    dialog = RecordEditor(store, kind, record, **options)
    # Closed unasked at the end of the test: a changed form would ask before closing.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    return dialog


def _shown_texts(dialog) -> list[str]:
    return [edit.text() for edit in dialog.findChildren(QLineEdit) if edit.text()]


def test_typing_offers_records_by_name_and_enter_picks_the_best(qtbot, store):
    dialog = _editor(qtbot, store, "quote")
    speaker = dialog.fields["speaker"]
    type_text(speaker, "علاوى")                   # ى for ي: the analyser meets them
    popup = speaker.popup()
    assert popup.isVisible() and rows(popup)[0] == "حسين علاوي"
    detail = popup.model().index(0, 0).data(DETAIL_ROLE)
    assert "person" in detail and "مستشار رئيس الوزراء العراقي" in detail and "actor:" not in detail
    press(speaker, Qt.Key_Return)
    assert not popup.isVisible()
    assert speaker.text() == "حسين علاوي"
    assert dialog.record()["speaker"] == "actor:hussein-allawi"


def test_the_arrow_keys_move_through_the_list_and_escape_closes_it(qtbot, store):
    dialog = _editor(qtbot, store, "quote")
    speaker = dialog.fields["speaker"]
    type_text(speaker, "ال")
    popup = speaker.popup()
    offered = [name for row, name in enumerate(rows(popup)) if not popup.model().index(row, 0).data(CREATE_ROLE)]
    assert len(offered) >= 3 and offered[0] == "العراق"          # a name that starts with the text first
    press(speaker, Qt.Key_Escape)
    assert not popup.isVisible() and dialog.isVisible()            # Escape closed the list, not the form
    press(speaker, Qt.Key_Down)                                    # Down opens it again
    assert popup.isVisible()
    press(speaker, Qt.Key_Down)
    press(speaker, Qt.Key_Down)
    press(speaker, Qt.Key_Up)
    press(speaker, Qt.Key_Return)
    assert speaker.text() == offered[1]
    assert dialog.record()["speaker"] == store.resolve("actor", offered[1])


def test_a_name_typed_and_not_picked_resolves_when_it_names_one_record(qtbot, store):
    dialog = _editor(qtbot, store, "quote")
    dialog.fields["text"].setPlainText("نص")
    speaker = dialog.fields["speaker"]
    type_text(speaker, "علاوي")                   # an alias: one actor
    press(speaker, Qt.Key_Escape)
    assert dialog.record()["speaker"] == "actor:hussein-allawi"
    assert dialog.buttons.button(QDialogButtonBox.Save).isEnabled()
    speaker.clear()
    type_text(speaker, "حسين")                    # a prefix names no one yet
    press(speaker, Qt.Key_Escape)
    assert dialog.errors["speaker"].text() and not dialog.buttons.button(QDialogButtonBox.Save).isEnabled()


def test_a_loaded_record_shows_names_and_never_an_id(qtbot, store):
    for key in ("event:ain-al-asad-handover", "quote:allawi-3", "actor:hussein-allawi", "place:ain-al-asad"):
        rec = store.get(key)
        dialog = _editor(qtbot, store, rec["kind"], rec)
        texts = _shown_texts(dialog)
        assert texts and not [t for t in texts if ID_RE.match(t)], texts
        assert dialog.record() == rec                 # the ids are underneath, unchanged
    quote = _editor(qtbot, store, "quote", store.get("quote:allawi-3"))
    assert quote.fields["speaker"].text() == "حسين علاوي"
    assert "مستشار" in quote.fields["speaker"].toolTip()


def test_an_events_actors_are_rows_with_their_roles(qtbot, store):
    rec = store.get("event:ain-al-asad-handover")
    dialog = _editor(qtbot, store, "event", rec)
    actors = dialog.fields["actors"]
    assert [row.picker.reference() for row in actors.rows] == [a["actor"] for a in rec["actors"]]
    assert [row.role_text() for row in actors.rows] == [a.get("role", "") for a in rec["actors"]]
    before = len(actors.rows)
    type_text(actors.adder, "علاوي")
    press(actors.adder, Qt.Key_Return)
    assert len(actors.rows) == before + 1 and actors.adder.text() == ""
    row = actors.rows[-1]
    assert row.picker.text() == "حسين علاوي"
    role = row.role
    assert dialog.focusWidget() in (role, role.lineEdit())          # the role comes next
    offered = [role.itemText(i) for i in range(role.count())]
    assert "المتسلم" in offered                                  # a role the store's links use
    role.setCurrentText("المعلن")
    assert dialog.record()["actors"][-1] == {"actor": "actor:hussein-allawi", "role": "المعلن"}
    store.put(dialog.record())
    again = _editor(qtbot, store, "event", store.get(rec["id"]))
    assert again.fields["actors"].rows[-1].role_text() == "المعلن"
    assert again.fields["actors"].rows[-1].picker.text() == "حسين علاوي"
    # The remove button takes a link away; the rest keep their order.
    first = again.fields["actors"].rows[0]
    first.remove.click()
    assert again.record()["actors"] == store.get(rec["id"])["actors"][1:]


def test_an_events_sources_are_picked_by_title(qtbot, store):
    dialog = _editor(qtbot, store, "event")
    dialog.fields["title"].setPlainText("حدث")
    sources = dialog.fields["sources"]
    assert sources.rows == [] and sources.roles is None
    type_text(sources.adder, "جيشه")                 # a word inside the title
    assert rows(sources.adder.popup())[0].startswith("العراق يعلن")
    press(sources.adder, Qt.Key_Return)
    assert dialog.record()["sources"] == ["source:seed-ain-al-asad"]
    assert sources.rows[0].role is None


def _answer_next_dialog(qtbot, work):
    """Run `work(dialog)` on the next modal dialog that opens (a nested form or a question), once it is the
    active window: its shortcuts (Ctrl+S) reach it only then, and on a busy machine it can open before it is
    activated. A dialog still open 10 s later is rejected, so a test that fails fails instead of hanging in
    the dialog's own event loop; the search for one stops after 10 s too."""
    deadline = time.monotonic() + 10

    def check():
        dialog = QApplication.activeModalWidget()
        waiting = dialog is None or getattr(dialog, "_answered", False)
        if not waiting and not dialog.isActiveWindow() and time.monotonic() < deadline - 8:
            dialog.activateWindow()
            waiting = True
        if waiting:
            if time.monotonic() < deadline:
                QTimer.singleShot(20, check)
            return
        dialog._answered = True
        QTimer.singleShot(10_000, lambda: isValid(dialog) and dialog.isVisible() and dialog.reject())
        work(dialog)
    QTimer.singleShot(0, check)


def test_create_new_makes_the_record_named_as_typed_and_links_it(qtbot, store):
    dialog = _editor(qtbot, store, "quote")
    speaker = dialog.fields["speaker"]
    type_text(speaker, "سليم الجديد")
    popup = speaker.popup()
    last = popup.model().index(popup.model().rowCount() - 1, 0)
    assert last.data(CREATE_ROLE) and "سليم الجديد" in last.data()
    seen = {}

    def fill_and_save(nested):
        seen["title"] = nested.windowTitle()
        seen["name"] = nested.fields["name"].text()
        combo = nested.fields["type"]
        combo.setCurrentIndex(combo.findData("person"))
        press(nested.fields["name"], Qt.Key_S, Qt.ControlModifier)      # Ctrl+S saves the nested form

    _answer_next_dialog(qtbot, fill_and_save)
    press(speaker, Qt.Key_PageDown)                  # to the end of the list: "Create new…"
    press(speaker, Qt.Key_Return)
    qtbot.waitUntil(lambda: "name" in seen and speaker.text() == "سليم الجديد", timeout=3000)
    assert seen["name"] == "سليم الجديد" and seen["title"] == "New Actor"
    key = dialog.record()["speaker"]
    assert key.startswith("actor:") and store.get(key)["name"] == "سليم الجديد"
    assert store.get(key)["type"] == "person"
    assert not [t for t in _shown_texts(dialog) if ID_RE.match(t)]


def test_create_new_cancelled_links_nothing(qtbot, store):
    dialog = _editor(qtbot, store, "event")
    place = dialog.fields["place"]
    type_text(place, "مكان لا وجود له")
    assert rows(place.popup()) and place.popup().model().index(0, 0).data(CREATE_ROLE)   # the only offer
    counts = store.counts()
    _answer_next_dialog(qtbot, lambda nested: nested.done(0))      # closed untouched: nothing to ask
    press(place, Qt.Key_Return)
    qtbot.wait(100)
    assert store.counts() == counts and place.text() == "مكان لا وجود له"
    assert dialog.errors["place"].text()


def test_a_picker_without_a_way_to_create_offers_no_create_row(qtbot, store):
    from desktop.ui.dialogs.reference_edit import ReferenceEdit
    picker = ReferenceEdit(store, "actor")
    qtbot.addWidget(picker)
    picker.show()
    type_text(picker, "لا أحد")
    assert rows(picker.popup()) == []


def test_in_arabic_the_list_says_what_tells_records_apart_in_arabic(qtbot, store, arabic):
    dialog = _editor(qtbot, store, "quote")
    speaker = dialog.fields["speaker"]
    assert dialog.isRightToLeft() and speaker.isRightToLeft()
    type_text(speaker, "واشنط")
    popup = speaker.popup()
    first = popup.model().index(0, 0)
    assert first.data() == "الولايات المتحدة"
    detail = first.data(DETAIL_ROLE)
    assert "دولة" in detail and "واشنطن" in detail and "state" not in detail
    create = popup.model().index(popup.model().rowCount() - 1, 0).data()
    assert create.startswith("إنشاء") and "Create" not in create
    assert speaker.placeholderText() == QCoreApplication.translate("ReferenceEdit",
                                                                   "Type a name, then pick from the list")


@pytest.mark.parametrize("typed", ["حسين علاوي", "Hussein Allawi", "حسين علاوى"])
def test_no_create_row_for_a_name_the_store_already_has(qtbot, store, typed):
    """A whole name of a record, in either script or a spelling the analyser folds, is that record:
    "Create new…" would only invite a duplicate."""
    dialog = _editor(qtbot, store, "quote")
    speaker = dialog.fields["speaker"]
    type_text(speaker, typed)
    popup = speaker.popup()
    assert rows(popup)[0] == "حسين علاوي"
    assert not [r for r in range(popup.model().rowCount()) if popup.model().index(r, 0).data(CREATE_ROLE)]
    # A part of a name still offers it.
    type_text(speaker, "علاوي الصغير")
    assert popup.model().index(popup.model().rowCount() - 1, 0).data(CREATE_ROLE)


def _fresh_actor_row(qtbot, fresh):
    fresh.put({"kind": "actor", "id": "actor:ali", "name": "علي الحسيني"})
    dialog = _editor(qtbot, fresh, "event")
    actors = dialog.fields["actors"]
    type_text(actors.adder, "علي")
    press(actors.adder, Qt.Key_Return)
    return dialog, actors.rows[-1].role


def test_a_role_on_a_store_without_roles_offers_the_common_roles(qtbot, tmp_path):
    """No roles in use yet: the drop-down still offers the common roles (in the UI language), open to another."""
    from desktop.core.storage import Store
    with Store.create(tmp_path / "fresh.db") as fresh:
        dialog, role = _fresh_actor_row(qtbot, fresh)
        assert isinstance(role, QComboBox) and role.isEditable()
        assert dialog.focusWidget() in (role, role.lineEdit())          # the role comes next
        qtbot.waitUntil(role.isVisible)
        offered = [role.itemText(i) for i in range(role.count())]
        assert {"perpetrator", "victim", "mediator", "spokesperson"} <= set(offered) and "" not in offered
        assert not any(arabic_text.contains_arabic(text) for text in offered)
        assert role.currentText() == "" and role.lineEdit().placeholderText() == "Role, e.g. perpetrator"
        type_text(role.lineEdit(), "وسيط محلي")
        dialog.fields["title"].setPlainText("حدث")
        assert dialog.record()["actors"] == [{"actor": "actor:ali", "role": "وسيط محلي"}]
        dialog.done(0)


def test_in_arabic_the_common_roles_are_arabic_after_the_stores_own(qtbot, tmp_path, arabic):
    from desktop.core.storage import Store
    with Store.create(tmp_path / "fresh.db") as fresh:
        fresh.put({"kind": "actor", "id": "actor:sami", "name": "سامي"})
        fresh.put({"kind": "event", "id": "event:one", "title": "حدث", "actors": [{"actor": "actor:sami",
                                                                                  "role": "قائد الحملة"}]})
        dialog, role = _fresh_actor_row(qtbot, fresh)
        offered = [role.itemText(i) for i in range(role.count())]
        assert offered[0] == "قائد الحملة" and {"المنفذ", "الضحية", "الوسيط"} <= set(offered)
        assert all(arabic_text.contains_arabic(text) for text in offered)
        dialog.done(0)


def test_the_roles_in_use_are_offered_without_a_blank_row(qtbot, store):
    dialog = _editor(qtbot, store, "event")
    actors = dialog.fields["actors"]
    type_text(actors.adder, "علاوي")
    press(actors.adder, Qt.Key_Return)
    role = actors.rows[-1].role
    offered = [role.itemText(i) for i in range(role.count())]
    assert offered and "" not in offered                        # no role is the empty text
    assert role.currentText() == "" and role.lineEdit().placeholderText() == "Role, e.g. perpetrator"
    assert dialog.record()["actors"][-1] == {"actor": "actor:hussein-allawi"}
