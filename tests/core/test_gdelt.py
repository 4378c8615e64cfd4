"""GDELT 2.0 events and mentions as GDELT ships them: the raw tab export, a BigQuery comma export,
a header of codebook names, and a mentions file (refused, with the reason)."""
from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest

from desktop.core import export, importing
from desktop.core.errors import BatchError, MarsadError
from desktop.core.formats import gdelt, gdelt_mentions
from desktop.core.formats.cells import CellError, Emitter
from desktop.core.formats.gdelt import GDELT_COLUMNS, actor_id, date_added, geo_levels, source_record
from desktop.core.records import validate
from desktop.core.storage import Store

HERE = Path(__file__).parent / "fixtures" / "publishers" / "gdelt"
RAW = HERE / "20250115120000.export.CSV"
BIGQUERY = HERE / "bq-results-20250115-gdelt-events.csv"
CODEBOOK = HERE / "gdelt_codebook_header.tsv"
MENTIONS = HERE / "20250115120000.mentions.CSV"

ALJAZEERA = "https://www.aljazeera.com/news/2025/1/15/iraqi-forces-clash-with-militants-near-ramadi"
ALJAZEERA_ID = "source:gdelt-dd735ccbd98a"


# --- reading a fixture the way the reader will: cells, a header or the header-less columns ---------

def table(path: Path, fmt=gdelt.FORMAT) -> tuple[dict[str, int], list[list[str]]]:
    """The mapper's columns and the rows of a file, as the registry's reader hands them over: a tab
    file unquoted (GDELT never quotes), a comma file with normal quoting, a BOM dropped, names
    compared without case and through the format's aliases."""
    text = path.read_bytes().decode("utf-8-sig")
    first = text.splitlines()[0]
    tabs = first.count("\t") > first.count(",")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t" if tabs else ",",
                           quoting=csv.QUOTE_NONE if tabs else csv.QUOTE_MINIMAL))
    names = {n.lower(): n for n in fmt.headerless}
    names.update({a.lower(): n for a, n in fmt.aliases.items()})
    if fmt.headerless and len(rows[0]) == len(fmt.headerless) and fmt.detect(rows[0]) \
            and not any(c.strip().lower() in names for c in rows[0][:2]):
        header, body = fmt.headerless, rows
    else:
        header, body = rows[0], rows[1:]
    columns: dict[str, int] = {}
    for i, cell in enumerate(header):
        columns.setdefault(names.get(cell.strip().lower(), cell.strip()), i)
    return columns, body


def mapped(path: Path, resolve_actor=None) -> list[dict]:
    columns, body = table(path)
    em = Emitter("gdelt", None, resolve_actor)
    out: list[dict] = []
    for row in body:
        assert len(row) == len(GDELT_COLUMNS), row
        out += gdelt.gdelt(row, columns, em, None)
    return out


def by_id(records: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in records}


def one_row(path: Path = RAW, n: int = 0, **cells) -> list[str]:
    row = list(table(path)[1][n])
    for name, value in cells.items():
        row[GDELT_COLUMNS.index(name)] = value
    return row


RAW_COLUMNS = {name: i for i, name in enumerate(GDELT_COLUMNS)}


# --- the raw export, field by field ------------------------------------------------------------------

def test_raw_export_event_exactly():
    recs = mapped(RAW)
    for rec in recs:
        validate(rec)
    events = [r for r in recs if r["kind"] == "event"]
    assert [e["id"] for e in events] == ["event:gdelt-1217480001", "event:gdelt-1217480002", "event:gdelt-1217480003"]
    assert events[0] == {
        "kind": "event", "id": "event:gdelt-1217480001",
        "title": "قتال: Iraq – Militant (Ramadi, Al Anbar, Iraq)",
        "date": "2025-01-15", "status": "occurred", "category": "CAMEO 190", "dataset_id": "1217480001",
        "place": "place:gdelt-iraq-al-anbar-ramadi",
        "actors": [{"actor": "actor:gdelt-irqmil-iraq", "role": "طرف أول"},
                   {"actor": "actor:gdelt-reb-militant", "role": "طرف ثان"}],
        "sources": [ALJAZEERA_ID],
        "event_code": "190", "quad_class": 4, "goldstein": -10.0, "avg_tone": -6.66666666666667,
        "num_mentions": 10, "num_sources": 2, "num_articles": 10, "date_added": "2025-01-15T12:00:00Z",
        "notes": "GDELT 1217480001: EventBaseCode 190, EventRootCode 19, IsRootEvent 1",
        "tags": ["gdelt"],
    }
    # CAMEO codes keep their leading zero; QuadClass is the number, Goldstein and tone floats.
    consult = events[1]
    assert (consult["event_code"], consult["quad_class"], consult["goldstein"], consult["avg_tone"]) == \
        ("042", 1, 1.9, 1.38888888888889)
    assert consult["title"].startswith("تشاور: Iraq – United States")


