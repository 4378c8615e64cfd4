"""Old stores open and are upgraded, whole or not at all, with a backup first; the schema matches the registry.

The fixtures in tests/fixtures/landed_stores/ were made by the landed commits
themselves (see make.py there): every variant of schema 1 that reached main.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core import export, kinds, search
from desktop.core.errors import StoreError
from desktop.core.storage import Store, checks, migrations

LANDED = Path(__file__).resolve().parents[1] / "fixtures" / "landed_stores"
VARIANTS = sorted(p.name for p in LANDED.iterdir() if (p / "store.db").exists())


def _copy(variant: str, tmp_path: Path) -> Path:
    target = tmp_path / variant / "store.db"
    target.parent.mkdir(parents=True)
    shutil.copy(LANDED / variant / "store.db", target)
    return target


def _schema(path: Path) -> set[tuple[str, str, str]]:
    """(type, name, statement) of every schema object, comments and spacing aside."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    finally:
        conn.close()

    def norm(sql: str) -> str:
        sql = re.sub(r"--[^\n]*", "", sql)
        sql = re.sub(r"\bIF NOT EXISTS\b", "", sql)
        return " ".join(sql.replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split())
    return {(t, n, norm(s)) for t, n, s in rows}


SCHEMA_1 = {"36f2d25", "afe04db", "6a568e7", "4fff9aa", "abe2eeb"}


def _landed_version(variant: str) -> int:
    return int((LANDED / variant / "user_version").read_text())


# The commit whose stores stand for each later landed schema (the last commit that wrote it).
LATER = {"6271f38": 3, "d94ee55": 4, "e15b261": 5, "667f8c9": 6, "8016f9a": 7}


def test_every_landed_schema_is_here():
    """The landed variants of schema 1, schema 3 (steps 2 and 3 landed together, so no store of
    schema 2 alone was ever made by a landed commit) and schemas 4 to 7."""
    assert SCHEMA_1 | set(LATER) <= set(VARIANTS)
    for variant in VARIANTS:
        commit = variant.split("-")[0]
        assert _landed_version(variant) == (1 if commit in SCHEMA_1 else LATER[commit])


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_landed_store_is_upgraded_with_its_records_search_and_check_intact(variant, tmp_path):
    path = _copy(variant, tmp_path)
    backups = tmp_path / "backups"
    with Store.open(path, backup_dir=backups) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert store.check() == []
        exported = tmp_path / "export.jsonl"
        export.export_jsonl(store, exported)
        before = [json.loads(line) for line in (LANDED / variant / "export.jsonl").read_text(encoding="utf-8").splitlines()]
        after = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
        assert sorted(after, key=lambda r: r["id"]) == sorted(before, key=lambda r: r["id"])
        for query, name in (("علاوي", "search_allawi"), ('"عين الأسد"', "search_ain_al_asad"),
                            ("الانتخابات", "search_intikhabat")):
            want = json.loads((LANDED / variant / f"{name}.json").read_text(encoding="utf-8"))
            found = search.search(store, query, limit=100)
            assert {h.id for h in found.hits} == {h["id"] for h in want["hits"]}, query
            assert found.total == want["total"]
    # The store before the upgrade was kept, untouched.
    (copy,) = backups.glob("*/*-before-schema-*.db")     # in the store's own folder
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == _landed_version(variant)
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == len([r for r in before if r["kind"] == "quote"])
    conn.close()


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_upgraded_store_has_the_schema_of_a_new_one(variant, tmp_path):
    path = _copy(variant, tmp_path)
    Store.open(path, backup_dir=tmp_path / "b").close()
    fresh = tmp_path / "fresh.db"
    Store.create(fresh).close()
    assert _schema(path) == _schema(fresh)


def test_an_upgraded_store_takes_new_records_and_edits(tmp_path):
    path = _copy("abe2eeb-proposals", tmp_path)
    with Store.open(path, backup_dir=tmp_path / "b") as store:
        store.put({"kind": "actor", "id": "actor:hussein-allawi", "name": "حسين علاوي", "aliases": ["أبو علي"]})
        store.put({"kind": "quote", "text": "تصريح بعد الترقية", "speaker": "أبو علي"})
        assert search.search(store, "الترقية").hits[0].kind == "quote"
        assert search.search(store, "actor:أبو علي kind:quote").total >= 5
        assert store.check() == []


