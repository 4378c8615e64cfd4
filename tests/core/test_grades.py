"""The Admiralty grades: a source's reliability (A-F), an event's or quote's credibility (1-6).

They were added by the registry, one migration and the translations alone; these tests check that
everything derived from the registry carries them: JSONL, validation, queries, CSV, the briefing.
"""
from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core import export, importing, search, views
from desktop.core.briefing import BriefingSpec, build_document
from desktop.core.errors import BatchError, QueryError
from desktop.core.storage import Store

LANDED = Path(__file__).resolve().parents[1] / "fixtures" / "landed_stores"


def write_lines(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def graded(sample_store, tmp_path):
    records = [
        {"kind": "source", "id": "source:seed-ain-al-asad", **{k: v for k, v in sample_store.get(
            "source:seed-ain-al-asad").items() if k not in ("kind", "id")}, "reliability": "B"},
        {**sample_store.get("event:ain-al-asad-handover"), "credibility": 2},
        {**sample_store.get("quote:allawi-1"), "credibility": "3"},    # a digit as text is taken too
        {**sample_store.get("quote:allawi-2"), "credibility": 1},
    ]
    importing.import_files(sample_store, [write_lines(tmp_path / "grades.jsonl", records)])
    return sample_store


def test_grades_travel_in_jsonl(graded, tmp_path):
    assert graded.get("source:seed-ain-al-asad")["reliability"] == "B"
    assert graded.get("event:ain-al-asad-handover")["credibility"] == 2
    assert graded.get("quote:allawi-1")["credibility"] == 3
    out = tmp_path / "out.jsonl"
    export.export_jsonl(graded, out)
    other = Store.create(tmp_path / "other.db")
    importing.import_files(other, [out])
    again = tmp_path / "again.jsonl"
    export.export_jsonl(other, again)
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
    assert '"reliability": "B"' in out.read_text(encoding="utf-8")
    assert '"credibility": 2' in out.read_text(encoding="utf-8")
    assert graded.check() == [] and other.check() == []
    other.close()


@pytest.mark.parametrize("record, reason", [
    ({"kind": "source", "title": "x", "reliability": "G"}, "reliability: 'G' is not one of A, B, C, D, E, F"),
    ({"kind": "source", "title": "x", "reliability": "b"}, "reliability: 'b' is not one of"),
    ({"kind": "event", "title": "x", "credibility": 7}, "credibility: 7 is not one of 1, 2, 3, 4, 5, 6"),
    ({"kind": "event", "title": "x", "credibility": 0}, "credibility: 0 is not one of"),
    ({"kind": "quote", "text": "x", "speaker": "actor:hussein-allawi", "credibility": "A"}, "credibility: 'A' is not one"),
    ({"kind": "quote", "text": "x", "speaker": "actor:hussein-allawi", "credibility": True}, "credibility: True is not"),
    ({"kind": "actor", "name": "x", "credibility": 1}, "credibility: unknown field"),
])
def test_a_value_outside_the_scale_is_refused_with_its_line(sample_store, tmp_path, record, reason):
    path = write_lines(tmp_path / "bad.jsonl", [{"kind": "actor", "id": "actor:ok", "name": "سليم"}, record])
    with pytest.raises(BatchError) as info:
        importing.import_files(sample_store, [path])
    assert info.value.errors == [f"{path}:2: {reason}"] or any(
        e.startswith(f"{path}:2: ") and reason in e for e in info.value.errors)
    assert sample_store.get("actor:ok") is None


@pytest.mark.parametrize("query, expected", [
    ("reliability:B", {"source:seed-ain-al-asad"}),
    ("reliability:A-B", {"source:seed-ain-al-asad"}),
    ("reliability:C-F", set()),
    ("credibility:2", {"event:ain-al-asad-handover"}),
    ("credibility:1-2", {"event:ain-al-asad-handover", "quote:allawi-2"}),
    ("credibility:3|1", {"quote:allawi-1", "quote:allawi-2"}),
    ("credibility:1-3 kind:quote", {"quote:allawi-1", "quote:allawi-2"}),
    ("علاوي credibility:3", {"quote:allawi-1"}),
])
def test_the_query_language_filters_by_grade(graded, query, expected):
    assert {h.id for h in search.search(graded, query, limit=100).hits} == expected


@pytest.mark.parametrize("query, message", [
    ("reliability:G", "'G' is not one of A, B, C, D, E, F"),
    ("credibility:7", "'7' is not one of 1, 2, 3, 4, 5, 6"),
    ("credibility:3-1", "a range runs from the first value to the second"),
])
def test_a_bad_grade_in_a_query_gets_a_message(graded, query, message):
    with pytest.raises(QueryError, match=message):
        search.search(graded, query)


def test_tabs_show_and_filter_grades(graded):
    assert "credibility" in [c.name for c in views.columns("event")]
    assert "reliability" in [c.name for c in views.columns("source")]
    ids = views.row_ids(graded, "quote", filters=views.Filters().with_value("credibility", 3))
    rows = views.rows(graded, "quote", ids)
    assert [r["key"] for r in rows.values()] == ["quote:allawi-1"] and rows[ids[0]]["credibility"] == 3


def test_csv_export_has_the_grades(graded, tmp_path):
    path = tmp_path / "sources.csv"
    export.export_csv(graded, path, "source")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["Reliability"] == "B"
    export.export_csv(graded, tmp_path / "quotes.csv", "quote")
    with open(tmp_path / "quotes.csv", encoding="utf-8-sig", newline="") as fh:
        assert {r["ID"]: r["Credibility"] for r in csv.DictReader(fh)}["quote:allawi-1"] == "3"


def test_the_briefing_notes_the_grades(graded):
    spec = BriefingSpec(items=("event:ain-al-asad-handover", "quote:allawi-1"), language="en")
    doc = build_document(spec, graded.get)
    (event,) = doc.timeline
    assert "Credibility: 2" in event.notes
    assert "Credibility: 3" in doc.quotes[0].notes
    assert "Reliability: B" in doc.sources[0].notes


def test_an_old_store_gains_the_grades_empty(tmp_path):
    path = tmp_path / "store.db"
    shutil.copy(LANDED / "abe2eeb" / "store.db", path)
    with Store.open(path, backup_dir=tmp_path / "b") as store:
        assert store.get("source:seed-ain-al-asad").get("reliability") is None
        store.put({**store.get("quote:allawi-4"), "credibility": 5})
        assert search.search(store, "credibility:5").hits[0].id == "quote:allawi-4"
        assert store.check() == []
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):   # the store itself refuses a value off the scale
        conn.execute("UPDATE quotes SET credibility = 9 WHERE key = 'quote:allawi-4'")
    conn.close()
