"""Change tracking: a site id per store, a version per record bumped by every write path, tombstones,
and edits made with other SQLite tools caught by `check` and adopted as this site's changes."""
from __future__ import annotations

import sqlite3
import uuid

import pytest

from desktop.core import clocks, importing, review
from desktop.core.errors import BatchError
from desktop.core.storage import Store


def _row(store: Store, table: str, key: str) -> dict:
    conn = sqlite3.connect(store.path)
    try:
        conn.row_factory = sqlite3.Row
        row = conn.execute(f"SELECT version, clock, changed_site, changed_at, change_seq FROM {table} WHERE key = ?",
                           (key,)).fetchone()
        return dict(row) if row else None
    finally:
        conn.close()


def _tombstone(store: Store, key: str) -> dict | None:
    conn = sqlite3.connect(store.path)
    try:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM sync_tombstones WHERE key = ?", (key,)).fetchone()
        return dict(row) if row else None
    finally:
        conn.close()


def _untracked(store: Store) -> int:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute("SELECT count(*) FROM sync_untracked").fetchone()[0]
    finally:
        conn.close()


def _outside(store: Store, *statements: str) -> None:
    """Statements run by another SQLite program (the sqlite3 shell, DB Browser)."""
    conn = sqlite3.connect(store.path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


# --- clocks ----------------------------------------------------------------------------------------


def test_clocks_order_versions_by_descent():
    a = {"s1": 2, "s2": 1}
    assert clocks.compare(a, a) == clocks.EQUAL
    assert clocks.compare(clocks.bump(a, "s1"), a) == clocks.AFTER
    assert clocks.compare(a, clocks.bump(a, "s3")) == clocks.BEFORE
    assert clocks.compare(clocks.bump(a, "s1"), clocks.bump(a, "s2")) == clocks.CONCURRENT
    assert clocks.merge({"s1": 3}, {"s1": 1, "s2": 4}) == {"s1": 3, "s2": 4}
    assert clocks.version({"s1": 3, "s2": 4}) == 7
    assert clocks.compare({}, {}) == clocks.EQUAL and clocks.compare({"x": 1}, {}) == clocks.AFTER
    assert clocks.decode(clocks.encode({2: 1, 1: 3})) == {1: 3, 2: 1} and clocks.encode({2: 1, 1: 3}) == "1:3,2:1"
    assert clocks.decode("") == {} and clocks.encode({}) == ""


# --- a site and versions ---------------------------------------------------------------------------


def test_a_new_store_is_a_site_of_its_own(tmp_path):
    one, two = Store.create(tmp_path / "1.db"), Store.create(tmp_path / "2.db")
    try:
        assert uuid.UUID(one.site_id()).version == 4 and one.site_id() != two.site_id()
        assert one.change_seq() == 0
    finally:
        one.close()
        two.close()


def test_a_new_record_is_version_1_of_this_site_and_an_edit_bumps_it(store):
    own = store.own_site_number()
    store.put({"kind": "actor", "id": "actor:a", "name": "علي", "aliases": ["أبو علي"]})
    first = _row(store, "actors", "actor:a")
    assert first["version"] == 1 and first["clock"] == f"{own}:1" and first["changed_site"] == own
    assert first["change_seq"] == 1 == store.change_seq()
    store.put({"kind": "actor", "id": "actor:a", "name": "علي", "aliases": ["أبو علي"]})     # the same: no change
    assert _row(store, "actors", "actor:a") == first
    store.put({"kind": "actor", "id": "actor:a", "name": "علي", "aliases": ["أبو علي", "علاوي"]})   # an alias is part of it
    second = _row(store, "actors", "actor:a")
    assert second["version"] == 2 and second["clock"] == f"{own}:2" and second["change_seq"] == 2


def test_every_write_path_bumps_the_version(sample_store):
    store = sample_store
    before = _row(store, "events", "event:phase-one-end")
    store.set_review(["event:phase-one-end"], "unreviewed")
    after_review = _row(store, "events", "event:phase-one-end")
    assert after_review["version"] == before["version"] + 1 and after_review["change_seq"] > before["change_seq"]
    # Deleting an actor changes the events it took part in (a link dropped): they get new versions too.
    event = _row(store, "events", "event:coalition-founded")
    store.delete("actor:global-coalition")
    assert _row(store, "events", "event:coalition-founded")["version"] == event["version"] + 1
    stone = _tombstone(store, "actor:global-coalition")
    assert stone["kind"] == "actor" and stone["version"] == 2 and stone["changed_site"] == store.own_site_number()
    assert 0 < stone["change_seq"] <= store.change_seq() and store.get("actor:global-coalition") is None
    # An actor that must be decided about: its quotes deleted with it, each leaving a tombstone.
    store.delete("actor:hussein-allawi", dependents="delete")
    assert _tombstone(store, "quote:allawi-1") is not None and _tombstone(store, "actor:hussein-allawi") is not None
    assert _untracked(store) == 0


def test_a_record_made_again_after_its_deletion_descends_from_the_tombstone(sample_store):
    store = sample_store
    record = store.get("place:syria")
    store.delete("place:syria")
    assert _tombstone(store, "place:syria")["version"] == 2
    store.put(record)
    again = _row(store, "places", "place:syria")
    assert again["version"] == 3 and _tombstone(store, "place:syria") is None


def test_a_merge_of_a_proposal_is_tracked(sample_store):
    store = sample_store
    store.put({"kind": "actor", "id": "actor:allawi-proposed", "name": "الدكتور حسين", "review": "unreviewed"})
    target = _row(store, "actors", "actor:hussein-allawi")
    review.merge(store, "actor:allawi-proposed", "actor:hussein-allawi")
    assert _tombstone(store, "actor:allawi-proposed") is not None
    assert _row(store, "actors", "actor:hussein-allawi")["version"] == target["version"] + 1    # took the alias


def test_an_import_stamps_every_record(tmp_path, sample_records):
    import json
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample_records), encoding="utf-8")
    with Store.create(tmp_path / "s.db") as store:
        importing.import_files(store, [path])
        conn = sqlite3.connect(store.path)
        seqs = []
        for table in ("actors", "places", "sources", "events", "quotes"):
            rows = conn.execute(f"SELECT version, changed_site, change_seq FROM {table}").fetchall()
            assert rows and all(v == 1 and site == store.own_site_number() for v, site, _ in rows)
            seqs += [seq for _, _, seq in rows]
        conn.close()
        assert sorted(seqs) == list(range(1, len(sample_records) + 1)) and store.change_seq() == len(sample_records)