def test_an_upgrade_that_fails_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    path = _copy("6a568e7-proposals", tmp_path)
    before = path.read_bytes()

    def broken(conn, progress=None):
        conn.execute("DELETE FROM quotes")     # half of the work done...
        raise RuntimeError("the disk went away")   # ...then a failure
    monkeypatch.setattr(checks, "rebuild", broken)
    with pytest.raises(RuntimeError):
        Store.open(path, backup_dir=tmp_path / "b")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 10
    conn.close()
    monkeypatch.undo()
    with Store.open(path, backup_dir=tmp_path / "b") as store:
        assert store.check() == [] and store.counts()["quote"] == 10
    assert before  # the original bytes were read before any open


def test_a_read_only_old_store_is_refused_with_a_message_and_left_alone(tmp_path):
    path = _copy("4fff9aa", tmp_path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="needs an upgrade"):
        Store.open(path, readonly=True)
    assert path.read_bytes() == before


def _old_store(path: Path, events: int) -> None:
    """A schema-1 store made with the frozen first step alone, filled with plain SQL (fast)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("BEGIN")
    for statement in migrations.statements(migrations.steps()[0].sql):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id={migrations.APPLICATION_ID}")
    conn.execute("PRAGMA user_version=1")
    stamp = "2025-01-01T00:00:00+00:00"
    conn.executemany("INSERT INTO events(id, key, title, summary, date, review, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, 'confirmed', ?, ?)",
                     [(i, f"event:e{i}", f"اجتماع رقم {i} في بغداد حول الانتخابات", "ملخص " * 40,
                       "2025-01-02", stamp, stamp) for i in range(1, events + 1)])
    conn.execute("COMMIT")
    conn.close()


def _state(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0], conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")
def test_a_migration_killed_part_way_leaves_the_store_as_before(tmp_path):
    path = tmp_path / "old.db"
    _old_store(path, 30_000)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MARSAD_BACKUPS=str(tmp_path / "b"))
    outcomes = set()
    for delay in (0.4, 0.8, 1.2):
        proc = subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(path), "check"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        version, count = _state(path)
        assert count == 30_000
        outcomes.add(version)
        if version == migrations.SCHEMA_VERSION:
            break
    # Whatever the moment of the kill, the store is either as before or wholly upgraded, and opens.
    assert 1 in outcomes and outcomes <= {1, migrations.SCHEMA_VERSION}
    with Store.open(path, backup_dir=tmp_path / "b") as store:
        assert store.check() == [] and store.counts()["event"] == 30_000
        assert search.search(store, "الانتخابات").total == 30_000


def test_the_schema_has_a_column_for_every_field_of_the_registry(store):
    conn = sqlite3.connect(store.path)
    try:
        for kind in kinds.stored():
            columns = {row[1] for row in conn.execute(f"PRAGMA table_info({kind.table})")}
            for fld in kind.fields:
                wanted = [fld.column] if fld.column else []
                wanted += [f"{fld.column}_norm"] if fld.normalised else []
                wanted += [fld.digest] if fld.digest else []
                assert set(wanted) <= columns, (kind.name, fld.name)
                table = fld.links or fld.aliases
                if table:
                    have = {row[1] for row in conn.execute(f"PRAGMA table_info({table.table})")}
                    assert table.owner in have, (kind.name, fld.name)
    finally:
        conn.close()


def test_every_step_in_the_folder_is_found_in_order():
    folder = Path(migrations.__file__).parent
    on_disk = sorted(p.stem for p in folder.glob("m[0-9][0-9][0-9][0-9]_*.py"))
    assert on_disk == list(migrations._modules())
    assert [s.number for s in migrations.steps()] == list(range(1, migrations.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("variant", ["6271f38", "abe2eeb"])
def test_an_upgraded_store_finds_the_hamza_and_stacked_proclitic_forms(variant, tmp_path):
    """Step 4 analyses every record again, so an old store meets مسئول/مسؤول and وبالانتخابات as a new one does."""
    path = _copy(variant, tmp_path)
    with Store.open(path, backup_dir=tmp_path / "b") as store:
        store_answers = {q: {h.id for h in search.search(store, q, limit=100).hits}
                         for q in ("التحالف", "وبالتحالف", "رئيس", "رءيس")}
        assert store_answers["وبالتحالف"] == store_answers["التحالف"] != set()
        assert store_answers["رءيس"] == store_answers["رئيس"] != set()
        assert store.check() == []


@pytest.mark.parametrize("variant", ["d94ee55", "d94ee55-proposals", "abe2eeb"])
def test_an_upgraded_store_takes_the_event_data_fields(variant, tmp_path):
    """Step 5 adds the fields of issue 16: an old store holds them, filters on them and finds their text."""
    path = _copy(variant, tmp_path)
    fixture = Path(__file__).resolve().parent / "fixtures" / "event_data_fields.jsonl"
    records = [json.loads(line) for line in fixture.read_text(encoding="utf-8").splitlines()]
    with Store.open(path, backup_dir=tmp_path / "b") as store:
        before = store.counts()["event"]
        store.put_many(records)
        assert store.get("event:acled-irq12345") == next(r for r in records if r["id"] == "event:acled-irq12345")
        assert {h.id for h in search.search(store, "fatalities:>=10", limit=100).hits} == {
            "event:acled-irq12345", "event:ucdp-456789"}
        assert {h.id for h in search.search(store, '"Political militia-Civilians"').hits} == {"event:acled-irq12345"}
        assert search.search(store, "kind:event").total == before + 4
        assert store.check() == []


@pytest.mark.parametrize("variant", [v for v in VARIANTS if _landed_version(v) < 6])
def test_an_upgraded_store_is_a_site_with_versions(variant, tmp_path):
    """Step 6 (change tracking): every landed store comes out a site of its own, each record at version 0
    (as it stood when tracking began, so two copies of one old store agree), and tracks what follows."""
    import uuid
    path = _copy(variant, tmp_path)
    with Store.open(path, backup_dir=tmp_path / "b") as store:
        assert store.schema_version >= 6
        assert uuid.UUID(store.site_id()).version == 4
        conn = sqlite3.connect(path)
        try:
            for kind in kinds.stored():
                rows = conn.execute(f"SELECT version, clock, changed_site, change_seq FROM {kind.table}").fetchall()
                assert rows or kind.name == "source"
                assert all(row == (0, "", None, 0) for row in rows), kind.name
            assert conn.execute("SELECT count(*) FROM sync_untracked").fetchone()[0] == 0
            assert conn.execute("SELECT writing, seq FROM sync_state").fetchone() == (0, 0)
        finally:
            conn.close()
        assert store.check() == []
        store.put({**store.get("actor:hussein-allawi"), "notes": "بعد الترقية"})
        conn = sqlite3.connect(path)
        try:
            version, clock, site = conn.execute("SELECT version, clock, changed_site FROM actors "
                                                "WHERE key = 'actor:hussein-allawi'").fetchone()
        finally:
            conn.close()
        assert (version, clock, site) == (1, f"{store.own_site_number()}:1", store.own_site_number())
        first_site = store.site_id()
    other = _copy(variant, tmp_path / "again")
    with Store.open(other, backup_dir=tmp_path / "b2") as again:
        assert again.site_id() != first_site       # each upgrade makes its own site


@pytest.mark.parametrize("variant", [v for v in VARIANTS if _landed_version(v) >= 6])
def test_a_store_tracked_before_its_upgrade_keeps_its_site_and_every_version(variant, tmp_path):
    """A landed store of schema 6 or later is a site already: a later step keeps its site id, and every
    record's version, clock and change sequence, so its peers and hubs still know it."""
    path = _copy(variant, tmp_path)

    def tracked() -> tuple:
        conn = sqlite3.connect(path)
        try:
            rows = tuple(conn.execute(f"SELECT key, version, clock, changed_site, change_seq FROM {kind.table} "
                                      f"ORDER BY key").fetchall() for kind in kinds.stored())
            return rows, conn.execute("SELECT seq FROM sync_state").fetchone()
        finally:
            conn.close()

    before = tracked()
    conn = sqlite3.connect(path)
    site = conn.execute("SELECT s.site FROM sync_state t JOIN sync_sites s ON s.no = t.site_no").fetchone()
    conn.close()
    with Store.open(path, backup_dir=tmp_path / "b") as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert (store.site_id(),) == site
        assert store.check() == []
    assert tracked() == before
