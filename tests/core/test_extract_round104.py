"""Round 104: a body's name never ends on an indefinite noun, which governs the next one («جمعية
أصدقاء مرضى السرطان»، «فيدرالية جمعيات آباء وأمهات وأولياء التلاميذ»); a body's aim after «من أجل»
and the parties it joins after «بين» end its name when the phrase ends there; the body an office
serves in «لـ» + an indefinite head before its holder's name («الرئيس التنفيذي لميناء …»); and a
title of address after an office's field opens the holder's name («… لطب الأطفال الدكتورة …»)."""
from __future__ import annotations

from tests.core.extract_cases import speakers


# --- a construct chain runs to its definite end ------------------------------------------------------

def test_a_chain_of_indefinite_nouns_runs_to_its_definite_end():
    body = 'وقالت رابطة أصدقاء مكتبات الأحياء الشعبية، في بيان، إن "القراءة حق للجميع".'
    assert speakers(body) == ["رابطة أصدقاء مكتبات الأحياء الشعبية"]


def test_members_joined_in_a_chain_are_governed_alike():
    body = 'وقالت شبكة جمعيات نساء وشباب القرى الجبلية إن "الطرق مقطوعة منذ أسبوع".'
    assert speakers(body) == ["شبكة جمعيات نساء وشباب القرى الجبلية"]


def test_a_joined_member_right_after_the_bodys_words():
    body = 'وقالت رابطة أسر وأهالي ضحايا الحوادث إن "العدالة تأخرت كثيرا".'
    assert speakers(body) == ["رابطة أسر وأهالي ضحايا الحوادث"]


def test_a_federation_is_a_body():
    body = 'وقالت فيدرالية نوادي الصيد البحري إن "الموسم كان صعبا على الجميع".'
    assert speakers(body) == ["فيدرالية نوادي الصيد البحري"]


def test_a_kunya_place_closes_a_chain():
    body = 'وقالت غرفة طوارئ أم روابة الكبرى إن "المياه لم تصل إلى الأحياء".'
    assert speakers(body) == ["غرفة طوارئ أم روابة الكبرى"]


# --- «من أجل» and «بين» in a body's name ------------------------------------------------------------

def test_a_bodys_aim_after_min_ajl_is_its_name():
    body = 'وقالت الرابطة المغربية من أجل حماية المستهلك، في بيان، إن "الأسعار ارتفعت بلا مبرر".'
    assert speakers(body) == ["الرابطة المغربية من أجل حماية المستهلك"]


def test_a_purpose_of_the_verb_is_no_name():
    body = 'وتحركت الجمعية الخيرية من أجل حماية الأطفال في المخيمات، وقالت إن "الوضع صعب جدا".'
    assert speakers(body) == ["الجمعية الخيرية"]


def test_the_parties_a_body_joins_after_bayn():
    body = 'وأعلنت لجنة التنسيق بين الوزارتين المعنيتين، في بيان، أن "الخطة ستنفذ قريبا".'
    assert speakers(body) == ["لجنة التنسيق بين الوزارتين المعنيتين"]


def test_bayn_and_a_time_is_no_name():
    body = 'وقالت اللجنة بين الحين والآخر إن "الوضع صعب جدا".'
    assert speakers(body) == ["اللجنة"]


# --- the body an office serves, in «لـ» on an indefinite head -------------------------------------------

def test_an_offices_field_in_lam_before_its_holder():
    body = ('وقال المدير التنفيذي لميناء الدقم والمنطقة الاقتصادية خالد بن سعد الحربي إن "الحركة ارتفعت". '
            'وأضاف الحربي أن "التوسعة ستكتمل".')
    assert speakers(body) == ["خالد بن سعد الحربي", "خالد بن سعد الحربي"]


def test_lam_on_a_site_spoken_to_is_no_field():
    body = 'وقال الوزير لموقع المنصة سامي إن "النمو جاء مدفوعا بالصادرات".'
    assert speakers(body) == ["الوزير"]


# --- a title of address after an office's field ------------------------------------------------------

def test_a_title_of_address_after_a_short_field_opens_the_name():
    body = 'وقال رئيس الجمعية الوطنية لطب العيون الدكتور زكريا بنهيمة إن "الوضع خطير جدا".'
    assert speakers(body) == ["زكريا بنهيمة"]
