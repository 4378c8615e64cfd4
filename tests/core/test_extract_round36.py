"""Rounds 32 to 37, second pass: a place or a body joined by «و» before a name read after an office,
what a body is for («لنقل وتوزيع …») kept in its title, a given name before «بن» read as a name and
not an office, a family name the article writes elsewhere ending a name before the object, and a
past verb (shown by its vowels, its «ا» without hamza, or the preposition it governs) ending a name."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def _has_word(names: list[str], word: str) -> bool:
    return any(word in name.split() for name in names)


# --- a place or a body before the name ------------------------------------------------------------

def test_two_places_joined_by_wa_after_an_office_are_not_the_name():
    body = 'وقال محافظ طمرة والقرى الشمالية سامر الخطيب إن "القوات اقتحمت البلدة فجراً".'
    assert speakers(body) == ["سامر الخطيب"]


def test_a_second_person_joined_by_wa_is_not_read_as_a_place():
    body = 'وقال الوزير محمد والسفير خالد العلي إن "العلاقات متينة".'
    assert not _has_word(actor_names(body), "والسفير")


def test_what_a_body_is_for_stays_in_its_title():
    body = 'وأوضح مدير عام الشركة العامة لنقل وتوزيع المياه نادر الحلبي أن "الضخ سيعود غداً".'
    assert speakers(body) == ["نادر الحلبي"]


def test_lam_on_an_outlet_after_a_body_is_not_its_purpose():
    body = 'وقال رئيس الهيئة العامة للاتصالات سامر الحلبي لصحيفة الثورة إن "الأسعار ثابتة".'
    assert not any("لصحيفة" in name for name in speakers(body))


# --- a given name before «بن» -----------------------------------------------------------------------

def test_an_office_shaped_given_name_before_bin_is_the_name():
    body = 'وقال أمين المنطقة الشرقية مساعد بن خالد العتيبي إن "الفرق جاهزة".'
    assert speakers(body) == ["مساعد بن خالد العتيبي"]


# --- a family name the article gives in full ----------------------------------------------------------

def test_a_known_family_name_ends_before_the_object():
    body = ('وقال حاكم الإقليم سالم أبكر حسين إن "الوضع خطير". '
            'وطالب حسين المجتمع الدولي بـ"التحرك الفوري لحماية المدنيين".')
    assert speakers(body) == ["سالم أبكر حسين", "سالم أبكر حسين"]


def test_a_given_name_that_goes_on_elsewhere_is_no_family_name():
    body = ('واعتبر النائب فادي محمد علي أن "الأزمة عميقة". '
            '«نقف في الطوابير منذ الفجر»، يقول محمد الصالح العمري، أحد المحتجين.')
    assert "محمد الصالح العمري" in actor_names(body)


# --- a past verb after a full name ------------------------------------------------------------------

def test_a_hamzaless_form_viii_verb_before_a_pronoun_preposition_ends_the_name():
    body = ('وأجرى الوزير اتصالاً بقائد الجيش العماد سمير كرم اطلع خلاله على التفاصيل، '
            'وأكد الوزير أن "الوضع هادئ".')
    names = actor_names(body)
    assert "سمير كرم" in names and not _has_word(names, "اطلع")


def test_a_voweled_form_ii_verb_before_its_object_ends_the_name():
    body = 'وقالت الوزارة إن "الوزير نور الدين السعدي وجّه بتشكيل غرفة عمليات مشتركة".'
    names = actor_names(body)
    assert "نور الدين السعدي" in names and not _has_word(names, "وجه")


def test_a_faail_verb_before_an_opening_a_sentence_ends_the_name():
    body = 'وزير المال فادي حداد دافع عن المشروع في الجلسة. وقال إن "الموازنة متوازنة".'
    names = actor_names(body)
    assert "فادي حداد" in names and not _has_word(names, "دافع")


def test_a_faail_surname_after_a_reporting_verb_stays():
    body = 'وقال وزير المال محمد علي صالح على هامش الجلسة إن "الموازنة متوازنة".'
    assert speakers(body) == ["محمد علي صالح"]


def test_a_faail_surname_before_a_bare_preposition_stays():
    body = 'وأكد الوزير سامي خالد جابر في تصريح أن "الموازنة متوازنة".'
    assert speakers(body) == ["سامي خالد جابر"]
