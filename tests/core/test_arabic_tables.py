"""The analyser's shipped tables (arabic_tables.py) against computing them from unicodedata.

The index of existing stores depends on the analyser's outputs, so the
tables a process loads must be exactly what arabic.py computes when there
are none: the combining marks, and the normal form of every BMP character.
"""
import binascii
import unicodedata
import zlib

import pytest
from hypothesis import given, strategies as st

from desktop.core import arabic, arabic_tablegen, arabic_tables

REGENERATE = "regenerate them: python -m desktop.core.arabic_tablegen"

current = pytest.mark.skipif(
    arabic_tables.UNIDATA_VERSION != unicodedata.unidata_version,
    reason=f"the shipped tables are for Unicode {arabic_tables.UNIDATA_VERSION}, this Python has "
           f"{unicodedata.unidata_version} (the analyser computes them instead): {REGENERATE}")


@pytest.fixture
def fresh_tables():
    """Empty the analyser's caches before and after, so the test builds the tables its own way."""
    def clear():
        arabic._fold_table.cache_clear()
        arabic._bmp_table.cache_clear()
        arabic._normalize_char.cache_clear()
    clear()
    yield
    clear()


@pytest.fixture(scope="module")
def computed_folds():
    """The fold table computed as before the tables were shipped: unicodedata, code point by code point."""
    return arabic._computed_fold_table()


def _entry(value):
    # The shipped table maps unchanged characters to their code point (an int),
    # which str.translate treats exactly as the one-character string.
    return chr(value) if isinstance(value, int) else value


def _expand(bounds: str) -> list[int]:
    return [cp for lo, hi in arabic._ranges(bounds) for cp in range(lo, hi + 1)]


@current
def test_shipped_tables_are_current():
    assert arabic._shipped() is arabic_tables, f"the folds changed since the tables were made: {REGENERATE}"


@current
def test_shipped_marks_are_the_combining_marks(computed_folds, fresh_tables):
    assert _expand(arabic_tables.MARKS) == arabic._scan_marks(), REGENERATE
    assert arabic._fold_table() == computed_folds


@current
def test_shipped_bmp_table_is_the_pipeline_of_every_bmp_character(computed_folds):
    table = arabic._bmp_table_from(arabic._ranges(arabic_tables.BMP_RANGES), arabic_tables.BMP_FORMS)
    assert len(table) == 0x10000
    wrong = [cp for cp in range(0x10000) if _entry(table[cp]) != arabic._pipeline(chr(cp), computed_folds)]
    assert not wrong, f"{len(wrong)} code points differ, the first U+{wrong[0]:04X}: {REGENERATE}"


@current
def test_shipped_bmp_table_equals_the_table_computed_as_before(computed_folds, fresh_tables):
    assert [_entry(v) for v in arabic._bmp_table()] == arabic._computed_bmp_table(computed_folds)


@current
def test_first_calls_build_from_the_shipped_tables(monkeypatch, fresh_tables):
    def slow(*args):
        raise AssertionError("computed a table from unicodedata although current ones ship")
    monkeypatch.setattr(arabic, "_scan_marks", slow)
    monkeypatch.setattr(arabic, "_computed_bmp_table", slow)
    assert arabic.normalize("الإنتخاباتُ ﻻ ٢٠٢٤") == "الانتخابات لا 2024"
    assert arabic.normalize("العراقِ 𝐀") == "العراق a"  # astral: the pipeline, with the shipped marks
    assert [t.norm for t in arabic.tokenize("«الإنتخاباتُ» في ٢٠٢٤")] == ["الانتخابات", "في", "2024"]


@pytest.mark.parametrize("stale", ["unicode version", "folds"])
def test_stale_tables_are_not_used(monkeypatch, fresh_tables, stale):
    if stale == "unicode version":
        monkeypatch.setattr(arabic_tables, "UNIDATA_VERSION", "1.1.0")
    else:
        monkeypatch.setitem(arabic._LETTER_FOLDS, "ڤ", "ف")
    assert arabic._shipped() is None

    def shipped_form(*args):
        raise AssertionError("used the shipped tables although they are stale")
    monkeypatch.setattr(arabic, "_ranges", shipped_form)
    monkeypatch.setattr(arabic, "_bmp_table_from", shipped_form)
    assert arabic.normalize("الإنتخاباتُ ﻻ ٢٠٢٤") == "الانتخابات لا 2024"
    assert [t.norm for t in arabic.tokenize("«الإنتخاباتُ» في ٢٠٢٤")] == ["الانتخابات", "في", "2024"]
    if stale == "folds":
        assert arabic.normalize("ڤيينا") == "فيينا"


@current
def test_generator_reproduces_the_shipped_tables():
    generated: dict = {}
    exec(compile(arabic_tablegen.render(), "arabic_tables.py", "exec"), generated)
    for name in ("UNIDATA_VERSION", "FOLDS_CRC", "MARKS", "BMP_RANGES"):
        assert generated[name] == getattr(arabic_tables, name), f"{name} differs: {REGENERATE}"
    # Compare what the forms decompress to: another zlib may compress differently.
    def forms(blob):
        return zlib.decompress(binascii.a2b_base64(blob))
    assert forms(generated["BMP_FORMS"]) == forms(arabic_tables.BMP_FORMS), REGENERATE


@given(st.sets(st.integers(0, 0x10FFFF), min_size=1))
def test_range_encoding_round_trips(cps):
    ordered = sorted(cps)
    source = "(\n" + arabic_tablegen._range_rows(arabic_tablegen._ranges(ordered)) + "\n)"
    assert _expand(eval(source)) == ordered
