"""The briefing spec, document model and rich text (no Qt)."""
from __future__ import annotations

import datetime as dt
import html
import json
import re

import pytest
from hypothesis import given, strategies as st

from desktop import paths
from desktop.core import dateformat, hijri
from desktop.core.briefing import (
    SECTIONS, BriefingError, BriefingSpec, build_document,
)
from desktop.core.arabic import text_direction
from desktop.core.briefing_html import to_html


@pytest.fixture(scope="module")
def seed() -> dict[str, dict]:
    # A dict-backed `get` is all build_document needs (store.get has the same shape).
    records = {}
    with open(paths.sample_jsonl(), encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            records[rec["id"]] = rec
    return records


def _ids(seed, *kinds):
    return [rid for rid, rec in seed.items() if rec["kind"] in kinds]


# ---------------------------------------------------------------- spec


def test_spec_round_trips_through_json():
    spec = BriefingSpec(title="عين الأسد", date="2025-12-31", author="فريق", caveat="للاستخدام الرسمي",
                        language="en", paper="Letter", sections=("quotes", "timeline"),
                        summary="a\n\nb", arabic_indic_digits=False, items=("event:a", "quote:b"))
    data = json.loads(json.dumps(spec.to_dict()))
    assert BriefingSpec.from_dict(data) == spec
    assert data["sections"] == {"summary": False, "timeline": True, "actors": False,
                                "quotes": True, "sources": False}
    assert data["items"] == ["event:a", "quote:b"]


def test_spec_from_dict_fills_defaults_and_keeps_canonical_section_order():
    spec = BriefingSpec.from_dict({"items": ["event:x"], "sections": ["sources", "summary"]})
    assert spec.sections == ("summary", "sources")
    assert spec.language == "ar" and spec.paper == "A4"
    assert spec.uses_arabic_indic_digits  # Arabic default
    assert not BriefingSpec(language="en").uses_arabic_indic_digits


@pytest.mark.parametrize("bad, message", [
    ({"language": "fr"}, "language"),
    ({"paper": "A3"}, "paper"),
    ({"date": "2025-13-01"}, "date"),
    ({"sections": ["summary", "appendix"]}, "appendix"),
    ({"items": "event:x"}, "items"),
    ({"items": ["event:x", 3]}, "items"),
    ({"version": 99}, "newer"),
])
def test_spec_rejects_bad_values_clearly(bad, message):
    with pytest.raises(BriefingError, match=message):
        BriefingSpec.from_dict(bad)


# ---------------------------------------------------------------- building


def test_empty_selection_is_a_clear_error(seed):
    with pytest.raises(BriefingError, match="empty"):
        build_document(BriefingSpec(items=()), seed.get)


def test_selection_with_no_existing_record_is_a_clear_error(seed):
    with pytest.raises(BriefingError, match="none of the 2 selected records exists: event:nope"):
        build_document(BriefingSpec(items=("event:nope", "quote:nope")), seed.get)


def test_missing_ids_are_reported_not_fatal(seed):
    doc = build_document(BriefingSpec(items=("event:nope", "event:joint-statement-2024")), seed.get)
    assert doc.missing == ("event:nope",)
    assert [e.record_id for e in doc.timeline] == ["event:joint-statement-2024"]
    assert "event:nope" in to_html(doc)


def test_timeline_is_in_date_order_whatever_the_selection_order(seed):
    spec = BriefingSpec(items=tuple(reversed(_ids(seed, "event"))), arabic_indic_digits=False)
    doc = build_document(spec, seed.get)
    assert [e.record_id for e in doc.timeline] == [
        "event:coalition-founded",        # 2014
        "event:isis-defeated-iraq",       # 2014-2017
        "event:joint-statement-2024",     # 2024-09-27
        "event:phase-one-end",            # 2025-09
        "event:phase-two-syria",          # 2025-09 .. 2026-09: same start, the range after
        "event:ain-al-asad-announcement",  # 2025-12-31
        "event:ain-al-asad-handover",     # c. 2026-01
        "event:bilateral-memoranda",      # undated: last
    ]
    assert [e.when for e in doc.timeline] == [
        "2014", "2014–2017", "27 سبتمبر 2024", "سبتمبر 2025", "سبتمبر 2025 – سبتمبر 2026",
        "31 ديسمبر 2025", "نحو يناير 2026", "غير مؤرخ",
    ]


def test_same_date_events_keep_the_selection_order(seed):
    records = {k: dict(v) for k, v in seed.items()}
    records["event:coalition-founded"]["date"] = "2025-09"
    for order in (("event:phase-one-end", "event:coalition-founded"),
                  ("event:coalition-founded", "event:phase-one-end")):
        doc = build_document(BriefingSpec(items=order), records.get)
        assert tuple(e.record_id for e in doc.timeline) == order


def test_items_pull_in_what_they_reference(seed):
    doc = build_document(BriefingSpec(items=("quote:allawi-1", "event:ain-al-asad-announcement")),
                         seed.get)
    actor_ids = [a.record_id for a in doc.actors]
    # each is in one record: by name, Arabic alphabetical (التحالف، العراق، القوات، حسين)
    assert actor_ids == ["actor:global-coalition", "actor:iraq", "actor:iraqi-armed-forces",
                         "actor:hussein-allawi"]
    allawi = doc.actors[3]
    assert allawi.title == "مستشار رئيس الوزراء العراقي"
    assert allawi.affiliation == "الحكومة العراقية"
    assert allawi.other_name == "Hussein Allawi"
    quote = doc.quotes[0]
    assert quote.speaker == "حسين علاوي"
    assert quote.speaker_title == "مستشار رئيس الوزراء العراقي"
    assert quote.source == seed["source:seed-ain-al-asad"]["title"]
    assert quote.context == "نقلته وكالة الأنباء العراقية (واع)"
    event = doc.timeline[0]
    assert event.place == "قاعدة عين الأسد"
    assert event.actors[0] == "العراق (المعلن)"
    assert [s.record_id for s in doc.sources] == ["source:seed-ain-al-asad"]


def test_english_briefing_uses_english_names_and_labels(seed):
    doc = build_document(BriefingSpec(language="en", date="2025-12-31",
                                      items=("quote:allawi-1", "event:ain-al-asad-handover")), seed.get)
    assert doc.direction == "ltr"
    assert doc.quotes[0].speaker == "Hussein Allawi"
    assert doc.timeline[0].when == "c. January 2026"
    assert doc.timeline[0].place == "Ain al-Asad Air Base"
    assert doc.title_block.title == "Briefing"
    assert doc.title_block.gregorian == "31 December 2025"
    assert doc.title_block.hijri == "11 Rajab 1447 AH"
    assert "tabular Islamic calendar" in doc.title_block.calendar_note
    assert doc.page_footer(2, 5) == "Page 2 of 5"


def test_title_block_has_both_calendars_and_names_the_hijri_one(seed):
    doc = build_document(BriefingSpec(title="موجز عين الأسد", date="2025-12-31", author="فريق الرصد",
                                      caveat="للاستخدام الرسمي", items=("event:phase-one-end",)),
                         seed.get)
    tb = doc.title_block
    assert tb.gregorian == "٣١ ديسمبر ٢٠٢٥"
    assert tb.hijri == "١١ رجب ١٤٤٧ هـ"
    assert "التقويم الهجري الجدولي" in tb.calendar_note
    assert doc.running_header() == "موجز عين الأسد — للاستخدام الرسمي"
    assert doc.page_footer(2, 5) == "صفحة ٢ من ٥"


def test_arabic_indic_digits_touch_generated_text_only(seed):
    items = ("quote:allawi-3", "event:isis-defeated-iraq")
    eastern = build_document(BriefingSpec(items=items, arabic_indic_digits=True), seed.get)
    western = build_document(BriefingSpec(items=items, arabic_indic_digits=False), seed.get)
    assert eastern.timeline[0].when == "٢٠١٤–٢٠١٧"
    assert western.timeline[0].when == "2014–2017"
    assert eastern.quotes[0].when == "٣١ ديسمبر ٢٠٢٥"
    assert western.page_footer(3, 12) == "صفحة 3 من 12"
    # A quote is evidence: its own digits are never rewritten.
    assert "2014–2017" in eastern.quotes[0].text
    assert "11 عاما" in eastern.quotes[0].text


def test_sections_can_be_switched_off(seed):
    spec = BriefingSpec(items=tuple(_ids(seed, "event", "quote")), summary="ملخص",
                        sections=("quotes",))
    out = to_html(build_document(spec, seed.get))
    assert "أبرز التصريحات" in out
    for heading in ("الملخص", "التسلسل الزمني", "الجهات والشخصيات", "المصادر"):
        assert heading not in out


# ---------------------------------------------------------------- HTML


HOSTILE = '<b>x</b> & "<script>alert(1)</script>"'


def test_record_text_is_escaped_everywhere(seed):
    records = {k: dict(v) for k, v in seed.items()}
    records["event:phase-one-end"]["title"] = HOSTILE
    records["event:phase-one-end"]["summary"] = HOSTILE
    records["quote:allawi-4"]["text"] = HOSTILE
    records["quote:allawi-4"]["context"] = HOSTILE
    records["actor:hussein-allawi"]["name"] = HOSTILE
    records["actor:hussein-allawi"]["title"] = HOSTILE
    records["source:seed-ain-al-asad"]["title"] = HOSTILE
    records["source:seed-ain-al-asad"]["url"] = 'https://x.example/?a=1&b="2"'
    records["place:iraq"]["name"] = HOSTILE
    spec = BriefingSpec(title=HOSTILE, author=HOSTILE, caveat=HOSTILE, summary=HOSTILE,
                        items=("event:phase-one-end", "quote:allawi-4", "event:nope<i>"))
    out = to_html(build_document(spec, records.get))
    assert "<script>" not in out and "<b>x</b>" not in out and "<i>" not in out
    escaped = html.escape(HOSTILE, quote=True)
    assert out.count(escaped) >= 10
    assert "https://x.example/?a=1&amp;b=&quot;2&quot;" in out
    # Only the tags we write ourselves remain.
    assert set(re.findall(r"<(/?[a-z0-9]+)", out)) <= {
        "html", "/html", "head", "/head", "meta", "body", "/body", "h1", "/h1", "h2", "/h2",
        "p", "/p", "br", "table", "/table", "thead", "/thead", "tbody", "/tbody", "tr", "/tr",
        "th", "/th", "td", "/td"}


def test_html_uses_thead_and_directions(seed):
    ar = to_html(build_document(BriefingSpec(items=tuple(_ids(seed, "event", "quote"))), seed.get))
    en = to_html(build_document(BriefingSpec(language="en", items=("event:phase-one-end",)), seed.get))
    assert ar.count("<thead>") == 3  # timeline, actors, sources: header rows repeat on each page
    assert 'body dir="rtl"' in ar and 'body dir="ltr"' in en
    # An Arabic title inside the English sheet keeps its own direction.
    assert '<p dir="rtl" align="right" style="font-weight:bold;">المرحلة الأولى' in en
    # Quotes are single-cell tables (printing keeps those whole on a page).
    assert ar.count('bgcolor="#f2f2f2"') == 5


def test_text_direction_follows_the_first_strong_letter():
    assert text_direction("2025 عين الأسد") == "rtl"
    assert text_direction("ISIS داعش") == "ltr"
    assert text_direction("2025 – 2026", default="ltr") == "ltr"


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("value, lang, expected", [
    ("2025-09", "ar", "سبتمبر 2025"),
    ("2025-09", "en", "September 2025"),
    ("2024-09-27", "ar", "27 سبتمبر 2024"),
    ("2024-09-27", "en", "27 September 2024"),
    ("2014", "ar", "2014"),
])
def test_format_date_keeps_precision(value, lang, expected):
    assert dateformat.format_date(value, lang) == expected


@pytest.mark.parametrize("args, expected", [
    (("2014", "2017", None, "ar"), "2014–2017"),
    (("2014", "2017", None, "en"), "2014–2017"),
    (("2026-01", None, "approximate", "ar"), "نحو يناير 2026"),
    (("2026-01", None, "approximate", "en"), "c. January 2026"),
    (("2025-09", "2026-09", None, "en"), "September 2025 – September 2026"),
    ((None, None, None, "en"), "undated"),
    (("2025-12-31", "2025-12-31", None, "en"), "31 December 2025"),
])
def test_format_span(args, expected):
    assert dateformat.format_span(*args) == expected


@pytest.mark.parametrize("bad", ["2025-13", "2025-02-30", "25-01-01", "2025/01", ""])
def test_bad_dates_raise_value_errors(bad):
    with pytest.raises(ValueError):
        dateformat.parse(bad)


def test_sort_key_puts_coarser_dates_first_and_undated_last():
    dates = ["2025-01-05", None, "2025", "2024-12", "2025-01"]
    assert sorted(dates, key=dateformat.sort_key) == ["2024-12", "2025", "2025-01", "2025-01-05", None]


# ---------------------------------------------------------------- Hijri


@pytest.mark.parametrize("gregorian, expected", [
    # Reference values for the arithmetical (civil, Kuwaiti) calendar; they
    # agree with Qt/ICU "islamic-civil", and here also with Umm al-Qura.
    (dt.date(2025, 12, 31), (1447, 7, 11)),   # 11 Rajab 1447
    (dt.date(2023, 7, 19), (1445, 1, 1)),     # 1 Muharram 1445
    (dt.date(2025, 3, 1), (1446, 9, 1)),      # 1 Ramadan 1446
    (dt.date(622, 7, 19), (1, 1, 1)),         # the epoch (16 July 622 Julian)
    (dt.date(2000, 1, 1), (1420, 9, 24)),     # 24 Ramadan 1420
])
def test_hijri_known_dates(gregorian, expected):
    h = hijri.from_gregorian(gregorian)
    assert (h.year, h.month, h.day) == expected
    assert hijri.to_gregorian(h) == gregorian


@given(st.dates(min_value=dt.date(622, 7, 19), max_value=dt.date(2500, 12, 31)))
def test_hijri_round_trips_and_is_consecutive(day):
    h = hijri.from_gregorian(day)
    assert hijri.to_gregorian(h) == day
    nxt = hijri.from_gregorian(day + dt.timedelta(days=1))
    assert (nxt.year, nxt.month, nxt.day) == (h.year, h.month, h.day + 1) or nxt.day == 1


def test_hijri_year_lengths_follow_the_30_year_cycle():
    leap = {y for y in range(1, 31) if hijri.is_leap(y)}
    assert leap == {2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29}
    for year in (1446, 1447, 1450):
        length = (hijri.to_gregorian(hijri.HijriDate(year + 1, 1, 1))
                  - hijri.to_gregorian(hijri.HijriDate(year, 1, 1))).days
        assert length == (355 if hijri.is_leap(year) else 354)


def test_hijri_rejects_impossible_dates():
    with pytest.raises(ValueError):
        hijri.to_gregorian(hijri.HijriDate(1447, 2, 30))  # Safar has 29 days
    with pytest.raises(ValueError):
        hijri.from_gregorian(dt.date(600, 1, 1))


def test_all_sections_default_on():
    assert BriefingSpec().sections == SECTIONS
