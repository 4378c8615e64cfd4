"""ACLED, GDELT 2.0 and mapped CSV event data -> interchange records."""
from pathlib import Path

import pytest

from desktop.core.eventdata import (
    Cancelled, EventDataError, parse_event_date, parse_mapping, read_event_csv,
)
from desktop.core.records import validate

FIXTURES = Path(__file__).parent / "fixtures"


def _check_order_and_validity(records):
    seen = set()
    for rec in records:
        validate(rec)
        refs = [rec.get("parent"), rec.get("place")] + [a["actor"] for a in rec.get("actors", [])]
        for ref in filter(None, refs):
            assert ref in seen, (rec["id"], ref)
        assert rec["id"] not in seen, rec["id"]
        seen.add(rec["id"])


def test_acled():
    recs = list(read_event_csv(FIXTURES / "acled_sample.csv"))
    _check_order_and_validity(recs)
    events = [r for r in recs if r["kind"] == "event"]
    assert [e["date"] for e in events] == ["2024-09-27", "2025-05-16", "2025-05-17", "2025-01-03", "2025-06-01"]
    first = events[0]
    assert first["id"] == "event:acled-irq12345"
    assert first["place"] == "place:acled-iraq-al-anbar-al-qaim"      # admin2 and location repeat: one place
    assert "Air/drone strike" in first["title"] and first["fatalities"] == 2
    places = {r["id"]: r for r in recs if r["kind"] == "place"}
    leaf = places[first["place"]]
    assert (leaf["lat"], leaf["lon"]) == (34.3794, 41.0943)
    assert places["place:acled-iraq-al-anbar"]["parent"] == "place:acled-iraq"
    assert places["place:acled-iraq"]["name"] == "العراق" and places["place:acled-iraq"]["name_en"] == "Iraq"
    assert places["place:acled-iraq-al-anbar"]["name"] == "محافظة الأنبار"
    actors = [r for r in recs if r["kind"] == "actor"]
    assert len({a["id"] for a in actors}) == len(actors)
    is_ids = [a["id"] for a in actors if a["name"] == "Islamic State (Iraq)"]
    assert len(is_ids) == 1   # two rows, one actor
    protest = events[2]
    roles = [a["role"] for a in protest["actors"]]
    assert roles.count("حليف الطرف الأول") == 2


def test_gdelt_with_and_without_header():
    plain = list(read_event_csv(FIXTURES / "gdelt_sample.tsv"))
    header = list(read_event_csv(FIXTURES / "gdelt_header.tsv"))
    assert plain == header
    _check_order_and_validity(plain)
    events = [r for r in plain if r["kind"] == "event"]
    assert [e["id"] for e in events] == ["event:gdelt-1187654321", "event:gdelt-1187654322", "event:gdelt-1187654323"]
    assert events[0]["date"] == "2025-05-16" and events[0]["title"].startswith("قتال")
    # SOURCEURL is a source record the event cites (issue 16), not a line of its notes.
    sources = {r["id"]: r for r in plain if r["kind"] == "source"}
    assert sources[events[0]["sources"][0]]["url"] == "https://example.org/news/1"
    places = {r["id"]: r for r in plain if r["kind"] == "place"}
    ramadi = places[events[0]["place"]]
    assert ramadi["name"] == "الرمادي" and ramadi["name_en"] == "Ramadi" and ramadi["lat"] == 33.4206


def test_mapped_csv():
    recs = list(read_event_csv(FIXTURES / "mapped_sample.csv",
                               mapping=parse_mapping("title=headline,date=day,place=town,country=country,"
                                                     "actors=who,lat=lat,lon=lon")))
    _check_order_and_validity(recs)
    events = [r for r in recs if r["kind"] == "event"]
    assert [e["date"] for e in events] == ["2025-03-02", "2025-03-04"]
    assert len(events[0]["actors"]) == 2


def test_unrecognised_csv_needs_a_mapping():
    with pytest.raises(EventDataError, match=r"mapped_sample.csv:1: not an export Marsad recognises by its columns \(ACLED, GDELT 2.0"):
        list(read_event_csv(FIXTURES / "mapped_sample.csv"))


def test_missing_mapped_column():
    with pytest.raises(EventDataError, match=r"mapped_sample.csv:1: column 'when'"):
        list(read_event_csv(FIXTURES / "mapped_sample.csv", mapping={"title": "headline", "date": "when"}))


def test_bad_mapping_spec():
    with pytest.raises(EventDataError, match="unknown field 'colour'"):
        parse_mapping("title=a,colour=b")
    with pytest.raises(EventDataError, match="is not FIELD=COLUMN"):
        parse_mapping("title")


def test_invalid_date_names_file_line_and_field(tmp_path):
    path = tmp_path / "acled.csv"
    lines = (FIXTURES / "acled_sample.csv").read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("2025-05-17", "32 Mayo 2025")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(EventDataError, match=r"acled.csv:4: event_date: '32 Mayo 2025'"):
        list(read_event_csv(path))


def test_missing_acled_column_is_not_acled(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("event_id_cnty,event_type,country\nX1,Battles,Iraq\n", encoding="utf-8")
    with pytest.raises(EventDataError, match=r"a.csv:1: not an export Marsad recognises"):
        list(read_event_csv(path))


def test_invalid_utf8(tmp_path):
    path = tmp_path / "a.csv"
    data = (FIXTURES / "acled_sample.csv").read_bytes().replace(b"Ramadi", b"Ram\xffdi", 1)
    path.write_bytes(data)
    with pytest.raises(EventDataError, match=r"a.csv:3: not valid UTF-8"):
        list(read_event_csv(path))


def test_progress_and_cancel(tmp_path):
    calls = []
    list(read_event_csv(FIXTURES / "acled_sample.csv", progress=lambda *a: calls.append(a), every=2))
    assert calls[-1][0] == 5 and calls[-1][1] == calls[-1][2] == (FIXTURES / "acled_sample.csv").stat().st_size
    with pytest.raises(Cancelled):
        list(read_event_csv(FIXTURES / "acled_sample.csv", cancelled=lambda: True, every=2))


@pytest.mark.parametrize("text, iso", [
    ("2024-09-27", "2024-09-27"), ("16 May 2025", "2025-05-16"), ("3 Sept 2024", "2024-09-03"),
    ("16-May-2025", "2025-05-16"), ("20250516", "2025-05-16"), ("May 16, 2025", "2025-05-16"),
    ("27/09/2024", "2024-09-27"), ("٢٠٢٤-٠٩-٢٧", "2024-09-27"),
])
def test_event_dates(text, iso):
    assert parse_event_date(text) == iso


@pytest.mark.parametrize("text", ["2024-02-30", "yesterday", "16 Foo 2025", ""])
def test_bad_event_dates(text):
    with pytest.raises(ValueError):
        parse_event_date(text)


def test_a_nul_in_a_cell_is_named_with_its_line(tmp_path):
    # Found by the ACLED property test: the NUL reached a record, which then failed validation.
    path = tmp_path / "nul.csv"
    path.write_text(",".join(["event_id_cnty", "event_date", "event_type", "country"]) + "\n"
                    + "IRQ1,2024-09-27,Battles,Iraq\n" + "\x00,00010101\n", encoding="utf-8")
    with pytest.raises(EventDataError, match=r"nul.csv:3: contains a NUL character"):
        list(read_event_csv(path))
