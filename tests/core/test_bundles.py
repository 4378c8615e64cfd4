"""Sync by file: bundles (interchange version 2) written and merged; conflicts kept for a person, never
resolved silently; a bundle cut short or changed refused with the store left exactly as it was."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import paths
from desktop.core import bundles, conflicts, importing, sync
from desktop.core.errors import BatchError, BundleError, SyncError
from desktop.core.storage import Store
from tests.conftest import sample_copies, snapshot


@pytest.fixture
def pair(tmp_path):
    a, b = sample_copies(tmp_path, "a", "b")
    yield a, b
    a.close()
    b.close()


def send(src: Store, dst: Store, path: Path, **options) -> sync.ApplyReport:
    sync.write_changes(src, dst.site_id(), path, **options)
    return sync.apply_bundle(dst, path)


def exchange(a: Store, b: Store, folder: Path) -> tuple[sync.ApplyReport, sync.ApplyReport]:
    return send(a, b, folder / "a-to-b.jsonl"), send(b, a, folder / "b-to-a.jsonl")


def edit(store: Store, key: str, **values) -> None:
    store.put({**store.get(key), **values})


# --- the format ------------------------------------------------------------------------------------


def test_a_bundle_has_a_header_its_changes_and_a_checksum_of_them(pair, tmp_path):
    a, b = pair
    edit(a, "event:phase-one-end", summary="ملخص جديد")
    a.delete("quote:allawi-4")
    path = tmp_path / "out.jsonl"
    report = sync.write_changes(a, b.site_id(), path)
    lines = path.read_bytes().splitlines(keepends=True)
    head, end = json.loads(lines[0]), json.loads(lines[-1])
    assert head["kind"] == "bundle" and head["format"] == 2 and head["site"] == a.site_id() and head["from"] == 0
    assert end == {"kind": "end", "changes": len(lines) - 2, "sha256": hashlib.sha256(b"".join(lines[:-1])).hexdigest()}
    body = [json.loads(line) for line in lines[1:-1]]
    deleted = [c for c in body if c["kind"] == "deleted"]
    assert deleted == [{"kind": "deleted", "id": "quote:allawi-4", "sync": deleted[0]["sync"]}]
    assert deleted[0]["sync"]["clock"] == {a.site_id(): 2} and deleted[0]["sync"]["version"] == 2
    changed = next(c for c in body if c["id"] == "event:phase-one-end")
    assert changed["sync"]["version"] == 2 and changed["sync"]["site"] == a.site_id()
    # Without its version a record line is a version 1 record, exactly as stored.
    assert {k: v for k, v in changed.items() if k != "sync"} == a.get("event:phase-one-end")
    assert (report.records, report.deleted) == (len(body) - 1, 1)
    assert bundles.verify(path).changes == len(body)


def test_version_1_files_still_import_and_are_not_bundles(tmp_path, sample_records):
    v1 = tmp_path / "records.jsonl"
    v1.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample_records), encoding="utf-8")
    with Store.create(tmp_path / "s.db") as store:
        report = importing.import_files(store, [v1])
        assert sum(report.created.values()) == len(sample_records)
        with pytest.raises(BundleError) as info:
            sync.apply_bundle(store, v1)
        assert info.value.code == "bundle.not_bundle" and "marsad import" in str(info.value)


def test_import_refuses_a_bundle_and_points_to_apply(pair, tmp_path):
    a, b = pair
    path = tmp_path / "out.jsonl"
    sync.write_changes(a, b.site_id(), path)
    with pytest.raises(BatchError) as info:
        importing.import_files(b, [path])
    assert [p.code for p in info.value.problems] == ["input.bundle"]
    assert "marsad apply" in info.value.errors[0]


# --- merging ---------------------------------------------------------------------------------------


def test_two_stores_made_from_one_edited_differently_converge(pair, tmp_path):
    a, b = pair
    edit(a, "event:phase-one-end", summary="ملخص من أ")
    a.delete("quote:allawi-4")
    a.put({"kind": "actor", "id": "actor:new-in-a", "name": "فاعل جديد"})
    edit(b, "actor:usa", notes="ملاحظة من ب")
    b.put({"kind": "place", "id": "place:basra", "name": "البصرة", "parent": "place:iraq"})
    b.set_review(["event:joint-statement-2024"], "unreviewed")
    to_b, to_a = exchange(a, b, tmp_path)
    assert (to_b.applied, to_b.conflicts) == (3, [])
    assert to_b.deleted == {"quote": 1} and to_b.created == {"actor": 1}
    assert (to_a.applied, to_a.conflicts) == (3, [])
    assert snapshot(a) == snapshot(b)
    assert a.get("actor:usa")["notes"] == "ملاحظة من ب" and b.get("quote:allawi-4") is None
    assert a.check() == [] and b.check() == []
    # Nothing left to send either way: the next bundles hold no change at all.
    for src, dst in ((a, b), (b, a)):
        report = sync.write_changes(src, dst.site_id(), tmp_path / "again.jsonl")
        assert (report.records, report.deleted) == (0, 0)
        assert sync.apply_bundle(dst, tmp_path / "again.jsonl").applied == 0


def test_changes_travel_through_a_third_store(tmp_path):
    a, b, c = sample_copies(tmp_path, "a", "b", "c")
    try:
        edit(a, "place:anbar", name_en="Al Anbar")
        send(a, b, tmp_path / "1.jsonl")
        report = send(b, c, tmp_path / "2.jsonl")
        assert report.updated == {"place": 1} and c.get("place:anbar")["name_en"] == "Al Anbar"
        # Back to a from c: a has it already.
        assert send(c, a, tmp_path / "3.jsonl").applied == 0
    finally:
        for store in (a, b, c):
            store.close()


def test_the_same_edit_on_both_sides_is_no_conflict(pair, tmp_path):
    a, b = pair
    for store in pair:
        edit(store, "actor:isis", notes="نفس التعديل")
    to_b, to_a = exchange(a, b, tmp_path)
    assert to_b.same == 1 and not to_b.conflicts and not to_a.conflicts
    assert b.open_conflicts() == [] == a.open_conflicts()
    assert snapshot(a) == snapshot(b)
    versions = [conflicts._version(*s.local_versions("actor", ["actor:isis"])["actor:isis"]) for s in pair]
    assert versions[0]["version"] == versions[1]["version"] == 3     # the sample's 1, then one change on each side


def test_an_edit_against_an_edit_is_a_conflict_shown_field_by_field(pair, tmp_path):
    a, b = pair
    edit(a, "event:phase-two-syria", title="عنوان أ", summary="ملخص أ")
    edit(b, "event:phase-two-syria", summary="ملخص ب")
    report = send(a, b, tmp_path / "1.jsonl")
    assert report.conflicts == ["event:phase-two-syria"] and report.applied == 0
    assert b.get("event:phase-two-syria")["summary"] == "ملخص ب"      # never overwritten
    (found,) = conflicts.open_conflicts(b)
    assert found.reason == "edited" and found.fields == ["title", "summary"]
    assert (found.mine["summary"], found.theirs["summary"]) == ("ملخص ب", "ملخص أ")
    assert found.theirs_version["site"] == a.site_id() and found.mine_version["site"] == b.site_id()
    assert found.to_json()["theirs"]["title"] == "عنوان أ"
    # Each side sees the conflict; one resolves it (merged), and the resolution syncs and closes the other's.
    assert send(b, a, tmp_path / "2.jsonl").conflicts == ["event:phase-two-syria"]
    resolved = conflicts.resolve(b, "event:phase-two-syria", "merged", {"title": "عنوان أ", "summary": "ملخص مدموج"})
    assert resolved["title"] == "عنوان أ" and resolved["summary"] == "ملخص مدموج"
    report = send(b, a, tmp_path / "3.jsonl")
    assert report.closed == ["event:phase-two-syria"] and report.open_conflicts == 0
    assert send(a, b, tmp_path / "4.jsonl").applied == 0
    assert snapshot(a) == snapshot(b) and a.open_conflicts() == [] == b.open_conflicts()


def test_a_delete_against_an_edit_is_a_conflict_both_ways(pair, tmp_path):
    a, b = pair
    a.delete("quote:allawi-4")
    edit(b, "quote:allawi-4", context="سياق من ب")
    to_b, to_a = exchange(a, b, tmp_path)
    assert to_b.conflicts == ["quote:allawi-4"] and to_a.conflicts == ["quote:allawi-4"]
    assert b.get("quote:allawi-4")["context"] == "سياق من ب" and a.get("quote:allawi-4") is None
    (at_b,) = conflicts.open_conflicts(b)
    (at_a,) = conflicts.open_conflicts(a)
    assert (at_b.reason, at_b.theirs, at_b.mine["context"]) == ("deleted_there", None, "سياق من ب")
    assert (at_a.reason, at_a.mine, at_a.theirs["context"]) == ("deleted_here", None, "سياق من ب")
    conflicts.resolve(a, "quote:allawi-4", "theirs")        # a takes b's edit back
    report = send(a, b, tmp_path / "3.jsonl")
    assert report.closed == ["quote:allawi-4"]
    assert snapshot(a) == snapshot(b) and a.get("quote:allawi-4")["context"] == "سياق من ب"


def test_a_delete_resolved_as_deleted_syncs_the_deletion(pair, tmp_path):
    a, b = pair
    a.delete("quote:allawi-4")
    edit(b, "quote:allawi-4", context="سياق")
    send(a, b, tmp_path / "1.jsonl")
    assert conflicts.resolve(b, "quote:allawi-4", "theirs") is None and b.get("quote:allawi-4") is None
    send(b, a, tmp_path / "2.jsonl")
    assert snapshot(a) == snapshot(b) and a.open_conflicts() == []


def test_applying_a_bundle_twice_changes_nothing(pair, tmp_path):
    a, b = pair
    edit(a, "actor:france", notes="ملاحظة")
    path = tmp_path / "1.jsonl"
    sync.write_changes(a, b.site_id(), path)
    first = sync.apply_bundle(b, path)
    assert first.applied == 1
    watcher = Store.open(b.path)
    try:
        version, before = watcher.data_version(), snapshot(b)
        second = sync.apply_bundle(b, path)
        assert (second.applied, second.conflicts, second.skipped) == (0, [], first.skipped + 1)
        assert watcher.data_version() == version and snapshot(b) == before
    finally:
        watcher.close()


def test_a_replayed_old_bundle_never_undoes_newer_work(pair, tmp_path):
    a, b = pair
    edit(a, "place:syria", name_en="Syria (1)")
    old = tmp_path / "old.jsonl"
    send(a, b, old)
    edit(a, "place:syria", name_en="Syria (2)")
    send(a, b, tmp_path / "new.jsonl")
    edit(b, "place:syria", notes="later work here")
    report = sync.apply_bundle(b, old)
    assert report.applied == 0 and not report.conflicts
    assert b.get("place:syria")["name_en"] == "Syria (2)" and b.get("place:syria")["notes"] == "later work here"


def test_a_bundle_from_another_teams_store_never_overwrites_and_shows_what_differs(tmp_path):
    """Two stores that share no history (each loaded the same sample by itself): the other's bundle adds
    what this one lacks, agrees where the records are the same, and every record the two hold differently
    becomes an open conflict: none of this store's records is replaced."""
    ours = Store.create(tmp_path / "ours.db", fill=lambda s: importing.import_files(s, [paths.sample_jsonl()]))
    theirs = Store.create(tmp_path / "theirs.db", fill=lambda s: importing.import_files(s, [paths.sample_jsonl()]))
    try:
        edit(theirs, "place:syria", name_en="Syrian Arab Republic")
        theirs.put({"kind": "actor", "id": "actor:their-own", "name": "فاعل من فريق آخر"})
        mine_before = ours.get("place:syria")
        sync.write_changes(theirs, ours.site_id(), tmp_path / "theirs.jsonl")
        report = sync.apply_bundle(ours, tmp_path / "theirs.jsonl")
        assert report.conflicts == ["place:syria"]
        assert ours.get("place:syria") == mine_before
        assert ours.get("actor:their-own")["name"] == "فاعل من فريق آخر"
        assert report.same == sum(ours.counts().values()) - 2 and report.applied == 1
    finally:
        ours.close()
        theirs.close()


