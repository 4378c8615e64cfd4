"""ACLED exports as ACLED ships them (current 31 columns, legacy numeric codes, the maritime layout)
-> events, actors, places and sources with ACLED's fields kept exactly."""
import csv
import json
from pathlib import Path

import pytest

from desktop.core import export, importing
from desktop.core.eventdata import EventDataError, read_event_csv
from desktop.core.formats import acled, water_bodies
from desktop.core.records import validate
from desktop.core.storage import Store

ACLED = Path(__file__).parent / "fixtures" / "publishers" / "acled"
CURRENT, LEGACY, MARITIME = ACLED / "acled_current.csv", ACLED / "acled_legacy.csv", ACLED / "acled_maritime.csv"


def records(path) -> dict[str, dict]:
    """The file's records by id, checked: valid, each once, every reference to an earlier record."""
    seen: dict[str, dict] = {}
    for rec in read_event_csv(path):
        validate(rec)
        refs = [rec.get("parent"), rec.get("place"), *(a["actor"] for a in rec.get("actors", ())),
                *rec.get("sources", ())]
        assert all(ref in seen for ref in refs if ref), rec["id"]
        assert rec["id"] not in seen, rec["id"]
        seen[rec["id"]] = rec
    return seen


# --- the current layout ------------------------------------------------------------------------


def test_the_current_layout_read_exactly():
    recs = records(CURRENT)
    assert recs["event:acled-irq34567"] == {
        "kind": "event", "id": "event:acled-irq34567",
        "title": "Air/drone strike: Military Forces of the United States (2021-) / Kata'ib Hezbollah (Al Qaim)",
        "date": "2024-01-15", "status": "occurred", "category": "Explosions/Remote violence / Air/drone strike",
        "dataset_id": "IRQ34567",
        "summary": ("On 15 January 2024, US forces struck a Kata'ib Hezbollah position near Al Qaim (Al Qaim, "
                    "Al Anbar), killing 2 members, in what the Pentagon called a \"defensive\" strike."),
        "place": "place:acled-iraq-al-anbar-al-qaim",
        "actors": [{"actor": "actor:acled-military-forces-of-the-united-states-2021", "role": "طرف أول"},
                   {"actor": "actor:acled-kata-ib-hezbollah", "role": "طرف ثان"}],
        "sources": ["source:acled-reuters", "source:acled-shafaq-news"],
        "disorder_type": "political_violence", "interaction": "Political militia-External/Other forces",
        "source_scale": "International-National", "fatalities": 2, "dataset_timestamp": 1705600000,
        "tags": ["acled"],
    }
    # the BOM is not part of the first column's name, and CRLF is not part of the last cell
    assert [r["dataset_timestamp"] for r in recs.values() if r["kind"] == "event"] == [
        1705600000, 1705900000, 1706000000, 1707500000, 1707800000, 1707900000, 1709300000]


def test_actor_types_from_acleds_words():
    recs = records(CURRENT)
    typed = {r["name_en"]: (r.get("type"), r.get("dataset_type")) for r in recs.values() if r["kind"] == "actor"}
    assert typed == {
        "Military Forces of the United States (2021-)": ("state", "External/Other forces"),
        "Kata'ib Hezbollah": ("armed_group", "Political militia"),
        "Islamic State (Iraq)": ("armed_group", "Rebel group"),
        "Civilians (Iraq)": ("other", "Civilians"),
        "Farmers (Iraq)": (None, None),                       # an associated actor: ACLED types only the main two
        "Protesters (Iraq)": ("other", "Protesters"),
        "Teachers (Iraq)": (None, None),
        "Labor Group (Iraq)": (None, None),
        "Police Forces of Iraq (2022-)": ("state", "State forces"),
        "Hay'at Tahrir al-Sham": ("armed_group", "Rebel group"),
        "Military Forces of Syria (2000-2024)": ("state", "State forces"),
        "Wagner Group": (None, None),
        "Journalists (Iraq)": (None, None),
        "Rioters (Iraq)": ("other", "Rioters"),
        "Al Bu Salih Clan Militia (Iraq)": ("armed_group", "Identity militia"),
    }


@pytest.mark.parametrize("code, words, name, atype", [
    ("1", "State forces", "Military Forces of Iraq (2022-)", "state"),
    ("2", "Rebel group", "Islamic State (Iraq)", "armed_group"),
    ("3", "Political militia", "Unidentified Armed Group (Iraq)", "armed_group"),
    ("4", "Identity militia", "Al Bu Salih Clan Militia (Iraq)", "armed_group"),
    ("5", "Rioters", "Rioters (Iraq)", "other"),
    ("6", "Protesters", "Protesters (Iraq)", "other"),
    ("7", "Civilians", "Civilians (Iraq)", "other"),
    ("8", "External/Other forces", "United Nations", "organization"),
    ("8", "External/Other forces", "Military Forces of Turkey (2016-)", "state"),
])
def test_legacy_codes_and_current_words_give_the_same_type(code, words, name, atype):
    assert acled.inter_words(code) == acled.inter_words(words) == acled.inter_words(words.upper()) == words
    assert acled.actor_type(words, name) == atype


