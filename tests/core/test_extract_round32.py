"""Rounds 32 to 35: a rank or a title of address before a name shaped like a time («اللواء صباح …»),
«العام» after a definite noun of a profession's title, a definite description before a title of
address and a name, its first word used again for the person, a news agency that relays a quotation,
and names that run on into a lone preposition, a passive verb, a verbal noun with a pronoun or a
verbal noun after «بـ»."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def _has_word(names: list[str], word: str) -> bool:
    return any(word in name.split() for name in names)


# --- a title and the name it introduces ---------------------------------------------------------

def test_a_time_shaped_given_name_after_a_rank_is_the_name():
    body = 'وقال المتحدث باسم قيادة العمليات العميد فجر الزبيدي إن "القوات أحكمت السيطرة على الطريق".'
    assert speakers(body) == ["فجر الزبيدي"]


def test_a_time_word_after_a_rank_with_no_surname_stays_a_time():
    body = 'وقال المتحدث باسم قيادة العمليات العميد صباح اليوم إن "القوات أحكمت السيطرة على الطريق".'
    assert not _has_word(actor_names(body), "اليوم")


def test_al_aam_after_a_profession_title_keeps_the_title_to_the_name():
    body = 'وقال أستاذ الاقتصاد العام في جامعة بغداد الدكتور كريم العبيدي إن "العجز سيتسع هذا العام".'
    assert speakers(body) == ["كريم العبيدي"]


def test_al_aam_as_a_time_after_a_title_is_no_part_of_it():
    body = 'وقال وزير المالية العام الماضي إن "العجز سيتسع".'
    assert not _has_word(actor_names(body), "الماضي")


def test_a_definite_description_before_an_address_and_a_name_describes_the_name():
    body = 'وقال المفاوض العشائري الشيخ حمد بن راشد الكعبي إن "الاتفاق صمد حتى الآن".'
    assert speakers(body) == ["حمد بن راشد الكعبي"]


def test_the_first_word_of_that_description_later_is_the_same_person():
    body = ('وقال المفاوض العشائري الشيخ حمد الكعبي إن "الاتفاق صمد حتى الآن". '
            'وتابع المفاوض أن "المرحلة الثانية ستبدأ قريباً".')
    assert speakers(body) == ["حمد الكعبي", "حمد الكعبي"]


# --- a news agency relays ------------------------------------------------------------------------

def test_the_one_an_agency_quotes_with_an_is_the_speaker():
    body = ('ونقلت وكالة أنباء الجنوب "صدى" عن محافظ الولاية العميد ناصر الحربي إشادته بدور المتطوعين، '
            'مؤكداً أن "السلطات ستواصل دعم كل جهود الإغاثة في المنطقة".')
    assert speakers(body) == ["ناصر الحربي"]


def test_an_agency_that_reported_a_quote_is_never_its_speaker():
    body = ('وأشاد رئيس المجلس الدكتور ناصر الحربي بـ"الدور الكبير للمتطوعين في الإغاثة"، '
            'بحسب ما أوردته وكالة الأنباء الكويتية.')
    names = speakers(body)
    assert names and not any("وكالة" in n for n in names)


# --- where a name ends -------------------------------------------------------------------------

def test_a_lone_preposition_after_a_name_is_no_name_word():
    body = 'وفي الحفل، شارك رئيس المجلس الوطني خالد سعيد المهيري بـ"كلمة مسجلة" عن المناسبة.'
    names = actor_names(body)
    assert "خالد سعيد المهيري" in names and not any(n.endswith("ب") or "بـ" in n for n in names)


def test_a_voweled_passive_verb_after_a_name_ends_it():
    body = ('وأفادت الشرطة، في بيان، بأن جثمان المنتسب نائب العريف سامر حسن شُيّع ظهر اليوم من مقر القيادة، '
            'مؤكدة أن "التحقيق سيكشف كل الملابسات قريباً".')
    assert not _has_word(actor_names(body), "شُيّع")


def test_a_verbal_noun_with_a_pronoun_after_a_name_ends_it():
    body = 'ونقلت الصحيفة عن محافظ البصرة أسعد العيداني إشادته بجهود فرق الإنقاذ.'
    names = actor_names(body)
    assert not _has_word(names, "إشادته")


def test_a_surname_ending_in_ta_marbuta_with_no_masdar_shape_stays():
    body = 'وقال الكاتب محمود شحاته إن "الرواية تعيش أزهى عصورها".'
    assert speakers(body) == ["محمود شحاته"]


def test_a_verbal_noun_after_ba_opens_no_name():
    body = 'وكانت صحف المعارضة قد اعترفت بسقوط قذائف هاون في محيط الثكنة أمس.'
    assert not any(n.startswith("بسقوط") for n in actor_names(body))


def test_a_name_beginning_with_ba_and_waw_stays():
    body = 'وقال المتحدث باسم الحكومة بيشوا هوراماني إن "الرواتب ستصرف الأسبوع المقبل".'
    assert speakers(body) == ["بيشوا هوراماني"]
