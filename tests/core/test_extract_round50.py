"""Round 50: a party named a front («لحزب جبهة …»), the commander «آمر» written with its madda, a
construct after a nisba family name («… الغزواني خارطة الطريق»), an office and a family name that
refer back («الرئيس الغزواني»), the portfolio «العلاقات مع البرلمان», an office set after a name
(«… باعوين وزير العمل»), a listed body after «لوكالة» («المفوض العام لوكالة الأونروا»), a town
named for its market day («بلدية سوق الجمعة») and a body named by a construct chain («مركز عمليات
طوارئ الصحة»). Every text is invented."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# --- a party named a front ---------------------------------------------------------------------

def test_a_party_named_a_front_keeps_its_leaders_name():
    body = ('أكد الأمين العام لحزب جبهة العمل الوطني، سالم بن عيسى، أن الحزب "سيبقى وفيا لمبادئه". '
            'وقال بن عيسى إن "المرحلة صعبة".')
    assert speakers(body) == ["سالم بن عيسى", "سالم بن عيسى"]


def test_a_front_speaks_by_its_name():
    body = 'وقالت جبهة العمل الوطني في بيان إن "المرحلة صعبة".'
    assert speakers(body) == ["جبهة العمل الوطني"]


# --- «آمر» with its madda ----------------------------------------------------------------------

def test_amir_with_madda_is_a_commander():
    body = 'وقال آمر اللواء العاشر سالم الورفلي إن "الوضع مستقر".'
    assert speakers(body) == ["سالم الورفلي"]


def test_a_commander_of_guards_is_named():
    body = ('من جهته، قال آمر حرس المنشآت النفطية بالمنطقة الجنوبية سالم الورفلي، في تصريح، إن قواته '
            '"أعادت فتح الطريق".')
    assert speakers(body) == ["سالم الورفلي"]


# --- a construct after a nisba family name -----------------------------------------------------

def test_a_construct_after_a_nisba_surname_is_the_object():
    body = 'سلّم الوزير سالم بن عمر، مساء أمس، رئيس الحكومة أحمد ولد محمد الحسني رسالة الرئيس.'
    names = actor_names(body)
    assert "أحمد ولد محمد الحسني" in names
    assert not any("رسالة" in n for n in names)


def test_a_compound_name_after_a_nisba_is_kept():
    body = 'وقال الوزير كمال الجزولي دفع الله إن "الحوار سيبدأ".'
    assert speakers(body) == ["كمال الجزولي دفع الله"]


# --- an office and a family name refer back ---------------------------------------------------

def test_an_office_and_a_family_name_refer_back():
    body = ('استقبل رئيس الجمهورية محمد ولد أحمد الحسني، أمس، الوفد. '
            'وقال الرئيس الحسني إن "الحوار سيبدأ".')
    assert speakers(body) == ["محمد ولد أحمد الحسني"]


def test_a_minister_and_his_family_name_refer_back():
    body = 'استقبل وزير الخارجية محمد أحمد الحسني، أمس، الوفد. وقال الوزير الحسني إن "الحوار سيبدأ".'
    assert speakers(body) == ["محمد أحمد الحسني"]


def test_another_office_with_the_family_name_does_not_refer_back():
    body = 'استقبل وزير الخارجية محمد أحمد الحسني، أمس، الوفد. وقال الرئيس الحسني إن "الحوار سيبدأ".'
    assert speakers(body) != ["محمد أحمد الحسني"]


def test_a_nationality_after_an_office_stays_an_adjective():
    body = 'استقبل وزير الخارجية محمد أحمد المصري، أمس، الوفد. وقال الوزير المصري إن "الحوار سيبدأ".'
    assert speakers(body) != ["محمد أحمد المصري"]


# --- the portfolio of relations with parliament -----------------------------------------------

def test_relations_with_parliament_is_a_portfolio():
    body = ('من جانبه، أكد الناطق باسم الحكومة وزير الإعلام والعلاقات مع البرلمان المختار ولد داهي، '
            'خلال المؤتمر الصحفي، أن "الحكومة ملتزمة بالحوار". وأضاف ولد داهي أن "الأبواب مفتوحة".')
    assert speakers(body) == ["المختار ولد داهي", "المختار ولد داهي"]


def test_relations_discussed_are_no_portfolio():
    body = 'وناقش الوزير العلاقات مع الاتحاد الأوروبي، وقال إن "الشراكة قوية".'
    assert not any("العلاقات" in n for n in actor_names(body))


# --- an office set after a name -----------------------------------------------------------------

def test_an_office_after_the_name_keeps_a_ba_surname():
    body = 'وقال معالي الدكتور سالم بن راشد باعمر وزير الصحة، في تصريح، إن "الخطة جاهزة".'
    assert speakers(body) == ["سالم بن راشد باعمر"]


# --- a listed body after «لوكالة» ----------------------------------------------------------------

def test_the_commissioner_general_of_a_listed_agency_is_named():
    body = 'وقال المفوض العام لوكالة الأونروا فيليب لازاريني إن "الوضع كارثي".'
    assert speakers(body) == ["فيليب لازاريني"]


def test_a_news_agency_after_the_office_is_spoken_to():
    body = 'وقال الوزير لوكالة الأنباء الرسمية إن "الوضع كارثي".'
    assert speakers(body) == ["الوزير"]


# --- a town named for its market day ------------------------------------------------------------

def test_a_market_day_town_is_the_sources_municipality():
    body = 'وقال مصدر في بلدية سوق الأحد، طلب عدم ذكر اسمه، إن "الاجتماع تأجل".'
    assert speakers(body) == ["مصدر في بلدية سوق الأحد"]


# --- a body named by a construct chain ------------------------------------------------------------

def test_a_body_named_by_a_construct_chain_is_whole():
    body = 'وقال مركز عمليات طوارئ الصحة العامة في بيان إن "الحصيلة ارتفعت".'
    assert speakers(body) == ["مركز عمليات طوارئ الصحة العامة"]


def test_a_listed_place_ends_a_body_before_its_verbal_noun():
    body = 'وأعلنت شرطة دبي ضبط العصابة، وقالت إن "التحقيق مستمر".'
    assert speakers(body) == ["شرطة دبي"]
