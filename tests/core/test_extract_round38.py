"""Rounds 32 to 41, third pass: shapes that begin or end no person's name, read as actors after a
title or as the subject of a reporting verb with no quotation: a circumstance («بموجب»، «بسبب»،
«عما»), «و» and the plural of an office, a settlement or a site, a hollow verbal noun, a building
after a name, a place's feminine adjective, what an office is for, a definite common noun with no
title, a bare title; and a narrative noun before an unnamed source («بحسب رواية مصدر أمني»)."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def _has_word(names: list[str], word: str) -> bool:
    return any(word in name.split() for name in names)


# --- a circumstance opens no name --------------------------------------------------------------------

def test_a_circumstance_after_a_title_is_no_name():
    body = 'ويبقى المحافظ، بموجب القانون، السلطة التنفيذية في العاصمة.'
    assert not _has_word(actor_names(body), "بموجب")


def test_a_cause_after_a_reporting_verb_is_no_reporter():
    body = 'وكانت المفوضية قد أعلنت خفض عدد العاملين بسبب التراجع الحاد في التمويل.'
    assert not _has_word(actor_names(body), "بسبب")


def test_a_fused_preposition_after_a_title_is_no_name():
    body = 'وأضاف أن القتيل هو المسؤول عما يسمى قاطع جنوب المدينة.'
    assert not _has_word(actor_names(body), "عما")


def test_a_given_name_in_ba_is_no_circumstance():
    body = 'وقال الوزير بسام حداد إن "الوضع مستقر".'
    assert speakers(body) == ["بسام حداد"]


# --- a second party joined with «و» -------------------------------------------------------------------

def test_wa_and_an_office_plural_is_no_name():
    body = 'واستقبل العامل لجنة في اجتماع حضره رئيس المجلس الجماعي وممثلو المصالح الخارجية.'
    assert not _has_word(actor_names(body), "وممثلو")


# --- places and buildings -------------------------------------------------------------------------------

def test_a_city_read_as_a_reporter_is_no_actor():
    body = 'ساد هدوء حذر مدينة الزاوية غربي طرابلس صباح اليوم.'
    assert not _has_word(actor_names(body), "مدينة")


def test_a_municipality_that_speaks_stays():
    body = 'وقالت بلدية سنجل، في بيان، إن "المستعمرين هاجموا المنازل".'
    assert speakers(body) == ["بلدية سنجل"]


def test_a_building_after_a_name_ends_it():
    body = ('ومن المنتظر أن يزور رئيس أركان الجيش الفريق أول ركن عبد الأمير يار الله مقر قيادة '
            'العمليات غداً.')
    names = actor_names(body)
    assert "عبد الأمير يار الله" in names and not _has_word(names, "مقر")


def test_a_place_adjective_makes_no_person():
    body = 'وتفقد المحافظ منطقة الشيخ خالد الحدودية أمس.'
    assert not _has_word(actor_names(body), "الحدودية") and "خالد" not in actor_names(body)


# --- verbal nouns ---------------------------------------------------------------------------------------

def test_a_hollow_verbal_noun_is_no_reporter():
    body = 'وكانت قيادة الشرطة قد أعلنت إعادة فتح الطريق الدولي فجر اليوم.'
    assert not _has_word(actor_names(body), "إعادة")


def test_a_given_name_of_that_shape_stays_a_reporter():
    body = 'وأكد أسامة حمدان أن الحركة متمسكة بالاتفاق.'
    assert "أسامة حمدان" in actor_names(body)


def test_what_an_office_is_for_is_no_name():
    body = 'واستضاف المجلس مدير توزيع كهرباء الجنوب في جلسة الأحد.'
    assert not _has_word(actor_names(body), "توزيع")


def test_a_verbal_noun_shaped_given_name_after_a_title_stays():
    body = 'وقال الوزير توفيق العلي إن "الموازنة متوازنة".'
    assert speakers(body) == ["توفيق العلي"]


# --- untitled definite nouns and bare titles --------------------------------------------------------------

def test_a_definite_common_noun_with_no_title_is_no_reporter():
    body = 'ونفى المتهم الرئيسي، خلال استجوابه، كل التهم المنسوبة إليه.'
    assert not _has_word(actor_names(body), "المتهم")


def test_a_currency_is_no_reporter():
    body = 'واصل الريال اليمني تعافيه أمام العملات الأجنبية.'
    assert not _has_word(actor_names(body), "الريال")


def test_groups_joined_by_wa_stay_reporters():
    body = 'وأكد الولاة والعمال أن الإجراءات ستطبق بصرامة.'
    assert "الولاة والعمال" in actor_names(body)


def test_a_bare_title_is_no_reporter():
    body = 'وكشفت النائبة أنها تقدمت بطلب إحاطة إلى رئيس المجلس.'
    assert not _has_word(actor_names(body), "النائبة")


# --- a narrative before an unnamed source -------------------------------------------------------------------

def test_a_narrative_before_a_source_leaves_the_source():
    body = 'وبحسب رواية مصدر أمني تحدث للصحيفة، فإن "الاشتباك اندلع فجراً".'
    assert speakers(body) == ["مصدر أمني"]
