"""`marsad import` and the format registry: a mapped file's ids in the namespace of its dataset
(`--dataset`, else its file's name), `--map auto --dry-run` showing the format, the guessed mapping and
the counts without writing, archives and content detection from the command line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core.storage import Store
from tests.conftest import snapshot

PUBLISHERS = Path(__file__).parent.parent / "core" / "fixtures" / "publishers"
ARCHIVES = PUBLISHERS / "archives"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    assert CliRunner().invoke(cli, ["--db", str(path), "init"]).exit_code == 0
    return path


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def stored(db) -> list[dict]:
    with Store.open(db) as store:
        return snapshot(store)


def mapped_file(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text("id,headline,day,town\n1,اشتباك,2024-05-01,الموصل\n2,تظاهرة,2024-05-02,البصرة\n",
                    encoding="utf-8")
    return path


def test_two_datasets_with_the_same_ids_do_not_overwrite_each_other(db, tmp_path):
    first, second = mapped_file(tmp_path, "events-2024.csv"), mapped_file(tmp_path, "survey.csv")
    assert run(db, "import", str(first), "--map", "auto").exit_code == 0
    result = run(db, "import", str(second), "--map", "auto", "--dataset", "Field Survey", "--json")
    assert json.loads(result.output)["created"]["event"] == 2       # created, not updated
    ids = {r["id"] for r in stored(db)}
    assert {"event:events-2024-1", "event:events-2024-2",
            "event:field-survey-1", "event:field-survey-2"} <= ids
    # Places carry the dataset's namespace too; the second dataset finds the first's by name.
    assert any(i.startswith("place:events-2024-") for i in ids) and "event:csv-1" not in ids
    event = next(r for r in stored(db) if r["id"] == "event:field-survey-1")
    assert event["dataset_id"] == "1"


def test_a_reserved_dataset_name_is_refused(db, tmp_path):
    result = run(db, "import", str(mapped_file(tmp_path, "e.csv")), "--map", "auto", "--dataset", "acled")
    assert result.exit_code == 1
    assert "--dataset 'acled': acled, gdelt, ucdp name the built-in formats' records" in result.output


def test_map_auto_dry_run_shows_the_format_the_mapping_and_the_counts_and_writes_nothing(db, tmp_path):
    path = mapped_file(tmp_path, "events.csv")
    before = db.read_bytes()
    result = run(db, "import", str(path), "--map", "auto", "--dataset", "mine", "--dry-run")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"{path}: CSV through a column mapping, dataset mine (ids event:mine-…)"
    assert lines[1:5] == ["    title <- headline", "    date <- day", "    id <- id", "    place <- town"]
    assert "would import: created: 2 event, 2 place" in result.output
    assert db.read_bytes() == before


def test_a_recognised_formats_dry_run_names_it_and_its_fields(db):
    gdelt_zip = ARCHIVES / "20250115120000.export.CSV.zip"
    result = run(db, "import", str(gdelt_zip), "--map", "auto", "--dry-run")
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == f"{gdelt_zip}!20250115120000.export.CSV: GDELT 2.0 (ids event:gdelt-…)"
    assert "goldstein" in result.output.splitlines()[1]
    report = json.loads(run(db, "import", str(gdelt_zip), "--dry-run", "--json").output)
    assert report["inputs"][0]["format"] == "gdelt" and report["inputs"][0]["namespace"] == "gdelt"
    assert report["created"]["event"] == 3 and stored(db) == stored(db)
    mapped = json.loads(run(db, "import", str(PUBLISHERS.parent / "mapped_sample.csv"), "--map", "auto",
                            "--dry-run", "--json").output)
    assert mapped["inputs"][0]["mapping"]["title"] == "headline"


def test_a_table_saved_under_another_name_is_read_by_its_content(db, tmp_path):
    as_txt = tmp_path / "20250115.export.txt"
    as_txt.write_bytes((PUBLISHERS / "gdelt" / "20250115120000.export.CSV").read_bytes())
    jsonl_as_csv = tmp_path / "records.csv"
    jsonl_as_csv.write_text('{"kind": "actor", "id": "actor:x-y", "name": "س"}\n', encoding="utf-8")
    report = json.loads(run(db, "import", str(as_txt), str(jsonl_as_csv), "--json").output)
    assert report["created"]["event"] == 3 and report["created"]["actor"] >= 1


def test_skip_bad_rows_lists_a_members_bad_row_with_its_name(db):
    path = ARCHIVES / "acled_short_row.zip"
    result = run(db, "import", str(path), "--skip-bad-rows")
    assert result.exit_code == 0
    assert f"{path}!data/acled.csv:3: 30 cells where the header has 31" in result.output


def test_a_cp1256_file_from_the_command_line(db):
    path = PUBLISHERS / "encodings" / "acled_cp1256.csv"
    before = db.read_bytes()
    result = run(db, "import", str(path))
    assert result.exit_code == 1
    assert f"{path}:2: this file is in Windows-1256 (Arabic Windows), not UTF-8; save it as UTF-8" in result.output
    assert db.read_bytes() == before


def test_the_import_help_names_the_new_options():
    text = CliRunner().invoke(cli, ["import", "--help"]).output
    assert "--dataset NAME" in text and ".zip" in text and "--map auto --dataset mydata --dry-run" in text
