"""Round 52: the last check that a proposed actor's name is whole (name_whole.py): a body's name
does not run on into the verb's object («ودعت اللجنة المتطوعين») nor into a feminine adjective of
another noun («تعليمات المجلس الخاصة»); a name stopping on a word that governs another takes what
it governs or is none («مسؤول في إحدى شركات …»، «منظمة … بلا …»); a private person's descriptor
is no part of the name; an office's field after «لـ» is the title's; a list of places joined
with «و» names no one; a source's description never opens with «و»; and a feminine past verb
opens no untitled subject's name (actor_gate.py)."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# --- a body's name ends before the verb's object ---------------------------------------------------

def test_a_body_does_not_run_into_a_plural_of_people():
    body = 'ودعت اللجنة المتطوعين الذين لم يسجلوا إلى مراجعة المكاتب.'
    assert not any("المتطوعين" in n for n in actor_names(body))


def test_a_masculine_body_takes_no_feminine_adjective_of_another_noun():
    body = ('وقال المجلس الأعلى للتموين إن "المخزون يكفي". وعاقب التجار بعد مخالفة تعليمات المجلس الخاصة '
            'بأسعار الخبز. وأكد المجلس أن "الرقابة مستمرة".')
    assert not any("الخاصة" in n for n in actor_names(body))
    assert speakers(body) == ["المجلس الأعلى للتموين", "المجلس الأعلى للتموين"]


# --- a name stopping on a word that governs another -----------------------------------------------

def test_one_of_the_companies_takes_what_it_governs():
    body = 'وقال مسؤول في إحدى شركات النقل إن "الأسعار ارتفعت".'
    assert speakers(body) == ["مسؤول في إحدى شركات النقل"]


def test_a_site_in_construct_takes_its_name():
    body = 'وقال مصدر في إدارة ميناء سوراكة إن "السفن تنتظر منذ يومين".'
    assert speakers(body) == ["مصدر في إدارة ميناء سوراكة"]


def test_a_body_named_for_what_it_is_without():
    body = 'وقالت منظمة صحفيين بلا قيود إن "الوضع خطير".'
    assert speakers(body) == ["منظمة صحفيين بلا قيود"]


# --- a private person's descriptor ------------------------------------------------------------------

def test_the_descriptor_before_a_short_given_name_is_no_part_of_it():
    body = 'وقال المواطن يس عبد الرحيم إن "الماء مقطوع منذ أسبوع".'
    assert speakers(body) == ["يس عبد الرحيم"]


# --- an office's field after «لـ» -------------------------------------------------------------------

def test_the_field_of_an_office_is_the_titles():
    body = 'وقال المدير التنفيذي لقطاع النقل البري سامر الحلبي إن "الخطة جاهزة".'
    assert speakers(body) == ["سامر الحلبي"]


# --- a list of places -----------------------------------------------------------------------------

def test_places_joined_with_wa_are_no_name():
    body = 'ووجه المحافظ بحملة في أحياء الشيخ حسن ودار السلام، تبدأ الأحد.'
    assert not any("حسن" in n for n in actor_names(body))


# --- a source's description does not open with «و» ------------------------------------------------

def test_a_counted_noun_and_its_feminine_are_no_source():
    body = 'انتظم أكثر من 300 ألف طالب وطالبة في المعاهد الفنية بمختلف التخصصات.'
    assert not any("طالبة" in n for n in actor_names(body))


# --- a feminine past verb opens no untitled subject's name -----------------------------------------

def test_a_feminine_past_verb_after_a_plan_is_no_name():
    body = 'وكانت الوزارة قد أقرت في آذار الماضي خطة إسعاف شتوية، تضمنت شراء مولدات جديدة.'
    assert not any("تضمنت" in n for n in actor_names(body))