def test_sourceurl_is_a_source_record_linked_from_the_event():
    recs = by_id(mapped(RAW))
    assert recs[ALJAZEERA_ID] == {
        "kind": "source", "id": ALJAZEERA_ID,
        "title": "aljazeera.com: iraqi forces clash with militants near ramadi",
        "url": ALJAZEERA, "outlet": "aljazeera.com", "published": "2025-01-15",
    }
    # One article, two events (rows 1 and 3): one source record, cited by both.
    assert [r["id"] for r in mapped(RAW)].count(ALJAZEERA_ID) == 1
    assert recs["event:gdelt-1217480003"]["sources"] == [ALJAZEERA_ID]
    assert all(ALJAZEERA not in r.get("notes", "") for r in recs.values())
    # An Arabic address: its words, decoded, are the title.
    sumaria = recs[recs["event:gdelt-1217480002"]["sources"][0]]
    assert sumaria["title"] == "alsumaria.tv: السوداني يستقبل السفير الأميركي"
    assert sumaria["outlet"] == "alsumaria.tv" and sumaria["url"].startswith("https://www.alsumaria.tv/news/")


def test_source_record_of_other_addresses():
    assert source_record("https://example.com/news/article.php?id=12345", "2025-01-15") == {
        "kind": "source", "id": "source:gdelt-" + hashlib.sha1(
            b"https://example.com/news/article.php?id=12345").hexdigest()[:12],
        "title": "example.com: /news/article.php?id=12345", "url": "https://example.com/news/article.php?id=12345",
        "outlet": "example.com", "published": "2025-01-15"}
    assert source_record("https://news.example.org/2025/01/15/austin-police-arrest-3-12345.html", None)["title"] \
        == "news.example.org: austin police arrest"
    citation = source_record("BBC Monitoring", None)
    assert citation["title"] == "BBC Monitoring" and "url" not in citation and "outlet" not in citation


def test_actors_keep_codes_and_are_told_apart_by_code():
    recs = by_id(mapped(RAW))
    assert recs["actor:gdelt-irqmil-iraq"] == {
        "kind": "actor", "id": "actor:gdelt-irqmil-iraq", "name": "العراق (الجيش)", "name_en": "Iraq (military)",
        "type": "state", "code": "IRQMIL", "country_code": "IRQ", "type_codes": "MIL"}
    assert recs["actor:gdelt-irqgov-iraq"]["code"] == "IRQGOV"
    # The government, the army and the country read apart in every list and picker.
    assert recs["actor:gdelt-irqgov-iraq"]["name"] == "العراق (الحكومة)"
    # IRAQ as IRQ (the country) is a third actor, not the government nor the army.
    assert recs["actor:gdelt-irq-iraq"] == {
        "kind": "actor", "id": "actor:gdelt-irq-iraq", "name": "العراق", "name_en": "Iraq", "type": "state",
        "code": "IRQ", "country_code": "IRQ"}
    assert recs["actor:gdelt-reb-militant"] == {
        "kind": "actor", "id": "actor:gdelt-reb-militant", "name": "Militant", "name_en": "Militant",
        "type": "armed_group", "code": "REB", "type_codes": "REB"}
    assert recs["event:gdelt-1217480003"]["actors"] == [{"actor": "actor:gdelt-irq-iraq", "role": "طرف أول"}]
    # Same code, same name: one actor; same code, another name (IRQ as BAGHDAD): another actor.
    assert actor_id("IRQ", "Iraq") == actor_id("IRQ", "Iraq") != actor_id("IRQ", "Baghdad")
    assert actor_id("", "Unidentified Gunmen") == "actor:gdelt-name-unidentified-gunmen"


