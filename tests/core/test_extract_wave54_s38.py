"""Session 38, continued from `test_extract_wave53_s38.py`: the speakers the session's eighth and ninth
waves (rounds 1131-1142) got wrong, fixed after their scoring; each test fails on the rules the wave
was written after."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# The wave of rounds 1131-1136 (written after 56b5b43f; fixed after the session's first eight waves).

def test_the_defence_then_its_lawyer_at_the_fes_bar():
    # round 1131: «أكد دفاع المتهم الرئيسي، المحامي بهيأة فاس الأستاذ عبد الرحيم الوزاني الشاهدي، أن» kept
    # «دفاع المتهم الرئيسي» (Morocco's «هيأة» no body's head the lists knew)
    body = ('في المقابل، أكد دفاع المتهم الرئيسي، المحامي بهيأة فاس الأستاذ عبد الرحيم الوزاني الشاهدي، أن "موكلي '
            'لم يوقع على أي وثيقة".')
    assert speakers(body) == ["عبد الرحيم الوزاني الشاهدي"]
    assert "دفاع المتهم الرئيسي" not in actor_names(body)


def test_a_spokesman_named_sadiq_before_the_agency_told():
    # round 1134: «قال المتحدث باسم الوزارة صادق الخضور للأناضول إن» left the office as the speaker
    body = 'من جهته، قال المتحدث باسم الوزارة صادق الخضور للأناضول إن "الامتحانات ستستمر حتى 3 تموز".'
    assert speakers(body) == ["صادق الخضور"]


def test_a_coach_at_one_of_a_towns_camps():
    # round 1136: «قال مدرب في أحد معسكرات إيتن، فضّل عدم ذكر اسمه،» gave «أحد معسكرات إيتن» as a name
    body = 'في المقابل، قال مدرب في أحد معسكرات إيتن، فضّل عدم ذكر اسمه، إن "الفحوص وحدها لا تكفي".'
    assert speakers(body) == ["مدرب في أحد معسكرات إيتن"]


def test_the_minister_not_the_colonel_along_with_him():
    # round 1131: «وكان وزير الداخلية …، إبراهيم مراد، قد عاين …، رفقة المدير العام … العقيد بوعلام بوغلاف،
    # …، حيث أكد أن» went to the colonel
    body = ('وكان وزير الداخلية والجماعات المحلية والنقل، إبراهيم مراد، قد عاين أمس الاثنين، رفقة المدير العام '
            'للحماية المدنية العقيد بوعلام بوغلاف، الموقع المتضرر، حيث أكد أن "الدولة ستتكفل بتعويض الفلاحين".')
    assert speakers(body) == ["إبراهيم مراد"]


def test_an_iraqi_farmers_own_given_name_before_his_fathers():
    # round 1133: «يقف المزارع كاظم عبد الحسين فرحان …» then «يقول فرحان» gave «عبد الحسين فرحان»
    body = ('وفي قضاء السيبة، يقف المزارع كاظم عبد الحسين فرحان بين نخيله اليابسة. "خسرنا نصف البساتين في ثلاث '
            'سنوات"، يقول فرحان.')
    assert speakers(body) == ["كاظم عبد الحسين فرحان"]


# The wave of rounds 1137-1142 (written after 9993fdca).

def test_the_defence_then_its_lawyer_and_his_bar_after_a_comma():
    # round 1137: «قال دفاع المتهم الرئيسي، الأستاذ رشيد سالم من هيئة المحامين بفاس، إن» kept the defence
    body = 'في المقابل، قال دفاع المتهم الرئيسي، الأستاذ رشيد سالم من هيئة المحامين بفاس، إن "موكلي ضحية إدارة مرتبكة".'
    assert speakers(body) == ["رشيد سالم"]


def test_amin_after_a_ministers_title_is_his_given_name():
    # round 1142: «وزير العلم والتعليم أمين أمرالله يف» read «أمين» as the title's
    body = ('وشارك وزير العلم والتعليم أمين أمرالله يف في مراسم "الجرس الأول" بمدرسة ثانوية. وقال أمرالله يف إن '
            '"العام الدراسي الجديد سيشهد تعميم المناهج".')
    assert speakers(body) == ["أمين أمرالله يف"]


def test_a_district_secretary_is_no_woman_named_amina():
    # round 1142: «قالت أمينة المنطقة سوميثرا بيريرا» gave «أمينة المنطقة سوميثرا بيريرا»
    body = 'وفي راتنابورا، قالت أمينة المنطقة سوميثرا بيريرا إن "نحو 3 آلاف أسرة نزحت إلى المدارس".'
    assert speakers(body) == ["سوميثرا بيريرا"]


# The wave of rounds 1143-1148 (written after 39015558).

def test_laughing_after_she_went_on_is_no_speaker():
    # round 1147: «وتابعت ضاحكة:» gave the actor «ضاحكة»
    body = ('من جهتها، قالت الشاعرة هودان عبدي ورسمه إن "الشعر الصومالي ما زال حياً". وتابعت ضاحكة: "نفدت نسخ '
            'ديواني الجديد قبل ظهر اليوم الأول".')
    assert speakers(body) == ["هودان عبدي ورسمه", "هودان عبدي ورسمه"]
    assert "ضاحكة" not in actor_names(body)


def test_a_yemeni_village_head_then_the_sheikhs_name():
    # round 1146: «قال عاقل القرية الشيخ عبده مكي زيلعي» kept «عاقل القرية» as the speaker
    body = 'وفي قرية الزهاري شمال الخوخة، قال عاقل القرية الشيخ عبده مكي زيلعي إن "أسراً كاملة أصيبت بالحمى".'
    assert speakers(body) == ["عبده مكي زيلعي"]
