"""Rounds 26 to 31: a name after a title that runs on into a feminine present verb or whose second
word is a future verb, a first word after a title that opens the clause (an adverb of place, «لـ» on
a purpose or a plural, a plural تفاعيل), a four-letter place read as a future verb, and a body in the
construct state whose place no list has."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def _has_word(names: list[str], word: str) -> bool:
    return any(word in name.split() for name in names)


# --- where a name ends -------------------------------------------------------------------------

def test_a_feminine_present_verb_after_a_full_name_ends_it():
    body = 'وحمل الوفد دعوة من رئيس الجمهورية سامي الأحمدي تتضمن موعد القمة المقبلة في العاصمة.'
    names = actor_names(body)
    assert "سامي الأحمدي" in names and not _has_word(names, "تتضمن")


def test_a_future_verb_as_second_word_after_a_title_is_no_name():
    body = 'ويرى المراقبون أن أي رئيس حكومة جديد سيواجه مجلساً منقسماً بلا أغلبية واضحة.'
    assert not _has_word(actor_names(body), "سيواجه")


def test_a_future_verb_later_in_a_name_keeps_the_name_before_it():
    body = 'وقال مصدر إن المبعوث الخاص كريم ساندرز سيصل إلى المدينة غداً.'
    names = actor_names(body)
    assert "كريم ساندرز" in names and not _has_word(names, "سيصل")


# --- a clause read as a name after a title -----------------------------------------------------

def test_an_adverb_of_place_after_a_title_is_no_name():
    body = 'ويقول أبو سمير، صاحب محل ألبسة قرب السوق: "اهتزت الجدران وتكسر الزجاج في كل مكان".'
    assert not _has_word(actor_names(body), "قرب")


def test_lam_on_a_plural_after_a_company_title_is_no_name():
    body = 'واستمعت اللجنة إلى المدير العام للشركة الوطنية لصناعات الإسمنت حول نقص الإنتاج.'
    assert not _has_word(actor_names(body), "لصناعات")


def test_lam_on_a_purpose_after_a_title_is_no_name():
    body = 'وقال الوزير خلال المؤتمر الصحفي الشهري لشرح قرارات الحكومة إن "الأسعار ستستقر".'
    assert not _has_word(actor_names(body), "لشرح")


def test_a_tafaail_plural_after_a_title_is_no_name():
    body = 'وعرض وزير الزراعة تفاصيل الخطة الجديدة أمام أعضاء اللجنة أمس.'
    assert not _has_word(actor_names(body), "تفاصيل")


def test_a_name_beginning_with_lam_stays():
    body = 'وقال وزير الثقافة لطفي السالمي إن "المهرجان سيقام في موعده".'
    assert speakers(body) == ["لطفي السالمي"]


# --- bodies ------------------------------------------------------------------------------------

def test_a_four_letter_place_after_a_body_is_no_future_verb():
    body = 'وقالت بلدية سنور، في بيان، إن "المياه قطعت عن الأحياء الشرقية منذ يومين".'
    assert speakers(body) == ["بلدية سنور"]


def test_a_body_in_construct_keeps_the_place_it_serves():
    body = 'وذكرت مديرية أمن سلوقة، في بيان، أن "دورية ضبطت شحنة من الوقود المهرب".'
    assert speakers(body) == ["مديرية أمن سلوقة"]


def test_a_definite_body_does_not_take_the_next_word():
    body = 'وأعلنت وزارة الصحة أمس أن "عدد الإصابات تراجع خلال الأسبوع".'
    assert speakers(body) == ["وزارة الصحة"]
