"""The team hub on a real PostgreSQL: set up, laptops syncing through it and converging, conflicts kept for a
person and resolved through it, a sync run twice or cut off changing nothing, roles enforced, offline and
wrong logins refused with nothing written, no password kept anywhere, and search as the laptop's."""
from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from random import Random

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.cli import cli
from desktop.core import clocks, conflicts, hub, search
from desktop.core.errors import BundleError, Cancelled, HubError
from desktop.core.storage import Store
from desktop.core.storage import hub_sql
from tests.conftest import sample_copies, snapshot
from tests.hub.conftest import PASSWORDS, store_bytes


@pytest.fixture
def laptops(tmp_path):
    stores = sample_copies(tmp_path, "a", "b")
    yield stores
    for store in stores:
        store.close()


def edit(store: Store, key: str, **values) -> None:
    store.put({**store.get(key), **values})


def hub_rows(db) -> list[tuple]:
    return db.query("SELECT id, record, clock, seq FROM marsad.records ORDER BY id")


def cli_run(*args):
    return CliRunner().invoke(cli, list(args))


# --- setting up --------------------------------------------------------------------------------------


def test_init_twice_is_fine_and_a_newer_hub_is_left_alone(empty_db, laptops):
    assert hub.initialise(empty_db.admin) is True
    before = empty_db.query("SELECT key, value FROM marsad.meta ORDER BY key")
    assert hub.initialise(empty_db.admin) is False
    assert empty_db.query("SELECT key, value FROM marsad.meta ORDER BY key") == before
    assert {r for (r,) in empty_db.query("SELECT rolname FROM pg_roles WHERE rolname LIKE 'marsad_%'")} == \
        {"marsad_read", "marsad_write"}
    empty_db.query("UPDATE marsad.meta SET value = '99' WHERE key = 'schema_version'")
    for attempt in (lambda: hub.hub_init(empty_db.admin), lambda: hub.sync(laptops[0], empty_db.admin)):
        with pytest.raises(HubError) as info:
            attempt()
        assert info.value.code == "hub.newer" and "99" in str(info.value)
    assert hub.status(laptops[0]).hub is None


def test_only_the_databases_owner_sets_a_hub_up(empty_db):
    with pytest.raises(HubError) as info:
        hub.hub_init(empty_db.writer)           # ana: a login, not the database's owner
    assert info.value.code == "hub.init_denied" and "marsad hub init" in str(info.value)
    assert empty_db.query("SELECT to_regnamespace('marsad')") == [(None,)]      # nothing was made


def test_a_database_without_a_hub_says_how_to_make_one(empty_db, laptops):
    with pytest.raises(HubError) as info:
        hub.sync(laptops[0], empty_db.admin)
    assert info.value.code == "hub.not_initialised" and "marsad hub init" in str(info.value)


# --- syncing ------------------------------------------------------------------------------------------


def test_two_laptops_and_a_new_one_converge_through_the_hub(hub_db, laptops, tmp_path):
    a, b = laptops
    edit(a, "event:phase-one-end", summary="ملخص من أ")
    a.delete("quote:allawi-4")
    a.put({"kind": "actor", "id": "actor:new-in-a", "name": "فاعل جديد"})
    edit(b, "actor:usa", notes="ملاحظة من ب")
    b.put({"kind": "place", "id": "place:basra", "name": "البصرة", "parent": "place:iraq"})
    first = hub.sync(a, hub_db.writer)
    assert (first.pushed, first.pulled, first.conflicts) == (32, 0, 0)   # 31 records and a deletion
    second = hub.sync(b, hub_db.writer)
    assert (second.pulled, second.conflicts) == (3, 0)
    assert second.pushed == 2              # b's edit and b's new place; what came from a is not sent back
    third = hub.sync(a, hub_db.writer)
    assert (third.pushed, third.pulled, third.conflicts) == (0, 2, 0)
    assert snapshot(a) == snapshot(b) and b.get("quote:allawi-4") is None
    assert a.get("actor:usa")["notes"] == "ملاحظة من ب" and a.check() == [] and b.check() == []
    # A laptop with an empty store gets the whole team's work, and its search index with it.
    with Store.create(tmp_path / "new.db") as fresh:
        report = hub.sync(fresh, hub_db.writer)
        assert report.pulled == 33 and report.pushed == 0 and snapshot(fresh) == snapshot(a)   # and the deletion
        assert fresh.check() == [] and search.search(fresh, "البصرة").hits[0].id == "place:basra"
    status = hub.status(a)
    assert (status.waiting, status.open_conflicts) == (0, 0) and status.last_sync == third.at
    assert conninfo_to_dict(status.hub) == conninfo_to_dict(hub_db.writer)
    # The deletion is a tombstone on the hub, listed as one.
    assert hub_db.query("SELECT id FROM marsad.tombstones") == [("quote:allawi-4",)]


