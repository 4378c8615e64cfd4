"""Round 18: a family name that is also a common word after a title and a given name
(«سمير ناس»، «نبراس طالب»); «للهيئة» never opens a name; a name set before its title by a comma
(«عبد الوافي لفتيت، وزير الداخلية،») is the person a later surname or bare title refers to; a
body's statement after its head's quotes stays the body's; an unnamed source keeps «في <body>»
and a body keeps its country. Invented texts."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_a_chamber_head_with_a_common_word_surname():
    body = ('"القطاع الخاص مستعد لتوظيف الخريجين"، قال رئيس غرفة تجارة وصناعة الكويت فهد ناس، '
            'داعياً إلى دعم المؤسسات الصغيرة.')
    assert speakers(body) == ["فهد ناس"]
    assert not any(name.startswith("غرفة") for name in actor_names(body))


def test_a_verb_shaped_surname_before_the_outlet_spoken_to():
    body = ('وقال المدير العام للهيئة كريم طالب لـ"الوطن" إن "المخالفات تراجعت بنسبة كبيرة هذا العام".')
    assert speakers(body, outlet="الوطن") == ["كريم طالب"]
    assert not any(name.startswith("للهيئة") for name in actor_names(body, outlet="الوطن"))


def test_a_verb_still_ends_a_name_elsewhere():
    body = 'وطالب الوزير سعيد الحربي بتسريع المشروع، وقال إن "العمل سيبدأ قريبا".'
    assert "سعيد الحربي" in actor_names(body)
    assert all("بتسريع" not in name for name in actor_names(body))


def test_a_name_before_its_title_is_the_one_a_surname_and_a_title_refer_to():
    body = ('قدم عبد الكريم بناني، وزير التجهيز، أمس الأربعاء، أمام لجنة المالية مشروع القانون.\n\n'
            'وقال بناني إن "المشروع يضمن تمويل الطرق القروية".\n\n'
            'وأوضح وزير التجهيز أن "الأشغال ستنطلق في الربيع المقبل".')
    assert speakers(body) == ["عبد الكريم بناني", "عبد الكريم بناني"]


def test_abu_opens_a_name_before_its_title():
    body = ('استقبل أبو بكر الصديقي، وزير الثقافة، وفدا من الكتاب.\n\n'
            'وقال الصديقي إن "المعرض سيفتتح في موعده".')
    assert speakers(body) == ["أبو بكر الصديقي"]


def test_a_bodys_statement_is_not_its_heads():
    body = ('وقال رئيس هيئة الطيران المدني الدكتور خالد بن سالم الهاشمي إن "عدد المسافرين ارتفع".\n\n'
            'وبيّنت الهيئة، في بيان نشرته عبر حسابها، أن الرحلات زادت، مؤكدة أن "المطار سيستقبل '
            'رحلات جديدة الشهر المقبل".')
    assert speakers(body) == ["خالد بن سالم الهاشمي", "هيئة الطيران المدني"]


def test_an_unnamed_source_keeps_the_chamber_it_is_in():
    body = ('في المقابل، ذكر مصدر في غرفة تجارة وصناعة عُمان لـ"الوطن" أن "التجار طلبوا مهلة إضافية '
            'لتصريف مخزونهم".')
    assert speakers(body, outlet="الوطن") == ["مصدر في غرفة تجارة وصناعة عُمان"]


def test_a_network_keeps_its_country():
    body = 'في المقابل، قالت شبكة أطباء اليمن في بيان إن "الأرقام الرسمية أقل من الحقيقة بكثير".'
    assert speakers(body) == ["شبكة أطباء اليمن"]
