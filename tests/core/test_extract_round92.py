"""Round 92: junk speakers of quotations. A new speaker's name must have a shape a name can have:
one indefinite word in construct with what follows («إعلام الرئاسة»، «مواصلات قطر») is a name cut
short, read again as the body its construct names or as the title of the name after it; a verbal
noun's phrase («تراجع منسوب النهر») and a complement coordinated after a title («ممثل المزارعين
وتجار الجملة») are no one; «لـ» + an outlet's noun + «نا» («لصحيفتنا») is the one spoken to."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract.analysis import Analysis, Phrase
from desktop.core.extract.document import Document
from desktop.core.extract.gazetteer import default_gazetteer
from desktop.core.extract.speaker_evidence import no_one_shaped
from tests.core.extract_cases import actor_names, speakers


# --- a name cut in construct is made whole --------------------------------------------------------

def _phrase(body: str, name: str) -> tuple[Analysis, Phrase]:
    """The analysis of `body` and an untitled person's phrase over the words of `name` in it."""
    an = Analysis(Document.of(body), default_gazetteer(), "")
    want = arabic.words(arabic.normalize(name))
    at = next(k for k in range(len(an.words)) if an.words[k:k + len(want)] == want)
    return an, Phrase(at, at + len(want), [], (at, at + len(want)), None, "person")


_SAID = ' إن "الخطة الجديدة ستدخل حيز التنفيذ مطلع الشهر المقبل في كل المدن".'


def test_a_body_cut_after_its_construct_head_is_read_whole():
    body = 'وقال إعلام الرئاسة، في بيان،' + _SAID
    assert speakers(body) == ["إعلام الرئاسة"]


def test_a_company_cut_before_a_place_is_read_whole():
    body = 'وأكدت مواصلات قطر، في بيان،' + _SAID
    assert speakers(body) == ["مواصلات قطر"]
    assert "مواصلات" not in actor_names(body)


def test_a_construct_title_before_a_name_gives_the_name():
    body = 'وأوضحت محافظة المصرف المركزي لينا كرم، في مؤتمر صحفي،' + _SAID
    assert speakers(body) == ["لينا كرم"]


def test_a_verb_citing_an_outlet_is_no_speaker():
    body = ('وقال وزير النقل سامي الحداد إن "الطريق سيفتح قريبا". وردا على ذلك، نقلت وكالة الأنباء '
            'الأردنية عن مصدر بوزارة الأشغال أن "مشروع الطريق الجديد سيعرض على الحكومة الأسبوع المقبل".')
    assert not any(name.startswith("نقلت") for name in actor_names(body))


def test_a_one_word_name_at_a_break_is_kept():
    # a guard: «قالت رحاب،» ends at a comma; a given name no list knows still speaks
    body = ('"ننتظر الحافلة كل صباح أكثر من ساعة ولا نجد مكاناً للجلوس"، قالت رحاب، وهي طالبة في '
            'كلية الآداب.')
    assert speakers(body) == ["رحاب"]


def test_a_definite_surname_is_no_construct_head():
    # a guard: «الحكيم» before «العلوي» is a family name going on; a construct's head has no «ال»
    an, ph = _phrase('وقال الحكيم العلوي إن الموسم جيد.', "الحكيم")
    assert not no_one_shaped(an, ph, lambda k: False)


# --- a clause's noun phrase and a coordinated complement are no one -----------------------------------

def test_a_verbal_noun_phrase_is_no_one():
    an, ph = _phrase('حذّر الوزير من خسائر بسبب ارتفاع منسوب النهر في الجنوب.', "ارتفاع منسوب النهر")
    assert no_one_shaped(an, ph, lambda k: False)


def test_a_plural_of_the_verbal_noun_pattern_is_no_one():
    an, ph = _phrase('وأوضح الوزير أن برنامج رد أعباء الشحن الجديد سيبدأ قريبا.', "أعباء الشحن الجديد")
    assert no_one_shaped(an, ph, lambda k: False)


def test_a_described_plural_of_sources_is_someone():
    # a guard: «أوساط سياسية» is a group of sources, described by an adjective in «ـية»
    an, ph = _phrase('وقالت أوساط سياسية إن الاتفاق قريب.', "أوساط سياسية")
    assert not no_one_shaped(an, ph, lambda k: False)


def test_a_complement_coordinated_after_a_title_is_no_speaker():
    body = ('وفي الاجتماع، دعا ممثل المزارعين وتجار الجملة إلى "وضع خطة عاجلة لدعم أسعار الحبوب قبل '
            'بداية الموسم".')
    assert "وتجار الجملة" not in actor_names(body)


# --- «لصحيفتنا»: our outlet is the one spoken to ---------------------------------------------------

def test_our_outlet_does_not_end_the_speaker_s_name():
    body = ('وقال مدير المرفأ كريم حداد لصحيفتنا إن "حركة السفن ارتفعت بنسبة عشرين في المئة خلال '
            'الصيف".')
    assert speakers(body) == ["كريم حداد"]


def test_a_name_before_the_verb_s_object_is_no_construct_head():
    # a guard: «كارلسون» has no common noun's shape; the country after it is the object of «أبلغ»
    an, ph = _phrase('وأبلغ كارلسون المكسيك أن التعاون مستمر.', "كارلسون")
    assert not no_one_shaped(an, ph, lambda k: False)
