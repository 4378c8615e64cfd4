"""File ▸ Import of event data with bad rows: the errors dialog offers to import the valid rows and
list the skipped ones; chosen, the result dialog lists every skipped row with its line."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

import desktop.ui.importing as importing  # noqa: E402
from desktop.core.storage import Store  # noqa: E402
from desktop.ui.app import install_language  # noqa: E402
from desktop.ui.bidi import strip  # noqa: E402
from desktop.ui.importing import run  # noqa: E402
from desktop.ui.importing.mapping import MappingChoice  # noqa: E402

MAPPING = {"title": "headline", "date": "day", "place": "town"}
ROWS = "headline,day,town\nأول,2024-01-01,هيت\nخطأ,2024-13-45,حديثة\nثان,2024-01-02,حديثة\n"



@pytest.fixture
def events_csv(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text(ROWS, encoding="utf-8")
    return path


@pytest.fixture
def dialogs(monkeypatch):
    """Dialogs captured instead of shown; the errors dialog answers `dialogs["errors answer"]`."""
    seen: dict = {"result": [], "errors": [], "errors answer": 0}
    monkeypatch.setattr(run.ImportResultDialog, "exec", lambda self: seen["result"].append(self) or 0)
    monkeypatch.setattr(run.ImportErrorsDialog, "exec",
                        lambda self: seen["errors"].append(self) or seen["errors answer"])
    return seen


@pytest.fixture
def english_after(qapp):
    yield qapp
    install_language(qapp, "en")


def titles(store) -> set[str]:
    return {r["title"] for r in store.records("event")}


def test_bad_rows_are_refused_with_an_offer_to_skip_them(qtbot, empty, events_csv, dialogs):
    assert run.import_files_dialog(None, empty, [events_csv], mapping=MAPPING) is None
    (dialog,) = dialogs["errors"]
    assert dialog.skip_button is not None
    assert dialog.skip_button.text() == "Import the valid rows and list the skipped ones"
    assert strip(dialog.text.toPlainText()).startswith(f"{events_csv}:3: day: ")
    assert empty.counts()["event"] == 0


def test_choosing_to_skip_imports_the_valid_rows_and_lists_the_skipped_ones(qtbot, empty, events_csv, dialogs):
    dialogs["errors answer"] = run.ImportErrorsDialog.SKIP_BAD_ROWS
    report = run.import_files_dialog(None, empty, [events_csv], mapping=MAPPING)
    assert report is not None and report.skipped_rows == 1
    assert titles(empty) == {"أول", "ثان"}
    # The skipped row's place came with the later row that has it.
    assert {r["name"] for r in empty.records("place")} == {"هيت", "حديثة"}
    (result,) = dialogs["result"]
    assert result.rows_note.text().startswith("1 row with a problem was left out; the valid rows were imported")
    assert result.skipped_heading.text() == "1 skipped row:"
    assert strip(result.skipped.toPlainText()) == f"{events_csv}:3: day: “2024-13-45” is not a calendar date"


def test_import_paths_offers_the_same_after_the_mapping(qtbot, empty, events_csv, dialogs, monkeypatch):
    monkeypatch.setattr(importing, "ask_column_mapping", lambda parent, path: MappingChoice(MAPPING, "events"))
    dialogs["errors answer"] = run.ImportErrorsDialog.SKIP_BAD_ROWS
    imported = []
    reports = importing.import_paths(None, empty, [events_csv], on_imported=imported.append)
    assert len(reports) == 1 and imported == reports and reports[0].skipped_rows == 1
    assert len(dialogs["errors"]) == 1 and len(dialogs["result"]) == 1
    assert titles(empty) == {"أول", "ثان"}


def test_declining_leaves_the_store_as_it_was(qtbot, empty, events_csv, dialogs, monkeypatch):
    monkeypatch.setattr(importing, "ask_column_mapping", lambda parent, path: MappingChoice(MAPPING, "events"))
    assert importing.import_paths(None, empty, [events_csv]) == []
    assert empty.counts()["event"] == 0 and not dialogs["result"]


def test_no_offer_when_a_problem_is_not_a_row(qtbot, empty, events_csv, tmp_path, dialogs):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    run.import_files_dialog(None, empty, [events_csv, bad], mapping=MAPPING)
    (dialog,) = dialogs["errors"]
    assert dialog.skip_button is None


def test_the_skipped_rows_can_be_copied(qtbot, empty, events_csv, dialogs):
    run.import_files_dialog(None, empty, [events_csv], mapping=MAPPING, skip_bad_rows=True)
    (result,) = dialogs["result"]
    copy = [b for b in result.findChildren(run.QPushButton) if b.text() == "Copy All"]
    copy[0].click()
    assert QGuiApplication.clipboard().text() == result.skipped.toPlainText()


def test_in_arabic(english_after, qtbot, empty, events_csv, dialogs):
    install_language(english_after, "ar")
    run.import_files_dialog(None, empty, [events_csv], mapping=MAPPING)
    (dialog,) = dialogs["errors"]
    assert dialog.skip_button.text() == "استيراد الصفوف السليمة وعرض المتخطّاة"
    dialogs["errors answer"] = run.ImportErrorsDialog.SKIP_BAD_ROWS
    run.import_files_dialog(None, empty, [events_csv], mapping=MAPPING)
    (result,) = dialogs["result"]
    assert result.rows_note.text().startswith("تُخطّي صف واحد فيه مشكلة")
    # The list under the note names what it lists with the note's noun: a row, not an «entry».
    assert result.skipped_heading.text() == "الصف المتخطّى:"
    shown = strip(result.skipped.toPlainText())
    assert shown.startswith(f"{events_csv}، السطر 3") and "2024-13-45" in shown


@pytest.mark.parametrize("ui, note, heading", [
    ("en", "2 rows with problems were left out", "2 skipped rows:"),
    ("ar", "تُخطّي صفّان فيهما مشكلات", "الصفّان المتخطّيان:")])
def test_two_skipped_rows_are_counted_as_rows_in_both_lines(english_after, qtbot, empty, tmp_path, dialogs,
                                                            ui, note, heading):
    install_language(english_after, ui)
    path = tmp_path / "two.csv"
    path.write_text(ROWS + "خطأ آخر,2024-02-30,هيت\n", encoding="utf-8")
    run.import_files_dialog(None, empty, [path], mapping=MAPPING, skip_bad_rows=True)
    (result,) = dialogs["result"]
    assert result.rows_note.text().startswith(note)
    assert result.skipped_heading.text() == heading
    assert result.skipped.toPlainText().count("\n") == 1
