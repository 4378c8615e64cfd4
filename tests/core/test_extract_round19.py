"""Round 19: «ولد»/«بنت» between names are a patronym's connector (Mauritanian, Saharan names),
and a name opening with «ولد» refers to the fuller name written before; a second portfolio
coordinated with «و» and a verbal noun stays in the title; an indefinite title word inside a
name («قائد») is a name word when one more name word ends the name; a verb-shaped surname before
«إلى أن»/«أن»; a union keeps «لنقابات …» and a source «من <body> <adjective>»; two definite bodies
in a row are a subject and its object; a generic plural followed by a topic is no actor. Invented
texts."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_a_patronym_with_walad_and_a_later_reference_by_it():
    body = ('وحصلت التلميذة مريم سيدي ولد أحمد اليدالي على المرتبة الأولى في شعبة الآداب. '
            'وقال الأستاذ محمد ولد عبد الله الأمين لـ"الأخبار" إن "هذه المرتبة ثمرة جهد متواصل". '
            'وقال ولد أحمد اليدالي إن "العمل هو السر".')
    found = speakers(body, outlet="الأخبار")
    assert found == ["محمد ولد عبد الله الأمين", "مريم سيدي ولد أحمد اليدالي"]


def test_walad_after_a_title_and_bint_keep_the_whole_name():
    body = ('وكان الوزير الأول المختار ولد الشيخ سيديا قد أكد أن "الحكومة ستدعم المزارعين". '
            'وقالت النائبة فاطمة بنت محمد فال إن "الموسم الزراعي واعد".')
    assert speakers(body) == ["المختار ولد الشيخ سيديا", "فاطمة بنت محمد فال"]


def test_walad_as_a_verb_still_ends_a_name():
    body = 'وقال الكاتب أحمد سالم إن "الرواية تعيد قراءة التاريخ". وكان سالم ولد في نواكشوط عام 1970.'
    assert "أحمد سالم" in actor_names(body)
    assert not any("ولد" in name for name in actor_names(body))


def test_a_second_portfolio_coordinated_by_a_verbal_noun():
    body = ('وقالت وزيرة الإسكان وتطوير المدن ليلى باهي، في مؤتمر صحفي، إن "المشروع سيكتمل قبل نهاية العام". '
            'وأوضحت باهي أن "الأشغال تسير وفق الجدول".')
    assert speakers(body) == ["ليلى باهي", "ليلى باهي"]
    body2 = 'وقال المتحدث باسم الوزارة إسلام النجار إن "الاجتماع سيعقد غدا".'
    assert speakers(body2) == ["إسلام النجار"]


def test_a_title_word_inside_a_name_and_an_office_after_a_name():
    body = 'وقال المواطن سعيد قائد حمود لـ"المصدر" إن "سعر الخبز ارتفع مرتين هذا الشهر".'
    assert speakers(body, outlet="المصدر") == ["سعيد قائد حمود"]
    body2 = 'وقال قائد الجيش محمد حسن إن "الوضع مستقر".'
    assert speakers(body2) == ["محمد حسن"]


def test_a_verb_shaped_surname_before_ila_anna():
    body = ('بدوره، أشار المدير العام للمؤسسة سامي خليل طالب إلى أن "المؤسسة ستوسع خدماتها في المحافظات".')
    assert speakers(body) == ["سامي خليل طالب"]
    body2 = ('وأكد مصدر أن الوزير شدد على أن "القرار نهائي".')
    assert all("شدد" not in name for name in actor_names(body2))


def test_a_union_and_a_source_keep_their_bodies():
    body = 'من جهته، دعا الاتحاد العام لنقابات عمال الأردن، في بيان، إلى "رفع الحد الأدنى للأجور".'
    assert speakers(body) == ["الاتحاد العام لنقابات عمال الأردن"]
    body2 = 'وأفاد مصدر من الهيئة الوطنية لـ"الشروق" بأن "الشحنة وصلت أمس".'
    assert speakers(body2, outlet="الشروق") == ["مصدر من الهيئة الوطنية"]


def test_no_junk_body_pairs_or_bare_groups():
    body = ('ودعت الجمعية الحكومة إلى فتح حوار جدي مع المهنيين. '
            'ويرى متابعون للشأن الاقتصادي أن الأسعار سترتفع.')
    names = actor_names(body)
    assert "الجمعية الحكومة" not in names and "متابعون" not in names
    quoted = 'وقال متابعون للشأن الاقتصادي إن "الأسعار سترتفع".'
    assert speakers(quoted) == ["متابعون"]
