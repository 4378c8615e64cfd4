"""CSV export is for people: references by name, headers as labels, ordinary file permissions."""
import csv
import json
import os
import stat

import pytest

from desktop.core import export
from desktop.core.kinds import registry

RECORDS = [
    {"kind": "actor", "id": "actor:iraq", "name": "العراق", "name_en": "Iraq", "type": "state"},
    {"kind": "actor", "id": "actor:allawi", "name": "حسين علاوي", "affiliation": "actor:iraq"},
    {"kind": "actor", "id": "actor:coalition", "name": "=التحالف الدولي"},
    {"kind": "place", "id": "place:iraq", "name": "العراق", "type": "country"},
    {"kind": "place", "id": "place:anbar", "name": "الأنبار", "type": "province", "parent": "place:iraq"},
    {"kind": "source", "id": "source:ina", "title": "واع: تسلم قاعدة عين الأسد", "body": "نص الخبر"},
    {"kind": "source", "id": "source:afp", "title": "فرانس برس", "body": "نص آخر"},
    {"kind": "event", "id": "event:handover", "title": "تسلم قاعدة عين الأسد", "date": "2026-01",
     "place": "place:anbar", "actors": [{"actor": "actor:iraq", "role": "المتسلم"}, "actor:coalition"],
     "sources": ["source:ina", "source:afp"]},
    {"kind": "quote", "id": "quote:allawi-1", "text": "ستتسلم قواتنا المقر", "speaker": "actor:allawi",
     "source": "source:ina", "event": "event:handover", "date": "2025-12-31"},
]


@pytest.fixture
def filled(store):
    store.put_many(RECORDS)
    return store


def rows(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def header(path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh))


def exported(store, tmp_path, kind, **options) -> dict[str, dict]:
    path = tmp_path / f"{kind}.csv"
    export.export_csv(store, path, kind, **options)
    return {row["ID"]: row for row in rows(path)}


def test_an_events_place_actors_and_sources_are_named(filled, tmp_path):
    event = exported(filled, tmp_path, "event")["event:handover"]
    assert event["Place"] == "الأنبار"
    # A formula sign inside a cell runs nothing: only a cell that starts with one is defused (below).
    assert event["Actors"] == "العراق (المتسلم); =التحالف الدولي"
    assert event["Sources"] == "واع: تسلم قاعدة عين الأسد; فرانس برس"


def test_a_formula_like_name_is_defused_when_it_starts_the_cell(filled, tmp_path):
    filled.put({"kind": "event", "id": "event:strike", "title": "ضربة", "actors": ["actor:coalition"]})
    assert exported(filled, tmp_path, "event")["event:strike"]["Actors"] == "'=التحالف الدولي"


def test_a_quotes_speaker_source_and_event_are_named(filled, tmp_path):
    quote = exported(filled, tmp_path, "quote")["quote:allawi-1"]
    assert (quote["Speaker"], quote["Source"], quote["Event"]) == (
        "حسين علاوي", "واع: تسلم قاعدة عين الأسد", "تسلم قاعدة عين الأسد")


def test_a_places_parent_and_an_actors_affiliation_are_named(filled, tmp_path):
    assert exported(filled, tmp_path, "place")["place:anbar"]["Part of"] == "العراق"
    assert exported(filled, tmp_path, "actor")["actor:allawi"]["Affiliation"] == "العراق"


def test_no_reference_the_registry_declares_is_left_as_an_id(filled, tmp_path):
    for kind in registry.TAB_ORDER:
        path = tmp_path / f"{kind.name}.csv"
        export.export_csv(filled, path, kind.name)
        labels = {fld.label for fld in kind.references if fld.csv}
        for row in rows(path):
            for label in labels:
                assert ":" not in row[label].replace("واع:", ""), (kind.name, label, row[label])


