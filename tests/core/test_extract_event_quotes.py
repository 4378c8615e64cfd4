"""A sentence that reports a quote is not turned into an event by the date inside the quote,
nor by a date in a quoted name (issue 13); a quotation that itself tells a dated happening
still gives it (the seed's «… هُزم … خلال المدة 2014–2017»)."""
from desktop.core.extract import extract_article


def _events(body, published="2025-10-01", outlet=None):
    source = {"id": "source:t", "body": body, "published": published}
    if outlet:
        source["outlet"] = outlet
    return [r for r in extract_article(source) if r["kind"] == "event"]


def test_a_date_inside_a_quote_does_not_date_the_sentence_reporting_it():
    body = ('بدوره، أعلن النائب محمد الخالدي أن "ما جرى منذ عام 2019 يثبت أن الحكومة عاجزة عن الإصلاح".')
    assert _events(body) == []


def test_the_occasion_of_a_statement_is_no_event():
    body = 'وقال الوزير خلال مؤتمر صحفي، الأحد، إن "الإصلاحات مستمرة رغم كل الضغوط".'
    assert _events(body) == []


def test_an_opinion_in_the_present_tense_inside_a_quote_is_no_event():
    body = 'وكتب الوزير على منصة إكس: "اليوم تبدأ بلادنا مرحلة جديدة من الانفتاح".'
    assert _events(body) == []
    body = 'وقال الوزير إن "التجارة بين البلدين تجاوزت 10 مليارات، ونستهدف مضاعفتها بحلول 2030".'
    assert _events(body) == []


def test_a_quoted_outlet_name_is_no_date():
    body = 'وقال المصدر لـ"بغداد اليوم"، إن "مسلحين هاجموا نقطة التفتيش قرب الحدود".'
    assert _events(body, outlet="بغداد اليوم") == []


def test_a_quotation_that_tells_a_dated_happening_still_gives_it():
    body = ('وأضاف المتحدث أن "القوات ستتسلم القاعدة بعد انسحاب قوات التحالف خلال الأيام المقبلة".')
    (ev,) = _events(body)
    assert ev["status"] == "expected" and ev["title"].startswith("القوات ستتسلم القاعدة")
