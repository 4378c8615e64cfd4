"""Big imports check and analyse records in worker processes: same results, same errors."""
import json
import shutil
from pathlib import Path

import pytest

from desktop.core import bulkprep, interchange
from desktop.core.interchange import InterchangeError
from desktop.core.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


def _import(tmp_path, name, paths, monkeypatch, parallel):
    monkeypatch.setattr(bulkprep, "MINIMUM_BYTES", 0 if parallel else 1 << 60)
    monkeypatch.setattr(bulkprep, "BLOCK", 3)   # many blocks, several in flight
    store = Store.create(tmp_path / f"{name}-{parallel}.db")
    try:
        try:
            report = interchange.import_files(store, paths)
            outcome = (report.to_json(), sorted(report.skipped))
        except InterchangeError as exc:
            outcome = ("errors", exc.errors)
        exported = tmp_path / f"{name}-{parallel}.jsonl"
        interchange.export_jsonl(store, exported)
        return outcome, exported.read_text(encoding="utf-8"), store.check()
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
        '',
        '{"kind": "event", "id": "event:e1", "title": "اجتماع في بغداد", "actors": ["اللاحق"], "date": "2025-01-02"}',
    ] + [json.dumps({"kind": "place", "id": f"place:p{i}", "name": f"مكان رقم {i}"}, ensure_ascii=False)
         for i in range(10)])
    here = _import(tmp_path, "mixed", [path], monkeypatch, parallel=False)
    there = _import(tmp_path, "mixed", [path], monkeypatch, parallel=True)
    assert there == here
    assert here[2] == [] and "quote:q1" in here[1] and "source:" in here[1]


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
        with pytest.raises(interchange.Cancelled):
            interchange.import_files(store, [path], cancelled=cancelled)
        assert sum(store.counts().values()) == 0
        assert store.check() == []
