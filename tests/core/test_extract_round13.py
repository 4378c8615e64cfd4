"""The general fixes prompted by round 13 of unseen reports, each a rule about how Arabic news
refers to the people it quotes: a name whose last word is shaped like a reporting verb («طالب»)
before the «إن» of «قال»; an unnamed source «في» an authority («سلطة …»); «أحد/إحدى» before a
group that describes an unnamed person («أحد محامي الدفاع»); a bare generic plural («مراقبون»)
that holds a view and is no actor; and two reporting verbs read more widely («بيّن» with its
shadda, «أبدى»).

Every text here is invented for the test; none is a fixture article.
"""
from tests.core.extract_cases import actor_names as _actor_names, quotes as _quotes, speakers as _speakers


# --- names and descriptions ------------------------------------------------------

def test_a_verb_shaped_last_name_before_the_inna_of_qala_is_part_of_the_name():
    # «إن» after a reporting verb is «قال»'s complement alone, so «شاكر» before it ends the name;
    # «وطالب» with «و» and «طالب بأن» stay verbs of their own
    body = ('قال مدير الدفاع المدني سامي عادل شاكر إن "فرق الإطفاء سيطرت على الحريق بالكامل".\n\n'
            'وطالب النائب خالد منصور بأن "تفتح الحكومة تحقيقا عاجلا في أسباب الحريق".')
    assert _speakers(body) == ["سامي عادل شاكر", "خالد منصور"]


def test_an_unnamed_source_in_an_authority_keeps_the_authority():
    # «سلطة المياه»، «سلطة الطيران المدني»: «سلطة» heads a body, so «في سلطة …» stays with the source
    body = ('وكشف مصدر في سلطة الطيران المدني، فضل عدم ذكر اسمه، أن "الرحلات ستستأنف مطلع الأسبوع المقبل".')
    assert _speakers(body) == ["مصدر في سلطة الطيران المدني"]


def test_one_of_a_group_keeps_the_group_whole():
    # «أحد محامي الدفاع»، «إحدى المعلمات في المدرسة»: «أحد/إحدى» and the group it belongs to
    body = ('قال أحد محامي المتهمين، مفضلا عدم ذكر اسمه، إن "الدفاع سيطعن في الحكم أمام محكمة الاستئناف".\n\n'
            'وقالت إحدى المعلمات في المدرسة إن "الصفوف مكتظة بأكثر من خمسين طالبا".')
    assert _speakers(body) == ["أحد محامي المتهمين", "إحدى المعلمات في المدرسة"]


def test_a_bare_generic_plural_that_holds_a_view_is_no_actor():
    # «ويرى مراقبون أن …» with no quotation: a view held by a group no one names
    body = ('قال وزير الاقتصاد رامي حداد إن "النمو سيتجاوز ثلاثة في المئة هذا العام".\n\n'
            'ويرى مراقبون أن الحكومة تراهن على الاستثمار الأجنبي، فيما يحذر اقتصاديون من موجة غلاء جديدة.')
    assert _speakers(body) == ["رامي حداد"]
    names = _actor_names(body)
    assert "مراقبون" not in names and "اقتصاديون" not in names


def test_a_bare_generic_plural_given_a_quotation_speaks():
    # «ويرى محللون أن "…"»: given a quotation, the group is its speaker, as earlier batches annotate it
    body = ('ويرى محللون أن "خفض الفائدة سيدعم الاستثمار في الأشهر المقبلة".')
    assert _speakers(body) == ["محللون"]


# --- reporting verbs ---------------------------------------------------------------

def test_bayyana_with_its_shadda_or_opening_a_clause_is_a_reporting_verb():
    # «وبيّن الوزير أن "…"»: explained, not «بين» (between); «وبين» unmarked opening a clause with
    # «أن» a few words on is the verb too
    body = ('قال وزير التربية سعيد ناصر إن "العام الدراسي سيبدأ في موعده".\n\n'
            'وبيّن الوزير أن الوزارة "ستعين ألفي معلم جديد قبل نهاية الشهر المقبل".\n\n'
            'وبين المتحدث باسم الوزارة أن "الكتب المدرسية وصلت إلى جميع المديريات".')
    got = _quotes(body)
    assert [s for _, s in got] == ["سعيد ناصر", "سعيد ناصر", "المتحدث باسم الوزارة"]
    assert got[1][0].startswith("ستعين ألفي معلم")


def test_abda_expresses_what_is_quoted():
    # «أبدى قلقه من "…"»: expressed, as «أعرب عن»
    body = ('وأبدى المتحدث باسم المفوضية الأوروبية ماركوس لامرت، في مؤتمر صحفي ببروكسل، قلق الاتحاد '
            'من "تصاعد العنف في المناطق الحدودية خلال الأيام الأخيرة".')
    assert _speakers(body) == ["ماركوس لامرت"]
