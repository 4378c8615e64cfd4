"""Archives as downloaded: a .zip of one or several supported files (folders inside, members named in
messages as acled.zip!2024/acled.csv:12) and a .gz of one, read without unpacking them to disk. A zip cut
short or damaged, or one holding nothing Marsad reads, is refused with its name and nothing is written."""
from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

import pytest

from desktop.core import bulkprep, eventdata, export, importing, inputs
from desktop.core.errors import BadRowsError, BatchError
from desktop.core.storage import Store
from tests.conftest import snapshot

PUBLISHERS = Path(__file__).parent / "fixtures" / "publishers"
ARCHIVES = PUBLISHERS / "archives"
GDELT_EXPORT = PUBLISHERS / "gdelt" / "20250115120000.export.CSV"
ACLED_PLAIN = PUBLISHERS / "encodings" / "acled_utf8_bom_crlf.csv"


def member_text(archive: Path, name: str) -> bytes:
    with zipfile.ZipFile(archive) as zf:
        return zf.read(name)


def test_gdelts_own_zip_and_a_days_gzip_read_as_the_plain_file():
    plain = list(eventdata.read_event_csv(GDELT_EXPORT))
    assert list(eventdata.read_event_csv(ARCHIVES / "20250115120000.export.CSV.zip")) == plain
    assert list(eventdata.read_event_csv(ARCHIVES / "20250115.export.CSV.gz")) == plain
    entry, = inputs.entries(ARCHIVES / "20250115.export.CSV.gz")
    assert (entry.inner, entry.archive, entry.name) == ("20250115.export.CSV", inputs.GZIP,
                                                        str(ARCHIVES / "20250115.export.CSV.gz"))
    assert entry.size == GDELT_EXPORT.stat().st_size     # uncompressed, from the gzip's trailer


def test_a_download_with_a_folder_a_readme_and_resource_forks_imports_its_table(store):
    found = inputs.listing(ARCHIVES / "acled.zip")
    assert [e.name for e in found.entries] == [f"{ARCHIVES / 'acled.zip'}!2024/acled.csv"]
    assert [(n.code, n.where.file) for n in found.notes] == [
        ("archive.text_left_out", f"{ARCHIVES / 'acled.zip'}!2024/README.txt")]
    report = importing.import_files(store, [ARCHIVES / "acled.zip"])
    assert report.created["event"] == 3
    assert [str(n) for n in report.skipped] == [f"{ARCHIVES / 'acled.zip'}!2024/README.txt: left out: a text "
                                                "beside data files (such as a read-me) is not imported as an article"]


def test_an_archive_imports_as_its_members_would(tmp_path, store):
    folder = tmp_path / "unpacked"
    folder.mkdir()
    (folder / "acled.csv").write_bytes(member_text(ARCHIVES / "acled.zip", "2024/acled.csv"))
    other = Store.create(tmp_path / "other.db")
    try:
        importing.import_files(other, [folder / "acled.csv"])
        importing.import_files(store, [ARCHIVES / "acled.zip"])
        assert snapshot(store) == snapshot(other)
    finally:
        other.close()


def test_several_tables_and_jsonl_members(store):
    report = importing.import_files(store, [ARCHIVES / "two_tables.zip", ARCHIVES / "records.zip"])
    assert report.created["event"] == 6 and report.created["actor"] >= 1
    assert store.get("actor:test-archive-actor")["name"] == "فاعل من أرشيف"
    ids = {r["id"] for r in snapshot(store)}
    assert any(i.startswith("event:acled-") for i in ids) and any(i.startswith("event:gdelt-") for i in ids)


def test_a_member_is_named_in_messages_with_its_line(store):
    before = snapshot(store)
    with pytest.raises(BadRowsError) as refused:
        importing.import_files(store, [ARCHIVES / "acled_short_row.zip"])
    assert refused.value.errors == [f"{ARCHIVES / 'acled_short_row.zip'}!data/acled.csv:3: 30 cells where the "
                                    "header has 31; the row is not read into the wrong columns (a cell that "
                                    "holds the delimiter must be in quotes)"]
    assert snapshot(store) == before
    report = importing.import_files(store, [ARCHIVES / "acled_short_row.zip"], skip_bad_rows=True)
    assert report.skipped_rows == 1 and report.created["event"] == 2


@pytest.mark.parametrize("name, archive", [("acled_truncated.zip", "zip"), ("acled_damaged.zip", "zip"),
                                           ("20250115.export.CSV.truncated.gz", "gzip")])