def test_no_actor_type_for_none_and_unknown_words_kept():
    assert acled.inter_words("") is None and acled.inter_words("0") is None
    assert acled.inter_words("Rebel Groups") == "Rebel group"         # the older codebook's plural
    assert acled.inter_words("Sole Militia") == "Sole Militia" and acled.actor_type("Sole Militia", "X") is None


@pytest.mark.parametrize("cell, words", [
    ("17", "State forces-Civilians"), ("12", "State forces-Rebel group"), ("60", "Protesters only"),
    ("80", "External/Other forces only"), ("44", "Identity militia-Identity militia"),
    ("38", "Political militia-External/Other forces"), ("State forces-Civilians", "State forces-Civilians"),
    ("Rebel group only", "Rebel group only"), ("99", "99"),
])
def test_interaction_in_acleds_current_words(cell, words):
    assert acled._interaction(cell) == words


def test_precision_of_dates_and_coordinates():
    recs = records(CURRENT)
    week, month = recs["event:acled-irq34568"], recs["event:acled-irq34569"]
    assert (week["date"], week["date_precision"]) == ("2024-01-20", "approximate")
    assert week["notes"] == "ACLED: geo_precision 2"
    assert (month["date"], month["date_precision"]) == ("2024-01", "approximate")
    assert month["notes"] == "ACLED: event_date 2024-01-15 (time_precision 3); geo_precision 3"
    exact = recs["event:acled-irq34567"]
    assert "date_precision" not in exact and "notes" not in exact
    assert recs[week["place"]]["geo_precision"] == "near"
    assert recs[month["place"]]["geo_precision"] == "admin1"
    assert recs[exact["place"]]["geo_precision"] == "exact"
    assert "geo_precision" not in recs["place:acled-iraq-diyala"]      # no coordinates, no precision


def test_disorder_targeting_tags_and_fatalities():
    recs = records(CURRENT)
    both = recs["event:acled-irq34570"]
    assert both["disorder_type"] == "political_violence_demonstrations"
    assert both["civilian_targeting"] is True and both["fatalities"] == 1
    assert both["tags"] == ["acled", "crowd size=hundreds", "women targeted: activists"]
    assert recs["event:acled-irq34571"]["disorder_type"] == "strategic_developments"
    assert "civilian_targeting" not in recs["event:acled-irq34567"]
    assert recs["event:acled-irq34569"]["fatalities"] == 0


def test_sources_split_into_source_records():
    recs = records(CURRENT)
    assert recs["event:acled-irq34570"]["sources"] == [
        "source:acled-shafaq-news", "source:acled-rudaw", "source:acled-kurdistan24"]
    assert recs["source:acled-shafaq-news"] == {"kind": "source", "id": "source:acled-shafaq-news",
                                                "title": "Shafaq News", "outlet": "Shafaq News"}
    assert sorted(k for k in recs if k.startswith("source:")) == [
        "source:acled-al-mirbad", "source:acled-al-sumaria", "source:acled-kurdistan24", "source:acled-reuters",
        "source:acled-rudaw", "source:acled-shafaq-news", "source:acled-sohr", "source:acled-undisclosed-source"]


def test_repeated_admin_names_are_one_place():
    recs = records(CURRENT)
    basrah = recs["event:acled-irq34569"]["place"]            # Basrah/Basrah/Basrah/Basrah
    assert basrah == "place:acled-iraq-basrah"
    assert recs[basrah] == {"kind": "place", "id": "place:acled-iraq-basrah", "name": "محافظة البصرة",
                            "name_en": "Basrah", "type": "province", "parent": "place:acled-iraq",
                            "lat": 30.5085, "lon": 47.7804, "geo_precision": "admin1"}
    saraqab = recs["event:acled-syr12001"]["place"]            # Idleb/Idleb/Saraqab/Saraqab
    assert [saraqab, recs[saraqab]["parent"], recs[recs[saraqab]["parent"]]["parent"]] == [
        "place:acled-syria-idleb-saraqab", "place:acled-syria-idleb", "place:acled-syria"]
    # Arabic names in the cells, repeated: ذي قار > الناصرية > الناصرية
    nasiriyah = recs[recs["event:acled-irq34570"]["place"]]
    assert nasiriyah["name"] == "الناصرية" and nasiriyah["type"] == "other"
    assert recs[nasiriyah["parent"]]["name"] == "ذي قار" and recs[nasiriyah["parent"]]["parent"] == "place:acled-iraq"
    assert sum(1 for r in recs.values() if r["kind"] == "place" and r["name"] == "الناصرية") == 1