def test_a_second_sync_changes_nothing(hub_db, laptops):
    a, b = laptops
    edit(a, "actor:france", notes="ملاحظة")
    hub.sync(a, hub_db.writer)
    hub.sync(b, hub_db.writer)
    for store in laptops:
        rows, before = hub_rows(hub_db), snapshot(store)
        again = hub.sync(store, None)               # the store's own hub, by the address it kept
        assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0)
        assert hub_rows(hub_db) == rows and snapshot(store) == before


def test_an_edit_against_an_edit_is_a_conflict_resolved_through_the_hub(hub_db, laptops):
    a, b = laptops
    hub.sync(a, hub_db.writer)
    hub.sync(b, hub_db.writer)
    edit(a, "event:phase-two-syria", title="عنوان أ", summary="ملخص أ")
    edit(b, "event:phase-two-syria", summary="ملخص ب")
    hub.sync(a, hub_db.writer)
    report = hub.sync(b, hub_db.writer)
    assert (report.conflicts, report.in_conflict, report.pulled) == (1, ["event:phase-two-syria"], 0)
    assert b.get("event:phase-two-syria")["summary"] == "ملخص ب"           # never overwritten
    (held,) = hub_db.query("SELECT record ->> 'summary' FROM marsad.records WHERE id = 'event:phase-two-syria'")
    assert held == ("ملخص أ",)             # nor on the hub: b's version does not descend from it
    shown = cli_run("--db", str(b.path), "conflicts", "--json")
    assert shown.exit_code == 0, shown.output
    (found,) = json.loads(shown.output)
    assert found["id"] == "event:phase-two-syria" and found["fields"] == ["title", "summary"]
    assert (found["mine"]["summary"], found["theirs"]["summary"]) == ("ملخص ب", "ملخص أ")
    assert hub.status(b).open_conflicts == 1 and hub.sync(b, hub_db.writer).conflicts == 0   # still open, once
    conflicts.resolve(b, "event:phase-two-syria", "merged", {"title": "عنوان أ", "summary": "ملخص مدموج"})
    assert hub.sync(b, hub_db.writer).pushed == 1
    assert hub.sync(a, hub_db.writer).pulled == 1
    assert snapshot(a) == snapshot(b) and a.get("event:phase-two-syria")["summary"] == "ملخص مدموج"
    assert a.open_conflicts() == [] == b.open_conflicts()


def test_a_delete_against_an_edit_is_a_conflict(hub_db, laptops):
    a, b = laptops
    hub.sync(a, hub_db.writer)
    hub.sync(b, hub_db.writer)
    a.delete("quote:allawi-4")
    edit(b, "quote:allawi-4", context="سياق من ب")
    hub.sync(a, hub_db.writer)
    report = hub.sync(b, hub_db.writer)
    assert report.in_conflict == ["quote:allawi-4"] and b.get("quote:allawi-4")["context"] == "سياق من ب"
    (at_b,) = conflicts.open_conflicts(b)
    assert (at_b.reason, at_b.theirs) == ("deleted_there", None)
    conflicts.resolve(b, "quote:allawi-4", "mine")          # keep the quote, with b's context
    hub.sync(b, hub_db.writer)
    hub.sync(a, hub_db.writer)
    assert a.get("quote:allawi-4")["context"] == "سياق من ب" and snapshot(a) == snapshot(b)


