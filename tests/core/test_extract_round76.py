"""Round 76: the governor of a place the gazetteer does not know («والي باتنة محمد بن مالك»), a
surname followed by a time («… الجلاجل اليوم الأحد»), a preposition's phrase fronted before the
clause («وبحقول القرية، لم يخف الفلاح …»), and descriptors stacked before a name («الفلاح الحاج
…»)."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# --- «والي» + an unlisted place + the holder's name -----------------------------------------------

def test_governor_of_an_unlisted_place_is_referred_back_to():
    body = ('أشرف والي تيارت سليم بن حمودة على افتتاح المعرض إلى جانب المنتخبين. '
            'وأكد الوالي أن "كل الوسائل جاهزة للموسم". وقال بن حمودة إن "الإنتاج سيرتفع".')
    assert speakers(body) == ["سليم بن حمودة", "سليم بن حمودة"]


def test_and_to_beside_a_name_is_no_governor():
    body = 'وصل الوفد والي جانب كريم بن حمودة إلى المدينة.'
    assert "جانب كريم بن حمودة" not in actor_names(body)


# --- a surname, then a time ---------------------------------------------------------------------

def test_a_time_after_the_surname_does_not_cut_the_name():
    body = ('افتتح وزير النقل ماجد بن سعود القحطاني اليوم الاثنين الطريق الجديد. '
            'وأكد القحطاني أن "الطريق يخدم آلاف السكان".')
    assert speakers(body) == ["ماجد بن سعود القحطاني"]


# --- a preposition's phrase set before the clause ------------------------------------------------

def test_a_fronted_preposition_phrase_is_no_speaker():
    body = 'وبأسواق المدينة، لم يتردد التاجر كمال بن يوسف في الشكوى، قائلاً: "الأسعار ارتفعت كثيرا هذا الشهر".'
    assert speakers(body) == ["كمال بن يوسف"]


def test_a_given_name_with_and_and_b_stays_a_name():
    body = 'وقال التاجر بسام الخطيب إن "الأسعار ارتفعت كثيرا هذا الشهر".'
    assert speakers(body) == ["بسام الخطيب"]


# --- descriptors stacked before a name -----------------------------------------------------------

def test_stacked_descriptors_go_to_the_title():
    body = 'وقال الصياد الحاج عمر بن صالح إن "البحر لم يعد يعطي كما كان".'
    assert speakers(body) == ["عمر بن صالح"]
