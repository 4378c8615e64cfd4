"""Inputs that used to end in a traceback now get a clear message with their file and line, and nothing is written."""
from __future__ import annotations

import json

import pytest

from desktop.core import importing
from desktop.core.errors import BatchError
from tests.conftest import snapshot


def refused(store, path) -> list[str]:
    before = snapshot(store)
    with pytest.raises(BatchError) as caught:
        importing.import_files(store, [path])
    assert snapshot(store) == before
    return caught.value.errors


def test_a_csv_header_field_over_128_kib(sample_store, tmp_path):
    import csv
    csv.field_size_limit(131_072)     # the csv module's default: an earlier import may have raised it
    path = tmp_path / "wide.csv"
    path.write_text("event_date," + "x" * 140_000 + ",notes\n2024-01-01,a,b\n", encoding="utf-8")
    [error] = refused(sample_store, path)
    assert error.startswith(f"{path}:1: ")


def test_a_number_of_5000_digits_in_jsonl_keeps_the_other_errors(sample_store, tmp_path):
    path = tmp_path / "digits.jsonl"
    path.write_text(f'{{"kind":"event","id":"event:e","title":"t","credibility":{"9" * 5000}}}\n'
                    '{"kind":"actor","id":"actor:bad"}\n', encoding="utf-8")
    errors = refused(sample_store, path)
    assert errors[0].startswith(f"{path}:1: invalid JSON") and "4300 digits" in errors[0]
    assert errors[1].startswith(f"{path}:2: name:")


@pytest.mark.parametrize("body", ['{"title": "x", "body": ' + "9" * 5000 + "}",
                                  '{"title": ' + "[" * 100_000 + "]" * 100_000 + "}"])
def test_an_article_json_too_deep_or_too_long_a_number(sample_store, tmp_path, body):
    path = tmp_path / "article.json"
    path.write_text(body, encoding="utf-8")
    [error] = refused(sample_store, path)
    assert error.startswith(f"{path}:1: invalid JSON")


def test_a_far_date_end_is_a_date_like_any_other(sample_store, tmp_path):
    path = tmp_path / "far.jsonl"
    path.write_text(json.dumps({"kind": "event", "id": "event:far", "title": "بعيد", "date": "2024-01",
                                "date_end": "9999-12"}) + "\n", encoding="utf-8")
    importing.import_files(sample_store, [path])
    assert sample_store.get("event:far")["date_end"] == "9999-12"


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_not_read_forever(sample_store, tmp_path):
    import os
    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    [error] = refused(sample_store, fifo)
    assert error == f"{fifo}: is not a regular file (a pipe, a device or a socket); save the input to a file first"


def test_a_store_whose_schema_version_was_reset_says_so(sample_store):
    import sqlite3
    from desktop.core.errors import StoreDamagedError
    from desktop.core.storage import Store
    path = sample_store.path
    sample_store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreDamagedError) as caught:
        Store.open(path)
    assert caught.value.code == "store.version_reset"
    assert path.read_bytes() == before


@pytest.mark.parametrize("query", ["from:9999-12", "to:9999-12", "from:9999-12-31 to:9999-12", "from:0001"])
def test_far_dates_in_a_search_are_dates(sample_store, query):
    from desktop.core import search, views
    assert search.search(sample_store, query).total >= 0
    f = views.Filters(query=query)
    assert views.count(sample_store, "event", f) == len(views.row_ids(sample_store, "event", filters=f))
    far = views.Filters(date_from="9999-12", date_to="9999-12")
    assert views.row_ids(sample_store, "event", filters=far) == []


def test_a_span_past_the_end_of_its_sources_text_is_refused(sample_store, tmp_path):
    body = sample_store.get("source:seed-ain-al-asad")["body"]
    path = tmp_path / "spans.jsonl"
    lines = [
        {"kind": "source", "id": "source:short", "title": "قصير", "body": "نص قصير"},
        {"kind": "quote", "id": "quote:in-batch", "text": "نص", "speaker": "actor:hussein-allawi",
         "source": "source:short", "source_span": [0, 100]},
        {"kind": "quote", "id": "quote:in-store", "text": "نص", "speaker": "actor:hussein-allawi",
         "source": "source:seed-ain-al-asad", "source_span": [0, len(body) + 1]},
        {"kind": "quote", "id": "quote:fits", "text": "نص", "speaker": "actor:hussein-allawi",
         "source": "source:seed-ain-al-asad", "source_span": [0, len(body)]},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    errors = refused(sample_store, path)
    assert len(errors) == 2
    assert errors[0].startswith(f"{path}:2: source_span: ends at character 100, past the end of source:short's text (7")
    assert errors[1].startswith(f"{path}:3: source_span: ends at character {len(body) + 1:,}")


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_an_article_longer_than_a_body_may_be_is_refused_before_extraction(sample_store, tmp_path, suffix):
    """A 3.5 MB article took 31 s and 400 MB of extraction only to be refused for its body's length
    (bench/bench_capture.py times the refusal)."""
    sentence = "قال الوزير إن الوضع صعب في المدينة. "
    body = sentence * (1_050_000 // len(sentence))
    path = tmp_path / f"long{suffix}"
    text = f"عنوان\n\n{body}" if suffix == ".txt" else f"<html><body><article><p>{body}</p></article></body></html>"
    path.write_text(text, encoding="utf-8")
    [error] = refused(sample_store, path)
    assert error.startswith(f"{path}") and "body: is 1,0" in error and "the limit is 1,000,000" in error


def test_a_duplicate_beside_a_record_whose_id_is_an_object(sample_store, tmp_path):
    """Found by the fuzzer (tests/faults): the duplicate report looked every line's id up in a set."""
    path = tmp_path / "dup.jsonl"
    path.write_text('{"id": "event:e1", "kind": "event", "title": "الأمم"}\n'
                    '{"id": "event:e1", "kind": "event", "title": "الأمم"}\n'
                    '{"id": {"a": 1}, "kind": "event", "title": "ت"}\n', encoding="utf-8")
    errors = refused(sample_store, path)
    assert any(e.startswith(f"{path}:2: ") and "event:e1" in e for e in errors)
    assert any(e.startswith(f"{path}:3: id:") for e in errors)