def test_the_same_edit_on_both_sides_is_no_conflict_and_the_merged_version_reaches_everyone(hub_db, laptops):
    a, b = laptops
    hub.sync(a, hub_db.writer)
    hub.sync(b, hub_db.writer)
    for store in laptops:
        edit(store, "actor:isis", notes="نفس التعديل")
    hub.sync(a, hub_db.writer)
    report = hub.sync(b, hub_db.writer)
    assert report.conflicts == 0 and report.pushed == 1       # b's merged version: it descends from both
    hub.sync(a, hub_db.writer)
    assert a.open_conflicts() == [] == b.open_conflicts()
    assert [conflicts._version(*s.local_versions("actor", ["actor:isis"])["actor:isis"])["version"]
            for s in laptops] == [3, 3]
    # Neither side sees the other's later edit as a conflict.
    edit(a, "actor:isis", notes="بعد ذلك")
    hub.sync(a, hub_db.writer)
    assert hub.sync(b, hub_db.writer).conflicts == 0 and b.get("actor:isis")["notes"] == "بعد ذلك"


def test_a_deletion_clears_references_only_one_side_had_and_that_syncs_too(hub_db, laptops):
    a, b = laptops
    hub.sync(a, hub_db.writer)
    hub.sync(b, hub_db.writer)
    a.put({"kind": "actor", "id": "actor:x", "name": "فاعل س"})
    hub.sync(a, hub_db.writer)
    hub.sync(b, hub_db.writer)
    b.put({"kind": "event", "id": "event:x", "title": "حدث س", "actors": [{"actor": "actor:x", "role": "طرف"}]})
    a.delete("actor:x")
    hub.sync(a, hub_db.writer)
    report = hub.sync(b, hub_db.writer)      # takes the deletion, which clears b's event's link to it
    assert (report.pulled, report.conflicts, report.pushed) == (1, 0, 1)    # the event, with its link cleared
    assert b.get("actor:x") is None and "actors" not in b.get("event:x")
    hub.sync(a, hub_db.writer)
    assert snapshot(a) == snapshot(b) and a.check() == [] and b.check() == []


def test_a_change_written_into_the_hub_by_other_means_is_refused_whole(hub_db, laptops):
    a, b = laptops
    hub.sync(a, hub_db.writer)
    hub_db.query("INSERT INTO marsad.records (id, kind, record, version, clock, pushed_by) VALUES "
                 "('event:bad', 'event', '{\"kind\": \"event\", \"id\": \"event:bad\"}', 1, "
                 "'{\"not-a-site\": 1}', 'x')")
    watcher = Store.open(b.path)
    version = watcher.data_version()
    with pytest.raises(BundleError) as info:
        hub.sync(b, hub_db.writer)
    assert info.value.code == "bundle.bad_sync" and "clock" in str(info.value)
    assert watcher.data_version() == version and b.get("event:bad") is None
    watcher.close()