def test_a_damaged_or_cut_short_archive_is_refused_by_name_and_nothing_is_written(tmp_path, name, archive):
    db = tmp_path / "s.db"
    with Store.create(db) as store:
        importing.import_files(store, [GDELT_EXPORT])
    before = db.read_bytes()
    with Store.open(db) as store:
        records = snapshot(store)
        for skip in (False, True):     # a damaged archive is no bad row to skip
            with pytest.raises(BatchError) as refused:
                importing.import_files(store, [ARCHIVES / name, ACLED_PLAIN], skip_bad_rows=skip)
            assert not isinstance(refused.value, BadRowsError)
            problem, = refused.value.problems
            assert problem.code.startswith("archive.damaged") and problem.where.file.startswith(str(ARCHIVES / name))
            assert f"not a readable {archive} archive" in str(problem) or "damaged or cut short here" in str(problem)
        assert snapshot(store) == records
    assert db.read_bytes() == before


def test_damage_met_while_reading_rows_is_placed_at_its_line_and_refuses_the_file(tmp_path, store):
    # A member big enough that its damage is met after its first rows have been read.
    rows = ACLED_PLAIN.read_text(encoding="utf-8-sig").splitlines()
    big = "\n".join([rows[0]] + [rows[1].replace("IRQ90001", f"IRQ{n}") for n in range(3000)]) + "\n"
    path = tmp_path / "big.csv.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(big.encode("utf-8"))
    data = path.read_bytes()
    path.write_bytes(data[:len(data) * 3 // 4])
    before = snapshot(store)
    with pytest.raises(BatchError) as refused:
        importing.import_files(store, [path], skip_bad_rows=True)
    problem, = refused.value.problems
    assert problem.code == "archive.damaged_at" and problem.where.file == str(path) and problem.where.line > 100
    assert snapshot(store) == before


def test_an_archive_of_nothing_marsad_reads_names_what_it_holds(tmp_path, store):
    with pytest.raises(BatchError) as refused:
        importing.import_files(store, [ARCHIVES / "pictures.zip"])
    assert refused.value.errors == [f"{ARCHIVES / 'pictures.zip'}: holds no file Marsad imports (it holds: map.png, "
                                    "codebook.pdf); Marsad reads records, articles and event data, also inside "
                                    ".zip/.gz archives"]
    empty = tmp_path / "empty.zip"
    zipfile.ZipFile(empty, "w").close()
    assert inputs.listing(empty).problem.code == "archive.empty"
    encrypted = tmp_path / "locked.zip"
    with zipfile.ZipFile(encrypted, "w") as zf:
        zf.writestr("a.csv", "x")
    data = bytearray(encrypted.read_bytes())
    data[6] |= 1                                    # the local header's "encrypted" flag
    data[data.index(b"PK\x01\x02") + 8] |= 1        # and the central directory's
    encrypted.write_bytes(bytes(data))
    assert inputs.listing(encrypted).problem.code == "archive.encrypted"


def test_a_zip_of_articles_imports_its_articles(store):
    found = inputs.listing(ARCHIVES / "articles.zip")
    assert [(e.kind, e.inner) for e in found.entries] == [(inputs.ARTICLE, "news/hit.txt")] and found.notes == []
    report = importing.import_files(store, [ARCHIVES / "articles.zip"])
    assert report.created["source"] == 1
    source = next(r for r in snapshot(store) if r["kind"] == "source")
    assert source["title"] == "هجوم قرب الرطبة" and "نقطة تفتيش" in source["body"]


@pytest.mark.parametrize("name", ["20250115120000.export.CSV.zip", "acled.zip", "acled_short_row.zip"])
def test_worker_processes_read_archive_members_as_the_load_does(tmp_path, monkeypatch, name):
    outcomes = []
    for parallel in (False, True):
        monkeypatch.setattr(bulkprep, "MINIMUM_BYTES", 0 if parallel else 1 << 60)
        monkeypatch.setattr(bulkprep, "BLOCK", 2)
        with Store.create(tmp_path / f"{parallel}.db") as store:
            try:
                report = importing.import_files(store, [ARCHIVES / name], skip_bad_rows=True)
                outcome = (report.to_json(), report.skipped_rows)
            except BatchError as exc:
                outcome = (type(exc).__name__, exc.errors)
            out = tmp_path / f"{parallel}.jsonl"
            export.export_jsonl(store, out)
        outcomes.append((outcome, out.read_text(encoding="utf-8")))
    assert outcomes[0] == outcomes[1]


def test_an_archives_content_size_counts_for_a_bulk_load():
    assert importing.input_size([ARCHIVES / "20250115.export.CSV.gz"]) == GDELT_EXPORT.stat().st_size
    zipped = importing.input_size([ARCHIVES / "two_tables.zip"])
    assert zipped > (ARCHIVES / "two_tables.zip").stat().st_size
