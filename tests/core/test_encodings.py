"""Encodings: UTF-8 with or without a byte-order mark and CRLF line ends read as UTF-8 does; Excel's
"Unicode text" (UTF-16 with its mark) reads too; a Windows-1256 (Arabic Windows) or Latin-1 file is
refused with a message that names its encoding and the line, and nothing is written."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from desktop.core import eventdata, importing, text_encoding
from desktop.core.articles import ArticleError, read_article
from desktop.core.errors import BadRowsError, BatchError
from desktop.core.storage import Store
from tests.conftest import snapshot

ENCODINGS = Path(__file__).parent / "fixtures" / "publishers" / "encodings"
UTF8 = ENCODINGS / "acled_utf8_bom_crlf.csv"


def test_a_byte_order_mark_and_crlf_read_as_plain_utf8(tmp_path):
    plain = tmp_path / "acled.csv"
    plain.write_bytes(UTF8.read_bytes()[3:].replace(b"\r\n", b"\n"))
    records = list(eventdata.read_event_csv(UTF8))
    assert [r["place"] for r in records if r["kind"] == "event"]
    assert records == list(eventdata.read_event_csv(plain))
    places = {r["name"] for r in records if r["kind"] == "place"}
    assert {"البصرة", "جلولاء"} <= places
    summaries = [r.get("summary", "") for r in records if r["kind"] == "event"]
    assert any("، مطالبين" in s for s in summaries)     # a quoted comma kept in its cell


def test_excels_unicode_text_reads_as_utf8():
    unicode_text = ENCODINGS / "acled_unicode_text.txt"
    assert eventdata.inspect(unicode_text).table.delimiter == "\t"
    assert list(eventdata.read_event_csv(unicode_text)) == list(eventdata.read_event_csv(UTF8))


@pytest.mark.parametrize("name, code, named", [
    ("acled_cp1256.csv", "csv.cp1256",
     "this file is in Windows-1256 (Arabic Windows), not UTF-8; save it as UTF-8"),
    ("acled_latin1.csv", "csv.latin1", "this file is in Latin-1/Windows-1252 (Western European), not UTF-8"),
])
def test_a_file_in_another_encoding_is_refused_naming_it_and_nothing_is_written(tmp_path, name, code, named):
    path = ENCODINGS / name
    with pytest.raises(eventdata.EventDataError) as refused:
        list(eventdata.read_event_csv(path))
    assert refused.value.code == code and str(refused.value).startswith(f"{path}:2: {named}")
    db = tmp_path / "s.db"
    Store.create(db).close()
    before = db.read_bytes()
    with Store.open(db) as store:
        for skip in (False, True):      # the whole file is in the wrong encoding: no row to skip
            with pytest.raises(BatchError) as failed:
                importing.import_files(store, [path], skip_bad_rows=skip)
            assert not isinstance(failed.value, BadRowsError)
            assert failed.value.errors == [str(refused.value)]
        assert snapshot(store) == []
    assert db.read_bytes() == before


def test_utf16_without_its_mark_is_refused_naming_utf16(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(UTF8.read_text(encoding="utf-8-sig").encode("utf-16-le"))
    with pytest.raises(eventdata.EventDataError, match=r"a.csv:1: this file looks like UTF-16 without a byte-order"):
        list(eventdata.read_event_csv(path))


def test_a_windows_1256_line_in_a_utf8_file_is_a_bad_row_named_so(tmp_path):
    lines = UTF8.read_bytes().split(b"\r\n")
    lines[2] = lines[2].decode("utf-8").encode("cp1256")
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\r\n".join(lines))
    rows = list(eventdata.event_rows(path, tolerant=True)[1])
    bad = [row for _, row in rows if isinstance(row, eventdata.EventDataError)]
    assert [(b.code, b.where.line) for b in bad] == [("csv.cp1256", 3)]
    assert len(rows) == 3


def test_a_stray_byte_is_not_taken_for_an_encoding(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(UTF8.read_bytes().replace("البصرة".encode(), b"\xff", 1))
    with pytest.raises(eventdata.EventDataError, match=r"a.csv:2: not valid UTF-8 \(byte 0xff"):
        list(eventdata.read_event_csv(path))


def test_an_article_in_windows_1256_is_refused_naming_it(tmp_path):
    path = tmp_path / "report.txt"
    text = "هجوم قرب الرطبة\n\nقال مسؤول أمني إن مسلحين هاجموا نقطة تفتيش.\n"
    path.write_bytes(text.encode("cp1256"))
    with pytest.raises(ArticleError, match=r"report.txt:1: this file is in Windows-1256 \(Arabic Windows\)"):
        read_article(path)
    path.write_bytes(text.encode("utf-16"))
    assert read_article(path).source["title"] == "هجوم قرب الرطبة"


arabic_words = st.lists(st.text("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=2, max_size=9), min_size=2, max_size=30)


@settings(max_examples=80, deadline=None)
@given(arabic_words, st.sampled_from([" ", ",", "\t", "\n"]))
def test_arabic_in_windows_1256_is_recognised(words, separator):
    data = separator.join(words).encode("cp1256")
    if sum(b >= 0x80 for b in data) < text_encoding.MIN_EVIDENCE:
        return
    assert text_encoding.guess(data) == text_encoding.CP1256


@settings(max_examples=80, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_utf8_text_always_passes_the_check(text):
    data = text.encode("utf-8")
    if data.count(0) * 5 >= max(len(data), 1):
        return      # mostly NULs: not text anyone reads
    assert text_encoding.check_head(data, "x") == text_encoding.UTF8
    # A head cut in the middle of a character (the sample's end) is no error.
    assert text_encoding.check_head(data[:len(data) - 1], "x") == text_encoding.UTF8


def test_a_few_bytes_with_a_nul_are_no_evidence_of_utf16():
    """Found by the property above: «0\\x00» and a character cut off by the end of the sample looked like
    UTF-16 without a byte-order mark (a third of five bytes were NULs)."""
    head = "0\x00𐀀".encode("utf-8")[:-1]
    assert text_encoding.check_head(head, "x") == text_encoding.UTF8
    # A real UTF-16 file without a byte-order mark is still known by its first line.
    assert text_encoding.guess("event_id,date,title\n".encode("utf-16-le")) == text_encoding.UTF16_NO_BOM