# --- the legacy layout -------------------------------------------------------------------------


def test_the_legacy_layout_read_exactly():
    recs = records(LEGACY)
    assert recs["event:acled-irq21004"] == {
        "kind": "event", "id": "event:acled-irq21004",
        "title": "Other: Military Forces of Turkey (2016-) (Zakho)", "date": "2019-04",
        "date_precision": "approximate", "status": "occurred", "category": "Strategic developments / Other",
        "dataset_id": "IRQ21004", "summary": "In April 2019, Turkish forces set up new positions in the Zakho area.",
        "place": "place:acled-iraq-duhok-zakho",
        "actors": [{"actor": "actor:acled-military-forces-of-turkey-2016", "role": "طرف أول"}],
        "sources": ["source:acled-anadolu-agency"], "interaction": "External/Other forces only",
        "source_scale": "International", "fatalities": 0, "dataset_timestamp": 1554200000, "tags": ["acled"],
        "notes": "ACLED: event_date 2019-04-15 (time_precision 3); geo_precision 3",
    }
    assert recs["actor:acled-military-forces-of-turkey-2016"]["type"] == "state"
    assert recs["actor:acled-military-forces-of-turkey-2016"]["dataset_type"] == "External/Other forces"
    assert recs["event:acled-irq21002"]["date"] == "2019-03-15"          # 15-March-2019
    assert recs["event:acled-irq21002"]["interaction"] == "Political militia-Civilians"   # 37
    assert recs["event:acled-irq21002"]["place"] == "place:acled-iraq-baghdad"            # Baghdad x3
    assert recs["event:acled-irq21003"]["interaction"] == "Protesters only"               # 60, inter2 0
    assert recs["event:acled-irq21006"]["interaction"] == "Identity militia-Identity militia"
    types = {r["name_en"]: (r.get("type"), r.get("dataset_type")) for r in recs.values() if r["kind"] == "actor"}
    assert types["Unidentified Armed Group (Iraq)"] == ("armed_group", "Political militia")
    assert types["Rioters (Iraq)"] == ("other", "Rioters")
    assert types["Al Bu Hamdan Clan Militia (Iraq)"] == ("armed_group", "Identity militia")
    assert not any("disorder_type" in r or "civilian_targeting" in r for r in recs.values())


def test_both_layouts_name_the_same_actor_the_same_way():
    current, legacy = records(CURRENT), records(LEGACY)
    for key in ("actor:acled-islamic-state-iraq", "actor:acled-civilians-iraq", "actor:acled-protesters-iraq"):
        assert current[key] == legacy[key]


# --- the maritime layout -----------------------------------------------------------------------


def test_water_bodies_in_the_country_column():
    recs = records(MARITIME)
    red_sea = {"kind": "place", "id": "place:acled-red-sea", "name": "البحر الأحمر", "name_en": "Red Sea",
               "type": "water_body"}
    assert recs["place:acled-red-sea"] == red_sea
    off = recs[recs["event:acled-yem55001"]["place"]]                # "Red Sea" > "Red Sea - Off Hodeidah"
    assert (off["name"], off["type"], off["parent"], off["geo_precision"]) == (
        "Red Sea - Off Hodeidah", "other", "place:acled-red-sea", "near")
    assert recs["event:acled-yem55002"]["place"] == "place:acled-red-sea"   # «البحر الأحمر» x2: the same place
    aden = recs["place:acled-gulf-of-aden"]
    assert (aden["name"], aden["name_en"], aden["type"]) == ("خليج عدن", "Gulf of Aden", "water_body")
    places = [r for r in recs.values() if r["kind"] == "place"]
    assert not any(r["type"] in ("country", "province") for r in places)
    assert all("parent" not in r for r in places if r["type"] == "water_body")


def test_a_water_body_below_a_country_is_typed_but_no_country_is_below_one():
    assert acled._levels(("Yemen", "Al Hudaydah", "", "", "البحر الأحمر")) == (
        ("Yemen", "country"), ("Al Hudaydah", "province"), ("Red Sea", "water_body"))
    assert acled._levels(("Persian Gulf", "Iraq", "", "", "Off Al Faw")) == (
        ("Persian Gulf", "water_body"), ("Iraq", "other"), ("Off Al Faw", "other"))
    assert acled._levels(("Arabian Gulf", "", "", "", "الخليج العربي")) == (("Persian Gulf", "water_body"),)