def test_a_record_referring_to_one_deleted_here_waits_as_a_conflict(pair, tmp_path):
    a, b = pair
    a.put({"kind": "actor", "id": "actor:x", "name": "فاعل س"})
    send(a, b, tmp_path / "1.jsonl")
    b.delete("actor:x")
    a.put({"kind": "event", "id": "event:x", "title": "حدث س", "actors": [{"actor": "actor:x", "role": "طرف"}]})
    report = send(a, b, tmp_path / "2.jsonl")
    assert report.conflicts == ["event:x"] and b.get("event:x") is None
    (found,) = conflicts.open_conflicts(b)
    assert found.reason == "missing" and found.detail == {"missing": ["actor:x"]}
    # b's deletion reaches a, which drops the link and sends the event again: it now fits, and is taken.
    send(b, a, tmp_path / "3.jsonl")
    assert a.get("actor:x") is None and "actors" not in a.get("event:x")
    report = send(a, b, tmp_path / "4.jsonl")
    assert report.closed == ["event:x"] and b.open_conflicts() == []
    assert snapshot(a) == snapshot(b)


def test_a_deletion_that_records_here_still_need_is_a_conflict(pair, tmp_path):
    a, b = pair
    a.delete("actor:qais-al-muhammadawi", dependents="delete")
    b.put({"kind": "quote", "id": "quote:qais-new", "text": "تصريح جديد", "speaker": "actor:qais-al-muhammadawi"})
    report = send(a, b, tmp_path / "1.jsonl")
    assert report.conflicts == ["actor:qais-al-muhammadawi"] and report.deleted == {"quote": 1}
    assert b.get("actor:qais-al-muhammadawi") is not None and b.get("quote:qais-new") is not None
    (found,) = conflicts.open_conflicts(b)
    assert found.reason == "in_use" and found.detail["kind"] == "quote" and found.theirs is None
    with pytest.raises(SyncError) as info:
        conflicts.resolve(b, "actor:qais-al-muhammadawi", "theirs")
    assert info.value.code == "sync.still_needed"
    conflicts.resolve(b, "actor:qais-al-muhammadawi", "mine")
    send(b, a, tmp_path / "2.jsonl")
    assert a.get("actor:qais-al-muhammadawi") is not None and a.get("quote:qais-new") is not None
    assert snapshot(a) == snapshot(b)


