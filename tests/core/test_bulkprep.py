"""Big imports check and analyse records in worker processes: same results, same errors."""
import json
import shutil
from pathlib import Path

import pytest

from desktop.core import articles, bulkprep, export, importing, jsonl
from desktop.core.errors import Cancelled
from desktop.core.errors import BatchError as InterchangeError
from desktop.core.storage import Store

FIXTURES = Path(__file__).parent / "fixtures"
BODY = "نصُّ  الخبرِ\n\tكاملاً"


def _import(tmp_path, name, paths, monkeypatch, parallel):
    monkeypatch.setattr(bulkprep, "MINIMUM_BYTES", 0 if parallel else 1 << 60)
    monkeypatch.setattr(bulkprep, "BLOCK", 3)   # many blocks, several in flight
    monkeypatch.setattr(bulkprep, "SPAN_BYTES", 150)
    store = Store.create(tmp_path / f"{name}-{parallel}.db")
    try:
        try:
            report = importing.import_files(store, paths)
            outcome = (report.to_json(), sorted(str(n) for n in report.skipped))
        except InterchangeError as exc:
            outcome = ("errors", exc.errors)
        exported = tmp_path / f"{name}-{parallel}.jsonl"
        export.export_jsonl(store, exported)
        # Columns the export leaves out, worked out by the workers when there are any.
        hashes = store._conn.execute("SELECT key, body_hash FROM sources ORDER BY key").fetchall()
        return outcome, exported.read_text(encoding="utf-8"), [str(p) for p in store.check()], hashes
    finally:
        store.close()


def _lines(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_records_articles_and_forward_references_come_out_the_same(tmp_path, monkeypatch):
    article = json.loads((FIXTURES / "articles" / "aljazeera_iran.json").read_text(encoding="utf-8"))["source"]
    article = {k: v for k, v in article.items() if k != "id"}
    path = _lines(tmp_path, "mixed.jsonl", [
        '{"kind": "quote", "id": "quote:q1", "text": "كلام قبل قائله", "speaker": "actor:later"}',
        json.dumps({"kind": "article", **article}, ensure_ascii=False),
        '{"kind": "actor", "id": "actor:later", "name": "قائل لاحق", "aliases": ["اللاحق"]}',
        json.dumps({"kind": "source", "id": "source:s1", "title": "خبر", "body": BODY}, ensure_ascii=False),
        '',
        '{"kind": "event", "id": "event:e1", "title": "اجتماع في بغداد", "actors": ["اللاحق"], "date": "2025-01-02"}',
    ] + [json.dumps({"kind": "place", "id": f"place:p{i}", "name": f"مكان رقم {i}"}, ensure_ascii=False)
         for i in range(10)])
    here = _import(tmp_path, "mixed", [path], monkeypatch, parallel=False)
    there = _import(tmp_path, "mixed", [path], monkeypatch, parallel=True)
    assert there == here
    assert here[2] == [] and "quote:q1" in here[1] and "source:" in here[1]
    assert ("source:s1", articles.body_hash(BODY)) in here[3]


def test_every_problem_is_reported_the_same_way(tmp_path, monkeypatch):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(
        b'{"kind": "actor", "id": "actor:a", "name": "\xd8\xa3\xd8\xad\xd9\x85\xd8\xaf"}\n'
        b'{"kind": "actor", "name": "\xff\xfe"}\n'
        b'{"kind": "actor", "id": "actor:a", "name": "dup"}\n'
        b'not json\n'
        b'[1, 2]\n'
        b'{"kind": "quote", "text": "x", "speaker": "actor:ghost"}\n'
        b'{"kind": "event", "title": "t", "date": "2025-13-01"}\n')
    here = _import(tmp_path, "bad", [path], monkeypatch, parallel=False)
    there = _import(tmp_path, "bad", [path], monkeypatch, parallel=True)
    assert there == here
    errors = here[0][1]
    assert [e.split(": ", 1)[0] for e in errors] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6, 7)]
    assert here[1] == ""   # nothing was written


def test_a_bom_and_over_long_lines_are_read_the_same_way(tmp_path, monkeypatch):
    # Workers read their own spans of the file: the first line's byte-order
    # mark and the line limit (the load's own, passed to them) still apply.
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 120)
    long_actor = json.dumps({"kind": "actor", "id": "actor:long", "name": "ا" * 200}, ensure_ascii=False)
    path = tmp_path / "bom.jsonl"
    path.write_bytes("\ufeff".encode("utf-8") + "\n".join([
        '{"kind": "actor", "id": "actor:a", "name": "أحمد"}',
        long_actor,
        '{"kind": "place", "id": "place:p", "name": "بغداد"}',
        long_actor,
    ]).encode("utf-8"))
    here = _import(tmp_path, "bom", [path], monkeypatch, parallel=False)
    there = _import(tmp_path, "bom", [path], monkeypatch, parallel=True)
    assert there == here
    assert [e.split(": ", 1)[0] for e in here[0][1]] == [f"{path}:2", f"{path}:4"]
    assert "the limit is 120" in here[0][1][0]


