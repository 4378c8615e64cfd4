"""Round 20: an unnamed source keeps «بـ + body», a shop is no actor, «عمّان» is not Oman."""
from tests.core.extract_cases import actor_names, extracted, speakers


def _places(body: str) -> list[str]:
    return [r["name"] for r in extracted(body) if r["kind"] == "place"]


def test_unnamed_source_keeps_the_body_in_ba():
    body = ('وقال مصدر بقطاع الشؤون الصحية لـ"النهار" إن "الخطة تسير كما رسمت". '
            'وأضاف مصدر مسؤول بوزارة النقل أن "الطريق سيفتح قريبا".')
    assert speakers(body, outlet="النهار") == ["مصدر بقطاع الشؤون الصحية", "مصدر مسؤول بوزارة النقل"]


def test_shop_after_a_title_is_no_actor():
    body = ('"الأسعار ارتفعت كثيرا"، قال سامر خليل، وهو صاحب محل لبيع الأحذية في السوق. '
            'وقال صاحب المحل الآخر يوسف منصور إن "الزبائن قلوا".')
    names = actor_names(body)
    assert not any("محل" in n for n in names)
    assert "سامر خليل" in names and "يوسف منصور" in names


def test_shadda_tells_amman_from_oman():
    assert "سلطنة عمان" not in _places("وصل الوفد التجاري إلى عمّان صباح اليوم لبحث التبادل.")
    assert "سلطنة عمان" in _places("وصل الوفد التجاري إلى عُمان صباح اليوم لبحث التبادل.")


def test_jordan_named_makes_bare_amman_the_city():
    body = "التقى وزير الزراعة الأردني نظيره في عمان اليوم لبحث ملف المياه."
    assert "سلطنة عمان" not in _places(body)
    assert "سلطنة عمان" not in actor_names(body)
    # without Jordan in the article, the word is still Oman
    assert "سلطنة عمان" in _places("وصل الوفد التجاري إلى عمان صباح اليوم لبحث التبادل.")


def test_title_with_amman_keeps_the_name():
    body = 'وقالت المتحدثة باسم الوكالة في عمان سلمى حداد لـ"الرأي"، إن "الدعم مستمر" في الأردن.'
    assert speakers(body, outlet="الرأي") == ["سلمى حداد"]
