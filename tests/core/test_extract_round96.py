"""Round 96: where a name begins and ends. A definite plural of people after a body or a name is
whom the verb calls on or advises («دعت الإدارة السائقين إلى …»، «ونصحت غانم المواطنين بتجنب …»),
never the name's last word, and alone it is no speaker («ودعت الأساتذة إلى …»); a word followed by
a known given name opens a chain of descent, so a one-word speaker's fuller name runs forward from
it («وقفت حليمة محمد علي … قالت حليمة»), not back into the verb before it; «الأمين» right after a
lone given name is the second word of «محمد الأمين», not an office."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers

_SAID = '"الوضع سيتحسن خلال الأسابيع المقبلة في كل المناطق"'


# --- a plural of people is the verb's object --------------------------------------------------------

def test_a_body_stops_before_the_people_it_calls_on():
    body = ('من جهتها، دعت الهيئة العامة للأرصاد الصيادين إلى "عدم الإبحار في الأيام الثلاثة المقبلة '
            'بسبب ارتفاع الأمواج"، مشيرة إلى أنها ستصدر نشرة جديدة.')
    assert speakers(body) == ["الهيئة العامة للأرصاد"]


def test_a_family_name_stops_before_the_people_advised():
    body = ('وقالت الطبيبة ريم خليل إن ' + _SAID + '. ونصحت خليل المسافرين بشرب كميات كافية من الماء، '
            'مؤكدة أن "الحرارة ستنخفض مطلع الأسبوع المقبل في المدن الساحلية".')
    said = speakers(body)
    assert len(said) == 2 and said[0] == said[1] and "ريم خليل" in said[0]
    assert not any("المسافرين" in name for name in actor_names(body))


def test_a_plural_of_people_called_on_is_no_speaker():
    body = ('ورأت نقابة عمال النسيج، في بيان، أن "الأجور الجديدة لا تغطي الكلفة". ودعت العمال إلى '
            'اجتماع طارئ يوم الخميس "لبحث الخطوات المقبلة بعد قرار الوزارة".')
    assert speakers(body) == ["نقابة عمال النسيج", "نقابة عمال النسيج"]
    assert "العمال" not in actor_names(body)


def test_a_body_stops_before_a_broken_plural_it_advises():
    body = ('ونصحت المديرية العامة للصحة التلاميذ بارتداء الكمامات، مؤكدة أن "الموجة الحالية '
            'ستنحسر خلال أسبوعين على الأكثر".')
    assert speakers(body) == ["المديرية العامة للصحة"]


def test_a_body_named_for_its_members_keeps_them():
    # a guard: after an indefinite head the plural of people is the body's own name
    body = 'وقالت جمعية المزارعين إلى جانب اتحاد الغرف إن ' + _SAID + '.'
    assert speakers(body) == ["جمعية المزارعين"]


# --- a chain of descent runs forward ----------------------------------------------------------------

def test_a_one_word_speaker_takes_the_chain_written_after_it():
    body = ('وأمام المخبز، جلست زهرة أحمد عمر، وهي أم لخمسة أطفال، تنتظر دورها منذ الفجر. "لم نر طوابير '
            'بهذا الطول منذ سنوات طويلة"، قالت زهرة.')
    assert speakers(body) == ["زهرة أحمد عمر"]
    assert not any(name.startswith("جلست") for name in actor_names(body))


def test_ali_governing_an_an_is_no_name_in_the_chain():
    # a guard: «على أن» after a surname is the verb's preposition, no grandfather's name
    body = ('وشدد رئيس الجمعية كمال ناصر على أن ' + _SAID + '، وأضاف ناصر أن '
            '"الحكومة لم تستجب بعد لمطالب التجار في السوق".')
    assert all(name == speakers(body)[0] for name in speakers(body))
    assert not any(name.endswith("على") or name.endswith("علي") for name in actor_names(body))


# --- «محمد الأمين» --------------------------------------------------------------------------------

def test_amin_after_a_lone_given_name_is_part_of_it():
    body = ('من جانبه، أوضح المدير العام للمكتب الوطني للموانئ محمد الأمين ولد سيد أحمد أن الحركة '
            '"ارتفعت بنسبة كبيرة خلال الأشهر الستة الأولى من العام الجاري".')
    assert speakers(body) == ["محمد الأمين ولد سيد أحمد"]


def test_amin_before_the_general_secretariat_stays_an_office():
    # a guard: «الأمين العام» after a given name is an office, not the given name's second word
    body = 'وقال محمد الأمين العام للحزب إن ' + _SAID + '.'
    assert "محمد الأمين العام" not in speakers(body)
