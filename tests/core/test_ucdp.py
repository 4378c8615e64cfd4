"""UCDP GED as UCDP ships it: the 24.1 CSV (header, quoted text with commas, empty cells, CRLF) and a
candidate release without its header row."""
from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest

from desktop.core import export, importing
from desktop.core.errors import BatchError
from desktop.core.formats import ucdp
from desktop.core.formats.cells import CellError, Emitter
from desktop.core.formats.ucdp import GED_COLUMNS, split_items
from desktop.core.records import validate
from desktop.core.storage import Store

HERE = Path(__file__).parent / "fixtures" / "publishers" / "ucdp"
GED = HERE / "GEDEvent_v24_1.csv"
CANDIDATE = HERE / "GEDEvent_v24_0_1_candidate.csv"
COLUMNS = {name: i for i, name in enumerate(GED_COLUMNS)}


def rows(path: Path) -> list[list[str]]:
    """The rows of a GED file with its header (when it has one) dropped: GED's header names its
    columns in GED_COLUMNS' order, which the tests check."""
    body = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    if body[0][0] == "id":
        assert tuple(body[0]) == GED_COLUMNS
        body = body[1:]
    return body


def mapped(path: Path, resolve_actor=None) -> list[dict]:
    em = Emitter("ucdp", None, resolve_actor)
    out: list[dict] = []
    for row in rows(path):
        assert len(row) == len(GED_COLUMNS)
        out += ucdp.ucdp(row, COLUMNS, em, None)
    return out


def by_id(records: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in records}


def one_row(n: int = 0, **cells) -> list[str]:
    row = list(rows(GED)[n])
    for name, value in cells.items():
        row[COLUMNS[name]] = value
    return row


def _source_id(citation: str) -> str:
    return "source:ucdp-" + hashlib.sha1(citation.encode("utf-8")).hexdigest()[:12]


AFP = "Agence France Presse,2023-03-02,Iraqi forces kill four IS militants, officials say"
XINHUA = "Xinhua General News Service,2023-03-02,4 IS militants killed in Iraq's Anbar"


def test_state_based_event_exactly():
    recs = mapped(GED)
    for rec in recs:
        validate(rec)
    events = [r for r in recs if r["kind"] == "event"]
    assert [e["id"] for e in events] == ["event:ucdp-512345", "event:ucdp-512346", "event:ucdp-512347"]
    assert events[0] == {
        "kind": "event", "id": "event:ucdp-512345",
        "title": "نزاع مسلح طرفه دولة: Government of Iraq – IS (Ramadi town)",
        "date": "2023-03-01", "status": "occurred", "category": "State-based conflict", "dataset_id": "512345",
        "place": "place:ucdp-iraq-al-anbar-governorate-ramadi-district-ramadi-town",
        "actors": [{"actor": "actor:ucdp-116", "role": "طرف أول"}, {"actor": "actor:ucdp-234", "role": "طرف ثان"}],
        "sources": [_source_id(AFP), _source_id(XINHUA)],
        "violence_type": "state_based", "conflict": "Iraq: Government", "dyad": "Government of Iraq - IS",
        "fatalities": 4, "fatalities_low": 4, "fatalities_high": 4, "fatalities_side_a": 0, "fatalities_side_b": 4,
        "fatalities_civilians": 0, "fatalities_unknown": 0, "num_sources": 2,
        "notes": ("UCDP GED 512345 (IRQ-2023-1-524-12); code_status Clear; event_clarity 1; where_prec 1; "
                  "date_prec 1; conflict_new_id 259; conflict_dset_id 259; dyad_new_id 524; dyad_dset_id 524; "
                  "priogrid_gid 175767; country_id 645; region Middle East; active_year TRUE; "
                  "where_description: Al-Ramadi city, Al Anbar province; source_original: Iraqi Security Media Cell"),
        "tags": ["ucdp"],
    }


def test_one_sided_violence_over_a_week_in_a_province():
    event = by_id(mapped(GED))["event:ucdp-512346"]
    assert (event["violence_type"], event["category"]) == ("one_sided", "One-sided violence")
    # date_prec 3 (the week is known): the span, approximate.
    assert (event["date"], event["date_end"], event["date_precision"]) == ("2023-03-06", "2023-03-12", "approximate")
    assert (event["fatalities"], event["fatalities_low"], event["fatalities_high"], event["fatalities_civilians"]) \
        == (3, 3, 5, 3)
    assert event["actors"] == [{"actor": "actor:ucdp-234", "role": "طرف أول"},
                               {"actor": "actor:ucdp-1", "role": "طرف ثان"}]


def test_non_state_with_empty_cells():
    event = by_id(mapped(GED))["event:ucdp-512347"]
    assert event["violence_type"] == "non_state"
    # deaths_a, deaths_b empty: no count, not zero; number_of_sources -1 (not recorded): none.
    assert "fatalities_side_a" not in event and "fatalities_side_b" not in event and "num_sources" not in event
    assert (event["fatalities"], event["fatalities_unknown"]) == (2, 2)
    assert "date_end" not in event and "date_precision" not in event     # one day, exact
    assert event["notes"].endswith("where_description: قرب ذيبان، ريف دير الزور الشرقي")


