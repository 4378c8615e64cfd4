"""One format registry in core: which formats there are, how a table's format is told by its columns,
and what an input file is (records, an article, event data, an archive) by its content as much as its
name, asked of one place by the command line and the GUI alike."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.core import eventdata, importers, inputs
from desktop.core.errors import InputError
from desktop.core.formats import registry
from desktop.core.formats.gdelt import GDELT_COLUMNS

FIXTURES = Path(__file__).parent / "fixtures"
PUBLISHERS = FIXTURES / "publishers"
GDELT_EXPORT = PUBLISHERS / "gdelt" / "20250115120000.export.CSV"
ACLED_HEADER = (PUBLISHERS / "acled" / "acled_current.csv").read_text(encoding="utf-8-sig").splitlines()[0]


# --- the registry ---------------------------------------------------------------------------------


def test_every_format_is_registered_once_with_its_namespace_and_fields():
    names = [fmt.name for fmt in registry.FORMATS]
    assert names == ["acled", "gdelt", "gdelt_mentions", "ucdp", "mapped"]     # mapped last: it needs a mapping
    assert registry.MAPPED.name == "mapped" and registry.recognised()[-1].name == "ucdp"
    for fmt in registry.recognised():
        assert registry.get(fmt.name) is fmt and registry.MAPPERS[fmt.name] is fmt.mapper
        assert fmt.namespace and fmt.required
    assert {fmt.namespace for fmt in registry.recognised()} == {"acled", "gdelt", "ucdp"}
    assert "fatalities" in registry.get("acled").fields and "goldstein" in registry.get("gdelt").fields


def test_header_names_are_matched_without_case_and_through_aliases():
    gdelt = registry.get("gdelt")
    codebook = ["GlobalEventID", "Day", *GDELT_COLUMNS[2:]]
    assert registry.detect_header(codebook) is gdelt
    columns = registry.column_index(gdelt, codebook)
    assert columns["GLOBALEVENTID"] == 0 and columns["SQLDATE"] == 1 and columns["ActionGeo_Lat"] == 56
    acled = registry.get("acled")
    shouting = [c.upper() for c in ACLED_HEADER.split(",")]
    assert registry.detect_header(shouting) is acled
    assert registry.column_index(acled, shouting)["event_id_cnty"] == 0
    assert registry.missing(acled, registry.column_index(acled, ["event_id_cnty", "country"])) == [
        "event_date", "event_type"]


def test_a_header_is_not_taken_for_a_headerless_row_nor_a_row_for_a_header():
    row = GDELT_EXPORT.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert registry.detect_headerless(row).name == "gdelt" and registry.detect_header(row) is None
    assert registry.detect_headerless(list(GDELT_COLUMNS)) is None
    assert registry.detect_header(list(GDELT_COLUMNS)).name == "gdelt"


def test_a_mapped_datasets_namespace_is_its_name_and_never_a_formats():
    assert registry.dataset_namespace("My Data 2024") == "my-data-2024"
    assert registry.default_dataset("events-2024") == "events-2024"
    assert registry.default_dataset("acled") == "acled-data"        # a mapped file named acled.csv
    with pytest.raises(InputError, match="--dataset 'GDELT'") as refused:
        registry.dataset_namespace("GDELT")
    assert refused.value.code == "map.reserved_dataset"
    with pytest.raises(InputError) as empty:
        registry.dataset_namespace("  ")
    assert empty.value.code == "map.bad_dataset"


# --- what an input file is --------------------------------------------------------------------------


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


@pytest.mark.parametrize("name, text, kind", [
    ("records.jsonl", '{"kind": "actor", "name": "x"}\n', inputs.RECORDS),
    ("records.csv", '{"kind": "actor", "name": "x"}\n{"kind": "place", "name": "y"}\n', inputs.RECORDS),
    ("events.csv", "headline,day\nحدث,2024-01-01\n", inputs.EVENT_DATA),
    ("events.tsv", "headline\tday\nحدث\t2024-01-01\n", inputs.EVENT_DATA),
    ("report.txt", "عنوان الخبر\n\nنص الخبر.\n", inputs.ARTICLE),
    ("report.md", "# عنوان\n\nنص.\n", inputs.ARTICLE),
    ("page.html", "<html><body><p>نص</p></body></html>", inputs.ARTICLE),
    ("article.json", '{"title": "t", "body": "نص"}', inputs.ARTICLE),
    ("article.json", '{"kind": "article", "body": "نص"}', inputs.ARTICLE),
    ("records.json", '{"kind": "actor", "name": "x"}\n', inputs.RECORDS),
    ("notes.txt", "a\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\n1\t2\n", inputs.ARTICLE),   # tabs, no known layout
    ("export", GDELT_EXPORT.read_text(encoding="utf-8"), inputs.EVENT_DATA),      # no extension: by content
    ("dump.dat", '{"kind": "actor", "name": "x"}\n', inputs.RECORDS),
    ("acled.data", ACLED_HEADER + "\n", inputs.EVENT_DATA),
    ("picture.png", "\x89PNG", None),
])
def test_what_a_file_is_by_its_name_and_content(tmp_path, name, text, kind):
    assert inputs.kind_of(write(tmp_path, name, text)) == kind


def test_a_gdelt_export_saved_as_txt_is_event_data_and_a_txt_article_stays_an_article(tmp_path):
    gdelt = write(tmp_path, "20250115.export.txt", GDELT_EXPORT.read_bytes())
    assert inputs.kind_of(gdelt) == inputs.EVENT_DATA and not inputs.needs_article_sheet(gdelt)
    assert [r["id"] for r in eventdata.read_event_csv(gdelt) if r["kind"] == "event"][0].startswith("event:gdelt-")
    article = write(tmp_path, "report.txt", "هجوم\n\nقال مسؤول إن مسلحين هاجموا نقطة تفتيش.\n")
    assert inputs.needs_article_sheet(article)
    # A .json article is complete: it gets no sheet.
    assert not inputs.needs_article_sheet(write(tmp_path, "a.json", '{"title": "t", "body": "b"}'))


def test_an_archive_is_told_by_its_first_bytes_whatever_its_name(tmp_path):
    data = (PUBLISHERS / "archives" / "20250115120000.export.CSV.zip").read_bytes()
    assert inputs.kind_of(write(tmp_path, "download.csv", data)) == inputs.ZIP
    assert [e.kind for e in inputs.entries(tmp_path / "download.csv")] == [inputs.EVENT_DATA]


def test_a_missing_file_a_folder_and_an_unknown_format_are_refused_by_name(tmp_path):
    for path, code in ((tmp_path / "none.csv", "input.no_file"), (tmp_path, "input.is_folder"),
                       (write(tmp_path, "x.png", b"\x89PNG\r\n"), "input.unknown_format")):
        found = inputs.listing(path)
        assert found.problem.code == code and found.problem.where.file == str(path)
    assert "and .zip/.gz archives" in str(inputs.listing(tmp_path / "x.png").problem)


def test_one_list_of_suffixes_serves_every_caller():
    from desktop.ui import importing
    assert importers.TABLE_SUFFIXES is inputs.TABLE_SUFFIXES
    assert importers.ARTICLE_SUFFIXES is inputs.ARTICLE_SUFFIXES
    assert importing.ARTICLE_SUFFIXES is inputs.ARTICLE_SHEET_SUFFIXES
    patterns = inputs.dialog_patterns().split()
    assert {"*.md", "*.zip", "*.gz", "*.csv", "*.tsv", "*.jsonl", "*.json", "*.txt"} <= set(patterns)


def test_the_gui_asks_core_which_files_need_a_mapping(tmp_path):
    from desktop.ui.importing import mapping
    assert mapping.needs_mapping(FIXTURES / "mapped_sample.csv")
    assert not mapping.needs_mapping(GDELT_EXPORT)
    assert not mapping.needs_mapping(write(tmp_path, "a.md", "# t\n\nنص\n"))
    assert not mapping.needs_mapping(write(tmp_path, "r.csv", '{"kind": "actor", "name": "x"}\n'))


# --- properties -----------------------------------------------------------------------------------

article_lines = st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=80), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article_lines)
def test_a_txt_is_an_article_unless_its_first_line_is_a_known_tab_layout(tmp_path_factory, lines):
    path = write(tmp_path_factory.mktemp("t"), "x.txt", "\n".join(lines))
    first = next((ln for ln in "\n".join(lines).split("\n") if ln.strip()), "")
    expected = inputs.EVENT_DATA if inputs.is_raw_table(first.rstrip("\r")) else inputs.ARTICLE
    assert inputs.kind_of(path) == expected
    if first.count("\t") < registry.RAW_TABS:
        assert expected == inputs.ARTICLE


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.dictionaries(st.sampled_from(["kind", "name", "title", "x"]), st.text(max_size=10),
                                min_size=1), min_size=1, max_size=4))
def test_jsonl_under_a_table_name_is_records(tmp_path_factory, records):
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    assert inputs.kind_of(write(tmp_path_factory.mktemp("j"), "x.csv", text)) == inputs.RECORDS


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12),
                min_size=2, max_size=8))
def test_a_csv_header_is_event_data(tmp_path_factory, header):
    out = io.StringIO()
    csv.writer(out).writerow(header)
    text = out.getvalue()
    if text.lstrip().startswith("{"):
        return      # a header that is a JSON object is records, which no header ever is
    assert inputs.kind_of(write(tmp_path_factory.mktemp("c"), "x.csv", text)) == inputs.EVENT_DATA


def test_a_format_recognised_to_be_refused_is_refused_whole_before_any_row(tmp_path, monkeypatch):
    import dataclasses

    from desktop.core.formats import gdelt_mentions
    refusing = dataclasses.replace(gdelt_mentions.FORMAT, refusal=gdelt_mentions.refusal)
    monkeypatch.setattr(registry, "FORMATS", tuple(refusing if f.name == refusing.name else f
                                                   for f in registry.FORMATS))
    monkeypatch.setattr(registry, "BY_NAME", {**registry.BY_NAME, refusing.name: refusing})
    path = PUBLISHERS / "gdelt" / "20250115120000.mentions.CSV"
    for tolerant in (False, True):      # skipping bad rows cannot make it an import of nothing
        with pytest.raises(eventdata.EventDataError) as refused:
            eventdata.event_rows(path, tolerant=tolerant)
        assert refused.value.code == "gdelt.mentions_file" and refused.value.where == eventdata.Where(str(path), 1)