def _guards(store: Store) -> int:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%untracked%'"
                            ).fetchone()[0]
    finally:
        conn.close()


def test_the_watching_triggers_are_down_only_while_a_load_holds_the_store(sample_store, tmp_path):
    store = sample_store
    watching = _guards(store)
    assert watching == 27          # insert, update, delete on 5 record tables and 4 tables of their parts
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "actor", "name": "س"}\n{"kind": "actor"}\n', encoding="utf-8")
    with pytest.raises(BatchError):
        importing.import_files(store, [bad])
    good = tmp_path / "good.jsonl"
    good.write_text('{"kind": "actor", "id": "actor:s", "name": "س"}\n', encoding="utf-8")
    importing.import_files(store, [good])
    assert _guards(store) == watching and _untracked(store) == 0
    assert _row(store, "actors", "actor:s")["version"] == 1


def test_a_failed_write_leaves_the_counter_as_it_was(sample_store):
    store = sample_store
    seq = store.change_seq()
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put({"kind": "actor", "id": "actor:x", "name": "س"})
            raise RuntimeError("the disk went away")
    assert store.change_seq() == seq and store.get("actor:x") is None


def test_marsads_own_transactions_are_never_committed_as_writing(sample_store):
    conn = sqlite3.connect(sample_store.path)
    try:
        assert conn.execute("SELECT writing FROM sync_state").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_new_site_id_for_a_copy(sample_store):
    store = sample_store
    old = store.site_id()
    new = store.new_site_id()
    assert new != old and store.site_id() == new and old in store.sites().values()
    store.put({**store.get("place:iraq"), "name_en": "Republic of Iraq"})
    row = _row(store, "places", "place:iraq")
    numbers = {v: k for k, v in store.sites().items()}
    # The history made as the old site stays in the clock; this change is the new site's.
    assert clocks.decode(row["clock"]) == {numbers[old]: 1, numbers[new]: 1}
    assert row["changed_site"] == numbers[new]


# --- edits made with other tools -------------------------------------------------------------------


def test_an_edit_with_another_tool_is_found_by_check_and_adopted_by_repair(sample_store):
    store = sample_store
    before = _row(store, "quotes", "quote:allawi-4")
    _outside(store, "UPDATE quotes SET context = 'edited elsewhere' WHERE key = 'quote:allawi-4'",
             "DELETE FROM event_sources WHERE event_id = (SELECT id FROM events WHERE key = 'event:phase-two-syria')")
    problems = [p.code for p in store.check()]
    assert "check.untracked" in problems
    store.repair()
    assert store.check() == [] and _untracked(store) == 0
    assert _row(store, "quotes", "quote:allawi-4")["version"] == before["version"] + 1
    assert _row(store, "events", "event:phase-two-syria")["changed_site"] == store.own_site_number()


def test_a_deletion_with_another_tool_becomes_a_tombstone(sample_store):
    store = sample_store
    _outside(store, "DELETE FROM quotes WHERE key = 'quote:allawi-4'",
             "INSERT INTO place_aliases(place_id, alias, alias_norm) SELECT id, 'x', 'x' FROM places "
             "WHERE key = 'place:anbar'")
    assert store.adopt_untracked() == 2
    assert _tombstone(store, "quote:allawi-4")["version"] == 2
    assert _row(store, "places", "place:anbar")["version"] == 2
    assert _untracked(store) == 0