# --- cut off part way ---------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["pull", "push", "hub_commit", "after_hub_commit"])
def test_a_sync_cut_off_anywhere_loses_nothing_and_applies_nothing_twice(hub_db, laptops, monkeypatch, where):
    a, b = laptops
    hub.sync(a, hub_db.writer)
    edit(a, "actor:spain", notes="من أ")
    hub.sync(a, hub_db.writer)
    edit(b, "place:anbar", name_en="Al Anbar")
    watcher = Store.open(b.path)
    version, before, rows = watcher.data_version(), snapshot(b), hub_rows(hub_db)

    def broken(*args, **kwargs):
        raise HubError("hub.dropped", hub="test", reason="cut off")
    target = {"pull": (hub_sql.Hub, "lines_since"), "push": (hub_sql.Hub, "push"),
              "hub_commit": (hub_sql.Hub, "commit"), "after_hub_commit": (Store, "mark_hub")}[where]
    with monkeypatch.context() as m:
        m.setattr(*target, broken)
        with pytest.raises(HubError):
            hub.sync(b, hub_db.writer)
    assert watcher.data_version() == version and snapshot(b) == before
    if where != "after_hub_commit":
        assert hub_rows(hub_db) == rows
    # The next sync finishes the work, once: the hub already holding b's edit changes nothing.
    report = hub.sync(b, hub_db.writer)
    assert report.pulled == 1 and b.get("actor:spain")["notes"] == "من أ"
    assert report.pushed == (0 if where == "after_hub_commit" else 1)
    hub.sync(a, hub_db.writer)
    assert snapshot(a) == snapshot(b) and a.open_conflicts() == [] == b.open_conflicts()
    watcher.close()


def test_a_sync_killed_at_random_points_resumes_with_nothing_lost_or_twice(hub_db, laptops):
    """`marsad sync` killed (SIGKILL) at random times, new work made between the attempts."""
    a, b = laptops
    a.close()
    command = [sys.executable, "-m", "desktop", "--db", str(a.path), "sync", hub_db.writer]
    random, outcomes = Random(15), []
    for attempt in range(6):
        with Store.open(a.path) as store:
            store.put_many([{"kind": "event", "id": f"event:many-{attempt}-{i}", "title": f"حدث {i} في بغداد",
                             "date": "2025-01-02"} for i in range(800)])
            edit(store, "actor:usa", notes=f"المحاولة {attempt}")
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.1, 0.6))
        process.send_signal(signal.SIGKILL)
        outcomes.append(process.wait())
    assert -signal.SIGKILL in outcomes          # at least one was killed part way
    with Store.open(a.path) as again:
        assert again.check() == []
        hub.sync(again, hub_db.writer)
        assert hub.sync(again, hub_db.writer).pushed == 0
        report = hub.sync(b, hub_db.writer)
        assert report.conflicts == 0 and snapshot(again) == snapshot(b)
        (count,) = hub_db.query("SELECT count(*) FROM marsad.records WHERE id LIKE 'event:many-%'")[0]
        assert count == 6 * 800 and b.get("actor:usa")["notes"] == "المحاولة 5"


def test_a_cancelled_sync_changes_nothing_on_either_side(hub_db, laptops):
    a, _ = laptops
    a.put_many([{"kind": "actor", "id": f"actor:many-{i}", "name": f"فاعل {i}"} for i in range(1200)])
    watcher = Store.open(a.path)
    version, rows = watcher.data_version(), hub_rows(hub_db)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1           # let the first look pass: stop part way through the push
    with pytest.raises(Cancelled) as info:
        hub.sync(a, hub_db.writer, cancelled=cancelled)
    assert info.value.code == "hub.cancelled" and len(asked) == 2
    assert watcher.data_version() == version and hub_rows(hub_db) == rows and hub.status(a).hub is None
    watcher.close()
    assert hub.sync(a, hub_db.writer, cancelled=lambda: False).pushed == 1231


def test_a_hub_restarted_in_the_middle_of_a_sync(hub_db, laptops, monkeypatch):
    a, b = laptops
    hub.sync(a, hub_db.writer)
    edit(b, "actor:isis", notes="أثناء إعادة التشغيل")
    before, rows = snapshot(b), hub_rows(hub_db)
    real = hub_sql.Hub.push

    def restart_then_push(self, rows_, site, *named):
        hub_db.cluster.restart()
        return real(self, rows_, site, *named)
    monkeypatch.setattr(hub_sql.Hub, "push", restart_then_push)
    with pytest.raises(HubError) as info:
        hub.sync(b, hub_db.writer)
    assert info.value.code == "hub.dropped" and snapshot(b) == before and hub_rows(hub_db) == rows
    monkeypatch.setattr(hub_sql.Hub, "push", real)
    report = hub.sync(b, hub_db.writer)
    assert report.pushed == 1 and report.pulled == 0      # b's copy of the sample had everything a pushed