def test_type_codes_and_known_groups():
    row = one_row(Actor1Type2Code="REB", Actor1Type3Code="SEP", Actor1KnownGroupCode="IMG",
                  Actor1Religion1Code="MOS", Actor1Code="IRQMILREBSEP")
    recs = by_id(gdelt.gdelt(row, RAW_COLUMNS, Emitter("gdelt", None, None), None))
    actor = recs["actor:gdelt-irqmilrebsep-iraq"]
    assert (actor["type_codes"], actor["type"]) == ("MIL REB SEP", "state")
    assert actor["notes"] == "GDELT KnownGroupCode IMG, Religion1Code MOS"


def test_a_stored_actor_is_named_not_written_again():
    recs = mapped(RAW, resolve_actor=lambda key: key if key == "actor:gdelt-irqmil-iraq" else None)
    assert "actor:gdelt-irqmil-iraq" not in by_id(recs)
    assert by_id(recs)["event:gdelt-1217480001"]["actors"][0]["actor"] == "actor:gdelt-irqmil-iraq"


def test_action_geo_becomes_a_typed_place_with_its_precision():
    recs = by_id(mapped(RAW))
    assert recs["place:gdelt-iraq-al-anbar-ramadi"] == {
        "kind": "place", "id": "place:gdelt-iraq-al-anbar-ramadi", "name": "الرمادي", "name_en": "Ramadi",
        "type": "city", "parent": "place:gdelt-iraq-al-anbar", "lat": 33.4206, "lon": 43.3078,
        "geo_precision": "near", "notes": "GDELT FeatureID -3080420, ADM1Code IZ01, CountryCode IZ"}
    assert recs["place:gdelt-iraq-al-anbar"]["type"] == "province"
    # Baghdad the city, in Baghdad the province: two places, as GDELT says (ActionGeo_Type 4).
    city = recs["place:gdelt-iraq-baghdad-baghdad"]
    assert (city["type"], city["parent"], city["lat"], city["lon"]) == ("city", "place:gdelt-iraq-baghdad", 33.3386, 44.3939)
    assert recs["place:gdelt-iraq-baghdad"]["type"] == "province"
    # A country-level row (type 1) is placed in the country.
    assert recs["event:gdelt-1217480003"]["place"] == "place:gdelt-iraq"


@pytest.mark.parametrize("full, geo_type, levels", [
    ("Iraq", "1", [("Iraq", "country")]),
    ("Korea, South", "1", [("Korea, South", "country")]),
    ("Texas, United States", "2", [("United States", "country"), ("Texas", "province")]),
    ("Austin, Texas, United States", "3", [("United States", "country"), ("Texas", "province"), ("Austin", "city")]),
    ("Ramadi, Al Anbar, Iraq", "4", [("Iraq", "country"), ("Al Anbar", "province"), ("Ramadi", "city")]),
    ("Seoul, Seoul-t'ukpyolsi, Korea, South", "4",
     [("Korea, South", "country"), ("Seoul-t'ukpyolsi", "province"), ("Seoul", "city")]),
    ("Baghdad, Iraq", "4", [("Iraq", "country"), ("Baghdad", "city")]),
    ("Al Anbar, Iraq", "5", [("Iraq", "country"), ("Al Anbar", "province")]),
    ("Ramadi, Al Anbar, Iraq", "", [("Iraq", "country"), ("Al Anbar", "province"), ("Ramadi", "city")]),
    ("", "4", []),
])
def test_geo_levels(full, geo_type, levels):
    assert geo_levels(full, geo_type) == levels


# --- the other layouts give the same records -----------------------------------------------------------

