"""File ▸ Export with rows selected: more than one selected row exports those rows (the dialog's title
and the status message say how many); one selected row, the cursor's, exports the whole result."""
from __future__ import annotations

import csv
import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from desktop.ui import file_actions  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402

CSV_FILTER = "CSV, the records of this tab (*.csv)"
JSONL_FILTER = "JSON Lines (*.jsonl)"


def save_as(monkeypatch, path, chosen: str) -> list[str]:
    """The save dialog answers `path` with the filter `chosen`; returns the titles it was shown with."""
    titles = []

    def dialog(parent, title, folder, filters):
        titles.append(title)
        return str(path), chosen
    monkeypatch.setattr(file_actions.file_dialogs, "save_file_name", dialog)
    return titles


def click_rows(qtbot, tab, rows: list[int]) -> list[str]:
    """Click the first row, Ctrl+click the others, as an analyst picks rows; their ids."""
    view = tab.view
    for n, row in enumerate(rows):
        rect = view.visualRect(tab.model.index(row, 0))
        qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.ControlModifier if n else Qt.NoModifier,
                         rect.center())
    return [tab.model.key_at(r) for r in rows]


def data_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))[1:]


def test_two_selected_rows_are_the_csv(qtbot, store, tmp_path, monkeypatch):
    w = shown_window(qtbot, store, kind="quote")
    tab = w.current_tab()
    assert tab.model.rowCount() > 2
    chosen = click_rows(qtbot, tab, [0, 2])
    titles = save_as(monkeypatch, tmp_path / "quotes.csv", CSV_FILTER)
    w.export_records()
    rows = data_rows(tmp_path / "quotes.csv")
    assert len(rows) == 2 and {r[0] for r in rows} == set(chosen)
    assert titles == ["Export 2 selected records"]
    assert w.statusBar().currentMessage().startswith("Exported 2 selected records to ")


def test_selected_rows_win_over_the_search_in_jsonl(qtbot, store, tmp_path, monkeypatch):
    w = shown_window(qtbot, store, kind="actor")
    chosen = click_rows(qtbot, w.current_tab(), [1, 3, 4])
    save_as(monkeypatch, tmp_path / "chosen.jsonl", JSONL_FILTER)
    w.export_records()
    lines = (tmp_path / "chosen.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == sorted(chosen)


def test_one_selected_row_exports_the_whole_tab(qtbot, store, tmp_path, monkeypatch):
    w = shown_window(qtbot, store, kind="quote")
    tab = w.current_tab()
    click_rows(qtbot, tab, [1])
    titles = save_as(monkeypatch, tmp_path / "quotes.csv", CSV_FILTER)
    w.export_records()
    assert len(data_rows(tmp_path / "quotes.csv")) == tab.model.rowCount() == store.counts()["quote"]
    assert titles == ["Export"] and w.statusBar().currentMessage().startswith("Exported to ")


def test_the_arabic_title_and_message_count_the_selection(arabic, qtbot, store, tmp_path, monkeypatch):
    w = shown_window(qtbot, store, kind="quote", language="ar")
    click_rows(qtbot, w.current_tab(), [0, 1, 2])
    titles = save_as(monkeypatch, tmp_path / "quotes.csv", CSV_FILTER)
    w.export_records()
    assert len(data_rows(tmp_path / "quotes.csv")) == 3
    assert titles == ["تصدير 3 سجلات محددة"]
    assert w.statusBar().currentMessage().startswith("صُدّرت 3 سجلات محددة إلى ")