def test_a_hub_restored_from_an_older_backup_gets_everything_back(hub_db, laptops):
    a, b = laptops
    hub.sync(a, hub_db.writer)
    edit(b, "actor:usa", notes="قبل الاستعادة")
    hub.sync(b, hub_db.writer)
    # As if restored from a backup taken before anyone synced: empty, its sequence back at the start.
    hub_db.query("TRUNCATE marsad.records")
    hub_db.query("ALTER SEQUENCE marsad.change_seq RESTART")
    report = hub.sync(a, hub_db.writer)
    assert report.full and report.pushed == 31 and report.pulled == 0
    report = hub.sync(b, hub_db.writer)          # b's edit, which the hub lost, goes back too
    assert report.full and report.pushed == 1 and report.conflicts == 0
    assert hub.sync(a, hub_db.writer).pulled == 1 and snapshot(a) == snapshot(b)
    assert not hub.sync(a, hub_db.writer).full


# --- access ------------------------------------------------------------------------------------------


def test_a_reader_may_pull_but_not_push(hub_db, laptops, tmp_path):
    a, b = laptops
    hub.sync(a, hub_db.writer)
    edit(b, "actor:usa", notes="قارئ")
    watcher = Store.open(b.path)
    version, rows = watcher.data_version(), hub_rows(hub_db)
    with pytest.raises(HubError) as info:
        hub.sync(b, hub_db.reader)
    assert info.value.code == "hub.read_only" and "--pull-only" in str(info.value)
    assert watcher.data_version() == version and hub_rows(hub_db) == rows
    watcher.close()
    # PostgreSQL itself refuses, whatever program the reader uses.
    with psycopg.connect(hub_db.reader) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE marsad.records SET record = NULL")
    report = hub.sync(b, hub_db.reader, pull_only=True)
    assert report.pull_only and report.pushed == 0 and hub_rows(hub_db) == rows
    assert hub.status(b).waiting == 1                   # b's own edit still waits for a writer
    with Store.create(tmp_path / "reader.db") as fresh:  # a reader with nothing of its own just syncs
        assert hub.sync(fresh, hub_db.reader).pulled == 31 and hub.status(fresh).waiting == 0


def test_a_login_without_a_role_is_told_what_to_ask_for(hub_db, laptops):
    with pytest.raises(HubError) as info:
        hub.sync(laptops[0], hub_db.stranger)
    assert info.value.code == "hub.no_access" and "marsad_read" in str(info.value)


def test_offline_and_a_wrong_password_change_nothing(hub_db, laptops, monkeypatch):
    a, _ = laptops
    watcher = Store.open(a.path)
    version, before = watcher.data_version(), snapshot(a)
    wrong_port = hub_db.writer.replace(f"port={hub_db.cluster.port}", "port=1")
    for url, code in ((wrong_port, "hub.unreachable"), (hub_db.writer + " password=wrong", "hub.auth")):
        with pytest.raises(HubError) as info:
            hub.sync(a, url)
        assert info.value.code == code and "password=wrong" not in str(info.value)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(HubError) as info:
        hub.sync(a, hub_db.writer)
    assert info.value.code == "hub.auth" and "pgpass" in str(info.value)
    result = cli_run("--db", str(a.path), "sync", wrong_port)
    assert result.exit_code == 1 and "nothing was changed" in result.output
    assert watcher.data_version() == version and snapshot(a) == before and hub.status(a).hub is None
    watcher.close()


