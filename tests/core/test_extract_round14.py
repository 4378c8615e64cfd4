"""The general fixes prompted by round 14 of unseen reports, each a rule about how Arabic news
refers to the people it quotes: «في/من» before a document a body issued («في المنشور»، «في
بيانها») is where it said its words, never part of its name, and the bare body («البنك») then
refers back to its fuller earlier form; «أمانة» heads a body (a city's municipality), so an
unnamed source «في أمانة …» keeps it; an honorific pronoun after a reporting verb («وقال
سموه») is the latest person named with a title, even one first named in narrative.

Every text here is invented for the test; none is a fixture article.
"""
from tests.core.extract_cases import actor_names as _actor_names, speakers as _speakers


# --- where a body said it ---------------------------------------------------------

def test_a_document_the_body_issued_is_where_it_said_it_not_its_name():
    # «وذكر المصرف في التعميم أن "…"»: the circular is where; «المصرف» is the fuller body named before
    body = ('وكان مصرف ليبيا المركزي قد أصدر، أمس، تعميما جديدا إلى المصارف التجارية، وذكر المصرف '
            'في التعميم أن "المصارف المخالفة ستحرم من الاعتمادات المستندية لمدة ثلاثة أشهر".')
    assert _speakers(body) == ["مصرف ليبيا المركزي"]
    assert not any("التعميم" in name for name in _actor_names(body))


def test_a_document_with_the_bodys_pronoun_is_where_it_said_it():
    # «وقالت الهيئة في بيانها»، «وأوضحت الوزارة من خلال منشورها»
    body = ('وقالت هيئة الطيران المدني في بيانها إن "الرحلات ستعود إلى جدولها المعتاد بعد غد".\n\n'
            'وأوضحت وزارة النقل من خلال منشورها أن "الطرق الرئيسية أعيد فتحها أمام الشاحنات".')
    assert _speakers(body) == ["هيئة الطيران المدني", "وزارة النقل"]
    names = _actor_names(body)
    assert not any("بيانها" in name or "منشورها" in name for name in names)


# --- bodies and unnamed sources ---------------------------------------------------

def test_an_unnamed_source_in_a_municipality_keeps_it():
    # «أمانة منطقة الرياض»، «أمانة عمان الكبرى»: «أمانة» heads a body, so «في أمانة …» stays with the source
    body = ('وقال مصدر في أمانة منطقة الرياض لـ«الصحيفة» إن «أعمال صيانة الأنفاق ستنتهي قبل موسم الأمطار».')
    assert _speakers(body, outlet="الصحيفة") == ["مصدر في أمانة منطقة الرياض"]


# --- honorifics ------------------------------------------------------------------

def test_an_honorific_pronoun_refers_to_the_person_named_with_a_title_in_narrative():
    # the prince opens the report in narrative («افتتح … الأمير …»); «وقال سموه» is him, though no
    # one was quoted before
    body = ('افتتح أمير منطقة القصيم الأمير فيصل بن مشعل بن سعود، أمس الاثنين، مستشفى الولادة الجديد '
            'في مدينة بريدة.\n\n'
            'وقال سموه، خلال جولته في أقسام المستشفى الذي شيد على مساحة واسعة، إن «صحة الأم والطفل '
            'أولوية، ولن ندخر جهدا في توفير أفضل الخدمات لأهالي المنطقة».')
    assert _speakers(body) == ["فيصل بن مشعل بن سعود"]


def test_an_honorific_pronoun_after_an_unnamed_source_is_the_titled_person():
    # «وقال مصدر … وأضاف معاليه»: the honorific is the minister named with a title, not the source
    body = ('قال وزير الصحة الدكتور سالم الهاشمي إن "الوزارة ستفتتح خمسة مراكز صحية جديدة".\n\n'
            'وقال مصدر في الوزارة إن "التوظيف للمراكز الجديدة بدأ الشهر الماضي".\n\n'
            'وأضاف معاليه أن "المراكز ستعمل على مدار الساعة".')
    assert _speakers(body) == ["سالم الهاشمي", "مصدر في الوزارة", "سالم الهاشمي"]
