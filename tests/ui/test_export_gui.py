"""File ▸ Export: CSV with references by name and headers in the UI language, an extension added
when the name has none (asking before replacing the file that names), JSONL unchanged."""
from __future__ import annotations

import csv
import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from desktop.core import export  # noqa: E402
from desktop.ui import file_actions  # noqa: E402
from desktop.ui.app import install_language  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

CSV_FILTER = "CSV, the records of this tab (*.csv)"
JSONL_FILTER = "JSON Lines (*.jsonl)"


@pytest.fixture
def english_after(qapp):
    yield qapp
    install_language(qapp, "en")


def window(qtbot, store, language: str, kind: str = "quote") -> MainWindow:
    w = MainWindow(store, language)
    qtbot.addWidget(w)
    w.show_kind(kind)
    return w


def save_as(monkeypatch, path, chosen: str) -> list:
    """The save dialog answers `path` with the filter `chosen`; returns what it was shown."""
    seen = []

    def dialog(parent, title, folder, filters):
        seen.append(filters)
        return str(path), chosen
    monkeypatch.setattr(file_actions.file_dialogs, "save_file_name", dialog)
    return seen


def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_english_csv_has_the_registrys_labels_and_names(qtbot, store, tmp_path, monkeypatch):
    w = window(qtbot, store, "en")
    save_as(monkeypatch, tmp_path / "quotes.csv", CSV_FILTER)
    w.export_records()
    rows = read_csv(tmp_path / "quotes.csv")
    assert rows[0] == list(export.csv_headers("quote").values())
    speaker = rows[0].index("Speaker")
    assert {r[speaker] for r in rows[1:]} >= {"حسين علاوي"}
    assert not any(r[speaker].startswith("actor:") for r in rows[1:])


def test_arabic_csv_has_arabic_headers(english_after, qtbot, store, tmp_path, monkeypatch):
    install_language(english_after, "ar")
    w = window(qtbot, store, "ar", "event")
    save_as(monkeypatch, tmp_path / "events.csv", CSV_FILTER)
    w.export_records()
    first = read_csv(tmp_path / "events.csv")[0]
    assert first[:3] == ["المعرّف", "العنوان", "الملخص"]
    assert "المكان" in first and "الفاعلون" in first
    assert not [h for h in first if any("a" <= c.lower() <= "z" for c in h)]   # no English header left
    assert len(set(first)) == len(first)


@pytest.mark.parametrize("kind", ["event", "actor", "quote", "place", "source"])
def test_arabic_headers_are_distinct_for_every_kind(english_after, kind):
    install_language(english_after, "ar")
    titles = list(file_actions.csv_headers(kind).values())
    assert len(set(titles)) == len(titles) and titles[0] == "المعرّف"


