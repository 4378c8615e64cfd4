"""A mapped table's fatalities (eventdata.MAPPING_FIELDS): counts as people type them, bad ones refused at
their line and column; and Arabic column names guessed (column_guess)."""
import pytest
from hypothesis import given, strategies as st

from desktop.core import arabic
from desktop.core.column_guess import guess_mapping
from desktop.core.errors import EventDataError
from desktop.core.eventdata import MAPPING_FIELDS, read_event_csv
from desktop.core.formats.cells import CellError, typed_count

HEADER = "التاريخ,العنوان,المكان,القتلى,الفاعل"


@given(st.integers(min_value=0, max_value=10**12))
def test_a_count_reads_in_western_and_arabic_indic_digits_grouped_or_not(n):
    for text in (str(n), f"{n:,}", arabic.to_arabic_indic_digits(str(n)),
                 arabic.to_arabic_indic_digits(f"{n:,}").replace(",", "\u066c"), f" {n} "):
        assert typed_count(text) == n


@given(st.text(min_size=1).filter(lambda t: t.strip() and not arabic.to_western_digits(t.strip()).isdigit()))
def test_anything_else_is_no_count(text):
    western = arabic.to_western_digits(text.strip())
    if western.replace(",", "").replace("\u066c", "").isdigit() and western.replace(",", "").isascii():
        return      # a grouped number is a count: the test above
    with pytest.raises(CellError) as caught:
        typed_count(text)
    assert caught.value.code == "cell.not_count"


@pytest.mark.parametrize("text", ["abc", "-3", "2.5", "1,20", "12 قتيلا", "٣.٠", "²"])
def test_what_is_no_whole_number_of_zero_or_more(text):
    with pytest.raises(CellError):
        typed_count(text)


def test_empty_is_no_value():
    assert typed_count("  ") is None


def test_fatalities_is_a_mapping_field_and_arabic_headers_are_guessed():
    assert "fatalities" in MAPPING_FIELDS
    assert guess_mapping(HEADER.split(",")) == {"date": "التاريخ", "title": "العنوان", "place": "المكان",
                                                 "fatalities": "القتلى", "actor1": "الفاعل"}
    assert guess_mapping(["عدد القتلى", "الجهة الفاعلة", "العنوان", "الوصف", "الحالة", "الموقع"]) == {
        "fatalities": "عدد القتلى", "actor1": "الجهة الفاعلة", "title": "العنوان", "summary": "الوصف",
        "status": "الحالة", "place": "الموقع"}
    assert guess_mapping(["الضحايا", "headline"])["fatalities"] == "الضحايا"


def test_a_mapped_rows_fatalities_go_to_the_event_and_a_bad_one_names_line_and_column(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text(f"{HEADER}\n2024-01-20,هجوم,الأنبار,٣,فصائل\n2024-02-04,ضربة,القائم,abc,فصائل\n",
                    encoding="utf-8")
    events = []
    with pytest.raises(EventDataError) as caught:
        for rec in read_event_csv(path, mapping=guess_mapping(HEADER.split(","))):
            if rec["kind"] == "event":
                events.append(rec)
    assert [e["fatalities"] for e in events] == [3]
    error = caught.value
    assert error.code == "cell.not_count" and error.where.line == 3 and error.field == "القتلى"