def test_bigquery_export_quoted_commas_give_the_raw_records():
    raw, bq = mapped(RAW), mapped(BIGQUERY)
    assert bq[:len(raw)] == raw
    recs = by_id(bq)
    texas = recs["event:gdelt-1217480004"]
    assert texas["place"] == "place:gdelt-united-states-texas"
    assert recs["place:gdelt-united-states-texas"] == {
        "kind": "place", "id": "place:gdelt-united-states-texas", "name": "Texas", "name_en": "Texas",
        "type": "province", "parent": "place:gdelt-united-states", "lat": 31.106, "lon": -97.6475,
        "geo_precision": "admin1", "notes": "GDELT FeatureID TX, ADM1Code USTX, CountryCode US"}
    assert (texas["date_added"], texas["title"]) == ("2025-01-15T12:15:00Z", "إكراه: Texas (Texas, United States)")
    assert recs[texas["sources"][0]]["title"] == "texastribune.org: austin police arrest"
    assert recs["actor:gdelt-usacop-texas"]["type"] == "state"
    assert "actors" in texas and len(texas["actors"]) == 1     # Actor2 empty: no second actor


def test_codebook_names_bom_and_crlf_give_the_raw_records():
    columns, body = table(CODEBOOK)
    assert columns["SQLDATE"] == 1 and columns["GLOBALEVENTID"] == 0 and columns["ActionGeo_FullName"] == 52
    raw, book = mapped(RAW), mapped(CODEBOOK)
    assert book[:len(raw)] == raw
    recs = by_id(book)
    mosul = recs["event:gdelt-1217480009"]
    assert "num_mentions" not in mosul and mosul["num_sources"] == 2      # an empty cell is no count
    assert mosul["place"] == recs[mosul["place"]]["id"]
    leaf = recs[mosul["place"]]
    assert (leaf["name"], leaf["type"], leaf["lat"], leaf["lon"]) == ("الموصل", "city", 36.335, 43.1189)
    province = recs[leaf["parent"]]
    assert (province["name"], province["type"]) == ("نينوى", "province")
    assert recs[province["parent"]]["name"] == "العراق"


# --- cells that are not what GDELT writes ------------------------------------------------------------

@pytest.mark.parametrize("column, value, code", [
    ("GLOBALEVENTID", "", "cell.empty"),
    ("GLOBALEVENTID", "12a", "cell.not_count"),
    ("SQLDATE", "20251315", "cell.not_calendar"),
    ("QuadClass", "5", "cell.not_choice"),
    ("GoldsteinScale", "-11", "cell.out_of_range"),
    ("AvgTone", "x", "cell.not_number"),
    ("NumMentions", "-1", "cell.not_count"),
    ("NumArticles", "2.5", "cell.not_count"),
    ("DATEADDED", "20251315120000", "cell.bad_timestamp"),
    ("DATEADDED", "2025011512", "cell.bad_timestamp"),
    ("ActionGeo_Lat", "Iraq", "cell.not_number"),
])
def test_bad_cells_name_their_column(column, value, code):
    with pytest.raises(CellError) as caught:
        gdelt.gdelt(one_row(**{column: value}), RAW_COLUMNS, Emitter("gdelt", None, None), None)
    assert (caught.value.code, caught.value.field) == (code, column)


def test_dateadded():
    assert date_added("20250115121500") == "2025-01-15T12:15:00Z"
    assert date_added("20250115") == "2025-01-15"
    assert date_added("") is None
    with pytest.raises(CellError, match=r"'2025011512' is not a date and time written as YYYYMMDDHHMMSS"):
        date_added("2025011512")


# --- detection --------------------------------------------------------------------------------------

def _first(path: Path) -> list[str]:
    first = path.read_bytes().decode("utf-8-sig").splitlines()[0]
    return next(csv.reader([first], delimiter="\t" if first.count("\t") > first.count(",") else ","))


def test_detection_by_content():
    detect, mentions = gdelt.FORMAT.detect, gdelt_mentions.FORMAT.detect
    assert detect(_first(RAW)) and detect(_first(BIGQUERY)) and detect(_first(CODEBOOK))
    assert detect(list(GDELT_COLUMNS)) and detect([c.lower() for c in GDELT_COLUMNS])
    assert not detect(_first(MENTIONS)) and not detect(list(gdelt_mentions.MENTIONS_COLUMNS))
    assert mentions(_first(MENTIONS)) and mentions(list(gdelt_mentions.MENTIONS_COLUMNS))
    assert not mentions(_first(RAW)) and not mentions(_first(BIGQUERY))
    assert not detect(["1217480001", "20250115"] + [""] * 57)        # 59 columns: not GDELT 2.0
    assert gdelt.FORMAT.aliases == {"Day": "SQLDATE"}
    assert gdelt.FORMAT.headerless == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    assert len(_first(MENTIONS)) == len(gdelt_mentions.MENTIONS_COLUMNS) == 16