def test_sides_are_actors_by_ucdp_id():
    recs = by_id(mapped(GED))
    assert recs["actor:ucdp-116"] == {
        "kind": "actor", "id": "actor:ucdp-116", "name": "Government of Iraq", "name_en": "Government of Iraq",
        "type": "state", "notes": "UCDP actor id 116, dset id 116, gwno 645"}
    assert recs["actor:ucdp-234"]["type"] == "armed_group"
    assert recs["actor:ucdp-1"]["type"] == "other" and recs["actor:ucdp-1"]["name"] == "Civilians"
    # IS is side B in one row and side A in the next: one actor.
    assert [r["id"] for r in mapped(GED)].count("actor:ucdp-234") == 1
    assert ucdp.actor_id("", "Arab tribal militias") == "actor:ucdp-name-arab-tribal-militias"


def test_places_chain_and_precision():
    recs = by_id(mapped(GED))
    town = recs["place:ucdp-iraq-al-anbar-governorate-ramadi-district-ramadi-town"]
    assert town == {
        "kind": "place", "id": "place:ucdp-iraq-al-anbar-governorate-ramadi-district-ramadi-town",
        "name": "Ramadi town", "name_en": "Ramadi town", "type": "city",
        "parent": "place:ucdp-iraq-al-anbar-governorate-ramadi-district", "lat": 33.4206, "lon": 43.3078,
        "geo_precision": "exact"}
    district = recs[town["parent"]]
    assert (district["name"], district["type"], district["parent"]) == \
        ("Ramadi district", "other", "place:ucdp-iraq-al-anbar-governorate")
    assert recs["place:ucdp-iraq"]["name"] == "العراق"
    # where_prec 4: where_coordinates is the province itself, one place, with its centroid.
    ninawa = recs["place:ucdp-iraq-ninawa-governorate"]
    assert (ninawa["type"], ninawa["lat"], ninawa["lon"], ninawa["geo_precision"]) == \
        ("province", 36.2296, 42.2363, "admin1")
    assert by_id(mapped(GED))["event:ucdp-512346"]["place"] == "place:ucdp-iraq-ninawa-governorate"
    assert not any(r["id"].startswith("place:ucdp-iraq-ninawa-governorate-") for r in recs.values())
    # where_prec 2: within 25 km of the village.
    assert recs["place:ucdp-syria-dayr-az-zawr-governorate-dhiban-village"]["geo_precision"] == "near"


@pytest.mark.parametrize("where_prec, precision", [
    ("1", "exact"), ("2", "near"), ("3", "admin2"), ("4", "admin1"), ("5", "approximate"), ("6", "country"),
    ("7", "approximate"),
])
def test_where_prec_mapping(where_prec, precision):
    recs = ucdp.ucdp(one_row(where_prec=where_prec), COLUMNS, Emitter("ucdp", None, None), None)
    leaf = by_id(recs)[recs[-1]["place"]]
    assert leaf["geo_precision"] == precision
    assert f"where_prec {where_prec};" in recs[-1]["notes"]


@pytest.mark.parametrize("date_prec, approximate", [("1", False), ("2", True), ("3", True), ("4", True),
                                                     ("5", True), ("", False)])
def test_date_prec_mapping(date_prec, approximate):
    event = ucdp.ucdp(one_row(date_prec=date_prec), COLUMNS, Emitter("ucdp", None, None), None)[-1]
    assert (event.get("date_precision") == "approximate") is approximate


def test_sources_split_and_line_up():
    recs = by_id(mapped(GED))
    assert recs[_source_id(AFP)] == {
        "kind": "source", "id": _source_id(AFP), "title": "Iraqi forces kill four IS militants, officials say",
        "summary": AFP, "outlet": "Agence France Presse", "published": "2023-03-02"}
    assert recs[_source_id(XINHUA)]["outlet"] == "Xinhua General News Service"
    # A ";" inside a quoted headline does not split it.
    bbc = 'BBC Monitoring Middle East,2023-03-13,"Bodies found; villagers flee" in Ninawa'
    assert by_id(mapped(GED))["event:ucdp-512346"]["sources"] == [_source_id(bbc)]
    assert recs[_source_id(bbc)]["title"] == '"Bodies found; villagers flee" in Ninawa'
    # Lists that do not line up (one office for two articles, no headlines): each citation's own parts.
    enab = "Enab Baladi,2023-08-31,Tribal fighters, SDF clash east of Deir ez-Zor"
    assert recs[_source_id(enab)] == {
        "kind": "source", "id": _source_id(enab), "title": "Tribal fighters, SDF clash east of Deir ez-Zor",
        "summary": enab, "outlet": "Enab Baladi", "published": "2023-08-31"}


