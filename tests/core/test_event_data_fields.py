"""The fields event datasets fill (issue 16) are real fields: checked, stored, exported to JSONL and CSV,
imported back, and searched as words.

tests/core/fixtures/event_data_fields.jsonl holds an ACLED-like event carrying every new event field, an
actor carrying every new actor field, places of the new type and with a coordinate precision, and a
plain event with none of them.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core import export, kinds, records, search
from desktop.core.errors import RecordError
from desktop.core.kinds import registry

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "event_data_fields.jsonl"
NEW_EVENT_FIELDS = ("dataset_id", "fatalities", "fatalities_low", "fatalities_high", "fatalities_side_a",
                    "fatalities_side_b", "fatalities_civilians", "fatalities_unknown", "disorder_type",
                    "violence_type", "civilian_targeting", "interaction", "source_scale", "conflict", "dyad",
                    "event_code", "quad_class", "goldstein", "avg_tone", "num_mentions", "num_sources",
                    "num_articles", "date_added", "dataset_timestamp")
NEW_ACTOR_FIELDS = ("dataset_type", "code", "country_code", "type_codes")


def fixture_records() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


def by_id(recs) -> dict[str, dict]:
    return {r["id"]: r for r in recs}


def test_the_fixture_carries_every_new_field():
    recs = by_id(fixture_records())
    assert set(NEW_EVENT_FIELDS) <= set(recs["event:acled-irq12345"])
    assert set(NEW_ACTOR_FIELDS) <= set(recs["actor:gdelt-irqmil"])
    assert recs["place:acled-red-sea"]["type"] == "water_body" and "geo_precision" in recs["place:acled-basra"]
    assert {f.name for f in kinds.get("event").fields if f.section} == set(NEW_EVENT_FIELDS)


def test_jsonl_round_trip_keeps_every_field_exactly(tmp_path):
    """import -> export -> import into a new store -> export: the same file, and the records as written."""
    runner = CliRunner()
    first, second = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    for db in (first, second):
        assert runner.invoke(cli, ["--db", db, "init"]).exit_code == 0
    done = runner.invoke(cli, ["--db", first, "import", str(FIXTURE)])
    assert done.exit_code == 0, done.output
    assert runner.invoke(cli, ["--db", first, "export", str(tmp_path / "a.jsonl")]).exit_code == 0
    assert runner.invoke(cli, ["--db", second, "import", str(tmp_path / "a.jsonl")]).exit_code == 0
    assert runner.invoke(cli, ["--db", second, "export", str(tmp_path / "b.jsonl")]).exit_code == 0
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    exported = by_id(json.loads(line) for line in (tmp_path / "b.jsonl").read_text(encoding="utf-8").splitlines())
    assert exported == by_id(fixture_records())
    event = exported["event:acled-irq12345"]
    # Counts stay whole numbers, scores keep their decimals, the flag stays a JSON boolean.
    assert type(event["fatalities"]) is int and type(event["dataset_timestamp"]) is int
    assert event["avg_tone"] == -4.25531914893617 and event["civilian_targeting"] is True
    assert set(exported["event:plain-meeting"]) == {"kind", "id", "title", "date", "status"}


@pytest.mark.parametrize("value, clean", [(12, 12), (12.0, 12), (0, 0), (2**40, 2**40)])
def test_a_count_takes_whole_numbers(value, clean):
    rec = records.validate({"kind": "event", "title": "t", "fatalities": value})
    assert rec["fatalities"] == clean and type(rec["fatalities"]) is int


@pytest.mark.parametrize("value", [12.5, -1, -0.5, "12", True, None.__class__, float("nan"), [12]])
def test_a_count_refuses_anything_else_saying_what_to_write(value):
    with pytest.raises(RecordError) as caught:
        records.validate({"kind": "event", "title": "t", "num_mentions": value})
    assert caught.value.code == "field.not_count" and caught.value.field == "num_mentions"
    assert "whole number of 0 or more" in str(caught.value)


@pytest.mark.parametrize("field, value", [("goldstein", 10.5), ("goldstein", -11), ("avg_tone", 101)])
def test_scores_stay_on_their_scale(field, value):
    with pytest.raises(RecordError) as caught:
        records.validate({"kind": "event", "title": "t", field: value})
    assert caught.value.code == "field.out_of_range"


def test_a_bad_value_in_a_file_is_refused_with_its_line_and_nothing_is_written(store, tmp_path):
    bad = tmp_path / "bad.jsonl"
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    lines.append(json.dumps({"kind": "event", "title": "x", "fatalities": "many"}))
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = CliRunner().invoke(cli, ["--db", str(store.path), "import", str(bad)])
    assert done.exit_code != 0 and f"bad.jsonl:{len(lines)}: fatalities" in done.output
    assert store.counts()["event"] == 0


def test_csv_export_has_a_column_for_every_new_field(store, tmp_path):
    store.put_many(fixture_records())
    path = tmp_path / "events.csv"
    export.export_csv(store, path, "event")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    headers = export.csv_headers("event")
    for name in NEW_EVENT_FIELDS:
        assert name in export.csv_columns("event")
    row = next(r for r in rows if r["ID"] == "event:acled-irq12345")
    cell = {name: row[headers[name]] for name in NEW_EVENT_FIELDS}
    assert cell["fatalities"] == "12" and cell["dataset_timestamp"] == "1742000000"
    assert cell["violence_type"] == "one_sided" and cell["civilian_targeting"] == "true"
    assert cell["quad_class"] == "4" and cell["avg_tone"] == "-4.25531914893617"
    assert cell["goldstein"] == "-10.0"     # a number, not a formula: no leading '
    store.put({"kind": "event", "id": "event:formula", "title": "t", "dyad": "-2+3+cmd|' /C calc'!A0",
               "goldstein": -3.5})
    export.export_csv(store, path, "event")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        formula = next(r for r in csv.DictReader(fh) if r["ID"] == "event:formula")
    assert formula[headers["dyad"]].startswith("'-2+3") and formula[headers["goldstein"]] == "-3.5"
    plain = next(r for r in rows if r["ID"] == "event:plain-meeting")
    assert all(plain[headers[name]] == "" for name in NEW_EVENT_FIELDS)
    actors = tmp_path / "actors.csv"
    export.export_csv(store, actors, "actor")
    with open(actors, encoding="utf-8-sig", newline="") as fh:
        (actor,) = list(csv.DictReader(fh))
    assert actor[export.csv_headers("actor")["code"]] == "IRQMIL"


@pytest.mark.parametrize("query, found", [
    ('"Political militia-Civilians"', "event:acled-irq12345"),      # interaction
    ("Civilians", "event:acled-irq12345"),
    ('"Iraq: Islamic State"', "event:ucdp-456789"),                 # conflict
    ('"Government of Iraq"', "event:acled-irq12345"),               # dyad
    ("IRQ12345", "event:acled-irq12345"),                           # dataset_id
    ("irq12345", "event:acled-irq12345"),
    ("456789", "event:ucdp-456789"),
    ("National", "event:acled-irq12345"),                           # source scale
    ("IRQMIL", "actor:gdelt-irqmil"),                               # actor code
    ('"Political militia"', "actor:gdelt-irqmil"),                  # actor's type in the dataset
])
def test_the_new_text_fields_are_searched(store, query, found):
    store.put_many(fixture_records())
    assert found in {h.id for h in search.search(store, query, limit=50).hits}


def test_the_cli_finds_an_event_by_its_dataset_id(store):
    store.put_many(fixture_records())
    done = CliRunner().invoke(cli, ["--db", str(store.path), "search", "IRQ12345", "--json"])
    assert done.exit_code == 0 and [h["id"] for h in json.loads(done.output)["hits"]] == ["event:acled-irq12345"]


def test_the_dataset_fields_are_one_section_of_the_registry():
    """Fields a dataset fills are shown under one heading; a place's coordinate precision is the place's own."""
    sections = {f.section for k in kinds.stored() for f in k.fields}
    assert sections == {"", registry.DATASET}
    assert set(NEW_ACTOR_FIELDS) == {f.name for f in kinds.get("actor").fields if f.section}
    assert not kinds.get("place").field("geo_precision").section