def test_mentions_are_refused_with_the_reason():
    columns = {name: i for i, name in enumerate(gdelt_mentions.MENTIONS_COLUMNS)}
    with pytest.raises(CellError) as caught:
        gdelt_mentions.mentions(_first(MENTIONS), columns, Emitter("gdelt", None, None), None)
    assert caught.value.code == "gdelt.mentions_file"
    assert str(caught.value) == ("this is a GDELT mentions file: it lists where events were reported, not the "
                                 "events themselves; import the matching events file (*.export.CSV) instead")


# --- through the importer -------------------------------------------------------------------------------

def _all(store) -> list[dict]:
    return sorted(export.selected_records(store), key=lambda r: r["id"])


def _round_trip(store, tmp_path) -> None:
    """Exported to JSONL and imported into a fresh store: the same records."""
    out = tmp_path / "out.jsonl"
    export.export_jsonl(store, out)
    fresh = Store.create(tmp_path / "fresh.db")
    try:
        importing.import_files(fresh, [out])
        assert _all(fresh) == _all(store)
    finally:
        fresh.close()


def test_raw_export_imports_and_round_trips(store, tmp_path):
    report = importing.import_files(store, [RAW])
    assert dict(report.created) == {"place": 5, "actor": 5, "source": 2, "event": 3}
    stored = by_id(_all(store))
    event = stored["event:gdelt-1217480001"]
    assert (event["dataset_id"], event["quad_class"], event["goldstein"], event["num_articles"]) == \
        ("1217480001", 4, -10.0, 10)
    assert event["sources"] == [ALJAZEERA_ID] and event["date_added"] == "2025-01-15T12:00:00Z"
    assert stored["actor:gdelt-irqgov-iraq"]["type_codes"] == "GOV"
    assert stored[ALJAZEERA_ID]["outlet"] == "aljazeera.com"
    _round_trip(store, tmp_path)
    # The same file again changes nothing.
    again = importing.import_files(store, [RAW])
    assert sum(again.created.values()) == 0 and sum(again.updated.values()) == 0


@pytest.mark.parametrize("path", [BIGQUERY, CODEBOOK], ids=["bigquery", "codebook"])
def test_other_layouts_import_and_round_trip(store, tmp_path, path):
    importing.import_files(store, [path])
    stored = by_id(_all(store))
    assert stored["event:gdelt-1217480001"]["place"] == "place:gdelt-iraq-al-anbar-ramadi"
    assert stored["event:gdelt-1217480002"]["sources"] == [source_record(
        table(RAW)[1][1][GDELT_COLUMNS.index("SOURCEURL")], None)["id"]]
    _round_trip(store, tmp_path)


def test_a_short_row_is_refused_with_its_line(store, tmp_path):
    path = tmp_path / "short.export.CSV"
    lines = RAW.read_text(encoding="utf-8").splitlines()
    lines[1] = "\t".join(lines[1].split("\t")[:60])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(BatchError) as caught:
        importing.import_files(store, [path])
    assert any("short.export.CSV:2" in e for e in caught.value.errors), caught.value.errors
    assert _all(store) == []


def test_mentions_file_is_refused_and_nothing_is_written(store):
    with pytest.raises(MarsadError) as caught:
        importing.import_files(store, [MENTIONS])
    assert "this is a GDELT mentions file" in str(caught.value)
    assert "*.export.CSV" in str(caught.value)
    assert _all(store) == []


def test_mentions_file_is_refused_once_not_row_by_row(store):
    with pytest.raises(MarsadError) as caught:
        importing.import_files(store, [MENTIONS], skip_bad_rows=True)
    assert len(getattr(caught.value, "errors", [str(caught.value)])) == 1