def test_no_password_is_kept_in_the_store_or_printed(hub_db, tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    secret = PASSWORDS["ana"]
    url = f"postgresql://ana:{secret}@127.0.0.1:{hub_db.cluster.port}/{hub_db.dbname}?sslmode=prefer"
    db = tmp_path / "laptop.db"
    assert cli_run("--db", str(db), "init", "--sample").exit_code == 0
    result = cli_run("--db", str(db), "sync", url, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["pushed"] == 31 and secret not in result.output
    assert "not kept" in result.stderr
    status = cli_run("--db", str(db), "hub", "status", "--json")
    assert conninfo_to_dict(json.loads(status.output)["hub"]) == {
        "user": "ana", "host": "127.0.0.1", "port": str(hub_db.cluster.port), "dbname": hub_db.dbname,
        "sslmode": "prefer"}
    assert secret.encode() not in store_bytes(db) and b"password=" not in store_bytes(db)
    assert all(secret not in p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()
               and p.suffix not in (".db", ".db-wal", ".db-shm"))


def test_tls_with_the_servers_certificate_checked(hub_db, laptops, tmp_path):
    if hub_db.cluster.ca is None:
        pytest.skip("no openssl to make a certificate with")
    verified = f"{hub_db.writer.replace('127.0.0.1', 'localhost')} sslmode=verify-full sslrootcert={hub_db.cluster.ca}"
    assert hub.sync(laptops[0], verified).pushed == 31
    stranger = tmp_path / "other-ca.crt"         # a certificate authority that did not sign the server's
    shutil.copy(hub_db.cluster.root / "tls" / "server.crt", stranger)
    with pytest.raises(HubError) as info:
        hub.sync(laptops[1], verified.replace(str(hub_db.cluster.ca), str(stranger)))
    assert info.value.code == "hub.unreachable" and "certificate" in str(info.value)
    assert f"sslrootcert={hub_db.cluster.ca}" in hub.status(laptops[0]).hub


# --- versions in SQL ------------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.dictionaries(st.sampled_from("abc"), st.integers(1, 3)),
                          st.dictionaries(st.sampled_from("abc"), st.integers(1, 3))), min_size=1, max_size=20))
def test_the_hub_compares_versions_as_clocks_does(pg_conn, pairs):
    rows = pg_conn.execute("SELECT marsad.descends(a, b), marsad.descends(b, a) FROM "
                           "jsonb_to_recordset(%s::jsonb) AS t(a jsonb, b jsonb)",
                           (json.dumps([{"a": a, "b": b} for a, b in pairs]),)).fetchall()
    for (a, b), (a_from_b, b_from_a) in zip(pairs, rows):
        expected = clocks.compare(a, b)
        assert (a_from_b and not b_from_a) == (expected == clocks.AFTER)
        assert (a_from_b and b_from_a) == (expected == clocks.EQUAL)


@pytest.fixture(scope="module")
def pg_conn(pg):
    pg.admin("CREATE DATABASE clocks_only")
    from desktop.core import hub as core
    core.hub_init(pg.admin_url("clocks_only"))
    with psycopg.connect(pg.admin_url("clocks_only"), autocommit=True) as conn:
        yield conn


# --- the store's side: schema 7 ---------------------------------------------------------------------------

LANDED = Path(__file__).resolve().parents[1] / "fixtures" / "landed_stores"


@pytest.mark.parametrize("variant", sorted(p.name for p in LANDED.iterdir() if (p / "store.db").exists()))
def test_every_landed_store_upgrades_and_belongs_to_no_hub_yet(variant, tmp_path):
    shutil.copy(LANDED / variant / "store.db", tmp_path / "store.db")
    with Store.open(tmp_path / "store.db", backup_dir=tmp_path / "backups") as store:
        found = hub.status(store)
        assert (found.hub, found.last_sync, found.open_conflicts) == (None, None, 0)
        assert found.waiting == sum(store.counts().values()) > 0    # all of it goes out at its first sync
        assert store.hub_book("x") is None and store.check() == []


# --- the command line ----------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["sync"], ["hub"], ["hub", "init"], ["hub", "status"], ["hub", "search"]])
def test_every_hub_command_is_documented_with_an_example(args):
    result = cli_run(*args, "--help")
    assert result.exit_code == 0
    match = re.search(r"Examples?:", result.output)
    assert match and "marsad " in result.output[match.end():]
