"""JSONL import/export: whole-file validation with file:line errors, idempotence, round trip, CSV."""
import csv
import json

import pytest

from desktop.core import export, importing
from desktop.core.storage import bulk, reading
from desktop.core.errors import BatchError as InterchangeError, InputError
from tests.conftest import snapshot


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = '{"kind": "actor", "id": "actor:new", "name": "جديد"}'


@pytest.mark.parametrize("bad_line, reason", [
    ('{"kind": "actor", "name": ', "invalid JSON at column"),
    ('["actor"]', "must be a JSON object"),
    ('{"kind": "memo", "title": "x"}', "kind: unknown kind 'memo'"),
    ('{"kind": "quote", "text": "x"}', "speaker: is required"),
    ('{"kind": "quote", "text": "x", "speaker": "actor:ghost"}', "speaker: no actor with id 'actor:ghost'"),
    ('{"kind": "quote", "text": "x", "speaker": "لا أحد"}', "matches no actor id, name or alias"),
    ('{"kind": "event", "title": "x", "date": "2024-31-12"}', "date: '2024-31-12' is not a calendar date"),
    ('{"kind": "event", "title": "x", "place": "place:nowhere"}', "place: no place with id"),
    ('{"kind": "actor", "id": "actor:new", "name": "مكرر"}', "duplicate id 'actor:new' (first at"),
])
def test_bad_line_is_reported_with_file_and_line_and_nothing_written(sample_store, tmp_path, bad_line, reason):
    path = write_lines(tmp_path / "in.jsonl", [GOOD, bad_line])
    before = snapshot(sample_store)
    with pytest.raises(InterchangeError) as info:
        importing.import_files(sample_store, [path])
    assert f"{path}:2: " in str(info.value)
    assert reason in str(info.value)
    assert snapshot(sample_store) == before


def test_every_error_is_reported_not_just_the_first(store, tmp_path):
    path = write_lines(tmp_path / "in.jsonl", ['{"kind": "x"}', GOOD, "{oops", '{"kind": "actor"}'])
    with pytest.raises(InterchangeError) as info:
        importing.import_files(store, [path])
    assert [e.split(": ")[0] for e in info.value.errors] == [f"{path}:1", f"{path}:3", f"{path}:4"]


