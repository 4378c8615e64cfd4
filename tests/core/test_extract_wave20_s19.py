"""Session 19: what the twentieth wave of unseen reports (rounds 357-362, written after the rules
froze at 8771b97 and scored untouched first) found: «ذات» of an age read into a child's name,
a Portuguese given name written as a verb of speech."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_dhat_of_an_age_is_no_word_of_a_name():
    # round 361: «ريم ذات» was proposed
    body = ('وقال عبد الرزاق الفيتوري، والد الطفلة ريم ذات الأعوام الأربعة، لـ"الصحة اليوم" إن '
            '"العملية أنقذت حياة ابنتي"، مشيراً إلى أن العائلة انتظرت عاماً كاملاً.')
    assert speakers(body, outlet="الصحة اليوم") == ["عبد الرزاق الفيتوري"]
    assert all("ذات" not in name for name in actor_names(body, outlet="الصحة اليوم"))


def test_rui_written_with_ya_is_a_name_where_rawa_takes_alif_maqsura():
    # round 361: «روي» of «روي ألميدا» was read as «روى» (narrated), cutting the name
    body = ('في المقابل، اعتبر مدرب النجم الساحلي البرتغالي روي ألميدا أن فريقه "دفع ثمن غياب التركيز في '
            'عشر دقائق فقط"، مشدداً على أن الموسم طويل.')
    assert speakers(body) == ["روي ألميدا"]


def test_rawa_written_with_alif_maqsura_is_still_a_verb():
    # guard: «وروى أحد السكان» is a verb of speech
    body = ('وروى أحد السكان، ويدعى محمد عثمان، أن "المياه وصلت إلى النوافذ خلال دقائق"، مؤكداً على '
            'سرعة الفيضان.')
    assert "روى" not in " ".join(actor_names(body))


def test_holding_a_round_is_what_was_proposed_not_who():
    # round 362: «واقترح عقد جولة جديدة "…"» made «عقد» the speaker
    body = ('بدوره، أكد وزير الدفاع الأوكراني رستم عمروف أن أوكرانيا "مستعدة لوقف شامل لإطلاق النار"، '
            'واقترح عقد جولة جديدة "قبل نهاية حزيران/يونيو الجاري".')
    assert speakers(body) == ["رستم عمروف"] * 2
    assert "عقد" not in actor_names(body)


def test_a_country_as_a_family_name_after_a_given_name():
    # round 362: «لويس مونتينيغرو» was cut at Montenegro
    body = ('أما في لشبونة، فقال رئيس الوزراء البرتغالي لويس مونتينيغرو إن "كل المؤشرات تدل على أن '
            'الخلل بدأ خارج البرتغال".')
    assert speakers(body) == ["لويس مونتينيغرو"]