def test_the_records_own_id_stays_the_first_column(filled, tmp_path):
    path = tmp_path / "events.csv"
    export.export_csv(filled, path, "event")
    assert header(path)[0] == "ID"
    assert rows(path)[0]["ID"] == "event:handover"


def test_english_headers_are_the_registrys_labels(filled, tmp_path):
    path = tmp_path / "quotes.csv"
    export.export_csv(filled, path, "quote")
    assert header(path) == ["ID"] + [fld.label for fld in registry.QUOTE.fields if fld.csv]
    for kind in registry.TAB_ORDER:
        titles = list(export.csv_headers(kind.name).values())
        assert len(set(titles)) == len(titles), kind.name


def test_headers_in_another_language_are_the_callers(filled, tmp_path):
    arabic = {"id": "المعرّف", "text": "النص", "speaker": "المتحدث", "notes": "=ملاحظات"}
    path = tmp_path / "quotes.csv"
    export.export_csv(filled, path, "quote", headers=arabic)
    first = header(path)
    assert first[:3] == ["المعرّف", "النص", "المتحدث"]
    assert "Date" in first                  # a column the caller did not word keeps its English label
    assert "'=ملاحظات" in first             # headers are cells too: defused


def test_a_header_for_no_such_column_is_refused(filled, tmp_path):
    with pytest.raises(ValueError, match="speaker"):
        export.export_csv(filled, tmp_path / "x.csv", "actor", headers={"speaker": "المتحدث"})
    assert not (tmp_path / "x.csv").exists()


def test_names_come_out_the_same_across_batches_and_a_small_cache(filled, tmp_path, monkeypatch):
    filled.put_many([{"kind": "event", "id": f"event:e{i}", "title": f"حدث {i}", "place": "place:anbar",
                      "actors": ["actor:iraq", "actor:allawi"]} for i in range(25)])
    whole = exported(filled, tmp_path, "event")
    monkeypatch.setattr(export, "NAME_BATCH", 3)
    monkeypatch.setattr(export, "NAME_CACHE", 1)
    assert exported(filled, tmp_path, "event") == whole
    assert whole["event:e7"]["Actors"] == "العراق; حسين علاوي"


def test_a_query_exports_only_what_it_matches_with_names(filled, tmp_path):
    path = tmp_path / "q.csv"
    assert export.export_csv(filled, path, "quote", query="actor:علاوي") == 1
    assert rows(path)[0]["Speaker"] == "حسين علاوي"


def test_jsonl_keeps_ids(filled, tmp_path):
    path = tmp_path / "all.jsonl"
    export.export_jsonl(filled, path)
    records = {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    assert records["event:handover"]["place"] == "place:anbar"
    assert records["quote:allawi-1"]["speaker"] == "actor:allawi"


@pytest.fixture
def umask_027():
    old = os.umask(0o027)
    yield 0o027
    os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("name", ["events.csv", "all.jsonl"])
def test_exports_get_ordinary_permissions_less_the_umask(filled, tmp_path, umask_027, name):
    path = tmp_path / name
    if name.endswith(".csv"):
        export.export_csv(filled, path, "event")
    else:
        export.export_jsonl(filled, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask_027 == 0o640


def test_values_are_codes_without_a_language_and_labels_with_one(filled, tmp_path):
    """The command line's CSV keeps the stored codes; the GUI's words them in its language."""
    assert exported(filled, tmp_path, "actor")["actor:iraq"]["Type"] == "state"
    assert exported(filled, tmp_path, "place", language="en")["place:anbar"]["Type"] == "province"
    assert exported(filled, tmp_path, "place", language="ar")["place:anbar"]["Type"] == "محافظة"
    assert exported(filled, tmp_path, "actor", language="ar")["actor:iraq"]["Review"] == "مؤكد"


def test_ids_choose_the_rows_whatever_the_query(filled, tmp_path):
    chosen = exported(filled, tmp_path, "source", ids=["source:afp", "actor:iraq", "source:gone"], query="واع")
    assert list(chosen) == ["source:afp"]
