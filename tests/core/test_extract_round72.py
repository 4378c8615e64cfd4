"""Round 72: the reporter of indirect speech is an actor only when it shows a whole name (a
person's, a body's or an unnamed source's: reporter_evidence.py); an institute («المعهد») and a
movement («حراك») are bodies and a researcher («الباحثة») a title; a present verb after «أن» is no
given name; a verbal noun of the form تفعلة after a known surname is the clause's object; and an
unnamed source keeps the section it works in («في قطاع …») and a site written with «بـ»."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# --- the reporter of indirect speech, positively ----------------------------------------------------

def test_a_circumstance_after_the_verb_is_no_reporter():
    # «أقرت … بكلفة تبلغ»: the cost read as the subject of «أقرت» shows no name
    body = 'وكانت الوزارة قد أقرت الشهر الماضي برنامجا لصيانة المدارس، بكلفة تبلغ 5 ملايين دينار.'
    assert actor_names(body) == []


def test_a_person_reporter_is_still_an_actor():
    body = 'وأكد سامر الحلبي أن المشروع سيكتمل قبل نهاية العام.'
    assert "سامر الحلبي" in actor_names(body)


def test_a_body_by_its_head_is_still_a_reporter():
    body = 'وأعلنت بلدية صفاقس أن الأشغال ستنطلق الأسبوع المقبل.'
    assert "بلدية صفاقس" in actor_names(body)


def test_two_unnamed_officials_are_still_a_reporter():
    body = 'وأفاد مسؤولان حكوميان أن المفاوضات ستستأنف الأسبوع المقبل.'
    assert any(n.startswith("مسؤولان") for n in actor_names(body))


# --- an institute is a body; a researcher's title runs on to her name --------------------------------

def test_an_institute_speaks_as_a_body():
    body = ('وأفاد المعهد الوطني للدراسات الزراعية أمس بتراجع المحصول. '
            'وأوضح المعهد، في تقريره، أن "المحصول تراجع بسبب الجفاف الطويل هذا العام".')
    assert speakers(body) == ["المعهد الوطني للدراسات الزراعية"]


def test_a_researcher_in_a_body_is_named_after_it():
    # «الباحثة» opens a title as «الأستاذة» does: the name follows the body she works in
    body = ('وقال الوزير سامي الحداد إن "الخطة ستنفذ هذا العام". لكن الباحثة في جمعية حقوق المرأة '
            'السورية هالة العلي رأت أن "الخطة تأخرت كثيرا عن موعدها المعلن".')
    assert speakers(body) == ["سامي الحداد", "هالة العلي"]


def test_a_researcher_by_field_is_named():
    body = ('وقال الوزير سامي الحداد إن "الخطة ستنفذ هذا العام". لكن الباحثة الاجتماعية هالة العلي '
            'رأت أن "الخطة تأخرت كثيرا عن موعدها المعلن".')
    assert speakers(body) == ["سامي الحداد", "هالة العلي"]


# --- a present verb after «أن» is no given name -----------------------------------------------------

def test_a_verb_after_an_is_no_given_name_of_a_body():
    body = ('وقال المختبر، في نشرته، إن "العينات سليمة تماما بعد الفحص الدقيق". '
            'ومن المنتظر أن يصدر المختبر تقريره الكامل الأسبوع المقبل.')
    assert not any("يصدر" in n for n in speakers(body))


# --- a verbal noun of the form تفعلة ends a name the clause goes on from ------------------------------

def test_a_tafila_verbal_noun_after_a_known_surname_is_the_object():
    # «وأعلن العرفاوي تعبئة فرق …»: what he announced, not more of his name
    body = ('أعلن الدكتور سامي العرفاوي افتتاح المعرض أمس. وأعلن العرفاوي تعبئة فرق الإسعاف، مؤكدا أن '
            '"المعرض يجمع أفضل الحرفيين في البلاد هذا العام".')
    assert speakers(body) == ["سامي العرفاوي"]


# --- where an unnamed source works: a section's construct, a site after «بـ» ------------------------

def test_a_source_in_a_section_keeps_its_construct():
    body = 'وقال مصدر في قطاع النقل البحري إن "الرحلات ستستأنف خلال الأيام المقبلة بعد الصيانة".'
    assert speakers(body) == ["مصدر في قطاع النقل البحري"]


def test_a_source_in_a_section_of_two_nouns():
    body = 'وقال مصدر في قسم صيانة المحطات إن "الأعطال ستصلح خلال الأيام المقبلة بعد الفحص".'
    assert speakers(body) == ["مصدر في قسم صيانة المحطات"]


def test_a_source_at_a_hospital_written_with_ba_keeps_its_name():
    body = 'وقال مصدر طبي بمستشفى زايد العسكري إن "عدد المصابين ارتفع خلال الليلة الماضية إلى عشرين".'
    assert speakers(body) == ["مصدر طبي بمستشفى زايد العسكري"]


def test_a_source_and_a_statement_is_no_section():
    body = 'وقال مصدر في تصريح صحفي إن "عدد المصابين ارتفع خلال الليلة الماضية إلى عشرين".'
    assert speakers(body) == ["مصدر"]


# --- a movement is a body -------------------------------------------------------------------------

def test_a_coordinator_in_a_movement_is_whole():
    body = 'وقال منسق في حراك المتقاعدين إن "الاعتصام سيستمر حتى تستجيب الحكومة لكل المطالب".'
    assert speakers(body) == ["منسق في حراك المتقاعدين"]
