"""Event data with bad rows: refused whole by default, or the valid rows imported and every bad one
listed with its file:line and why (`marsad import --skip-bad-rows`); and `--map auto`."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core import bulkprep, export, importing
from desktop.core.errors import BadRowsError, BatchError
from desktop.core.storage import Store
from tests.conftest import snapshot

MAP = "title=headline,date=day,place=town,actor1=who"
GOOD_AND_BAD = """headline,day,town,who
ضربة قرب القاعدة,2024-09-27,الرمادي,كتيبة الفجر
صف بتاريخ خاطئ,2024-13-45,هيت,سرية الشمال
حدث ثان,2024-10-01,بغداد,كتيبة الفجر
,2024-10-03,البصرة,كتيبة الفجر
حدث في هيت,2024-10-05,هيت,سرية الشمال
"""


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    assert CliRunner().invoke(cli, ["--db", str(path), "init"]).exit_code == 0
    return path


@pytest.fixture
def events_csv(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    return path


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def stored(db) -> list[dict]:
    with Store.open(db) as store:
        return snapshot(store)


def titles(db) -> set[str]:
    return {r["title"] for r in stored(db) if r["kind"] == "event"}


def test_by_default_a_bad_row_refuses_the_file_and_every_bad_row_is_listed(db, events_csv):
    before = stored(db)
    result = run(db, "import", str(events_csv), "--map", MAP)
    assert result.exit_code == 1
    assert f"{events_csv}:3: day: '2024-13-45' is not a calendar date" in result.output
    assert f"{events_csv}:5: headline: is empty; every event needs a title" in result.output
    assert "nothing was imported" in result.output and "--skip-bad-rows" in result.output
    assert stored(db) == before


def test_skip_bad_rows_imports_the_valid_rows_and_lists_the_others(db, events_csv):
    result = run(db, "import", str(events_csv), "--map", MAP, "--skip-bad-rows")
    assert result.exit_code == 0, result.output
    assert "skipped 2 rows with problems; the valid rows were imported:" in result.output
    assert f"{events_csv}:3: day: '2024-13-45' is not a calendar date" in result.output
    assert f"{events_csv}:5: headline: is empty" in result.output
    assert "imported: created: 2 actor, 3 event, 3 place" in result.output
    assert titles(db) == {"ضربة قرب القاعدة", "حدث ثان", "حدث في هيت"}


def test_a_skipped_rows_places_and_actors_come_with_a_later_row_that_has_them(db, events_csv):
    run(db, "import", str(events_csv), "--map", MAP, "--skip-bad-rows")
    records = stored(db)
    names = {r["name"]: r["id"] for r in records if r["kind"] in ("place", "actor")}
    later = next(r for r in records if r.get("title") == "حدث في هيت")
    assert later["place"] == names["هيت"]
    assert later["actors"] == [{"actor": names["سرية الشمال"]}]


def test_skip_bad_rows_in_json_lists_every_skipped_row_with_its_line(db, events_csv):
    result = run(db, "import", str(events_csv), "--map", MAP, "--skip-bad-rows", "--json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["created"] == {"actor": 2, "event": 3, "place": 3} and report["errors"] == []
    skipped = report["skipped"]
    assert [(s["where"]["file"], s["where"]["line"], s["code"]) for s in skipped] == [
        (str(events_csv), 3, "cell.not_calendar"), (str(events_csv), 5, "cell.empty_title")]
    assert skipped[0]["field"] == "day" and skipped[0]["message"].startswith(f"{events_csv}:3: day: ")


def test_json_has_an_empty_skipped_list_when_skipping_found_nothing(db, tmp_path):
    path = tmp_path / "fine.csv"
    path.write_text("headline,day\nحدث,2024-01-01\n", encoding="utf-8")
    report = json.loads(run(db, "import", str(path), "--map", "title=headline,date=day", "--skip-bad-rows",
                            "--json").output)
    assert report["skipped"] == [] and report["created"] == {"event": 1}


def test_a_dry_run_with_skipping_says_what_would_happen_and_writes_nothing(db, events_csv):
    before = stored(db)
    result = run(db, "import", str(events_csv), "--map", MAP, "--skip-bad-rows", "--dry-run")
    assert result.exit_code == 0
    assert "the valid rows would be imported" in result.output and "would import: created:" in result.output
    assert stored(db) == before


def test_lines_that_are_no_rows_are_skipped_too(db, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes("headline,day\nأول,2024-01-01\n".encode() + b"\xff\xfe bad,2024-01-02\n"
                     + "ثان,2024-01-03\n".encode() + b"nul\x00,2024-01-04\n" + "ثالث,2024-01-05\n".encode())
    result = run(db, "import", str(path), "--map", "title=headline,date=day", "--skip-bad-rows", "--json")
    report = json.loads(result.output)
    assert [(s["where"]["line"], s["code"]) for s in report["skipped"]] == [(3, "csv.bad_utf8"), (5, "csv.nul")]
    assert titles(db) == {"أول", "ثان", "ثالث"}


def test_a_row_repeating_an_earlier_event_is_skipped_naming_the_first(db, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("id,headline,day\nE1,أول,2024-01-01\nE2,ثان,2024-01-02\nE1,مكرر,2024-01-03\n",
                    encoding="utf-8")
    mapping = "id=id,title=headline,date=day"
    refused = run(db, "import", str(path), "--map", mapping)
    assert refused.exit_code == 1 and f"{path}:4: id: duplicate id 'event:dup-e1' (first at {path}:2)" in \
        refused.output
    result = run(db, "import", str(path), "--map", mapping, "--skip-bad-rows")
    assert result.exit_code == 0 and f"{path}:4: id: duplicate id" in result.output
    assert titles(db) == {"أول", "ثان"}


def test_a_bad_jsonl_line_still_refuses_everything(db, tmp_path, events_csv):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "actor"}\n', encoding="utf-8")
    before = stored(db)
    result = run(db, "import", str(events_csv), str(bad), "--map", MAP, "--skip-bad-rows")
    assert result.exit_code == 1 and f"{bad}:1: name:" in result.output
    assert "--skip-bad-rows imports" not in result.output   # not a row problem: skipping would not help
    assert stored(db) == before


def test_a_bad_header_is_no_row_to_skip(db, tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("headline,day\nحدث,2024-01-01\n", encoding="utf-8")
    result = run(db, "import", str(path), "--map", "title=nothing", "--skip-bad-rows")
    assert result.exit_code == 1 and "column 'nothing'" in result.output


def test_an_acled_file_with_bad_rows(db):
    fixture = Path(__file__).parent.parent / "core" / "fixtures" / "acled_sample.csv"
    lines = fixture.read_text(encoding="utf-8").splitlines()
    broken = lines[:2] + [lines[2].replace(lines[2].split(",")[1], "32 Mayo 2025", 1)] + lines[3:]
    path = Path(str(db) + ".acled.csv")
    path.write_text("\n".join(broken) + "\n", encoding="utf-8")
    result = run(db, "import", str(path), "--skip-bad-rows", "--json")
    report = json.loads(result.output)
    assert [(s["where"]["line"], s["field"]) for s in report["skipped"]] == [(3, "event_date")]
    assert report["created"]["event"] == len(lines) - 2


# --- the same with worker processes (big inputs) ----------------------------------------------------


def _import(tmp_path, name, path, monkeypatch, parallel, **options):
    monkeypatch.setattr(bulkprep, "MINIMUM_BYTES", 0 if parallel else 1 << 60)
    monkeypatch.setattr(bulkprep, "BLOCK", 2)
    store = Store.create(tmp_path / f"{name}-{parallel}.db")
    try:
        try:
            report = importing.import_files(store, [path], **options)
            outcome = (report.to_json(), report.skipped_rows)
        except BatchError as exc:
            outcome = (type(exc).__name__, exc.errors)
        out = tmp_path / f"{name}-{parallel}.jsonl"
        export.export_jsonl(store, out)
        return outcome, out.read_text(encoding="utf-8")
    finally:
        store.close()


@pytest.mark.parametrize("skip", [False, True])
def test_workers_skip_and_refuse_the_same_rows(tmp_path, monkeypatch, events_csv, skip):
    options = {"mapping": MAP, "skip_bad_rows": skip}
    here = _import(tmp_path, "rows", events_csv, monkeypatch, parallel=False, **options)
    there = _import(tmp_path, "rows", events_csv, monkeypatch, parallel=True, **options)
    assert there == here
    if skip:
        assert here[0][1] == 2 and '"title": "حدث في هيت"' in here[1]
    else:
        assert here[0][0] == "BadRowsError" and len(here[0][1]) == 2


def test_only_bad_rows_make_a_bad_rows_error(store, events_csv, tmp_path):
    with pytest.raises(BadRowsError):
        importing.import_files(store, [events_csv], mapping=MAP)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    with pytest.raises(BatchError) as caught:
        importing.import_files(store, [events_csv, bad], mapping=MAP)
    assert not isinstance(caught.value, BadRowsError)


# --- --map auto ------------------------------------------------------------------------------------


def test_map_auto_guesses_the_columns_from_their_names(db, tmp_path):
    path = tmp_path / "ar.csv"
    path.write_text("العنوان,التاريخ,المكان\nاشتباك,2024-05-01,الموصل\n", encoding="utf-8")
    report = json.loads(run(db, "import", str(path), "--map", "auto", "--json").output)
    assert report["created"] == {"event": 1, "place": 1}
    event = next(r for r in stored(db) if r["kind"] == "event")
    assert event["title"] == "اشتباك" and event["date"] == "2024-05-01"


def test_map_auto_reads_acled_by_its_columns(db):
    fixture = Path(__file__).parent.parent / "core" / "fixtures" / "acled_sample.csv"
    report = json.loads(run(db, "import", str(fixture), "--map", "auto", "--json").output)
    assert report["created"]["event"] > 0
    assert all(r["id"].startswith(("event:acled-", "place:", "actor:", "source:acled-")) for r in stored(db))


def test_map_auto_without_a_title_column_says_so(db, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("colour,size\nred,3\n", encoding="utf-8")
    result = run(db, "import", str(path), "--map", "auto")
    assert result.exit_code == 1
    assert f"{path}:1: --map auto: no column looks like a title; columns: colour, size" in result.output


def test_every_field_a_mapping_takes_can_be_guessed():
    from desktop.core import column_guess, eventdata
    assert column_guess.FIELDS == eventdata.MAPPING_FIELDS


def test_the_import_help_shows_the_contract_options():
    text = CliRunner().invoke(cli, ["import", "--help"]).output
    assert "--skip-bad-rows" in text and "--map auto|SPEC" in text and "--dry-run" in text
    assert "--skip-bad-rows" in text.split("Example:")[1]


def test_a_bad_fatalities_cell_is_a_bad_row_skipped_and_listed(db, tmp_path):
    path = tmp_path / "arabic.csv"
    path.write_text("التاريخ,العنوان,المكان,القتلى,الفاعل\n2024-01-20,هجوم صاروخي,الأنبار,٣,فصائل مسلحة\n"
                    "2024-02-04,ضربة جوية,القائم,abc,الولايات المتحدة\n2024-02-05,قصف,هيت,1٬200,فصائل مسلحة\n",
                    encoding="utf-8")
    refused = run(db, "import", str(path), "--map", "auto")
    assert refused.exit_code == 1 and f"{path}:3: القتلى: 'abc' is not a whole number of 0 or more" in \
        refused.output
    result = run(db, "import", str(path), "--map", "auto", "--skip-bad-rows")
    assert result.exit_code == 0, result.output
    assert "skipped 1 row" in result.output and f"{path}:3: القتلى: 'abc'" in result.output
    events = {r["title"]: r for r in stored(db) if r["kind"] == "event"}
    assert set(events) == {"هجوم صاروخي", "قصف"}
    assert (events["هجوم صاروخي"]["fatalities"], events["قصف"]["fatalities"]) == (3, 1200)
    assert all(r["actors"] for r in events.values())
