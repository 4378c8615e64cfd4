"""Session 17: common words proposed as speakers in earlier folders (rounds 47, 107 and 125 listed
them as bad actors for many sessions). An adjective of a statement after «في» («في رد مقتضب»), the
state a speaker spoke in («أضافت مبتسمة») and a verb written with its shadda after a complete name
(«مصطفى مدبولي وجّه المحافظين») are no part of any name."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_a_reply_after_a_preposition_is_a_noun_and_its_adjective_no_speaker():
    body = ('في المقابل، قالت مديرية التخطيط الإسرائيلية، في رد مقتضب، إن "عمليات الهدم نُفذت وفق '
            'أوامر قضائية نهائية".')
    assert speakers(body) == ["مديرية التخطيط الإسرائيلية"]


def test_the_state_she_spoke_in_is_no_name():
    body = ('قالت فاطمة عبدي نور، وهي بائعة خضار في سوق بكارة، إنها انتظرت ثلاث ساعات تحت الشمس. '
            '«هذه أول مرة في حياتي أحمل بطاقة ناخب، وسأذهب للتصويت مهما حدث»، أضافت مبتسمة.')
    assert speakers(body) == ["فاطمة عبدي نور"]
    assert "مبتسمة" not in actor_names(body)


def test_a_form_two_verb_after_a_whole_name_ends_it():
    body = ('ذكر مجلس الوزراء، في بيان اليوم، أن رئيس الوزراء الدكتور مصطفى مدبولي وجّه المحافظين '
            'بتذليل أي عقبات، ونقل البيان عن مدبولي تأكيده أن "توفير رغيف الخبز المدعم يظل أولوية".')
    assert speakers(body) == ["مصطفى مدبولي"]


def test_given_names_of_participle_shape_still_speak():
    # guard: the shapes above are names when the list of names says so, or with no verb before
    assert speakers('وقالت منيرة: «نحن هنا منذ الصباح».') == ["منيرة"]
    assert speakers('وقال مختار الحسن: «نحن هنا منذ الصباح».') == ["مختار الحسن"]
    assert speakers('وقال محمّد العلي: «نحن هنا منذ الصباح».') == ["محمّد العلي"]



def test_a_bare_group_with_its_tail_reports_no_actor():
    # rounds 104, 232 («أولياء أمور»), 201 («مواطنون آخرون»), 50 («شهود عيان»): a group no one
    # names holds a view; it is no actor unless a quotation is given to it
    for body in ('وفي القرية، عبّر أولياء أمور عن ارتياحهم لافتتاح المدرسة الجديدة. "كان أولادنا يقطعون '
                 '15 كيلومتراً كل يوم"، يقول سالم عوض، وهو أب لثلاثة تلاميذ.',
                 'قال أبو مصطفى، وهو من سكان حي العصري: "كنا ننتظر هذا اليوم منذ سنوات". فيما طالب '
                 'مواطنون آخرون بتسريع إعادة تأهيل شبكة الكهرباء.',
                 'وقال شهود عيان لـ"شبكة قدس" إن المستوطنين انسحبوا باتجاه بؤرة استيطانية.'):
        assert not any(w in " ".join(actor_names(body)) for w in ("أولياء", "مواطنون", "شهود"))


def test_a_group_given_a_quotation_speaks_as_described():
    # guard: the group stays the speaker of words given to it
    assert speakers('وقال مواطنون آخرون: "لم نحصل على الماء منذ أسبوع".') == ["مواطنون آخرون"]


def test_a_group_and_its_past_verb_are_no_name():
    # round 243: «مهنيون حضروا» (professionals who attended) was proposed as an actor
    body = ('وعلى مستوى النقل، أشار مهنيون حضروا اللقاء إلى أن كلفة الشاحنة المبردة نحو موريتانيا '
            'ارتفعت بنحو 15 في المائة منذ الصيف.')
    assert not any("مهنيون" in n for n in actor_names(body))
