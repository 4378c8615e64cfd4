"""Session 20: what the twenty-seventh wave of unseen reports (rounds 399-404, written after
8721885 and scored untouched first) found: the governor of Bank Al-Maghrib, a participle that opens
no clause, the prosecution referred to as «ممثل الحق العام», the accused as no family name, Talib
as a given name, the speaker a bare family name refers to, and a senator."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_the_governor_of_bank_al_maghrib():
    # round 399: «والي بنك المغرب» was read as «وإلى بنك المغرب», and the governor's words went to the council
    body = ('وقرر مجلس بنك المغرب الإبقاء على سعر الفائدة. وقال والي بنك المغرب، عبد اللطيف الجواهري، في '
            'ندوة صحفية، إن "التضخم سيستقر في حدود 1 في المائة"، داعياً البنوك إلى تحمل المخاطر، ومشيراً '
            'إلى أن البرنامج "يحتاج إلى تقييم جدي".')
    assert speakers(body) == ["عبد اللطيف الجواهري", "عبد اللطيف الجواهري"]


def test_the_prosecution_referred_to_as_the_publics_representative():
    # rounds 393, 399: «ممثل الحق العام»، «ممثل النيابة» were speakers of their own
    body = ('والتمس وكيل الجمهورية لدى القطب الجزائي الاقتصادي والمالي عقوبة 10 سنوات حبساً نافذاً. وقال '
            'ممثل الحق العام في مرافعته إن "الملف ثابت بالوثائق".')
    assert speakers(body) == ["وكيل الجمهورية لدى القطب الجزائي الاقتصادي والمالي"]


def test_the_accused_is_no_family_name():
    # round 399: «أنكر المتهم» was read as a whole name «المتهم» is the family name of
    body = ('وخلال استجوابه، أنكر المتهم الرئيسي التهم المنسوبة إليه. وعندما سأله رئيس الجلسة عن الشطر '
            'الثاني، ردّ المتهم: "كنا تحت ضغط الآجال".')
    names = actor_names(body)
    assert "أنكر المتهم" not in names


def test_talib_is_a_given_name_after_a_whole_title():
    # round 401: «طالب الموسوي» (Talib) was cut to «الموسوي»
    body = ('بدوره، قال قائد محور ديالى في الحشد الشعبي طالب الموسوي لـ"النجباء" إن "مقاتلي الحشد كانوا في '
            'مقدمة القوة".')
    assert speakers(body, outlet="النجباء") == ["طالب الموسوي"]


def test_a_bare_family_name_is_the_one_who_spoke_last():
    # round 400: «وأوضح فاروق» after the agriculture minister went to the supply minister named since
    body = ('وقال وزير الزراعة علاء فاروق إن "الدولة ملتزمة باستلام كل حبة قمح". وحضر الاجتماع وزير التموين '
            'شريف فاروق. وأوضح فاروق أن المستحقات ستُصرف "خلال 48 ساعة من التوريد".')
    assert speakers(body) == ["علاء فاروق", "علاء فاروق"]


def test_a_senator_is_a_title():
    # round 404: «سيناتور النقل» was read as a name
    body = 'ورأى سيناتور النقل أنيس تياركس أن القرار "يمنح المدن يقيناً في التخطيط".'
    assert speakers(body) == ["أنيس تياركس"]