# --- refused -----------------------------------------------------------------------------------------


def test_a_bundle_from_this_very_store_is_refused(pair, tmp_path):
    a, b = pair
    path = tmp_path / "1.jsonl"
    sync.write_changes(a, b.site_id(), path)
    with pytest.raises(BundleError) as info:
        sync.apply_bundle(a, path)
    assert info.value.code == "bundle.own_site" and "marsad site --new" in str(info.value)


def test_a_bundle_after_a_missing_one_is_refused_with_what_to_ask_for(pair, tmp_path):
    a, b = pair
    edit(a, "actor:spain", notes="1")
    sync.write_changes(a, b.site_id(), tmp_path / "lost.jsonl")
    edit(a, "actor:spain", notes="2")
    sync.write_changes(a, b.site_id(), tmp_path / "next.jsonl")
    with pytest.raises(BundleError) as info:
        sync.apply_bundle(b, tmp_path / "next.jsonl")
    assert info.value.code == "bundle.gap" and f"marsad changes --since {b.site_id()} --from 0" in str(info.value)
    sync.write_changes(a, b.site_id(), tmp_path / "again.jsonl", start=0)
    assert sync.apply_bundle(b, tmp_path / "again.jsonl").updated == {"actor": 1}


def test_an_unknown_peer_is_refused(pair, tmp_path):
    a, _ = pair
    with pytest.raises(SyncError) as info:
        sync.write_changes(a, "office", tmp_path / "x.jsonl")
    assert info.value.code == "sync.unknown_peer" and not (tmp_path / "x.jsonl").exists()