def test_the_water_body_list_names_each_in_arabic_and_english():
    assert water_bodies.water_body("red sea").name == "البحر الأحمر"
    assert water_bodies.water_body("Bab al-Mandab") == water_bodies.water_body("باب المندب")
    assert water_bodies.water_body("Basrah") is None
    lines = (Path(water_bodies.paths.data_dir()) / "water_bodies.jsonl").read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines if line.strip()]
    assert all(not e["name"].isascii() and e["name_en"].isascii() for e in entries)
    names = [water_bodies.key(n) for e in entries for n in (e["name_en"], e["name"], *e["aliases"])]
    assert len(names) == len(set(names))     # no name is claimed twice (by two water bodies, or in vain)


# --- bad cells ---------------------------------------------------------------------------------


def _with_cell(tmp_path, column: str, value: str) -> Path:
    """The current fixture's header and first row, with the cell of `column` changed."""
    header, row = list(csv.reader(CURRENT.read_text(encoding="utf-8-sig").splitlines()))[:2]
    row[header.index(column)] = value
    path = tmp_path / "bad.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, row])
    return path


@pytest.mark.parametrize("column, value, message", [
    ("time_precision", "4", "bad.csv:2: time_precision: '4' is not 1, 2 or 3"),
    ("geo_precision", "high", "bad.csv:2: geo_precision: 'high' is not 1, 2 or 3"),
    ("disorder_type", "Riots", "bad.csv:2: disorder_type: 'Riots' is not one of Political violence, Demonstrations"),
    ("fatalities", "3.5", "bad.csv:2: fatalities: '3.5' is not a whole number of 0 or more"),
    ("timestamp", "yesterday", "bad.csv:2: timestamp: 'yesterday' is not a whole number"),
    ("civilian_targeting", "maybe", "bad.csv:2: civilian_targeting: 'maybe' is not one of Civilian targeting"),
])
def test_a_bad_cell_is_named_with_its_line_and_column(tmp_path, column, value, message):
    with pytest.raises(EventDataError) as caught:
        list(read_event_csv(_with_cell(tmp_path, column, value)))
    assert message in str(caught.value)


def test_disorder_type_spelling_is_forgiven():
    assert acled._disorder("Political Violence;Demonstrations") == "political_violence_demonstrations"
    assert acled._disorder("STRATEGIC DEVELOPMENTS") == "strategic_developments"


# --- into the store and out again ------------------------------------------------------------------


def _import(path_or_paths, db: Path) -> tuple[dict, list[dict]]:
    paths = path_or_paths if isinstance(path_or_paths, list) else [path_or_paths]
    with Store.create(db) as store:
        report = importing.import_files(store, paths)
        out = db.with_suffix(".jsonl")
        export.export_jsonl(store, out)
    return report.to_json(), [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_stored_as_read(tmp_path):
    report, stored = _import(CURRENT, tmp_path / "a.db")
    assert report["created"] == {"event": 7, "actor": 15, "place": 17, "source": 8}
    by_id = {r["id"]: r for r in stored}
    read = records(CURRENT)
    assert by_id["event:acled-irq34570"] == read["event:acled-irq34570"]
    assert by_id["actor:acled-police-forces-of-iraq-2022"] == read["actor:acled-police-forces-of-iraq-2022"]
    assert by_id["place:acled-iraq-basrah"] == read["place:acled-iraq-basrah"]


def test_round_trip_through_jsonl_loses_nothing(tmp_path):
    _, first = _import([CURRENT, LEGACY, MARITIME], tmp_path / "a.db")
    exported = tmp_path / "a.jsonl"
    _, second = _import(exported, tmp_path / "b.db")
    assert second == first
    events = [r for r in first if r["kind"] == "event"]
    assert len(events) == 16 and all(r["dataset_id"] and "dataset_timestamp" in r for r in events)


def test_worker_processes_propose_each_source_once(tmp_path, monkeypatch):
    from desktop.core import bulkprep
    serial = _import(CURRENT, tmp_path / "serial.db")
    monkeypatch.setattr(bulkprep, "MINIMUM_BYTES", 0)
    monkeypatch.setattr(bulkprep, "BLOCK", 2)
    parallel = _import(CURRENT, tmp_path / "parallel.db")
    assert parallel == serial


def test_a_city_named_as_its_province_takes_the_city_name_not_the_province():
    """Baghdad the location is «بغداد»; Baghdad the admin1 is «محافظة بغداد» (the gazetteer's alias)."""
    from desktop.core.formats.cells import Emitter
    out: list[dict] = []
    Emitter("acled", None, None).place_chain(
        [("Iraq", "country"), ("Baghdad", "province"), ("Karkh", "other"), ("Baghdad", "city")], 33.3, 44.4, out)
    names = {rec["type"]: (rec["name"], rec.get("name_en")) for rec in out}
    assert names["province"] == ("محافظة بغداد", "Baghdad")
    assert names["city"] == ("بغداد", "Baghdad")