def test_a_name_without_an_extension_gets_the_chosen_formats(qtbot, store, tmp_path, monkeypatch):
    w = window(qtbot, store, "en")
    save_as(monkeypatch, tmp_path / "quotes", CSV_FILTER)
    w.export_records()
    assert (tmp_path / "quotes.csv").exists() and not (tmp_path / "quotes").exists()
    assert read_csv(tmp_path / "quotes.csv")[0][0] == "ID"
    save_as(monkeypatch, tmp_path / "everything", JSONL_FILTER)
    w.export_records()
    first = json.loads((tmp_path / "everything.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["kind"] == "actor"


def test_a_typed_extension_decides_the_format(qtbot, store, tmp_path, monkeypatch):
    w = window(qtbot, store, "en")
    save_as(monkeypatch, tmp_path / "quotes.csv", JSONL_FILTER)
    w.export_records()
    assert read_csv(tmp_path / "quotes.csv")[0][0] == "ID"
    assert not (tmp_path / "quotes.csv.jsonl").exists()


@pytest.mark.parametrize("answer", [QMessageBox.No, QMessageBox.Yes])
def test_an_added_extension_asks_before_replacing_a_file(qtbot, store, tmp_path, monkeypatch, answer):
    existing = tmp_path / "quotes.csv"
    existing.write_text("keep me", encoding="utf-8")
    asked = []
    monkeypatch.setattr(file_actions.QMessageBox, "question", lambda *args: asked.append(args[2]) or answer)
    w = window(qtbot, store, "en")
    save_as(monkeypatch, tmp_path / "quotes", CSV_FILTER)
    w.export_records()
    assert asked == ["quotes.csv already exists. Replace it?"]
    kept = existing.read_text(encoding="utf-8") == "keep me"
    assert kept == (answer == QMessageBox.No)


def test_a_name_the_dialog_asked_about_is_not_asked_again(qtbot, store, tmp_path, monkeypatch):
    (tmp_path / "quotes.csv").write_text("old", encoding="utf-8")
    monkeypatch.setattr(file_actions.QMessageBox, "question", lambda *args: pytest.fail("asked twice"))
    w = window(qtbot, store, "en")
    save_as(monkeypatch, tmp_path / "quotes.csv", CSV_FILTER)
    w.export_records()
    assert read_csv(tmp_path / "quotes.csv")[0][0] == "ID"


def test_export_target():
    assert file_actions.export_target("/x/a", "csv") == ("csv", "/x/a.csv", True)
    assert file_actions.export_target("/x/a.CSV", "jsonl") == ("csv", "/x/a.CSV", False)
    assert file_actions.export_target("/x/a.ndjson", "csv") == ("jsonl", "/x/a.ndjson", False)
    assert file_actions.export_target("/x/notes.v2", "jsonl") == ("jsonl", "/x/notes.v2.jsonl", True)
    assert file_actions.export_target("/x/a", "ftm") == ("ftm", "/x/a.ftm.json", True)
    assert file_actions.export_target("/x/a.FTM.json", "csv") == ("ftm", "/x/a.FTM.json", False)
    assert file_actions.export_target("/x/a.json", "ftm") == ("ftm", "/x/a.json.ftm.json", True)


def test_the_ftm_filter_writes_entities_for_aleph(qtbot, store, tmp_path, monkeypatch):
    w = window(qtbot, store, "en")
    shown = save_as(monkeypatch, tmp_path / "for-aleph", "FollowTheMoney for Aleph (*.ftm.json)")
    w.export_records()
    assert "FollowTheMoney for Aleph (*.ftm.json)" in shown[0]
    lines = (tmp_path / "for-aleph.ftm.json").read_text(encoding="utf-8").splitlines()
    entities = [json.loads(line) for line in lines]
    assert {"Person", "Event", "Article", "Documentation"} <= {e["schema"] for e in entities}
    assert all(e["id"].startswith("marsad-") for e in entities)


def test_the_path_in_the_arabic_status_message_is_an_ltr_isolate(english_after, qtbot, store, tmp_path, monkeypatch):
    """«تم التصدير إلى /tmp/…/quotes.csv» showed its path as «tmp/…/quotes.csv/» in the Arabic UI."""
    from desktop.ui.bidi import LRI, PDI
    install_language(english_after, "ar")
    w = window(qtbot, store, "ar")
    save_as(monkeypatch, tmp_path / "quotes.csv", CSV_FILTER)
    w.export_records()
    assert f"{LRI}{tmp_path / 'quotes.csv'}{PDI}" in w.statusBar().currentMessage()


STRIKE = {"kind": "event", "id": "event:strike", "title": "ضربة", "status": "occurred", "date_precision": "approximate",
          "date": "2024-05", "violence_type": "one_sided", "civilian_targeting": True}


@pytest.mark.parametrize("language, words", [
    ("en", {"Status": "occurred", "Precision": "approximate", "Type of violence": "one-sided violence",
            "Civilian targeting": "yes", "Review": "confirmed"}),
    ("ar", {"الحالة": "وقع", "الدقة": "تقريبي", "نوع العنف": "عنف من طرف واحد",
            "استهداف المدنيين": "نعم", "المراجعة": "مؤكد"}),
])
def test_csv_values_are_labels_in_the_ui_language(english_after, qtbot, store, tmp_path, monkeypatch,
                                                  language, words):
    """The English UI's CSV held codes («one_sided», «true»), the Arabic UI's the same English codes."""
    install_language(english_after, language)
    store.put(STRIKE)
    w = window(qtbot, store, language, "event")
    save_as(monkeypatch, tmp_path / "events.csv", CSV_FILTER)
    w.export_records()
    rows = read_csv(tmp_path / "events.csv")
    row = dict(zip(rows[0], next(r for r in rows if r[0] == "event:strike")))
    assert {header: row[header] for header in words} == words


@pytest.mark.parametrize("language, header, armed_group", [
    ("en", "Type", "armed group"), ("ar", "النوع", "جماعة مسلحة")])
def test_an_actors_type_is_its_label_under_a_header_in_the_ui_language(english_after, qtbot, store, tmp_path,
                                                                       monkeypatch, language, header, armed_group):
    install_language(english_after, language)
    w = window(qtbot, store, language, "actor")
    save_as(monkeypatch, tmp_path / "actors.csv", CSV_FILTER)
    w.export_records()
    rows = read_csv(tmp_path / "actors.csv")
    types = {r[0]: r[rows[0].index(header)] for r in rows[1:]}
    assert types["actor:isis"] == armed_group
    assert not any("_" in t for t in types.values())      # no code such as armed_group
    latin = [h for h in rows[0] if any("a" <= c.lower() <= "z" for c in h)]
    assert (latin == []) if language == "ar" else (len(latin) == len(rows[0]))
