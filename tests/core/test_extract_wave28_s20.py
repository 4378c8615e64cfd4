"""Session 20: what the twenty-eighth wave of unseen reports (rounds 405-410, written after 2e7c9ca
and scored untouched first) found: a forum as a body, a whole name before the object it accuses,
where a body stands, a communiqué in the accusative, and a party's name in «ال» that is also a
given name."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_a_forum_is_a_body_and_its_aside_no_speaker():
    # round 409: «منتدى الإنقاذ الصومالي، وهو تحالف يضم رئيساً …» gave the words to «تحالف يضم رئيساً»
    body = ('في المقابل، اعتبر منتدى الإنقاذ الصومالي، وهو تحالف يضم رئيساً سابقاً وعدداً من رؤساء '
            'الحكومات، في بيان، أن "العملية تجري بقرار أحادي".')
    assert speakers(body) == ["منتدى الإنقاذ الصومالي"]


def test_the_object_a_whole_name_accuses_before_the_quotation():
    # round 408: «إسماعيل الثوابتة الاحتلال» was the speaker
    body = ('من جهته، اتهم مدير عام المكتب الإعلامي الحكومي إسماعيل الثوابتة الاحتلال "بالمماطلة المتعمدة في '
            'تنفيذ البروتوكول الإنساني".')
    assert speakers(body) == ["إسماعيل الثوابتة"]


def test_where_a_body_stands_is_no_word_of_its_name():
    # round 91, read again after «منتدى» became a body: «منتدى الإنقاذ الصومالي المعارض»
    body = 'وقال منتدى الإنقاذ الصومالي المعارض في بيان إن "أي انتخابات تُجرى دون اتفاق مرفوضة".'
    assert speakers(body) == ["منتدى الإنقاذ الصومالي"]


def test_a_communique_in_the_accusative_is_no_region():
    # round 405: «المكتب المديري للنادي بلاغاً» was the speaker
    body = ('وفي سياق متصل، أصدر المكتب المديري للنادي بلاغاً أكد فيه أن "أجور اللاعبين المتأخرة ستصرف قبل '
            'نهاية الأسبوع".')
    assert "المكتب المديري للنادي بلاغاً" not in actor_names(body)


def test_a_partys_name_in_al_is_no_given_name():
    # round 410: «حزب الخضر» read «الخضر» as a given name, and the Green MP's words went to it
    body = ('اعتبرت المتحدثة باسم كتلة حزب الخضر لشؤون الهجرة فيليز بولات أن القرار "يبعث برسالة خاطئة إلى '
            'آلاف الشباب".')
    assert speakers(body) == ["فيليز بولات"]


def test_a_family_name_in_al_before_bianna_is_no_object():
    # guard: «المهندس عمر الطيب النور بأن»: «بأن» after the name, no accused object
    body = ('من جانبه، صرّح مدير هيئة مياه ولاية الخرطوم المهندس عمر الطيب النور بأن الفرق الفنية '
            '"استبدلت ثلاث مضخات رئيسية".')
    assert speakers(body) == ["عمر الطيب النور"]
