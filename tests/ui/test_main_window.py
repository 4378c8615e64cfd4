"""The main window: lazy tabs, global search, detail pane, editing with undo, review."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import views
from desktop.ui.commands import DeleteCommand, PutCommand, ReviewCommand
from desktop.ui.dialogs.delete_dependents import DeleteDependentsDialog, dependents
from desktop.ui.dialogs.record_editor import RecordEditor
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show_kind("event")
    w.show()
    qtbot.waitExposed(w)
    return w


def test_tabs_are_built_when_first_shown(window):
    assert set(window.tabs_by_kind) == {"event"}
    window.tab_widget.setCurrentIndex(views.TAB_ORDER.index("quote"))
    assert set(window.tabs_by_kind) == {"event", "quote"}
    assert window.current_kind() == "quote"
    assert window.current_tab().model.rowCount() == 5


def test_search_as_you_type_filters_every_tab_and_counts_hits(window, qtbot):
    window.show_kind("quote")
    # Typed a character at a time (QTest cannot synthesise Arabic key presses).
    for ch in "علاوي":
        window.search_field.insert(ch)
    assert window.hit_counts is None    # nothing yet: the search waits for a pause
    # Debounced: the tabs update once typing pauses.
    qtbot.waitUntil(lambda: window.hit_counts is not None and "(" in window.tab_widget.tabText(2), timeout=3000)
    assert window.hit_counts["quote"] == 4
    assert window.tabs_by_kind["quote"].model.rowCount() == 4
    assert window.tab_widget.tabText(views.TAB_ORDER.index("quote")).endswith("(4)")
    assert window.tab_widget.tabText(views.TAB_ORDER.index("place")).endswith("(0)")
    assert "ms" in window.status_search.text()
    # A tab first shown after the search is filtered too.
    window.show_kind("place")
    assert window.tabs_by_kind["place"].model.rowCount() == 0
    # Emptying the search lists everything again, in each tab as it is shown.
    window.set_search("")
    assert window.hit_counts is None
    assert "(" not in window.tab_widget.tabText(2)
    window.show_kind("quote")
    assert window.tabs_by_kind["quote"].model.rowCount() == 5


def test_find_shortcut_focuses_search(window, qtbot):
    window.current_tab().view.setFocus()
    window.act_find.trigger()
    assert window.search_field.hasFocus() or window.focusWidget() is window.search_field


def test_selecting_a_row_shows_the_record_and_links_lead_on(window, qtbot):
    window.show_kind("quote")
    tab = window.current_tab()
    assert tab.select_key("quote:allawi-3")
    html = window.detail.toHtml()
    assert "حسين علاوي" in html and "marsad:actor:hussein-allawi" in html
    window._link_clicked(QUrl("marsad:actor:hussein-allawi"))
    assert window.current_kind() == "actor"
    assert "حسين علاوي" in window.detail.toPlainText()
    window.go_back()
    assert window.current_kind() == "quote"
    window.go_forward()
    assert window.current_kind() == "actor"


def test_detail_escapes_record_text(window, store):
    store.put({"kind": "actor", "id": "actor:evil", "name": "<b>bold</b><script>x</script>"})
    window.show_record("actor:evil")
    assert "<b>bold</b><script>x</script>" in window.detail.toPlainText()


def test_status_bar_shows_path_and_counts(window, store):
    assert str(store.path) in window.status_path.text()
    assert "8" in window.status_counts.text() and "13" in window.status_counts.text()


def test_edit_then_undo_and_redo(window, store):
    before = store.get("actor:hussein-allawi")
    edited = dict(before, name="حسين علاوي المعدل", title="مستشار")
    assert window.push(PutCommand(store, edited, window.changes))
    assert store.get("actor:hussein-allawi")["name"] == "حسين علاوي المعدل"
    window.act_undo.trigger()
    assert store.get("actor:hussein-allawi") == before
    window.act_redo.trigger()
    assert store.get("actor:hussein-allawi")["title"] == "مستشار"


def test_new_record_undo_removes_it(window, store):
    window.push(PutCommand(store, {"kind": "place", "id": "place:test", "name": "مكان"}, window.changes))
    assert store.get("place:test")
    window.undo_stack.undo()
    assert store.get("place:test") is None


def test_delete_and_undo_restores_dependents(window, store):
    window.show_kind("place")
    before_events = {k: store.get(k) for k in ("event:ain-al-asad-handover",)}
    assert window.delete_keys(["place:ain-al-asad"], confirm=False)
    assert store.get("place:ain-al-asad") is None
    window.undo_stack.undo()
    assert store.get("place:ain-al-asad") is not None
    for key, rec in before_events.items():
        assert store.get(key) == rec


def test_deleting_an_actor_with_quotes_asks_and_undo_brings_them_back(window, store):
    assert dependents(store, "actor:hussein-allawi") == [("Quotes", 4)]
    assert dependents(store, "place:anbar") == []
    dialog = DeleteDependentsDialog(store, ["actor:hussein-allawi"], ["actor:hussein-allawi"], window)
    assert dialog.decision() == ""                   # nothing is chosen for the user
    dialog.delete_quotes.setChecked(True)
    assert dialog.decision() == "delete"
    dialog.reassign.setChecked(True)
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    dialog.target.set_reference("actor:qais-al-muhammadawi", "قيس المحمداوي")
    assert dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    assert dialog.decision() == "reassign:actor:qais-al-muhammadawi"
    quotes_before = {q: store.get(q) for q in ("quote:allawi-1", "quote:allawi-2")}
    window.push(DeleteCommand(store, ["actor:hussein-allawi"], window.changes, dialog.decision()))
    assert store.get("quote:allawi-1")["speaker"] == "actor:qais-al-muhammadawi"
    window.undo_stack.undo()
    assert store.get("actor:hussein-allawi") is not None
    for key, rec in quotes_before.items():
        assert store.get(key) == rec


def test_review_accept_one_and_reject_in_bulk_with_undo(window, store, qtbot):
    for i in range(3):
        store.put({"kind": "event", "id": f"event:proposed-{i}", "title": f"حدث مقترح {i}", "review": "unreviewed",
                   "date": "2030-01-0%d" % (i + 1)})
    window._store_changed(["event"])
    tab = window.tab("event")
    tab.set_review_filter("unreviewed")
    assert tab.model.rowCount() == 3
    tab.select_key("event:proposed-0")
    assert window.act_accept.isEnabled()
    window.act_accept.trigger()
    assert store.get("event:proposed-0").get("review", "confirmed") == "confirmed"
    assert tab.model.rowCount() == 2
    window.undo_stack.undo()
    assert store.get("event:proposed-0")["review"] == "unreviewed"
    tab.view.selectAll()
    keys = tab.selected_unreviewed()
    assert len(keys) == 3
    window.push(ReviewCommand(store, keys, window.changes))
    assert all(store.get(k).get("review", "confirmed") == "confirmed" for k in keys)
    window.undo_stack.undo()
    tab.view.selectAll()
    assert window.delete_keys(tab.selected_unreviewed(), confirm=False)
    assert all(store.get(f"event:proposed-{i}") is None for i in range(3))
    window.undo_stack.undo()
    assert all(store.get(f"event:proposed-{i}")["review"] == "unreviewed" for i in range(3))


def test_editor_validates_inline_and_disables_save(qtbot, store):
    dialog = RecordEditor(store, "quote")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.Save)
    assert not save.isEnabled()
    dialog.fields["text"].setPlainText("نص جديد")
    dialog.fields["speaker"].setText("علاوي")      # an alias resolves
    assert save.isEnabled(), dialog.problems()
    dialog.fields["date"].setText("2025-13")
    assert not save.isEnabled()
    assert not dialog.errors["date"].isHidden() and "2025-13" in dialog.errors["date"].text()
    dialog.fields["date"].setText("2025-12")
    dialog.fields["speaker"].setText("شخص لا وجود له")
    assert not save.isEnabled() and dialog.errors["speaker"].text()
    dialog.fields["speaker"].setText("حسين علاوي")
    assert save.isEnabled()
    rec = dialog.record()
    assert rec["speaker"] == "actor:hussein-allawi" and rec["date"] == "2025-12"


def test_editor_keeps_fields_it_does_not_show(qtbot, store):
    rec = store.get("quote:allawi-3")
    dialog = RecordEditor(store, "quote", rec)
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.Save).isEnabled(), dialog.problems()
    assert dialog.record() == rec


@pytest.mark.parametrize("key", ["actor:global-coalition", "place:anbar", "source:seed-ain-al-asad",
                                 "event:ain-al-asad-handover", "quote:allawi-1"])
def test_editor_round_trips_every_kind(qtbot, store, key):
    rec = store.get(key)
    dialog = RecordEditor(store, rec["kind"], rec)
    qtbot.addWidget(dialog)
    assert dialog.validate(), dialog.problems()
    assert dialog.record() == rec


def test_read_only_store_disables_editing(qtbot, store, tmp_path):
    from desktop.core.storage import Store
    path = store.path
    store.close()
    ro = Store.open(path, readonly=True)
    w = MainWindow(ro, "en")
    qtbot.addWidget(w)
    w.show_kind("event")
    w.current_tab().select_first()
    assert not w.act_new.isEnabled() and not w.act_delete.isEnabled()
    assert "read-only" in w.status_path.text()
    ro.close()


def test_keyboard_shortcuts_exist_for_actions(window):
    from PySide6.QtGui import QKeySequence
    assert window.act_find.shortcut().matches(QKeySequence(QKeySequence.Find)) == QKeySequence.ExactMatch
    for act in (window.act_new, window.act_open_store, window.act_delete, window.act_undo, window.act_redo,
                window.act_quit, window.act_shortcuts, window.act_edit, window.act_accept, window.act_reject,
                window.act_import, window.act_export, window.act_backup, window.act_print):
        assert not act.shortcut().isEmpty(), act.text()


def test_state_is_saved_and_restored(qtbot, store):
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    w.show_kind("source")
    w.tab("source").view.setColumnWidth(0, 333)
    w.save_state()
    w2 = MainWindow(store, "en")
    qtbot.addWidget(w2)
    w2.restore_state()
    assert w2.current_kind() == "source"
    assert w2.tab("source").view.columnWidth(0) == 333


def test_fragments_wait_for_more_letters_or_enter(window, qtbot):
    from desktop.ui.search_actions import worth_searching
    assert not worth_searching("ال") and not worth_searching("و")
    assert worth_searching("علا") and worth_searching('"ال"') and worth_searching("kind:actor")
    window.show_kind("quote")
    window.search_field.setText("عل")
    window.search_as_typed()
    assert window.search_text == "" and window.current_tab().model.rowCount() == 5
    window.search_field.returnPressed.emit()          # Enter searches whatever is typed
    assert window.search_text == "عل"


def test_bad_query_is_reported_not_raised(window):
    window.set_search("kind:planet")
    assert "planet" in window.status_search.text()
    assert window.search_field.toolTip()


@pytest.fixture
def import_dialogs(monkeypatch):
    """The import's result and error dialogs, captured instead of shown."""
    from desktop.ui.importing import run
    seen = {"result": [], "errors": []}
    monkeypatch.setattr(run.ImportResultDialog, "exec", lambda self: seen["result"].append(self) or 0)
    monkeypatch.setattr(run.ImportErrorsDialog, "exec", lambda self: seen["errors"].append(self) or 0)
    return seen