def test_a_peer_by_its_name(pair, tmp_path):
    a, b = pair
    sync.name_peer(a, b.site_id(), "office")
    assert sync.write_changes(a, "office", tmp_path / "1.jsonl").peer == b.site_id()
    with pytest.raises(SyncError):
        sync.name_peer(a, b.site_id(), "not a name")


@pytest.fixture
def bundle(pair, tmp_path):
    a, b = pair
    edit(a, "event:isis-defeated-iraq", summary="تعديل")
    a.delete("quote:allawi-3")
    path = tmp_path / "bundle.jsonl"
    sync.write_changes(a, b.site_id(), path)
    return b, path.read_bytes()


def _refused_and_untouched(store: Store, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    watcher = Store.open(store.path)
    try:
        version, before = watcher.data_version(), snapshot(store)
        with pytest.raises((BundleError, BatchError)) as info:
            sync.apply_bundle(store, path)
        assert str(path) in str(info.value)
        assert watcher.data_version() == version and snapshot(store) == before
    finally:
        watcher.close()


def test_a_tampered_bundle_is_refused_with_the_file_and_why(bundle, tmp_path):
    store, data = bundle
    changed = data.replace("تعديل".encode(), "تبديل".encode())
    path = tmp_path / "changed.jsonl"
    _refused_and_untouched(store, path, changed)
    with pytest.raises(BundleError) as info:
        bundles.verify(path)
    assert info.value.code == "bundle.checksum" and str(info.value).startswith(f"{path}: the bundle was changed")
    _refused_and_untouched(store, path, data[:len(data) // 2])
    with pytest.raises(BundleError) as info:
        bundles.verify(path)
    assert info.value.code == "bundle.no_end" and "cut short" in str(info.value)


def test_a_bundle_with_a_valid_checksum_but_a_bad_record_is_refused(bundle, tmp_path):
    store, data = bundle
    lines = data.splitlines(keepends=True)
    record = json.loads(lines[1])
    record["date"] = "2024-13-45" if record["kind"] == "event" else record.get("date")
    record = {k: v for k, v in record.items() if v is not None}
    record["unknown_field"] = 1
    body = lines[:1] + [(json.dumps(record, ensure_ascii=False) + "\n").encode()] + lines[2:-1]
    end = json.dumps({"changes": len(body) - 1, "kind": "end", "sha256": hashlib.sha256(b"".join(body)).hexdigest()},
                     separators=(",", ":"), sort_keys=True) + "\n"
    _refused_and_untouched(store, tmp_path / "crafted.jsonl", b"".join(body) + end.encode())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_cut_or_changed_byte_is_refused_and_the_store_left_alone(bundle, tmp_path, data):
    store, whole = bundle
    if data.draw(st.booleans()):
        damaged = whole[:data.draw(st.integers(0, len(whole) - 1))]
    else:
        at = data.draw(st.integers(0, len(whole) - 1))
        byte = data.draw(st.integers(0, 255).filter(lambda b: b != whole[at]))
        damaged = whole[:at] + bytes([byte]) + whole[at + 1:]
    _refused_and_untouched(store, tmp_path / "damaged.jsonl", damaged)


def test_a_big_first_exchange_into_an_empty_store_is_loaded_whole(tmp_path, monkeypatch):
    """Enough changes for a bulk load (indexes and the counting trigger deferred): the store is whole after."""
    monkeypatch.setattr(sync, "BULK_MINIMUM", 10)
    (a,) = sample_copies(tmp_path, "a")
    try:
        with Store.create(tmp_path / "empty.db") as empty:
            path = tmp_path / "all.jsonl"
            sync.write_changes(a, empty.site_id(), path)
            report = sync.apply_bundle(empty, path)
            assert report.applied == 31 and snapshot(empty) == snapshot(a)
            assert empty.counts() == a.counts() and empty.check() == []
    finally:
        a.close()


def test_a_later_version_of_theirs_updates_the_open_conflict(pair, tmp_path):
    a, b = pair
    edit(a, "event:coalition-founded", summary="أ ١")
    edit(b, "event:coalition-founded", summary="ب")
    send(a, b, tmp_path / "1.jsonl")
    edit(a, "event:coalition-founded", summary="أ ٢")
    report = send(a, b, tmp_path / "2.jsonl")
    assert report.conflicts == ["event:coalition-founded"] and report.applied == 0
    (found,) = conflicts.open_conflicts(b)
    assert (found.mine["summary"], found.theirs["summary"], found.reason) == ("ب", "أ ٢", "edited")
    assert found.theirs_version["version"] == 3
    conflicts.resolve(b, "event:coalition-founded", "theirs")
    assert send(b, a, tmp_path / "3.jsonl").updated == {"event": 1}
    assert snapshot(a) == snapshot(b) and a.get("event:coalition-founded")["summary"] == "أ ٢"
