"""Export Selected Records (File menu and the row menu) writes the rows selected, one row included,
and says how many in the UI's language; exported files and the clipboard carry no bidi isolates
(the UI's, around names in an import's notes); a yes-or-no column words "no" one way."""
from __future__ import annotations

import csv
import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.ui.conftest import shown_window
from tests.ui.test_export_selection import CSV_FILTER, JSONL_FILTER, click_rows, data_rows, save_as

ISOLATES = "\u2066\u2067\u2068\u2069"
NOTES = "اقتباس؛ المتكلم: \u2068«وزير الدفاع»\u2069، بعد فعل القول \u2068«قال»\u2069"


def file_menu_entry(window):
    menu = window.menuBar().actions()[0].menu()
    menu.aboutToShow.emit()
    return next(a for a in menu.actions() if a.objectName() == "export_selected")


def row_menu_entry(window, tab, row):
    menu = window.row_menu(tab, row)
    return next(a for a in menu.actions() if a.objectName() == "export_selected")


def test_one_selected_row_is_offered_and_exported_alone(qtbot, store, tmp_path, monkeypatch):
    w = shown_window(qtbot, store, kind="quote")
    tab = w.current_tab()
    assert tab.model.rowCount() > 2
    (chosen,) = click_rows(qtbot, tab, [1])
    entry = row_menu_entry(w, tab, 1)
    assert entry.text() == "Export 1 Selected Record…" and entry.isEnabled()
    assert file_menu_entry(w).text() == "Export 1 Selected Record…"
    titles = save_as(monkeypatch, tmp_path / "one.csv", CSV_FILTER)
    entry.trigger()
    rows = data_rows(tmp_path / "one.csv")
    assert [r[0] for r in rows] == [chosen]
    assert titles == ["Export 1 selected record"]
    # From the File menu, as JSON Lines.
    save_as(monkeypatch, tmp_path / "one.jsonl", JSONL_FILTER)
    file_menu_entry(w).trigger()
    lines = (tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [chosen]


def test_the_count_is_worded_in_both_languages(arabic, qtbot, store):
    w = shown_window(qtbot, store, kind="quote", language="ar")
    tab = w.current_tab()
    click_rows(qtbot, tab, [0, 2])
    assert file_menu_entry(w).text() == "تصدير السجلين المحددين…"
    click_rows(qtbot, tab, [0, 1, 2])
    assert row_menu_entry(w, tab, 0).text() == "تصدير 3 سجلات محددة…"
    click_rows(qtbot, tab, [0])
    assert row_menu_entry(w, tab, 0).text() == "تصدير السجل المحدد…"


def test_the_english_plural(qtbot, store):
    w = shown_window(qtbot, store, kind="quote")
    click_rows(qtbot, w.current_tab(), [0, 1, 2])
    assert file_menu_entry(w).text() == "Export 3 Selected Records…"


def test_no_isolates_in_files_or_on_the_clipboard_and_one_word_for_no(arabic, qtbot, store, tmp_path,
                                                                      monkeypatch):
    store.put({"kind": "quote", "id": "quote:marked", "text": "نص \u2068«مقتبس»\u2069 هنا",
               "speaker": "actor:hussein-allawi", "notes": NOTES, "partial": False})
    store.put({"kind": "quote", "id": "quote:unmarked", "text": "نص آخر بلا علامات",
               "speaker": "actor:hussein-allawi"})
    w = shown_window(qtbot, store, kind="quote", language="ar")
    tab = w.current_tab()
    save_as(monkeypatch, tmp_path / "all.csv", CSV_FILTER)
    w.export_records()
    text = (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    assert not any(mark in text for mark in ISOLATES)
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    partial = table[0].index("جزئي")
    by_id = {row[0]: row for row in table[1:]}
    assert by_id["quote:marked"][partial] == by_id["quote:unmarked"][partial] == "لا"
    assert "المتكلم: «وزير الدفاع»، بعد فعل القول «قال»" in by_id["quote:marked"][table[0].index("ملاحظات")]
    save_as(monkeypatch, tmp_path / "all.jsonl", JSONL_FILTER)
    w.export_records()
    text = (tmp_path / "all.jsonl").read_text(encoding="utf-8")
    assert not any(mark in text for mark in ISOLATES) and "«وزير الدفاع»" in text
    # Ctrl+C on the row: what the table shows, without the marks.
    assert tab.select_key("quote:marked")
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key_C, Qt.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "نص «مقتبس» هنا" in copied
    assert not any(mark in copied for mark in ISOLATES)


def test_the_file_menu_offers_export_selected_only_when_rows_are_selected(qtbot, tmp_path):
    from desktop.core.storage import Store
    with Store.create(tmp_path / "empty.db") as empty:
        w = shown_window(qtbot, empty, kind="quote")
        entry = file_menu_entry(w)
        assert not entry.isVisible()
        w.close()


def test_exporting_a_selection_does_not_call_it_the_records_of_this_tab(qtbot, store, tmp_path, monkeypatch):
    from desktop.ui import file_actions
    w = shown_window(qtbot, store, kind="quote")
    click_rows(qtbot, w.current_tab(), [0])
    offered = []

    def dialog(parent, title, folder, filters):
        offered.append(filters)
        return "", ""
    monkeypatch.setattr(file_actions.file_dialogs, "save_file_name", dialog)
    file_menu_entry(w).trigger()
    assert "CSV, the selected records (*.csv)" in offered[0] and "this tab" not in offered[0]
    w.export_records()          # one row is the cursor, not a choice: the whole tab is exported
    assert "CSV, the records of this tab (*.csv)" in offered[1]
