"""A quote's or a source's citation, built from the records alone (desktop/core/citation.py)."""
from __future__ import annotations

import pytest

from desktop.core import citation

QUOTE = {"kind": "quote", "id": "quote:q1", "text": "قواتنا   المسلحة\nستتسلم المقر", "speaker": "actor:a",
         "source": "source:s", "date": "2025-12-31"}
SPEAKER = {"kind": "actor", "id": "actor:a", "name": "حسين علاوي", "name_en": "Hussein Allawi",
           "title": "مستشار رئيس الوزراء"}
SOURCE = {"kind": "source", "id": "source:s", "title": "العراق يعلن", "outlet": "الأناضول", "published": "2025-12-30",
          "url": "https://example.org/a"}
RLM, LRM = "\u200f", "\u200e"


def test_arabic_citation_names_speaker_title_outlet_and_date():
    text = citation.quote_citation(QUOTE, SPEAKER, SOURCE, "ar")
    assert text == "«قواتنا المسلحة ستتسلم المقر» — حسين علاوي، مستشار رئيس الوزراء، الأناضول، 31 ديسمبر 2025"
    assert RLM not in text and LRM not in text     # nothing runs the other way


def test_english_citation_uses_the_english_name_and_marks_arabic_parts():
    text = citation.quote_citation(QUOTE, SPEAKER, SOURCE, "en")
    assert text.startswith("\u201cقواتنا المسلحة ستتسلم المقر\u201d" + LRM + " — Hussein Allawi, ")
    # Each Arabic part is closed by an LRM, so its English comma stays between the parts.
    assert "مستشار رئيس الوزراء" + LRM + ", الأناضول" + LRM + ", 31 December 2025" in text


def test_missing_parts_are_left_out_and_the_source_date_stands_in():
    quote = {"kind": "quote", "text": "نص", "speaker": "actor:a"}
    assert citation.quote_citation(quote, None, None, "ar") == "«نص»"
    no_outlet = {"kind": "source", "title": "عنوان المقال", "published": "2025-09"}
    assert citation.quote_citation(quote, {"name": "فلان"}, no_outlet, "ar") == "«نص» — فلان، عنوان المقال، سبتمبر 2025"


def test_arabic_indic_digits_on_request():
    text = citation.quote_citation(QUOTE, SPEAKER, SOURCE, "ar", arabic_digits=True)
    assert text.endswith("٣١ ديسمبر ٢٠٢٥")


def test_source_citation():
    # The address runs left to right: an RLM after it keeps the Arabic comma order.
    assert citation.source_citation(SOURCE, "ar") == \
        "«العراق يعلن»، الأناضول، 30 ديسمبر 2025، https://example.org/a" + RLM


def test_citation_for_reads_what_the_quote_refers_to():
    records = {r["id"]: r for r in (QUOTE, SPEAKER, SOURCE)}
    assert citation.citation_for(records.get, "quote:q1", "ar") == citation.quote_citation(QUOTE, SPEAKER, SOURCE)
    assert citation.citation_for(records.get, "actor:a", "ar") is None
    assert citation.citation_for(records.get, "quote:gone", "ar") is None
    assert citation.cites("quote") and citation.cites("source") and not citation.cites("event")


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        citation.quote_citation(QUOTE, SPEAKER, SOURCE, "fr")
