"""Round 47: a second portfolio coordinated into an office before a given name written with «ال»
(«وزير التجارة الداخلية وضبط السوق الوطنية الطيب زيتوني»), a person described then named in
apposition («أحد منظمي الاحتجاج، الناشط …،»), the group a member sits for after «عن» («المستشار
الجهوي عن فريق المعارضة …»), a time-shaped given name after a title's definite word («… صباح
النعمان،»), and the office's place before a rank and its holder («محافظ أسيوط اللواء …»)."""
from __future__ import annotations

from tests.core.extract_cases import speakers


# --- a second portfolio, then a given name with «ال» -----------------------------------------------

def test_a_second_portfolio_keeps_the_holders_name():
    body = ('وقال وزير الزراعة الصحراوية وحفظ الموارد المائية الطاهر بلحاج إن "الإنتاج ارتفع". '
            'وأضاف بلحاج أن "الصادرات ستتضاعف".')
    assert speakers(body) == ["الطاهر بلحاج", "الطاهر بلحاج"]


def test_a_name_after_a_definite_title_word_is_no_portfolio():
    body = 'وقال المتحدث باسم الوزارة وليد الخطيب إن "الإنتاج ارتفع".'
    assert speakers(body) == ["وليد الخطيب"]


# --- one described, then named in apposition ----------------------------------------------------

def test_one_of_the_organisers_named_in_apposition():
    body = ('وقال أحد منظمي الوقفة، الناشط سالم الجابري، لـ"المرصد" إن "الناس لم تعد تحتمل". '
            'وأضاف الجابري أن "الوقفة ستتكرر".')
    assert speakers(body) == ["سالم الجابري", "سالم الجابري"]


def test_an_aside_withholding_the_name_names_no_one():
    body = 'وقال أحد السكان، طالبا عدم ذكر اسمه، إن "الوضع صعب".'
    assert speakers(body) == ["أحد السكان"]


def test_a_source_stays_unnamed():
    body = 'وقال مصدر أمني، محمد سالم، إن "الوضع صعب".'
    assert speakers(body) == ["مصدر أمني"]


# --- «عن» and the group a member sits for ---------------------------------------------------------

def test_a_councillor_for_the_opposition_group_is_named():
    body = ('واعتبر المستشار الجماعي عن فريق الأغلبية عبد الرحيم بنموسى، في تصريح صحفي، أن الأرقام '
            '"لا تعكس الواقع". وقال بنموسى إن "المشاريع متأخرة".')
    assert speakers(body) == ["عبد الرحيم بنموسى", "عبد الرحيم بنموسى"]


# --- a time-shaped given name after a title --------------------------------------------------------

def test_sabah_after_the_body_spoken_for_is_a_given_name():
    body = ('وقال الناطق باسم قيادة العمليات المشتركة صباح الشمري، في بيان، إن "القوة أنجزت مهمتها". '
            'وأضاف الشمري أن "التحقيق مستمر".')
    assert speakers(body) == ["صباح الشمري", "صباح الشمري"]


def test_sabah_and_a_day_is_a_time():
    body = 'وقال الناطق باسم الوزارة صباح الأحد، في بيان، إن "القوة أنجزت مهمتها".'
    assert speakers(body) == ["الناطق باسم الوزارة"]


# --- the office's place before a rank and the holder ----------------------------------------------

def test_a_governors_place_before_his_rank_is_no_name():
    body = ('وتفقد محافظ سوهاج اللواء كمال الدسوقي، مساء أمس، المصابين، مؤكداً أن "حالتهم مستقرة". '
            'وقالت محافظة سوهاج إن "الطرق مفتوحة".')
    assert speakers(body)[0] == "كمال الدسوقي"


def test_a_given_name_before_a_rank_stays_a_name():
    body = 'وقال المتحدث محمد اللواء إن "الطرق مفتوحة".'
    assert speakers(body) != ["اللواء"]
