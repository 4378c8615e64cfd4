"""Round 112c: a reporting verb's written subject that the name checks refused is read again
(subject_salvage.py) before the quotation falls back to the previous speaker: a title whose
complement ran into the holder's name («المختص بشؤون الطاقة حمزة …»), a name after a one-word
acronym in quote marks («… "سونلغاز" عبد الكريم …»), and the antecedent of a relative clause
(«أبو سامر، الذي …، قال»; «… كريم الصافي، الذي شدد على»)."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers

_BEFORE = 'قال وزير النقل سالم الكندي إن "الطريق الجديد سيفتتح قبل نهاية العام الجاري". '


# --- a title, then the name at its given name -------------------------------------------------------

def test_a_specialist_title_runs_into_the_name():
    body = _BEFORE + ('من جانبه، اعتبر المختص بشؤون الطاقة حمزة الجواهري أن الاعتماد على الاستيراد '
                      '"خطأ كبير لا يمكن السكوت عنه".')
    assert speakers(body) == ["سالم الكندي", "حمزة الجواهري"]


def test_a_governor_of_a_province_then_his_name():
    body = _BEFORE + 'من جهته، أوضح والي سطيف عبد الحكيم بوزيد أن "المشاريع ستنطلق في الأسابيع المقبلة".'
    assert speakers(body) == ["سالم الكندي", "عبد الحكيم بوزيد"]


def test_no_given_name_after_the_verb_keeps_the_previous_speaker():
    body = _BEFORE + 'وأضاف البيان أن "الأشغال ستستمر طوال فصل الصيف المقبل".'
    assert speakers(body) == ["سالم الكندي", "سالم الكندي"]


def test_a_name_after_a_quoted_acronym_in_the_title():
    body = _BEFORE + ('وكشف مدير شركة الكهرباء والغاز لقسنطينة "سونلغاز" عبد الكريم بن زيان أن '
                      '"الشبكة ستمدد إلى كل الأحياء الجديدة قريبا".')
    assert speakers(body) == ["سالم الكندي", "عبد الكريم بن زيان"]


# --- the antecedent of «الذي/التي» -----------------------------------------------------------------

def test_a_kunya_set_off_by_a_relative_clause():
    body = _BEFORE + ('أبو سامر، الذي فقد بيته في القصف الأخير، قال وهو ينظر إلى الركام: '
                      '"خسرنا كل شيء في لحظة واحدة".')
    assert speakers(body) == ["سالم الكندي", "أبو سامر"]


def test_a_described_person_set_off_by_a_relative_clause():
    body = _BEFORE + ('الصياد عمر الحداد، الذي يعمل في البحر منذ ثلاثين عاما، قال للإذاعة: '
                      '"لم نر موسما بهذا السوء من قبل".')
    assert speakers(body) == ["سالم الكندي", "عمر الحداد"]


def test_the_verb_inside_the_relative_clause():
    body = _BEFORE + ('وحضر أشغال الدورة عامل الإقليم رشيد الغازي، الذي شدد على '
                      '"ضرورة التنسيق بين كل المصالح المعنية بالملف".')
    assert speakers(body) == ["سالم الكندي", "رشيد الغازي"]


def test_a_relative_clause_about_a_thing_names_no_speaker():
    body = _BEFORE + ('المشروع، الذي تأخر سنتين كاملتين، قال عنه الوزير: '
                      '"سنفتتحه قبل نهاية العام مهما كانت الظروف".')
    assert "المشروع" not in actor_names(body)
