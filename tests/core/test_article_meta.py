"""What an article says about itself, for the import sheet: date, outlet, address, language, a clean title."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from desktop.core import article_meta
from desktop.core.errors import InputError

SEED_HEAD = " date 2025-12-31 • في إطار عملية إنهاء مهام التحالف في البلاد، بحسب مستشار رئيس الوزراء حسين علاوي\n\n\n"
SEED_LEAD = ('أعلن العراق، الأربعاء، أن جيشه سيتسلم مقر التحالف الدولي في قاعدة "عين الأسد" بمحافظة الأنبار (غرب) '
             "خلال الأيام المقبلة في إطار عملية إنهاء مهام التحالف بالبلاد.\n\nوفي 27 سبتمبر 2024، أعلنت …")


def test_a_metadata_line_gives_the_date_and_the_standfirst_never_the_title():
    found = article_meta.from_text(SEED_HEAD + SEED_LEAD)
    assert found.published == "2025-12-31" and "published" in found.found
    assert found.title == "العراق يعلن أن جيشه سيتسلم مقر التحالف الدولي في قاعدة عين الأسد"
    assert found.summary.startswith("في إطار عملية") and found.body.startswith("أعلن العراق")
    assert found.language == "ar" and not found.warnings


def test_the_first_line_is_the_headline_and_a_dateline_gives_the_date():
    found = article_meta.from_text("الحكومة تقر الموازنة\n\nبغداد - 12 آذار/مارس 2025 (رويترز) - أقر مجلس الوزراء …")
    assert found.title == "الحكومة تقر الموازنة" and found.published == "2025-03-12"
    assert article_meta.agency_of(found.body) == "رويترز"


def test_outlet_and_address_lines():
    found = article_meta.from_text("عنوان\n\nنص الخبر.\nالمصدر: الجزيرة نت\nhttps://www.aljazeera.net/news/2025/1/2/x")
    assert found.outlet == "الجزيرة نت" and found.url == "https://www.aljazeera.net/news/2025/1/2/x"
    assert set(found.found) == {"outlet", "url"}


def test_text_with_no_arabic_is_flagged_not_refused():
    found = article_meta.from_text("An English headline\n\nOnly English here.")
    assert found.language == "en" and found.warnings == ("article.no_arabic",)


def test_a_20_mb_paste_is_refused_by_its_length():
    with pytest.raises(InputError) as caught:
        article_meta.from_text("ا" * 20_000_001)
    assert caught.value.code == "article.paste_too_long"


@pytest.mark.parametrize("typed, iso", [
    ("2025-12-31", "2025-12-31"), ("31/12/2025", "2025-12-31"), ("31 كانون الأول 2025", "2025-12-31"),
    ("31 ديسمبر 2025", "2025-12-31"), ("٣١ ديسمبر ٢٠٢٥", "2025-12-31"), ("31 December 2025", "2025-12-31"),
    ("December 31, 2025", "2025-12-31"), ("12 آذار/مارس 2025", "2025-03-12"), ("2025-03", "2025-03"),
    ("2025", "2025"), ("١٢ آذار ٢٠٢٥", "2025-03-12"), ("", "")])
def test_a_date_typed_in_either_month_family(typed, iso):
    assert article_meta.typed_date(typed) == iso


@pytest.mark.parametrize("typed", ["غدا", "2025-13", "31/02/2025", "x", "0000"])
def test_a_date_that_is_not_one_is_named(typed):
    with pytest.raises(InputError) as caught:
        article_meta.typed_date(typed)
    assert caught.value.code == "article.bad_date" and typed in str(caught.value)


@settings(max_examples=300)
@given(st.text(max_size=60))
def test_typed_dates_give_iso_or_a_clear_error(text):
    try:
        article_meta.typed_date(text)
    except InputError as exc:
        assert exc.code == "article.bad_date"


@settings(max_examples=200)
@given(st.text(max_size=400))
def test_any_text_gives_facts_without_failing(text):
    found = article_meta.from_text(text)
    assert found.language in ("ar", "en")
