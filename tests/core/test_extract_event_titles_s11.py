"""Titles an analyst keeps: who does it first, no weekday or «ابتداءً من», a whole phrase at
the end (issue 13, session 11). Texts invented for the test."""
from desktop.core import arabic
from desktop.core.extract import extract_article


def _titles(body, published="2025-10-01"):
    recs = extract_article({"id": "source:t", "body": body, "published": published})
    return [r["title"] for r in recs if r["kind"] == "event"]


def _words(title):
    return arabic.words(arabic.normalize(title))


def test_the_subject_before_a_quotation_opens_the_title():
    body = 'وأوضح المتحدث باسم البلدية أن الهيئة "ستفتتح ثلاثة جسور جديدة فوق النهر في أكتوبر المقبل".'
    assert any(t.startswith("الهيئة ستفتتح ثلاثة جسور جديدة") for t in _titles(body)), _titles(body)


def test_a_pronoun_before_the_quotation_is_no_subject():
    body = 'وأكد الوزير أنه "سيزور المحافظة الجنوبية في الأسبوع المقبل لتفقد المدارس".'
    assert not any(t.startswith("أنه") for t in _titles(body)), _titles(body)


def test_an_expectation_does_not_open_the_title():
    body = "ومن المنتظر أن يزور وزير الزراعة يوم الأحد المقبل ميناء الصيد الجديد لتفقد الأرصفة."
    titles = _titles(body)
    assert titles and not any("المنتظر" in t for t in titles), titles
    assert any(t.startswith("يزور وزير الزراعة") for t in titles), titles


def test_a_bare_weekday_is_left_out():
    body = "عقد مجلس إدارة النادي اجتماعه الذي عقده الاثنين في مقر النادي بالعاصمة."
    titles = _titles(body, published="2025-10-06")
    assert titles and not any("الاثنين" in t for t in titles), titles
    assert any("اجتماعه الذي عقده في مقر النادي" in t for t in titles), titles


def test_friday_prayer_is_no_date():
    body = "افتتح المحافظ الجامع الكبير قبل صلاة الجمعة بحضور الأهالي."
    titles = _titles(body)
    assert not titles or not any(t.endswith("صلاة") for t in titles), titles


def test_ibtida_min_goes_with_its_date():
    body = 'وقال المدير إن الشركة "ستوزع الكمامات مجاناً على المدارس ابتداءً من صيف 2026 في كل المدن".'
    titles = _titles(body)
    assert titles and not any("ابتداء" in t or "صيف" in t for t in titles), titles