def test_a_citation_of_another_shape_is_its_own_title():
    row = one_row(source_article="Iraqi News Agency report; local police", source_office="", source_date="",
                  source_headline="")
    recs = ucdp.ucdp(row, COLUMNS, Emitter("ucdp", None, None), None)
    sources = [r for r in recs if r["kind"] == "source"]
    assert [s["title"] for s in sources] == ["Iraqi News Agency report", "local police"]
    assert all(set(s) == {"kind", "id", "title"} for s in sources)


@pytest.mark.parametrize("text, items", [
    ("a;b", ["a", "b"]),
    (' a ; b ;', ["a", "b"]),
    ('x,"q; r" s;t', ['x,"q; r" s', "t"]),
    ('5" guns; b', ['5" guns', "b"]),          # an unpaired quote joins nothing
    ("", []),
])
def test_split_items(text, items):
    assert split_items(text) == items


def test_candidate_release_without_header():
    recs = by_id(mapped(CANDIDATE))
    event = recs["event:ucdp-9012001"]
    assert (event["date"], event["date_end"], event["date_precision"]) == ("2024-01-01", "2024-01-05", "approximate")
    # where_prec 6: the country, once (where_coordinates repeats it).
    assert event["place"] == "place:ucdp-iraq"
    assert recs["place:ucdp-iraq"] == {"kind": "place", "id": "place:ucdp-iraq", "name": "العراق", "name_en": "Iraq",
                                       "type": "country", "lat": 33.0, "lon": 43.5, "geo_precision": "country"}
    assert (event["fatalities_side_a"], event["fatalities"]) == (2, 2)


@pytest.mark.parametrize("column, value, code", [
    ("id", "", "cell.empty"),
    ("id", "ged-1", "cell.not_count"),
    ("type_of_violence", "4", "cell.not_choice"),
    ("where_prec", "8", "cell.not_choice"),
    ("date_prec", "0", "cell.not_choice"),
    ("date_start", "", "cell.empty_date"),
    ("date_start", "2023-02-30", "cell.not_calendar"),
    ("best", "-4", "cell.not_count"),
    ("deaths_civilians", "3.5", "cell.not_count"),
    ("latitude", "95", "cell.out_of_range"),
])
def test_bad_cells_name_their_column(column, value, code):
    with pytest.raises(CellError) as caught:
        ucdp.ucdp(one_row(**{column: value}), COLUMNS, Emitter("ucdp", None, None), None)
    assert (caught.value.code, caught.value.field) == (code, column)


def test_end_before_start_is_refused():
    with pytest.raises(CellError) as caught:
        ucdp.ucdp(one_row(date_end="2023-02-27 00:00:00.000"), COLUMNS, Emitter("ucdp", None, None), None)
    assert (caught.value.code, caught.value.field) == ("cell.end_before", "date_end")


def test_detection_by_content():
    detect = ucdp.FORMAT.detect
    assert detect(list(GED_COLUMNS)) and detect([c.upper() for c in GED_COLUMNS])
    assert detect(rows(CANDIDATE)[0])          # a header-less row: id, relid, type of violence
    assert not detect(rows(CANDIDATE)[0][:48])
    assert not detect(["event_id_cnty", "event_date", "event_type", "country"])
    assert ucdp.FORMAT.headerless == GED_COLUMNS and len(GED_COLUMNS) == 49


def test_a_stored_actor_is_named_not_written_again():
    recs = by_id(mapped(GED, resolve_actor=lambda key: key if key == "actor:ucdp-116" else None))
    assert "actor:ucdp-116" not in recs and recs["event:ucdp-512345"]["actors"][0]["actor"] == "actor:ucdp-116"


# --- through the importer -------------------------------------------------------------------------------

def _all(store) -> list[dict]:
    return sorted(export.selected_records(store), key=lambda r: r["id"])


@pytest.mark.parametrize("path", [GED, CANDIDATE], ids=["ged-24.1", "candidate"])
def test_imports_and_round_trips(store, tmp_path, path):
    importing.import_files(store, [path])
    stored = by_id(_all(store))
    expected = by_id(mapped(path))
    assert set(stored) == set(expected)
    for key, rec in expected.items():
        assert stored[key] == {**rec, **{k: v for k, v in stored[key].items() if k not in rec}}, key
    out = tmp_path / "out.jsonl"
    export.export_jsonl(store, out)
    fresh = Store.create(tmp_path / "fresh.db")
    try:
        importing.import_files(fresh, [out])
        assert _all(fresh) == _all(store)
    finally:
        fresh.close()
    again = importing.import_files(store, [path])
    assert sum(again.created.values()) == 0 and sum(again.updated.values()) == 0


def test_a_bad_row_is_refused_with_its_line_and_nothing_is_written(store, tmp_path):
    path = tmp_path / "GEDEvent_bad.csv"
    lines = GED.read_bytes().decode("utf-8").split("\r\n")
    lines[2] = lines[2].replace(',"2023-03-06 00:00:00.000"', ',"2023-03-36 00:00:00.000"')
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    with pytest.raises(BatchError) as caught:
        importing.import_files(store, [path])
    assert caught.value.errors == [f"{path}:3: date_start: '2023-03-36 00:00:00.000' is not a calendar date"]
    assert _all(store) == []
