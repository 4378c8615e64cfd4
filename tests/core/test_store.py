"""The store file: creation, settings, refusal of foreign files, read-only, backup, check."""
import hashlib
import os
import sqlite3

import pytest

from desktop.core.errors import (NewerSchemaError, NotAStoreError, ReadOnlyStoreError, StoreError,
                                 StoreNotFoundError)
from desktop.core.storage import Store, migrations
from tests.conftest import snapshot


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def outside(store):
    """A plain SQLite connection to the store's file: another program editing it."""
    return sqlite3.connect(store.path, isolation_level=None)


def test_new_store_settings(store):
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    assert store.counts() == {"actor": 0, "place": 0, "source": 0, "event": 0, "quote": 0}


def test_store_is_readable_by_plain_sqlite(sample_store):
    path = sample_store.path
    sample_store.close()
    conn = sqlite3.connect(path)
    # Reading, and even querying the FTS index (with normalised text), needs no custom function.
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 5
    assert conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'علاوي'").fetchone()[0] >= 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_sqlite_utils_finds_the_search_index(sample_store):
    """sqlite-utils and Datasette link an FTS table to its content table by content="..."."""
    import sqlite_utils
    db = sqlite_utils.Database(sample_store.path)
    assert db["search_docs"].detect_fts() == "search_fts"
    # Names and titles hold the normalised words; bodies (and the speaker's name in a quote's) their stems.
    assert {row["kind"] for row in db["search_docs"].search("علاوي")} == {"actor"}
    assert {row["kind"] for row in db["search_docs"].search("علاو")} >= {"actor", "quote"}
    db.close()


def test_missing_store(tmp_path):
    with pytest.raises(StoreNotFoundError, match="init"):
        Store.open(tmp_path / "none.db")


def test_create_refuses_existing_file(sample_store):
    with pytest.raises(StoreError, match="already exists"):
        Store.create(sample_store.path)


