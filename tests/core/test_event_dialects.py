"""Event-data dialects, exactly: GDELT's raw tab files with no header and no quoting, the same data as a
BigQuery CSV with a header and normal quoting, codebook header names, and every row of every format as
wide as its header (or layout): a row with more or fewer cells is refused with its line and both widths,
never shifted into the wrong columns."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.core import eventdata
from desktop.core.eventdata import EventDataError
from desktop.core.formats.gdelt import GDELT_COLUMNS

PUBLISHERS = Path(__file__).parent / "fixtures" / "publishers"
GDELT_EXPORT = PUBLISHERS / "gdelt" / "20250115120000.export.CSV"
ACLED = PUBLISHERS / "encodings" / "acled_utf8_bom_crlf.csv"
UCDP = PUBLISHERS / "ucdp" / "GEDEvent_v24_1.csv"


def raw_rows() -> list[list[str]]:
    return [line.split("\t") for line in GDELT_EXPORT.read_text(encoding="utf-8").splitlines()]


def write_csv(path: Path, header, rows, delimiter: str = ",", newline: str = "\n") -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    if header:
        writer.writerow(header)
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def rows_of(path, **options) -> list:
    _, rows = eventdata.event_rows(path, **options)
    return list(rows)


# --- GDELT: raw, BigQuery, codebook --------------------------------------------------------------------


def test_a_bigquery_csv_with_quoted_commas_reads_as_the_raw_tab_file(tmp_path):
    raw = list(eventdata.read_event_csv(GDELT_EXPORT))
    assert any("," in cell for row in raw_rows() for cell in row)       # «Ramadi, Al Anbar, Iraq»
    bigquery = write_csv(tmp_path / "bq-results-20250115.csv", GDELT_COLUMNS, raw_rows())
    table = eventdata.inspect(bigquery).table
    assert (table.name, table.delimiter, table.quoting) == ("gdelt", ",", csv.QUOTE_MINIMAL)
    assert eventdata.inspect(GDELT_EXPORT).table.quoting == csv.QUOTE_NONE
    assert list(eventdata.read_event_csv(bigquery)) == raw
    places = {r["name_en"] for r in raw if r["kind"] == "place" and "name_en" in r}
    assert "1" not in places      # what a shifted row made of a place


def test_codebook_header_names_are_read_as_the_columns_they_name(tmp_path):
    codebook = ["GlobalEventID", "Day", *[c.lower() for c in GDELT_COLUMNS[2:]]]
    path = write_csv(tmp_path / "events.csv", codebook, raw_rows())
    assert list(eventdata.read_event_csv(path)) == list(eventdata.read_event_csv(GDELT_EXPORT))


def test_raw_gdelt_keeps_quotes_as_they_are(tmp_path):
    rows = raw_rows()
    rows[0][6] = 'AL "BIG" MARKET'
    path = tmp_path / "x.export.CSV"
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    assert rows_of(path)[0][1][6] == 'AL "BIG" MARKET'


# --- every row as wide as its header --------------------------------------------------------------------


def acled_lines() -> list[str]:
    return ACLED.read_text(encoding="utf-8-sig").splitlines()


def wide_row(tmp_path) -> tuple[Path, int, int, str]:
    lines = acled_lines()
    lines[2] = lines[2].replace("Middle East", "Middle, East", 1)       # an unquoted comma: 32 cells
    path = tmp_path / "acled.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, 3, 32, "31"


def short_raw_gdelt(tmp_path) -> tuple[Path, int, int, str]:
    rows = raw_rows()
    rows[1] = rows[1][:-1]
    path = tmp_path / "20250115.export.CSV"
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path, 2, 60, "GDELT 2.0 rows have 61"


def shifted_bigquery(tmp_path) -> tuple[Path, int, int, str]:
    path = write_csv(tmp_path / "bq.csv", GDELT_COLUMNS, raw_rows())
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace('"Ramadi, Al Anbar, Iraq"', "Ramadi, Al Anbar, Iraq", 1)   # quotes lost
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, 2, 63, "61"


def short_ucdp(tmp_path) -> tuple[Path, int, int, str]:
    lines = UCDP.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].rsplit(",", 1)[0]
    path = tmp_path / "GEDEvent.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, 2, 48, "49"


def long_mapped(tmp_path) -> tuple[Path, int, int, str]:
    path = tmp_path / "events.csv"
    path.write_text("headline,day\nأول,2024-01-01\nثان,2024-01-02,زائد\n", encoding="utf-8")
    return path, 3, 3, "2"


@pytest.mark.parametrize("make", [wide_row, short_raw_gdelt, shifted_bigquery, short_ucdp, long_mapped])
def test_a_row_of_the_wrong_width_is_refused_with_its_line_and_both_widths(tmp_path, make):
    path, line, width, expected = make(tmp_path)
    options = {"mapping": {"title": "headline", "date": "day"}} if path.name == "events.csv" else {}
    with pytest.raises(EventDataError) as refused:
        list(eventdata.read_event_csv(path, **options))
    assert refused.value.where.file == str(path) and refused.value.where.line == line
    assert refused.value.code in ("csv.width", "csv.width_layout")
    assert str(refused.value).startswith(f"{path}:{line}: {width} cells") and expected in str(refused.value)
    # Read tolerantly, it comes in the row's place, and the other rows are read.
    rows = rows_of(path, tolerant=True, **options)
    assert [n for n, row in rows if isinstance(row, EventDataError)] == [line]
    assert all(len(row) != width for _, row in rows if not isinstance(row, EventDataError))


def test_a_row_spanning_lines_is_placed_at_its_first_line(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text('headline,notes\n"أول","سطر\nوسطر"\nثان\n', encoding="utf-8")
    rows = rows_of(path, mapping={"title": "headline"}, tolerant=True)
    assert rows[0] == (2, ["أول", "سطر\nوسطر"])
    assert rows[1][0] == 4 and isinstance(rows[1][1], EventDataError)


# --- any cell reads back as written ------------------------------------------------------------------------

cell = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(cell, cell, cell), min_size=1, max_size=6), st.sampled_from([",", ";", "\t"]))
def test_any_cell_written_by_the_csv_module_reads_back_exactly(tmp_path_factory, rows, delimiter):
    # As the csv module writes by default (CRLF): with LF only it leaves a lone CR unquoted, which no reader
    # can tell from a line end.
    path = write_csv(tmp_path_factory.mktemp("d") / "t.csv", ["title", "notes", "place"], rows, delimiter, "\r\n")
    read = rows_of(path, mapping={"title": "title"})
    assert [tuple(row) for _, row in read] == rows
    assert eventdata.inspect(path, mapping={"title": "title"}).table.delimiter == delimiter


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text("abc ,\"\n;", max_size=10), min_size=31, max_size=31))
def test_acled_cells_with_commas_quotes_and_newlines_read_back(tmp_path_factory, cells):
    header = acled_lines()[0].split(",")
    path = write_csv(tmp_path_factory.mktemp("a") / "acled.csv", header, [cells])
    assert [row for _, row in rows_of(path)] == [cells]
