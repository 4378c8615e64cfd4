"""Round 64: what no whole name is (name_common.py): some bodies described («حذرت منظمات دولية»),
a document for its issuer («كشفت إحصائية صادرة عن …»), a body's head alone («لجمعيات»), the noun an
indefinite title governs («صاحب متجر»، «مدير عام فرع الوزارة … المهندس …»), a description before
a name («الزائر الأردني …»), an office after a name («… آل ثاني محافظ الدوحة»), and a minister's
title of address left out of his ministry's name («وزير الزراعة الدكتور …» then «الوزارة»)."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# --- some bodies described, a document: no actor -------------------------------------------------

def test_bodies_described_by_a_plural_and_an_adjective_are_no_actor():
    body = ('وحذرت هيئات إغاثية محلية من نقص الدواء في المخيمات. '
            'وأعلنت جمعيات خيرية كبرى خططاً لتوزيع المساعدات.')
    assert actor_names(body) == []


def test_bodies_described_may_still_speak_a_quotation():
    body = 'وقالت منظمات حقوقية إن "الاعتقالات تعسفية".'
    assert speakers(body) == ["منظمات حقوقية"]


def test_a_document_is_not_its_issuer():
    body = 'وكشفت إحصائية رسمية صادرة عن هيئة الإحصاء أن عدد السياح ارتفع.'
    assert not any(n.startswith("إحصائية") for n in actor_names(body))


def test_a_body_head_alone_in_lam_is_no_one():
    body = ('من جهته، نبّه رئيس الفيدرالية الوطنية لجمعيات آباء التلاميذ سعيد ناصري، في تصريح '
            'لـ"الموقع"، إلى أن "الأسعار مرتفعة هذا العام".')
    assert not any(n in ("لجمعيات", "جمعيات") for n in actor_names(body))


# --- the noun an indefinite title governs -----------------------------------------------------------

def test_the_owner_of_a_shop_is_described_not_named():
    body = 'وقال صاحب مخبزة في الحي، فضّل عدم ذكر اسمه، إن "الطحين غال".'
    assert speakers(body) == ["صاحب مخبزة"]


def test_a_general_manager_of_a_branch_is_named_after_his_title_of_address():
    body = ('وأوضح مدير عام فرع وزارة الصحة بالمنطقة الدكتور سالم العتيبي أن "الحالات تراجعت". '
            'وأضاف العتيبي أن "اللقاحات متوفرة".')
    assert speakers(body) == ["سالم العتيبي", "سالم العتيبي"]


def test_a_long_name_after_an_indefinite_title_is_kept():
    body = 'وقال رئيس حكومة إقليم الشمال مسرور جلال إن "الرواتب ستصرف".'
    assert speakers(body) == ["مسرور جلال"]


# --- a description before the name, an office after it --------------------------------------------

def test_a_visitor_and_his_nationality_are_no_part_of_his_name():
    body = 'وقال الزائر الأردني خالد العمري، الذي يزور المدينة للمرة الأولى: "الطقس رائع".'
    assert speakers(body) == ["خالد العمري"]


def test_an_office_after_a_name_is_not_its_last_word():
    body = 'وقال السيد حمد بن سالم آل مكتوم محافظ مسندم، خلال جولته في السوق، إن "الأرقام جيدة".'
    assert speakers(body) == ["حمد بن سالم آل مكتوم"]


# --- a minister's title of address is not his ministry's ------------------------------------------

def test_the_ministry_of_a_minister_leaves_out_his_title_of_address():
    body = ('وقال وزير الزراعة الدكتور سامي حداد إن "الموسم جيد". '
            'وأضافت الوزارة أن "الدعم مستمر".')
    assert "وزارة الزراعة الدكتور" not in actor_names(body)
    assert speakers(body)[1] == "وزارة الزراعة"