def test_not_a_store_is_refused_untouched(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("just some notes, not SQLite\n" * 20)
    before = digest(text)
    with pytest.raises(NotAStoreError, match="not a Marsad store"):
        Store.open(text)
    assert digest(text) == before


def test_foreign_sqlite_file_is_refused_untouched(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(other)
    with pytest.raises(NotAStoreError, match="not a Marsad store"):
        Store.open(other)
    assert digest(other) == before


def test_newer_schema_is_refused_untouched(sample_store):
    path = sample_store.path
    sample_store.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={migrations.SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(path)
    with pytest.raises(NewerSchemaError, match="newer Marsad"):
        Store.open(path)
    assert digest(path) == before


def test_read_only_store_reads_but_refuses_writes(sample_store):
    path = sample_store.path
    sample_store.close()
    os.chmod(path, 0o444)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as a user who can write read-only files")
        ro = Store.open(path)
        assert ro.readonly
        assert ro.get("actor:hussein-allawi")["name"] == "حسين علاوي"
        with pytest.raises(ReadOnlyStoreError, match="read-only"):
            ro.put({"kind": "actor", "name": "x"})
        ro.close()
    finally:
        os.chmod(path, 0o644)


def test_explicit_read_only_open(sample_store):
    path = sample_store.path
    sample_store.close()
    ro = Store.open(path, readonly=True)
    with pytest.raises(ReadOnlyStoreError):
        ro.delete("quote:allawi-1")
    assert ro.get("quote:allawi-1") is not None
    ro.close()


def test_transaction_rolls_back_everything(sample_store):
    before = snapshot(sample_store)
    with pytest.raises(RuntimeError):
        with sample_store.transaction():
            sample_store.put({"kind": "actor", "id": "actor:new", "name": "جديد"})
            sample_store.delete("quote:allawi-1")
            raise RuntimeError("boom")
    assert snapshot(sample_store) == before


def test_backup_and_restore(sample_store, tmp_path):
    target = tmp_path / "backup.db"
    sample_store.backup(target)
    copy = Store.open(target)
    assert copy.counts() == sample_store.counts()
    assert copy.check() == []
    copy.close()
    before = snapshot(sample_store)
    sample_store.delete("quote:allawi-1")
    sample_store.restore(target)
    assert snapshot(sample_store) == before
    assert sample_store.check() == []


def test_backup_while_another_connection_writes(sample_store, tmp_path):
    other = Store.open(sample_store.path)
    other.put({"kind": "actor", "id": "actor:late", "name": "متأخر"})
    sample_store.backup(tmp_path / "b.db")
    copy = Store.open(tmp_path / "b.db")
    assert copy.get("actor:late") is not None
    copy.close()
    other.close()


def test_restore_refuses_a_bad_backup(sample_store, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 100)
    before = snapshot(sample_store)
    with pytest.raises(NotAStoreError):
        sample_store.restore(bad)
    assert snapshot(sample_store) == before


def test_check_is_clean_then_finds_damage(sample_store):
    assert sample_store.check() == []
    conn = outside(sample_store)
    # A tool that edits text without re-analysing it leaves the index stale.
    conn.execute("UPDATE quotes SET text = 'نص آخر تماما' WHERE key = 'quote:allawi-1'")
    problems = [str(p) for p in sample_store.check()]
    assert any("outdated" in p and "quote:allawi-1" in p for p in problems)
    conn.execute("DELETE FROM search_docs WHERE kind = 'event'")
    assert any("8 event record(s) are not indexed" in str(p) for p in sample_store.check())
    conn.close()


def test_check_reports_foreign_key_damage(sample_store):
    conn = outside(sample_store)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DELETE FROM actors WHERE key = 'actor:qais-al-muhammadawi'")
    conn.close()
    assert any(str(p).startswith("foreign key: quotes") for p in sample_store.check())


def test_saved_briefings(store):
    store.save_briefing("weekly", {"title": "موجز", "items": ["quote:x"]})
    store.save_briefing("weekly", {"title": "موجز ٢", "items": []})
    assert store.load_briefing("weekly") == {"title": "موجز ٢", "items": []}
    assert [b["key"] for b in store.list_briefings()] == ["weekly"]
    assert store.load_briefing("none") is None


def test_check_finds_search_rows_by_primary_key(store):
    """The missing-row count once scanned search_docs per record: hours on a big store."""
    from desktop.core import kinds
    from desktop.core.storage.tables import kind_range
    for kind in kinds.stored():
        lo, _ = kind_range(kind)
        sql = (f"SELECT count(*) FROM {kind.table} t WHERE NOT EXISTS (SELECT 1 FROM search_docs d "
               f"WHERE d.id = {lo} + t.id)")
        plan = " ".join(row[-1] for row in store._conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "SCAN d" not in plan and "INTEGER PRIMARY KEY" in plan, plan


def test_a_snapshot_keeps_the_store_as_committed_when_it_was_taken(store):
    store.put({"kind": "actor", "id": "actor:before", "name": "قبل"})
    with store.transaction(), store.snapshot() as before:
        store.put({"kind": "actor", "id": "actor:during", "name": "أثناء"})
        assert store.get("actor:during") is not None
        assert before.get("actor:during") is None
        assert before.get("actor:before")["name"] == "قبل"
        assert before.readonly
    assert store.get("actor:during") is not None


def test_a_new_store_whose_wal_cannot_be_emptied_is_not_put_in_place(tmp_path):
    """Only the new store's file is put in place, so its last pages must not stay behind in its WAL
    (the full-disk sweep met a checkpoint cut short, which left a malformed store)."""
    import sqlite3
    from desktop.core.errors import StoreError
    from desktop.core.storage import Store
    readers = []

    def fill(store):
        store.put({"kind": "actor", "id": "actor:a", "name": "فاعل"})
        reader = sqlite3.connect(store.path)       # a reader holding a snapshot keeps the WAL from emptying
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM actors").fetchone()
        readers.append(reader)
    path = tmp_path / "new.db"
    try:
        with pytest.raises(StoreError) as caught:
            Store.create(path, fill=fill)
    finally:
        for reader in readers:
            reader.close()
    assert caught.value.code == "store.io" and not path.exists()
    assert list(tmp_path.iterdir()) == []