def test_event_data_csv_comes_out_the_same(tmp_path, monkeypatch):
    path = tmp_path / "acled.csv"
    shutil.copy(FIXTURES / "acled_sample.csv", path)
    here = _import(tmp_path, "acled", [path], monkeypatch, parallel=False)
    there = _import(tmp_path, "acled", [path], monkeypatch, parallel=True)
    assert there == here
    assert here[0][0]["created"]["event"] > 0


def test_cancelling_stops_the_workers_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(bulkprep, "MINIMUM_BYTES", 0)
    lines = [json.dumps({"kind": "place", "id": f"place:p{i}", "name": f"مكان {i}"}, ensure_ascii=False)
             for i in range(2500)]
    path = _lines(tmp_path, "many.jsonl", lines)
    store = Store.create(tmp_path / "c.db")
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > 1

    with store:
        with pytest.raises(Cancelled):
            importing.import_files(store, [path], cancelled=cancelled)
        assert sum(store.counts().values()) == 0
        assert store.check() == []


def _acled(tmp_path, name, rows):
    header = (FIXTURES / "acled_sample.csv").read_text(encoding="utf-8").splitlines()[0]
    cols = header.split(",")
    lines = [header]
    for row in rows:
        cells = dict.fromkeys(cols, "")
        cells.update(row)
        lines.append(",".join(cells[c] for c in cols))
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _acled_row(i, **extra):
    row = {"event_id_cnty": f"IRQ{i}", "event_date": "2024-09-27", "event_type": "Battles",
           "sub_event_type": "Armed clash", "actor1": ["Islamic State (Iraq)", "Kata'ib Hezbollah"][i % 2],
           "inter1": "3", "country": "Iraq", "admin1": ["Al Anbar", "Ninewa"][i % 2],
           "location": ["Al Qaim", "Mosul", "Heet"][i % 3], "latitude": str(33 + i % 3), "longitude": "42.1"}
    row.update(extra)
    return row


def test_places_and_actors_first_seen_in_several_blocks_are_proposed_once(tmp_path, monkeypatch):
    # Blocks of three rows: every worker block meets the same places and actors afresh.
    path = _acled(tmp_path, "acled.csv", [_acled_row(i) for i in range(20)])
    here = _import(tmp_path, "blocks", [path], monkeypatch, parallel=False)
    there = _import(tmp_path, "blocks", [path], monkeypatch, parallel=True)
    assert there == here
    assert here[0][0]["created"] == {"place": 9, "actor": 2, "event": 20}   # Iraq, 2 provinces, 6 towns


@pytest.mark.parametrize("bad", [
    {"event_date": "not a date"},                 # a row the mapper refuses: the file stops there
    {"event_id_cnty": "IRQ3"},                    # a duplicate event id: reported, reading goes on
])
def test_problems_in_event_data_are_reported_the_same_way(tmp_path, monkeypatch, bad):
    rows = [_acled_row(i) for i in range(12)]
    rows[7].update(bad)
    path = _acled(tmp_path, "bad.csv", rows)
    here = _import(tmp_path, "bad", [path], monkeypatch, parallel=False)
    there = _import(tmp_path, "bad", [path], monkeypatch, parallel=True)
    assert there == here and here[0][0] == "errors"


def test_malformed_csv_after_good_rows_is_reported_after_their_problems(tmp_path, monkeypatch):
    rows = [_acled_row(i) for i in range(12)]
    rows[2]["event_date"] = "2024-02-30"
    path = _acled(tmp_path, "broken.csv", rows)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('IRQ99,"2024-09-27\n')          # an unclosed quote runs to the end of the file
    here = _import(tmp_path, "broken", [path], monkeypatch, parallel=False)
    there = _import(tmp_path, "broken", [path], monkeypatch, parallel=True)
    assert there == here


@pytest.mark.parametrize("cores, jsonl, event_data", [(1, 1, 1), (2, 1, 1), (4, 3, 3), (16, 3, 3)])
def test_how_many_workers(monkeypatch, cores, jsonl, event_data):
    monkeypatch.setattr(bulkprep.os, "cpu_count", lambda: cores)
    assert (bulkprep.workers(), bulkprep.workers(event_data=True)) == (jsonl, event_data)
