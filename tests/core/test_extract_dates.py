"""Dates in Arabic news prose, absolute and relative to the publication date."""
import datetime as dt

import pytest

from desktop.core.arabic import normalize
from desktop.core.extract.dates import find_dates, parse_published

PUB = dt.date(2025, 12, 31)   # a Wednesday


def _dates(text, published=PUB):
    return [(m.date, m.date_end, m.approximate) for _, _, m in find_dates(normalize(text), published)]


@pytest.mark.parametrize("text, want", [
    ("وفي 27 سبتمبر 2024، أعلنت", ("2024-09-27", None, False)),
    ("في 27 أيلول/سبتمبر 2024", ("2024-09-27", None, False)),
    ("في 27 سبتمبر/أيلول 2024", ("2024-09-27", None, False)),
    ("بحلول سبتمبر 2025", ("2025-09", None, False)),
    ("في تشرين الأول 2023", ("2023-10", None, False)),
    ("يوم 5 كانون الثاني 2024", ("2024-01-05", None, False)),
    ("في 14 جويلية 2024", ("2024-07-14", None, False)),
    ("في 8 أوت 2023", ("2023-08-08", None, False)),
    ("في 2 أفريل 2022", ("2022-04-02", None, False)),
    ("٢٧ فيفري ٢٠٢٤", ("2024-02-27", None, False)),
    ("في جوان 2021", ("2021-06", None, False)),
    ("منذ أبريل/نيسان 2022", ("2022-04", None, False)),
    ("أنشئ في 2014 لمكافحة", ("2014", None, False)),
    ("خلال المدة 2014–2017", ("2014", "2017", False)),
    ("بين عامي 2014 و2017", ("2014", "2017", False)),
    ("من عام 2003 إلى عام 2011", ("2003", "2011", False)),
    ("بين 27-29 سبتمبر 2024", ("2024-09-27", "2024-09-29", False)),
    ("أعلن العراق، الأربعاء، أن", ("2025-12-31", None, False)),
    ("يوم الأحد", ("2025-12-28", None, False)),
    ("الخميس الماضي", ("2025-12-25", None, False)),
    ("الأربعاء الماضي", ("2025-12-24", None, False)),
    ("الجمعة المقبل", ("2026-01-02", None, False)),
    ("أمس", ("2025-12-30", None, False)),
    ("مساء أمس", ("2025-12-30", None, False)),
    ("اليوم", ("2025-12-31", None, False)),
    ("الشهر الماضي", ("2025-11", None, False)),
    ("الشهر المقبل", ("2026-01", None, False)),
    ("العام الماضي", ("2024", None, False)),
    ("خلال الأيام المقبلة", ("2026-01", None, True)),
    ("في الأسابيع القليلة المقبلة", ("2026-01", None, True)),
    ("في 3 مارس الماضي", ("2025-03-03", None, False)),
    ("في يونيو الماضي", ("2025-06", None, False)),
])
def test_dates(text, want):
    assert _dates(text) == [want]


@pytest.mark.parametrize("text", ["أرسل 2000 جندي إلى الحدود", "قتل 1500 شخص", "الاثنين معا",
                                  "رقم الهاتف 20251231", "سبتمبر"])
def test_not_dates(text):
    assert _dates(text) == []


def test_relative_dates_need_a_publication_date():
    assert _dates("أعلن الأربعاء أمس", published=None) == []
    assert _dates("في 27 سبتمبر 2024", published=None) == [("2024-09-27", None, False)]


def test_spans_map_back_to_the_original_text():
    from desktop.core.extract.dates import dates_in
    from desktop.core.extract.document import Document
    body = "وقالت الوزارةُ إنّ الهجومَ وقع في ٢٧ أيلول/سبتمبر ٢٠٢٤ قرب الحدود."
    (m,) = dates_in(Document.of(body), PUB)
    assert body[m.start:m.end] == "٢٧ أيلول/سبتمبر ٢٠٢٤"


def test_parse_published():
    assert parse_published("2025-12-31") == PUB
    assert parse_published("2025-12-31T10:00:00Z") == PUB
    assert parse_published("٢٠٢٥-١٢-٣١") == PUB
    assert parse_published("2025-12") is None
    assert parse_published(None) is None


def test_two_days_joined_by_wa_are_a_range():
    # «يومي 10 و11 ديسمبر الجاري» (issue 13): the meeting spans both days
    from desktop.core.extract.dates import find_dates, parse_published
    from desktop.core import arabic
    found = find_dates(arabic.normalize("في بريمن يومي 10 و11 ديسمبر الجاري"), parse_published("2025-12-04"))
    assert [(m.date, m.date_end) for _, _, m in found] == [("2025-12-10", "2025-12-11")]


def test_a_dual_vague_future_is_approximate():
    from desktop.core.extract.dates import find_dates, parse_published
    from desktop.core import arabic
    found = find_dates(arabic.normalize("خلال الأسبوعين المقبلين"), parse_published("2025-08-18"))
    assert [(m.date, m.approximate) for _, _, m in found] == [("2025-09", True)]
