"""Round 45: a title's holder named after the body the office belongs to («الباحث في معهد … في
واشنطن فيصل الرميحي»، «كبيرة الاقتصاديين في بنك الاستثمار "…" ريم الجندي»), a quoted name after
a quotation that is part of its attribution, «بـ» on a document that ends a body's name («ببيان»),
«ما تسمى» before a speaker, a private person described indefinitely («تاجر في صنعاء»), and a name
word written with «ال» («الصادق») as a surname."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# --- the holder named after the body ----------------------------------------------------------------

def test_a_researcher_named_after_the_institute_and_its_city():
    body = 'وقال الباحث في معهد الدراسات الاستراتيجية في لندن خالد المنصوري إن "الأزمة ستطول أشهرا".'
    assert speakers(body) == ["خالد المنصوري"]


def test_an_economist_named_after_the_banks_quoted_name():
    body = 'ورأت كبيرة الاقتصاديين في بنك الاستثمار "بلتون" منى الشافعي أن "السوق تحتاج إلى وقت أطول".'
    assert speakers(body) == ["منى الشافعي"]


def test_a_researcher_named_after_his_field():
    body = '"المشكلة ليست في مبنى مغلق بل في غياب سياسة"، يقول الباحث في قضايا الشباب سامر الخطيب.'
    assert speakers(body) == ["سامر الخطيب"]


def test_no_name_starts_inside_the_bodys_quoted_name():
    body = ('"السوق كانت تتوقع فائضا كبيرا"، قالت رئيسة استراتيجية السلع في "آر بي سي كابيتال ماركتس" '
            'حليمة كروفت، في مقابلة مع التلفزيون.')
    assert "كابيتال ماركتس" not in actor_names(body)


def test_a_place_closing_the_body_is_no_first_name():
    body = 'والتقى الوزير نائب رئيس البنك الدولي لمنطقة الشرق الأوسط وشمال أفريقيا عثمان ديون في مكتبه.'
    assert not any(name.startswith("أفريقيا") for name in actor_names(body))


def test_where_the_words_were_said_is_no_body():
    body = 'وقال الوزير في مؤتمر صحفي عقده أمس إن "الحكومة ماضية في خطتها".'
    assert speakers(body) == ["الوزير"]


# --- a quoted name after the quotation is part of its attribution ----------------------------------

def test_a_quoted_company_after_the_quotation_does_not_end_its_attribution():
    body = ('وارتفع الاحتياطي الشهر الماضي. "نتوقع خفضا إضافيا للفائدة في الاجتماع المقبل"، قال رئيس قطاع '
            'البحوث في شركة "النور" القابضة سامي الحداد لـ"الجريدة".')
    assert speakers(body) == ["سامي الحداد"]


# --- «بـ» on a document ends a body's name -----------------------------------------------------------

def test_ba_and_a_document_is_no_place_of_the_body():
    body = 'وردّ المكتب الإعلامي لمحافظ طرابلس ببيان اعتبر فيه أن "المحافظ ملتزم بالقانون".'
    assert speakers(body) == ["المكتب الإعلامي لمحافظ طرابلس"]


def test_ba_and_a_town_still_names_the_bodys_place():
    body = 'وقالت بلدية سنجل إن "الطريق سيفتح غدا أمام السيارات".'
    assert speakers(body) == ["بلدية سنجل"]


# --- «ما تسمى» before the speaker ---------------------------------------------------------------------

def test_so_called_before_a_body_is_not_its_name():
    body = 'وذكرت ما تسمى وزارة الزراعة في حكومة الانقلاب، في تعميم، أن "القرار نافذ من الغد".'
    assert speakers(body)[0].startswith("وزارة الزراعة")


# --- a private person described, not named --------------------------------------------------------

def test_a_trader_in_a_city_is_an_unnamed_source():
    body = 'وقال تاجر في عدن، فضّل عدم ذكر اسمه، إن "الأسعار ارتفعت كثيرا".'
    assert speakers(body) == ["تاجر في عدن"]


def test_a_given_name_shaped_as_a_descriptor_stays_a_name():
    body = 'وقال ناجي العلي إن "الأسعار ارتفعت كثيرا".'
    assert speakers(body) == ["ناجي العلي"]


# --- a name word written with «ال» is a surname --------------------------------------------------------

def test_a_name_word_with_al_completes_the_name():
    body = 'وشدد النائب وضاح الصادق على أن "الحل يكون بتعديل النصوص".'
    assert speakers(body) == ["وضاح الصادق"]


def test_an_adverb_after_the_name_still_ends_it():
    body = 'وقال الوزير سامر مجددا إن "الحل يكون بتعديل النصوص".'
    assert speakers(body) == ["سامر"]
