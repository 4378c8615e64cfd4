"""Round 16: a woman's given name «شيخة» is no honorific, a second office joined with «و» is part of
the title, a title runs past a body's short name in brackets to the name, a comma ends a name before
an apposition; and no common word is an actor's name (an indefinite noun and its adjective, a word
with «لـ/بـ» on a place or an office, a body's head alone, an action noun after a name). Names of
the same shapes stay. Invented texts."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def _has_word(names: list[str], word: str) -> bool:
    return any(word in name.split() for name in names)


# --- round 16's wrong speakers ----------------------------------------------------------------

def test_a_womans_given_name_is_no_honorific():
    body = ("من جانبها، أكدت سعادة الدكتورة شيخة سالم الكتبي، المديرة العامة لهيئة البيئة، أن «نسبة "
            "بقاء الشتلات تجاوزت التوقعات».")
    assert speakers(body) == ["شيخة سالم الكتبي"]
    assert speakers("وقالت شيخة حمد النعيمي إن «المبادرة مستمرة».") == ["شيخة حمد النعيمي"]


def test_the_honorific_sheikha_is_still_a_title():
    assert speakers("وقالت الشيخة موزا بنت ناصر إن «التعليم حق للجميع».") == ["موزا بنت ناصر"]
    assert speakers("وقالت الدكتورة هالة السعيد إن «النمو تحسن».") == ["هالة السعيد"]


def test_a_second_office_joined_with_wa_belongs_to_the_title():
    body = ("كشف وزير الدولة لشؤون البلدية ووزير الدولة لشؤون الإسكان فيصل الرشيدي أن المؤسسة "
            "«ستوزع ألفي قسيمة قبل نهاية العام». وقال الرشيدي إن «العمل مستمر».")
    assert speakers(body) == ["فيصل الرشيدي", "فيصل الرشيدي"]
    assert not any(name.startswith("و") for name in actor_names(body))


def test_a_title_runs_past_a_bodys_short_name_in_brackets_to_the_name():
    body = ("من جانبه، قال ممثل منظمة الأمم المتحدة للطفولة (يونيسف) في السودان مارك هولت، في تصريح "
            "للصحفيين، إن «آلاف الأطفال حرموا من التعليم». وأضاف هولت أن «الدعم سيستمر».")
    assert speakers(body) == ["مارك هولت", "مارك هولت"]
    assert "ممثل منظمة الأمم المتحدة للطفولة" not in actor_names(body)


def test_a_comma_ends_the_name_before_an_apposition():
    body = ("وقال وزير الخارجية فهد سالم الشمري، الذي تترأس بلاده الدورة الحالية، إن «الاجتماع "
            "مهم».")
    names = actor_names(body)
    assert "فهد سالم الشمري" in names
    assert "فهد سالم" not in names


# --- junk names: none of these is anyone's ---------------------------------------------------

def test_an_indefinite_noun_and_its_adjective_is_no_name():
    body = ("وقال المواطن خالد المطيري، وهو صاحب طلب إسكاني منذ عام 2012: «ننتظر منذ سنوات».\n\n"
            "وقال مدير المشاريع سامي القحطاني إن «العمل بدأ».")
    names = actor_names(body)
    assert not _has_word(names, "إسكاني")
    assert speakers(body) == ["خالد المطيري", "سامي القحطاني"]


def test_a_name_with_a_preposition_on_a_locality_is_no_name():
    body = ("وقال مدير التعليم بالولاية عمر الحاج إن «المدارس ستفتح الأحد».\n\n"
            "وفي السياق، تفقد المدير التنفيذي لمحلية شرق النيل عدداً من المدارس أمس.")
    names = actor_names(body)
    assert not any(name.split()[0] == "لمحلية" for name in names)
    assert "عمر الحاج" in names


def test_the_ministry_alone_is_the_ministers():
    body = ("كشف أحمد الزياني، وزير الفلاحة والصيد البحري، أن «الدعم سيستمر حتى نهاية الموسم».\n\n"
            "وأوضح الوزير أن العملية شملت مليون رأس.\n\n"
            "وفي السياق ذاته، أعلنت الوزارة، في بلاغ لها، أن مصالحها وزعت الشعير على المربين.")
    names = actor_names(body)
    assert "الوزارة" not in names
    assert "وزارة الفلاحة والصيد البحري" in names


def test_the_ministry_alone_with_no_minister_is_no_actor():
    names = actor_names("وأعلنت الوزارة أن الامتحانات ستجرى في موعدها.")
    assert "الوزارة" not in names


def test_an_action_noun_after_a_titled_name_is_no_part_of_it():
    body = ("الخرطوم: الصحيفة\n\nأعلن والي ولاية الخرطوم أحمد عثمان الطاهر استئناف الدراسة في 240 "
            "مدرسة اعتباراً من الأحد المقبل.")
    names = actor_names(body)
    assert not _has_word(names, "استئناف")
    assert "أحمد عثمان الطاهر" in names


# --- names of the same shapes stay -----------------------------------------------------------

def test_names_of_the_same_shapes_survive():
    # a surname in «ي» after a noun-like given name
    assert speakers("وقال المستشار الاقتصادي أحمد رمزي إن «السوق مستقرة».") == ["أحمد رمزي"]
    # names that begin with «ل»، «ب»، «و»
    assert speakers("وقال المدير الإقليمي لحسن أيت بوها إن «الموسم جيد».") == ["لحسن أيت بوها"]
    assert speakers("وقال القيادي في الحركة باسم نعيم إن «الوفد سيصل غدا».") == ["باسم نعيم"]
    assert speakers("وقال وليد الخالدي، عضو المجلس، إن «القرار صائب».") == ["وليد الخالدي"]
    # an unnamed person described by a noun and its adjective
    assert speakers("وقالت موظفة حكومية إن «الرواتب تأخرت».") == ["موظفة حكومية"]
    assert speakers("وقال مسؤول محلي إن «الطريق أغلق».") == ["مسؤول محلي"]
    # a body named in full before its bare head
    body = ("وقال رئيس هيئة البيئة سالم الكعبي إن «الحملة ناجحة». وأعلنت الهيئة أن الحملة ستتواصل.")
    names = actor_names(body)
    assert "سالم الكعبي" in names and "الهيئة" not in names