def test_import_refreshes_the_window(window, tmp_path, store, import_dialogs):
    path = tmp_path / "more.jsonl"
    path.write_text('{"kind": "place", "id": "place:new-town", "name": "بلدة جديدة"}\n', encoding="utf-8")
    window.show_kind("place")
    window.import_files([str(path)])
    assert import_dialogs["result"] and not import_dialogs["errors"]
    assert store.get("place:new-town")["name"] == "بلدة جديدة"
    assert window.tabs_by_kind["place"].model.rowCount() == 5
    assert "5" in window.status_counts.text()


def test_failed_import_changes_nothing(window, tmp_path, store, import_dialogs):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"kind": "place", "id": "place:ok", "name": "x"}\n{"kind": "place"}\n', encoding="utf-8")
    window.import_files([str(path)])
    assert import_dialogs["errors"] and not import_dialogs["result"]
    assert store.get("place:ok") is None


def test_add_to_briefing_fills_the_basket_and_the_composer_opens_with_it(window, qtbot):
    window.show_kind("quote")
    window.set_search("علاوي")
    window.act_add_briefing.trigger()
    from desktop.ui.briefing.composer import BriefingComposer
    # Ctrl+B adds to the basket and counts it; the composer opens only when asked for.
    assert window.findChild(BriefingComposer) is None
    assert window.basket_button.count == 4
    window.act_print.trigger()
    composer = window.findChild(BriefingComposer)
    assert composer is not None
    ids = composer.basket.ids()
    assert len(ids) == 4 and all(k.startswith("quote:") for k in ids)
    composer.close()          # stops its preview timer before the store closes
    composer.deleteLater()