def test_invalid_utf8_names_line_and_byte(store, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(GOOD.encode() + b'\n{"kind": "actor", "name": "\xff\xfe"}\n')
    with pytest.raises(InterchangeError, match=r"in.jsonl:2: invalid UTF-8 at byte 28"):
        importing.import_files(store, [path])
    assert sum(store.counts().values()) == 0


def test_fifty_megabyte_line_is_refused_cleanly(store, tmp_path):
    path = tmp_path / "huge.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(GOOD + "\n")
        fh.write('{"kind": "source", "title": "t", "body": "' + "x" * (50 * 1024 * 1024) + '"}\n')
        fh.write('{"kind": "actor", "name": ')
    with pytest.raises(InterchangeError) as info:
        importing.import_files(store, [path])
    errors = info.value.errors
    assert errors[0].startswith(f"{path}:2: the line is 52,428,") and "the limit is" in errors[0]
    assert errors[1].startswith(f"{path}:3: invalid JSON")
    assert sum(store.counts().values()) == 0


def test_several_files_are_all_or_nothing(store, tmp_path):
    good = write_lines(tmp_path / "a.jsonl", [GOOD])
    bad = write_lines(tmp_path / "b.jsonl", ['{"kind": "actor"}'])
    with pytest.raises(InterchangeError, match="b.jsonl:1"):
        importing.import_files(store, [good, bad])
    assert store.get("actor:new") is None


def test_references_within_file_in_any_order(store, tmp_path):
    path = write_lines(tmp_path / "in.jsonl", [
        '{"kind": "quote", "id": "quote:q", "text": "كلام", "speaker": "أبو زيد"}',
        '{"kind": "actor", "id": "actor:z", "name": "زيد", "aliases": ["أبو زيد"]}',
    ])
    report = importing.import_files(store, [path])
    assert report.created == {"quote": 1, "actor": 1}
    assert store.get("quote:q")["speaker"] == "actor:z"


def test_import_is_idempotent(store, tmp_path, sample_records):
    from desktop import paths
    first = importing.import_files(store, [paths.sample_jsonl()])
    assert sum(first.created.values()) == 31
    second = importing.import_files(store, [paths.sample_jsonl()])
    assert second.to_json() == {"created": {}, "updated": {}, "proposed": {}, "errors": []}
    assert sum(second.unchanged.values()) == 31


def test_changed_record_is_updated_not_duplicated(sample_store, tmp_path):
    path = write_lines(tmp_path / "in.jsonl", [
        '{"kind": "actor", "id": "actor:france", "name": "فرنسا", "name_en": "France", "type": "state", "title": "جمهورية"}'])
    report = importing.import_files(sample_store, [path])
    assert report.updated == {"actor": 1}
    assert sample_store.counts()["actor"] == 13


def test_dry_run_writes_nothing(sample_store, tmp_path):
    before = snapshot(sample_store)
    path = write_lines(tmp_path / "in.jsonl", [GOOD])
    report = importing.import_files(sample_store, [path], dry_run=True)
    assert report.created == {"actor": 1}
    assert snapshot(sample_store) == before


def test_export_import_export_round_trip(sample_store, tmp_path):
    from desktop.core.storage import Store
    first = tmp_path / "one.jsonl"
    export.export_jsonl(sample_store, first)
    other = Store.create(tmp_path / "other.db")
    importing.import_files(other, [first])
    second = tmp_path / "two.jsonl"
    export.export_jsonl(other, second)
    assert first.read_bytes() == second.read_bytes()
    assert len(first.read_text(encoding="utf-8").splitlines()) == 31
    assert all(json.loads(line)["kind"] for line in first.read_text(encoding="utf-8").splitlines())
    other.close()


def test_export_with_query(sample_store, tmp_path):
    path = tmp_path / "q.jsonl"
    counts = export.export_jsonl(sample_store, path, query="actor:Allawi kind:quote")
    assert counts["quote"] == 4 and sum(counts.values()) == 4


def test_unknown_format(store, tmp_path):
    path = tmp_path / "in.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InterchangeError, match="unknown format"):
        importing.import_files(store, [path])


def test_csv_export_defuses_formulas(store, tmp_path):
    store.put_many([
        {"kind": "actor", "id": "actor:evil", "name": "=HYPERLINK(\"http://x\")", "title": "+1", "notes": "@SUM(A1)"},
        {"kind": "actor", "id": "actor:fine", "name": "-minus", "description": "عادي"},
    ])
    path = tmp_path / "actors.csv"
    assert export.export_csv(store, path, "actor") == 2
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["Name"] == "'=HYPERLINK(\"http://x\")"
    assert rows[0]["Title or position"] == "'+1"
    assert rows[0]["Notes"] == "'@SUM(A1)"
    assert rows[1]["Name"] == "'-minus"
    assert rows[1]["Description"] == "عادي"


@pytest.mark.parametrize("kind", ["actor", "place", "source", "event", "quote"])
def test_csv_export_of_each_kind(sample_store, tmp_path, kind):
    path = tmp_path / f"{kind}.csv"
    n = export.export_csv(sample_store, path, kind)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n == sample_store.counts()[kind]
    assert all(r["ID"].startswith(kind + ":") for r in rows)


def test_export_to_unwritable_place_leaves_nothing(sample_store, tmp_path):
    with pytest.raises(InputError, match="cannot write"):
        export.export_jsonl(sample_store, tmp_path / "missing-folder" / "x.jsonl")


def test_bulk_load_indexes_in_chunks_consistently(store, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "WRITE_CHUNK", 7)
    lines = [json.dumps({"kind": "actor", "id": f"actor:a{i}", "name": f"قائد رقم {i}"}, ensure_ascii=False)
             for i in range(40)]
    lines += [json.dumps({"kind": "quote", "id": f"quote:q{i}", "text": f"تصريح عن الانتخابات {i}",
                          "speaker": f"actor:a{i % 40}"}, ensure_ascii=False) for i in range(60)]
    path = write_lines(tmp_path / "bulk.jsonl", lines)
    importing.import_files(store, [path])
    assert store.counts()["quote"] == 60 and store.counts()["actor"] == 40
    assert store.check() == []
    from desktop.core import search
    assert search.search(store, "انتخابات", kind="quote").total == 60
    # Later writes go through the restored trigger.
    store.put({"kind": "quote", "id": "quote:late", "text": "الانتخابات مجددا", "speaker": "actor:a1"})
    assert search.search(store, "انتخابات", kind="quote").total == 61
    assert store.check() == []


def test_bulk_load_failure_restores_everything(sample_store, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "WRITE_CHUNK", 7)
    lines = [json.dumps({"kind": "actor", "id": f"actor:b{i}", "name": f"اسم {i}"}, ensure_ascii=False)
             for i in range(50)]
    lines.append('{"kind": "quote", "text": "x", "speaker": "actor:ghost"}')
    path = write_lines(tmp_path / "bad.jsonl", lines)
    before = snapshot(sample_store)
    with pytest.raises(InterchangeError, match="bad.jsonl:51"):
        importing.import_files(sample_store, [path])
    assert snapshot(sample_store) == before
    assert sample_store.check() == []
    sample_store.put({"kind": "actor", "id": "actor:after", "name": "بعد"})
    assert sample_store.check() == []


def test_many_forward_references_are_read_again_not_held(store, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "KEEP_PENDING", 5)
    monkeypatch.setattr(importing, "WRITE_CHUNK", 4)
    # Every place names its parent, which comes after it: all 30 wait for the end.
    lines = [json.dumps({"kind": "place", "id": f"place:p{i}", "name": f"مكان {i}", "parent": f"place:p{i + 1}"},
                        ensure_ascii=False) for i in range(30)]
    lines.append(json.dumps({"kind": "place", "id": "place:p30", "name": "الأصل"}, ensure_ascii=False))
    report = importing.import_files(store, [write_lines(tmp_path / "p.jsonl", lines)])
    assert report.created == {"place": 31}
    assert store.get("place:p29")["parent"] == "place:p30"
    assert store.check() == []
    # Row ids follow the input order, so an export lists them as they came.
    exported = tmp_path / "out.jsonl"
    export.export_jsonl(store, exported)
    assert [json.loads(x)["id"] for x in exported.read_text().splitlines()] == [f"place:p{i}" for i in range(31)]


def test_references_forward_across_write_chunks(store, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "WRITE_CHUNK", 1)
    path = write_lines(tmp_path / "fwd.jsonl", [
        '{"kind": "quote", "id": "quote:q", "text": "كلام", "speaker": "actor:z", "event": "event:e"}',
        '{"kind": "event", "id": "event:e", "title": "حدث", "actors": ["actor:z"], "place": "place:p"}',
        '{"kind": "actor", "id": "actor:z", "name": "زيد"}',
        '{"kind": "place", "id": "place:p", "name": "بغداد"}',
    ])
    report = importing.import_files(store, [path])
    assert sum(report.created.values()) == 4
    assert store.get("quote:q")["speaker"] == "actor:z"
    assert store.get("event:e")["place"] == "place:p"
    assert store.check() == []


def test_a_name_resolved_early_that_a_later_record_shares_is_ambiguous(store, tmp_path, monkeypatch):
    # The quote is read when only one زيد exists; the second comes later in the file.
    monkeypatch.setattr(importing, "WRITE_CHUNK", 1)
    path = write_lines(tmp_path / "amb.jsonl", [
        '{"kind": "actor", "id": "actor:zaid-1", "name": "زيد"}',
        '{"kind": "quote", "id": "quote:q", "text": "كلام", "speaker": "زيد"}',
        '{"kind": "actor", "id": "actor:zaid-2", "name": "زيد"}',
    ])
    with pytest.raises(InterchangeError, match=r"amb.jsonl:2: speaker: 'زيد' is ambiguous: "
                                               r"it names actor:zaid-1, actor:zaid-2"):
        importing.import_files(store, [path])
    assert sum(store.counts().values()) == 0
    assert store.check() == []


def test_a_speaker_renamed_part_way_through_an_import_is_indexed_by_the_new_name(store, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "WRITE_CHUNK", 1)
    store.put({"kind": "actor", "id": "actor:a", "name": "الاسم القديم"})
    path = write_lines(tmp_path / "rename.jsonl", [
        '{"kind": "quote", "id": "quote:before", "text": "كلام أول", "speaker": "actor:a"}',
        '{"kind": "actor", "id": "actor:a", "name": "الاسم الجديد"}',
        '{"kind": "quote", "id": "quote:after", "text": "كلام ثان", "speaker": "actor:a"}',
    ])
    importing.import_files(store, [path])
    from desktop.core import search
    assert {h.id for h in search.search(store, "الجديد", kind="quote").hits} == {"quote:before", "quote:after"}
    assert search.search(store, "القديم", kind="quote").total == 0
    assert store.check() == []


def _indexes(store):
    return store._conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").fetchall()


@pytest.fixture
def small_bulk(monkeypatch):
    """Make a load of a few dozen records count as a bulk load."""
    monkeypatch.setattr(importing, "BULK_MINIMUM", 10)
    monkeypatch.setattr(importing, "BYTES_PER_RECORD", 10)


def test_a_bulk_load_rebuilds_its_secondary_indexes(store, tmp_path, monkeypatch, small_bulk):
    lines = [json.dumps({"kind": "event", "id": f"event:e{i}", "title": f"حدث رقم {i}", "date": "2025-01-02"},
                        ensure_ascii=False) for i in range(60)]
    path = write_lines(tmp_path / "bulk.jsonl", lines)
    assert importing.is_bulk(store, path.stat().st_size)
    before = _indexes(store)
    dropped = []
    real = bulk._deferrable_indexes
    monkeypatch.setattr(bulk, "_deferrable_indexes", lambda conn: dropped.extend(real(conn)) or dropped)
    importing.import_files(store, [path])
    assert "events_date" in {name for name, _ in dropped}
    assert not {"actors_name_norm", "actor_aliases_norm"} & {name for name, _ in dropped}   # resolution reads these
    assert _indexes(store) == before
    plan = store._conn.execute("EXPLAIN QUERY PLAN SELECT id FROM events WHERE date = '2025-01-02'").fetchall()
    assert "events_date" in " ".join(row[-1] for row in plan)
    assert store.check() == []


def test_a_failed_bulk_load_gets_its_indexes_back(sample_store, tmp_path, small_bulk):
    lines = [json.dumps({"kind": "place", "id": f"place:x{i}", "name": f"مكان {i}"}, ensure_ascii=False)
             for i in range(60)]
    lines.append('{"kind": "quote", "text": "x", "speaker": "actor:ghost"}')
    path = write_lines(tmp_path / "bad.jsonl", lines)
    before = _indexes(sample_store)
    with pytest.raises(InterchangeError, match="bad.jsonl:61"):
        importing.import_files(sample_store, [path])
    assert _indexes(sample_store) == before
    assert sample_store.check() == []



def test_a_bulk_load_that_renames_an_actor_builds_the_indexes_renames_read_first(sample_store, tmp_path,
                                                                                 monkeypatch, small_bulk):
    lines = [json.dumps({"kind": "place", "id": f"place:y{i}", "name": f"موقع {i}"}, ensure_ascii=False)
             for i in range(60)]
    lines.append(json.dumps({"kind": "actor", "id": "actor:hussein-allawi", "name": "حسين علاوي الجديد"},
                            ensure_ascii=False))
    path = write_lines(tmp_path / "rename.jsonl", lines)
    before = _indexes(sample_store)
    plans = []
    real = reading.referring

    def spy(conn, kind, row_ids, **kw):
        plans.append(" ".join(r[-1] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM quotes WHERE speaker_id = 1")))
        return real(conn, kind, row_ids, **kw)
    monkeypatch.setattr(reading, "referring", spy)
    importing.import_files(sample_store, [path])
    assert plans and "quotes_speaker" in plans[0]
    assert _indexes(sample_store) == before
    from desktop.core import search
    his = sample_store._conn.execute("SELECT count(*) FROM quotes q JOIN actors a ON a.id = q.speaker_id "
                                    "WHERE a.key = 'actor:hussein-allawi'").fetchone()[0]
    assert his and search.search(sample_store, "الجديد", kind="quote").total == his
    assert sample_store.check() == []


def test_a_duplicate_id_names_where_it_was_first_seen_in_a_big_load(store, tmp_path, monkeypatch):
    """A big load keeps a set of ids, not where each came from: the first place is found again."""
    from desktop.core import bulkprep
    monkeypatch.setattr(bulkprep, "MINIMUM_BYTES", 0)
    lines = [json.dumps({"kind": "actor", "id": f"actor:a{i}", "name": f"فاعل {i}"}, ensure_ascii=False)
             for i in range(20)]
    lines.insert(15, json.dumps({"kind": "actor", "id": "actor:a3", "name": "مكرر"}, ensure_ascii=False))
    lines.insert(17, json.dumps({"kind": "actor", "name": "فاعل 7"}, ensure_ascii=False))
    lines.insert(18, json.dumps({"kind": "actor", "name": "فاعل 7"}, ensure_ascii=False))
    path = write_lines(tmp_path / "dup.jsonl", lines)
    with pytest.raises(InterchangeError) as info:
        importing.import_files(store, [path])
    assert f"{path}:16: id: duplicate id 'actor:a3' (first at {path}:4)" in info.value.errors
    assert any(e.startswith(f"{path}:19: id: duplicate id") and f"(first at {path}:18)" in e
               for e in info.value.errors)
    assert store.counts()["actor"] == 0
