"""Importing a newer export of a dataset updates by its timestamp, and the report says what changed:
which records, which fields; an older export leaves the store's later revision as it is."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core import importing
from desktop.core.writing import CHANGES_LISTED, ImportReport
from tests.conftest import snapshot

ACLED = Path(__file__).parent / "fixtures" / "publishers" / "acled"
CURRENT, UPDATE, OLDER = (ACLED / "acled_current.csv", ACLED / "acled_current_update.csv",
                          ACLED / "acled_current_older.csv")


def test_a_newer_export_updates_and_says_what_changed(store):
    importing.import_files(store, [CURRENT])
    report = importing.import_files(store, [UPDATE])
    assert report.created == {"event": 1, "actor": 1}                  # IRQ34573, and who it names
    assert report.updated == {"event": 1}
    assert report.changes == {"event:acled-irq34567": ["summary", "fatalities", "dataset_timestamp"]}
    assert report.changed_fields == {"summary": 1, "fatalities": 1, "dataset_timestamp": 1}
    assert report.unchanged["event"] == 1                              # IRQ34568: the same timestamp
    assert report.kept_newer == [] and report.kept_newer_count == 0
    event = store.get("event:acled-irq34567")
    assert (event["fatalities"], event["dataset_timestamp"]) == (3, 1708000000)
    assert report.to_json() == {"created": {"event": 1, "actor": 1}, "updated": {"event": 1}, "proposed": {},
                                "errors": [],
                                "changes": {"event:acled-irq34567": ["summary", "fatalities", "dataset_timestamp"]}}


def test_the_same_export_again_changes_nothing(store):
    importing.import_files(store, [CURRENT])
    report = importing.import_files(store, [CURRENT])
    assert report.created == {} and report.updated == {} and report.changes == {}
    assert list(report.to_json()) == ["created", "updated", "proposed", "errors"]


def test_an_older_export_keeps_the_later_revision(store):
    importing.import_files(store, [CURRENT])
    before = snapshot(store)
    report = importing.import_files(store, [OLDER])
    assert report.kept_newer == ["event:acled-irq34571"] and report.kept_newer_count == 1
    assert report.updated == {} and report.changes == {}
    assert snapshot(store) == before
    assert report.to_json()["kept_newer"] == ["event:acled-irq34571"]
    assert store.get("event:acled-irq34571")["fatalities"] == 0


def test_a_dry_run_lists_the_changes_and_writes_nothing(store):
    importing.import_files(store, [CURRENT])
    before = snapshot(store)
    report = importing.import_files(store, [UPDATE], dry_run=True)
    assert report.changes == {"event:acled-irq34567": ["summary", "fatalities", "dataset_timestamp"]}
    assert snapshot(store) == before


def _event(**fields) -> dict:
    return {"kind": "event", "id": "event:x-1", "title": "اشتباك", "date": "2024-01-01", **fields}


def _jsonl(tmp_path, name, *records) -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_any_record_with_a_dataset_timestamp_is_compared_so(store, tmp_path):
    importing.import_files(store, [_jsonl(tmp_path, "a.jsonl", _event(dataset_timestamp=200, fatalities=2))])
    older = importing.import_files(store, [_jsonl(tmp_path, "b.jsonl", _event(dataset_timestamp=100, fatalities=9))])
    assert older.kept_newer == ["event:x-1"] and store.get("event:x-1")["fatalities"] == 2
    newer = importing.import_files(store, [_jsonl(tmp_path, "c.jsonl", _event(dataset_timestamp=300, fatalities=9))])
    assert newer.changes == {"event:x-1": ["fatalities", "dataset_timestamp"]}
    # without timestamps on both sides, a record is updated as always, and its changes listed
    plain = importing.import_files(store, [_jsonl(tmp_path, "d.jsonl", _event(title="اشتباك مسلح"))])
    assert plain.changes == {"event:x-1": ["title", "fatalities", "dataset_timestamp"]}


def test_edits_and_undo_write_what_they_are_given(store):
    """Only imports keep the newer revision: an edit or an undo may put an earlier timestamp back."""
    store.put_many([_event(dataset_timestamp=200)])
    store.put_many([_event(dataset_timestamp=100, summary="تصحيح")])
    assert store.get("event:x-1")["dataset_timestamp"] == 100


def test_a_report_lists_so_many_changed_records_and_counts_them_all():
    report = ImportReport()
    for part in range(3):
        written = ImportReport(updated={"event": CHANGES_LISTED // 2})
        written.changes = {f"event:x-{part}-{i}": ["fatalities"] for i in range(CHANGES_LISTED // 2)}
        written.changed_fields.update({"fatalities": CHANGES_LISTED // 2})
        report.merge(written)
    assert len(report.changes) == CHANGES_LISTED
    assert report.changed_fields == {"fatalities": 3 * (CHANGES_LISTED // 2)}


# --- the command line ------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    assert CliRunner().invoke(cli, ["--db", str(path), "init"]).exit_code == 0
    return path


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def test_the_cli_prints_the_changes_after_the_counts(db):
    run(db, "import", str(CURRENT))
    result = run(db, "import", str(UPDATE))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index("changed:")
    assert lines[at - 2:at + 2] == [
        "imported: updated: 1 event", "imported: unchanged: 1 event, 8 place, 3 source", "changed:",
        "  event:acled-irq34567: summary, fatalities, dataset_timestamp"]
    older = run(db, "import", str(OLDER))
    assert "kept as stored (1 record): the store holds a later revision (dataset_timestamp):" in older.output
    assert "  event:acled-irq34571" in older.output.splitlines()


def test_the_cli_json_adds_changes_and_keeps_its_keys(db):
    first = json.loads(run(db, "import", str(CURRENT), "--json").output)
    assert list(first) == ["created", "updated", "proposed", "errors"]
    again = json.loads(run(db, "import", str(UPDATE), "--json").output)
    assert again["changes"] == {"event:acled-irq34567": ["summary", "fatalities", "dataset_timestamp"]}
    assert list(again)[:4] == ["created", "updated", "proposed", "errors"]


def test_a_newer_export_keeps_the_grades_the_analyst_gave(store):
    importing.import_files(store, [CURRENT])
    event = store.get("event:acled-irq34567")
    store.put({**event, "credibility": 2})
    source = store.get("source:acled-shafaq-news")
    store.put({**source, "reliability": "B"})
    report = importing.import_files(store, [UPDATE])
    assert report.changes == {"event:acled-irq34567": ["summary", "fatalities", "dataset_timestamp"]}
    assert store.get("event:acled-irq34567")["credibility"] == 2
    assert store.get("event:acled-irq34567")["fatalities"] == 3
    importing.import_files(store, [CURRENT])      # the outlet proposed again, as the first export has it
    assert store.get("source:acled-shafaq-news")["reliability"] == "B"
