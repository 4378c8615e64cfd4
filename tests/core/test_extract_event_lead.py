"""The lead sentence's event is proposed, dated by the publication when it names no date
(issue 13)."""
from desktop.core.extract import extract_article


def _events(body, published="2025-10-01"):
    recs = extract_article({"id": "source:t", "body": body, "published": published})
    return [r for r in recs if r["kind"] == "event"]


def test_an_undated_lead_is_dated_by_the_publication_approximately():
    body = ("بغداد - المدى\n\n"
            "قتل جنديان وأصيب ثالث بهجوم شنه مسلحون على نقطة عسكرية في صحراء الأنبار غربي العراق.\n\n"
            "ولم تتبن أي جهة الهجوم.")
    (ev,) = _events(body)
    assert ev["date"] == "2025-10-01" and ev["date_precision"] == "approximate"
    assert ev["status"] == "occurred" and "publication" in ev["notes"]


def test_a_lead_with_no_known_trigger_still_gives_its_event():
    body = "كلّفت الحكومة اللبنانية الجيش إعداد خطة لحصر السلاح بيد الدولة قبل نهاية العام الجاري."
    (ev,) = _events(body)
    assert ev["title"].startswith("كلّفت الحكومة اللبنانية الجيش إعداد خطة")


def test_a_lead_that_only_reports_words_gives_a_quote_not_an_event():
    body = 'قال وزير الخارجية الإيراني عباس عراقجي إن بلاده "لن تتفاوض تحت الضغط مهما كانت التهديدات".'
    assert _events(body) == []


def test_a_sentence_that_goes_on_from_another_is_no_lead():
    body = "وتطلق إسرائيل على العملية اسم السور الحديدي وهي عملية واسعة في شمال الضفة الغربية."
    assert _events(body) == []
