"""Automatic backups: taken before risky work and daily, kept per store, listed, restored, even over damage."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core import importing, search
from desktop.core.errors import NewerSchemaError, NotAStoreError, StoreError
from desktop.core.storage import Store, backups
from tests.conftest import snapshot


@pytest.fixture
def root(tmp_path):
    return tmp_path / "backups"


@pytest.fixture
def kept(sample_store, root):
    """The sample store, writing its automatic copies under `root`."""
    sample_store.backup_dir = root
    return sample_store


def md5(path) -> str:
    return hashlib.md5(open(path, "rb").read()).hexdigest()


def test_a_copy_is_listed_with_its_time_reason_records_and_size(kept, root):
    path = kept.take_backup(backups.BEFORE_IMPORT)
    assert path.parent == backups.folder_for(root, kept.path) and path.parent.parent == root
    [copy] = kept.backups()
    assert copy.path == path and copy.reason == "before-import" and copy.problem is None
    assert copy.counts == kept.counts() and copy.size == path.stat().st_size
    assert abs((dt.datetime.now() - copy.taken).total_seconds()) < 60
    assert copy.to_json()["records"] == 31


def test_the_newest_come_first_and_the_oldest_beyond_keep_go(kept):
    kept.backup_keep = 3
    made = [kept.take_backup(f"r{i}") for i in range(5)]
    listed = kept.backups()
    assert [c.path for c in listed] == made[:1:-1]
    assert not made[0].exists() and not made[1].exists()


def test_two_stores_with_one_name_keep_apart(tmp_path, root, sample_records):
    a = Store.create(tmp_path / "a" / "marsad.db", backup_dir=root)
    b = Store.create(tmp_path / "b" / "marsad.db", backup_dir=root, backup_keep=1)
    a.put_many(sample_records)
    a.take_backup("one")
    b.take_backup("two")
    b.take_backup("three")    # b keeps one copy; a's is not b's to prune
    assert [c.reason for c in a.backups()] == ["one"] and [c.reason for c in b.backups()] == ["three"]
    assert a.backups()[0].counts["actor"] == 13 and b.backups()[0].counts["actor"] == 0
    a.close()
    b.close()


def test_a_copy_cut_short_leaves_nothing_the_next_copy_does_not_clear(kept, root):
    folder = backups.folder_for(root, kept.path)
    folder.mkdir(parents=True)
    old = folder / ".20261201-000000-000000-daily.db.abc.partial"
    new = folder / ".20261204-000000-000000-daily.db.def.partial"
    for p in (old, new):
        p.write_bytes(b"x" * 100)
    os.utime(old, (time.time() - 2 * backups.STALE_PARTIAL_SECONDS,) * 2)
    kept.take_backup("after")
    assert not old.exists()
    assert new.exists()     # perhaps another process's copy in progress
    assert [c.reason for c in kept.backups()] == ["after"]


def test_daily_only_when_changed_and_a_day_old(kept, root):
    assert backups.daily_due(kept.path, root)               # never copied
    path = kept.daily_backup()
    assert path is not None and kept.daily_backup() is None  # copied today
    later = dt.datetime.now() + dt.timedelta(days=1, minutes=1)
    assert not backups.daily_due(kept.path, root, now=later)   # not changed since
    old = time.time() - 2 * 86400
    os.utime(path, (old, old))
    kept.put({"kind": "actor", "id": "actor:new", "name": "فاعل جديد"})
    assert backups.daily_due(kept.path, root, now=later)


def test_restore_keeps_what_it_replaces_and_says_what_it_was(kept, tmp_path, root):
    before = snapshot(kept)
    copy = kept.take_backup("manual")
    kept.put({"kind": "actor", "id": "actor:late", "name": "فاعل متأخر"})
    restored = kept.restore(copy)
    assert snapshot(kept) == before
    assert restored.replaced.counts["actor"] == 14 and restored.replaced.reason == "before-restore"
    assert kept.check() == []
    assert search.search(kept, "متأخر").total == 0


def test_restore_from_a_copy_of_an_older_schema_brings_it_up_to_date(kept, tmp_path):
    from pathlib import Path
    old = Path(__file__).parent.parent / "fixtures" / "landed_stores" / "36f2d25" / "store.db"
    copy = tmp_path / "old.db"
    copy.write_bytes(old.read_bytes())
    kept.restore(copy)
    assert kept.schema_version == Store.create(tmp_path / "fresh.db").schema_version
    assert kept.check() == []
    assert search.search(kept, "عين الأسد").total > 0


def test_restore_works_over_a_store_too_damaged_to_open(kept, tmp_path, root):
    copy = kept.take_backup("good")
    path = kept.path
    kept.close()
    with open(path, "r+b") as fh:
        fh.write(b"this is no longer an SQLite file")
    damaged = md5(path)
    with pytest.raises(NotAStoreError):
        Store.open(path)
    restored = Store.restore_over(path, copy, backup_dir=root)
    assert restored.replaced.problem and md5(restored.kept) == damaged
    with Store.open(path) as back:
        assert back.counts()["actor"] == 13 and back.check() == []


def test_restore_into_a_missing_store_makes_it(kept, tmp_path, root):
    copy = kept.take_backup("good")
    restored = Store.restore_over(tmp_path / "new" / "s.db", copy, backup_dir=root)
    assert restored.replaced is None
    with Store.open(tmp_path / "new" / "s.db") as made:
        assert made.counts() == kept.counts()


@pytest.mark.parametrize("spoil, error", [
    (lambda p: p.write_bytes(b"not a store at all" * 100), NotAStoreError),
    (lambda p: _stamp(p, "PRAGMA user_version = 99"), NewerSchemaError),
    (lambda p: _stamp(p, "PRAGMA application_id = 7"), NotAStoreError),
])
def test_a_bad_copy_is_refused_and_the_store_left_alone(kept, tmp_path, spoil, error):
    copy = kept.take_backup("x")
    bad = tmp_path / "bad.db"
    bad.write_bytes(copy.read_bytes())
    spoil(bad)
    kept.put({"kind": "actor", "id": "actor:mine", "name": "لي"})
    before = snapshot(kept)
    with pytest.raises(error):
        kept.restore(bad)
    assert snapshot(kept) == before
    assert [c.reason for c in kept.backups()] == ["x"]      # nothing taken for a restore that never ran


def _stamp(path, pragma):
    import sqlite3
    conn = sqlite3.connect(path)
    conn.execute(pragma)
    conn.commit()
    conn.close()


def test_a_large_import_into_a_store_with_records_is_backed_up_first(kept, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "LARGE_IMPORT_BYTES", 10)
    f = tmp_path / "more.jsonl"
    f.write_text(json.dumps({"kind": "actor", "id": "actor:more", "name": "المزيد"}, ensure_ascii=False) + "\n")
    importing.import_files(kept, [f], dry_run=True)
    assert kept.backups() == []
    importing.import_files(kept, [f])
    [copy] = kept.backups()
    assert copy.reason == "before-import" and copy.counts["actor"] == 13


def test_the_cli_lists_and_restores(kept, tmp_path, monkeypatch, root):
    monkeypatch.setenv("MARSAD_BACKUPS", str(root))
    copy = kept.take_backup("manual")
    kept.put({"kind": "actor", "id": "actor:late", "name": "فاعل متأخر"})
    path = kept.path
    kept.close()
    runner = CliRunner()
    listed = json.loads(runner.invoke(cli, ["--db", str(path), "backups", "--json"]).output)
    assert [c["reason"] for c in listed] == ["manual"]
    assert set(listed[0]) >= {"path", "time", "reason", "counts", "records", "size"}
    result = runner.invoke(cli, ["--db", str(path), "restore", listed[0]["path"]])
    assert result.exit_code == 0, result.output
    assert "it replaced 14 actors" in result.output
    human = runner.invoke(cli, ["--db", str(path), "backups"]).output
    assert "before-restore" in human and "manual" in human and str(copy) in human


def test_the_cli_says_when_there_are_none(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "backups", "--json"])
    assert result.exit_code == 0 and json.loads(result.output) == []


def test_restore_refuses_a_missing_copy_cleanly(kept, tmp_path):
    with pytest.raises(StoreError):
        kept.restore(tmp_path / "nowhere.db")


def test_an_import_takes_the_days_copy_of_a_changed_store(kept, tmp_path):
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps({"kind": "actor", "id": "actor:one", "name": "واحد"}, ensure_ascii=False) + "\n")
    importing.import_files(kept, [f])
    assert [c.reason for c in kept.backups()] == ["daily"]
    importing.import_files(kept, [f])           # the same day: no second copy
    assert len(kept.backups()) == 1


def test_an_empty_store_is_not_copied(tmp_path, root):
    with Store.create(tmp_path / "empty.db", backup_dir=root) as empty:
        assert empty.daily_backup() is None and empty.backups() == []


def test_no_copy_inside_the_stores_own_transaction(kept):
    # SQLite's backup API cannot read what its own connection is writing: a clear error, not a hang.
    with pytest.raises(StoreError) as caught:
        with kept.transaction():
            kept.take_backup("inside")
    assert caught.value.code == "store.backup_failed"


def test_an_import_inside_a_callers_transaction_leaves_the_copy_to_the_caller(kept, tmp_path):
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps({"kind": "actor", "id": "actor:one", "name": "واحد"}, ensure_ascii=False) + "\n")
    with kept.transaction():
        importing.import_files(kept, [f])
    assert kept.backups() == []
